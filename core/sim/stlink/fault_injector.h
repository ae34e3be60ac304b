#pragma once
// Serves a FaultPlan for one virtual probe (ST-LINK or CMSIS-DAP), so both misbehave the
// same way for the same plan: it owns the plan whose counters the probe's firmware consumes
// (WAIT storms, FAULTs, a silent chip), fires the schedule and the random mode as commands
// and AP writes come in, shapes each reply (silent, short, oversized, the cable pulled
// mid-command), and acts on the board through the hooks its lab installs.
// Not thread-safe: the probe calls it under its own command lock.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/clock.h"
#include "core/sim/stlink/fault_plan.h"

namespace rescue::sim::stlink {

// What a fault can do to the board the probe is plugged into (set by its LabInstance).
struct BoardFaultHooks {
    std::function<void()> reset;       // NRST pulse
    std::function<void()> powerCycle;  // power lost and back
};

// One fault the probe served, for tests and the campaign's record.
struct FiredFault {
    FaultKind kind = FaultKind::ChipReset;
    std::uint64_t command = 0;  // the probe's command count when it fired
    Clock::TimePoint when{};
};

class FaultInjector {
public:
    explicit FaultInjector(Clock& clock) : m_clock(clock) {}

    // Replaces the plan and starts its schedule afresh (command count, AP write counts and
    // lab time from now). An empty plan is a re-plug: the cable is back, the chip answers.
    void setPlan(const FaultPlan& plan);
    // With the counters left to serve; the probe's firmware consumes them in place.
    FaultPlan& plan() { return m_plan; }
    const FaultPlan& plan() const { return m_plan; }
    void setBoardHooks(BoardFaultHooks hooks) { m_hooks = std::move(hooks); }
    // The faults the schedule and the random mode fired since the plan was set.
    const std::vector<FiredFault>& fired() const { return m_fired; }
    // True once after a ServerDrop fault fired (the ST-LINK server closes the client).
    bool takeConnectionDrop() { return std::exchange(m_dropConnection, false); }

    // A new command reached the probe.
    void onCommand();
    // A MEM-AP write to `address` reached the board.
    void onApWrite(std::uint32_t address);
    // The reply a finished command sends, as the plan lets it out: none when the cable came
    // out during the command (later transfers then fail) or the reply is lost, cut short, or
    // longer than the host asked for.
    std::optional<Bytes> shapeReply(std::optional<Bytes> reply);

private:
    void fireDue();
    void fire(const ScheduledFault& fault);
    std::uint64_t nextRandom();

    Clock& m_clock;
    FaultPlan m_plan;
    BoardFaultHooks m_hooks;
    std::uint64_t m_commands = 0;
    std::map<std::uint32_t, std::uint64_t> m_apWrites;  // by address
    Clock::TimePoint m_planStart{};
    std::uint64_t m_randomState = 0;
    unsigned m_randomFired = 0;
    std::vector<std::pair<Clock::TimePoint, ScheduledFault>> m_armed;  // triggered, waiting for their delay
    std::vector<FiredFault> m_fired;
    bool m_disconnectAfterCommand = false;
    bool m_dropConnection = false;
};

}  // namespace rescue::sim::stlink
