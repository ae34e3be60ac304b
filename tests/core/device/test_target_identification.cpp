// Target identification and the NRST wiring check against lab boards, through the same
// driver a USB probe uses: what `rescue connect` and the device panel show comes from here.

#include <QtTest>

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/arm/cortex_m.h"
#include "core/device/catalog.h"
#include "core/device/target_identification.h"
#include "core/sim/lab/lab_probe_source.h"
#include "core/sim/scenario.h"

using namespace rescue;

Q_DECLARE_METATYPE(device::ConnectMode)
Q_DECLARE_METATYPE(device::NrstVerdict)

namespace {
QString name(device::NrstVerdict verdict) {
    return QString::fromStdString(std::string(device::toString(verdict)));
}
}  // namespace

class TestTargetIdentification : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const device::Catalog> m_catalog;

    // A fresh lab source over a scratch store: every test starts from the scenario.
    std::unique_ptr<sim::lab::LabProbeSource> labSource() {
        static int n = 0;
        auto registry = std::make_shared<sim::lab::LabRegistry>(
            std::make_shared<VirtualClock>(),
            sim::lab::LabStore(std::filesystem::path(m_dir.path().toStdString()) / std::to_string(++n)));
        return std::make_unique<sim::lab::LabProbeSource>(registry);
    }

    std::unique_ptr<probe::DebugProbe> open(sim::lab::LabProbeSource& source, const std::string& uri) {
        auto parsed = probe::parseProbeUri(uri);
        if (!parsed)
            return nullptr;
        auto probe = source.open(*parsed);
        if (!probe)
            qWarning("%s", probe.error().describe().c_str());
        return probe ? std::move(*probe) : nullptr;
    }

    // A shipped scenario changed by `edit`, written to the scratch folder.
    std::string variant(const std::string& shipped, const std::function<void(nlohmann::json&)>& edit) {
        auto listing = sim::listShippedScenarios();
        auto it =
            std::find_if(listing.begin(), listing.end(), [&](const auto& l) { return l.name == shipped; });
        if (it == listing.end())
            return {};
        nlohmann::json j = nlohmann::json::parse(std::ifstream(it->file));
        j["name"] = shipped + "-variant";
        edit(j);
        const auto path = std::filesystem::path(m_dir.path().toStdString()) / (shipped + "-variant.json");
        std::ofstream(path) << j.dump();
        return "lab:" + path.string();
    }

private slots:
    void initTestCase() {
        auto catalog = device::sharedCatalog();
        QVERIFY2(catalog, catalog ? "" : catalog.error().describe().c_str());
        m_catalog = *catalog;
    }

    void identifiesLabBoards_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<device::ConnectMode>("mode");
        QTest::addColumn<int>("devId");
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<device::NrstVerdict>("nrst");
        using M = device::ConnectMode;
        using V = device::NrstVerdict;
        QTest::newRow("H563 normal") << "lab:h563-open-healthy" << M::Normal << 0x484 << "Open" << V::Wired;
        QTest::newRow("H563 under reset")
            << "lab:h563-open-healthy" << M::UnderReset << 0x484 << "Open" << V::Wired;
        QTest::newRow("H563 hot plug")
            << "lab:h563-open-healthy" << M::HotPlug << 0x484 << "Open" << V::NotChecked;
        QTest::newRow("H7S7 normal") << "lab:h7s78-open-healthy" << M::Normal << 0x485 << "Open" << V::Wired;
        QTest::newRow("H7S7 NRST unwired")
            << "lab:h7s78-open-nrst-unwired" << M::Normal << 0x485 << "Open" << V::NotWired;
        QTest::newRow("H533 TZ-Closed, no DA")
            << "lab:h533-tzclosed-no-da" << M::Normal << 0x478 << "TZ-Closed" << V::Wired;
        QTest::newRow("H533 Provisioning")
            << "lab:h533-provisioning-no-da" << M::Normal << 0x478 << "Provisioning" << V::Wired;
    }
    void identifiesLabBoards() {
        QFETCH(QString, uri);
        QFETCH(device::ConnectMode, mode);
        QFETCH(int, devId);
        QFETCH(QString, lifecycle);
        QFETCH(device::NrstVerdict, nrst);
        auto source = labSource();
        auto probe = open(*source, uri.toStdString());
        QVERIFY(probe);
        device::ConnectOptions options;
        options.mode = mode;
        auto id = device::identifyTarget(*probe, *m_catalog, options);
        QVERIFY2(id, id ? "" : id.error().describe().c_str());
        QVERIFY(!id->blocker);
        QCOMPARE(int(id->devId), devId);
        QCOMPARE(QString::fromStdString(id->lifecycle), lifecycle);
        QCOMPARE(name(id->nrst.verdict), name(nrst));
        QVERIFY(id->flashKb.has_value());
        QVERIFY(!id->partLines.empty());
        QVERIFY(id->targetVoltage && *id->targetVoltage > 3.0);
        if (nrst != device::NrstVerdict::NotChecked)
            QCOMPARE(id->nrst.evidence.size(), std::size_t(2));  // DHCSR before and after the pulse

        // The core is left as the mode promises: caught at its reset vector under reset,
        // running otherwise.
        arm::CortexM core(*probe, id->coreAp);
        auto dhcsr = core.readDhcsr();
        QVERIFY(dhcsr);
        const bool halted = (*dhcsr & arm::dhcsr::kSHalt) != 0;
        QCOMPARE(halted, mode == device::ConnectMode::UnderReset);
        QCOMPARE(id->coreHalted, mode == device::ConnectMode::UnderReset);
    }

    void closedChipIsIdentifiedThroughAp0WithABlocker() {
        auto source = labSource();
        auto probe = open(*source, "lab:h563-closed-da");
        QVERIFY(probe);
        auto id = device::identifyTarget(*probe, *m_catalog);
        QVERIFY2(id, id ? "" : id.error().describe().c_str());
        QVERIFY(id->blocker);
        QCOMPARE(id->blocker->code, std::string("target.ap-closed"));
        QCOMPARE(int(id->devId), 0x484);
        QCOMPARE(int(id->idcodeAp.value_or(9)), 0);
        QCOMPARE(name(id->nrst.verdict), name(device::NrstVerdict::NotChecked));
        QCOMPARE(QString::fromStdString(id->lifecycle), QStringLiteral("unknown"));
    }

    // A probe that reads no voltage while the target answers has its T_VCC pin unconnected.
    void voltageMissingWhileTheTargetAnswersIsNoted() {
        const std::string uri =
            variant("h563-open-healthy", [](nlohmann::json& j) { j["probe"]["target_voltage"] = 0.0; });
        QVERIFY(!uri.empty());
        auto source = labSource();
        auto probe = open(*source, uri);
        QVERIFY(probe);
        auto id = device::identifyTarget(*probe, *m_catalog);
        QVERIFY2(id, id ? "" : id.error().describe().c_str());
        const bool noted = std::any_of(id->notes.begin(), id->notes.end(), [](const std::string& n) {
            return n.find("T_VCC") != std::string::npos;
        });
        QVERIFY(noted);
    }

    void roundTripsAreCountedAndV3IsFasterThanV2_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("V2") << "STLINK-V2";
        QTest::newRow("V3") << "STLINK-V3SET";
    }
    void roundTripsAreCountedAndV3IsFasterThanV2() {
        QFETCH(QString, model);
        const std::string uri = variant(
            "h563-open-healthy", [&](nlohmann::json& j) { j["probe"]["model"] = model.toStdString(); });
        auto source = labSource();
        auto probe = open(*source, uri);
        QVERIFY(probe);
        device::ConnectOptions options;
        options.checkNrst = false;
        const auto start = probe->clock().now();
        const auto before = probe->counters().roundTrips;
        QVERIFY(device::identifyTarget(*probe, *m_catalog, options));
        const double ms = toMilliseconds(probe->clock().now() - start);
        const auto trips = probe->counters().roundTrips - before;
        QVERIFY(trips > 20 && trips < 200);
        // Full-speed USB costs about 1 ms a round trip, high speed about 0.2 ms.
        const double perTrip = ms / double(trips);
        if (model == "STLINK-V2")
            QVERIFY2(perTrip > 0.8 && perTrip < 1.5, qPrintable(QString::number(perTrip)));
        else
            QVERIFY2(perTrip > 0.1 && perTrip < 0.4, qPrintable(QString::number(perTrip)));
    }
};

QTEST_GUILESS_MAIN(TestTargetIdentification)
#include "test_target_identification.moc"
