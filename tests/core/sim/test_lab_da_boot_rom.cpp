// The lab's boot ROM DA service as a host meets it through a virtual ST-LINK and the DBGMCU
// mailbox: the request word must be there when the ROM starts (NRST wired or the button,
// the grace window), the ROM gives up on a silent host, unprovisioned chips answer or stay
// silent as configured, and each grant does what it says (full regression to Open, debug
// re-open of AP1, the H503 password). The lab's own demo credentials are used throughout.

#include <QtTest>

#include <fstream>

#include "core/auth/st_permissions.h"
#include "core/sim/lab/da_boot_rom.h"
#include "core/sim/lab/lab_instance.h"
#include "lab_mailbox_host.h"

using namespace rescue;
using namespace rescue::sim;
namespace fs = std::filesystem;
namespace ps = rescue::probe::stlink;

namespace {

const char* describe(const Error& e) {
    static std::string text;
    text = e.describe();
    return text.c_str();
}

const fs::path kCredentials = fs::path(RESCUE_SOURCE_DIR) / "resources/credentials";

// A closed lab board, a host on its probe, and the mailbox driver.
struct Rig {
    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    std::unique_ptr<lab::LabInstance> lab;
    std::optional<testsupport::StlinkHost> probe;
    std::optional<testsupport::MailboxHost> mailbox;

    Status open(Scenario scenario) {
        scenario.seed = 3;
        auto created = lab::LabInstance::create(std::move(scenario), clock);
        if (!created)
            return std::move(created).error();
        lab = std::move(created).value();
        probe.emplace(*lab->probe(), lab->probe()->identity().usb.outEndpoint);
        mailbox.emplace(*probe, *clock, testsupport::MailboxLayout::of(family()));
        return {};
    }
    stm32::LabBoard& board() { return lab->board(); }
    const device::Family& family() { return board().chip().family(); }
    std::string state() {
        return board().withChip([](stm32::Stm32Chip& c) { return c.lifecycleState().id; });
    }
    lab::DaBootRom* rom() { return dynamic_cast<lab::DaBootRom*>(board().chip().bootRomService()); }

    testsupport::ResetLine probeNrst() {
        return [this](bool hold) -> Status {
            auto r = probe->checked(ps::request::driveNrst(hold ? ps::NrstDrive::Low : ps::NrstDrive::High));
            return r ? Status{} : Status{r.error()};
        };
    }
    testsupport::ResetLine button() {
        return [this](bool hold) -> Status {
            hold ? board().pressResetButton() : board().releaseResetButton();
            return {};
        };
    }
    // Steps 1-6 of adac-protocol.md section 14.2.
    Result<std::uint32_t> openChannel(const testsupport::ResetLine& reset, bool requestAfterRelease = false) {
        if (Status s = reset(true); !s)
            return s.error();
        if (Status s = probe->connect({0}); !s)
            return s.error();
        if (!requestAfterRelease)
            if (Status s = mailbox->writeRequest(); !s)
                return s.error();
        if (Status s = reset(false); !s)
            return s.error();
        if (requestAfterRelease)
            if (Status s = mailbox->writeRequest(); !s)
                return s.error();
        return mailbox->awaitOpening(std::chrono::milliseconds(300));
    }
    testsupport::CertificateCredentials credentials(const std::string& set, const char* permission) {
        chain = auth::loadChainFile(kCredentials / set / "Certificates/cert_leaf_chain.b64").value().chain;
        leaf.emplace(auth::PrivateKey::loadFile(kCredentials / set / "Keys/key_3_leaf.pem").value());
        // "bit:N" asks for a raw permission bit.
        const std::string_view name = permission;
        if (name.starts_with("bit:"))
            return {chain, &*leaf, auth::PermissionMask::fromBits({std::atoi(permission + 4)})};
        const auto* p = auth::findStPermission(board().chip().daFamily(), name);
        return {chain, &*leaf, p ? auth::PermissionMask::fromBits({p->bit}) : auth::PermissionMask{}};
    }
    auth::CertificateChain chain;
    std::optional<auth::PrivateKey> leaf;
};

Scenario shipped(const char* name) {
    return loadScenarioByNameOrPath(name).value();
}

}  // namespace

class TestLabDaBootRom : public QObject {
    Q_OBJECT

private slots:
    void theRequestMustBeThereWhenTheRomStarts_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("reset");  // probe | button
        QTest::addColumn<bool>("afterRelease");
        QTest::addColumn<int>("graceMs");
        QTest::addColumn<bool>("answers");
        QTest::newRow("NRST wired, probe reset") << "h563-closed-da"
                                                 << "probe" << false << 0 << true;
        // The first field report: the probe's NRST reaches nothing, so the ROM never runs.
        QTest::newRow("NRST unwired, probe reset") << "h7s78-closed-nrst-unwired"
                                                   << "probe" << false << 0 << false;
        QTest::newRow("NRST unwired, board button held") << "h7s78-closed-nrst-unwired"
                                                         << "button" << false << 0 << true;
        QTest::newRow("request after release, no grace") << "h563-closed-da"
                                                         << "probe" << true << 0 << false;
        QTest::newRow("request after release, 50 ms grace") << "h563-closed-da"
                                                            << "probe" << true << 50 << true;
    }
    void theRequestMustBeThereWhenTheRomStarts() {
        QFETCH(QString, scenario);
        QFETCH(QString, reset);
        QFETCH(bool, afterRelease);
        QFETCH(int, graceMs);
        QFETCH(bool, answers);
        Scenario sc = shipped(scenario.toLatin1().constData());
        if (graceMs > 0)
            sc.chipParameters["graceWindowMs"] = graceMs;
        Rig rig;
        QVERIFY2(rig.open(sc).ok(), "board");
        auto opened = rig.openChannel(reset == "probe" ? rig.probeNrst() : rig.button(), afterRelease);
        QCOMPARE(opened.ok(), answers);
        if (!answers) {
            QCOMPARE(QString::fromStdString(opened.error().code), QStringLiteral("test.da.no-response"));
            return;
        }
        QCOMPARE(rig.rom()->sessions(), 1u);
        auto discovery = rig.mailbox->exchange(auth::AdacCommand::Discovery);
        QVERIFY2(discovery.ok(), discovery.ok() ? "" : describe(discovery.error()));
        QVERIFY(discovery->is(auth::AdacStatus::Success));
    }

    void aSilentHostLosesTheRom() {
        Rig rig;
        QVERIFY(rig.open(shipped("h563-closed-da")).ok());
        QVERIFY(rig.openChannel(rig.probeNrst()).ok());
        QVERIFY(rig.rom()->inSession());
        rig.clock->advance(rig.board().chip().parameters().da.idleHostTimeout +
                           std::chrono::milliseconds(10));
        rig.board().sync();
        QVERIFY(!rig.rom()->inSession());
        QCOMPARE(rig.board().chip().phase(), stm32::ChipPhase::Application);
        // The request now goes nowhere: no reply word comes back.
        auto late = rig.mailbox->exchange(auth::AdacCommand::Discovery);
        QVERIFY(!late.ok());
        QCOMPARE(QString::fromStdString(late.error().code), QStringLiteral("test.da.timeout"));
    }

    void unprovisionedChipsAnswerOrStaySilent_data() {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<bool>("answers");
        QTest::newRow("answers-discovery") << "answers-discovery" << true;
        QTest::newRow("silent (the H533 field case)") << "silent" << false;
    }
    void unprovisionedChipsAnswerOrStaySilent() {
        QFETCH(QString, behaviour);
        QFETCH(bool, answers);
        Scenario sc = shipped("h533-tzclosed-no-da");
        sc.chipParameters["whenNotProvisioned"] = behaviour.toStdString();
        Rig rig;
        QVERIFY(rig.open(sc).ok());
        auto opened = rig.openChannel(rig.probeNrst());
        QCOMPARE(opened.ok(), answers);
        if (!answers)
            return;
        auto discovery = rig.mailbox->exchange(auth::AdacCommand::Discovery);
        QVERIFY(discovery.ok() && discovery->is(auth::AdacStatus::Success));
        auto parsed = auth::parseDiscovery(discovery->data);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->info.stIntegrity.has_value());
        QVERIFY(*parsed->info.stIntegrity != auth::kStIntegrityProvisioned);  // nothing provisioned
        QCOMPARE(parsed->info.socClass.value_or(0), 0x478u);
    }

    void grantsDoWhatTheySay_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("credentials");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("state");  // afterwards
        QTest::addColumn<bool>("ap1");       // AP1 reads SRAM afterwards
        QTest::newRow("H563 full regression") << "h563-closed-da"
                                              << "h5"
                                              << "full-regression"
                                              << "open" << true;
        QTest::newRow("H563 debug re-open, non-secure level 3") << "h563-closed-da"
                                                                << "h5"
                                                                << "debug-ns-l3"
                                                                << "closed" << true;
        QTest::newRow("H7S7 full regression") << "h7s78-closed-nrst-unwired"
                                              << "h7rs"
                                              << "full-regression"
                                              << "open" << true;
        // Bit 12 is in the lab's H7RS certificates but not in the chip's DA_Config.obk mask.
        QTest::newRow("H7S7 bit outside the provisioned mask") << "h7s78-closed-nrst-unwired"
                                                               << "h7rs"
                                                               << "bit:12"
                                                               << "closed" << false;
    }
    void grantsDoWhatTheySay() {
        QFETCH(QString, scenario);
        QFETCH(QString, credentials);
        QFETCH(QString, permission);
        QFETCH(QString, state);
        QFETCH(bool, ap1);
        // NRST wired, so the probe resets the board (the H7S7 report's board otherwise as shipped).
        Scenario sc = shipped(scenario.toLatin1().constData());
        sc.probe.nrstWired = true;
        Rig rig;
        QVERIFY(rig.open(sc).ok());
        const auto creds = rig.credentials(credentials.toStdString(), permission.toLatin1().constData());
        std::string step;
        const Status s =
            testsupport::authenticateWithCertificates(*rig.probe, *rig.mailbox, rig.probeNrst(), creds, step);
        if (!ap1) {
            // Nothing the chip may grant: the token is refused and the chip stays closed.
            QVERIFY(!s.ok());
            QCOMPARE(QString::fromStdString(step), QStringLiteral("token"));
        } else {
            QVERIFY2(s.ok(),
                     qPrintable(QString::fromStdString(step) + ": " + (s.ok() ? "" : describe(s.error()))));
            QVERIFY(rig.rom()->lastGrant().has_value());
        }
        if (state == "open") {
            QVERIFY(testsupport::waitForOpen(*rig.probe, *rig.clock, rig.family()).ok());
        } else {
            rig.clock->advance(std::chrono::seconds(2));  // the ROM hands over
            QVERIFY(rig.probe->connect({0, 1}).ok());
        }
        QCOMPARE(QString::fromStdString(rig.state()), state);
        const std::uint32_t sram = rig.board().chip().sram().front().base;
        QCOMPARE(rig.probe->write32(1, sram, 0xA5A5A5A5).ok(), ap1);
        if (permission == "debug-ns-l3")
            QCOMPARE(rig.board().chip().debugReopen().nonSecureLevel, 3);
    }

    void h503PasswordOpensTheBoard() {
        Rig rig;
        QVERIFY(rig.open(shipped("h503-closed-password")).ok());
        QVERIFY(rig.openChannel(rig.probeNrst()).ok());
        auto discovery = rig.mailbox->exchange(auth::AdacCommand::Discovery);
        QVERIFY(discovery.ok() && discovery->is(auth::AdacStatus::Success));
        QVERIFY(rig.mailbox->exchange(auth::AdacCommand::AuthStart).ok());
        std::ifstream in(kCredentials / "h503/da_password.bin", std::ios::binary);
        const Bytes tlv((std::istreambuf_iterator<char>(in)), {});
        QVERIFY(!tlv.empty());
        auto reply = rig.mailbox->exchange(auth::AdacCommand::AuthResponse, tlv);
        QVERIFY2(reply.ok(), reply.ok() ? "" : describe(reply.error()));
        QVERIFY(reply->is(auth::AdacStatus::Success));
        const Status open = testsupport::waitForOpen(*rig.probe, *rig.clock, rig.family());
        QVERIFY2(open.ok(), open.ok() ? "" : describe(open.error()));
    }

    void badAdacOptionNamesTheField() {
        Scenario sc = shipped("h563-closed-da");
        sc.chipParameters["adac"] = {{"discoveryPadding", "sideways"}};
        auto lab = lab::LabInstance::create(sc, std::make_shared<VirtualClock>());
        QVERIFY(!lab.ok());
        QVERIFY2(lab.error().message.find("chip_parameters.adac.discoveryPadding") != std::string::npos,
                 describe(lab.error()));
        sc.chipParameters["adac"] = {{"discoveryPadding", "unpadded"}, {"checkPlatformScope", false}};
        QVERIFY(lab::LabInstance::create(sc, std::make_shared<VirtualClock>()).ok());
    }
};

QTEST_GUILESS_MAIN(TestLabDaBootRom)
#include "test_lab_da_boot_rom.moc"
