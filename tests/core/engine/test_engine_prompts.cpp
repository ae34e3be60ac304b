// Prompts: a job asks a person and waits; the answer comes back through Engine::answer, the
// default when the deadline passes (in virtual or real time), nothing when it is cancelled.

#include <QtTest>

#include "core/engine/engine.h"
#include "event_recorder.h"

using namespace rescue;
using namespace rescue::engine;
using rescue::engine::test::EventRecorder;
using rescue::engine::test::name;
using namespace std::chrono_literals;

namespace {

Prompt resetPrompt(std::optional<std::chrono::milliseconds> deadline = std::nullopt,
                   std::string fallback = {}) {
    Prompt p;
    p.kind = "manual-reset";
    p.title = "Press RESET";
    p.question = "Hold the board's RESET button, then release it when asked.";
    p.choices = {{"released", "Released"}, {"no-button", "There is no RESET button"}};
    p.defaultChoice = std::move(fallback);
    p.deadline = deadline;
    p.details = {{"countdown_ms", 3000}};
    return p;
}

// Runs one job that asks `prompt` and returns what it got ("<none>" for nullopt).
JobId submitAsker(Engine& engine, SessionId session, Prompt prompt) {
    return engine.submit(session, "ask", [prompt](JobContext& ctx) -> JobResult {
        auto answer = ctx.ask(prompt);
        if (!answer && ctx.cancelled())
            return makeError("test.withdrawn", "The question was withdrawn.");
        return nlohmann::json{{"answer", answer ? *answer : "<none>"}};
    });
}

std::vector<std::string> promptStates(const std::vector<Event>& events) {
    std::vector<std::string> out;
    for (const auto& s : EventRecorder::payloads<StateChange>(events))
        if (s.subject == "prompt")
            out.push_back(s.state);
    return out;
}

}  // namespace

class TestEnginePrompts : public QObject {
    Q_OBJECT
private slots:
    void answered_data() {
        QTest::addColumn<bool>("virtualClock");
        QTest::addColumn<bool>("fromListener");
        QTest::newRow("steady clock, answered by the test thread") << false << false;
        QTest::newRow("steady clock, answered inside the listener") << false << true;
        QTest::newRow("virtual clock, answered by the test thread") << true << false;
        QTest::newRow("virtual clock, answered inside the listener") << true << true;
    }
    void answered() {
        QFETCH(bool, virtualClock);
        QFETCH(bool, fromListener);
        EngineOptions o;
        o.journal = false;
        if (virtualClock)
            o.clock = std::make_shared<VirtualClock>();
        o.promptGrace = 2s;  // the test thread answers well within it
        Engine engine(o);
        EventRecorder recorder(engine);
        if (fromListener)
            engine.addListener([&](const Event& e) {
                if (auto* p = std::get_if<Prompt>(&e.payload))
                    engine.answer(p->id, "released");
            });
        auto session = engine.openSession("probe A");
        auto job = submitAsker(engine, session, resetPrompt(10min, "no-button"));
        auto prompt = recorder.waitForPrompt(job);
        QVERIFY(prompt);
        QVERIFY(prompt->id != 0);
        QCOMPARE(prompt->title, std::string("Press RESET"));
        QCOMPARE(prompt->choices.size(), std::size_t(2));
        QCOMPARE(prompt->details.value("countdown_ms", 0), 3000);
        if (!fromListener) {
            QVERIFY(!engine.answer(prompt->id, "not-a-choice"));
            QVERIFY(engine.answer(prompt->id, "released"));
        }
        auto ended = engine.wait(job, 5s);
        QVERIFY(ended);
        QCOMPARE(ended->result.value("answer", ""), std::string("released"));
        QVERIFY(!engine.answer(prompt->id, "released"));  // no longer waiting
        auto events = recorder.forJob(job);
        QCOMPARE(promptStates(events), std::vector<std::string>{"answered"});
        auto logs = EventRecorder::payloads<LogLine>(events);
        QVERIFY(std::any_of(logs.begin(), logs.end(), [](const LogLine& l) {
            return l.channel == "ENGINE" && l.fields.value("choice", "") == "released";
        }));
    }

    void defaultWhenTheDeadlinePasses_data() {
        QTest::addColumn<bool>("virtualClock");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("expected");
        QTest::newRow("virtual clock, ten minutes") << true << 600000 << "no-button"
                                                    << "no-button";
        QTest::newRow("virtual clock, no default") << true << 600000 << ""
                                                   << "<none>";
        QTest::newRow("steady clock, 150 ms") << false << 150 << "no-button"
                                              << "no-button";
        QTest::newRow("steady clock, no default") << false << 150 << ""
                                                  << "<none>";
    }
    void defaultWhenTheDeadlinePasses() {
        QFETCH(bool, virtualClock);
        QFETCH(int, deadlineMs);
        QFETCH(QString, fallback);
        QFETCH(QString, expected);
        auto virtualTime = std::make_shared<VirtualClock>();
        EngineOptions o;
        o.journal = false;
        if (virtualClock)
            o.clock = virtualTime;
        o.promptGrace = 50ms;
        Engine engine(o);
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");
        auto realStart = std::chrono::steady_clock::now();
        auto virtualStart = virtualTime->now();
        auto job = submitAsker(engine, session,
                               resetPrompt(std::chrono::milliseconds(deadlineMs), fallback.toStdString()));
        auto ended = engine.wait(job, 5s);
        QVERIFY(ended);
        auto realElapsed = std::chrono::steady_clock::now() - realStart;
        QCOMPARE(name(ended->outcome), name(JobOutcome::Finished));
        QCOMPARE(QString::fromStdString(ended->result.value("answer", "")), expected);
        if (virtualClock) {
            // Ten virtual minutes passed in well under a real second.
            QCOMPARE(virtualTime->now() - virtualStart,
                     Clock::Duration(std::chrono::milliseconds(deadlineMs)));
            QVERIFY(realElapsed < 2s);
        } else {
            QVERIFY(realElapsed >= std::chrono::milliseconds(deadlineMs));
        }
        auto events = recorder.forJob(job);
        QCOMPARE(promptStates(events), std::vector<std::string>{"timed-out"});
        auto logs = EventRecorder::payloads<LogLine>(events);
        QVERIFY(std::any_of(logs.begin(), logs.end(), [](const LogLine& l) {
            return l.level == LogLevel::Warning && l.channel == "ENGINE";
        }));
    }

    void operatorTakesVirtualTimeToAnswer() {
        // A simulated operator moves the virtual clock by its reaction time, then answers:
        // the engine must not add time of its own.
        auto clock = std::make_shared<VirtualClock>();
        EngineOptions o;
        o.journal = false;
        o.clock = clock;
        Engine engine(o);
        engine.addListener([&](const Event& e) {
            if (auto* p = std::get_if<Prompt>(&e.payload)) {
                clock->advance(1800ms);
                engine.answer(p->id, "released");
            }
        });
        auto session = engine.openSession("probe A");
        auto t0 = clock->now();
        auto job = submitAsker(engine, session, resetPrompt(10s, "no-button"));
        auto ended = engine.wait(job, 5s);
        QVERIFY(ended);
        QCOMPARE(ended->result.value("answer", ""), std::string("released"));
        QCOMPARE(clock->now() - t0, Clock::Duration(1800ms));
    }

    void othersMovingVirtualTimePassTheDeadline() {
        // Another session sleeping in virtual time moves the clock past the deadline; the
        // prompt times out because of that, with no real wait for a grace period.
        auto clock = std::make_shared<VirtualClock>();
        EngineOptions o;
        o.journal = false;
        o.clock = clock;
        o.promptGrace = 4s;  // longer than the test may take: the engine must not jump
        Engine engine(o);
        EventRecorder recorder(engine);
        auto asking = engine.openSession("probe A");
        auto sleeping = engine.openSession("probe B");
        auto job = submitAsker(engine, asking, resetPrompt(1min, "no-button"));
        QVERIFY(recorder.waitForPrompt(job));
        auto sleeper = engine.submit(sleeping, "sleeper", [](JobContext& ctx) -> JobResult {
            for (int i = 0; i < 120; ++i)
                ctx.clock().sleepFor(1s, ctx.stopToken());
            return nlohmann::json();
        });
        QVERIFY(engine.wait(sleeper, 5s));
        auto t0 = std::chrono::steady_clock::now();
        auto ended = engine.wait(job, 5s);
        QVERIFY(ended);
        QCOMPARE(ended->result.value("answer", ""), std::string("no-button"));
        QVERIFY(std::chrono::steady_clock::now() - t0 < 4s);
    }

    void cancelledWhileWaiting_data() {
        QTest::addColumn<bool>("virtualClock");
        QTest::addColumn<bool>("closeSession");
        QTest::newRow("steady clock, job cancelled") << false << false;
        QTest::newRow("virtual clock, job cancelled") << true << false;
        QTest::newRow("steady clock, session closed") << false << true;
        QTest::newRow("virtual clock, session closed") << true << true;
    }
    void cancelledWhileWaiting() {
        QFETCH(bool, virtualClock);
        QFETCH(bool, closeSession);
        EngineOptions o;
        o.journal = false;
        if (virtualClock)
            o.clock = std::make_shared<VirtualClock>();
        Engine engine(o);
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");
        auto job = submitAsker(engine, session, resetPrompt(1h, "no-button"));
        auto prompt = recorder.waitForPrompt(job);
        QVERIFY(prompt);
        auto t0 = std::chrono::steady_clock::now();
        if (closeSession)
            engine.closeSession(session);
        else
            QVERIFY(engine.cancel(job));
        auto ended = engine.wait(job, 5s);
        QVERIFY(ended);
        QVERIFY(std::chrono::steady_clock::now() - t0 < 2s);
        QCOMPARE(name(ended->outcome), name(JobOutcome::Cancelled));  // ask() gave nullopt
        QVERIFY(!engine.answer(prompt->id, "released"));
        QCOMPARE(promptStates(recorder.forJob(job)), std::vector<std::string>{"withdrawn"});
    }

    void promptIdsAreUniqueAndAnswersGoToTheirPrompt() {
        EngineOptions o;
        o.journal = false;
        Engine engine(o);
        EventRecorder recorder(engine);
        auto a = engine.openSession("probe A");
        auto b = engine.openSession("probe B");
        auto ja = submitAsker(engine, a, resetPrompt());
        auto jb = submitAsker(engine, b, resetPrompt());
        auto pa = recorder.waitForPrompt(ja);
        auto pb = recorder.waitForPrompt(jb);
        QVERIFY(pa && pb);
        QVERIFY(pa->id != pb->id);
        QVERIFY(engine.answer(pb->id, "no-button"));
        QVERIFY(engine.answer(pa->id, "released"));
        auto ea = engine.wait(ja, 5s);
        auto eb = engine.wait(jb, 5s);
        QVERIFY(ea && eb);
        QCOMPARE(ea->result.value("answer", ""), std::string("released"));
        QCOMPARE(eb->result.value("answer", ""), std::string("no-button"));
        QVERIFY(!engine.answer(999999, "released"));
    }
};

QTEST_GUILESS_MAIN(TestEnginePrompts)
#include "test_engine_prompts.moc"
