// ST's own sample DA credentials (../shared/testdata, read at run time, never copied) open a
// lab chip provisioned with ST's root key: a closed LabBoard behind its virtual ST-LINK,
// driven through the DBGMCU mailbox over AP0 as ST's tool does it (request word under NRST,
// release, then DISCOVERY, AUTH_START, ST's chain and a token signed with ST's leaf key,
// word by word with the ACK handshake). The full regression it grants brings the board back
// to Open, which the host sees through AP1. The suite skips, saying why, without the files.

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/auth/obk_file.h"
#include "core/auth/st_permissions.h"
#include "core/sim/adac_device.h"
#include "core/sim/lab/lab_instance.h"
#include "lab_mailbox_host.h"

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
        testsupport::CertificateCredentials credentials{
            chain->chain, &*leaf, auth::PermissionMask::fromBits({fullRegression->bit})};

        testsupport::StlinkHost probe(*(*lab)->probe(), (*lab)->probe()->identity().usb.outEndpoint);
        testsupport::MailboxHost mailbox(probe, *clock, testsupport::MailboxLayout::of(family));
        const testsupport::ResetLine nrst = [&](bool hold) -> Status {
            auto r = probe.checked(probe::stlink::request::driveNrst(hold ? probe::stlink::NrstDrive::Low
                                                                          : probe::stlink::NrstDrive::High));
            return r ? Status{} : Status{r.error()};
        };
        std::string step;
        const Status authenticated =
            testsupport::authenticateWithCertificates(probe, mailbox, nrst, credentials, step);
        QVERIFY2(authenticated.ok(), qPrintable(QString::fromStdString(step + ": ") +
                                                (authenticated.ok() ? "" : describe(authenticated.error()))));

        // The grant: user flash erased, back to Open; the host sees it through AP1.
        const Status open = testsupport::waitForOpen(probe, *clock, family);
        QVERIFY2(open.ok(), open.ok() ? "" : describe(open.error()));
        QCOMPARE(board.withChip([](stm32::Stm32Chip& c) { return c.lifecycleState().id; }),
                 std::string("open"));
        QCOMPARE(probe.read32(1, family.flash.base + 0x100).valueOr(0), 0xFFFFFFFFu);
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
        testsupport::CertificateCredentials credentials{chain->chain, &*leaf,
                                                        auth::PermissionMask::fromBits({14})};
        testsupport::StlinkHost probe(*(*lab)->probe(), (*lab)->probe()->identity().usb.outEndpoint);
        testsupport::MailboxHost mailbox(probe, *clock,
                                         testsupport::MailboxLayout::of((*lab)->board().chip().family()));
        const testsupport::ResetLine nrst = [&](bool hold) -> Status {
            auto r = probe.checked(probe::stlink::request::driveNrst(hold ? probe::stlink::NrstDrive::Low
                                                                          : probe::stlink::NrstDrive::High));
            return r ? Status{} : Status{r.error()};
        };
        std::string step;
        const Status authenticated =
            testsupport::authenticateWithCertificates(probe, mailbox, nrst, credentials, step);
        QVERIFY(!authenticated.ok());
        QCOMPARE(QString::fromStdString(step), QStringLiteral("certificate 1"));
        clock->advance(std::chrono::seconds(5));
        QCOMPARE((*lab)->board().withChip([](stm32::Stm32Chip& c) { return c.lifecycleState().id; }),
                 std::string("closed"));
    }
};

QTEST_GUILESS_MAIN(TestLabDaStCredentials)
#include "test_lab_da_st_credentials.moc"
