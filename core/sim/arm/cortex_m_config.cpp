#include "core/sim/arm/cortex_m_config.h"

namespace rescue::sim::arm {

// MVFR values are the architecture's encodings for the FPU each core option provides:
// FPv4-SP (M4): MVFR0 0x10110021, MVFR1 0x11000011; FPv5-DP (M7): MVFR0 0x10110221,
// MVFR1 0x12000011, MVFR2 0x00000040; FPv5-SP (M33): MVFR0 0x10110021, MVFR1 0x11000011,
// MVFR2 0x00000040.

CortexMConfig cortexM3() {
    CortexMConfig c;
    c.name = "Cortex-M3";
    c.cpuid = 0x411FC231;
    c.architecture = CoreArchitecture::V7M;
    c.fpbCodeComparators = 6;
    c.fpbLiteralComparators = 2;
    c.dwtComparators = 4;
    return c;
}

CortexMConfig cortexM4() {
    CortexMConfig c = cortexM3();
    c.name = "Cortex-M4";
    c.cpuid = 0x410FC241;
    c.mvfr0 = 0x10110021;
    c.mvfr1 = 0x11000011;
    return c;
}

CortexMConfig cortexM7() {
    CortexMConfig c;
    c.name = "Cortex-M7";
    c.cpuid = 0x411FC272;
    c.architecture = CoreArchitecture::V7M;
    c.fpbCodeComparators = 8;
    c.fpbLiteralComparators = 0;
    c.dwtComparators = 4;
    c.mvfr0 = 0x10110221;
    c.mvfr1 = 0x12000011;
    c.mvfr2 = 0x00000040;
    return c;
}

CortexMConfig cortexM33() {
    CortexMConfig c;
    c.name = "Cortex-M33";
    c.cpuid = 0x410FD214;
    c.architecture = CoreArchitecture::V8M;
    c.fpbCodeComparators = 8;
    c.fpbLiteralComparators = 0;
    c.dwtComparators = 4;
    c.mvfr0 = 0x10110021;
    c.mvfr1 = 0x11000011;
    c.mvfr2 = 0x00000040;
    c.dauthstatus = 0x000000FF;  // secure and non-secure invasive/non-invasive debug allowed
    return c;
}

}  // namespace rescue::sim::arm
