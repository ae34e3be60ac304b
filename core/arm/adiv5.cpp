#include "core/arm/adiv5.h"

#include <chrono>

#include <fmt/format.h>

namespace rescue::arm {

using namespace std::chrono_literals;

bool isMemAp(std::uint32_t idr) {
    return ((idr >> 13) & 0xF) == 0x8;
}

std::string apKindName(std::uint32_t idr) {
    if (idr == 0)
        return "no AP";
    if (!isMemAp(idr))
        return ((idr >> 13) & 0xF) == 0 && (idr & 0xF) == 0 ? "JTAG-AP" : "unknown AP";
    switch (idr & 0xF) {
        case 0x1:
            return "AHB3-AP";
        case 0x2:
            return "APB-AP";
        case 0x4:
            return "AXI-AP";
        case 0x5:
            return "AHB5-AP";
        case 0x6:
            return "APB4-AP";
        case 0x7:
            return "AXI5-AP";
        case 0x8:
            return "AHB5-AP (HPROT)";
        default:
            return "MEM-AP";
    }
}

Status clearStickyErrors(probe::DebugProbe& probe) {
    // Unconditional: reading CTRL/STAT first would cost a round trip for nothing, and
    // ABORT with the clear bits is harmless when no flag is set.
    return probe.writeDp(dp::kAbort, dp::kAbortClearAll);
}

Status powerUp(probe::DebugProbe& probe, Clock::Duration timeout) {
    if (Status s = clearStickyErrors(probe); !s)
        return s;
    if (Status s = probe.writeDp(dp::kCtrlStat, dp::kPowerUpRequests); !s)
        return s;
    Clock& clock = probe.clock();
    const Clock::TimePoint deadline = clock.now() + timeout;
    std::uint32_t last = 0;
    for (;;) {
        auto cs = probe.readDp(dp::kCtrlStat);
        if (!cs)
            return std::move(cs).error();
        last = *cs;
        if ((last & dp::kPowerUpAcks) == dp::kPowerUpAcks)
            return {};
        if (clock.now() >= deadline)
            break;
        clock.sleepFor(1ms);
    }
    const bool debugAck = (last & dp::kCdbgPwrUpAck) != 0;
    const bool systemAck = (last & dp::kCsysPwrUpAck) != 0;
    const char* missing = !debugAck && !systemAck ? "neither the debug nor the system power-up acknowledge"
                          : !debugAck             ? "the debug power-up acknowledge (CDBGPWRUPACK)"
                                                  : "the system power-up acknowledge (CSYSPWRUPACK)";
    return makeError(
               std::string(probe::probe_error::kTimeout),
               fmt::format("The debug port did not power up within {:.0f} ms: {} never came; the chip may "
                           "be held in reset or in a low-power mode.",
                           toMilliseconds(timeout), missing),
               "Release the reset, or connect under reset.")
        .with("CTRL/STAT", fmt::format("0x{:08X}", last));
}

Result<std::uint32_t> readApIdr(probe::DebugProbe& probe, std::uint8_t apIndex) {
    return probe.readAp(apIndex, ap::kIdr);
}

Result<std::uint32_t> readCsw(probe::DebugProbe& probe, std::uint8_t apIndex) {
    return probe.readAp(apIndex, ap::kCsw);
}

Status writeCsw(probe::DebugProbe& probe, std::uint8_t apIndex, std::uint32_t value) {
    return probe.writeAp(apIndex, ap::kCsw, value);
}

}  // namespace rescue::arm
