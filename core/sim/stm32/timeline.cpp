#include "core/sim/stm32/timeline.h"

#include <algorithm>

namespace rescue::sim::stm32 {

Timeline::EventId Timeline::at(TimePoint when, Action action) {
    const EventId id = m_nextId++;
    m_events.emplace(Key{std::max(when, m_now), id}, std::move(action));
    return id;
}

bool Timeline::cancel(EventId id) {
    for (auto it = m_events.begin(); it != m_events.end(); ++it)
        if (it->first.second == id) {
            m_events.erase(it);
            return true;
        }
    return false;
}

bool Timeline::pending(EventId id) const {
    return dueTime(id).has_value();
}

std::optional<Timeline::TimePoint> Timeline::dueTime(EventId id) const {
    for (const auto& [key, action] : m_events)
        if (key.second == id)
            return key.first;
    return std::nullopt;
}

std::optional<Timeline::TimePoint> Timeline::nextDue() const {
    if (m_events.empty())
        return std::nullopt;
    return m_events.begin()->first.first;
}

void Timeline::advanceTo(TimePoint t) {
    // An action may schedule or cancel events, so take them one at a time.
    while (!m_events.empty() && m_events.begin()->first.first <= t) {
        auto node = m_events.extract(m_events.begin());
        m_now = std::max(m_now, node.key().first);
        node.mapped()();
    }
    m_now = std::max(m_now, t);
}

void Timeline::stallUntil(TimePoint t) {
    if (m_stall)
        m_stall(t);
    else
        advanceTo(t);
}

}  // namespace rescue::sim::stm32
