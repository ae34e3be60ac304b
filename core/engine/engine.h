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

namespace rescue::engine {

class Journal;
class Redactor;

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

    virtual void progress(double fraction, std::string step) = 0;
    virtual void state(std::string subject, std::string state, std::string detail = {}) = 0;

    // Asks a person and waits for the answer. Returns the chosen id; the prompt's default
    // choice when its deadline passes; nullopt when the job is cancelled meanwhile.
    // The id field of `prompt` is assigned by the engine.
    virtual std::optional<std::string> ask(Prompt prompt) = 0;
};

using JobResult = Result<nlohmann::json>;
using JobFunction = std::function<JobResult(JobContext&)>;
using EventListener = std::function<void(const Event&)>;

struct EngineOptions {
    std::shared_ptr<Clock> clock;          // default: SteadyClock
    bool journal = true;                   // append every event to a journal file
    std::filesystem::path journalDir;      // default: userDataDir()/journals
    std::size_t journalKeepFiles = 20;     // rotation: newest N files kept
    std::uintmax_t journalMaxBytes = 8u << 20;  // rotation: a file is closed past this size
};

class Engine {
public:
    explicit Engine(EngineOptions options = {});
    ~Engine();  // cancels every job and joins every worker
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // One worker thread per open probe session.
    SessionId openSession(std::string name);
    // Cancels the session's jobs and joins its worker.
    void closeSession(SessionId session);

    JobId submit(SessionId session, std::string name, JobFunction job);
    bool cancel(JobId job);
    bool answer(PromptId prompt, std::string choice);

    // Listeners are called on worker threads, after the journal has the event; they must
    // not block (the GUI bridge queues, the CLI hands over to its main thread).
    // Returns a handle for removeListener.
    int addListener(EventListener listener);
    void removeListener(int handle);

    // For the CLI and tests: blocks until the job has ended or the timeout passes.
    std::optional<JobEnded> wait(JobId job, std::chrono::milliseconds timeout);

    // Secrets registered here are replaced in every event before it is journalled or
    // delivered (text, fields, prompt details), in raw, hex and base64 forms.
    Redactor& redactor();
    Clock& clock();
    // The file this engine's events are appended to (empty when journalling is off).
    std::filesystem::path journalPath() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace rescue::engine
