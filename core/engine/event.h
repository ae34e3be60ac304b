#pragma once
// What flows out of a running job: value types only, so they cross from the worker thread
// to the journal, the GUI (queued signals) and the CLI unchanged.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/clock.h"
#include "core/common/error.h"
#include "core/common/result.h"

namespace rescue::engine {

using SessionId = std::uint64_t;
using JobId = std::uint64_t;
using PromptId = std::uint64_t;

enum class LogLevel : std::uint8_t { Debug, Info, Warning, Error };
std::string_view toString(LogLevel level);
std::optional<LogLevel> parseLogLevel(std::string_view text);

// Log channels used across the core; free strings, these are the conventional ones.
namespace channel {
inline constexpr std::string_view Engine = "ENGINE";
inline constexpr std::string_view Probe = "PROBE";
inline constexpr std::string_view Swd = "SWD";
inline constexpr std::string_view Da = "DA";
inline constexpr std::string_view Ob = "OB";
inline constexpr std::string_view Wizard = "WIZARD";
inline constexpr std::string_view Lab = "LAB";
}  // namespace channel

struct LogLine {
    LogLevel level = LogLevel::Info;
    std::string channel;
    std::string text;
    nlohmann::json fields;  // optional structured data (null when absent)
    bool operator==(const LogLine&) const = default;
};

struct Progress {
    double fraction = 0.0;  // 0..1; negative means "busy, amount unknown"
    std::string step;
    // False while the step finishes on the chip whatever the host does (option-byte
    // programming, an erase, a granted regression): a front end's Cancel waits for it.
    bool stoppable = true;
    bool operator==(const Progress&) const = default;
};

struct PromptChoice {
    std::string id;     // what comes back in the answer, e.g. "released", "cancel"
    std::string label;  // what a person reads on the button
    bool operator==(const PromptChoice&) const = default;
};

// A question for a person, answered back into the waiting job through Engine::answer().
struct Prompt {
    PromptId id = 0;
    std::string kind;  // e.g. "confirm", "manual-reset", "choice": lets a front end pick a widget
    std::string title;
    std::string question;
    std::vector<PromptChoice> choices;
    std::string defaultChoice;  // chosen when the deadline passes; empty = none
    std::optional<std::chrono::milliseconds> deadline;
    nlohmann::json details;  // e.g. the confirmation phrase to type, a countdown
    bool operator==(const Prompt&) const = default;
};

// Something the front ends show as a state: the engine's ("idle", "busy"), a target's
// ("connected", "Closed"), a lab board's.
struct StateChange {
    std::string subject;  // "engine", "target", "probe", ...
    std::string state;
    std::string detail;
    bool operator==(const StateChange&) const = default;
};

// Every job gets exactly one JobStarted, then exactly one JobEnded. A job cancelled while
// still queued gets both at the moment it is cancelled; its function never runs.
struct JobStarted {
    std::string name;
    bool operator==(const JobStarted&) const = default;
};

enum class JobOutcome : std::uint8_t { Finished, Cancelled, Failed };
std::string_view toString(JobOutcome outcome);
std::optional<JobOutcome> parseJobOutcome(std::string_view text);

// Exactly one per job.
struct JobEnded {
    JobOutcome outcome = JobOutcome::Finished;
    nlohmann::json result;       // the job's value when finished
    std::optional<Error> error;  // set when failed (and when cancelled, saying so)
    bool operator==(const JobEnded&) const = default;
};

using EventPayload = std::variant<JobStarted, LogLine, Progress, Prompt, StateChange, JobEnded>;

struct Event {
    std::uint64_t sequence = 0;  // strictly increasing per engine
    SessionId session = 0;       // 0: engine-wide
    JobId job = 0;               // 0: not from a job
    std::chrono::system_clock::time_point wallTime;
    Clock::TimePoint clockTime;  // the engine clock (virtual in the lab), for figures
    EventPayload payload;
    bool operator==(const Event&) const = default;
};

// The "type" of an event in JSON and in text: "job-started", "log", "progress", "prompt",
// "state", "job-ended".
std::string_view typeName(const EventPayload& payload);

// One JSON object per event: the journal's line format and the CLI's --json event stream.
// toJson(eventFromJson(j)) round-trips exactly (times to the nanosecond).
nlohmann::json toJson(const Event& event);
std::optional<Event> eventFromJson(const nlohmann::json& json);
// Like eventFromJson, but says what is wrong with the object (code "event.bad-json").
Result<Event> parseEvent(const nlohmann::json& json);
// toJson(event) as one line of text without a newline. Never throws: text that is not
// valid UTF-8 is written with U+FFFD in place of the bad bytes.
std::string toJsonLine(const Event& event);

// One line for people: "12:30:45.123 #42 s1/j3 [SWD] info: text" (UTC wall time).
std::string toString(const Event& event);
// "2026-11-21T10:04:52.123456789Z": the wall time as written in JSON (UTC, nanoseconds).
std::string formatWallTime(std::chrono::system_clock::time_point time);
std::optional<std::chrono::system_clock::time_point> parseWallTime(std::string_view text);

}  // namespace rescue::engine
