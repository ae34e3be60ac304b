#include "core/common/clock.h"

namespace rescue {

Clock::TimePoint SteadyClock::now() const {
    return std::chrono::time_point_cast<Duration>(std::chrono::steady_clock::now());
}

bool SteadyClock::sleepFor(Duration d, std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    // wait_for with a stop token wakes as soon as a stop is requested.
    m_wake.wait_for(lock, stop, d, [] { return false; });
    return !stop.stop_requested();
}

Clock::TimePoint VirtualClock::now() const {
    std::lock_guard lock(m_mutex);
    return m_now;
}

bool VirtualClock::sleepFor(Duration d, std::stop_token stop) {
    if (stop.stop_requested())
        return false;
    advance(d);
    return true;
}

void VirtualClock::advance(Duration d) {
    if (d.count() <= 0)
        return;
    std::lock_guard lock(m_mutex);
    m_now += d;
}

}  // namespace rescue
