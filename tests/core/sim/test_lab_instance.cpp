// The lab put together: every shipped scenario becomes a board with the virtual ST-LINK the
// scenario names plugged into it, reachable only through ST-LINK USB commands; lab: URIs
// resolve by the loader's rule; scenario faults reach the probe; bad probe fields name the
// file and the field.

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/device/catalog.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_registry.h"
#include "core/sim/lab/lab_uri.h"
#include "support/stlink_host.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::lab;
namespace fs = std::filesystem;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

const char* describe(const Error& e) {
    static std::string text;
    text = e.describe();
    return text.c_str();
}

std::unique_ptr<LabInstance> mustCreate(Scenario scenario, std::shared_ptr<Clock> clock = nullptr) {
    auto lab = LabInstance::create(std::move(scenario), clock ? clock : std::make_shared<VirtualClock>());
    if (!lab) {
        qWarning("%s", lab.error().describe().c_str());
        return nullptr;
    }
    return std::move(lab).value();
}

Scenario shipped(const std::string& name) {
    auto s = loadScenarioByNameOrPath(name);
    if (!s)
        qFatal("%s", s.error().describe().c_str());
    return *s;
}

fs::path writeScenario(const QTemporaryDir& dir, const std::string& file, const std::string& text) {
    const fs::path path = fs::path(dir.path().toStdString()) / file;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path;
}

}  // namespace

class TestLabInstance : public QObject {
    Q_OBJECT

private slots:
    void everyShippedScenarioIsABoardBehindItsProbe_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<quint32>("devId");
        QTest::addColumn<bool>("nrstWired");
        // Facts from the scenarios and the issue: the probes the field reports used, the
        // DEV_IDs of the four families.
        QTest::newRow("h7s78-closed-nrst-unwired") << "h7s78-closed-nrst-unwired"
                                                   << "STLINK-V3SET"
                                                   << "V3J17M10B6S1" << 0x485u << false;
        QTest::newRow("h533-open-tz") << "h533-open-tz"
                                      << "STLINK-V2"
                                      << "V2J46S7" << 0x478u << true;
        QTest::newRow("h533-provisioning-no-da") << "h533-provisioning-no-da"
                                                 << "STLINK-V2"
                                                 << "V2J46S7" << 0x478u << true;
        QTest::newRow("h533-tzclosed-no-da") << "h533-tzclosed-no-da"
                                             << "STLINK-V2"
                                             << "V2J46S7" << 0x478u << true;
        QTest::newRow("h563-closed-da") << "h563-closed-da"
                                        << "STLINK-V3E"
                                        << "" << 0x484u << true;
        QTest::newRow("h503-closed-password") << "h503-closed-password"
                                              << "STLINK-V3E"
                                              << "" << 0x474u << true;
        QTest::newRow("h7s78-open-healthy") << "h7s78-open-healthy"
                                            << "STLINK-V3SET"
                                            << "V3J17M10B6S1" << 0x485u << true;
        QTest::newRow("h563-open-healthy") << "h563-open-healthy"
                                           << "STLINK-V3E"
                                           << "" << 0x484u << true;
        QTest::newRow("h7s78-open-nrst-unwired") << "h7s78-open-nrst-unwired"
                                                 << "STLINK-V3SET"
                                                 << "V3J17M10B6S1" << 0x485u << false;
        QTest::newRow("h7s78-open-wrp-all") << "h7s78-open-wrp-all"
                                            << "STLINK-V3SET"
                                            << "V3J17M10B6S1" << 0x485u << true;
    }
    void everyShippedScenarioIsABoardBehindItsProbe() {
        QFETCH(QString, name);
        QFETCH(QString, model);
        QFETCH(QString, firmware);
        QFETCH(quint32, devId);
        QFETCH(bool, nrstWired);
        auto lab = mustCreate(shipped(name.toStdString()));
        QVERIFY(lab);
        const auto& id = lab->probe()->identity();
        QCOMPARE(qs(id.modelName), model);
        if (!firmware.isEmpty())
            QCOMPARE(qs(id.firmware.toString()), firmware);
        // No serial in the scenario: derived from its name, 24 hex digits, stable.
        QCOMPARE(qs(id.serial), qs(labProbeSerial(name.toStdString())));
        QCOMPARE(id.serial.size(), std::size_t(24));
        QCOMPARE(lab->board().wiring().nrstWired, nrstWired);

        // What a host sees through the probe's USB commands: the DBGMCU IDCODE on AP0.
        testsupport::StlinkHost host(*lab->probe(), id.usb.outEndpoint);
        QVERIFY2(host.connect({0}).ok(), qPrintable(name));
        const auto& family = lab->board().chip().family();
        auto idcode = host.read32(0, *family.dbgmcu.address("IDCODE", device::DbgmcuMap::Side::Ap0));
        QVERIFY2(idcode.ok(), idcode.ok() ? "" : describe(idcode.error()));
        QCOMPARE(*idcode & 0xFFFu, devId);
        QVERIFY(lab->probe()->counters().roundTrips > 0);
    }

    void probeSerialsDifferBetweenBoards() {
        QVERIFY(labProbeSerial("h563-closed-da") != labProbeSerial("h563-open-healthy"));
        QCOMPARE(labProbeSerial("x"), labProbeSerial("x"));
    }

    void scenarioProbeFieldsReachTheProbe() {
        QTemporaryDir dir;
        const fs::path file = writeScenario(dir, "custom.json", R"({"name": "custom", "chip": "STM32H563ZI",
            "probe": {"model": "STLINK-V2-1", "firmware": "V2J37M26", "serial": "LABSERIAL01", "target_voltage": 1.8},
            "seed": 3})");
        auto scenario = loadScenarioFile(file);
        QVERIFY(scenario.ok());
        auto lab = mustCreate(*scenario);
        QVERIFY(lab);
        QCOMPARE(qs(lab->probeSerial()), QStringLiteral("LABSERIAL01"));
        QCOMPARE(qs(lab->probe()->identity().firmware.toString()), QStringLiteral("V2J37M26"));
        testsupport::StlinkHost host(*lab->probe(), lab->probe()->identity().usb.outEndpoint);
        auto voltage = host.transact(probe::stlink::request::getTargetVoltage());
        QVERIFY(voltage.ok());
        const auto volts = probe::stlink::decodeTargetVoltage(*voltage);
        QVERIFY(volts.has_value());
        QVERIFY2(std::abs(*volts - 1.8) < 0.05, qPrintable(QString::number(*volts)));
    }

    void scenarioFaultsReachTheProbe_data() {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QString>("expectedCode");  // of the first AP0 read
        QTest::newRow("no faults") << "{}"
                                   << "";
        QTest::newRow("WAIT storm longer than the firmware's retries") << R"({"ap_waits": 1000})"
                                                                       << "probe.stlink.SWD_AP_WAIT";
        QTest::newRow("one FAULT") << R"({"ap_faults": 1})"
                                   << "probe.stlink.SWD_AP_FAULT";
        QTest::newRow("pulled cable") << R"({"disconnected": true})"
                                      << "transport.disconnected";
    }
    void scenarioFaultsReachTheProbe() {
        QFETCH(QString, faults);
        QFETCH(QString, expectedCode);
        QTemporaryDir dir;
        const fs::path file =
            writeScenario(dir, "faulty.json",
                          R"({"name": "faulty", "chip": "STM32H563ZI", "seed": 1, "faults": )" +
                              faults.toStdString() + "}");
        auto scenario = loadScenarioFile(file);
        QVERIFY2(scenario.ok(), scenario.ok() ? "" : describe(scenario.error()));
        auto lab = mustCreate(*scenario);
        QVERIFY(lab);
        testsupport::StlinkHost host(*lab->probe(), lab->probe()->identity().usb.outEndpoint);
        const Status connected = host.connect({0});
        auto idcode = connected ? host.read32(0, 0xE0044000) : Result<std::uint32_t>(connected.error());
        if (expectedCode.isEmpty()) {
            QVERIFY2(idcode.ok(), idcode.ok() ? "" : describe(idcode.error()));
            QCOMPARE(*idcode & 0xFFFu, 0x484u);
        } else {
            QVERIFY(!idcode.ok());
            QCOMPARE(qs(idcode.error().code), expectedCode);
        }
    }

    void badProbeFieldsNameFileAndField_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("V3 firmware on a V2")
            << R"("probe": {"model": "STLINK-V2", "firmware": "V3J17M10B6S1"})"
            << "probe.firmware";
        QTest::newRow("serial too long") << R"("probe": {"serial": "0123456789012345678901234567890123"})"
                                         << "probe.serial";
        QTest::newRow("unknown fault") << R"("faults": {"gremlins": 3})"
                                       << "faults.gremlins";
        QTest::newRow("fault count negative") << R"("faults": {"ap_waits": -1})"
                                              << "faults.ap_waits";
        QTest::newRow("fault flag not a bool") << R"("faults": {"disconnected": "yes"})"
                                               << "faults.disconnected";
        QTest::newRow("short reply of 0 bytes") << R"("faults": {"short_reply_length": 0})"
                                                << "faults.short_reply_length";
        QTest::newRow("unknown part") << R"("probe": {}, "lifecycle": "open")"
                                      << "chip";
    }
    void badProbeFieldsNameFileAndField() {
        QFETCH(QString, body);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const std::string chip = field == "chip" ? "STM32F407VG" : "STM32H563ZI";
        const fs::path file = writeScenario(
            dir, "bad.json", R"({"name": "bad", "chip": ")" + chip + R"(", )" + body.toStdString() + "}");
        auto scenario = loadScenarioFile(file);
        QVERIFY2(scenario.ok(), scenario.ok() ? "" : describe(scenario.error()));
        auto lab = LabInstance::create(*scenario, std::make_shared<VirtualClock>());
        QVERIFY(!lab.ok());
        QCOMPARE(qs(lab.error().code), QStringLiteral("scenario.invalid"));
        QVERIFY2(lab.error().message.find(file.string()) != std::string::npos, describe(lab.error()));
        QVERIFY2(lab.error().message.find("\"" + field.toStdString() + "\"") != std::string::npos,
                 describe(lab.error()));
    }

    void labUrisResolveByTheLoadersRule_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("name");       // the scenario loaded, or empty
        QTest::addColumn<QString>("errorCode");  // or the error
        QTest::newRow("shipped name") << "lab:h563-closed-da"
                                      << "h563-closed-da"
                                      << "";
        QTest::newRow("shipped file by path")
            << "lab:" + qs(shippedScenarioDir().string()) + "/h533-open-tz.json"
            << "h533-open-tz"
            << "";
        QTest::newRow("relative path with a slash") << "lab:./own.json"
                                                    << "own"
                                                    << "";
        QTest::newRow("a name ending in .json is a path") << "lab:own.json"
                                                          << "own"
                                                          << "";
        QTest::newRow("unknown name") << "lab:h999-nothing"
                                      << ""
                                      << "scenario.unknown";
        QTest::newRow("missing file") << "lab:nowhere/none.json"
                                      << ""
                                      << "scenario.unreadable";
        QTest::newRow("empty target") << "lab:"
                                      << ""
                                      << "lab.bad-uri";
        QTest::newRow("another scheme") << "stlink:0671FF"
                                        << ""
                                        << "lab.bad-uri";
    }
    void labUrisResolveByTheLoadersRule() {
        QFETCH(QString, uri);
        QFETCH(QString, name);
        QFETCH(QString, errorCode);
        QTemporaryDir dir;
        writeScenario(dir, "own.json", R"({"name": "own", "chip": "STM32H503RB"})");
        const fs::path cwd = fs::current_path();
        fs::current_path(dir.path().toStdString());
        auto scenario = loadLabUriScenario(uri.toStdString());
        fs::current_path(cwd);
        if (errorCode.isEmpty()) {
            QVERIFY2(scenario.ok(), scenario.ok() ? "" : describe(scenario.error()));
            QCOMPARE(qs(scenario->name), name);
        } else {
            QVERIFY(!scenario.ok());
            QCOMPARE(qs(scenario.error().code), errorCode);
        }
        QCOMPARE(isLabUri(uri.toStdString()), uri.startsWith("lab:"));
    }

    void registryGivesOneInstancePerBoard() {
        QTemporaryDir store;
        LabRegistry registry(std::make_shared<VirtualClock>(), LabStore(store.path().toStdString()));
        auto a = registry.open("lab:h563-open-healthy");
        QVERIFY2(a.ok(), a.ok() ? "" : describe(a.error()));
        auto b = registry.open("lab:" + (shippedScenarioDir() / "h563-open-healthy.json").string());
        QVERIFY(b.ok());
        QCOMPARE(a->get(), b->get());  // the name and the shipped file are the same board
        auto c = registry.open("lab:h7s78-open-healthy");
        QVERIFY(c.ok());
        QVERIFY(c->get() != a->get());
        QCOMPARE(registry.openBoards().size(), std::size_t(2));
        QCOMPARE(labUriFor((*a)->scenario()), std::string("lab:h563-open-healthy"));

        // A host talks to the board through the probe the registry hands out.
        testsupport::StlinkHost host(*(*a)->probe(), (*a)->probe()->identity().usb.outEndpoint);
        QVERIFY(host.connect({0, 1}).ok());
        QVERIFY(host.write32(1, 0x20000010, 0x5EED1234).ok());
        QVERIFY(registry.saveAll().ok());
        QVERIFY(fs::exists(fs::path(store.path().toStdString()) / "h563-open-healthy.json"));
        QVERIFY(fs::exists(fs::path(store.path().toStdString()) / "h7s78-open-healthy.json"));

        // Closed and opened again by a second registry (the next CLI command): same SRAM.
        QVERIFY(registry.close("lab:h563-open-healthy").ok());
        a->reset();
        b->reset();
        LabRegistry next(std::make_shared<VirtualClock>(), LabStore(store.path().toStdString()));
        auto again = next.open("lab:h563-open-healthy");
        QVERIFY2(again.ok(), again.ok() ? "" : describe(again.error()));
        QVERIFY((*again)->restoredFromStore());
        testsupport::StlinkHost host2(*(*again)->probe(), (*again)->probe()->identity().usb.outEndpoint);
        QVERIFY(host2.connect({0, 1}).ok());
        QCOMPARE(host2.read32(1, 0x20000010).valueOr(0), 0x5EED1234u);
    }
};

QTEST_GUILESS_MAIN(TestLabInstance)
#include "test_lab_instance.moc"
