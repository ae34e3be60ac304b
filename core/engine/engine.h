#pragma once
// The engine: one worker thread per open probe session, each with a queue of jobs. A job
// runs on its session's worker, reports through its JobContext, can be cancelled at any
// time, and ends with exactly one JobEnded (finished / cancelled / failed).

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/engine/event.h"
#include "core/engine/redactor.h"

namespace rescue::engine {

// Handed to a running job; every method may be called from the job's worker thread only.
class JobContext {
public:
    virtual ~JobContext() = default;
    virtual std::stop_token stopToken() const = 0;
    bool cancelled() const { return stopToken().stop_requested(); }
    virtual Clock& clock() = 0;

    virtual void log(LogLevel level, std::string_view channel, std::string text,
                     nlohmann::json fields = {}) = 0;
    void debug(std::string_view ch, std::string text) { log(LogLevel::Debug, ch, std::move(text)); }
    void info(std::string_view ch, std::string text) { log(LogLevel::Info, ch, std::move(text)); }
    void warning(std::string_view ch, std::string text) { log(LogLevel::Warning, ch, std::move(text)); }
    void error(std::string_view ch, std::string text) { log(LogLevel::Error, ch, std::move(text)); }

    // `stoppable`: see Progress::stoppable. A job checks cancelled() at its own safe points.
    virtual void progress(double fraction, std::string step, bool stoppable = true) = 0;
    virtual void state(std::string subject, std::string state, std::string detail = {}) = 0;

    // Asks a person and waits for the answer. Returns the chosen id; the prompt's default
    // choice when its deadline passes (nullopt when it has none); nullopt when the job is
    // cancelled meanwhile. The id field of `prompt` is assigned by the engine.
    // The deadline runs on clock(). On a virtual clock nobody waits in real time for virtual
    // time: the deadline passes when others move the clock past it, or, when the clock has
    // stood still for EngineOptions::promptGrace of real time without an answer, by
    // advancing the clock to it.
    // When the wait ends the engine emits StateChange{"prompt", "answered" | "timed-out" |
    // "withdrawn", "<prompt id>"} (front ends close their dialog) and an ENGINE log line
    // saying what was chosen.
    virtual std::optional<std::string> ask(Prompt prompt) = 0;

    // The engine's redactor, for a job that loads a key or a password: register it before
    // logging anything about it (ScopedSecret). Null when the context is not an engine's.
    virtual Redactor* redactor() { return nullptr; }
};

using JobResult = Result<nlohmann::json>;
using JobFunction = std::function<JobResult(JobContext&)>;
using EventListener = std::function<void(const Event&)>;

struct EngineOptions {
    std::shared_ptr<Clock> clock;               // default: SteadyClock
    bool journal = true;                        // append every event to a journal file
    std::filesystem::path journalDir;           // default: userDataDir()/journals
    std::size_t journalKeepFiles = 20;          // rotation: newest N files kept
    std::uintmax_t journalMaxBytes = 8u << 20;  // rotation: a file is closed past this size
    // Virtual clocks only: how long (real time) a prompt with a deadline waits for an answer
    // or for someone else to move the clock before the engine lets its deadline pass.
    std::chrono::milliseconds promptGrace{200};
};

class Engine {
public:
    explicit Engine(EngineOptions options = {});
    ~Engine();  // cancels every job and joins every worker
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // One worker thread per open probe session. Emits StateChange{"session", "open", name}.
    SessionId openSession(std::string name);
    // Cancels the session's jobs (queued ones end at once, the running one is asked to stop)
    // and joins its worker; then emits StateChange{"session", "closed", name}. Called from a
    // job or a listener it does not wait for the worker (that could wait for itself); the
    // engine's destructor joins it then.
    void closeSession(SessionId session);

    // Queues a job on the session's worker; jobs of one session run in submission order.
    // A job for a session that is not open ends failed at once ("engine.no-session").
    JobId submit(SessionId session, std::string name, JobFunction job);
    // A queued job ends cancelled at once without running; a running one is asked to stop
    // (its stop token) and ends when it returns. False when the job has already ended.
    bool cancel(JobId job);
    // False when the prompt is no longer waiting or `choice` is not one of its choices.
    bool answer(PromptId prompt, std::string choice);

    // Listeners are called on worker threads (or on the thread whose call ended a job that
    // never ran: cancel, closeSession, submit to a closed session),
    // one event at a time in sequence order, after the journal has the event; they must not
    // block (the GUI bridge queues, the CLI hands over to its main thread). They may call
    // answer(), cancel(), submit() and the listener functions; events they cause are
    // delivered after the current one. Returns a handle for removeListener.
    int addListener(EventListener listener);
    // Once it returns, the listener is not called again (it waits for a delivery in progress
    // on another thread to finish).
    void removeListener(int handle);

    // For the CLI and tests: blocks until the job has ended or the timeout (real time) passes.
    // Returns once every listener has seen the job's JobEnded (and an "engine" idle that
    // follows it). The most recent 4096 ended jobs are remembered.
    std::optional<JobEnded> wait(JobId job, std::chrono::milliseconds timeout);

    // Secrets registered here are replaced in every event before it is journalled or
    // delivered (text, fields, prompt details), in raw, hex and base64 forms.
    Redactor& redactor();
    Clock& clock();
    // The file this engine's events are appended to (empty when journalling is off).
    std::filesystem::path journalPath() const;
    // Why the journal is not being written (it could not be opened, a write failed).
    std::optional<Error> journalError() const;

    struct Impl;  // opaque outside core/engine

private:
    std::unique_ptr<Impl> d;
};

}  // namespace rescue::engine
