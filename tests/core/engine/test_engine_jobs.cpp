// Jobs: every way a job can end gives exactly one JobEnded after its JobStarted; sessions
// keep submission order; two sessions run at once; closing and destroying cancel and join.

#include <QtTest>

#include <set>
#include <stdexcept>
#include <thread>

#include "core/engine/engine.h"
#include "event_recorder.h"

using namespace rescue;
using namespace rescue::engine;
using rescue::engine::test::EventRecorder;
using rescue::engine::test::Gate;
using rescue::engine::test::name;
using namespace std::chrono_literals;

namespace {

EngineOptions quietOptions() {
    EngineOptions o;
    o.journal = false;  // the journal has its own suite
    return o;
}

// Indices of the job's JobStarted/JobEnded events within `events`, and how many of each.
struct Lifecycle {
    int started = 0, ended = 0;
    std::ptrdiff_t firstStarted = -1, firstEnded = -1, lastEventOfJob = -1;
};
Lifecycle lifecycleOf(const std::vector<Event>& events, JobId job) {
    Lifecycle l;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].job != job)
            continue;
        l.lastEventOfJob = std::ptrdiff_t(i);
        if (std::holds_alternative<JobStarted>(events[i].payload) && l.started++ == 0)
            l.firstStarted = std::ptrdiff_t(i);
        if (std::holds_alternative<JobEnded>(events[i].payload) && l.ended++ == 0)
            l.firstEnded = std::ptrdiff_t(i);
    }
    return l;
}

}  // namespace

class TestEngineJobs : public QObject {
    Q_OBJECT
private slots:
    void outcomes_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<bool>("functionRuns");
        QTest::newRow("finished with a value") << "value" << int(JobOutcome::Finished) << "" << true;
        QTest::newRow("failed with an error")
            << "error" << int(JobOutcome::Failed) << "probe.timeout" << true;
        QTest::newRow("throws std::exception")
            << "throw" << int(JobOutcome::Failed) << "engine.job-threw" << true;
        QTest::newRow("throws something else")
            << "throw-int" << int(JobOutcome::Failed) << "engine.job-threw" << true;
        QTest::newRow("cancelled while running")
            << "cancel-running" << int(JobOutcome::Cancelled) << "engine.cancelled" << true;
        QTest::newRow("cancelled, finishes anyway")
            << "cancel-but-finish" << int(JobOutcome::Finished) << "" << true;
        QTest::newRow("cancelled while queued")
            << "cancel-queued" << int(JobOutcome::Cancelled) << "engine.cancelled" << false;
    }
    void outcomes() {
        QFETCH(QString, kind);
        QFETCH(int, outcome);
        QFETCH(QString, errorCode);
        QFETCH(bool, functionRuns);

        // Shared with jobs: declared before the engine, so they outlive its workers.
        Gate blockerGate, running;
        std::atomic<bool> ran{false};
        Engine engine(quietOptions());
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");

        JobId blocker = 0;
        if (kind == "cancel-queued")
            blocker = engine.submit(session, "blocker", [&](JobContext&) -> JobResult {
                blockerGate.waitOpen();
                return nlohmann::json("unblocked");
            });

        auto job = engine.submit(session, "under test", [&](JobContext& ctx) -> JobResult {
            ran = true;
            if (kind == "value")
                return nlohmann::json{{"answer", 42}};
            if (kind == "error")
                return makeError("probe.timeout", "The probe did not answer within 1000 ms.", "Replug it.");
            if (kind == "throw")
                throw std::runtime_error("vector index out of range");
            if (kind == "throw-int")
                throw 7;
            running.open();
            bool slept = ctx.clock().sleepFor(30s, ctx.stopToken());
            if (kind == "cancel-but-finish")
                return nlohmann::json{{"slept", slept}};
            return makeError("test.stopped", "The wait was interrupted.");
        });

        if (kind.startsWith("cancel-running") || kind == "cancel-but-finish") {
            QVERIFY(running.waitOpen());
            QVERIFY(engine.cancel(job));
        }
        if (kind == "cancel-queued") {
            QVERIFY(engine.cancel(job));
            blockerGate.open();
            QVERIFY(engine.wait(blocker, 5s).has_value());
        }

        auto ended = engine.wait(job, 5s);
        QVERIFY(ended.has_value());
        QCOMPARE(name(ended->outcome), name(JobOutcome(outcome)));
        QCOMPARE(ran.load(), functionRuns);
        QCOMPARE(QString::fromStdString(ended->error ? ended->error->code : ""), errorCode);
        if (ended->error) {
            QVERIFY(!ended->error->message.empty());
            QVERIFY(ended->error->message.back() == '.');  // a sentence, not a status word
        }
        if (kind == "value")
            QCOMPARE(ended->result.value("answer", 0), 42);
        if (kind == "throw")
            QVERIFY(QString::fromStdString(ended->error->message).contains("vector index out of range"));
        if (kind == "cancel-but-finish")
            QCOMPARE(ended->result.value("slept", true), false);
        // A second cancel of an ended job says so.
        QVERIFY(!engine.cancel(job));

        auto events = recorder.events();
        auto life = lifecycleOf(events, job);
        QCOMPARE(life.started, 1);
        QCOMPARE(life.ended, 1);
        QVERIFY(life.firstStarted < life.firstEnded);
        QCOMPARE(life.lastEventOfJob, life.firstEnded);  // nothing of the job after its end
        QCOMPARE(std::get<JobEnded>(events[std::size_t(life.firstEnded)].payload), *ended);
        QCOMPARE(std::get<JobStarted>(events[std::size_t(life.firstStarted)].payload).name,
                 std::string("under test"));
        QVERIFY2(recorder.violations().empty(), recorder.violationText().c_str());
    }

    void jobsOfOneSessionRunInSubmissionOrder() {
        // Shared with jobs: declared before the engine, so they outlive its workers.
        std::mutex mutex;
        std::vector<int> order;
        Engine engine(quietOptions());
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");
        std::vector<JobId> ids;
        for (int i = 0; i < 20; ++i)
            ids.push_back(
                engine.submit(session, "job " + std::to_string(i), [&, i](JobContext& ctx) -> JobResult {
                    ctx.info(channel::Engine, "running " + std::to_string(i));
                    std::lock_guard lock(mutex);
                    order.push_back(i);
                    return nlohmann::json(i);
                }));
        for (auto id : ids)
            QVERIFY(engine.wait(id, 5s).has_value());
        {
            std::lock_guard lock(mutex);
            QCOMPARE(order.size(), std::size_t(20));
            for (int i = 0; i < 20; ++i)
                QCOMPARE(order[std::size_t(i)], i);
        }
        // Job k+1 starts only after job k has ended: no interleaving within a session.
        auto events = recorder.events();
        for (std::size_t k = 0; k + 1 < ids.size(); ++k)
            QVERIFY(lifecycleOf(events, ids[k]).firstEnded < lifecycleOf(events, ids[k + 1]).firstStarted);
        QVERIFY2(recorder.violations().empty(), recorder.violationText().c_str());
    }

    void twoSessionsRunConcurrently() {
        // Shared with jobs: declared before the engine, so they outlive its workers.
        std::mutex mutex;
        std::condition_variable met;
        int arrived = 0;
        std::set<std::thread::id> threads;
        Engine engine(quietOptions());
        auto a = engine.openSession("probe A");
        auto b = engine.openSession("probe B");
        // Each job waits until the other one is running too: only two threads can meet.
        auto rendezvous = [&](JobContext&) -> JobResult {
            std::unique_lock lock(mutex);
            ++arrived;
            threads.insert(std::this_thread::get_id());
            met.notify_all();
            if (!met.wait_for(lock, 3s, [&] { return arrived == 2; }))
                return makeError("test.alone", "The other session's job never ran at the same time.");
            return nlohmann::json(true);
        };
        auto ja = engine.submit(a, "meet", rendezvous);
        auto jb = engine.submit(b, "meet", rendezvous);
        auto ea = engine.wait(ja, 5s);
        auto eb = engine.wait(jb, 5s);
        QVERIFY(ea && eb);
        QCOMPARE(name(ea->outcome), name(JobOutcome::Finished));
        QCOMPARE(name(eb->outcome), name(JobOutcome::Finished));
        std::lock_guard lock(mutex);
        QCOMPARE(threads.size(), std::size_t(2));
        QVERIFY(!threads.count(std::this_thread::get_id()));
    }

    void engineReportsBusyThenIdle() {
        // Shared with jobs: declared before the engine, so they outlive its workers.
        Gate gate;
        Engine engine(quietOptions());
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");
        auto first = engine.submit(session, "first", [&](JobContext&) -> JobResult {
            gate.waitOpen();
            return nlohmann::json();
        });
        auto second =
            engine.submit(session, "second", [](JobContext&) -> JobResult { return nlohmann::json(); });
        gate.open();
        QVERIFY(engine.wait(first, 5s));
        QVERIFY(engine.wait(second, 5s));

        std::vector<std::string> engineStates;
        std::ptrdiff_t busyAt = -1, idleAt = -1;
        auto events = recorder.events();
        for (std::size_t i = 0; i < events.size(); ++i)
            if (auto* s = std::get_if<StateChange>(&events[i].payload); s && s->subject == "engine") {
                engineStates.push_back(s->state);
                QCOMPARE(events[i].session, SessionId(0));
                (s->state == "busy" ? busyAt : idleAt) = std::ptrdiff_t(i);
            }
        // Two queued jobs back to back: one busy, one idle, no flicker in between.
        QCOMPARE(engineStates, (std::vector<std::string>{"busy", "idle"}));
        QVERIFY(busyAt < lifecycleOf(events, first).firstStarted);
        QVERIFY(idleAt > lifecycleOf(events, second).firstEnded);

        auto third =
            engine.submit(session, "third", [](JobContext&) -> JobResult { return nlohmann::json(); });
        QVERIFY(engine.wait(third, 5s));
        engineStates.clear();
        for (const auto& s : EventRecorder::payloads<StateChange>(recorder.events()))
            if (s.subject == "engine")
                engineStates.push_back(s.state);
        QCOMPARE(engineStates, (std::vector<std::string>{"busy", "idle", "busy", "idle"}));
    }

    void listenerRemoval() {
        std::atomic<int> kept{0}, removed{0}, selfRemoving{0}, throwing{0};  // outlive the engine
        Engine engine(quietOptions());
        auto session = engine.openSession("probe A");
        engine.addListener([&](const Event&) { ++kept; });
        int removedHandle = engine.addListener([&](const Event&) { ++removed; });
        engine.addListener([&](const Event&) {
            ++throwing;
            throw std::runtime_error("a listener bug");
        });
        int selfHandle = 0;
        selfHandle = engine.addListener([&](const Event&) {
            ++selfRemoving;
            engine.removeListener(selfHandle);
        });

        auto job1 = engine.submit(session, "one", [](JobContext& ctx) -> JobResult {
            ctx.info(channel::Engine, "hello");
            return nlohmann::json();
        });
        QVERIFY(engine.wait(job1, 5s));
        QCOMPARE(selfRemoving.load(), 1);  // removed itself during its first event
        int removedBefore = removed.load();
        QVERIFY(removedBefore > 0);
        engine.removeListener(removedHandle);
        engine.removeListener(removedHandle);  // twice is harmless

        int keptBefore = kept.load();
        auto job2 = engine.submit(session, "two", [](JobContext& ctx) -> JobResult {
            ctx.info(channel::Engine, "hello again");
            return nlohmann::json();
        });
        auto ended = engine.wait(job2, 5s);
        QVERIFY(ended);
        QCOMPARE(name(ended->outcome), name(JobOutcome::Finished));  // a throwing listener hurts nobody
        QVERIFY(kept.load() > keptBefore);
        QCOMPARE(removed.load(), removedBefore);
        QCOMPARE(selfRemoving.load(), 1);
        QCOMPARE(throwing.load(), kept.load());
    }

    void listenerMayCancelAndSubmit() {
        // Calls from a listener that cause events are queued behind the current delivery,
        // not deadlocked: on the first job's log line, cancel the queued victim and submit.
        std::atomic<JobId> victim{0}, follower{0};  // outlive the engine and its listener
        std::atomic<bool> cancelled{false};
        // Shared with jobs: declared before the engine, so they outlive its workers.
        Gate gate;
        Engine engine(quietOptions());
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");
        engine.addListener([&](const Event& e) {
            auto* log = std::get_if<LogLine>(&e.payload);
            if (log && log->text == "cancel the victim now") {
                cancelled = engine.cancel(victim);
                follower = engine.submit(session, "follower",
                                         [](JobContext&) -> JobResult { return nlohmann::json(1); });
            }
        });
        auto first = engine.submit(session, "first", [&](JobContext& ctx) -> JobResult {
            gate.waitOpen();
            ctx.info(channel::Engine, "cancel the victim now");
            return nlohmann::json();
        });
        victim = engine.submit(session, "victim", [](JobContext&) -> JobResult { return nlohmann::json(); });
        gate.open();
        QVERIFY(engine.wait(first, 5s));
        QVERIFY(cancelled.load());
        auto victimEnd = engine.wait(victim, 5s);
        QVERIFY(victimEnd);
        QCOMPARE(name(victimEnd->outcome), name(JobOutcome::Cancelled));
        auto followerEnd = engine.wait(follower, 5s);
        QVERIFY(followerEnd);
        QCOMPARE(name(followerEnd->outcome), name(JobOutcome::Finished));
        auto events = recorder.events();
        auto life = lifecycleOf(events, victim);
        QCOMPARE(life.started, 1);
        QCOMPARE(life.ended, 1);
        // Delivered after the log line that caused it, before the first job's end.
        QVERIFY(life.firstEnded < lifecycleOf(events, first).firstEnded);
        QVERIFY2(recorder.violations().empty(), recorder.violationText().c_str());
    }

    void waitTimesOut() {
        // Shared with jobs: declared before the engine, so they outlive its workers.
        Gate gate;
        Engine engine(quietOptions());
        auto session = engine.openSession("probe A");
        auto job = engine.submit(session, "blocked", [&](JobContext&) -> JobResult {
            gate.waitOpen();
            return nlohmann::json();
        });
        auto t0 = std::chrono::steady_clock::now();
        QVERIFY(!engine.wait(job, 50ms).has_value());
        auto waited = std::chrono::steady_clock::now() - t0;
        QVERIFY(waited >= 50ms);
        QVERIFY(waited < 5s);
        gate.open();
        QVERIFY(engine.wait(job, 5s).has_value());
        // A job that never existed: no waiting at all.
        t0 = std::chrono::steady_clock::now();
        QVERIFY(!engine.wait(job + 1000, 5s).has_value());
        QVERIFY(std::chrono::steady_clock::now() - t0 < 1s);
    }

    void closingSessionCancelsAndJoins() {
        // Shared with jobs: declared before the engine, so they outlive its workers.
        Gate running;
        Engine engine(quietOptions());
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");
        auto current = engine.submit(session, "long", [&](JobContext& ctx) -> JobResult {
            running.open();
            if (!ctx.clock().sleepFor(30s, ctx.stopToken()))
                return makeError("test.stopped", "The wait was interrupted.");
            return nlohmann::json();
        });
        std::vector<JobId> queued;
        for (int i = 0; i < 3; ++i)
            queued.push_back(
                engine.submit(session, "queued", [](JobContext&) -> JobResult { return nlohmann::json(); }));
        QVERIFY(running.waitOpen());
        auto t0 = std::chrono::steady_clock::now();
        engine.closeSession(session);
        QVERIFY(std::chrono::steady_clock::now() - t0 < 5s);

        auto events = recorder.events();  // closeSession returned: all delivered
        const auto& currentEnd =
            std::get<JobEnded>(events[std::size_t(lifecycleOf(events, current).firstEnded)].payload);
        QCOMPARE(name(currentEnd.outcome), name(JobOutcome::Cancelled));
        for (auto id : queued) {
            auto life = lifecycleOf(events, id);
            QCOMPARE(life.started, 1);
            QCOMPARE(life.ended, 1);
            const auto& end = std::get<JobEnded>(events[std::size_t(life.firstEnded)].payload);
            QCOMPARE(name(end.outcome), name(JobOutcome::Cancelled));
            QVERIFY(QString::fromStdString(end.error->message).contains("session was closed"));
        }
        auto states = EventRecorder::payloads<StateChange>(events);
        QVERIFY(std::any_of(states.begin(), states.end(), [](const StateChange& s) {
            return s.subject == "session" && s.state == "closed";
        }));

        // The session is gone: a late job ends failed at once, still with its pair of events.
        auto late = engine.submit(session, "late", [](JobContext&) -> JobResult { return nlohmann::json(); });
        auto lateEnd = engine.wait(late, 5s);
        QVERIFY(lateEnd);
        QCOMPARE(name(lateEnd->outcome), name(JobOutcome::Failed));
        QCOMPARE(QString::fromStdString(lateEnd->error->code), QStringLiteral("engine.no-session"));
        QCOMPARE(lifecycleOf(recorder.events(), late).started, 1);
        engine.closeSession(session);  // twice is harmless
    }

    void jobMayCloseItsOwnSession() {
        Engine engine(quietOptions());
        auto session = engine.openSession("probe A");
        auto job = engine.submit(session, "closer", [&](JobContext&) -> JobResult {
            engine.closeSession(session);
            return nlohmann::json("closed");
        });
        auto ended = engine.wait(job, 5s);
        QVERIFY(ended);
        QCOMPARE(name(ended->outcome), name(JobOutcome::Finished));
    }

    void destroyingTheEngineEndsEveryJob() {
        auto recorded = std::make_shared<std::vector<Event>>();
        auto mutex = std::make_shared<std::mutex>();
        std::vector<JobId> jobs;
        Gate running;
        {
            Engine engine(quietOptions());
            engine.addListener([recorded, mutex](const Event& e) {
                std::lock_guard lock(*mutex);
                recorded->push_back(e);
            });
            for (const char* name : {"probe A", "probe B"}) {
                auto s = engine.openSession(name);
                jobs.push_back(engine.submit(s, "long", [&](JobContext& ctx) -> JobResult {
                    running.open();
                    ctx.clock().sleepFor(30s, ctx.stopToken());
                    return makeError("test.stopped", "The wait was interrupted.");
                }));
                for (int i = 0; i < 2; ++i)
                    jobs.push_back(engine.submit(s, "queued",
                                                 [](JobContext&) -> JobResult { return nlohmann::json(); }));
            }
            QVERIFY(running.waitOpen());
        }
        std::lock_guard lock(*mutex);
        for (auto id : jobs) {
            auto life = lifecycleOf(*recorded, id);
            QCOMPARE(life.started, 1);
            QCOMPARE(life.ended, 1);
            const auto& end = std::get<JobEnded>((*recorded)[std::size_t(life.firstEnded)].payload);
            QCOMPARE(name(end.outcome), name(JobOutcome::Cancelled));
        }
    }

    void eventsCarryTheirOrigin() {
        auto clock = std::make_shared<VirtualClock>(Clock::TimePoint(std::chrono::hours(1)));
        EngineOptions o = quietOptions();
        o.clock = clock;
        Engine engine(o);
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");
        auto job = engine.submit(session, "steps", [](JobContext& ctx) -> JobResult {
            ctx.progress(0.5, "half way");
            ctx.clock().sleepFor(250ms);
            ctx.state("target", "connected", "STM32H533");
            ctx.log(LogLevel::Debug, channel::Swd, "DPIDR read", {{"dpidr", "0x6BA02477"}});
            ctx.progress(std::nan(""), "not a number");
            ctx.progress(7.0, "too far");
            return nlohmann::json();
        });
        QVERIFY(engine.wait(job, 5s));
        auto events = recorder.forJob(job);
        QCOMPARE(events.size(), std::size_t(7));
        for (const auto& e : events)
            QCOMPARE(e.session, session);
        // clockTime is the engine's (virtual) clock: it moved by the job's sleep only.
        QCOMPARE(events[1].clockTime, Clock::TimePoint(std::chrono::hours(1)));
        QCOMPARE(events[2].clockTime, Clock::TimePoint(std::chrono::hours(1) + 250ms));
        auto progress = EventRecorder::payloads<Progress>(events);
        QCOMPARE(progress.size(), std::size_t(3));
        QCOMPARE(progress[0].fraction, 0.5);
        QCOMPARE(progress[1].fraction, -1.0);  // NaN means "unknown amount"
        QCOMPARE(progress[2].fraction, 1.0);
        auto logs = EventRecorder::payloads<LogLine>(events);
        QCOMPARE(logs.size(), std::size_t(1));
        QCOMPARE(logs[0].channel, std::string("SWD"));
        QCOMPARE(logs[0].fields.value("dpidr", ""), std::string("0x6BA02477"));
    }
};

QTEST_GUILESS_MAIN(TestEngineJobs)
#include "test_engine_jobs.moc"
