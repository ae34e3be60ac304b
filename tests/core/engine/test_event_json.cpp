// The event's JSON form (the journal line and the CLI's --json stream): every payload
// round-trips exactly, damaged objects are refused with a reason, and the small
// toString/parse helpers agree with each other.

#include <QtTest>

#include <limits>

#include "core/engine/event.h"
#include "event_recorder.h"

using namespace rescue;
using namespace rescue::engine;
using namespace std::chrono_literals;
using nlohmann::json;
using rescue::engine::test::name;

Q_DECLARE_METATYPE(rescue::engine::Event)

namespace {

Event at(std::uint64_t seq, EventPayload payload) {
    Event e;
    e.sequence = seq;
    e.session = 2;
    e.job = 17;
    // 2026-11-21T10:04:52.123456789Z: nanoseconds must survive.
    e.wallTime = std::chrono::system_clock::time_point(
        std::chrono::duration_cast<std::chrono::system_clock::duration>(1795255492123456789ns));
    e.clockTime = Clock::TimePoint(987654321ns);
    e.payload = std::move(payload);
    return e;
}

Error richError() {
    Error e = makeError("da.root-hash-mismatch", "The board refused the certificate chain.",
                        "Use the root key that was provisioned.");
    e.with("ADAC status", "0x0004 (UNAUTHORIZED)").with("root hash", "cc05b013…25fe");
    return e;
}

}  // namespace

class TestEventJson : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data() {
        QTest::addColumn<Event>("event");
        QTest::newRow("job started") << at(1, JobStarted{"Read option bytes"});
        QTest::newRow("log, no fields") << at(2, LogLine{LogLevel::Info, "SWD", "DPIDR = 0x6BA02477", {}});
        QTest::newRow("log, nested fields") << at(
            3,
            LogLine{
                LogLevel::Debug, "DA", "Challenge received",
                json{{"nonce", "a1b2"}, {"words", {1, 2, 3}}, {"ok", true}, {"nested", {{"x", nullptr}}}}});
        QTest::newRow("log, unicode and quotes") << at(
            4, LogLine{LogLevel::Warning, "OB", "Änderung \"irreversibel\" → bitte bestätigen\n\ttab", {}});
        QTest::newRow("log, error level")
            << at(5, LogLine{LogLevel::Error, "PROBE", "USB stalled", json::array()});
        QTest::newRow("progress") << at(6, Progress{0.1, "Erasing bank 1"});
        QTest::newRow("progress, unknown amount") << at(7, Progress{-1.0, "Waiting for the board"});
        QTest::newRow("progress, awkward double") << at(8, Progress{1.0 / 3.0, "a third"});
        Prompt full;
        full.id = 9;
        full.kind = "confirm";
        full.title = "Close the device";
        full.question = "This cannot be undone. Type CLOSE to go on.";
        full.choices = {{"close", "Close it"}, {"cancel", "Cancel"}};
        full.defaultChoice = "cancel";
        full.deadline = 30000ms;
        full.details = {{"phrase", "CLOSE"}};
        QTest::newRow("prompt, full") << at(9, full);
        Prompt bare;
        bare.id = 10;
        QTest::newRow("prompt, bare") << at(10, bare);
        QTest::newRow("state") << at(11, StateChange{"target", "Closed", "PRODUCT_STATE = 0x72"});
        QTest::newRow("job ended, finished")
            << at(12, JobEnded{JobOutcome::Finished, json{{"erased", 2}}, {}});
        QTest::newRow("job ended, failed") << at(13, JobEnded{JobOutcome::Failed, {}, richError()});
        QTest::newRow("job ended, cancelled")
            << at(14, JobEnded{JobOutcome::Cancelled, {}, makeError("engine.cancelled", "Cancelled.")});
        Event extremes = at(std::numeric_limits<std::uint64_t>::max(), StateChange{"engine", "idle", ""});
        extremes.session = 0;
        extremes.job = 0;
        extremes.clockTime = Clock::TimePoint(Clock::Duration(-5));
        extremes.wallTime = std::chrono::system_clock::time_point{};
        QTest::newRow("extremes: max sequence, negative clock, epoch") << extremes;
    }
    void roundTrip() {
        QFETCH(Event, event);
        json j = toJson(event);
        QCOMPARE(QString::fromStdString(j.value("type", "")),
                 QString::fromUtf8(typeName(event.payload).data()));
        auto back = eventFromJson(j);
        QVERIFY(back.has_value());
        QVERIFY(*back == event);
        // Through text too, as the journal stores it.
        std::string line = toJsonLine(event);
        QVERIFY(line.find('\n') == std::string::npos);
        auto reparsed = eventFromJson(json::parse(line));
        QVERIFY(reparsed.has_value());
        QVERIFY(*reparsed == event);
        QCOMPARE(toJsonLine(*reparsed), line);
    }

    void lineShape() {
        // What scripts rely on: flat keys, the wall time in UTC with nanoseconds.
        json j = toJson(at(3, LogLine{LogLevel::Info, "SWD", "hello", {}}));
        QCOMPARE(j.value("seq", 0), 3);
        QCOMPARE(j.value("session", 0), 2);
        QCOMPARE(j.value("job", 0), 17);
        QCOMPARE(QString::fromStdString(j.value("time", "")),
                 QStringLiteral("2026-11-21T10:04:52.123456789Z"));
        QCOMPARE(j.value("clock_ns", 0LL), 987654321LL);
        QCOMPARE(QString::fromStdString(j.value("type", "")), QStringLiteral("log"));
        QCOMPARE(QString::fromStdString(j.value("level", "")), QStringLiteral("info"));
        QVERIFY(!j.contains("fields"));  // absent, not null
    }

    void refusesDamagedObjects_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        const QString good =
            QString::fromStdString(toJsonLine(at(1, LogLine{LogLevel::Info, "SWD", "x", {}})));
        QTest::newRow("not an object") << "[1,2]"
                                       << "not a JSON object";
        QTest::newRow("missing seq") << QString(good).replace("\"seq\":1,", "") << "\"seq\" is missing";
        QTest::newRow("negative seq") << QString(good).replace("\"seq\":1", "\"seq\":-1") << "\"seq\" is not";
        QTest::newRow("seq as text") << QString(good).replace("\"seq\":1", "\"seq\":\"1\"")
                                     << "\"seq\" is not";
        QTest::newRow("bad time") << QString(good).replace("2026-11-21T", "2026-13-21T") << "\"time\"";
        QTest::newRow("time without zone") << QString(good).replace("789Z", "789") << "\"time\"";
        QTest::newRow("unknown type") << QString(good).replace("\"type\":\"log\"", "\"type\":\"telemetry\"")
                                      << "\"type\" names no known event type";
        QTest::newRow("unknown level")
            << QString(good).replace("\"level\":\"info\"", "\"level\":\"loud\"") << "\"level\"";
        QTest::newRow("text not a string")
            << QString(good).replace("\"text\":\"x\"", "\"text\":5") << "\"text\"";
        QTest::newRow("clock out of range")
            << QString(good).replace("\"clock_ns\":987654321", "\"clock_ns\":18446744073709551615")
            << "\"clock_ns\" is out of range";
        QTest::newRow("prompt choice without id")
            << "{\"seq\":1,\"session\":0,\"job\":0,\"time\":\"2026-01-01T00:00:00Z\",\"clock_ns\":0,"
               "\"type\":\"prompt\",\"prompt\":1,\"kind\":\"\",\"title\":\"\",\"question\":\"\",\"default\":"
               "\"\","
               "\"choices\":[{\"label\":\"OK\"}]}"
            << "\"choices.id\" is missing";
        QTest::newRow("error evidence not objects")
            << "{\"seq\":1,\"session\":0,\"job\":0,\"time\":\"2026-01-01T00:00:00Z\",\"clock_ns\":0,"
               "\"type\":\"job-ended\",\"outcome\":\"failed\",\"error\":{\"code\":\"a\",\"message\":\"b\","
               "\"evidence\":[3]}}"
            << "\"error.evidence\" holds an item";
        QTest::newRow("unknown outcome")
            << "{\"seq\":1,\"session\":0,\"job\":0,\"time\":\"2026-01-01T00:00:00Z\",\"clock_ns\":0,"
               "\"type\":\"job-ended\",\"outcome\":\"exploded\"}"
            << "\"outcome\"";
    }
    void refusesDamagedObjects() {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        auto j = json::parse(text.toStdString(), nullptr, false);
        QVERIFY(!j.is_discarded());
        auto parsed = parseEvent(j);
        QVERIFY(!parsed.ok());
        QCOMPARE(QString::fromStdString(parsed.error().code), QStringLiteral("event.bad-json"));
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(problem),
                 parsed.error().message.c_str());
        QVERIFY(!eventFromJson(j).has_value());
    }

    void invalidUtf8IsWrittenNotThrown() {
        Event e = at(1, LogLine{LogLevel::Info, "SWD", std::string("raw \xFF\xFE bytes"), {}});
        std::string line;
        try {
            line = toJsonLine(e);
        } catch (...) {
            QFAIL("toJsonLine threw on bytes that are not UTF-8");
        }
        auto back = eventFromJson(json::parse(line));
        QVERIFY(back.has_value());
        QVERIFY(QString::fromStdString(std::get<LogLine>(back->payload).text).startsWith("raw "));
    }

    void levelAndOutcomeNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");  // -1: not a level
        QTest::newRow("debug") << "debug" << int(LogLevel::Debug);
        QTest::newRow("INFO") << "INFO" << int(LogLevel::Info);
        QTest::newRow("warning") << "warning" << int(LogLevel::Warning);
        QTest::newRow("warn") << "warn" << int(LogLevel::Warning);
        QTest::newRow("error") << "error" << int(LogLevel::Error);
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("fatal") << "fatal" << -1;
    }
    void levelAndOutcomeNames() {
        QFETCH(QString, text);
        QFETCH(int, level);
        auto parsed = parseLogLevel(text.toStdString());
        QCOMPARE(parsed.has_value(), level >= 0);
        if (parsed) {
            QCOMPARE(int(*parsed), level);
            QCOMPARE(parseLogLevel(toString(*parsed)), parsed);
        }
        for (auto outcome : {JobOutcome::Finished, JobOutcome::Cancelled, JobOutcome::Failed})
            QCOMPARE(name(*parseJobOutcome(toString(outcome))), name(outcome));
        QVERIFY(!parseJobOutcome("done"));
    }

    void wallTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nanoseconds") << "2026-11-21T10:04:52.123456789Z" << true;
        QTest::newRow("milliseconds") << "2026-11-21T10:04:52.123Z" << true;
        QTest::newRow("whole seconds") << "2026-11-21T10:04:52Z" << true;
        QTest::newRow("leap day") << "2028-02-29T00:00:00Z" << true;
        QTest::newRow("not a leap day") << "2026-02-29T00:00:00Z" << false;
        QTest::newRow("hour 24") << "2026-11-21T24:00:00Z" << false;
        QTest::newRow("ten fraction digits") << "2026-11-21T10:04:52.1234567890Z" << false;
        QTest::newRow("offset instead of Z") << "2026-11-21T10:04:52+01:00" << false;
        QTest::newRow("letters") << "2026-1x-21T10:04:52Z" << false;
        // Found by fuzz_journal: the nanosecond count overflowed (undefined behaviour).
        QTest::newRow("last year the clock holds") << "2261-12-31T23:59:59Z" << true;
        QTest::newRow("year 4052, past the clock") << "4052-11-18T11:06:40.000000000Z" << false;
        QTest::newRow("year 9999") << "9999-12-31T23:59:59Z" << false;
        QTest::newRow("year 0001, before it") << "0001-01-01T00:00:00Z" << false;
    }
    void wallTimes() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto parsed = parseWallTime(text.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (valid && text.contains(".123456789"))
            QCOMPARE(QString::fromStdString(formatWallTime(*parsed)), text);
        if (valid)
            QCOMPARE(parseWallTime(formatWallTime(*parsed)), parsed);
    }

    void oneLineForPeople() {
        auto text = QString::fromStdString(
            toString(at(42, LogLine{LogLevel::Warning, "DA", "Challenge timed out", json{{"ms", 500}}})));
        QCOMPARE(text,
                 QStringLiteral("10:04:52.123 #42 s2/j17 [DA] warning: Challenge timed out {\"ms\":500}"));
        auto ended = QString::fromStdString(toString(at(43, JobEnded{JobOutcome::Failed, {}, richError()})));
        QVERIFY(
            ended.contains("job failed: The board refused the certificate chain. (da.root-hash-mismatch)"));
    }
};

QTEST_GUILESS_MAIN(TestEventJson)
#include "test_event_json.moc"
