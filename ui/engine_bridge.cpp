#include "ui/engine_bridge.h"

#include <mutex>
#include <type_traits>
#include <utility>

#include <QElapsedTimer>
#include <QMetaObject>
#include <QTimer>

namespace rescue::ui {

// Shared with the listener, which may still be running on a worker thread while the bridge
// is destroyed; `bridge` is cleared (under the mutex) before the bridge goes away.
struct EngineBridge::Inbox {
    std::mutex mutex;
    std::vector<engine::Event> pending;
    bool drainPosted = false;
    EngineBridge* bridge = nullptr;
    quint64 received = 0;
    std::size_t peakPending = 0;

    // Caller holds the mutex.
    void postDrainLocked() {
        if (drainPosted || bridge == nullptr)
            return;
        drainPosted = true;
        EngineBridge* target = bridge;
        // The bridge is the context object: Qt drops the call if the bridge is deleted first.
        QMetaObject::invokeMethod(
            target, [target] { target->drainSoon(); }, Qt::QueuedConnection);
    }
};

void registerEngineMetaTypes() {
    qRegisterMetaType<rescue::engine::Event>();
    qRegisterMetaType<rescue::engine::JobStarted>();
    qRegisterMetaType<rescue::engine::LogLine>();
    qRegisterMetaType<rescue::engine::Progress>();
    qRegisterMetaType<rescue::engine::Prompt>();
    qRegisterMetaType<rescue::engine::StateChange>();
    qRegisterMetaType<rescue::engine::JobEnded>();
    qRegisterMetaType<rescue::ui::LogBatch>();
}

EngineBridge::EngineBridge(engine::EngineOptions options, QObject* parent)
    : QObject(parent),
      m_ownedEngine(std::make_unique<engine::Engine>(std::move(options))),
      m_engine(m_ownedEngine.get()) {
    attach();
}

EngineBridge::EngineBridge(engine::Engine& engine, QObject* parent) : QObject(parent), m_engine(&engine) {
    attach();
}

void EngineBridge::attach() {
    registerEngineMetaTypes();
    m_drainTimer = new QTimer(this);
    m_drainTimer->setSingleShot(true);
    m_drainTimer->setTimerType(Qt::PreciseTimer);
    connect(m_drainTimer, &QTimer::timeout, this, &EngineBridge::drain);
    m_inbox = std::make_shared<Inbox>();
    m_inbox->bridge = this;
    m_listener = m_engine->addListener([inbox = m_inbox](const engine::Event& event) {
        engine::Event copy = event;  // copied outside the lock: the lock only guards the append
        std::lock_guard lock(inbox->mutex);
        inbox->pending.push_back(std::move(copy));
        ++inbox->received;
        inbox->postDrainLocked();
    });
}

EngineBridge::~EngineBridge() {
    {
        std::lock_guard lock(m_inbox->mutex);
        m_inbox->bridge = nullptr;
    }
    m_engine->removeListener(m_listener);
    // An owned engine is destroyed after this body: it cancels its jobs and joins its workers;
    // their last events land in the inbox, which nobody drains any more.
}

engine::SessionId EngineBridge::openSession(const QString& name) {
    return m_engine->openSession(name.toStdString());
}

engine::JobId EngineBridge::submit(engine::SessionId session, const QString& name, engine::JobFunction job) {
    return m_engine->submit(session, name.toStdString(), std::move(job));
}

bool EngineBridge::cancel(engine::JobId job) {
    return m_engine->cancel(job);
}

bool EngineBridge::answer(engine::PromptId prompt, const QString& choice) {
    return m_engine->answer(prompt, choice.toStdString());
}

EngineBridge::Statistics EngineBridge::statistics() const {
    Statistics s;
    {
        std::lock_guard lock(m_inbox->mutex);
        s.eventsReceived = m_inbox->received;
        s.peakPending = m_inbox->peakPending;
    }
    s.drains = m_drains;
    s.logBatches = m_logBatches;
    s.longestDrainNs = m_longestDrainNs;
    return s;
}

void EngineBridge::drainSoon() {
    // Until the drain runs, drainPosted stays set and the listeners post nothing more.
    const qint64 spacingNs = std::chrono::nanoseconds(m_spacing).count();
    const qint64 since = m_sinceDrain.isValid() ? m_sinceDrain.nsecsElapsed() : spacingNs;
    if (since >= spacingNs) {
        drain();
        return;
    }
    if (!m_drainTimer->isActive())
        m_drainTimer->start(static_cast<int>((spacingNs - since + 999'999) / 1'000'000));
}

void EngineBridge::drain() {
    ++m_drains;
    m_drainTimer->stop();
    m_sinceDrain.start();
    QElapsedTimer timer;
    timer.start();
    {
        std::lock_guard lock(m_inbox->mutex);
        m_inbox->drainPosted = false;
        // New events are taken only once the older ones are out, which keeps the order.
        if (m_backlogPos == m_backlog.size()) {
            m_backlog.clear();
            m_backlogPos = 0;
            std::swap(m_backlog, m_inbox->pending);
            m_inbox->peakPending = std::max(m_inbox->peakPending, m_backlog.size());
        }
    }

    const auto budgetNs = std::chrono::nanoseconds(m_budget).count();
    LogBatch batch;
    batch.reserve(std::min(m_maxBatch, m_backlog.size() - m_backlogPos));
    while (m_backlogPos < m_backlog.size()) {
        deliver(m_backlog[m_backlogPos++], batch);
        if (batch.size() >= m_maxBatch)
            flush(batch);
        // Checking the clock per event would cost more than the events; per 256 is enough.
        if ((m_backlogPos & 0xff) == 0 && timer.nsecsElapsed() >= budgetNs)
            break;
    }
    flush(batch);

    if (m_backlogPos == m_backlog.size()) {
        // A burst leaves a large empty vector behind, which would then circulate between
        // the inbox and the backlog for good; give the memory back instead.
        if (m_backlog.capacity() > 4096)
            m_backlog = {};
        else
            m_backlog.clear();
        m_backlogPos = 0;
    }
    m_longestDrainNs = std::max(m_longestDrainNs, timer.nsecsElapsed());
    std::lock_guard lock(m_inbox->mutex);
    if (m_backlogPos != 0 && !m_inbox->drainPosted) {
        // Out of budget with events in hand: carry on at the next event-loop turn, after
        // whatever else (input, painting) is waiting, without the spacing delay.
        m_inbox->drainPosted = true;
        QMetaObject::invokeMethod(this, &EngineBridge::drain, Qt::QueuedConnection);
    } else if (!m_inbox->pending.empty()) {
        m_inbox->postDrainLocked();
    }
}

void EngineBridge::flush(LogBatch& batch) {
    if (batch.empty())
        return;
    ++m_logBatches;
    emit logLines(batch);
    batch.clear();
}

void EngineBridge::deliver(engine::Event& event, LogBatch& batch) {
    if (std::holds_alternative<engine::LogLine>(event.payload)) {
        batch.push_back(std::move(event));
        return;
    }
    // Anything else is delivered after the log lines that came before it.
    flush(batch);
    trackJobs(event);
    const quint64 job = event.job;
    std::visit(
        [&](const auto& payload) {
            using T = std::decay_t<decltype(payload)>;
            if constexpr (std::is_same_v<T, engine::JobStarted>)
                emit jobStarted(job, payload);
            else if constexpr (std::is_same_v<T, engine::Progress>)
                emit progressChanged(job, payload);
            else if constexpr (std::is_same_v<T, engine::Prompt>)
                emit promptRaised(job, payload);
            else if constexpr (std::is_same_v<T, engine::StateChange>)
                emit stateChanged(payload);
            else if constexpr (std::is_same_v<T, engine::JobEnded>)
                emit jobEnded(job, payload);
        },
        event.payload);
}

void EngineBridge::trackJobs(const engine::Event& event) {
    const QString before = engineState();
    const QString beforeDetail = engineStateDetail();
    if (const auto* started = std::get_if<engine::JobStarted>(&event.payload)) {
        m_runningJobs[event.job] = QString::fromStdString(started->name);
    } else if (std::holds_alternative<engine::JobEnded>(event.payload)) {
        m_runningJobs.erase(event.job);
    } else if (const auto* change = std::get_if<engine::StateChange>(&event.payload)) {
        if (change->subject == "engine") {
            m_reportedState = QString::fromStdString(change->state);
            m_reportedDetail = QString::fromStdString(change->detail);
        }
    }
    if (engineState() != before || engineStateDetail() != beforeDetail)
        emit engineStateChanged();
}

QString EngineBridge::engineState() const {
    if (!m_reportedState.isEmpty())
        return m_reportedState;
    return m_runningJobs.empty() ? QStringLiteral("idle") : QStringLiteral("busy");
}

QString EngineBridge::engineStateDetail() const {
    if (!m_reportedState.isEmpty() && (!m_reportedDetail.isEmpty() || m_runningJobs.empty()))
        return m_reportedDetail;
    if (m_runningJobs.empty())
        return {};
    // The most recently started job is the one a person just asked for.
    return m_runningJobs.rbegin()->second;
}

}  // namespace rescue::ui
