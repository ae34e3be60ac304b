// Lab fault injection (core/sim/stlink/fault_plan.h): each fault kind does what it says to
// the ordinary ST-LINK driver, scheduled faults fire where they are told to (a command, the
// k-th AP write to an address, lab time), the random mode repeats for a seed, a reset or a
// power loss in the middle of an erase or an option-byte programming leaves what the chip
// model says (and the workbench does not call it done), the TCP server drops its client,
// the scenario keys parse, and the fault campaign's defects stay fixed.

#include <QtTest>

#include "core/auth/password.h"
#include "core/optionbytes/flash_erase.h"
#include "core/optionbytes/ob_change_operation.h"
#include "core/optionbytes/ob_target.h"
#include "core/probe/probe_uri.h"
#include "core/probe/stlink/tcp_stlink_source.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "core/sim/lab/fault_campaign.h"
#include "core/sim/lab/probe_faults.h"
#include "core/sim/stlink/stlink_server.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

constexpr std::uint32_t kDbgmcuIdcode = 0xE0044000;  // H5, through AP0

// `dapPacketSize` non-zero: the board's probe is a CMSIS-DAP with that packet size.
std::unique_ptr<testsupport::LabProbeRig> rig(const char* scenario, unsigned dapPacketSize = 0) {
    auto sc = sim::loadScenarioByNameOrPath(scenario);
    if (!sc)
        return nullptr;
    sc->seed = 5;
    if (dapPacketSize != 0) {
        sc->probe.model = sim::cmsisdap::kModelName;
        sc->probe.packetSize = dapPacketSize;
        sc->probe.firmware.clear();
    }
    auto r = testsupport::LabProbeRig::create(*sc);
    return r ? std::move(*r) : nullptr;
}

sim::stlink::FaultPlan plan(const json& faults) {
    auto p = sim::lab::parseProbeFaults(faults, "test");
    return p ? *p : sim::stlink::FaultPlan{};
}

// Reads the DBGMCU IDCODE `n` times; the first error's code, or "" when every read worked.
std::string readLoop(probe::DebugProbe& probe, int n = 12) {
    for (int i = 0; i < n; ++i) {
        auto r = probe.readMemory(0, kDbgmcuIdcode, 4, probe::AccessWidth::Bits32);
        if (!r)
            return r.error().code;
    }
    return {};
}

// What the lab board logged (reset button, power), as one text.
struct BoardLog {
    std::vector<std::string> lines;
    void attach(sim::stm32::LabBoard& b) {
        b.setEventSink([this](const sim::stm32::LabEvent& e) { lines.push_back(e.what); });
    }
    bool has(const std::string& what) const {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const std::string& l) { return l.find(what) != std::string::npos; });
    }
};

void fillFlash(sim::stm32::Stm32Chip& chip, unsigned sectors) {
    auto& flash = chip.flash();
    for (unsigned s = 0; s < sectors; ++s)
        flash.store(flash.sectorOffset(1, s), Bytes(flash.sectorBytes(), 0x5A));
}

}  // namespace

class TestFaultInjection : public QObject {
    Q_OBJECT

private slots:
    // Each kind scheduled at the driver's 3rd command after connecting: what the host sees
    // (an error whose code names the trouble, or nothing) and what the board went through.
    void kinds_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("extra");      // JSON members added to the schedule entry
        QTest::addColumn<QString>("hostError");  // code prefix; "" = every read works
        QTest::addColumn<QString>("boardSaw");   // a lab log line; "" = nothing
        QTest::addColumn<bool>("stuckUntilReplug");
        // clang-format off
        QTest::newRow("USB disconnect")        << "disconnect"      << ""                      << "probe.disconnected" << ""                     << true;
        QTest::newRow("long WAIT storm")       << "wait-storm"      << R"("repeat": 1000000)"  << "probe."             << ""                     << false;
        QTest::newRow("short WAIT storm")      << "wait-storm"      << R"("repeat": 2)"        << ""                   << ""                     << false;
        QTest::newRow("AP FAULT")              << "ap-fault"        << ""                      << "probe."             << ""                     << false;
        QTest::newRow("short reply")           << "short-reply"     << ""                      << "probe."             << ""                     << false;
        QTest::newRow("oversized reply")       << "oversized-reply" << ""                      << "probe.bad-reply"    << ""                     << false;
        QTest::newRow("silent reply")          << "silent-reply"    << ""                      << "probe.timeout"      << ""                     << false;
        QTest::newRow("latency spike")         << "latency-spike"   << R"("latency_ms": 900)"  << ""                   << ""                     << false;
        QTest::newRow("chip reset")            << "chip-reset"      << ""                      << ""                   << "reset button pressed" << false;
        QTest::newRow("power loss")            << "power-loss"      << ""                      << "probe.dp-error"     << "power off"            << false;
        QTest::newRow("chip silent")           << "chip-silent"     << ""                      << "probe."             << ""                     << true;
        QTest::newRow("server drop (USB: none)") << "server-drop"   << ""                      << ""                   << ""                     << false;
        // clang-format on
    }
    void kinds() {
        QFETCH(QString, fault);
        QFETCH(QString, extra);
        QFETCH(QString, hostError);
        QFETCH(QString, boardSaw);
        QFETCH(bool, stuckUntilReplug);
        auto r = rig("h563-open-healthy");
        QVERIFY(r);
        QVERIFY(r->connect());
        BoardLog log;
        log.attach(r->board());
        const std::string entry = "{\"at_command\": 3, \"fault\": \"" + fault.toStdString() + "\"" +
                                  (extra.isEmpty() ? "" : ", " + extra.toStdString()) + "}";
        r->lab->probe()->setFaultPlan(plan(json{{"schedule", json::array({json::parse(entry)})}}));
        const auto before = r->clock->now();
        const std::string code = readLoop(*r->probe);
        QCOMPARE(r->lab->probe()->firedFaults().size(), std::size_t{1});
        if (hostError.isEmpty())
            QVERIFY2(code.empty(), code.c_str());
        else
            QVERIFY2(QString::fromStdString(code).startsWith(hostError), code.c_str());
        if (!boardSaw.isEmpty())
            QVERIFY(log.has(boardSaw.toStdString()));
        if (fault == "latency-spike")
            QVERIFY(r->clock->now() - before >= 900ms);
        // Still failing until the cable is back (the plan cleared), then a fresh driver works.
        if (stuckUntilReplug)
            QVERIFY(!readLoop(*r->probe, 1).empty());
        r->lab->probe()->setFaultPlan({});
        auto again = testsupport::LabProbeRig::attach(std::move(r->lab), r->clock);
        QVERIFY(again);
        QVERIFY((*again)->connect());
        QCOMPARE(QString::fromStdString(readLoop(*(*again)->probe, 3)), QString());
    }

    // "after the k-th AP write to X" fires right after that write; "after T of lab time" at
    // the first command past T; a fired entry leaves the plan.
    void triggers() {
        auto r = rig("h563-open-healthy");
        QVERIFY(r);
        QVERIFY(r->connect());
        constexpr std::uint32_t kSram = 0x20000000;
        r->lab->probe()->setFaultPlan(plan(json::parse(R"({"schedule": [
            {"at_ap_write": {"address": "0x20000000", "count": 2}, "fault": "latency-spike", "latency_ms": 10},
            {"after_ms": 500, "fault": "latency-spike", "latency_ms": 20}]})")));
        const std::uint8_t word[4] = {1, 2, 3, 4};
        QVERIFY(r->probe->writeMemory(1, kSram, word, probe::AccessWidth::Bits32).ok());
        QVERIFY(r->lab->probe()->firedFaults().empty());
        QVERIFY(r->probe->writeMemory(1, kSram, word, probe::AccessWidth::Bits32).ok());
        QCOMPARE(r->lab->probe()->firedFaults().size(), std::size_t{1});
        QCOMPARE(r->lab->probe()->faultPlan().schedule.size(), std::size_t{1});
        r->clock->sleepFor(600ms);
        QCOMPARE(QString::fromStdString(readLoop(*r->probe, 1)), QString());
        QCOMPARE(r->lab->probe()->firedFaults().size(), std::size_t{2});
        QVERIFY(r->lab->probe()->faultPlan().schedule.empty());
    }

    // The same seed fires the same faults at the same commands; another seed differs.
    void randomRepeats() {
        auto firedFor = [](std::uint64_t seed) {
            auto r = rig("h563-open-healthy");
            if (!r || !r->connect())
                return std::vector<std::uint64_t>{};
            r->lab->probe()->setFaultPlan(plan(json{
                {"random",
                 {{"seed", seed}, {"per_command", 0.2}, {"kinds", {"latency-spike"}}, {"max_faults", 5}}}}));
            (void)readLoop(*r->probe, 40);
            std::vector<std::uint64_t> at;
            for (const auto& f : r->lab->probe()->firedFaults())
                at.push_back(f.command);
            return at;
        };
        const auto a = firedFor(42);
        QCOMPARE(a.size(), std::size_t{5});
        QCOMPARE(firedFor(42), a);
        QVERIFY(firedFor(43) != a);
    }

    // A reset or a power loss while a mass erase runs: the sectors done are blank, the one in
    // progress is partly erased, the rest keep their data, and the workbench says the erase was
    // cut short instead of "erased".
    void tornMassErase_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<unsigned>("dapPacketSize");  // 0: ST-LINK
        QTest::addColumn<QString>("hostError");
        // A reset leaves the debug port up: the host finds the controller reset. A power loss
        // takes the debug port down: the host's next poll fails. The same over a CMSIS-DAP,
        // whose AP write trigger follows TAR as the host sets it.
        QTest::newRow("reset") << "chip-reset" << 0u << "ob.erase-interrupted";
        QTest::newRow("power loss") << "power-loss" << 0u << "probe.dp-error";
        QTest::newRow("reset, CMSIS-DAP 64 B") << "chip-reset" << 64u << "ob.erase-interrupted";
        // A CMSIS-DAP passes the raw SWD answer up: after power loss the DP is in its reset
        // state and gives no ACK until a line reset, which the driver reports as no target.
        QTest::newRow("power loss, CMSIS-DAP 512 B") << "power-loss" << 512u << "probe.no-target";
    }
    void tornMassErase() {
        QFETCH(QString, fault);
        QFETCH(unsigned, dapPacketSize);
        QFETCH(QString, hostError);
        auto r = rig("h563-open-healthy", dapPacketSize);
        QVERIFY(r);
        auto& chip = r->board().chip();
        fillFlash(chip, 4);
        QVERIFY(r->connect());
        auto catalog = device::sharedCatalog().value();
        auto target = optionbytes::openObTarget(r->labProbe(), catalog);
        QVERIFY(target && target->part);
        const auto& regs = chip.part().family->flashRegisters;
        const std::uint32_t nscr = regs.base + regs.registerNamed("NSCR")->offset;
        const auto perSector = chip.parameters().flash.sectorErase;
        // The 2nd NSCR write sets STRT; cut 1.5 sectors into the erase.
        const auto delayMs = std::chrono::duration_cast<std::chrono::milliseconds>(perSector * 3 / 2).count();
        r->lab->setProbeFaultPlan(plan(json{{"schedule",
                                             {{{"at_ap_write", {{"address", nscr}, {"count", 2}}},
                                               {"delay_ms", delayMs},
                                               {"fault", fault.toStdString()}}}}}));
        auto erased = optionbytes::eraseFlash(r->labProbe(), *target->part, {});
        QCOMPARE(r->lab->firedProbeFaults().size(), std::size_t{1});
        QVERIFY(!erased);
        QCOMPARE(QString::fromStdString(erased.error().code), hostError);
        QVERIFY(erased.error().message.ends_with("."));
        QVERIFY(!erased.error().hint.empty());
        auto& flash = chip.flash();
        const auto sector = flash.sectorBytes();
        QVERIFY(flash.isErased(flash.sectorOffset(1, 0), sector));
        QVERIFY(!flash.isErased(flash.sectorOffset(1, 1), sector));
        QVERIFY(flash.isErased(flash.sectorOffset(1, 1), 16));  // its start is erased
        QCOMPARE(int(flash.bytes()[flash.sectorOffset(1, 2)]), 0x5A);
        QVERIFY(!flash.isErased(0, flash.size()));
    }

    // Power lost right after OPTSTRT: the option bytes keep their old values (the reference
    // is silent; the lab keeps the copy in force), and the workbench does not report the
    // change as written and verified.
    void tornOptionChange() {
        auto r = rig("h563-open-healthy");
        QVERIFY(r);
        QVERIFY(r->connect());
        auto& chip = r->board().chip();
        const std::uint32_t before = chip.optionBytes().field("WRPSGn1");
        const auto& regs = chip.part().family->flashRegisters;
        const std::uint32_t optcr = regs.base + regs.registerNamed("OPTCR")->offset;
        r->lab->probe()->setFaultPlan(plan(json{
            {"schedule", {{{"at_ap_write", {{"address", optcr}, {"count", 1}}}, {"fault", "power-loss"}}}}}));
        auto catalog = device::sharedCatalog().value();
        auto target = optionbytes::openObTarget(r->labProbe(), catalog);
        QVERIFY(target);
        auto request = optionbytes::changeFromAssignments(*target, {"WRPSGn1=0xFFFFFFF0"});
        QVERIFY(request);
        optionbytes::ObChangeOperation op(r->labProbe(), *target, std::move(*request));
        auto done = op.run(op.preview().report.requiredPhrases());
        QCOMPARE(r->lab->probe()->firedFaults().size(), std::size_t{1});
        QCOMPARE(chip.optionBytes().field("WRPSGn1"), before);
        QVERIFY(!done || done->program.mismatches() > 0);
    }

    // The lab's ST-LINK server closes the client's connection instead of answering.
    void serverDrop() {
        auto r = rig("h563-open-healthy");
        QVERIFY(r);
        sim::stlink::StlinkServer server;
        QVERIFY(server.addProbe(r->lab->probe()).ok());
        QVERIFY(server.start().ok());
        probe::stlink::TcpStlinkSourceOptions o;
        o.clock = r->clock;
        probe::stlink::TcpStlinkSource source(o);
        auto uri = probe::parseProbeUri("stlink-tcp://127.0.0.1:" + std::to_string(server.port()) + "/" +
                                        r->lab->probeSerial());
        QVERIFY(uri);
        auto tcp = source.open(*uri);
        QVERIFY2(tcp, tcp ? "" : tcp.error().describe().c_str());
        QVERIFY((*tcp)->attach().ok());
        r->lab->probe()->setFaultPlan(
            plan(json::parse(R"({"schedule": [{"at_command": 2, "fault": "server-drop"}]})")));
        const std::string code = readLoop(**tcp);
        QCOMPARE(QString::fromStdString(code), QString("probe.disconnected"));
        QVERIFY(!readLoop(**tcp, 1).empty());
    }

    void scenarioKeys_data() {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QString>("errorField");  // "" = parses
        QTest::newRow("full example") << R"({"ap_waits": 1, "oversized_replies": 2, "chip_silent": false,
                   "schedule": [{"at_command": 120, "fault": "disconnect"},
                                {"at_ap_write": {"address": "0x40022010", "count": 1}, "delay_ms": 40, "fault": "power-loss"},
                                {"after_ms": 300, "fault": "latency-spike", "latency_ms": 800},
                                {"at_command": 5, "fault": "wait-storm", "repeat": 40}],
                   "random": {"seed": 7, "per_command": 0.01, "kinds": ["chip-reset"], "max_faults": 1}})"
                                      << "";
        QTest::newRow("unknown top key") << R"({"brownout": 1})"
                                         << "faults.brownout";
        QTest::newRow("unknown entry key")
            << R"({"schedule": [{"at_command": 1, "fault": "disconnect", "when": 2}]})"
            << "faults.schedule[0].when";
        QTest::newRow("unknown kind") << R"({"schedule": [{"at_command": 1, "fault": "lightning"}]})"
                                      << "faults.schedule[0].fault";
        QTest::newRow("two triggers")
            << R"({"schedule": [{"at_command": 1, "after_ms": 3, "fault": "disconnect"}]})"
            << "faults.schedule[0]";
        QTest::newRow("no trigger") << R"({"schedule": [{"fault": "disconnect"}]})"
                                    << "faults.schedule[0]";
        QTest::newRow("command 0") << R"({"schedule": [{"at_command": 0, "fault": "disconnect"}]})"
                                   << "faults.schedule[0].at_command";
        QTest::newRow("bad address")
            << R"({"schedule": [{"at_ap_write": {"address": "near"}, "fault": "disconnect"}]})"
            << "faults.schedule[0].at_ap_write.address";
        QTest::newRow("chance above 1") << R"({"random": {"per_command": 2}})"
                                        << "faults.random.per_command";
        QTest::newRow("unknown random key") << R"({"random": {"rate": 0.1}})"
                                            << "faults.random.rate";
    }
    void scenarioKeys() {
        QFETCH(QString, faults);
        QFETCH(QString, errorField);
        auto p = sim::lab::parseProbeFaults(json::parse(faults.toStdString()), "my.json");
        if (errorField.isEmpty()) {
            QVERIFY2(p, p ? "" : p.error().describe().c_str());
            QCOMPARE(p->oversizedReplies, 2u);
            QCOMPARE(p->schedule.size(), std::size_t{4});
            QCOMPARE(p->schedule[1].when.address, 0x40022010u);
            QVERIFY(p->schedule[1].when.delay == 40ms);
            QCOMPARE(p->schedule[3].repeat, 40u);
            QCOMPARE(p->random.seed, std::uint64_t{7});
            return;
        }
        QVERIFY(!p);
        QCOMPARE(QString::fromStdString(p.error().code), QString("scenario.invalid"));
        QVERIFY2(p.error().message.find("my.json") != std::string::npos, p.error().message.c_str());
        const auto& ev = p.error().evidence;
        QVERIFY(std::any_of(ev.begin(), ev.end(), [&](const auto& e) {
            return e.name == "field" && e.value == errorField.toStdString();
        }));
    }

    // Runs of the campaign that found a defect, fixed since: each must pass its checks.
    void campaignRegressions_data() {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("retried");  // the fault made it fail: the retry must recover
        QTest::newRow("130: reset mid mass erase reported erased") << quint64(130) << "mass-erase" << true;
        QTest::newRow("252: reset mid mass erase over TCP reported erased")
            << quint64(252) << "mass-erase" << true;
        QTest::newRow("226: chip silent before the option bytes: wizard said healthy")
            << quint64(226) << "wizard" << false;
        QTest::newRow("103: DA retry read the aborted session's stale word")
            << quint64(103) << "da-auth" << true;
    }
    void campaignRegressions() {
        QFETCH(quint64, seed);
        QFETCH(QString, what);
        QFETCH(bool, retried);
        sim::lab::CampaignOptions o;
        const auto run = sim::lab::runCampaignRun(seed, o);
        QCOMPARE(QString::fromStdString(run.operation), what);
        QVERIFY(!run.fired.empty());
        QVERIFY2(run.passed(), run.failedChecks.empty() ? "" : run.failedChecks.front().c_str());
        QVERIFY(run.reported.empty());  // nothing claimed done
        if (retried) {
            QVERIFY(run.retryRecovered.has_value());
            QVERIFY2(*run.retryRecovered, run.retryNote.c_str());
        }
    }

    // The campaign over CMSIS-DAP only: every run passes, on a CMSIS-DAP, and faults fire.
    void cmsisDapCampaign() {
        sim::lab::CampaignOptions o;
        o.seed = 1;
        o.runs = 12;
        o.probes = sim::lab::CampaignProbes::CmsisDap;
        const auto report = sim::lab::runCampaign(o);
        QVERIFY2(report.passed(), sim::lab::formatReport(report).c_str());
        QVERIFY(report.counts.faultsFired > 0);
        for (const auto& run : report.runs) {
            QCOMPARE(QString::fromStdString(run.transport), QStringLiteral("cmsis-dap"));
            QVERIFY2(run.probe.starts_with("CMSIS-DAP"), run.probe.c_str());
        }
    }

    // (f) A faulted run's probe session, recorded as --record does it, replays to the same end;
    // the recording keeps the run's password out (its mailbox words are redacted).
    void faultedRunsReplay() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        sim::lab::CampaignOptions o;
        o.workDir = dir.path().toStdString();
        const auto run = sim::lab::runCampaignRun(17, o);  // a WAIT storm the DA exchange rode out
        QCOMPARE(QString::fromStdString(run.operation), QStringLiteral("da-auth"));
        QCOMPARE(QString::fromStdString(run.scenario), QStringLiteral("h503-closed-password"));
        QVERIFY(!run.fired.empty());
        QVERIFY2(run.passed(), run.failedChecks.empty() ? "" : run.failedChecks.front().c_str());
        QVERIFY(run.replayMatches.has_value() && *run.replayMatches);
        QFile file(dir.filePath(QStringLiteral("run-17/session.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\"redacted\":true"));
        auto password = auth::loadPasswordFile(std::filesystem::path(RESCUE_SOURCE_DIR) /
                                               "resources/credentials/h503/da_password.bin");
        QVERIFY(password.ok());
        const ByteView bytes = password->password.view();
        QVERIFY(
            !text.contains(QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()))));
        for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4) {
            const std::uint32_t word =
                bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | std::uint32_t(bytes[i + 3]) << 24;
            QVERIFY2(!text.toUpper().contains(QByteArray::number(word, 16).toUpper()),
                     "a password word is in the recording");
        }
        // The wizard is not replayed (its operator acts on the board): nothing recorded.
        const auto wizard = sim::lab::runCampaignRun(6, o);
        QCOMPARE(QString::fromStdString(wizard.operation), QStringLiteral("wizard"));
        QVERIFY(!wizard.replayMatches.has_value());
    }

    // A short campaign: every run passes and the counts add up.
    void shortCampaign() {
        sim::lab::CampaignOptions o;
        o.seed = 1;
        o.runs = 12;
        const auto report = sim::lab::runCampaign(o);
        const auto& c = report.counts;
        QCOMPARE(c.runs, std::size_t{12});
        QCOMPARE(c.successes + c.clearErrors + c.unclearErrors + c.hangs + c.crashes, c.runs);
        QVERIFY2(report.passed(), sim::lab::formatReport(report).c_str());
        QCOMPARE(c.hangs + c.crashes + c.misreported, std::size_t{0});
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "test_fault_injection.moc"
