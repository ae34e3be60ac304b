// A lab board behind the virtual CMSIS-DAP, end to end through the workbench: the shipped
// h7s78-closed-cmsis-dap scenario (and the same board with 64-byte packets) opened as
// `lab:` opens it, identified, then recovered by the wizard (DA discovery, certificate
// authentication, Full Regression, option bytes read, verify) with the DA mailbox handshake
// running on the probe's value match. Also: the scenario's probe fields are checked.

#include <QtTest>

#include "core/auth/certificate_chain.h"
#include "core/auth/keys.h"
#include "core/device/catalog.h"
#include "core/device/target_identification.h"
#include "core/engine/engine.h"
#include "core/recovery/wizard.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "core/sim/lab/lab_bench_probe.h"
#include "core/sim/lab/lab_probe_source.h"
#include "core/sim/lab/simulated_operator.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

const fs::path kCredentials = fs::path(RESCUE_SOURCE_DIR) / "resources/credentials";

fs::path scratch() {
    static QTemporaryDir dir;
    return fs::path(dir.path().toStdString());
}

recovery::WizardOptions h7rsCertificate() {
    recovery::WizardOptions o;
    o.memoryFile = scratch() / "wizard-memory.json";
    o.remember = false;
    const auto dir = kCredentials / "h7rs";
    auth::CertificateCredentials c;
    c.chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64").value().chain;
    c.leafKey =
        std::make_shared<auth::PrivateKey>(auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem").value());
    o.certificate = c;
    return o;
}

}  // namespace

class TestCmsisDapLab : public QObject {
    Q_OBJECT

private slots:
    void scenarioFields_data() {
        QTest::addColumn<QString>("probe");
        QTest::addColumn<QString>("error");  // empty: loads
        QTest::newRow("default packet size") << R"({"model": "CMSIS-DAP"})"
                                             << "";
        QTest::newRow("64 bytes") << R"({"model": "CMSIS-DAP", "packet_size": 64})"
                                  << "";
        QTest::newRow("odd size") << R"({"model": "CMSIS-DAP", "packet_size": 100})"
                                  << "probe.packet_size";
        QTest::newRow("not a number") << R"({"model": "CMSIS-DAP", "packet_size": "512"})"
                                      << "probe.packet_size";
        QTest::newRow("on an ST-LINK") << R"({"model": "STLINK-V3SET", "packet_size": 64})"
                                       << "probe.packet_size";
        QTest::newRow("unknown model") << R"({"model": "J-LINK"})"
                                       << "probe.model";
    }
    void scenarioFields() {
        QFETCH(QString, probe);
        QFETCH(QString, error);
        nlohmann::json j = {{"name", "t"}, {"chip", "STM32H563ZI"}};
        j["probe"] = nlohmann::json::parse(probe.toStdString());
        auto sc = sim::parseScenario(j, ".", "t.json");
        if (error.isEmpty()) {
            QVERIFY2(sc, sc ? "" : sc.error().describe().c_str());
            QVERIFY(sc->probe.isCmsisDap());
            QCOMPARE(sc->probe.packetSize, j["probe"].value("packet_size", 512u));
            return;
        }
        QVERIFY(!sc);
        QVERIFY2(QString::fromStdString(sc.error().message).contains(error), sc.error().message.c_str());
    }

    // `lab:h7s78-closed-cmsis-dap` opens the CMSIS-DAP driver, listed as such.
    void opensThroughTheLabSource() {
        auto clock = std::make_shared<VirtualClock>();
        auto dir = scratch() / "store";
        qputenv("XDG_DATA_HOME", QByteArray::fromStdString((scratch() / "xdg").string()));
        sim::lab::LabProbeSource source(clock);
        auto listed = source.scan({});
        QVERIFY(listed);
        bool found = false;
        for (const auto& info : *listed)
            if (info.uri == "lab:h7s78-closed-cmsis-dap") {
                found = true;
                QVERIFY2(QString::fromStdString(info.model).startsWith("CMSIS-DAP"), info.model.c_str());
            }
        QVERIFY(found);
        auto uri = probe::parseProbeUri("lab:h7s78-closed-cmsis-dap");
        QVERIFY(uri);
        auto p = source.open(*uri);
        QVERIFY2(p, p ? "" : p.error().describe().c_str());
        auto dpidr = (*p)->attach();
        QVERIFY2(dpidr, dpidr ? "" : dpidr.error().describe().c_str());
        QCOMPARE(*dpidr, 0x6BA02477u);
        QVERIFY((*p)->detach());
    }

    void wizardRecovers_data() {
        QTest::addColumn<int>("packetSize");
        QTest::newRow("CMSIS-DAP 64 B") << 64;
        QTest::newRow("CMSIS-DAP 512 B") << 512;
    }
    void wizardRecovers() {
        QFETCH(int, packetSize);
        auto sc = sim::loadScenarioByNameOrPath("h7s78-closed-cmsis-dap");
        QVERIFY2(sc, sc ? "" : sc.error().describe().c_str());
        sc->probe.packetSize = static_cast<unsigned>(packetSize);
        sc->seed = 5;
        auto rig = testsupport::LabProbeRig::create(*sc);
        QVERIFY2(rig, rig ? "" : rig.error().describe().c_str());
        QVERIFY((*rig)->lab->cmsisDap());
        QCOMPARE(int((*rig)->lab->cmsisDap()->identity().packetSize), packetSize);
        auto probe = sim::lab::withLabBench(std::move((*rig)->probe), (*rig)->board());
        QCOMPARE(QString::fromStdString(probe->info().transport), QStringLiteral("lab"));

        engine::EngineOptions eo;
        eo.clock = (*rig)->clock;
        eo.journal = false;
        engine::Engine engine(eo);
        // Answers the wizard's questions (confirmations) as a person at the bench would.
        sim::lab::SimulatedOperator person(engine, *probe->labBench(), *(*rig)->clock, 5, {});
        const auto session = engine.openSession("wizard");
        auto outcome = recovery::runWizardJob(engine, session, *probe, device::sharedCatalog().value(),
                                              h7rsCertificate());
        QVERIFY2(outcome, outcome ? "" : outcome.error().describe().c_str());
        QCOMPARE(QString::fromStdString(outcome->firstVerdict.name), QStringLiteral("Debug closed"));
        QVERIFY(outcome->openAndErasable);
        QCOMPARE(int(outcome->manualResets), 0);
        QCOMPARE(QString::fromStdString((*rig)->state()), QStringLiteral("open"));
        // The mailbox ran on the probe's value match.
        QVERIFY((*rig)->lab->cmsisDap()->counters().matchReads > 0);
        const std::string report = recovery::reportText(*outcome);
        QVERIFY(report.find("PRIVATE KEY") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCmsisDapLab)
#include "test_cmsisdap_lab.moc"
