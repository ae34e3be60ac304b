// Sessions, their workers and the life of a job: queued, running, ended exactly once.

#include "core/engine/engine.h"

#include <pthread.h>

#include <fmt/format.h>

#include "core/engine/engine_impl.h"
#include "core/engine/job_context_impl.h"

namespace rescue::engine {

Error cancelledError(const std::string& jobName, bool started) {
    return makeError("engine.cancelled",
                     started ? fmt::format("The job \"{}\" was cancelled before it finished.", jobName)
                             : fmt::format("The job \"{}\" was cancelled before it started.", jobName));
}

Error sessionClosedError(const std::string& jobName) {
    return makeError(
        "engine.cancelled",
        fmt::format("The job \"{}\" was cancelled because its probe session was closed.", jobName));
}

namespace {

Error threwError(const std::string& jobName, std::string what) {
    while (!what.empty() && (what.back() == '.' || what.back() == '\n'))
        what.pop_back();
    return makeError("engine.job-threw",
                     fmt::format("The job \"{}\" stopped on an unexpected error: {}.", jobName, what),
                     "This is a bug in Rescue Workbench; the journal holds the events that led to it, please "
                     "attach it to a report.");
}

JobEnded outcomeOf(JobResult result, const JobRecord& job) {
    JobEnded ended;
    if (result.ok()) {
        ended.outcome = JobOutcome::Finished;
        ended.result = std::move(result).value();
    } else if (job.stop.stop_requested()) {
        // The job gave up because it was asked to: that is a cancellation, and what it was
        // doing at the time is worth keeping.
        ended.outcome = JobOutcome::Cancelled;
        ended.error = cancelledError(job.name, true);
        ended.error->with("while", result.error().message);
    } else {
        ended.outcome = JobOutcome::Failed;
        ended.error = std::move(result).error();
    }
    return ended;
}

void nameThread(SessionId session) {
    auto name = fmt::format("rescue-s{}", session);  // at most 15 characters for Linux
    name.resize(std::min<std::size_t>(name.size(), 15));
    pthread_setname_np(pthread_self(), name.c_str());
}

}  // namespace

Engine::Impl::Impl(EngineOptions opts) : options(std::move(opts)) {
    clock = options.clock ? options.clock : std::make_shared<SteadyClock>();
    if (!options.journal)
        return;
    JournalOptions journalOptions;
    journalOptions.directory = options.journalDir;
    journalOptions.keepFiles = options.journalKeepFiles;
    journalOptions.maxBytes = options.journalMaxBytes;
    auto opened = Journal::open(std::move(journalOptions));
    if (opened)
        journal = std::move(opened).value();
    else
        journalProblem = std::move(opened).error();
}

void Engine::Impl::workerLoop(SessionRecord& session) {
    nameThread(session.id);
    for (;;) {
        std::shared_ptr<JobRecord> job;
        {
            std::unique_lock lock(mutex);
            session.wake.wait(lock, [&] { return session.closing || !session.queue.empty(); });
            if (session.queue.empty())
                return;  // closing, and closeSession took the queued jobs
            job = std::move(session.queue.front());
            session.queue.pop_front();
            job->phase = JobRecord::Phase::Running;
            session.current = job;
        }
        runJob(*job);
        std::lock_guard lock(mutex);
        session.current.reset();
    }
}

void Engine::Impl::runJob(JobRecord& job) {
    emit(job.session, job.id, JobStarted{job.name});
    JobEnded ended;
    if (job.stop.stop_requested()) {
        ended.outcome = JobOutcome::Cancelled;
        ended.error = cancelledError(job.name, false);
    } else {
        EngineJobContext context(*this, job);
        try {
            ended = outcomeOf(job.function(context), job);
        } catch (const std::exception& e) {
            ended.outcome = JobOutcome::Failed;
            ended.error = threwError(job.name, e.what());
        } catch (...) {
            ended.outcome = JobOutcome::Failed;
            ended.error = threwError(job.name, "an exception that is not a std::exception");
        }
    }
    // Drop what the job captured (buffers, keys) on its own worker, before it is reported.
    job.function = nullptr;
    {
        std::lock_guard lock(mutex);
        job.phase = JobRecord::Phase::Ending;
    }
    emit(job.session, job.id, std::move(ended));
}

void Engine::Impl::endWithoutRunning(const JobRecord& job, JobEnded ended) {
    emit(job.session, job.id, JobStarted{job.name});
    emit(job.session, job.id, std::move(ended));
}

void Engine::Impl::closeSession(SessionId id) {
    std::shared_ptr<SessionRecord> session;
    std::deque<std::shared_ptr<JobRecord>> queued;
    {
        std::lock_guard lock(mutex);
        auto it = sessions.find(id);
        if (it == sessions.end())
            return;
        session = it->second;
        sessions.erase(it);  // later submits to it end failed at once
        session->closing = true;
        queued.swap(session->queue);
        for (auto& job : queued)
            job->phase = JobRecord::Phase::Ending;
        if (session->current)
            session->current->stop.request_stop();
        session->wake.notify_all();
    }
    for (const auto& job : queued) {
        JobEnded ended;
        ended.outcome = JobOutcome::Cancelled;
        ended.error = sessionClosedError(job->name);
        endWithoutRunning(*job, std::move(ended));
    }
    // Joining from the session's own worker (a job closing its session) or from inside a
    // delivery (a listener; the worker may be waiting to deliver) would wait forever: the
    // worker then finishes on its own and the engine's destructor joins it.
    if (session->worker.get_id() == std::this_thread::get_id() || deliveringOnThisThread()) {
        std::lock_guard lock(mutex);
        orphans.push_back(session);
    } else if (session->worker.joinable()) {
        session->worker.join();
    }
    emit(id, 0, StateChange{"session", "closed", session->name});
}

void Engine::Impl::shutdown() {
    std::vector<SessionId> open;
    {
        std::lock_guard lock(mutex);
        for (const auto& [id, session] : sessions)
            open.push_back(id);
    }
    for (auto id : open)
        closeSession(id);
    std::vector<std::shared_ptr<SessionRecord>> left;
    {
        std::lock_guard lock(mutex);
        left.swap(orphans);
    }
    for (auto& session : left)
        if (session->worker.joinable() && session->worker.get_id() != std::this_thread::get_id())
            session->worker.join();
}

Engine::Engine(EngineOptions options) : d(std::make_unique<Impl>(std::move(options))) {}

Engine::~Engine() {
    d->shutdown();
}

SessionId Engine::openSession(std::string name) {
    auto session = std::make_shared<SessionRecord>();
    session->name = name;
    {
        std::lock_guard lock(d->mutex);
        session->id = d->nextSession++;
        d->sessions.emplace(session->id, session);
        // The record outlives the thread: closeSession holds it until the join returns.
        session->worker =
            std::jthread([impl = d.get(), record = session.get()] { impl->workerLoop(*record); });
    }
    d->emit(session->id, 0, StateChange{"session", "open", std::move(name)});
    return session->id;
}

void Engine::closeSession(SessionId session) {
    d->closeSession(session);
}

JobId Engine::submit(SessionId session, std::string name, JobFunction function) {
    auto job = std::make_shared<JobRecord>();
    job->session = session;
    job->name = std::move(name);
    job->function = std::move(function);
    bool queued = false;
    {
        std::lock_guard lock(d->mutex);
        job->id = d->nextJob++;
        d->jobs.emplace(job->id, job);
        auto it = d->sessions.find(session);
        if (it != d->sessions.end() && !it->second->closing && job->function) {
            it->second->queue.push_back(job);
            it->second->wake.notify_one();
            queued = true;
        } else {
            job->phase = JobRecord::Phase::Ending;
        }
    }
    if (!queued) {
        JobEnded ended;
        ended.outcome = JobOutcome::Failed;
        if (!job->function) {
            ended.error =
                makeError("engine.empty-job", fmt::format("The job \"{}\" has nothing to run.", job->name),
                          "This is a bug in the front end that submitted it.");
        } else {
            ended.error =
                makeError("engine.no-session",
                          fmt::format("The job \"{}\" was not run because probe session {} is not open.",
                                      job->name, session),
                          "Open the probe again, then repeat the action.");
        }
        d->endWithoutRunning(*job, std::move(ended));
    }
    return job->id;
}

bool Engine::cancel(JobId id) {
    std::shared_ptr<JobRecord> unstarted;
    {
        std::lock_guard lock(d->mutex);
        auto it = d->jobs.find(id);
        if (it == d->jobs.end())
            return false;
        auto& job = it->second;
        switch (job->phase) {
            case JobRecord::Phase::Running:
                job->stop.request_stop();
                return true;
            case JobRecord::Phase::Ending:
                return false;
            case JobRecord::Phase::Queued:
                break;
        }
        auto session = d->sessions.find(job->session);
        if (session != d->sessions.end())
            std::erase(session->second->queue, job);
        job->phase = JobRecord::Phase::Ending;
        job->stop.request_stop();
        unstarted = job;
    }
    JobEnded ended;
    ended.outcome = JobOutcome::Cancelled;
    ended.error = cancelledError(unstarted->name, false);
    d->endWithoutRunning(*unstarted, std::move(ended));
    return true;
}

bool Engine::answer(PromptId prompt, std::string choice) {
    std::lock_guard lock(d->mutex);
    auto it = d->prompts.find(prompt);
    if (it == d->prompts.end() || it->second.answer)
        return false;
    const auto& choices = it->second.choices;
    if (!choices.empty() && std::find(choices.begin(), choices.end(), choice) == choices.end())
        return false;
    it->second.answer = std::move(choice);
    d->changed.notify_all();
    return true;
}

std::optional<JobEnded> Engine::wait(JobId job, std::chrono::milliseconds timeout) {
    std::unique_lock lock(d->mutex);
    auto settled = [&] { return d->endedJobs.count(job) == 1 || d->jobs.count(job) == 0; };
    if (!d->changed.wait_for(lock, timeout, settled))
        return std::nullopt;
    auto it = d->endedJobs.find(job);
    if (it == d->endedJobs.end())
        return std::nullopt;  // never submitted, or ended too long ago to be remembered
    return it->second;
}

Redactor& Engine::redactor() {
    return d->redactor;
}

Clock& Engine::clock() {
    return *d->clock;
}

std::filesystem::path Engine::journalPath() const {
    return d->journal ? d->journal->path() : std::filesystem::path();
}

std::optional<Error> Engine::journalError() const {
    std::lock_guard lock(d->mutex);
    return d->journalProblem;
}

}  // namespace rescue::engine
