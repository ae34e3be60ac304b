#pragma once
// Cortex-M debug registers through a MEM-AP (ARMv7-M / ARMv8-M architecture manuals,
// "Debug register support in the SCS"): halt, resume, reset with vector catch, and the
// status bits recovery relies on (S_RESET_ST is sticky and cleared by reading DHCSR).
// Works over any DebugProbe, so the CMSIS-DAP driver reuses it.
//
// (Interface agreed by the lead for nrst_check / target identification; the implementation
// is in cortex_m.cpp. Additions below the agreed part are marked.)
//
// Because reading DHCSR clears S_RESET_ST, every DHCSR read made through a CortexM (by
// readDhcsr(), waitForHalt(), readCoreRegister()) is also folded into resetSeen(), so a
// "was the core reset" check survives reads made in between.

#include <cstdint>
#include <utility>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/probe/debug_probe.h"

namespace rescue::arm {

namespace dhcsr {
inline constexpr std::uint32_t kAddress = 0xE000EDF0;
inline constexpr std::uint32_t kDbgKey = 0xA05F0000;  // required in [31:16] of every write
inline constexpr std::uint32_t kCDebugEn = 1u << 0;
inline constexpr std::uint32_t kCHalt = 1u << 1;
inline constexpr std::uint32_t kCStep = 1u << 2;
inline constexpr std::uint32_t kCMaskInts = 1u << 3;
inline constexpr std::uint32_t kSRegRdy = 1u << 16;
inline constexpr std::uint32_t kSHalt = 1u << 17;
inline constexpr std::uint32_t kSSleep = 1u << 18;
inline constexpr std::uint32_t kSLockup = 1u << 19;
inline constexpr std::uint32_t kSRetireSt = 1u << 24;
inline constexpr std::uint32_t kSResetSt = 1u << 25;  // sticky: a reset happened since the last read
}  // namespace dhcsr

namespace demcr {
inline constexpr std::uint32_t kAddress = 0xE000EDFC;
inline constexpr std::uint32_t kVcCoreReset = 1u << 0;
inline constexpr std::uint32_t kTrcEna = 1u << 24;
}  // namespace demcr

namespace aircr {
inline constexpr std::uint32_t kAddress = 0xE000ED0C;
inline constexpr std::uint32_t kVectKey = 0x05FA0000;
inline constexpr std::uint32_t kSysResetReq = 1u << 2;
}  // namespace aircr

inline constexpr std::uint32_t kDfsrAddress = 0xE000ED30;
inline constexpr std::uint32_t kCpuidAddress = 0xE000ED00;

// ---- added ------------------------------------------------------------------------------

inline constexpr std::uint32_t kVtorAddress = 0xE000ED08;
inline constexpr std::uint32_t kDcrsrAddress = 0xE000EDF4;
inline constexpr std::uint32_t kDcrdrAddress = 0xE000EDF8;

namespace dfsr {
inline constexpr std::uint32_t kHalted = 1u << 0;
inline constexpr std::uint32_t kBkpt = 1u << 1;
inline constexpr std::uint32_t kVCatch = 1u << 3;
inline constexpr std::uint32_t kExternal = 1u << 4;
}  // namespace dfsr

// DCRSR REGSEL values.
namespace core_reg {
inline constexpr std::uint8_t kSp = 13;
inline constexpr std::uint8_t kLr = 14;
inline constexpr std::uint8_t kPc = 15;  // DebugReturnAddress
inline constexpr std::uint8_t kXpsr = 16;
}  // namespace core_reg

// One DHCSR value, decoded.
struct CoreStatus {
    std::uint32_t dhcsr = 0;
    bool debugEnabled() const { return dhcsr & dhcsr::kCDebugEn; }
    bool halted() const { return dhcsr & dhcsr::kSHalt; }
    bool sleeping() const { return dhcsr & dhcsr::kSSleep; }
    bool lockedUp() const { return dhcsr & dhcsr::kSLockup; }
    // The core was reset since DHCSR was last read (sticky; this read cleared it).
    bool resetSinceLastRead() const { return dhcsr & dhcsr::kSResetSt; }
};

// ---- the agreed class -------------------------------------------------------------------

class CortexM {
public:
    CortexM(probe::DebugProbe& probe, std::uint8_t ap) : m_probe(probe), m_ap(ap) {}

    Result<std::uint32_t> readDhcsr();
    Result<std::uint32_t> readDemcr();
    Status writeDemcr(std::uint32_t value);
    Result<std::uint32_t> readCpuid();

    // Writes C_DEBUGEN | C_HALT; waitForHalt() confirms.
    Status halt();
    // Clears C_HALT, keeps C_DEBUGEN (breakpoints and vector catch stay armed).
    Status resume();
    // Halted (S_HALT) within `timeout` on the probe's clock, else probe.timeout (whose
    // message says whether the core is locked up, sleeping or without C_DEBUGEN).
    Status waitForHalt(Clock::Duration timeout);
    // DEMCR.VC_CORERESET on or off, keeping DEMCR's other bits.
    Status setResetVectorCatch(bool enabled);
    // AIRCR.SYSRESETREQ (the write may not be acknowledged: the reset cuts it short).
    Status systemReset();

    // ---- added ----
    std::uint8_t ap() const { return m_ap; }
    // readDhcsr() decoded.
    Result<CoreStatus> status();
    // Sets C_DEBUGEN without halting.
    Status enableDebug();
    // A core register through DCRSR/DCRDR, waiting for S_REGRDY within `timeout` (the core
    // must be halted).
    Result<std::uint32_t> readCoreRegister(std::uint8_t regsel,
                                           Clock::Duration timeout = std::chrono::milliseconds(50));
    // Whether a DHCSR read through this object saw S_RESET_ST since the last take.
    bool takeResetSeen() { return std::exchange(m_resetSeen, false); }
    bool resetSeen() const { return m_resetSeen; }

private:
    probe::DebugProbe& m_probe;
    std::uint8_t m_ap;
    bool m_resetSeen = false;
};

}  // namespace rescue::arm
