#pragma once
// Internal to core/engine: the engine's state, shared by engine.cpp (sessions and jobs),
// event_delivery.cpp (sequence, redaction, journal, listeners) and job_context.cpp (what a
// running job calls, prompts included).
//
// Locking: `mutex` guards sessions, jobs, prompts and ended jobs; `deliveryMutex` makes
// delivery one event at a time. A thread holding deliveryMutex may take `mutex` (listeners
// call answer()/cancel()), never the reverse: nothing emits while holding `mutex`.

#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

#include "core/engine/engine.h"
#include "core/engine/journal.h"
#include "core/engine/redactor.h"

namespace rescue::engine {

struct JobRecord {
    enum class Phase { Queued, Running, Ending };
    JobId id = 0;
    SessionId session = 0;
    std::string name;
    JobFunction function;
    std::stop_source stop;
    Phase phase = Phase::Queued;
};

struct SessionRecord {
    SessionId id = 0;
    std::string name;
    std::deque<std::shared_ptr<JobRecord>> queue;
    std::shared_ptr<JobRecord> current;
    std::condition_variable_any wake;
    bool closing = false;
    std::jthread worker;
};

struct PendingPrompt {
    JobId job = 0;
    std::vector<std::string> choices;  // the ids an answer may name (any when empty)
    std::optional<std::string> answer;
};

struct Engine::Impl {
    explicit Impl(EngineOptions opts);

    // engine.cpp
    void workerLoop(SessionRecord& session);
    void runJob(JobRecord& job);
    // Ends a job whose function never ran: JobStarted then JobEnded.
    void endWithoutRunning(const JobRecord& job, JobEnded ended);
    void closeSession(SessionId id);
    void shutdown();

    // job_context.cpp
    std::optional<std::string> ask(JobRecord& job, Prompt prompt);

    // event_delivery.cpp. emit() stamps the times; may be called from any thread.
    void emit(SessionId session, JobId job, EventPayload payload);
    void emit(Event event);
    void deliver(Event event);
    void publish(Event& event);
    bool deliveringOnThisThread() const;

    EngineOptions options;
    std::shared_ptr<Clock> clock;
    Redactor redactor;

    mutable std::mutex mutex;
    std::condition_variable_any changed;  // a job ended, a prompt was answered
    std::map<SessionId, std::shared_ptr<SessionRecord>> sessions;
    std::map<JobId, std::shared_ptr<JobRecord>> jobs;  // until their JobEnded is delivered
    std::map<JobId, JobEnded> endedJobs;
    std::deque<JobId> endedOrder;
    std::map<PromptId, PendingPrompt> prompts;
    SessionId nextSession = 1;
    JobId nextJob = 1;
    PromptId nextPrompt = 1;
    std::optional<Error> journalProblem;
    std::vector<std::shared_ptr<SessionRecord>> orphans;  // closed, joined by shutdown()

    std::mutex deliveryMutex;
    std::deque<Event> deferred;  // emitted by a listener during a delivery
    std::uint64_t sequence = 0;
    bool busy = false;
    bool journalBroken = false;
    std::unique_ptr<Journal> journal;  // set once in the constructor

    struct Listener {
        EventListener function;
        std::atomic<bool> removed{false};
    };
    std::mutex listenerMutex;
    std::map<int, std::shared_ptr<Listener>> listeners;
    int nextListener = 1;
};

// Errors the engine itself reports in JobEnded.
Error cancelledError(const std::string& jobName, bool started);
Error sessionClosedError(const std::string& jobName);

}  // namespace rescue::engine
