#pragma once
// Misbehaviour a virtual ST-LINK can be told to show, so tests, scenario JSON and the fault
// campaign can check that the host survives it. Two layers:
//  * counters and switches that act from the next command on (apWaits, silentReplies,
//    disconnected...): they count down as the faults are served;
//  * faults that happen later: a `schedule` ("at command N", "after the k-th AP write to
//    address X", "after T of lab time", each optionally `delay` later) and a `random` mode
//    (a seed and a rate per command). When one fires it acts on the counters above, or on
//    the board (reset, power) through the hooks the lab gives the probe.
// The probe keeps the plan with what is left to serve (fired schedule entries are removed).

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/common/clock.h"

namespace rescue::sim::stlink {

enum class FaultKind {
    Disconnect,      // the command reaches the board, its reply never comes; then the cable is out
    WaitStorm,       // the next `repeat` AP transfers answer WAIT
    ApFault,         // the next `repeat` AP transfers answer FAULT
    ShortReply,      // this command's reply is cut to shortReplyLength bytes
    OversizedReply,  // this command's reply is longer than the host asked for
    SilentReply,     // this command's reply never comes (the host's read times out)
    LatencySpike,    // the probe stalls for `latency` of lab time
    ChipReset,       // the board's NRST pulses (the chip resets; the debug link drops)
    PowerLoss,       // the board loses power and gets it back
    ChipSilent,      // the chip stops answering SWD until the plan is cleared (re-plug)
    ServerDrop,      // the ST-LINK TCP server closes the client's connection (no effect on USB)
};

// The name a scenario writes ("disconnect", "wait-storm", ...) and back.
std::string_view faultKindName(FaultKind kind);
bool faultKindFromName(std::string_view name, FaultKind& kind);
inline constexpr FaultKind kAllFaultKinds[] = {
    FaultKind::Disconnect,     FaultKind::WaitStorm,   FaultKind::ApFault,      FaultKind::ShortReply,
    FaultKind::OversizedReply, FaultKind::SilentReply, FaultKind::LatencySpike, FaultKind::ChipReset,
    FaultKind::PowerLoss,      FaultKind::ChipSilent,  FaultKind::ServerDrop};

struct FaultTrigger {
    enum class On {
        Command,  // the `count`-th command the probe receives (1: the first)
        ApWrite,  // right after the `count`-th MEM-AP write to `address` reached the board
        LabTime,  // at the first command `labTime` after the plan was set
    };
    On on = On::Command;
    std::uint64_t count = 1;
    std::uint32_t address = 0;
    Clock::Duration labTime{};
    // Then this much lab time before the fault acts (at the first command due): how a reset
    // lands in the middle of an erase the trigger started.
    Clock::Duration delay{};

    bool operator==(const FaultTrigger&) const = default;
};

struct ScheduledFault {
    FaultTrigger when;
    FaultKind kind = FaultKind::ChipReset;
    unsigned repeat = 1;  // WaitStorm / ApFault: transfers; others ignore it
    Clock::Duration latency{std::chrono::milliseconds(500)};  // LatencySpike

    bool operator==(const ScheduledFault&) const = default;
};

struct RandomFaults {
    std::uint64_t seed = 0;
    double perCommand = 0;         // chance that a command brings a fault (0..1)
    std::vector<FaultKind> kinds;  // drawn from uniformly; empty: every kind
    unsigned maxFaults = 1;        // faults this mode may fire in all

    bool operator==(const RandomFaults&) const = default;
};

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
    // The next N replies carry 1024 bytes more than the command's reply: the host's read
    // overflows its buffer (USB babble).
    unsigned oversizedReplies = 0;
    // The chip answers no SWD transfer at all (every DP/AP access: no ACK) until cleared.
    bool chipSilent = false;

    std::vector<ScheduledFault> schedule{};
    RandomFaults random{};

    bool operator==(const FaultPlan&) const = default;
};

}  // namespace rescue::sim::stlink
