// Record and replay of a probe session (core/probe/record): a lab recovery recorded through
// the RecordingProbe replays from its file to the same diagnosis, verdict and log; a changed
// argument is reported at its exact call; the password never reaches the file; a truncated
// or garbage recording fails with the line named; a file that cannot be written is reported
// once while the session goes on.

#include <QtTest>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "core/auth/certificate_chain.h"
#include "core/auth/password.h"
#include "core/device/catalog.h"
#include "core/device/target_identification.h"
#include "core/engine/engine.h"
#include "core/engine/secret_words.h"
#include "core/probe/record/recording.h"
#include "core/probe/record/recording_probe.h"
#include "core/probe/record/replay_probe.h"
#include "core/recovery/wizard.h"
#include "core/sim/lab/lab_bench_probe.h"
#include "core/sim/lab/simulated_operator.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
using namespace rescue::probe::record;
namespace fs = std::filesystem;

namespace {

const fs::path kCredentials = fs::path(RESCUE_SOURCE_DIR) / "resources/credentials";

fs::path scratch() {
    static QTemporaryDir dir;
    return fs::path(dir.path().toStdString());
}

std::string readText(const fs::path& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << text;
}

recovery::WizardOptions credentials(const std::string& spec, const std::string& memory) {
    recovery::WizardOptions o;
    o.memoryFile = scratch() / memory;  // each run starts with nothing remembered
    if (spec.starts_with("cert:")) {
        const auto dir = kCredentials / spec.substr(5);
        auth::CertificateCredentials c;
        c.chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64").value().chain;
        c.leafKey = std::make_shared<auth::PrivateKey>(
            auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem").value());
        o.certificate = c;
    } else if (spec.starts_with("password:")) {
        o.password =
            auth::PasswordCredentials{auth::loadPasswordFile(kCredentials / spec.substr(9)).value().password};
    }
    return o;
}

// On a replay the operator's hands reach no board: the recording holds what the chip did.
class NoBench final : public probe::LabBench {
public:
    void pressResetButton() override {}
    void releaseResetButton() override {}
    bool resetButtonPressed() override { return false; }
    void scheduleResetButton(Clock::TimePoint, bool) override {}
};

// What a person reads in the log: level, channel and text (no timestamps).
struct WizardRun {
    std::optional<Result<recovery::WizardOutcome>> outcome;
    QStringList log;
};

WizardRun runWizard(probe::DebugProbe& probe, std::shared_ptr<Clock> clock, probe::LabBench& bench,
                    const recovery::WizardOptions& options, std::uint64_t seed) {
    engine::EngineOptions eo;
    eo.clock = clock;
    eo.journal = false;
    engine::Engine engine(eo);
    WizardRun run;
    std::mutex mutex;
    engine.addListener([&](const engine::Event& e) {
        if (const auto* line = std::get_if<engine::LogLine>(&e.payload)) {
            std::lock_guard lock(mutex);
            run.log << QString::fromStdString(
                fmt::format("{} {} {}", static_cast<int>(line->level), line->channel, line->text));
        }
    });
    // The password is registered with the engine before anything runs, as the GUI's jobs do.
    std::optional<engine::ScopedSecret> secret;
    if (options.password)
        secret.emplace(engine.redactor(), options.password->password.view());
    sim::lab::SimulatedOperator person(engine, bench, *clock, seed);
    const auto session = engine.openSession("wizard");
    run.outcome = recovery::runWizardJob(engine, session, probe, device::sharedCatalog().value(), options);
    return run;
}

struct Recorded {
    fs::path file;
    WizardRun run;
};

// The wizard on a lab board, recorded. The secret test asks a redactor holding the password.
Recorded recordWizard(const std::string& scenario, const std::string& spec, std::uint64_t seed,
                      const std::string& fileName) {
    auto sc = sim::loadScenarioByNameOrPath(scenario);
    if (!sc)
        return {};
    sc->seed = seed;
    auto rig = testsupport::LabProbeRig::create(*sc);
    if (!rig)
        return {};
    Recorded r;
    r.file = scratch() / fileName;
    auto sink = RecordingSink::create(r.file).value();
    const auto options = credentials(spec, fileName + ".memory.json");
    auto secrets = std::make_shared<engine::Redactor>();
    if (options.password)
        secrets->add(options.password->password.view());
    RecordingOptions ro;
    ro.isSecretWord = [secrets](std::uint32_t w) { return engine::isSecretWord(*secrets, w); };
    auto lab = sim::lab::withLabBench(std::move((*rig)->probe), (*rig)->board());
    RecordingProbe probe(std::move(lab), sink, ro);
    r.run = runWizard(probe, (*rig)->clock, *probe.labBench(), options, seed);
    return r;
}

struct Replayed {
    WizardRun run;
    std::size_t position = 0;
    bool finished = false;
};

Replayed replayWizard(const fs::path& file, const std::string& spec, std::uint64_t seed,
                      const std::string& memory) {
    Replayed out;
    auto recording = loadRecording(file);
    if (!recording)
        return out;
    auto clock = std::make_shared<VirtualClock>();
    ReplayProbe probe(std::make_shared<const Recording>(std::move(*recording)), 0, clock,
                      "replay:" + file.string());
    NoBench bench;
    out.run = runWizard(probe, clock, bench, credentials(spec, memory), seed);
    out.position = probe.position();
    out.finished = probe.finished();
    return out;
}

QStringList names(const recovery::WizardOutcome& o) {
    QStringList s;
    for (const auto& n : o.verdictNames)
        s << QString::fromStdString(n);
    return s;
}

// Every form the password could take in a text: raw, hex (both cases), its LE mailbox words.
QStringList leaks(const std::string& text, ByteView secret) {
    QStringList found;
    const std::string raw(secret.begin(), secret.end());
    if (text.find(raw) != std::string::npos)
        found << "raw";
    std::string hex = toHex(secret);
    std::string upper = hex;
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (text.find(hex) != std::string::npos || text.find(upper) != std::string::npos)
        found << "hex";
    for (std::size_t at = 0; at < secret.size(); at += 4) {
        std::uint32_t w = 0;
        for (std::size_t i = 0; i < 4 && at + i < secret.size(); ++i)
            w |= std::uint32_t(secret[at + i]) << (8 * i);
        for (const std::string& form : {fmt::format("{:08x}", w), fmt::format("{:08X}", w)})
            if (text.find(form) != std::string::npos)
                found << QString::fromStdString("word " + form);
        Bytes le;
        appendLe32(le, w);
        if (text.find(toHex(le)) != std::string::npos)
            found << QString::fromStdString("memory-order word " + std::to_string(at / 4));
    }
    return found;
}

// Issues the calls of `original` (its ops and arguments) to `probe`, one by one.
Status reissue(probe::DebugProbe& probe, const RecordedCall& c) {
    const auto& a = c.args;
    auto addr = [&a] {
        return static_cast<std::uint32_t>(std::stoul(a["address"].get<std::string>(), nullptr, 16));
    };
    auto val = [&a] {
        return static_cast<std::uint32_t>(std::stoul(a["value"].get<std::string>(), nullptr, 16));
    };
    auto width = [&a] { return static_cast<probe::AccessWidth>(a["width"].get<int>() / 8); };
    auto ap = [&a] { return static_cast<std::uint8_t>(a["ap"].get<int>()); };
    auto asStatus = [](auto&& r) -> Status {
        if (!r)
            return r.error();
        return {};
    };
    if (c.op == "attach")
        return asStatus(probe.attach());
    if (c.op == "detach")
        return probe.detach();
    if (c.op == "targetVoltage")
        return asStatus(probe.targetVoltage());
    if (c.op == "setSwdFrequency")
        return asStatus(probe.setSwdFrequency(a["khz"].get<std::uint32_t>()));
    if (c.op == "driveNrst") {
        const std::string d = a["drive"];
        return probe.driveNrst(d == "low"    ? probe::NrstDrive::Low
                               : d == "high" ? probe::NrstDrive::High
                                             : probe::NrstDrive::Pulse);
    }
    if (c.op == "readDp")
        return asStatus(probe.readDp(static_cast<std::uint16_t>(addr())));
    if (c.op == "writeDp")
        return probe.writeDp(static_cast<std::uint16_t>(addr()), val());
    if (c.op == "readAp")
        return asStatus(probe.readAp(ap(), static_cast<std::uint16_t>(addr())));
    if (c.op == "writeAp")
        return probe.writeAp(ap(), static_cast<std::uint16_t>(addr()), val());
    if (c.op == "readMemory")
        return asStatus(probe.readMemory(ap(), addr(), a["length"].get<std::size_t>(), width()));
    if (c.op == "writeMemory")
        return probe.writeMemory(ap(), addr(), fromHex(a["data"].get<std::string>()).value(), width());
    return makeError("test.unknown-op", "unknown op " + c.op);
}

// A short session: attach and identify the lab's healthy H563, recorded.
fs::path recordIdentification(const std::string& name) {
    auto sc = sim::loadScenarioByNameOrPath("h563-open-healthy");
    auto rig = testsupport::LabProbeRig::create(*sc).value();
    const fs::path file = scratch() / name;
    RecordingProbe probe(std::move(rig->probe), RecordingSink::create(file).value());
    device::ConnectOptions options;
    (void)device::identifyTarget(probe, *device::sharedCatalog().value(), options);
    (void)probe.detach();
    return file;
}

}  // namespace

class TestRecordReplay : public QObject {
    Q_OBJECT

private slots:
    // The first field report's recovery, recorded, then replayed from the file alone: the same
    // checks, verdicts, steps and log lines, and every recorded call answered.
    void wizardRecoveryReplaysToTheSameVerdict_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("credentials");
        QTest::addColumn<QString>("diagnosis");
        QTest::newRow("H7S7 Closed, certificate DA, NRST unwired")
            << "h7s78-closed-nrst-unwired"
            << "cert:h7rs"
            << "Closed, DA provisioned, NRST not wired";
        QTest::newRow("H503 Closed, password DA") << "h503-closed-password"
                                                  << "password:h503/da_password.bin"
                                                  << "Closed, DA provisioned";
    }
    void wizardRecoveryReplaysToTheSameVerdict() {
        QFETCH(QString, scenario);
        QFETCH(QString, credentials);
        QFETCH(QString, diagnosis);
        const std::string tag = QTest::currentDataTag();
        const std::string file = "wizard-" + std::to_string(qHash(QString::fromStdString(tag))) + ".jsonl";
        const Recorded rec = recordWizard(scenario.toStdString(), credentials.toStdString(), 3, file);
        QVERIFY(rec.run.outcome);
        QVERIFY2(rec.run.outcome->ok(),
                 rec.run.outcome->ok() ? "" : rec.run.outcome->error().describe().c_str());
        const auto& original = rec.run.outcome->value();
        QVERIFY(original.openAndErasable);
        QVERIFY2(QString::fromStdString(original.diagnosedVerdict.name).startsWith(diagnosis),
                 original.diagnosedVerdict.name.c_str());

        auto parsed = loadRecording(rec.file);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
        QCOMPARE(parsed->sessions.size(), std::size_t(1));
        QVERIFY(parsed->sessions[0].calls.size() > 20);
        QCOMPARE(parsed->sessions[0].probe.transport, std::string("lab"));

        const Replayed again =
            replayWizard(rec.file, credentials.toStdString(), 3, file + ".replay-memory.json");
        QVERIFY(again.run.outcome);
        QVERIFY2(again.run.outcome->ok(),
                 again.run.outcome->ok() ? "" : again.run.outcome->error().describe().c_str());
        const auto& replayed = again.run.outcome->value();
        QCOMPARE(replayed.diagnosedVerdict.name, original.diagnosedVerdict.name);
        QCOMPARE(replayed.finalVerdict.name, original.finalVerdict.name);
        QCOMPARE(names(replayed), names(original));
        QCOMPARE(replayed.openAndErasable, original.openAndErasable);
        QCOMPARE(replayed.manualResets, original.manualResets);
        QCOMPARE(replayed.steps.size(), original.steps.size());
        QCOMPARE(replayed.labMs, original.labMs);  // the recorded times, to the nanosecond
        QCOMPARE(again.run.log, rec.run.log);
        QVERIFY(again.finished);
        QCOMPARE(again.position, parsed->sessions[0].calls.size());
    }

    // One argument changed in the file: the replay stops at exactly that call, naming what was
    // recorded and what was asked, and stays stopped; past the end is replay.ended.
    void changedArgumentDivergesAtItsCall_data() {
        QTest::addColumn<int>("nth");  // the nth call with an address
        QTest::newRow("first access") << 1;
        QTest::newRow("a later access") << 6;
    }
    void changedArgumentDivergesAtItsCall() {
        QFETCH(int, nth);
        const fs::path file = recordIdentification(fmt::format("identify-{}.jsonl", nth));
        const auto original = loadRecording(file).value();
        const auto& calls = original.sessions[0].calls;
        QVERIFY(calls.size() > 10);
        int seq = 0;
        for (int seen = 0; seen < nth && seq < int(calls.size()); ++seq)
            seen += calls[std::size_t(seq)].args.contains("address") ? 1 : 0;
        const RecordedCall& target = calls[std::size_t(seq - 1)];
        QVERIFY2(target.args.contains("address"), target.op.c_str());

        // Change that call's address in the file, as a different session would have asked.
        std::string text = readText(file);
        std::istringstream lines(text);
        std::string line, changed;
        std::size_t n = 0;
        while (std::getline(lines, line)) {
            if (++n == target.line) {
                auto j = nlohmann::ordered_json::parse(line);
                const auto address = std::stoul(j["args"]["address"].get<std::string>(), nullptr, 16);
                j["args"]["address"] = target.op.find("Memory") != std::string::npos
                                           ? hex32(std::uint32_t(address + 4))
                                           : fmt::format("0x{:02X}", address + 4);
                line = j.dump();
            }
            changed += line + "\n";
        }
        const fs::path edited = scratch() / fmt::format("edited-{}.jsonl", seq);
        writeText(edited, changed);

        auto recording = std::make_shared<const Recording>(loadRecording(edited).value());
        ReplayProbe replay(recording, 0, std::make_shared<VirtualClock>(), "replay:" + edited.string());
        for (int i = 0; i < seq - 1; ++i)
            QVERIFY2(reissue(replay, calls[std::size_t(i)]).ok() || !calls[std::size_t(i)].ok,
                     calls[std::size_t(i)].op.c_str());
        const Status diverged = reissue(replay, target);
        QVERIFY(!diverged.ok());
        QCOMPARE(diverged.error().code, std::string(record_error::kDiverged));
        QVERIFY2(diverged.error().message.find(fmt::format("call {}:", seq)) != std::string::npos,
                 diverged.error().message.c_str());
        const std::string recordedText = describeCall(target.op, target.args);
        QVERIFY2(diverged.error().message.find("this session asked " + recordedText) != std::string::npos,
                 diverged.error().message.c_str());
        QCOMPARE(diverged.error().evidence.front().value, std::to_string(seq));
        // Later calls fail the same way, even one that matches the recording.
        const Status after = reissue(replay, calls[std::size_t(seq)]);
        QVERIFY(!after.ok());
        QCOMPARE(after.error().message, diverged.error().message);

        // The unchanged file replays to its end; one call more is replay.ended.
        ReplayProbe whole(std::make_shared<const Recording>(original), 0, std::make_shared<VirtualClock>(),
                          "replay:x");
        for (const auto& c : calls) {
            const Status s = reissue(whole, c);
            QCOMPARE(s.ok(), c.ok);
        }
        QVERIFY(whole.finished());
        const auto past = whole.attach();
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, std::string(record_error::kEnded));
    }

    // The password route: the password's mailbox words are redacted writes in the file, in no
    // form (raw, hex, little-endian words); a replay with a stand-in password of another
    // length leaves the recording at the first redacted write.
    void passwordNeverReachesTheRecording() {
        const Recorded rec =
            recordWizard("h503-closed-password", "password:h503/da_password.bin", 5, "password.jsonl");
        QVERIFY(rec.run.outcome && rec.run.outcome->ok());
        QVERIFY(rec.run.outcome->value().openAndErasable);
        const std::string text = readText(rec.file);
        const auto password = auth::loadPasswordFile(kCredentials / "h503/da_password.bin").value().password;
        QVERIFY(password.size() >= 4);
        QCOMPARE(leaks(text, password.view()), QStringList{});
        const auto recording = loadRecording(rec.file).value();
        std::size_t redacted = 0, firstRedacted = 0;
        for (const auto& c : recording.sessions[0].calls)
            if (isRedacted(c.args)) {
                ++redacted;
                if (!firstRedacted)
                    firstRedacted = c.seq;
                QVERIFY(!c.args.contains("data") && !c.args.contains("value"));
            }
        QVERIFY(redacted >= 1);  // one per write or batch that carried password words

        // Same length, other bytes: redacted writes compare by length, the replay goes through.
        std::string standIn(password.size(), 'x');
        const fs::path same = scratch() / "stand-in-same.bin";
        writeText(same, standIn);
        const Replayed ok = replayWizard(rec.file, "password:" + fs::relative(same, kCredentials).string(), 5,
                                         "password-replay-1.json");
        QVERIFY(ok.run.outcome && ok.run.outcome->ok());
        QCOMPARE(ok.run.outcome->value().finalVerdict.name, rec.run.outcome->value().finalVerdict.name);

        // One word longer: the session leaves the recording at the password's first word.
        const fs::path longer = scratch() / "stand-in-longer.bin";
        writeText(longer, standIn + "yyyy");
        const Replayed off = replayWizard(rec.file, "password:" + fs::relative(longer, kCredentials).string(),
                                          5, "password-replay-2.json");
        QVERIFY(off.run.outcome);
        QVERIFY(!off.finished);
        bool saw = false;
        for (const auto& l : off.run.log)
            saw = saw || l.contains(QStringLiteral("left the recording"));
        QVERIFY2(saw, qPrintable(off.run.log.join('\n')));
    }

    // Broken files fail as a whole with the line named.
    void malformedRecordingsNameTheLine_data() {
        const std::string header =
            R"({"format":"rescue-probe-recording","version":1,"probe":{"uri":"lab:x","transport":"lab"}})";
        const std::string attach =
            R"({"seq":1,"op":"attach","args":{},"t_ns":0,"dur_ns":5,"ok":true,"result":{"value":"0x6BA02477"}})";
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const std::string& text, const char* expected) {
            QTest::newRow(name) << QString::fromStdString(text) << QString::fromLatin1(expected);
        };
        row("empty", "", "holds no recorded session");
        row("garbage", "hello world\n",
            "Line 1 of t.jsonl is not a recording line: it is not a JSON object.");
        row("other format",
            R"({"format":"pcap","version":1,"probe":{}})"
            "\n",
            "Line 1 of t.jsonl");
        row("newer version",
            R"({"format":"rescue-probe-recording","version":9,"probe":{}})"
            "\n",
            "version 9 of the format");
        row("call before header", attach + "\n", "a call comes before the header");
        row("truncated last line", header + "\n" + attach.substr(0, 40), "Line 2 of t.jsonl is cut short");
        row("sequence gap",
            header + "\n" + attach + "\n" +
                R"({"seq":3,"op":"detach","args":{},"t_ns":9,"dur_ns":1,"ok":true})"
                "\n",
            "Line 3 of t.jsonl is not a recording line: its sequence number is 3 where 2 comes next.");
        row("unknown call",
            header + "\n" +
                R"({"seq":1,"op":"format","args":{},"t_ns":0,"dur_ns":1,"ok":true})"
                "\n",
            "names no probe call this build knows");
        row("short read data",
            header + "\n" +
                R"({"seq":1,"op":"readMemory","args":{"ap":0,"address":"0x08000000","length":8,"width":32},"t_ns":0,"dur_ns":1,"ok":true,"result":{"data":"0011"}})"
                "\n",
            "asked 8 bytes but 2 are recorded");
        row("bad word",
            header + "\n" +
                R"({"seq":1,"op":"attach","args":{},"t_ns":0,"dur_ns":1,"ok":true,"result":{"value":"banana"}})"
                "\n",
            "is not a 32-bit hex word");
        row("wrong type",
            header + "\n" +
                R"({"seq":1,"op":"attach","args":{},"t_ns":0,"dur_ns":1,"ok":"yes"})"
                "\n",
            "does not say whether the call succeeded");
        row("failed call without code",
            header + "\n" +
                R"({"seq":1,"op":"attach","args":{},"t_ns":0,"dur_ns":1,"ok":false,"error":{}})"
                "\n",
            "no error code");
        // Found by fuzz_recording (tests/fuzz/regressions/recording/error-without-message.jsonl).
        row("failed call without message",
            header + "\n" +
                R"({"seq":1,"op":"attach","args":{},"t_ns":0,"dur_ns":1,"ok":false,"error":{"code":"probe.fault","messevidences":["0x1"]}})"
                "\n",
            "no error message");
    }
    void malformedRecordingsNameTheLine() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto r = parseRecording(text.toStdString(), "t.jsonl");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string(record_error::kBadRecording));
        QVERIFY2(r.error().message.find(expected.toStdString()) != std::string::npos,
                 r.error().message.c_str());
        QVERIFY(!r.error().hint.empty());
    }

    // A file that cannot be written: one report, the session goes on with the board's answers.
    void writeErrorsAreReportedOnceAndTheSessionGoesOn() {
        if (!fs::exists("/dev/full"))
            QSKIP("no /dev/full on this system");
        int reports = 0;
        Error seen;
        auto sink = RecordingSink::create("/dev/full", [&](const Error& e) {
            ++reports;
            seen = e;
        });
        QVERIFY(sink.ok());
        auto sc = sim::loadScenarioByNameOrPath("h563-open-healthy");
        auto rig = testsupport::LabProbeRig::create(*sc).value();
        RecordingProbe probe(std::move(rig->probe), *sink);
        const auto dpidr = probe.attach();
        QVERIFY(dpidr.ok());
        QVERIFY(probe.readDp(0x0).ok());
        QCOMPARE(*probe.readDp(0x0), *dpidr);
        QCOMPARE(reports, 1);
        QCOMPARE(seen.code, std::string(record_error::kWriteFailed));
        QVERIFY(sink.value()->error().has_value());

        auto missing = RecordingSink::create(scratch() / "no-such-folder" / "x.jsonl");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, std::string(record_error::kOpenFailed));
    }
};

QTEST_GUILESS_MAIN(TestRecordReplay)
#include "test_record_replay.moc"
