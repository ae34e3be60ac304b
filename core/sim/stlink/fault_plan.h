#pragma once
// Misbehaviour a virtual ST-LINK can be told to show, so tests (and later scenario JSON)
// can check that the host survives it. Counters count down as the faults are served; one
// value so the robustness work can add knobs without touching every caller.

#include <cstddef>

namespace rescue::sim::stlink {

struct FaultPlan {
    // The next N AP transfers the firmware makes answer WAIT without reaching the board.
    // The firmware retries each WAIT a bounded number of times, so a short storm is
    // absorbed and a long one reaches the host as SWD_AP_WAIT (0x10).
    unsigned apWaits = 0;
    // The next N AP transfers answer FAULT: the command reports SWD_AP_FAULT (0x11). The
    // board's DP does not see these, so its sticky flags stay clear.
    unsigned apFaults = 0;
    // The next N replies are cut to `shortReplyLength` bytes.
    unsigned shortReplies = 0;
    std::size_t shortReplyLength = 1;
    // The next N commands that would reply send nothing: the host's read times out.
    unsigned silentReplies = 0;
    // Every transfer fails with "disconnected" until cleared (a pulled cable).
    bool disconnected = false;

    bool operator==(const FaultPlan&) const = default;
};

}  // namespace rescue::sim::stlink
