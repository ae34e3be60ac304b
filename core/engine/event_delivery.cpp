// How an event leaves a job: numbered, redacted, journalled, then handed to each listener,
// one event at a time so every listener sees the engine's sequence in order.

#include <algorithm>

#include "core/engine/engine_impl.h"

namespace rescue::engine {
namespace {

// The engines whose delivery this thread is inside (a listener of one engine may drive
// another). An emit from inside a delivery is queued behind it instead of deadlocking.
thread_local std::vector<const Engine::Impl*> t_delivering;

struct DeliveringScope {
    explicit DeliveringScope(const Engine::Impl* engine) { t_delivering.push_back(engine); }
    ~DeliveringScope() { t_delivering.pop_back(); }
    DeliveringScope(const DeliveringScope&) = delete;
    DeliveringScope& operator=(const DeliveringScope&) = delete;
};

Event engineState(const char* state) {
    Event e;
    e.payload = StateChange{"engine", state, {}};
    return e;
}

}  // namespace

bool Engine::Impl::deliveringOnThisThread() const {
    return std::find(t_delivering.begin(), t_delivering.end(), this) != t_delivering.end();
}

void Engine::Impl::emit(SessionId session, JobId job, EventPayload payload) {
    Event e;
    e.session = session;
    e.job = job;
    e.payload = std::move(payload);
    emit(std::move(e));
}

void Engine::Impl::emit(Event event) {
    event.wallTime = std::chrono::system_clock::now();
    event.clockTime = clock->now();
    if (deliveringOnThisThread()) {
        deferred.push_back(std::move(event));  // deliveryMutex is held by this very thread
        return;
    }
    std::lock_guard lock(deliveryMutex);
    DeliveringScope scope(this);
    deliver(std::move(event));
    while (!deferred.empty()) {
        Event next = std::move(deferred.front());
        deferred.pop_front();
        deliver(std::move(next));
    }
}

void Engine::Impl::deliver(Event event) {
    // "busy" from the first job start, "idle" once no job is queued or running: decided
    // here, in delivery order, so the last state a listener sees is the true one.
    if (std::holds_alternative<JobStarted>(event.payload) && !busy) {
        busy = true;
        Event state = engineState("busy");
        state.wallTime = event.wallTime;
        state.clockTime = event.clockTime;
        publish(state);
    }
    publish(event);
    if (!std::holds_alternative<JobEnded>(event.payload))
        return;
    bool lastJob;
    {
        std::lock_guard lock(mutex);
        lastJob = jobs.size() == 1 && jobs.count(event.job) == 1;
    }
    if (lastJob && busy) {
        busy = false;
        Event state = engineState("idle");
        state.wallTime = event.wallTime;
        state.clockTime = event.clockTime;
        publish(state);
    }
    std::lock_guard lock(mutex);
    if (jobs.erase(event.job) == 1) {
        endedJobs[event.job] = std::get<JobEnded>(std::move(event.payload));
        endedOrder.push_back(event.job);
        while (endedOrder.size() > 4096) {
            endedJobs.erase(endedOrder.front());
            endedOrder.pop_front();
        }
    }
    changed.notify_all();
}

void Engine::Impl::publish(Event& event) {
    event.sequence = ++sequence;
    redactor.redact(event);  // before anything is written or shown
    if (journal && !journalBroken) {
        if (auto written = journal->append(event); !written) {
            journalBroken = true;
            Error problem = std::move(written).error();
            Event warning;
            warning.payload =
                LogLine{LogLevel::Warning, std::string(channel::Engine),
                        "The journal stopped: " + problem.message + " Events are no longer saved.",
                        nlohmann::json{{"code", problem.code}}};
            warning.wallTime = event.wallTime;
            warning.clockTime = event.clockTime;
            deferred.push_back(std::move(warning));
            std::lock_guard lock(mutex);
            journalProblem = std::move(problem);
        }
    }
    std::vector<std::shared_ptr<Listener>> snapshot;
    {
        std::lock_guard lock(listenerMutex);
        snapshot.reserve(listeners.size());
        for (const auto& [handle, listener] : listeners)
            snapshot.push_back(listener);
    }
    for (const auto& listener : snapshot) {
        if (listener->removed.load())
            continue;
        try {
            listener->function(event);
        } catch (...) {
            // A listener's bug must not take the worker down or starve the other listeners.
        }
    }
}

int Engine::addListener(EventListener listener) {
    auto entry = std::make_shared<Impl::Listener>();
    entry->function = std::move(listener);
    std::lock_guard lock(d->listenerMutex);
    int handle = d->nextListener++;
    d->listeners.emplace(handle, std::move(entry));
    return handle;
}

void Engine::removeListener(int handle) {
    {
        std::lock_guard lock(d->listenerMutex);
        auto it = d->listeners.find(handle);
        if (it == d->listeners.end())
            return;
        it->second->removed.store(true);
        d->listeners.erase(it);
    }
    // A delivery on another thread may hold a snapshot with this listener: wait it out.
    // From inside a delivery (a listener removing itself) the flag alone is enough.
    if (!d->deliveringOnThisThread()) {
        std::lock_guard waitForDelivery(d->deliveryMutex);
    }
}

}  // namespace rescue::engine
