// The identity a probe reads from each modelled chip (DPIDR, DBGMCU IDCODE through AP1 at
// the CPU address and through AP0 at the debug-APB address, UID, flash size, CPUID), and
// which access ports answer in each lifecycle state, under reset and after boot.

#include <QtTest>

#include "stm32_test_support.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::stm32;
using namespace rescue::sim::stm32::test;

class TestStm32Identity : public QObject {
    Q_OBJECT

private slots:
    void identity_data();
    void identity();
    void ap0RomTableAndAlternatives_data();
    void ap0RomTableAndAlternatives();
    void parametersOverrideIdentity();
    void accessPerLifecycle_data();
    void accessPerLifecycle();
    void underResetOnlyAp0Answers_data();
    void underResetOnlyAp0Answers();
    void secureAliasesFollowSecureDebug();
};

void TestStm32Identity::identity_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<quint32>("devId");
    QTest::addColumn<quint32>("dbgmcuAp1");
    QTest::addColumn<quint32>("dbgmcuAp0");
    QTest::addColumn<quint32>("flashSizeAddress");  // 0: the part has no flash-size word
    QTest::addColumn<quint32>("flashKb");
    QTest::addColumn<quint32>("cpuPartno");
    // Values from the reference pages (stm32-lifecycle-and-option-bytes.md sections 1-2,
    // adac-protocol.md section 13.2), i.e. what a real chip answers.
    QTest::newRow("H503RB") << "STM32H503RB" << 0x474u << 0x44024000u << 0xE0044000u << 0x08FFF80Cu << 128u
                            << 0xD21u;
    QTest::newRow("H533RE") << "STM32H533RE" << 0x478u << 0x44024000u << 0xE0044000u << 0x08FFF80Cu << 512u
                            << 0xD21u;
    QTest::newRow("H563ZI") << "STM32H563ZI" << 0x484u << 0x44024000u << 0xE0044000u << 0x08FFF80Cu << 2048u
                            << 0xD21u;
    QTest::newRow("H563VG") << "STM32H563VG" << 0x484u << 0x44024000u << 0xE0044000u << 0x08FFF80Cu << 1024u
                            << 0xD21u;
    QTest::newRow("H573II") << "STM32H573II" << 0x484u << 0x44024000u << 0xE0044000u << 0x08FFF80Cu << 2048u
                            << 0xD21u;
    QTest::newRow("H7S7L8") << "STM32H7S7L8H6H" << 0x485u << 0x5C001000u << 0xE00E1000u << 0u << 64u
                            << 0xC27u;
}

void TestStm32Identity::identity() {
    QFETCH(QString, chip);
    QFETCH(quint32, devId);
    QFETCH(quint32, dbgmcuAp1);
    QFETCH(quint32, dbgmcuAp0);
    QFETCH(quint32, flashSizeAddress);
    QFETCH(quint32, flashKb);
    QFETCH(quint32, cpuPartno);
    VirtualClock clock;
    auto board = makeBoard(scenario(chip.toStdString()), clock);
    QVERIFY(board);
    SwdHost host(*board);
    const auto dpidr = host.connect();
    QVERIFY(dpidr);
    QCOMPARE(*dpidr, 0x6BA02477u);

    const SwdRead viaAp1 = host.read32(1, dbgmcuAp1);
    QCOMPARE(viaAp1.ack, SwdAck::Ok);
    QCOMPARE(viaAp1.value & 0xFFFu, devId);
    const SwdRead viaAp0 = host.read32(0, dbgmcuAp0);
    QCOMPARE(viaAp0.ack, SwdAck::Ok);
    QCOMPARE(viaAp0.value, viaAp1.value);
    // REV_ID: the catalog's first revision code.
    QCOMPARE(viaAp1.value >> 16, quint32{board->chip().family().revisions.front().code});

    const auto& uid = board->chip().uid();
    for (unsigned w = 0; w < 3; ++w)
        QCOMPARE(host.mustRead(1, 0x08FFF800u + 4 * w), readLe32(uid, 4 * w));
    if (flashSizeAddress) {
        const std::uint32_t word = host.mustRead(1, flashSizeAddress & ~3u);
        QCOMPARE((word >> (8 * (flashSizeAddress & 3u))) & 0xFFFFu, flashKb);
    }
    QCOMPARE(board->chip().flash().size(), flashKb * 1024u);
    QCOMPARE((host.mustRead(1, arm::scs::kCpuid) >> 4) & 0xFFFu, cpuPartno);
}

void TestStm32Identity::ap0RomTableAndAlternatives_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QList<quint32>>("dbgmcuBases");
    QTest::newRow("H563: both candidate bases decode")
        << "STM32H563ZI" << QList<quint32>{0xE0044000u, 0xE00E4000u};
    QTest::newRow("H503: both candidate bases decode")
        << "STM32H503RB" << QList<quint32>{0xE0044000u, 0xE00E4000u};
    QTest::newRow("H7S7: one base") << "STM32H7S7L8" << QList<quint32>{0xE00E1000u};
}

void TestStm32Identity::ap0RomTableAndAlternatives() {
    QFETCH(QString, chip);
    QFETCH(QList<quint32>, dbgmcuBases);
    VirtualClock clock;
    auto board = makeBoard(scenario(chip.toStdString()), clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    const std::uint32_t idcode = board->chip().idcode();
    for (quint32 base : dbgmcuBases)
        QCOMPARE(host.mustRead(0, base), idcode);

    // AP0 BASE -> ROM table; its first entry points at DBGMCU; its PIDRs say ST (0x20).
    const SwdRead base = host.apReg(0, 0xF8);
    QCOMPARE(base.ack, SwdAck::Ok);
    QCOMPARE(base.value & 0x3u, 0x3u);
    const std::uint32_t table = base.value & ~0xFFFu;
    const std::uint32_t entry = host.mustRead(0, table);
    QCOMPARE(entry & 0x3u, 0x3u);
    QCOMPARE(host.mustRead(0, table + (entry & ~0xFFFu)), idcode);
    const std::uint32_t pidr1 = host.mustRead(0, table + 0xFE4);
    const std::uint32_t pidr2 = host.mustRead(0, table + 0xFE8);
    QCOMPARE(((pidr2 & 7u) << 4) | ((pidr1 >> 4) & 0xFu), 0x20u);
    // AP0 is an APB-AP (IDR class MEM-AP, type APB).
    QCOMPARE(host.apReg(0, 0xFC).value & 0xFu, 0x2u);
}

void TestStm32Identity::parametersOverrideIdentity() {
    VirtualClock clock;
    Scenario s = scenario("STM32H533RE");
    s.chipParameters = {
        {"revision", "Z"}, {"uid", "00112233445566778899aabb"}, {"ap0DbgmcuBase", "0xE00E4000"}};
    auto board = makeBoard(s, clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    QCOMPARE(host.mustRead(1, 0x44024000u), 0x10010478u);
    QCOMPARE(host.mustRead(1, 0x08FFF800u), 0x33221100u);
    QCOMPARE(host.mustRead(1, 0x08FFF808u), 0xBBAA9988u);
    // The ROM table now lists the other candidate base.
    const std::uint32_t table = host.apReg(0, 0xF8).value & ~0xFFFu;
    QCOMPARE(table + (host.mustRead(0, table) & ~0xFFFu), 0xE00E4000u);

    // The same scenario gives the same UID; another name another one.
    auto again = makeBoard(scenario("STM32H533RE"), clock);
    auto other = makeBoard(
        [] {
            Scenario o = scenario("STM32H533RE");
            o.name = "another board";
            return o;
        }(),
        clock);
    QVERIFY(again && other);
    auto same = makeBoard(scenario("STM32H533RE"), clock);
    QCOMPARE(again->chip().uid(), same->chip().uid());
    QVERIFY(again->chip().uid() != other->chip().uid());
}

void TestStm32Identity::accessPerLifecycle_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("lifecycle");
    QTest::addColumn<QVariantMap>("optionBytes");
    QTest::addColumn<bool>("dpAnswers");
    QTest::addColumn<bool>("ap0Answers");
    QTest::addColumn<bool>("ap1Answers");
    QTest::addColumn<quint32>("dbgmcuSr");
    const QVariantMap tz{{"TZEN", "0xB4"}};
    // Reference section 3.3 / catalog access rows: Open both; Provisioning AP1 after boot
    // (hot-plug); iROT-Provisioned / TZ-Closed non-secure AP1; Closed AP0 only; Locked nothing.
    QTest::newRow("H533 open") << "STM32H533RE"
                               << "open" << QVariantMap{} << true << true << true << 0x00030003u;
    QTest::newRow("H533 provisioning")
        << "STM32H533RE"
        << "provisioning" << QVariantMap{} << true << true << true << 0x00030003u;
    QTest::newRow("H533 irot-provisioned")
        << "STM32H533RE"
        << "irot-provisioned" << QVariantMap{} << true << true << true << 0x00030003u;
    QTest::newRow("H533 tz-closed") << "STM32H533RE"
                                    << "tz-closed" << tz << true << true << true << 0x00030003u;
    QTest::newRow("H533 closed") << "STM32H533RE"
                                 << "closed" << QVariantMap{} << true << true << false << 0x00010003u;
    QTest::newRow("H533 locked") << "STM32H533RE"
                                 << "locked" << QVariantMap{} << false << false << false << 0u;
    QTest::newRow("H503 closed") << "STM32H503RB"
                                 << "closed" << QVariantMap{} << true << true << false << 0x00010003u;
    QTest::newRow("H563 0x72 by code") << "STM32H563ZI"
                                       << "0x72" << QVariantMap{} << true << true << false << 0x00010003u;
    QTest::newRow("H573 tz-closed") << "STM32H573II"
                                    << "tz-closed" << tz << true << true << true << 0x00030003u;
    QTest::newRow("H7S7 open") << "STM32H7S7L8"
                               << "open" << QVariantMap{} << true << true << true << 0x00030003u;
    QTest::newRow("H7S7 provisioning")
        << "STM32H7S7L8"
        << "provisioning" << QVariantMap{} << true << true << true << 0x00030003u;
    QTest::newRow("H7S7 closed") << "STM32H7S7L8"
                                 << "closed" << QVariantMap{} << true << true << false << 0x00010003u;
    QTest::newRow("H7S7 locked") << "STM32H7S7L8"
                                 << "locked" << QVariantMap{} << false << false << false << 0u;
}

namespace {
std::map<std::string, nlohmann::json> toOptions(const QVariantMap& m) {
    std::map<std::string, nlohmann::json> out;
    for (auto it = m.begin(); it != m.end(); ++it)
        out[it.key().toStdString()] = it.value().toString().toStdString();
    return out;
}
}  // namespace

void TestStm32Identity::accessPerLifecycle() {
    QFETCH(QString, chip);
    QFETCH(QString, lifecycle);
    QFETCH(QVariantMap, optionBytes);
    QFETCH(bool, dpAnswers);
    QFETCH(bool, ap0Answers);
    QFETCH(bool, ap1Answers);
    QFETCH(quint32, dbgmcuSr);
    VirtualClock clock;
    auto board =
        makeBoard(scenario(chip.toStdString(), lifecycle.toStdString(), toOptions(optionBytes)), clock);
    QVERIFY(board);
    SwdHost host(*board);
    const auto dpidr = host.connect();
    QCOMPARE(dpidr.has_value(), dpAnswers);
    if (!dpAnswers) {
        QCOMPARE(board->read(false, 0x0).ack, SwdAck::NoResponse);
        return;
    }
    const auto& f = board->chip().family();
    const SwdRead ap0 = host.read32(0, f.dbgmcu.ap0Base + 0xFC);
    QCOMPARE(ap0.ack == SwdAck::Ok, ap0Answers);
    QCOMPARE(ap0.value, dbgmcuSr);
    const SwdRead ap1 = host.read32(1, f.dbgmcu.ap1Base);
    QCOMPARE(ap1.ack == SwdAck::Ok, ap1Answers);
    if (!ap1Answers) {
        QCOMPARE(ap1.ack, SwdAck::Fault);
        // A disabled AP still identifies itself, with CSW.DeviceEn clear.
        QVERIFY(host.apReg(1, 0xFC).value != 0);
        QCOMPARE(host.apReg(1, 0x00).value & (1u << 6), 0u);
    }
}

void TestStm32Identity::underResetOnlyAp0Answers_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("lifecycle");
    QTest::addColumn<bool>("ap1AfterRelease");
    QTest::newRow("H7S7 open") << "STM32H7S7L8"
                               << "open" << true;
    QTest::newRow("H7S7 closed") << "STM32H7S7L8"
                                 << "closed" << false;
    QTest::newRow("H533 provisioning (hot-plug only)") << "STM32H533RE"
                                                       << "provisioning" << true;
    QTest::newRow("H563 open") << "STM32H563ZI"
                               << "open" << true;
}

void TestStm32Identity::underResetOnlyAp0Answers() {
    QFETCH(QString, chip);
    QFETCH(QString, lifecycle);
    QFETCH(bool, ap1AfterRelease);
    VirtualClock clock;
    auto board = makeBoard(scenario(chip.toStdString(), lifecycle.toStdString()), clock);
    QVERIFY(board);
    SwdHost host(*board);
    board->setProbeNrst(true);
    QVERIFY(host.connect());  // the DP answers under reset
    const auto& f = board->chip().family();
    QCOMPARE(host.read32(0, f.dbgmcu.ap0Base).value, board->chip().idcode());
    QCOMPARE(host.read32(1, f.dbgmcu.ap1Base).ack, SwdAck::Fault);
    QCOMPARE(host.read32(0, f.dbgmcu.ap0Base + 0xFC).value, 0x00010003u);
    board->setProbeNrst(false);
    QCOMPARE(host.read32(1, f.dbgmcu.ap1Base).ack == SwdAck::Ok, ap1AfterRelease);
}

void TestStm32Identity::secureAliasesFollowSecureDebug() {
    VirtualClock clock;
    const std::map<std::string, nlohmann::json> tz{{"TZEN", "0xB4"}};
    auto open = makeBoard(scenario("STM32H563ZI", "open", tz), clock);
    auto tzClosed = makeBoard(scenario("STM32H563ZI", "tz-closed", tz), clock);
    QVERIFY(open && tzClosed);
    SwdHost o(*open);
    SwdHost t(*tzClosed);
    QVERIFY(o.connect() && t.connect());
    QCOMPARE(o.read32(1, 0x0C000000u).ack, SwdAck::Ok);     // secure flash alias, Open: secure debug
    QCOMPARE(t.read32(1, 0x0C000000u).ack, SwdAck::Fault);  // TZ-Closed: non-secure only
    QCOMPARE(t.read32(1, 0x08000000u).ack, SwdAck::Ok);
    QCOMPARE(t.read32(1, 0x50022000u).ack, SwdAck::Fault);  // secure FLASH registers
    QCOMPARE(o.mustRead(1, arm::scs::kDhcsr) & arm::dhcsr::kSSde, arm::dhcsr::kSSde);
    QCOMPARE(t.mustRead(1, arm::scs::kDhcsr) & arm::dhcsr::kSSde, 0u);
}

QTEST_GUILESS_MAIN(TestStm32Identity)
#include "test_stm32_identity.moc"
