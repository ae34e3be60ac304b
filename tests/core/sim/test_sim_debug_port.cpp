// The simulated SW-DP against ADIv5 (docs/reference/cmsis-dap.md sections 4-5): line state,
// power-up handshake, sticky errors cleared through ABORT, SELECT banking, RDBUFF, and the
// board's switches (not responding, power-up refused, power lost).

#include <QtTest>

#include "core/sim/arm/debug_port.h"
#include "core/sim/arm/mem_ap.h"
#include "core/sim/arm/memory.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::arm;

namespace {

// An AP that records the register offsets it sees and answers what it is told.
class ProbeAp final : public AccessPort {
public:
    SwdRead read(std::uint8_t offset) override {
        lastOffset = offset;
        return {answer, 0xA0000000u | offset};
    }
    SwdAck write(std::uint8_t offset, std::uint32_t value) override {
        lastOffset = offset;
        lastValue = value;
        return answer;
    }
    void abort() override { ++aborts; }
    SwdAck answer = SwdAck::Ok;
    std::uint8_t lastOffset = 0xFF;
    std::uint32_t lastValue = 0;
    int aborts = 0;
};

constexpr std::uint32_t kPowerUp = ctrlstat::kCdbgPwrUpReq | ctrlstat::kCsysPwrUpReq;
constexpr std::uint32_t kAcks = ctrlstat::kCdbgPwrUpAck | ctrlstat::kCsysPwrUpAck;

// Line reset + DPIDR read + power-up: what every probe does first.
void connectDp(DebugPort& dp) {
    dp.lineReset();
    QCOMPARE(dp.read(false, dp_reg::kDpidr).ack, SwdAck::Ok);
    QCOMPARE(dp.write(false, dp_reg::kCtrlStat, kPowerUp), SwdAck::Ok);
}

}  // namespace

class TestSimDebugPort : public QObject {
    Q_OBJECT
private slots:
    void lineStateGatesEverythingButDpidr() {
        DebugPort dp(DebugPortConfig{0x1BA01477});
        // Before any line reset the DP is not in SWD state.
        QCOMPARE(dp.read(false, dp_reg::kDpidr).ack, SwdAck::NoResponse);
        dp.lineReset();
        // After a line reset only a DPIDR read is accepted.
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).ack, SwdAck::NoResponse);
        QCOMPARE(dp.write(false, dp_reg::kSelect, 0), SwdAck::NoResponse);
        const SwdRead id = dp.read(false, dp_reg::kDpidr);
        QCOMPARE(id.ack, SwdAck::Ok);
        QCOMPARE(id.value, 0x1BA01477u);
        QVERIFY(dp.lineActive());
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).ack, SwdAck::Ok);
        // A power-on reset of the DP needs the whole sequence again.
        dp.reset();
        QCOMPARE(dp.read(false, dp_reg::kDpidr).ack, SwdAck::NoResponse);
    }

    void powerUpHandshake_data() {
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<quint32>("written");
        QTest::addColumn<quint32>("readBack");
        // The capture of stlink-protocol.md section 14.4: 0x50000020 -> 0xF0000000 (the
        // STICKYERR bit of the write is a JTAG clear; in SWD it sets nothing).
        QTest::newRow("both requests") << true << quint32(0x50000020) << quint32(0xF0000000);
        QTest::newRow("debug only") << true << quint32(0x10000000) << quint32(0x30000000);
        QTest::newRow("refused by the power controller")
            << false << quint32(0x50000000) << quint32(0x50000000);
        QTest::newRow("debug reset request") << true << quint32(0x54000000) << quint32(0xFC000000);
    }
    void powerUpHandshake() {
        QFETCH(bool, allowed);
        QFETCH(quint32, written);
        QFETCH(quint32, readBack);
        DebugPort dp;
        dp.setPowerUpAllowed(allowed);
        dp.lineReset();
        QCOMPARE(dp.read(false, dp_reg::kDpidr).ack, SwdAck::Ok);
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).value, 0u);
        QCOMPARE(dp.write(false, dp_reg::kCtrlStat, written), SwdAck::Ok);
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).value, quint32(readBack));
        QCOMPARE(dp.debugPowered(), allowed && (written & ctrlstat::kCdbgPwrUpReq) != 0);
    }

    void powerLossDropsAcknowledgesAndBlocksAps() {
        DebugPort dp;
        ProbeAp ap;
        dp.attachAp(0, &ap);
        connectDp(dp);
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).value & kAcks, kAcks);
        QCOMPARE(dp.read(true, 0xC).ack, SwdAck::Ok);
        dp.powerLoss();
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).value & (kAcks | kPowerUp), 0u);
        // An unpowered debug domain cannot serve the AP: FAULT and a sticky error.
        QCOMPARE(dp.read(true, 0xC).ack, SwdAck::Fault);
        QVERIFY(dp.read(false, dp_reg::kCtrlStat).value & ctrlstat::kStickyErr);
    }

    void stickyErrorUntilAbort_data() {
        QTest::addColumn<quint32>("abortValue");
        QTest::addColumn<bool>("cleared");
        QTest::newRow("STKERRCLR") << quint32(abort_bits::kStkErrClr) << true;
        QTest::newRow("all sticky flags (0x1E)") << quint32(abort_bits::kClearAll) << true;
        QTest::newRow("only STKCMPCLR") << quint32(abort_bits::kStkCmpClr) << false;
        QTest::newRow("only DAPABORT") << quint32(abort_bits::kDapAbort) << false;
    }
    void stickyErrorUntilAbort() {
        QFETCH(quint32, abortValue);
        QFETCH(bool, cleared);
        DebugPort dp;
        ProbeAp ap;
        dp.attachAp(0, &ap);
        connectDp(dp);
        ap.answer = SwdAck::Fault;
        QCOMPARE(dp.read(true, 0xC).ack, SwdAck::Fault);
        QVERIFY(dp.read(false, dp_reg::kCtrlStat).value & ctrlstat::kStickyErr);
        // With the sticky flag set every AP access faults without reaching the AP, even
        // when the AP would now answer OK; the DP registers stay reachable.
        ap.answer = SwdAck::Ok;
        ap.lastOffset = 0xFF;
        QCOMPARE(dp.read(true, 0x4).ack, SwdAck::Fault);
        QCOMPARE(dp.write(true, 0x4, 1), SwdAck::Fault);
        QCOMPARE(ap.lastOffset, std::uint8_t(0xFF));
        QCOMPARE(dp.read(false, dp_reg::kDpidr).ack, SwdAck::Ok);

        QCOMPARE(dp.write(false, dp_reg::kAbort, abortValue), SwdAck::Ok);
        QCOMPARE((dp.read(false, dp_reg::kCtrlStat).value & ctrlstat::kStickyErr) == 0, cleared);
        QCOMPARE(dp.read(true, 0x4).ack, cleared ? SwdAck::Ok : SwdAck::Fault);
        QCOMPARE(ap.aborts, (abortValue & abort_bits::kDapAbort) ? 1 : 0);
    }

    void waitIsNotSticky() {
        DebugPort dp;
        ProbeAp ap;
        dp.attachAp(0, &ap);
        connectDp(dp);
        ap.answer = SwdAck::Wait;
        QCOMPARE(dp.read(true, 0xC).ack, SwdAck::Wait);
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).value & ctrlstat::kStickyMask, 0u);
        ap.answer = SwdAck::Ok;
        QCOMPARE(dp.read(true, 0xC).ack, SwdAck::Ok);
    }

    void selectBanking_data() {
        QTest::addColumn<quint32>("select");
        QTest::addColumn<int>("apsel");
        QTest::addColumn<int>("address");
        QTest::addColumn<int>("offset");  // register offset inside the AP
        QTest::newRow("AP0 CSW") << quint32(0x00000000) << 0 << 0x0 << 0x00;
        QTest::newRow("AP0 DRW") << quint32(0x00000000) << 0 << 0xC << 0x0C;
        QTest::newRow("AP1 BD2") << quint32(0x01000010) << 1 << 0x8 << 0x18;
        QTest::newRow("AP1 IDR") << quint32(0x010000F0) << 1 << 0xC << 0xFC;
        QTest::newRow("AP1 CFG, DP bank bits ignored") << quint32(0x010000F3) << 1 << 0x4 << 0xF4;
    }
    void selectBanking() {
        QFETCH(quint32, select);
        QFETCH(int, apsel);
        QFETCH(int, address);
        QFETCH(int, offset);
        DebugPort dp;
        ProbeAp ap0, ap1;
        dp.attachAp(0, &ap0);
        dp.attachAp(1, &ap1);
        connectDp(dp);
        QCOMPARE(dp.write(false, dp_reg::kSelect, select), SwdAck::Ok);
        QCOMPARE(dp.select(), quint32(select));
        const SwdRead r = dp.read(true, static_cast<std::uint8_t>(address));
        QCOMPARE(r.ack, SwdAck::Ok);
        ProbeAp& target = apsel == 0 ? ap0 : ap1;
        ProbeAp& other = apsel == 0 ? ap1 : ap0;
        QCOMPARE(int(target.lastOffset), offset);
        QCOMPARE(int(other.lastOffset), 0xFF);
        QCOMPARE(r.value, 0xA0000000u | std::uint32_t(offset));
        // RDBUFF hands back the last AP read.
        QCOMPARE(dp.read(false, dp_reg::kRdbuff).value, r.value);
    }

    void dpBanks() {
        DebugPortConfig config;
        config.targetId = 0x04840041;
        config.dlpidr = 0x10000001;
        DebugPort dp(config);
        connectDp(dp);
        QCOMPARE(dp.write(false, dp_reg::kSelect, 0x2), SwdAck::Ok);
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).value, 0x04840041u);
        QCOMPARE(dp.write(false, dp_reg::kSelect, 0x3), SwdAck::Ok);
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).value, 0x10000001u);
        // Writes to a read-only bank leave CTRL/STAT alone.
        QCOMPARE(dp.write(false, dp_reg::kCtrlStat, 0), SwdAck::Ok);
        QCOMPARE(dp.write(false, dp_reg::kSelect, 0x0), SwdAck::Ok);
        QCOMPARE(dp.read(false, dp_reg::kCtrlStat).value & kAcks, kAcks);
    }

    void missingApReadsAsZero() {
        DebugPort dp;
        connectDp(dp);
        QCOMPARE(dp.write(false, dp_reg::kSelect, 0x050000F0), SwdAck::Ok);
        const SwdRead idr = dp.read(true, 0xC);
        QCOMPARE(idr.ack, SwdAck::Ok);
        QCOMPARE(idr.value, 0u);  // IDR 0: no AP here
        QCOMPARE(dp.write(true, 0x0, 0x12345678), SwdAck::Ok);
    }

    void boardSaysNoResponse() {
        DebugPort dp;
        connectDp(dp);
        dp.setResponding(false);
        QCOMPARE(dp.read(false, dp_reg::kDpidr).ack, SwdAck::NoResponse);
        QCOMPARE(dp.write(false, dp_reg::kAbort, 0x1E), SwdAck::NoResponse);
        QCOMPARE(dp.read(true, 0xC).ack, SwdAck::NoResponse);
        dp.setResponding(true);
        QCOMPARE(dp.read(false, dp_reg::kDpidr).ack, SwdAck::Ok);
    }

    void faultingMemApTransferSetsStickyError() {
        Memory ram(16, Memory::Access::ReadWrite);
        MemAp ap(ram);
        DebugPort dp;
        dp.attachAp(0, &ap);
        connectDp(dp);
        QCOMPARE(dp.write(true, ap_reg::kTar, 0x100), SwdAck::Ok);  // beyond the 16 bytes
        QCOMPARE(dp.read(true, ap_reg::kDrw).ack, SwdAck::Fault);
        QCOMPARE(dp.read(false, dp_reg::kRdbuff).ack, SwdAck::Fault);
        QVERIFY(dp.stickyError());
        QCOMPARE(dp.write(false, dp_reg::kAbort, abort_bits::kStkErrClr), SwdAck::Ok);
        QVERIFY(!dp.stickyError());
        QCOMPARE(dp.write(true, ap_reg::kTar, 0x4), SwdAck::Ok);
        QCOMPARE(dp.read(true, ap_reg::kDrw).ack, SwdAck::Ok);
    }
};

QTEST_GUILESS_MAIN(TestSimDebugPort)
#include "test_sim_debug_port.moc"
