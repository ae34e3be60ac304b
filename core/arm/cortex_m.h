#pragma once
// Cortex-M debug registers through a MEM-AP (ARMv7-M / ARMv8-M architecture manuals,
// "Debug register support in the SCS"): halt, resume, reset with vector catch, and the
// status bits recovery relies on (S_RESET_ST is sticky and cleared by reading DHCSR).
// Works over any DebugProbe, so the CMSIS-DAP driver reuses it.
//
// (Interface agreed by the lead for nrst_check / target identification; the implementation
// belongs with the arm layer in cortex_m.cpp.)

#include <cstdint>

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

class CortexM {
public:
    CortexM(probe::DebugProbe& probe, std::uint8_t ap) : m_probe(probe), m_ap(ap) {}

    Result<std::uint32_t> readDhcsr();
    Result<std::uint32_t> readDemcr();
    Status writeDemcr(std::uint32_t value);
    Result<std::uint32_t> readCpuid();

    Status halt();
    Status resume();
    // Halted (S_HALT) within `timeout` on the probe's clock, else probe.timeout.
    Status waitForHalt(Clock::Duration timeout);
    // DEMCR.VC_CORERESET on or off, keeping DEMCR's other bits.
    Status setResetVectorCatch(bool enabled);
    // AIRCR.SYSRESETREQ (the write may not be acknowledged: the reset cuts it short).
    Status systemReset();

private:
    probe::DebugProbe& m_probe;
    std::uint8_t m_ap;
};

}  // namespace rescue::arm
