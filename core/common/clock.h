#pragma once
// Every wait in the core goes through a Clock: the steady clock on hardware (and in the
// GUI's real-time lab), a virtual clock in tests and benchmarks, so that a lab run is
// deterministic for a given seed and runs as fast as the CPU allows.

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stop_token>

namespace rescue {

class Clock {
public:
    using Duration = std::chrono::nanoseconds;
    // Time since the clock's own epoch; only differences are meaningful.
    using TimePoint = std::chrono::time_point<std::chrono::steady_clock, Duration>;

    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
    // Waits for `d`; returns false early when `stop` is requested.
    virtual bool sleepFor(Duration d, std::stop_token stop = {}) = 0;
    // True when time only moves by sleepFor/advance (tests, benchmarks, headless lab runs).
    virtual bool isVirtual() const = 0;
};

class SteadyClock final : public Clock {
public:
    TimePoint now() const override;
    bool sleepFor(Duration d, std::stop_token stop = {}) override;
    bool isVirtual() const override { return false; }

private:
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
};

// Virtual time: sleeping advances the clock at once. Thread-safe, monotonic.
class VirtualClock final : public Clock {
public:
    explicit VirtualClock(TimePoint start = TimePoint{}) : m_now(start) {}
    TimePoint now() const override;
    bool sleepFor(Duration d, std::stop_token stop = {}) override;
    bool isVirtual() const override { return true; }
    void advance(Duration d);

private:
    mutable std::mutex m_mutex;
    TimePoint m_now;
};

// Milliseconds as a double, for logs and JSON figures.
inline double toMilliseconds(Clock::Duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

}  // namespace rescue
