// The simulated Cortex-M debug registers (docs/reference/cmsis-dap.md section 7): halt and
// resume through DHCSR with DBGKEY, the sticky S_RESET_ST cleared on read and held during
// reset, VC_CORERESET vector catch, AIRCR.SYSRESETREQ reaching the board, DCRSR/DCRDR core
// register transfers, lockup on unusable vectors, and the core flavours.

#include <QtTest>

#include "core/sim/arm/cortex_m.h"
#include "core/sim/arm/memory.h"
#include "core/sim/arm/system_bus.h"
#include "support/test_board.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::arm;

Q_DECLARE_METATYPE(rescue::sim::arm::CortexMConfig)

namespace {

constexpr std::uint32_t kHalt = dhcsr::kDbgKey | dhcsr::kCDebugEn | dhcsr::kCHalt;
constexpr std::uint32_t kRun = dhcsr::kDbgKey | dhcsr::kCDebugEn;

std::uint32_t ppb(std::uint32_t address) {
    return address - kPpbBase;
}

// A bare core over a flash with a vector table (SP 0x20001000, reset handler 0x08000101).
struct Bare {
    explicit Bare(CortexMConfig config = cortexM33(), bool blankFlash = false)
        : flash(0x1000, Memory::Access::ReadOnly, 0xFF),
          ram(0x1000, Memory::Access::ReadWrite),
          core(
              [&] {
                  config.resetVectorTable = 0x08000000;
                  return config;
              }(),
              bus) {
        if (!blankFlash) {
            Bytes vectors;
            appendLe32(vectors, 0x20001000);
            appendLe32(vectors, 0x08000101);
            flash.load(0, vectors);
            flash.load(0x100, Bytes{0xFE, 0xE7});
        }
        [[maybe_unused]] Status s = bus.map(0x08000000, 0x1000, flash, "flash");
        s = bus.map(0x20000000, 0x1000, ram, "RAM");
        s = bus.map(kPpbBase, kPpbSize, core, "PPB");
        core.releaseReset();
    }
    std::uint32_t read(std::uint32_t address) { return bus.read(address, AccessSize::Word).value; }
    void write(std::uint32_t address, std::uint32_t value) {
        QCOMPARE(bus.write(address, value, AccessSize::Word), BusStatus::Ok);
    }
    Memory flash;
    Memory ram;
    SystemBus bus;
    CortexM core;
};

}  // namespace

class TestSimCortexM : public QObject {
    Q_OBJECT
private slots:
    void flavours_data() {
        QTest::addColumn<CortexMConfig>("config");
        QTest::addColumn<quint32>("cpuid");
        QTest::addColumn<int>("partno");
        QTest::addColumn<bool>("v8m");
        QTest::addColumn<bool>("fpu");
        QTest::newRow("Cortex-M3 (capture)") << cortexM3() << quint32(0x411FC231) << 0xC23 << false << false;
        QTest::newRow("Cortex-M4") << cortexM4() << quint32(0x410FC241) << 0xC24 << false << true;
        QTest::newRow("Cortex-M7 (H7RS)") << cortexM7() << quint32(0x411FC272) << 0xC27 << false << true;
        QTest::newRow("Cortex-M33 (H5)") << cortexM33() << quint32(0x410FD214) << 0xD21 << true << true;
    }
    void flavours() {
        QFETCH(CortexMConfig, config);
        QFETCH(quint32, cpuid);
        QFETCH(int, partno);
        QFETCH(bool, v8m);
        QFETCH(bool, fpu);
        Bare b(config);
        QCOMPARE(b.read(scs::kCpuid), quint32(cpuid));
        QCOMPARE(int((b.read(scs::kCpuid) >> 4) & 0xFFF), partno);
        QCOMPARE(b.read(scs::kMvfr0) != 0, fpu);
        // Armv8-M reports S_SDE and DAUTHSTATUS; Armv7-M has neither.
        QCOMPARE((b.read(scs::kDhcsr) & dhcsr::kSSde) != 0, v8m);
        QCOMPARE((b.read(scs::kDauthstatus) & 0xF0) == 0xF0, v8m);
        QCOMPARE(b.read(scs::kAircr) >> 16, 0xFA05u);
    }

    void haltAndResumeThroughDhcsr() {
        Bare b;
        QCOMPARE(b.core.state(), CoreState::Running);
        // Without DBGKEY the write is ignored.
        b.write(scs::kDhcsr, dhcsr::kCDebugEn | dhcsr::kCHalt);
        QVERIFY(!(b.read(scs::kDhcsr) & dhcsr::kSHalt));
        // C_HALT without C_DEBUGEN does nothing either.
        b.write(scs::kDhcsr, dhcsr::kDbgKey | dhcsr::kCHalt);
        QVERIFY(!b.core.halted());
        b.write(scs::kDhcsr, kHalt);
        const std::uint32_t halted = b.read(scs::kDhcsr);
        QVERIFY(halted & dhcsr::kSHalt);
        QVERIFY(halted & dhcsr::kSRegRdy);
        QCOMPARE(halted & 0xF, dhcsr::kCDebugEn | dhcsr::kCHalt);
        QVERIFY(b.read(scs::kDfsr) & dfsr::kHalted);
        b.write(scs::kDfsr, 0x1F);  // write-one-to-clear
        QCOMPARE(b.read(scs::kDfsr), 0u);
        b.write(scs::kDhcsr, kRun);
        QCOMPARE(b.core.state(), CoreState::Running);
        QVERIFY(!(b.read(scs::kDhcsr) & dhcsr::kSHalt));
        // Armv8-M: leaving debug state sets S_RESTART_ST, cleared by the read.
        b.write(scs::kDhcsr, kHalt);
        b.write(scs::kDhcsr, kRun);
        QVERIFY(b.read(scs::kDhcsr) & dhcsr::kSRestartSt);
        QVERIFY(!(b.read(scs::kDhcsr) & dhcsr::kSRestartSt));
    }

    void resetStatusIsStickyAndClearedOnRead() {
        Bare b;
        // Power-up was a reset: the first read reports it, the second does not.
        QVERIFY(b.read(scs::kDhcsr) & dhcsr::kSResetSt);
        QVERIFY(!(b.read(scs::kDhcsr) & dhcsr::kSResetSt));
        // Held in reset: S_RESET_ST reads 1 however often it is read.
        b.core.assertReset(ResetKind::System);
        QCOMPARE(b.core.state(), CoreState::Reset);
        QVERIFY(b.read(scs::kDhcsr) & dhcsr::kSResetSt);
        QVERIFY(b.read(scs::kDhcsr) & dhcsr::kSResetSt);
        b.core.releaseReset();
        QCOMPARE(b.core.state(), CoreState::Running);
        QVERIFY(b.read(scs::kDhcsr) & dhcsr::kSResetSt);
        QVERIFY(!(b.read(scs::kDhcsr) & dhcsr::kSResetSt));
        // S_RETIRE_ST: a running core retires instructions; a halted one does not.
        b.write(scs::kDhcsr, kHalt);
        b.read(scs::kDhcsr);
        QVERIFY(!(b.read(scs::kDhcsr) & dhcsr::kSRetireSt));
    }

    void vectorCatchOnReset_data() {
        QTest::addColumn<bool>("debugEnabled");
        QTest::addColumn<bool>("catchArmed");
        QTest::addColumn<bool>("haltsAtReset");
        QTest::newRow("armed") << true << true << true;
        QTest::newRow("armed but debug off") << false << true << false;
        QTest::newRow("not armed") << true << false << false;
    }
    void vectorCatchOnReset() {
        QFETCH(bool, debugEnabled);
        QFETCH(bool, catchArmed);
        QFETCH(bool, haltsAtReset);
        Bare b;
        if (debugEnabled)
            b.write(scs::kDhcsr, kRun);
        if (catchArmed)
            b.write(scs::kDemcr, demcr::kVcCoreReset | demcr::kTrcEna);
        b.core.pulseReset(ResetKind::System);
        QCOMPARE(b.core.halted(), haltsAtReset);
        QCOMPARE((b.read(scs::kDfsr) & dfsr::kVCatch) != 0, haltsAtReset);
        // DEMCR survives a system reset (it is debug logic).
        QCOMPARE((b.read(scs::kDemcr) & demcr::kVcCoreReset) != 0, catchArmed);
        if (haltsAtReset) {
            // Halted at the reset handler with the initial stack pointer loaded.
            b.write(scs::kDcrsr, core_reg::kPc);
            QCOMPARE(b.read(scs::kDcrdr), 0x08000100u);
            b.write(scs::kDcrsr, core_reg::kSp);
            QCOMPARE(b.read(scs::kDcrdr), 0x20001000u);
            b.write(scs::kDcrsr, core_reg::kXpsr);
            QCOMPARE(b.read(scs::kDcrdr), 0x01000000u);
        }
    }

    void powerOnResetClearsDebugLogic() {
        Bare b;
        b.write(scs::kDhcsr, kRun);
        b.write(scs::kDemcr, demcr::kVcCoreReset | demcr::kTrcEna);
        b.core.pulseReset(ResetKind::PowerOn);
        QVERIFY(!b.core.halted());
        QCOMPARE(b.read(scs::kDemcr), 0u);
        QCOMPARE(b.read(scs::kDhcsr) & dhcsr::kCDebugEn, 0u);
    }

    void haltRequestedDuringReset() {
        Bare b;
        b.core.assertReset(ResetKind::System);
        b.write(scs::kDhcsr, kHalt);
        QCOMPARE(b.core.state(), CoreState::Reset);  // the core cannot halt while held
        b.core.releaseReset();
        QVERIFY(b.core.halted());
        QVERIFY(b.read(scs::kDfsr) & dfsr::kHalted);
    }

    void sysResetReqReachesTheBoard() {
        Bare b;
        int requests = 0;
        b.core.setSystemResetRequestHandler([&] {
            ++requests;
            b.core.pulseReset(ResetKind::System);
        });
        b.read(scs::kDhcsr);
        // Without VECTKEY nothing happens.
        b.write(scs::kAircr, aircr::kSysResetReq);
        QCOMPARE(requests, 0);
        QVERIFY(!(b.read(scs::kDhcsr) & dhcsr::kSResetSt));
        b.write(scs::kAircr, aircr::kVectKey | aircr::kSysResetReq);
        QCOMPARE(requests, 1);
        QVERIFY(b.read(scs::kDhcsr) & dhcsr::kSResetSt);
        QCOMPARE(b.core.resetCount(), 1u);
    }

    void sysResetReqWithoutHandlerResetsTheCore() {
        Bare b;
        b.write(scs::kDhcsr, kRun);
        b.write(scs::kDemcr, demcr::kVcCoreReset);
        b.write(scs::kAircr, aircr::kVectKey | aircr::kSysResetReq);
        QVERIFY(b.core.halted());
        QVERIFY(b.read(scs::kDfsr) & dfsr::kVCatch);
    }

    void vectResetOnlyOnArmv7m_data() {
        QTest::addColumn<CortexMConfig>("config");
        QTest::addColumn<bool>("resets");
        QTest::newRow("M7") << cortexM7() << true;
        QTest::newRow("M33") << cortexM33() << false;
    }
    void vectResetOnlyOnArmv7m() {
        QFETCH(CortexMConfig, config);
        QFETCH(bool, resets);
        Bare b(config);
        b.read(scs::kDhcsr);
        b.write(scs::kAircr, aircr::kVectKey | aircr::kVectReset);
        QCOMPARE((b.read(scs::kDhcsr) & dhcsr::kSResetSt) != 0, resets);
    }

    void coreRegisterTransfers() {
        Bare b;
        // Running: transfers are ignored.
        b.write(scs::kDcrdr, 0x12345678);
        b.write(scs::kDcrsr, (1u << 16) | 3);
        QCOMPARE(b.core.coreRegister(3), 0u);
        b.write(scs::kDhcsr, kHalt);
        b.write(scs::kDcrsr, (1u << 16) | 3);  // write R3
        QCOMPARE(b.core.coreRegister(3), 0x12345678u);
        b.write(scs::kDcrdr, 0);
        b.write(scs::kDcrsr, 3);  // read R3
        QCOMPARE(b.read(scs::kDcrdr), 0x12345678u);
        QVERIFY(b.read(scs::kDhcsr) & dhcsr::kSRegRdy);
        // SP and MSP are the same register here.
        b.write(scs::kDcrdr, 0x20000800);
        b.write(scs::kDcrsr, (1u << 16) | core_reg::kSp);
        QCOMPARE(b.core.coreRegister(core_reg::kMsp), 0x20000800u);
    }

    void lockupOnBlankFlash() {
        Bare b(cortexM33(), /*blankFlash=*/true);
        QCOMPARE(b.core.state(), CoreState::Lockup);
        QVERIFY(b.read(scs::kDhcsr) & dhcsr::kSLockup);
        // A debugger can still halt a locked-up core, and reset-halt works on a blank part.
        b.write(scs::kDhcsr, kHalt);
        QVERIFY(b.core.halted());
        QVERIFY(!(b.read(scs::kDhcsr) & dhcsr::kSLockup));
        b.write(scs::kDemcr, demcr::kVcCoreReset);
        b.core.pulseReset(ResetKind::System);
        QVERIFY(b.core.halted());
        b.write(scs::kDcrsr, core_reg::kPc);
        QCOMPARE(b.read(scs::kDcrdr), 0xFFFFFFFEu);
    }

    void flashPatchAndDwtReadBack() {
        Bare b(cortexM7());
        const std::uint32_t fp = b.read(scs::kFpCtrl);
        QCOMPARE(fp & 1u, 0u);
        QCOMPARE((fp >> 4) & 0xF, 8u);  // NUM_CODE
        b.write(scs::kFpCtrl, 1);       // without KEY: ignored
        QCOMPARE(b.read(scs::kFpCtrl) & 1u, 0u);
        b.write(scs::kFpCtrl, 3);  // KEY | ENABLE: OpenOCD's reset halt needs this read-back
        QCOMPARE(b.read(scs::kFpCtrl) & 1u, 1u);
        QCOMPARE(b.read(scs::kDwtCtrl) >> 28, 4u);
        // Other PPB registers keep what is written, unknown ones read as zero.
        b.write(0xE0002008, 0x08000101);
        QCOMPARE(b.read(0xE0002008), 0x08000101u);
        QCOMPARE(b.read(0xE0040000), 0u);
        // Narrow writes merge into the register; DHCSR's key is in the upper half.
        QCOMPARE(b.bus.write(scs::kDemcr + 3, 0x01, AccessSize::Byte), BusStatus::Ok);
        QCOMPARE(b.read(scs::kDemcr), demcr::kTrcEna);
        QCOMPARE(b.bus.read(scs::kCpuid + 2, AccessSize::Half).value, 0x411Fu);
    }

    void boardNrstWiring_data() {
        QTest::addColumn<bool>("wired");
        QTest::newRow("wired") << true;
        QTest::newRow("not wired") << false;
    }
    void boardNrstWiring() {
        // The NRST check of cmsis-dap.md 8.1 on the generic test board.
        QFETCH(bool, wired);
        testsupport::TestBoardConfig config;
        config.nrstWired = wired;
        testsupport::TestBoard board(config);
        CortexM& core = board.core();
        QCOMPARE(core.state(), CoreState::Running);
        core.write(ppb(scs::kDhcsr), kHalt, AccessSize::Word);
        core.read(ppb(scs::kDhcsr), AccessSize::Word);  // clear S_RESET_ST
        core.write(ppb(scs::kDemcr), demcr::kVcCoreReset | demcr::kTrcEna, AccessSize::Word);
        core.write(ppb(scs::kDfsr), 0x1F, AccessSize::Word);
        board.setProbeNrst(true);
        QCOMPARE(core.state() == CoreState::Reset, wired);
        board.setProbeNrst(false);
        const std::uint32_t dhcsrAfter = core.read(ppb(scs::kDhcsr), AccessSize::Word).value;
        QCOMPARE((dhcsrAfter & dhcsr::kSResetSt) != 0, wired);
        QCOMPARE((core.dfsr() & dfsr::kVCatch) != 0, wired);
        QVERIFY(core.halted());
        QCOMPARE(board.probeNrstAssertions(), 1u);
        // The reset button works either way.
        board.pressResetButton(true);
        QCOMPARE(core.state(), CoreState::Reset);
        board.pressResetButton(false);
        QVERIFY(core.dfsr() & dfsr::kVCatch);
    }
};

QTEST_GUILESS_MAIN(TestSimCortexM)
#include "test_sim_cortex_m.moc"
