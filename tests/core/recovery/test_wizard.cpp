// The stuck-board wizard (core/recovery) on lab boards, through the ordinary ST-LINK driver,
// with the simulated operator at the board's RESET button: every playbook, the two field
// reports end to end, and the bounds (resets, lab time) that keep it from hammering a board.

#include <QtTest>

#include "core/auth/certificate_chain.h"
#include "core/auth/password.h"
#include "core/device/catalog.h"
#include "core/engine/engine.h"
#include "core/recovery/wizard.h"
#include "core/sim/lab/lab_bench_probe.h"
#include "core/sim/lab/lab_rom_services.h"
#include "core/sim/lab/simulated_operator.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
namespace fs = std::filesystem;

namespace {

const fs::path kCredentials = fs::path(RESCUE_SOURCE_DIR) / "resources/credentials";

// Where the strategy memory files go: this run's own folder, removed at exit, whether or not
// ctest set XDG_DATA_HOME (run by hand, the suite must not leave files in the working folder).
fs::path scratch() {
    static QTemporaryDir dir;
    return fs::path(dir.path().toStdString());
}

recovery::WizardOptions credentials(const QString& spec) {
    recovery::WizardOptions o;
    o.memoryFile = scratch() / "wizard-test-memory.json";
    const std::string s = spec.toStdString();
    if (s.starts_with("cert:")) {
        const auto dir = kCredentials / s.substr(5);
        auth::CertificateCredentials c;
        c.chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64").value().chain;
        c.leafKey = std::make_shared<auth::PrivateKey>(
            auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem").value());
        o.certificate = c;
    } else if (s.starts_with("password:")) {
        o.password =
            auth::PasswordCredentials{auth::loadPasswordFile(kCredentials / s.substr(9)).value().password};
    }
    return o;
}

struct LabRun {
    std::unique_ptr<testsupport::LabProbeRig> rig;
    std::unique_ptr<sim::lab::LabRomServices> rom;  // the board's boot ROM services, as lab: offers them
    std::unique_ptr<probe::DebugProbe> probe;
    std::unique_ptr<engine::Engine> engine;
    std::unique_ptr<sim::lab::SimulatedOperator> person;
    std::optional<Result<recovery::WizardOutcome>> outcome;

    static std::unique_ptr<LabRun> start(const QString& scenario, std::uint64_t seed,
                                         sim::lab::OperatorProfile profile = {}) {
        auto sc = sim::loadScenarioByNameOrPath(scenario.toStdString());
        if (!sc)
            return nullptr;
        sc->seed = seed;
        auto rig = testsupport::LabProbeRig::create(*sc);
        if (!rig)
            return nullptr;
        auto run = std::make_unique<LabRun>();
        run->rig = std::move(*rig);
        run->rom = std::make_unique<sim::lab::LabRomServices>(run->rig->board());
        run->probe = sim::lab::withLabBench(std::move(run->rig->probe), run->rig->board(), run->rom.get());
        engine::EngineOptions eo;
        eo.clock = run->rig->clock;
        eo.journal = false;
        run->engine = std::make_unique<engine::Engine>(eo);
        run->person = std::make_unique<sim::lab::SimulatedOperator>(*run->engine, *run->probe->labBench(),
                                                                    *run->rig->clock, seed, profile);
        return run;
    }

    const recovery::WizardOutcome& go(const recovery::WizardOptions& options) {
        const auto session = engine->openSession("wizard");
        outcome = recovery::runWizardJob(*engine, session, *probe, device::sharedCatalog().value(), options);
        return outcome->value();
    }
    bool ok() const { return outcome && outcome->ok(); }
    std::string error() const {
        return outcome && !outcome->ok() ? outcome->error().describe() : std::string();
    }
};

QStringList stepStatuses(const recovery::WizardOutcome& o) {
    QStringList s;
    for (const auto& r : o.steps)
        s << QString::fromStdString(r.id + ":" + std::string(recovery::toString(r.status)));
    return s;
}

}  // namespace

class TestWizard : public QObject {
    Q_OBJECT

private slots:
    // Every playbook on its lab board: the verdict said, the steps run, the end state.
    void playbooks_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("credentials");
        QTest::addColumn<QString>("firstVerdict");
        QTest::addColumn<QString>("playbook");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<bool>("recovered");
        QTest::addColumn<int>("manualResets");
        QTest::newRow("healthy H563") << "h563-open-healthy"
                                      << ""
                                      << "Open, healthy"
                                      << "healthy" << QStringList{"healthy:done"} << true << 0;
        QTest::newRow("healthy H7S7, NRST unwired") << "h7s78-open-nrst-unwired"
                                                    << ""
                                                    << "Open, healthy, NRST not wired"
                                                    << "healthy" << QStringList{"healthy:done"} << true << 0;
        QTest::newRow("Open, WRP everywhere (H7S7)")
            << "h7s78-open-wrp-all"
            << ""
            << "Open, whole flash write-protected"
            << "wrp-fix" << QStringList{"wrp-fix:done", "mass-erase:done", "verify:done"} << true << 0;
        QTest::newRow("Closed H563, certificate DA, NRST wired")
            << "h563-closed-da"
            << "cert:h5"
            << "Debug closed"
            << "da-regression"
            << QStringList{"da-session:done", "inspect:done", "wrp-fix:skipped", "mass-erase:done",
                           "verify:done"}
            << true << 0;
        QTest::newRow("Closed H503, password DA")
            << "h503-closed-password"
            << "password:h503/da_password.bin"
            << "Debug closed"
            << "da-regression"
            << QStringList{"da-session:done", "inspect:done", "wrp-fix:skipped", "mass-erase:done",
                           "verify:done"}
            << true << 0;
        QTest::newRow("first field report: H7S7 Closed, NRST unwired, WRP everywhere")
            << "h7s78-closed-nrst-unwired"
            << "cert:h7rs"
            << "Debug closed"
            << "da-regression"
            << QStringList{"da-session:done", "inspect:done", "wrp-fix:done", "mass-erase:done",
                           "verify:done"}
            << true << 1;
        QTest::newRow("Closed H7S7 without credentials: discovery only")
            << "h7s78-closed-nrst-unwired"
            << ""
            << "Debug closed"
            << "da-regression" << QStringList{"da-session:stopped"} << false << 1;
        QTest::newRow("second field report: H533 TZ-Closed, no DA")
            << "h533-tzclosed-no-da"
            << ""
            << "TZ-Closed"
            << "da-regression" << QStringList{"da-session:stopped"} << false << 0;
        // Provisioning says nothing about DA until a discovery has looked.
        QTest::newRow("H533 stuck in Provisioning, no DA, nothing to provision with")
            << "h533-provisioning-no-da"
            << ""
            << "Provisioning"
            << "provisioning" << QStringList{"da-session:done", "provision-da:stopped"} << false << 0;
    }
    void playbooks() {
        QFETCH(QString, scenario);
        QFETCH(QString, credentials);
        QFETCH(QString, firstVerdict);
        QFETCH(QString, playbook);
        QFETCH(QStringList, steps);
        QFETCH(bool, recovered);
        QFETCH(int, manualResets);
        auto run = LabRun::start(scenario, 11);
        QVERIFY(run);
        auto options = ::credentials(credentials);
        options.remember = false;
        const auto& o = run->go(options);
        QVERIFY2(run->ok(), run->error().c_str());
        QCOMPARE(QString::fromStdString(o.firstVerdict.name), firstVerdict);
        QCOMPARE(QString::fromStdString(o.playbook), playbook);
        QCOMPARE(stepStatuses(o), steps);
        QCOMPARE(o.openAndErasable, recovered);
        QCOMPARE(int(o.manualResets), manualResets);
        QCOMPARE(QString::fromStdString(run->rig->state()),
                 QString::fromStdString(recovered ? "open" : run->rig->state()));
        // The report names the verdict and carries no secret.
        const std::string report = recovery::reportText(o);
        QVERIFY(report.find(o.finalVerdict.name) != std::string::npos);
        QVERIFY(report.find("PRIVATE KEY") == std::string::npos);
    }

    // The H533 stuck in Provisioning, as the second field report's forum thread advises ("you
    // must complete the provisioning"), done the recoverable way: the first run finds no DA,
    // provisions DA_Config.obk and says to come back with the credentials; the second finds
    // the configuration, regresses with them and ends Open and erasable.
    void provisioningWithoutDaProvisionedThenRegressed() {
        auto run = LabRun::start("h533-provisioning-no-da", 7);
        QVERIFY(run);
        auto first = credentials("");
        first.remember = false;
        first.obkFile = kCredentials / "h5/Binary/DA_Config.obk";
        const auto& o1 = run->go(first);
        QVERIFY2(run->ok(), run->error().c_str());
        QCOMPARE(QString::fromStdString(o1.firstVerdict.id), QStringLiteral("provisioning"));
        QCOMPARE(stepStatuses(o1), (QStringList{"da-session:done", "provision-da:stopped"}));
        QVERIFY(!o1.openAndErasable);
        QCOMPARE(QString::fromStdString(run->rig->state()), QStringLiteral("provisioning"));
        QVERIFY2(o1.steps.back().summary.find("Run the wizard again") != std::string::npos,
                 o1.steps.back().summary.c_str());

        auto second = credentials("cert:h5");
        second.remember = false;
        const auto& o2 = run->go(second);
        QVERIFY2(run->ok(), run->error().c_str());
        QCOMPARE(QString::fromStdString(o2.firstVerdict.id), QStringLiteral("provisioning"));
        QCOMPARE(stepStatuses(o2), (QStringList{"da-session:done", "provision-da:skipped", "inspect:done",
                                                "wrp-fix:skipped", "mass-erase:done", "verify:done"}));
        QVERIFY(o2.openAndErasable);
        QCOMPARE(QString::fromStdString(run->rig->state()), QStringLiteral("open"));
    }

    // The first field report end to end: NRST unwired is found and said, discovery and
    // authentication share ONE manual reset, the WRP fix is previewed, the board ends Open
    // and erasable.
    void firstFieldReport() {
        auto run = LabRun::start("h7s78-closed-nrst-unwired", 3);
        QVERIFY(run);
        auto options = credentials("cert:h7rs");
        options.remember = false;
        const auto& o = run->go(options);
        QVERIFY2(run->ok(), run->error().c_str());
        QVERIFY(o.openAndErasable);
        QCOMPARE(o.manualResets, 1u);
        QCOMPARE(run->person->stats().presses, 1u);
        QVERIFY(std::find(o.verdictNames.begin(), o.verdictNames.end(),
                          std::string("Closed, DA provisioned, NRST not wired")) != o.verdictNames.end());
        QVERIFY(o.diagnosis.facts.nrst == device::NrstVerdict::NotWired);
        // The probe's pulse was tried once and found to reach nothing; then the person's button.
        QVERIFY(o.resetAttempts.size() >= 2);
        QCOMPARE(o.resetAttempts.front().error->code, std::string("da.nrst-not-effective"));
        QVERIFY(o.resetAttempts.back().tried.method == recovery::ResetMethod::GuidedManual);
        QVERIFY(o.resetAttempts.back().opened);
        // The WRP fix was previewed as a diff before it ran.
        bool previewed = false;
        for (const auto& p : o.plan)
            if (p.id == "wrp-fix")
                previewed = !p.changes.empty() || p.what.find("WRP") != std::string::npos;
        QVERIFY(previewed);
        QVERIFY(!o.optionBytesBefore.is_null());
        QVERIFY(!o.optionBytesAfter.is_null());
        QVERIFY(recovery::reportText(o).find("RECOVERED") != std::string::npos);
    }

    // The second field report: the honest verdict with its evidence, quickly, at most a
    // couple of resets, never a person asked to press anything.
    void secondFieldReportIsQuickAndHonest() {
        auto run = LabRun::start("h533-tzclosed-no-da", 5);
        QVERIFY(run);
        const auto& o = run->go(credentials(""));
        QVERIFY2(run->ok(), run->error().c_str());
        QVERIFY(!o.openAndErasable);
        QCOMPARE(QString::fromStdString(o.finalVerdict.id), QStringLiteral("tz-closed-no-da"));
        QCOMPARE(QString::fromStdString(o.finalVerdict.name), QStringLiteral("TZ-Closed, no DA provisioned"));
        QVERIFY(!o.finalVerdict.recoverable);
        QVERIFY(o.finalVerdict.reason.find("No regression is possible") != std::string::npos);
        QVERIFY(!o.finalVerdict.stillPossible.empty());
        bool daEvidence = false;
        for (const auto& e : o.finalVerdict.evidence)
            daEvidence = daEvidence || (e.name == "DA" && e.value.find("integrity") != std::string::npos);
        QVERIFY(daEvidence);
        // The option bytes read through AP1 say what can no longer change: write protection is
        // frozen in TZ-Closed, so no plan may count on a WRP write.
        const auto obCheck = std::find_if(o.diagnosis.checks.begin(), o.diagnosis.checks.end(),
                                          [](const auto& c) { return c.id == "option-bytes"; });
        QVERIFY(obCheck != o.diagnosis.checks.end());
        QCOMPARE(QString::fromStdString(std::string(recovery::toString(obCheck->status))),
                 QStringLiteral("warn"));
        bool wrpFrozen = false;
        for (const auto& e : obCheck->evidence)
            wrpFrozen = wrpFrozen || (e.name == "cannot be changed" && e.value.starts_with("WRP") &&
                                      e.value.find("frozen in TZ-Closed") != std::string::npos);
        QVERIFY2(wrpFrozen, obCheck->summary.c_str());
        QCOMPARE(o.manualResets, 0u);
        QVERIFY2(o.probeResets <= 2, std::to_string(o.probeResets).c_str());
        QVERIFY2(o.labMs < 3000, std::to_string(o.labMs).c_str());
        QCOMPARE(run->person->stats().prompts, 0u);
    }

    // A person who taps RESET instead of holding it: the chip restarts before the request is
    // written, the try fails with "NRST not effective", the next press prompt says what to do
    // differently and the next try (with a longer window) opens: the word written in the
    // failed try still waits in the mailbox when the second tap restarts the chip.
    void tapInsteadOfHoldIsRetried() {
        const fs::path memory = scratch() / "tap-memory.json";
        fs::remove(memory);
        {
            auto first = LabRun::start("h7s78-closed-nrst-unwired", 9);  // learns: guided manual reset
            QVERIFY(first);
            auto options = credentials("");
            options.memoryFile = memory;
            first->go(options);
            QVERIFY2(first->ok(), first->error().c_str());
        }
        sim::lab::OperatorProfile clumsy;
        clumsy.slipRate = 1.0;  // every press is a tap
        auto run = LabRun::start("h7s78-closed-nrst-unwired", 9, clumsy);
        QVERIFY(run);
        auto options = credentials("cert:h7rs");
        options.memoryFile = memory;
        const auto& o = run->go(options);
        QVERIFY2(run->ok(), run->error().c_str());
        QCOMPARE(o.manualResets, 2u);
        QCOMPARE(o.resetAttempts.size(), std::size_t(2));
        QVERIFY(o.resetAttempts[0].tried.method == recovery::ResetMethod::GuidedManual);
        QVERIFY(!o.resetAttempts[0].opened);
        QCOMPARE(o.resetAttempts[0].error->code, std::string("da.nrst-not-effective"));
        QVERIFY(o.resetAttempts[1].opened);
        QVERIFY(!o.resetAttempts[1].tried.changed.empty());
        QVERIFY(o.resetAttempts[1].tried.timing.answerWindow > o.resetAttempts[0].tried.timing.answerWindow);
        if (!o.openAndErasable)
            qWarning("%s", recovery::reportText(o).c_str());
        QVERIFY(o.openAndErasable);
    }

    // The strategy that worked is remembered per board: the second run goes straight to the
    // person's button instead of trying the probe's NRST again.
    void rememberedStrategy() {
        const fs::path memory = scratch() / "remembered-strategy.json";
        fs::remove(memory);
        for (int round = 0; round < 2; ++round) {
            auto run = LabRun::start("h7s78-closed-nrst-unwired", 21);
            QVERIFY(run);
            auto options = credentials("");
            options.memoryFile = memory;
            const auto& o = run->go(options);
            QVERIFY2(run->ok(), run->error().c_str());
            QVERIFY(!o.resetAttempts.empty());
            if (round == 0) {
                QVERIFY(o.resetAttempts.front().tried.method == recovery::ResetMethod::ConnectUnderReset);
            } else {
                QVERIFY(o.resetAttempts.front().tried.method == recovery::ResetMethod::GuidedManual);
                QVERIFY(o.resetAttempts.front().opened);
                // What the first run learned about the wiring is said without trying the probe again.
                QVERIFY(std::find(o.verdictNames.begin(), o.verdictNames.end(),
                                  std::string("Closed, DA provisioned, NRST not wired")) !=
                        o.verdictNames.end());
                QCOMPARE(o.probeResets, 0u + o.diagnosis.probeResets);
            }
        }
        QVERIFY(fs::exists(memory));
    }
};

QTEST_GUILESS_MAIN(TestWizard)
#include "test_wizard.moc"
