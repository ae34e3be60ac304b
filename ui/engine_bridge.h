#pragma once
// EngineBridge: the only door between the GUI thread and the engine. Requests go in without
// waiting; events come out as queued Qt signals carrying the engine's own value types.
//
// Engine listeners run on worker threads. They append to a mutex-protected inbox and post at
// most one queued "drain" while the GUI thread has not picked the inbox up yet; drains are
// spaced a few milliseconds apart so the inbox has time to fill, and a burst of a million log
// lines becomes a few hundred deliveries rather than a million. A drain hands out events in
// order and stops after a time budget, posting itself again for the rest, so the GUI thread
// keeps painting and answering input however fast a job logs.

#include <chrono>
#include <map>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

#include "core/engine/engine.h"
#include "ui/engine_metatypes.h"

namespace rescue::ui {

class EngineBridge : public QObject {
    Q_OBJECT
public:
    // Owns an engine built from `options`.
    explicit EngineBridge(engine::EngineOptions options, QObject* parent = nullptr);
    // Wraps an engine that outlives the bridge.
    explicit EngineBridge(engine::Engine& engine, QObject* parent = nullptr);
    ~EngineBridge() override;

    engine::Engine& engine() { return *m_engine; }

    // Requests; none of them waits for a job.
    engine::SessionId openSession(const QString& name);
    engine::JobId submit(engine::SessionId session, const QString& name, engine::JobFunction job);
    bool cancel(engine::JobId job);
    bool answer(engine::PromptId prompt, const QString& choice);

    // How long one delivery may occupy the GUI thread before the rest waits for the next
    // event-loop turn, how many log lines one logLines() signal carries at most, and how
    // long after one delivery began the next may begin (the delay an event can see).
    void setDeliveryBudget(std::chrono::microseconds budget) { m_budget = budget; }
    void setMaximumBatchSize(std::size_t lines) { m_maxBatch = lines > 0 ? lines : 1; }
    void setDeliverySpacing(std::chrono::milliseconds spacing) { m_spacing = spacing; }

    // The engine as the status bar shows it: "idle" or "busy", from the jobs seen running,
    // unless the engine itself reported a state (subject "engine").
    QString engineState() const;
    QString engineStateDetail() const;
    int runningJobCount() const { return static_cast<int>(m_runningJobs.size()); }

    struct Statistics {
        quint64 eventsReceived = 0;   // by the listener, on worker threads
        quint64 drains = 0;           // queued deliveries run on the GUI thread
        quint64 logBatches = 0;       // logLines() signals emitted
        std::size_t peakPending = 0;  // largest inbox seen at a drain
        qint64 longestDrainNs = 0;    // the longest single delivery, receivers included
    };
    Statistics statistics() const;

signals:
    void jobStarted(quint64 job, const rescue::engine::JobStarted& started);
    void logLines(const rescue::ui::LogBatch& lines);
    void progressChanged(quint64 job, const rescue::engine::Progress& progress);
    void promptRaised(quint64 job, const rescue::engine::Prompt& prompt);
    void stateChanged(const rescue::engine::StateChange& change);
    void jobEnded(quint64 job, const rescue::engine::JobEnded& ended);
    // engineState() or engineStateDetail() changed.
    void engineStateChanged();

private:
    struct Inbox;

    void attach();
    void drainSoon();
    void drain();
    void deliver(engine::Event& event, LogBatch& batch);
    void flush(LogBatch& batch);
    void trackJobs(const engine::Event& event);

    std::unique_ptr<engine::Engine> m_ownedEngine;
    engine::Engine* m_engine = nullptr;
    std::shared_ptr<Inbox> m_inbox;
    int m_listener = -1;

    // GUI-thread only: events taken from the inbox and not yet delivered.
    std::vector<engine::Event> m_backlog;
    std::size_t m_backlogPos = 0;
    std::chrono::microseconds m_budget{3000};
    std::size_t m_maxBatch = 1024;
    std::chrono::milliseconds m_spacing{5};
    QElapsedTimer m_sinceDrain;
    QTimer* m_drainTimer = nullptr;
    quint64 m_drains = 0;
    quint64 m_logBatches = 0;
    qint64 m_longestDrainNs = 0;

    std::map<engine::JobId, QString> m_runningJobs;
    QString m_reportedState;  // from a StateChange with subject "engine"
    QString m_reportedDetail;
};

}  // namespace rescue::ui
