#include "core/engine/event.h"

#include <array>
#include <charconv>

#include <fmt/format.h>

namespace rescue::engine {
namespace {

constexpr std::array<std::string_view, 4> kLevelNames{"debug", "info", "warning", "error"};
constexpr std::array<std::string_view, 3> kOutcomeNames{"finished", "cancelled", "failed"};

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

template <class Int>
bool readInt(std::string_view text, Int& out) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// "12:30:45.123": the time of day of a wall time, for one-line summaries.
std::string timeOfDay(std::chrono::system_clock::time_point time) {
    using namespace std::chrono;
    auto sinceMidnight = time - floor<days>(time);
    hh_mm_ss hms(floor<milliseconds>(sinceMidnight));
    return fmt::format("{:02}:{:02}:{:02}.{:03}", hms.hours().count(), hms.minutes().count(),
                       hms.seconds().count(), hms.subseconds().count());
}

std::string describePayload(const EventPayload& payload) {
    struct Describe {
        std::string operator()(const JobStarted& p) const { return "job started: " + p.name; }
        std::string operator()(const LogLine& p) const {
            return fmt::format(
                "[{}] {}: {}{}", p.channel, toString(p.level), p.text,
                p.fields.is_null()
                    ? std::string()
                    : " " + p.fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        }
        std::string operator()(const Progress& p) const {
            if (p.fraction < 0)
                return "progress: " + p.step;
            return fmt::format("progress {:.0f}%: {}", p.fraction * 100.0, p.step);
        }
        std::string operator()(const Prompt& p) const {
            std::string choices;
            for (const auto& c : p.choices)
                choices += (choices.empty() ? "" : " / ") + c.label + " (" + c.id + ")";
            return fmt::format("prompt {}: {} {} [{}]", p.id, p.title, p.question, choices);
        }
        std::string operator()(const StateChange& p) const {
            return fmt::format("state {} -> {}{}", p.subject, p.state,
                               p.detail.empty() ? "" : " (" + p.detail + ")");
        }
        std::string operator()(const JobEnded& p) const {
            std::string out = "job " + std::string(toString(p.outcome));
            if (p.error)
                out += ": " + p.error->message + " (" + p.error->code + ")";
            return out;
        }
    };
    return std::visit(Describe{}, payload);
}

}  // namespace

std::string_view toString(LogLevel level) {
    auto i = static_cast<std::size_t>(level);
    return i < kLevelNames.size() ? kLevelNames[i] : std::string_view("unknown");
}

std::optional<LogLevel> parseLogLevel(std::string_view text) {
    for (std::size_t i = 0; i < kLevelNames.size(); ++i)
        if (equalsIgnoringCase(text, kLevelNames[i]))
            return static_cast<LogLevel>(i);
    if (equalsIgnoringCase(text, "warn"))
        return LogLevel::Warning;
    return std::nullopt;
}

std::string_view toString(JobOutcome outcome) {
    auto i = static_cast<std::size_t>(outcome);
    return i < kOutcomeNames.size() ? kOutcomeNames[i] : std::string_view("unknown");
}

std::optional<JobOutcome> parseJobOutcome(std::string_view text) {
    for (std::size_t i = 0; i < kOutcomeNames.size(); ++i)
        if (equalsIgnoringCase(text, kOutcomeNames[i]))
            return static_cast<JobOutcome>(i);
    return std::nullopt;
}

std::string_view typeName(const EventPayload& payload) {
    struct Name {
        std::string_view operator()(const JobStarted&) const { return "job-started"; }
        std::string_view operator()(const LogLine&) const { return "log"; }
        std::string_view operator()(const Progress&) const { return "progress"; }
        std::string_view operator()(const Prompt&) const { return "prompt"; }
        std::string_view operator()(const StateChange&) const { return "state"; }
        std::string_view operator()(const JobEnded&) const { return "job-ended"; }
    };
    return std::visit(Name{}, payload);
}

std::string formatWallTime(std::chrono::system_clock::time_point time) {
    using namespace std::chrono;
    auto ns = time_point_cast<nanoseconds>(time);
    auto day = floor<days>(ns);
    year_month_day ymd(day);
    hh_mm_ss hms(ns - day);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z", int(ymd.year()), unsigned(ymd.month()),
                       unsigned(ymd.day()), hms.hours().count(), hms.minutes().count(), hms.seconds().count(),
                       hms.subseconds().count());
}

std::optional<std::chrono::system_clock::time_point> parseWallTime(std::string_view text) {
    using namespace std::chrono;
    // Exactly the form formatWallTime writes: fixed positions, 1..9 fraction digits.
    if (text.size() < 20 || text.size() > 30 || text.back() != 'Z' || text[4] != '-' || text[7] != '-' ||
        text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    int y = 0;
    unsigned mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!readInt(text.substr(0, 4), y) || !readInt(text.substr(5, 2), mo) || !readInt(text.substr(8, 2), d) ||
        !readInt(text.substr(11, 2), h) || !readInt(text.substr(14, 2), mi) ||
        !readInt(text.substr(17, 2), s))
        return std::nullopt;
    std::int64_t fraction = 0;
    std::string_view rest = text.substr(19, text.size() - 20);
    if (!rest.empty()) {
        if (rest[0] != '.' || rest.size() < 2 || rest.size() > 10)
            return std::nullopt;
        std::string_view digits = rest.substr(1);
        for (char c : digits)
            if (c < '0' || c > '9')
                return std::nullopt;
        if (!readInt(digits, fraction))
            return std::nullopt;
        for (std::size_t i = digits.size(); i < 9; ++i)
            fraction *= 10;
    }
    // system_clock counts signed 64-bit nanoseconds: 1677-09-21 to 2262-04-11. A year
    // outside (a damaged or hand-edited journal line) would overflow the conversion below.
    if (y < 1678 || y > 2261)
        return std::nullopt;
    year_month_day ymd{year(y), month(mo), day(d)};
    if (!ymd.ok() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    auto since =
        sys_days(ymd).time_since_epoch() + hours(h) + minutes(mi) + seconds(s) + nanoseconds(fraction);
    return system_clock::time_point(duration_cast<system_clock::duration>(since));
}

std::string toString(const Event& event) {
    std::string where;
    if (event.session != 0)
        where += fmt::format(" s{}", event.session);
    if (event.job != 0)
        where += fmt::format("{}j{}", event.session != 0 ? "/" : " ", event.job);
    return fmt::format("{} #{}{} {}", timeOfDay(event.wallTime), event.sequence, where,
                       describePayload(event.payload));
}

}  // namespace rescue::engine
