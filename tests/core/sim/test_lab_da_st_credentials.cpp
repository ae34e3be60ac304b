// ST's own sample DA credentials (../shared/testdata, read at run time, never copied) open a
// lab chip provisioned with ST's root key: a closed LabBoard behind its virtual ST-LINK,
// driven by the workbench's own DA session (core/auth/da_session.h) through the ST-LINK
// driver: request word under NRST, release, then DISCOVERY, AUTH_START, ST's chain and a
// token signed with ST's leaf key, word by word with the ACK handshake, in one reset. The full regression it
// grants brings the board back to Open, which the host sees through AP1. The suite skips, saying why, without
// the files.

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/auth/da_session.h"
#include "core/auth/obk_file.h"
#include "core/auth/st_permissions.h"
#include "core/device/catalog.h"
#include "core/sim/adac_device.h"
#include "core/sim/lab/lab_instance.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
using namespace rescue::sim;
namespace fs = std::filesystem;

namespace {

const fs::path kTestdata = RESCUE_TESTDATA_DIR;

const char* describe(const Error& e) {
    static std::string text;
    text = e.describe();
    return text.c_str();
}

}  // namespace

class TestLabDaStCredentials : public QObject {
    Q_OBJECT

private slots:
    void stSampleCredentialsOpenALabChip_data() {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("tzen");  // H5: the certificate method needs TrustZone on
        QTest::newRow("STM32H7S7 with ST's STM32H7S78-DK package") << "st-da-h7rs"
                                                                   << "STM32H7S7L8H6H"
                                                                   << "";
        QTest::newRow("STM32H563 with ST's NUCLEO-H563ZI package") << "st-da-h5"
                                                                   << "STM32H563ZI"
                                                                   << "0xB4";
    }
    void stSampleCredentialsOpenALabChip() {
        QFETCH(QString, package);
        QFETCH(QString, chip);
        QFETCH(QString, tzen);
        const fs::path dir = kTestdata / package.toStdString();
        if (!fs::exists(dir / "Keys/key_3_leaf.pem"))
            QSKIP(qPrintable("ST's sample DA files are not in " + QString::fromStdString(dir.string()) +
                             " (../shared/testdata): their licence keeps them out of the repository."));

        // The chip is provisioned as ST's DA_Config.obk says: ST's root key, ST's mask.
        auto obk = auth::loadObkFile(dir / "Binary/DA_Config.obk");
        QVERIFY(obk.ok());
        auto provisioned = AdacProvisioning::fromObk(*obk, AdacMethod::Certificate);
        QVERIFY(provisioned.ok());
        QTemporaryDir scenarioDir;
        const fs::path scenarioFile = fs::path(scenarioDir.path().toStdString()) / "st.json";
        nlohmann::json sc = {{"name", "st-" + package.toStdString()},
                             {"chip", chip.toStdString()},
                             {"lifecycle", "closed"},
                             {"seed", 11},
                             {"probe", {{"model", "STLINK-V3SET"}, {"nrst_wired", true}}},
                             {"da",
                              {{"method", "certificate"},
                               {"root_public_key", (dir / "Keys/key_1_root_pub.pem").string()},
                               {"permissions", provisioned->permissionMask.toHexInteger()}}}};
        if (!tzen.isEmpty())
            sc["option_bytes"] = {{"TZEN", tzen.toStdString()}};
        std::ofstream(scenarioFile) << sc.dump();
        auto scenario = loadScenarioFile(scenarioFile);
        QVERIFY2(scenario.ok(), scenario.ok() ? "" : describe(scenario.error()));
        auto clock = std::make_shared<VirtualClock>();
        auto lab = lab::LabInstance::create(*scenario, clock);
        QVERIFY2(lab.ok(), lab.ok() ? "" : describe(lab.error()));
        auto& board = (*lab)->board();
        const device::Family& family = board.chip().family();
        QCOMPARE(board.chip().lifecycleState().id, std::string("closed"));
        QVERIFY(board.chip().daConfiguration().has_value());
        QCOMPARE(board.chip().daConfiguration()->credentialHash, provisioned->rootKeyHash);
        // An application the regression must erase.
        board.withChip([](stm32::Stm32Chip& c) {
            c.flash().store(0x100, Bytes{0x12, 0x34, 0x56, 0x78});
            return 0;
        });

        // ST's chain and leaf key; the token asks for Full Regression.
        auto chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
        auto leaf = auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
        QVERIFY(chain.ok() && leaf.ok());
        const auth::DaFamily daFamily = board.chip().daFamily();
        const auto* fullRegression = auth::findStPermission(daFamily, "full-regression");
        QVERIFY(fullRegression);

        // The workbench's own DA session through the ordinary ST-LINK driver, in one reset.
        auto rig = testsupport::LabProbeRig::attach(std::move(*lab), clock);
        QVERIFY2(rig.ok(), rig.ok() ? "" : describe(rig.error()));
        auth::DaSession session(*(*rig)->probe, device::sharedCatalog().value());
        const Status opened = session.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()));
        auth::CertificateCredentials creds{chain->chain,
                                           std::make_shared<auth::PrivateKey>(std::move(*leaf))};
        auto outcome = session.authenticate(creds, auth::PermissionMask::fromBits({fullRegression->bit}));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : describe(outcome.error()));

        // The grant: user flash erased, back to Open; the host sees it through AP1.
        QCOMPARE(outcome->stateAfter, std::string("open"));
        QCOMPARE((*rig)->state(), std::string("open"));
        QCOMPARE((*rig)->probe->read32(1, family.flash.base + 0x100).valueOr(0), 0xFFFFFFFFu);
    }

    void aForeignRootKeyIsRefused() {
        // ST's chain against the lab's own root (resources/credentials/h7rs): the ROM refuses
        // the root certificate and the chip stays Closed.
        const fs::path dir = kTestdata / "st-da-h7rs";
        if (!fs::exists(dir / "Keys/key_3_leaf.pem"))
            QSKIP(
                "ST's sample DA files are not in ../shared/testdata: their licence keeps them out of the "
                "repository.");
        auto scenario = loadScenarioByNameOrPath("h7s78-closed-nrst-unwired");
        QVERIFY(scenario.ok());
        scenario->probe.nrstWired = true;
        scenario->seed = 4;
        auto clock = std::make_shared<VirtualClock>();
        auto lab = lab::LabInstance::create(*scenario, clock);
        QVERIFY(lab.ok());
        auto chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
        auto leaf = auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
        QVERIFY(chain.ok() && leaf.ok());
        auto rig = testsupport::LabProbeRig::attach(std::move(*lab), clock);
        QVERIFY(rig.ok());
        auth::DaSession session(*(*rig)->probe, device::sharedCatalog().value());
        QVERIFY(session.open().ok());
        auth::CertificateCredentials creds{chain->chain,
                                           std::make_shared<auth::PrivateKey>(std::move(*leaf))};
        auto outcome = session.authenticate(creds, auth::PermissionMask::fromBits({14}));
        QVERIFY(!outcome.ok());
        QCOMPARE(QString::fromStdString(outcome.error().code), QStringLiteral("da.root-mismatch"));
        clock->advance(std::chrono::seconds(5));
        QCOMPARE((*rig)->state(), std::string("closed"));
    }
};

QTEST_GUILESS_MAIN(TestLabDaStCredentials)
#include "test_lab_da_st_credentials.moc"
