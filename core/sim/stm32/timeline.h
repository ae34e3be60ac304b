#pragma once
// The lab's notion of "later": events a chip schedules (a flash operation ending, a boot ROM
// timing out) run when the board catches up with its Clock. Nothing runs on a thread of its
// own: the board calls advanceTo(clock.now()) before every wire access and lab action, and
// the events due by then run in time order. This works with a VirtualClock (tests, CLI,
// benchmarks: time moves only when someone sleeps) and a SteadyClock (the GUI's real-time
// lab) alike.
//
// now() is the time of the event being run, then the time the timeline was advanced to, so
// an event scheduled from inside another one is placed relative to the right instant even
// when the board catches up late. Not thread-safe: the board serialises access.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <utility>

#include "core/common/clock.h"

namespace rescue::sim::stm32 {

class Timeline {
public:
    using TimePoint = Clock::TimePoint;
    using Duration = Clock::Duration;
    using Action = std::function<void()>;
    using EventId = std::uint64_t;

    explicit Timeline(TimePoint start = TimePoint{}) : m_now(start) {}

    TimePoint now() const { return m_now; }

    // Schedules `action` at `when` (an instant already past runs at the next advance).
    EventId at(TimePoint when, Action action);
    EventId after(Duration delay, Action action) { return at(m_now + delay, std::move(action)); }
    // false when the event already ran or was cancelled.
    bool cancel(EventId id);
    bool pending(EventId id) const;
    std::optional<TimePoint> dueTime(EventId id) const;
    std::optional<TimePoint> nextDue() const;
    // Drops every pending event (power loss).
    void clear() { m_events.clear(); }

    // Runs every event due up to `t`, in time order (same instant: scheduling order).
    void advanceTo(TimePoint t);

    // A bus access that must wait for an event (an AHB stall while the flash is busy). The
    // owner of the Clock installs the handler: it lets the time pass (sleeping on the
    // clock) and advances the timeline. Without a handler the timeline jumps to `t`.
    void setStallHandler(std::function<void(TimePoint)> handler) { m_stall = std::move(handler); }
    void stallUntil(TimePoint t);

private:
    using Key = std::pair<TimePoint, EventId>;
    std::map<Key, Action> m_events;
    TimePoint m_now;
    EventId m_nextId = 1;
    std::function<void(TimePoint)> m_stall;
};

}  // namespace rescue::sim::stm32
