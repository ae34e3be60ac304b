#pragma once
// What distinguishes one Cortex-M from another for a debugger: CPUID, architecture
// (Armv7-M or Armv8-M), FPU feature registers, FPB/DWT sizes. The chip model picks a
// flavour and overrides what its reference manual says (revision, boot address).

#include <cstdint>
#include <string_view>

namespace rescue::sim::arm {

enum class CoreArchitecture : std::uint8_t { V7M, V8M };

struct CortexMConfig {
    std::string_view name;
    std::uint32_t cpuid = 0;
    CoreArchitecture architecture = CoreArchitecture::V7M;
    // VTOR at reset: where the reset vectors are fetched (a chip derives it from its boot
    // pins / option bytes and may change it with CortexM::setResetVectorTable()).
    std::uint32_t resetVectorTable = 0x00000000;
    std::uint32_t fpbCodeComparators = 6;
    std::uint32_t fpbLiteralComparators = 2;
    std::uint32_t dwtComparators = 4;
    std::uint32_t mvfr0 = 0;  // 0: no FPU
    std::uint32_t mvfr1 = 0;
    std::uint32_t mvfr2 = 0;
    std::uint32_t dauthstatus = 0;  // Armv8-M only
};

// Cortex-M3 r1p1, CPUID 0x411FC231: the core of the OpenOCD capture (reference appendix A).
CortexMConfig cortexM3();
// Cortex-M4 r0p1 with FPv4-SP, CPUID 0x410FC241.
CortexMConfig cortexM4();
// Cortex-M7 r1p2 with FPv5 double precision, CPUID 0x411FC272 (STM32H7Rx/7Sx core family;
// the chip model passes its own revision if it differs).
CortexMConfig cortexM7();
// Cortex-M33 r0p4 with FPv5-SP and TrustZone, CPUID 0x410FD214 (STM32H5 core family).
CortexMConfig cortexM33();

}  // namespace rescue::sim::arm
