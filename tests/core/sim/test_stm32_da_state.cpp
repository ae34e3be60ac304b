// DA provisioning from a scenario (where each family keeps it, checked against ST's own
// files when ../shared/testdata is present), the actions a DA grant triggers (full and
// partial regression, debug re-open), scenario errors, and board state save/restore.

#include <QtTest>

#include <fstream>

#include "core/auth/keys.h"
#include "core/auth/password.h"
#include "core/auth/random_source.h"
#include "stm32_test_support.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::stm32;
using namespace rescue::sim::stm32::test;

namespace {

// Where the copy in force of an option register is, from the catalog.
std::uint32_t curAddress(const device::Family& f, const char* reg) {
    return f.optionBytes.curAddress(*f.optionBytes.registerNamed(reg));
}

struct Credentials {
    QTemporaryDir dir;
    std::filesystem::path rootKey;
    std::filesystem::path password;
    auth::Sha256Digest rootHash{};
    Credentials() {
        auto random = auth::makeSeededRandom(42);
        const auto key = auth::PrivateKey::generate(*random);
        rootHash = key.fingerprint();
        rootKey = std::filesystem::path(dir.path().toStdString()) / "root_pub.pem";
        std::ofstream(rootKey) << key.publicKey().toSpkiPem();
        password = std::filesystem::path(dir.path().toStdString()) / "password.bin";
        std::ofstream(password) << "lab-password-1234";
    }
};

Credentials& credentials() {
    static Credentials c;
    return c;
}

Scenario withDa(Scenario s, DaMethod method, const std::string& permissions = {}) {
    DaSpec da;
    da.method = method;
    da.rootPublicKey = credentials().rootKey;
    da.passwordFile = credentials().password;
    da.permissions = permissions;
    s.da = da;
    return s;
}

auth::Sha256Digest labPasswordHash() {
    const std::string p = "lab-password-1234";
    return auth::passwordHash(ByteView(reinterpret_cast<const std::uint8_t*>(p.data()), p.size()));
}

}  // namespace

class TestStm32DaState : public QObject {
    Q_OBJECT

private slots:
    void provisioningFromScenario_data();
    void provisioningFromScenario();
    void provisioningMatchesStFiles();
    void fullRegression_data();
    void fullRegression();
    void regressionCutByPowerLoss_data();
    void regressionCutByPowerLoss();
    void partialRegression();
    void debugReopen();
    void obkProvisioningService();
    void scenarioErrors_data();
    void scenarioErrors();
    void saveRestoreRoundTrip_data();
    void saveRestoreRoundTrip();
    void restoreRefusesOtherState();
};

// ---- provisioning ----------------------------------------------------------------------------

void TestStm32DaState::provisioningFromScenario_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("field");  // the option field that selects the method
    QTest::addColumn<quint32>("value");
    QTest::newRow("H563 certificate: TZEN on")
        << "STM32H563ZI" << int(DaMethod::Certificate) << "TZEN" << 0xB4u;
    QTest::newRow("H533 password: TZEN off") << "STM32H533RE" << int(DaMethod::Password) << "TZEN" << 0xC3u;
    QTest::newRow("H7S7 certificate: DBG_AUTH 0x51")
        << "STM32H7S7L8" << int(DaMethod::Certificate) << "DBG_AUTH" << 0x51u;
    QTest::newRow("H7S7 password: DBG_AUTH 0x8A")
        << "STM32H7S7L8" << int(DaMethod::Password) << "DBG_AUTH" << 0x8Au;
    QTest::newRow("H503 password: OTP block 0 locked")
        << "STM32H503RB" << int(DaMethod::Password) << "LOCKBL" << 0x1u;
}

void TestStm32DaState::provisioningFromScenario() {
    QFETCH(QString, chip);
    QFETCH(int, method);
    QFETCH(QString, field);
    QFETCH(quint32, value);
    VirtualClock clock;
    const auto m = static_cast<DaMethod>(method);
    auto board = makeBoard(
        withDa(scenario(chip.toStdString(), "closed"), m, m == DaMethod::Certificate ? "0x4007" : ""), clock);
    QVERIFY(board);
    auto& chip_ = board->chip();
    QCOMPARE(chip_.optionBytes().field(field.toStdString()), value);
    const auto config = chip_.daConfiguration();
    QVERIFY(config);
    QVERIFY(config->integrityValid);
    if (m == DaMethod::Certificate) {
        QCOMPARE(config->method, StoredDaConfiguration::Method::Certificate);
        QCOMPARE(config->credentialHash, credentials().rootHash);
        QCOMPARE(config->permissions, auth::PermissionMask::fromBits({0, 1, 2, 14}));
    } else {
        QCOMPARE(config->method, StoredDaConfiguration::Method::Password);
        QCOMPARE(config->credentialHash, labPasswordHash());
    }
}

void TestStm32DaState::provisioningMatchesStFiles() {
    const std::filesystem::path data = RESCUE_TESTDATA_DIR;
    if (!std::filesystem::exists(data / "st-da-h503"))
        QSKIP("ST's sample DA files (../shared/testdata) are not present on this machine.");
    VirtualClock clock;
    // H503: ST writes board_password.bin (= SHA-256 of user_password.bin) into OTP.
    Scenario h503 = scenario("STM32H503RB", "closed");
    h503.da = DaSpec{DaMethod::Password, {}, {}, data / "st-da-h503" / "user_password.bin"};
    auto b503 = makeBoard(h503, clock);
    QVERIFY(b503);
    std::ifstream in(data / "st-da-h503" / "board_password.bin", std::ios::binary);
    const Bytes expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto otp = b503->chip().otp()->bytes().subspan(0, 32);
    QCOMPARE(Bytes(otp.begin(), otp.end()), expected);

    // H563: the password .obk ST ships, byte for byte (mask 0x5077, flag 0).
    Scenario h563 = scenario("STM32H563ZI", "closed");
    h563.da = DaSpec{DaMethod::Password, {}, "0x5077", data / "st-da-h5" / "Binary" / "password.bin"};
    auto b563 = makeBoard(h563, clock);
    QVERIFY(b563);
    auto st = auth::loadObkFile(data / "st-da-h5" / "Binary" / "DA_ConfigWithPassword.obk");
    QVERIFY(st);
    const auto config = b563->chip().daConfiguration();
    QVERIFY(config && config->obk);
    QCOMPARE(config->obk->destination, st->destination);
    QCOMPARE(config->obk->payload, st->payload);
}

// ---- regressions and re-open ----------------------------------------------------------------

void TestStm32DaState::fullRegression_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("lifecycle");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("wrpField");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("daKept");  // the H503 password lives in OTP, which no regression erases
    // The first field report: H7S7 Closed with every WRPS bit 0.
    QTest::newRow("H7S7 closed, WRPS=0") << "STM32H7S7L8"
                                         << "closed" << int(DaMethod::Certificate) << "WRPS" << true << false;
    QTest::newRow("H7S7 provisioning")
        << "STM32H7S7L8"
        << "provisioning" << int(DaMethod::Password) << "WRPS" << true << false;
    QTest::newRow("H563 closed") << "STM32H563ZI"
                                 << "closed" << int(DaMethod::Certificate) << "WRPSGn1" << true << false;
    QTest::newRow("H533 provisioning")
        << "STM32H533RE"
        << "provisioning" << int(DaMethod::Password) << "WRPSGn2" << true << false;
    QTest::newRow("H503 closed, password in OTP")
        << "STM32H503RB"
        << "closed" << int(DaMethod::Password) << "WRPSGn1" << true << true;
    QTest::newRow("H563 locked: refused")
        << "STM32H563ZI"
        << "locked" << int(DaMethod::Certificate) << "WRPSGn1" << false << true;
    QTest::newRow("H7S7 open: nothing to regress")
        << "STM32H7S7L8"
        << "open" << int(DaMethod::Certificate) << "WRPS" << false << true;
}

void TestStm32DaState::fullRegression() {
    QFETCH(QString, chip);
    QFETCH(QString, lifecycle);
    QFETCH(int, method);
    QFETCH(QString, wrpField);
    QFETCH(bool, allowed);
    QFETCH(bool, daKept);
    VirtualClock clock;
    auto board = makeBoard(
        withDa(scenario(chip.toStdString(), lifecycle.toStdString(), {{wrpField.toStdString(), "0"}}),
               static_cast<DaMethod>(method)),
        clock);
    QVERIFY(board);
    Stm32Chip& c = board->chip();
    c.flash().store(0x100, Bytes{1, 2, 3, 4});
    c.sram().front().memory->load(0x40, Bytes{9, 9, 9, 9});
    const auto optionsBefore = c.optionBytes().cur().registers();
    const std::string wrpReg = c.family().optionBytes.field(wrpField.toStdString())->registerName;

    auto done = c.applyFullRegression();
    QCOMPARE(done.ok(), allowed);
    if (!allowed) {
        QCOMPARE(c.lifecycleState().id, lifecycle.toStdString());
        QCOMPARE(c.flash().bytes()[0x100], std::uint8_t{1});
        return;
    }
    // While the ROM erases, AP1 stays closed; the transient state shows where the family has one.
    QVERIFY(c.regressionRunning());
    QVERIFY(!c.availability().ap1);
    if (c.family().lifecycle.state("regression"))
        QCOMPARE(c.lifecycleState().id, std::string("regression"));
    clock.advance(*done - clock.now());
    board->sync();
    QVERIFY(!c.regressionRunning());
    QCOMPARE(c.lifecycleState().id, std::string("open"));
    QCOMPARE(c.phase(), ChipPhase::Application);

    SwdHost host(*board);
    QVERIFY(host.connect());
    const auto& f = c.family();
    QCOMPARE(host.mustRead(1, f.flash.base + 0x100), 0xFFFFFFFFu);  // user flash erased
    QCOMPARE(host.mustRead(1, c.sram().front().base + 0x40), 0u);   // SRAM erased
    QCOMPARE(c.daConfiguration().has_value(), daKept);              // OBK erased
    // WRP survives the regression (both field reports): still every sector protected.
    QCOMPARE(host.mustRead(1, curAddress(f, wrpReg.c_str())), optionsBefore.at(wrpReg));
}

// [inferred, see Stm32Chip::resumeInterruptedRegression] Power lost (or NRST) while the ROM
// erases: the chip boots in the transient state and does the regression again, ending Open
// with its DA configuration erased, not stuck in Regression with no key to authenticate.
void TestStm32DaState::regressionCutByPowerLoss_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<bool>("powerLoss");  // false: a reset pulse on NRST
    QTest::newRow("H563 closed, power lost") << "STM32H563ZI" << true;
    QTest::newRow("H563 closed, NRST pulse") << "STM32H563ZI" << false;
    QTest::newRow("H7S7 closed, power lost") << "STM32H7S7L8" << true;
}

void TestStm32DaState::regressionCutByPowerLoss() {
    QFETCH(QString, chip);
    QFETCH(bool, powerLoss);
    VirtualClock clock;
    auto board = makeBoard(withDa(scenario(chip.toStdString(), "closed"), DaMethod::Certificate), clock);
    QVERIFY(board);
    Stm32Chip& c = board->chip();
    c.flash().store(0x100, Bytes{1, 2, 3, 4});
    auto done = c.applyFullRegression();
    QVERIFY(done.ok());
    clock.advance((*done - clock.now()) / 2);
    board->sync();
    QVERIFY(c.regressionRunning());
    if (powerLoss) {
        board->powerCycle();
    } else {
        board->pressResetButton();
        board->releaseResetButton();
    }
    board->sync();
    // Started again at boot where the family has a transient state; the H7RS has none (its
    // option bytes hold the target state from the start), so it boots Open at once.
    if (c.family().lifecycle.state("regression")) {
        QVERIFY(c.regressionRunning());
        QVERIFY(!c.availability().ap1);
    }
    clock.advance(std::chrono::minutes(5));
    board->sync();
    QVERIFY(!c.regressionRunning());
    QCOMPARE(c.lifecycleState().id, std::string("open"));
    QCOMPARE(c.phase(), ChipPhase::Application);
    QVERIFY(!c.daConfiguration().has_value());
    SwdHost host(*board);
    QVERIFY(host.connect());
    QCOMPARE(host.mustRead(1, c.family().flash.base + 0x100), 0xFFFFFFFFu);
}

void TestStm32DaState::partialRegression() {
    VirtualClock clock;
    // Bank 1 sectors 0..3 secure, bank 2 no secure area.
    auto board = makeBoard(withDa(scenario("STM32H563ZI", "closed",
                                           {{"TZEN", "0xB4"},
                                            {"SECWM1_STRT", "0"},
                                            {"SECWM1_END", "3"},
                                            {"SECWM2_STRT", "1"},
                                            {"SECWM2_END", "0"}}),
                                  DaMethod::Certificate),
                           clock);
    QVERIFY(board);
    Stm32Chip& c = board->chip();
    const Bytes data{0xAB, 0xCD};
    c.flash().store(c.flash().sectorOffset(1, 2), data);
    c.flash().store(c.flash().sectorOffset(1, 10), data);
    c.flash().store(c.flash().sectorOffset(2, 0), data);
    auto done = c.applyPartialRegression();
    QVERIFY(done);
    QCOMPARE(c.lifecycleState().id, std::string("ns-regression"));
    clock.advance(*done - clock.now());
    board->sync();
    QCOMPARE(c.lifecycleState().id, std::string("tz-closed"));
    QCOMPARE(c.flash().bytes()[c.flash().sectorOffset(1, 2)], std::uint8_t{0xAB});   // secure: kept
    QCOMPARE(c.flash().bytes()[c.flash().sectorOffset(1, 10)], std::uint8_t{0xFF});  // non-secure: erased
    QCOMPARE(c.flash().bytes()[c.flash().sectorOffset(2, 0)], std::uint8_t{0xFF});
    QVERIFY(c.daConfiguration());  // OBK kept

    // Without TrustZone there is no partial regression; nor on H7RS.
    auto noTz = makeBoard(withDa(scenario("STM32H563ZI", "closed"), DaMethod::Password), clock);
    QVERIFY(!noTz->chip().applyPartialRegression());
    auto h7 = makeBoard(withDa(scenario("STM32H7S7L8", "closed"), DaMethod::Certificate), clock);
    QVERIFY(!h7->chip().applyPartialRegression());
}

void TestStm32DaState::debugReopen() {
    VirtualClock clock;
    auto board = makeBoard(withDa(scenario("STM32H563ZI", "closed"), DaMethod::Certificate), clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    const auto& f = board->chip().family();
    QCOMPARE(host.read32(1, f.dbgmcu.ap1Base).ack, SwdAck::Fault);
    auth::PermissionGrant grant;
    grant.debugLevel = 2;
    QVERIFY(board->chip().applyGrant(grant));
    QCOMPARE(host.read32(1, f.dbgmcu.ap1Base).ack, SwdAck::Ok);
    QCOMPARE(host.read32(1, 0x0C000000u).ack, SwdAck::Fault);  // non-secure level only
    QCOMPARE(host.read32(0, f.dbgmcu.ap0Base + 0xFC).value, 0x00030003u);
    // Survives NRST (adac-protocol.md section 17 default)...
    board->setProbeNrst(true);
    board->setProbeNrst(false);
    QCOMPARE(host.read32(1, f.dbgmcu.ap1Base).ack, SwdAck::Ok);
    // ...not a power cycle.
    board->powerCycle();
    QVERIFY(host.connect());
    QCOMPARE(host.read32(1, f.dbgmcu.ap1Base).ack, SwdAck::Fault);
    // A secure level opens the secure aliases too.
    QVERIFY(board->chip().applyDebugReopen({1, 3}));
    QCOMPARE(host.read32(1, 0x0C000000u).ack, SwdAck::Ok);
    // Locked allows nothing.
    auto locked = makeBoard(scenario("STM32H563ZI", "locked"), clock);
    QVERIFY(!locked->chip().applyDebugReopen({3, 0}));
    QVERIFY(!locked->chip().applyGrant(auth::PermissionGrant{}));
}

void TestStm32DaState::obkProvisioningService() {
    VirtualClock clock;
    // -sdp works in Provisioning only; on H7RS the method's DBG_AUTH code follows.
    auto board = makeBoard(scenario("STM32H7S7L8", "provisioning"), clock);
    QVERIFY(board);
    Stm32Chip& c = board->chip();
    auto obk = auth::buildDaConfiguration(*c.family().da.obkDestination("password"), 0, labPasswordHash(),
                                          auth::PermissionMask{}, auth::PermissionFieldWidth::Bits128);
    QVERIFY(obk);
    QVERIFY(c.provisionObk(*obk));
    QCOMPARE(c.optionBytes().field("DBG_AUTH"), 0x8Au);
    QCOMPARE(c.daConfiguration()->method, StoredDaConfiguration::Method::Password);
    QVERIFY(c.setProductState(0x72));
    QCOMPARE(c.lifecycleState().id, std::string("closed"));
    QVERIFY(!c.provisionObk(*obk));  // Closed: refused
    // -obrss with the SRP address (and the SR address one ST script uses).
    auto open = makeBoard(scenario("STM32H7S7L8", "provisioning", {{"WRPS", "0x00"}}), clock);
    const auto& t = open->chip().family().optionBytes;
    QVERIFY(open->chip().writeOptionWord(t.prgAddress(*t.registerNamed("WRPSR")), 0xFF, 0xFF));
    QCOMPARE(open->chip().optionBytes().field("WRPS"), 0xFFu);
    QVERIFY(!open->chip().writeOptionWord(0x52002000u, 0xFF, 0xFF));  // not an option register
}

// ---- scenario errors ------------------------------------------------------------------------

void TestStm32DaState::scenarioErrors_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");  // the error must name it
    QTest::newRow("unknown chip") << R"({"name":"x","chip":"STM32H999ZZ"})"
                                  << "chip";
    QTest::newRow("unknown option field")
        << R"({"name":"x","chip":"STM32H563ZI","option_bytes":{"WRPX":"0"}})"
        << "option_bytes.WRPX";
    QTest::newRow("value a chip refuses")
        << R"({"name":"x","chip":"STM32H563ZI","option_bytes":{"TZEN":"0x12"}})"
        << "option_bytes.TZEN";
    QTest::newRow("too wide") << R"({"name":"x","chip":"STM32H7S7L8","option_bytes":{"WRPS":"0x1FF"}})"
                              << "option_bytes.WRPS";
    QTest::newRow("read-only field") << R"({"name":"x","chip":"STM32H7S7L8","option_bytes":{"PERSO_OK":0}})"
                                     << "option_bytes.PERSO_OK";
    QTest::newRow("field of another line")
        << R"({"name":"x","chip":"STM32H7R7L8","option_bytes":{"IROT_SELECT":"0xB4"}})"
        << "option_bytes.IROT_SELECT";
    QTest::newRow("H7RS state is no option byte")
        << R"({"name":"x","chip":"STM32H7S7L8","option_bytes":{"PRODUCT_STATE":"0x72"}})"
        << "option_bytes.PRODUCT_STATE";
    QTest::newRow("state and lifecycle disagree")
        << R"({"name":"x","chip":"STM32H563ZI","lifecycle":"closed","option_bytes":{"PRODUCT_STATE":"0x17"}})"
        << "option_bytes.PRODUCT_STATE";
    QTest::newRow("unknown lifecycle") << R"({"name":"x","chip":"STM32H563ZI","lifecycle":"bogus"})"
                                       << "lifecycle";
    QTest::newRow("H503 has no tz-closed") << R"({"name":"x","chip":"STM32H503RB","lifecycle":"tz-closed"})"
                                           << "lifecycle";
    QTest::newRow("transient state") << R"({"name":"x","chip":"STM32H563ZI","lifecycle":"0x9A"})"
                                     << "lifecycle";
    QTest::newRow("unknown chip parameter")
        << R"({"name":"x","chip":"STM32H563ZI","chip_parameters":{"bogus":1}})"
        << "chip_parameters.bogus";
    QTest::newRow("bad access override")
        << R"({"name":"x","chip":"STM32H563ZI","chip_parameters":{"access":{"closed":{"ap1":"sometimes"}}}})"
        << "chip_parameters.access.closed.ap1";
    QTest::newRow("H503 has no certificates")
        << R"({"name":"x","chip":"STM32H503RB","da":{"method":"certificate","root_public_key":"root_pub.pem","permissions":"0x4000"}})"
        << "da.method";
    QTest::newRow("mask wider than the H5 field")
        << R"({"name":"x","chip":"STM32H563ZI","da":{"method":"certificate","root_public_key":"root_pub.pem","permissions":"0x80000000000000000000000000004007"}})"
        << "da.permissions";
    QTest::newRow("unknown permission name")
        << R"({"name":"x","chip":"STM32H7S7L8","da":{"method":"certificate","root_public_key":"root_pub.pem","permissions":"full-regression,teleport"}})"
        << "da.permissions";
    QTest::newRow("not a public key")
        << R"({"name":"x","chip":"STM32H7S7L8","da":{"method":"certificate","root_public_key":"password.bin","permissions":"0x4000"}})"
        << "da.root_public_key";
}

void TestStm32DaState::scenarioErrors() {
    QFETCH(QString, json);
    QFETCH(QString, field);
    auto parsed = parseScenario(nlohmann::json::parse(json.toStdString()),
                                credentials().dir.path().toStdString(), "test.json");
    QVERIFY2(parsed, parsed ? "" : parsed.error().describe().c_str());
    parsed->sourceFile = "test.json";
    VirtualClock clock;
    auto board = makeLabBoard(*parsed, *catalog(), clock);
    QVERIFY(!board);
    const std::string message = board.error().message;
    QVERIFY2(message.find("test.json") != std::string::npos, message.c_str());
    QVERIFY2(message.find(field.toStdString()) != std::string::npos, message.c_str());
}

// ---- save / restore -------------------------------------------------------------------------

void TestStm32DaState::saveRestoreRoundTrip_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("lifecycle");
    QTest::newRow("H563 open, programmed, halted") << "STM32H563ZI"
                                                   << "open";
    QTest::newRow("H7S7 provisioning with DA and board flash") << "STM32H7S7L8"
                                                               << "provisioning";
    QTest::newRow("H503 closed, password in OTP") << "STM32H503RB"
                                                  << "closed";
}

void TestStm32DaState::saveRestoreRoundTrip() {
    QFETCH(QString, chip);
    QFETCH(QString, lifecycle);
    VirtualClock clock;
    const bool h7 = chip.contains("H7");
    const Scenario s =
        withDa(scenario(chip.toStdString(), lifecycle.toStdString(), {{h7 ? "WRPS" : "WRPSGn1", "0xF0"}}),
               h7 || chip.contains("H503") ? DaMethod::Password : DaMethod::Certificate);
    auto first = makeBoard(s, clock);
    QVERIFY(first);
    Stm32Chip& c = first->chip();
    SwdHost host(*first);
    QVERIFY(host.connect());
    if (lifecycle == "open") {
        // Through the wire: SRAM, a halted core with a register set, a reset vector catch.
        host.write32(1, c.sram().back().base + 0x80, 0x5A5AA5A5);
        host.write32(1, kDhcsr, 0xA05F0003);
        host.write32(1, arm::scs::kDcrdr, 0x11223344);
        host.write32(1, arm::scs::kDcrsr, 0x10000);  // write R0
        host.write32(1, kDemcr, arm::demcr::kVcCoreReset);
    }
    c.flash().store(c.flash().sectorOffset(c.flash().banks(), 1) + 0x20, Bytes{1, 2, 3, 4, 5});
    if (auto* nor = c.externalFlash())
        QVERIFY(nor->program(0x300000, Bytes{0x42, 0x43}));
    std::array<std::uint8_t, 24> drawn{};
    c.random().fill(drawn);
    clock.advance(std::chrono::seconds(1));

    const nlohmann::json saved = first->saveState();
    auto second = makeLabBoard(s, *catalog(), clock, saved);
    QVERIFY(second);
    // Identical boards: the same document, the same answers on the wire, the same random stream.
    QCOMPARE((*second)->saveState().dump(2), saved.dump(2));
    SwdHost host2(**second);
    QVERIFY(host2.connect());
    const auto& f = c.family();
    if ((*second)->chip().availability().ap1) {
        for (std::uint32_t a : {f.flash.base + c.part().bankBytes() * (c.flash().banks() - 1) + 0x2020,
                                curAddress(f, h7 ? "WRPSR" : "WRP1R")})
            QCOMPARE(host2.mustRead(1, a), host.mustRead(1, a));
    }
    QCOMPARE((*second)->chip().lifecycleState().id, c.lifecycleState().id);
    QCOMPARE((*second)->chip().daConfiguration().has_value(), true);
    QCOMPARE((*second)->chip().daConfiguration()->credentialHash, c.daConfiguration()->credentialHash);
    std::array<std::uint8_t, 16> a{}, b{};
    c.random().fill(a);
    (*second)->chip().random().fill(b);
    QCOMPARE(a, b);
    if (lifecycle == "open") {
        QVERIFY(host2.mustRead(1, kDhcsr) & arm::dhcsr::kSHalt);
        QCOMPARE((*second)->chip().core().coreRegister(0), 0x11223344u);
        QCOMPARE(host2.mustRead(1, c.sram().back().base + 0x80), 0x5A5AA5A5u);
    }
}

void TestStm32DaState::restoreRefusesOtherState() {
    VirtualClock clock;
    auto h563 = makeBoard(scenario("STM32H563ZI"), clock);
    auto h533 = makeBoard(scenario("STM32H533RE"), clock);
    QVERIFY(h563 && h533);
    h563->chip().flash().store(0, Bytes{7});
    const auto before = h533->saveState();
    QVERIFY(!h533->restoreState(h563->saveState()));  // another part
    auto broken = before;
    broken["flash"] = nlohmann::json::array({{{"offset", "0x0"}, {"data", "!!not base64!!"}}});
    QVERIFY(!h533->restoreState(broken));
    broken = before;
    broken["flash"] = nlohmann::json::array({{{"offset", "0x7FFFFFFF"}, {"data", "AAAA"}}});
    QVERIFY(!h533->restoreState(broken));
    QVERIFY(!h533->restoreState(nlohmann::json::object()));
    QCOMPARE(h533->saveState(), before);  // nothing changed
}

QTEST_GUILESS_MAIN(TestStm32DaState)
#include "test_stm32_da_state.moc"
