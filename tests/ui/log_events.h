#pragma once
// Log events as the engine would send them, for the GUI suites.

#include <chrono>
#include <string>

#include "core/engine/event.h"

namespace rescue::test {

// 2024-05-01 12:00:00 UTC plus `ms` milliseconds (and a few nanoseconds, which the journal
// format keeps and the export must keep too).
inline std::chrono::system_clock::time_point wallTimeAt(std::int64_t ms) {
    using namespace std::chrono;
    return system_clock::time_point(
        duration_cast<system_clock::duration>(seconds(1714564800) + milliseconds(ms) + nanoseconds(456789)));
}

inline engine::Event logEvent(std::uint64_t sequence, engine::LogLevel level, std::string channel,
                              std::string text, nlohmann::json fields = {}, std::int64_t ms = 0) {
    engine::Event e;
    e.sequence = sequence;
    e.session = 1;
    e.job = 7;
    e.wallTime = wallTimeAt(ms);
    e.clockTime = Clock::TimePoint(std::chrono::milliseconds(ms) + std::chrono::nanoseconds(3));
    e.payload = engine::LogLine{level, std::move(channel), std::move(text), std::move(fields)};
    return e;
}

}  // namespace rescue::test
