// The journal: one JSON line per event, on disk as it happens, where XDG says, rotating by
// size and count, and read back line by line even when some lines are damaged.

#include <QtTest>

#include <sys/stat.h>

#include <fstream>
#include <regex>

#include "core/engine/engine.h"
#include "core/engine/journal.h"
#include "event_recorder.h"

using namespace rescue;
using namespace rescue::engine;
using rescue::engine::test::CollectedEvents;
using rescue::engine::test::EventRecorder;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> fileLines(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

EngineOptions journalIn(const fs::path& dir) {
    EngineOptions o;
    o.journalDir = dir;
    return o;
}

JobResult chatty(JobContext& ctx, int lines) {
    for (int i = 0; i < lines; ++i)
        ctx.log(LogLevel::Info, channel::Swd, "line " + std::to_string(i) + " " + std::string(80, 'x'),
                {{"i", i}});
    return nlohmann::json{{"lines", lines}};
}

std::string makeLine(std::uint64_t seq) {
    Event e;
    e.sequence = seq;
    e.wallTime = std::chrono::system_clock::now();
    e.payload = LogLine{LogLevel::Info, "SWD", "event " + std::to_string(seq), {}};
    return toJsonLine(e);
}

}  // namespace

class TestJournal : public QObject {
    Q_OBJECT
    QTemporaryDir m_fallbackXdg;

private slots:
    void initTestCase() {
        // CTest gives every suite its own XDG_DATA_HOME; run by hand, use a scratch one.
        if (qEnvironmentVariableIsEmpty("XDG_DATA_HOME"))
            qputenv("XDG_DATA_HOME", m_fallbackXdg.path().toLocal8Bit());
    }

    void defaultLocationFollowsXdg() {
        fs::path xdg = qEnvironmentVariable("XDG_DATA_HOME").toStdString();
        Engine engine;
        fs::path path = engine.journalPath();
        QVERIFY(!engine.journalError());
        QCOMPARE(QString::fromStdString(path.parent_path().string()),
                 QString::fromStdString((xdg / "rescue-workbench" / "journals").string()));
        QVERIFY(fs::exists(path));
        static const std::regex name(R"(journal-\d{8}T\d{6}Z-\d+-\d{4}\.001\.jsonl)");
        QVERIFY2(std::regex_match(path.filename().string(), name), path.filename().c_str());
        struct stat st {};
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);  // the journal is the user's business only
    }

    void oneParsableLinePerEvent() {
        QTemporaryDir dir;
        CollectedEvents collected;
        fs::path path;
        {
            Engine engine(journalIn(dir.path().toStdString()));
            engine.addListener(collected.listener());
            path = engine.journalPath();
            auto session = engine.openSession("probe A");
            auto job = engine.submit(session, "mixed", [](JobContext& ctx) -> JobResult {
                ctx.progress(0.25, "quarter");
                ctx.state("target", "connected", "STM32H533");
                ctx.warning(channel::Ob, "RDP is 0xBB");
                Prompt p;
                p.title = "Go on?";
                p.choices = {{"yes", "Yes"}};
                p.defaultChoice = "yes";
                p.deadline = 1ms;
                ctx.ask(p);
                return chatty(ctx, 3);
            });
            QVERIFY(engine.wait(job, 5s));
            auto failing = engine.submit(session, "failing", [](JobContext&) -> JobResult {
                return makeError("probe.timeout", "The probe did not answer within 1000 ms.");
            });
            QVERIFY(engine.wait(failing, 5s));
        }
        auto lines = fileLines(path);
        QCOMPARE(lines.size(), collected.events.size());
        for (const auto& line : lines) {
            auto j = nlohmann::json::parse(line, nullptr, false);
            QVERIFY(j.is_object());
        }
        auto read = readJournal(path);
        QVERIFY(read.ok());
        QVERIFY(read->problems.empty());
        QCOMPARE(read->lines, lines.size());
        QCOMPARE(read->events.size(), collected.events.size());
        for (std::size_t i = 0; i < read->events.size(); ++i)
            QVERIFY2(read->events[i] == collected.events[i], toString(collected.events[i]).c_str());
    }

    void linesAreOnDiskWhileTheJobStillWaits() {
        QTemporaryDir dir;
        Engine engine(journalIn(dir.path().toStdString()));
        EventRecorder recorder(engine);
        auto session = engine.openSession("probe A");
        auto job = engine.submit(session, "waits for a person", [](JobContext& ctx) -> JobResult {
            ctx.info(channel::Wizard, "Connecting under reset");
            ctx.info(channel::Wizard, "Board does not answer");
            Prompt p;
            p.title = "Press RESET";
            p.choices = {{"released", "Released"}};
            return nlohmann::json(ctx.ask(p).value_or("none"));
        });
        auto prompt = recorder.waitForPrompt(job);
        QVERIFY(prompt);
        // The job is blocked in ask(): nothing has closed or flushed the file since.
        auto seen = recorder.events();
        auto read = readJournal(engine.journalPath());
        QVERIFY(read.ok());
        QVERIFY(read->problems.empty());
        QCOMPARE(read->events.size(), seen.size());
        QVERIFY(std::holds_alternative<Prompt>(read->events.back().payload));
        QCOMPARE(std::get<LogLine>(read->events[read->events.size() - 3].payload).text,
                 std::string("Connecting under reset"));
        QVERIFY(engine.answer(prompt->id, "released"));
        QVERIFY(engine.wait(job, 5s));
    }

    void rotatesBySize() {
        QTemporaryDir dir;
        CollectedEvents collected;
        EngineOptions o = journalIn(dir.path().toStdString());
        o.journalMaxBytes = 2048;
        o.journalKeepFiles = 100;
        {
            Engine engine(o);
            engine.addListener(collected.listener());
            auto session = engine.openSession("probe A");
            QVERIFY(engine.wait(
                engine.submit(session, "chatty", [](JobContext& ctx) { return chatty(ctx, 60); }), 5s));
        }
        auto files = listJournals(dir.path().toStdString());
        QVERIFY(files.size() >= 4);  // 60 lines of ~200 bytes
        std::vector<Event> all;
        std::size_t longestLine = 0;
        for (const auto& f : files)
            for (const auto& l : fileLines(f))
                longestLine = std::max(longestLine, l.size() + 1);
        for (std::size_t i = 0; i < files.size(); ++i) {
            auto size = fs::file_size(files[i]);
            if (i + 1 < files.size()) {
                QVERIFY(size >= o.journalMaxBytes);               // closed only once past the size
                QVERIFY(size < o.journalMaxBytes + longestLine);  // and at the first line past it
            }
            auto read = readJournal(files[i]);
            QVERIFY(read.ok() && read->problems.empty());
            all.insert(all.end(), read->events.begin(), read->events.end());
        }
        // Nothing lost or reordered at the seams.
        QCOMPARE(all.size(), collected.events.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            QVERIFY(all[i] == collected.events[i]);
    }

    void keepsTheNewestFiles_data() {
        QTest::addColumn<int>("engines");
        QTest::addColumn<int>("keep");
        QTest::newRow("5 runs, keep 3") << 5 << 3;
        QTest::newRow("2 runs, keep 3") << 2 << 3;
        QTest::newRow("4 runs, keep 1") << 4 << 1;
        QTest::newRow("3 runs, keep 0 means 1") << 3 << 0;
    }
    void keepsTheNewestFiles() {
        QFETCH(int, engines);
        QFETCH(int, keep);
        QTemporaryDir dir;
        // A file that is not a journal is never touched.
        std::ofstream(dir.filePath("notes.txt").toStdString()) << "mine";
        std::vector<fs::path> paths;
        for (int i = 0; i < engines; ++i) {
            EngineOptions o = journalIn(dir.path().toStdString());
            o.journalKeepFiles = std::size_t(keep);
            Engine engine(o);
            paths.push_back(engine.journalPath());
            auto session = engine.openSession("run " + std::to_string(i));
            QVERIFY(engine.wait(engine.submit(session, "one", [](JobContext& ctx) { return chatty(ctx, 1); }),
                                5s));
        }
        auto files = listJournals(dir.path().toStdString());
        std::size_t expected = std::min<std::size_t>(std::size_t(engines), std::size_t(std::max(keep, 1)));
        QCOMPARE(files.size(), expected);
        for (std::size_t i = 0; i < paths.size(); ++i)
            QCOMPARE(fs::exists(paths[i]), i >= paths.size() - expected);
        QVERIFY(QFile::exists(dir.filePath("notes.txt")));
    }

    void damagedLinesAreReportedAndSkipped_data() {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("events");
        QTest::addColumn<QList<int>>("badLines");  // 1-based line numbers reported
        QTest::addColumn<bool>("finalNewline");
        auto good = [](int seq) { return QString::fromStdString(makeLine(std::uint64_t(seq))); };
        QTest::newRow("all good") << QStringList{good(1), good(2), good(3)} << 3 << QList<int>{} << true;
        QTest::newRow("cut short at the end (crash)")
            << QStringList{good(1), good(2), good(3).left(40)} << 2 << QList<int>{3} << false;
        QTest::newRow("garbage in the middle")
            << QStringList{good(1), "this is not json", good(3)} << 2 << QList<int>{2} << true;
        QTest::newRow("json but not an event")
            << QStringList{"{\"hello\":1}", good(2)} << 1 << QList<int>{1} << true;
        QTest::newRow("blank lines are fine")
            << QStringList{good(1), "", "   ", good(4)} << 2 << QList<int>{} << true;
        QTest::newRow("nested too deeply")
            << QStringList{good(1), QString(5000, '[') + QString(5000, ']'), good(3)} << 2 << QList<int>{2}
            << true;
        QTest::newRow("bad utf-8") << QStringList{good(1), QString::fromLatin1("{\"seq\":\"\xFF\"}"), good(3)}
                                   << 2 << QList<int>{2} << true;
        QTest::newRow("windows line ends")
            << QStringList{good(1) + "\r", good(2) + "\r"} << 2 << QList<int>{} << true;
        QTest::newRow("empty file") << QStringList{} << 0 << QList<int>{} << false;
    }
    void damagedLinesAreReportedAndSkipped() {
        QFETCH(QStringList, lines);
        QFETCH(int, events);
        QFETCH(QList<int>, badLines);
        QFETCH(bool, finalNewline);
        QTemporaryDir dir;
        fs::path path = dir.filePath("journal-damaged.001.jsonl").toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            for (int i = 0; i < lines.size(); ++i) {
                out << lines[i].toLatin1().toStdString();
                if (i + 1 < lines.size() || finalNewline)
                    out << '\n';
            }
        }
        auto read = readJournal(path);
        QVERIFY(read.ok());
        QCOMPARE(int(read->events.size()), events);
        QCOMPARE(int(read->problems.size()), int(badLines.size()));
        for (int i = 0; i < badLines.size(); ++i) {
            const Error& problem = read->problems[std::size_t(i)];
            QCOMPARE(QString::fromStdString(problem.code), QStringLiteral("journal.corrupt-line"));
            QVERIFY(QString::fromStdString(problem.message).contains(QString("Line %1 ").arg(badLines[i])));
            // Only a last line without its newline is a line cut short by a crash.
            bool cutShort = !finalNewline && badLines[i] == lines.size();
            QCOMPARE(QString::fromStdString(problem.hint).contains("cut short"), cutShort);
            auto line = std::find_if(problem.evidence.begin(), problem.evidence.end(),
                                     [](const Evidence& e) { return e.name == "line"; });
            QVERIFY(line != problem.evidence.end());
            QCOMPARE(QString::fromStdString(line->value), QString::number(badLines[i]));
        }
        // The events before a damaged line are all there, in order.
        for (std::size_t i = 1; i < read->events.size(); ++i)
            QVERIFY(read->events[i - 1].sequence < read->events[i].sequence);
    }

    void missingFileIsAnError() {
        auto read = readJournal("/nonexistent/journal.jsonl");
        QVERIFY(!read.ok());
        QCOMPARE(QString::fromStdString(read.error().code), QStringLiteral("journal.unreadable"));
    }

    void unwritableFolderStillRunsJobs() {
        QTemporaryFile blocker;  // a file where the folder would have to be
        QVERIFY(blocker.open());
        Engine engine(journalIn(fs::path(blocker.fileName().toStdString()) / "journals"));
        QVERIFY(engine.journalPath().empty());
        auto problem = engine.journalError();
        QVERIFY(problem);
        QCOMPARE(QString::fromStdString(problem->code), QStringLiteral("journal.no-directory"));
        QVERIFY(!problem->hint.empty());
        auto session = engine.openSession("probe A");
        auto ended =
            engine.wait(engine.submit(session, "one", [](JobContext& ctx) { return chatty(ctx, 1); }), 5s);
        QVERIFY(ended && ended->outcome == JobOutcome::Finished);
    }

    void journalOff() {
        QTemporaryDir dir;
        EngineOptions o = journalIn(dir.path().toStdString());
        o.journal = false;
        Engine engine(o);
        QVERIFY(engine.journalPath().empty());
        QVERIFY(!engine.journalError());
        auto session = engine.openSession("probe A");
        QVERIFY(
            engine.wait(engine.submit(session, "one", [](JobContext& ctx) { return chatty(ctx, 1); }), 5s));
        QVERIFY(listJournals(dir.path().toStdString()).empty());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "test_journal.moc"
