#pragma once
// The debug-visible side of a Cortex-M core (docs/reference/cmsis-dap.md section 7): the
// private peripheral bus the MEM-AP reaches at 0xE0000000 (SCS with CPUID, AIRCR, DFSR,
// DHCSR, DCRSR/DCRDR, DEMCR; DWT_CTRL; FP_CTRL) and the core's run state.
//
// State machine: Reset (held by the board) -> on release, vectors fetched from the reset
// vector table; halted at once when C_DEBUGEN and DEMCR.VC_CORERESET are set (DFSR.VCATCH)
// or when C_HALT was written during reset; locked up when the vectors cannot be used;
// otherwise running. C_HALT/C_DEBUGEN writes (with DBGKEY) halt and resume.
//
// The board drives resets: assertReset()/releaseReset() for NRST and power-on, and it
// receives AIRCR.SYSRESETREQ through a callback (a chip resets its peripherals too). The
// core executes no instructions: a running core keeps its registers, which is all a
// debugger can observe of firmware that the lab does not model.
//
// Unimplemented PPB addresses read as zero and ignore writes (the real PPB mixes RAZ/WI and
// faults; tools probe optional components there and must not trip over the lab).
// Not thread-safe: the board serialises access.

#include <array>
#include <cstdint>
#include <functional>
#include <map>

#include "core/sim/arm/bus.h"
#include "core/sim/arm/cortex_m_config.h"

namespace rescue::sim::arm {

inline constexpr std::uint32_t kPpbBase = 0xE0000000;
inline constexpr std::uint32_t kPpbSize = 0x00100000;

namespace scs {
inline constexpr std::uint32_t kCpuid = 0xE000ED00;
inline constexpr std::uint32_t kIcsr = 0xE000ED04;
inline constexpr std::uint32_t kVtor = 0xE000ED08;
inline constexpr std::uint32_t kAircr = 0xE000ED0C;
inline constexpr std::uint32_t kCfsr = 0xE000ED28;
inline constexpr std::uint32_t kHfsr = 0xE000ED2C;
inline constexpr std::uint32_t kDfsr = 0xE000ED30;
inline constexpr std::uint32_t kDhcsr = 0xE000EDF0;
inline constexpr std::uint32_t kDcrsr = 0xE000EDF4;
inline constexpr std::uint32_t kDcrdr = 0xE000EDF8;
inline constexpr std::uint32_t kDemcr = 0xE000EDFC;
inline constexpr std::uint32_t kMvfr0 = 0xE000EF40;
inline constexpr std::uint32_t kMvfr1 = 0xE000EF44;
inline constexpr std::uint32_t kMvfr2 = 0xE000EF48;
inline constexpr std::uint32_t kDauthstatus = 0xE000EFB8;
inline constexpr std::uint32_t kDwtCtrl = 0xE0001000;
inline constexpr std::uint32_t kFpCtrl = 0xE0002000;
}  // namespace scs

namespace dhcsr {
inline constexpr std::uint32_t kDbgKey = 0xA05F0000;
inline constexpr std::uint32_t kCDebugEn = 1u << 0;
inline constexpr std::uint32_t kCHalt = 1u << 1;
inline constexpr std::uint32_t kCStep = 1u << 2;
inline constexpr std::uint32_t kCMaskInts = 1u << 3;
inline constexpr std::uint32_t kSRegRdy = 1u << 16;
inline constexpr std::uint32_t kSHalt = 1u << 17;
inline constexpr std::uint32_t kSSleep = 1u << 18;
inline constexpr std::uint32_t kSLockup = 1u << 19;
inline constexpr std::uint32_t kSSde = 1u << 20;
inline constexpr std::uint32_t kSRetireSt = 1u << 24;
inline constexpr std::uint32_t kSResetSt = 1u << 25;
inline constexpr std::uint32_t kSRestartSt = 1u << 26;
}  // namespace dhcsr

namespace demcr {
inline constexpr std::uint32_t kVcCoreReset = 1u << 0;
inline constexpr std::uint32_t kVcHardErr = 1u << 10;
inline constexpr std::uint32_t kTrcEna = 1u << 24;
}  // namespace demcr

namespace dfsr {
inline constexpr std::uint32_t kHalted = 1u << 0;
inline constexpr std::uint32_t kBkpt = 1u << 1;
inline constexpr std::uint32_t kDwtTrap = 1u << 2;
inline constexpr std::uint32_t kVCatch = 1u << 3;
inline constexpr std::uint32_t kExternal = 1u << 4;
}  // namespace dfsr

namespace aircr {
inline constexpr std::uint32_t kVectKey = 0x05FA0000;
inline constexpr std::uint32_t kVectKeyStat = 0xFA050000;
inline constexpr std::uint32_t kVectReset = 1u << 0;
inline constexpr std::uint32_t kVectClrActive = 1u << 1;
inline constexpr std::uint32_t kSysResetReq = 1u << 2;
}  // namespace aircr

// DCRSR REGSEL values the lab names; any other selector is stored as well.
namespace core_reg {
inline constexpr std::uint8_t kSp = 13;
inline constexpr std::uint8_t kLr = 14;
inline constexpr std::uint8_t kPc = 15;  // DebugReturnAddress
inline constexpr std::uint8_t kXpsr = 16;
inline constexpr std::uint8_t kMsp = 17;
inline constexpr std::uint8_t kPsp = 18;
inline constexpr std::uint8_t kControl = 20;  // CONTROL/FAULTMASK/BASEPRI/PRIMASK
inline constexpr std::uint8_t kCount = 128;
}  // namespace core_reg

enum class CoreState : std::uint8_t { Running, Halted, Reset, Lockup };

enum class ResetKind : std::uint8_t {
    PowerOn,  // everything, debug logic included (DHCSR.C_DEBUGEN, DEMCR, FPB, DWT)
    System,   // NRST or SYSRESETREQ: core and system, debug logic kept
    Core,     // AIRCR.VECTRESET (Armv7-M): the core only
};

class CortexM : public Bus {
public:
    // `systemBus` is the core's view of memory with absolute addresses (vector fetch).
    CortexM(CortexMConfig config, Bus& systemBus);

    // The PPB, addressed by offset from kPpbBase (map it at 0xE0000000 with kPpbSize).
    BusRead read(std::uint32_t offset, AccessSize size) override;
    BusStatus write(std::uint32_t offset, std::uint32_t value, AccessSize size) override;

    // ---- the board's hooks ----
    void assertReset(ResetKind kind);
    void releaseReset();
    void pulseReset(ResetKind kind);
    // Called on AIRCR.SYSRESETREQ; the board resets the chip (typically pulseReset(System)
    // plus its peripherals). Without a handler the core resets itself.
    void setSystemResetRequestHandler(std::function<void()> handler);
    void setResetVectorTable(std::uint32_t address) { m_resetVtor = address; }
    // Armv8-M DHCSR.S_SDE: whether secure debug is allowed (a chip's lifecycle decides).
    void setSecureDebugEnabled(bool enabled) { m_secureDebug = enabled; }

    // ---- inspection (no side effects) ----
    CoreState state() const { return m_state; }
    bool halted() const { return m_state == CoreState::Halted; }
    std::uint32_t peekDhcsr() const;
    std::uint32_t demcr() const { return m_demcr; }
    std::uint32_t dfsr() const { return m_dfsr; }
    std::uint32_t coreRegister(std::uint8_t regsel) const;
    void setCoreRegister(std::uint8_t regsel, std::uint32_t value);
    const CortexMConfig& config() const { return m_config; }
    // How many resets the core went through since construction (tests and diagnostics).
    unsigned resetCount() const { return m_resetCount; }

private:
    std::uint32_t readWord(std::uint32_t address);
    void writeWord(std::uint32_t address, std::uint32_t value);
    std::uint32_t readDhcsr();
    void writeDhcsr(std::uint32_t value);
    void writeDcrsr(std::uint32_t value);
    void writeAircr(std::uint32_t value);
    void halt(std::uint32_t reason);
    void resume();
    void resetDebugLogic();
    void leaveReset();

    CortexMConfig m_config;
    Bus& m_systemBus;
    std::function<void()> m_sysResetHandler;

    CoreState m_state = CoreState::Running;
    ResetKind m_resetKind = ResetKind::PowerOn;
    std::uint32_t m_resetVtor;
    bool m_secureDebug = true;
    unsigned m_resetCount = 0;

    // DHCSR: the control bits as written, plus the sticky status bits.
    std::uint32_t m_dhcsrControl = 0;
    bool m_resetSticky = false;
    bool m_retireSticky = false;
    bool m_restartSticky = false;
    std::uint32_t m_dcrdr = 0;
    std::uint32_t m_demcr = 0;
    std::uint32_t m_dfsr = 0;
    std::uint32_t m_vtor = 0;
    std::uint32_t m_prigroup = 0;
    std::uint32_t m_fpCtrlEnable = 0;
    std::uint32_t m_dwtCtrl = 0;
    std::array<std::uint32_t, core_reg::kCount> m_regs{};
    // Registers the lab stores without meaning (CCR, SHPR, FP_COMPn, DWT comparators...).
    std::map<std::uint32_t, std::uint32_t> m_plain;
};

}  // namespace rescue::sim::arm
