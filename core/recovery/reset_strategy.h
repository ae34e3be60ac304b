#pragma once
// How the wizard gets a chip to restart into its boot ROM's Debug Authentication loop with
// the request word waiting: the probe's NRST (pulse after attaching, or held while
// attaching: "connect under reset"), or a person holding the board's RESET button while the
// workbench writes the request and confirms through AP0 that it took, then letting go on
// request with a generous window for the chip's answer (the first field report's board,
// whose probe NRST reaches nothing).
//
// A ResetStrategy tries a bounded schedule, varying the timing from try to try, logs every
// try with what changed, and stops at the first opening. A probe try that shows NRST is not
// effective (the request stayed unread) skips the other probe tries: the line reaches
// nothing, so the person's button is the only reset left.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/auth/da_session.h"
#include "core/common/clock.h"
#include "core/device/nrst_check.h"
#include "core/engine/engine.h"
#include "core/recovery/strategy_memory.h"

namespace rescue::recovery {

enum class ResetMethod : std::uint8_t {
    ConnectUnderReset,  // probe NRST held while attaching, request written, NRST released
    ProbeNrst,          // attach, then probe NRST low, request, NRST high
    GuidedManual,       // a person holds RESET; the workbench asks them to let go
};
std::string_view resetMethodId(ResetMethod method);    // "connect-under-reset", "probe-nrst", "guided-manual"
std::string_view resetMethodName(ResetMethod method);  // "connect under reset", ...
std::optional<ResetMethod> resetMethodFromId(std::string_view id);

struct ResetTiming {
    Clock::Duration holdBeforeRequest{0};  // NRST held this long before the request is written
    Clock::Duration answerWindow = std::chrono::seconds(1);  // after release: the chip's first word
    std::uint32_t swdKHz = 4000;
    bool operator==(const ResetTiming&) const = default;
};
nlohmann::json timingToJson(const ResetTiming& timing);
ResetTiming timingFromJson(const nlohmann::json& json, ResetTiming fallback);

// One row of the schedule.
struct ResetTry {
    ResetMethod method = ResetMethod::ConnectUnderReset;
    ResetTiming timing;
    std::string changed;  // what differs from the previous try, for the log ("answer window 10 s -> 15 s")
};

struct ScheduleInput {
    device::NrstVerdict nrst = device::NrstVerdict::NotChecked;
    std::optional<RememberedStrategy> remembered;
    Clock::Duration replyBudget = std::chrono::seconds(1);  // the catalog's replyBudgetMs
    bool personAvailable = true;  // false: no manual tries (a script without an operator)
    unsigned maxProbeTries = 2;
    unsigned maxManualTries = 3;
};
// The bounded schedule: a remembered strategy first; probe tries unless NRST is known not to
// be wired; manual tries (10 s, 15 s, 20 s windows) when a person is there.
std::vector<ResetTry> resetSchedule(const ScheduleInput& input);

struct ResetAttempt {
    int number = 0;  // from 1
    ResetTry tried;
    bool opened = false;
    std::optional<Error> error;
    double labMs = 0;  // how long the try took on the probe's clock
};

struct ResetOutcome {
    bool opened = false;
    bool cancelled = false;  // the person cancelled a prompt
    std::vector<ResetAttempt> attempts;
    unsigned probeResets = 0;   // NRST pulses the probe drove
    unsigned manualResets = 0;  // RESET presses the person was asked for
    // The probe drove NRST and the request stayed unread: its NRST does not reach the chip.
    bool nrstIneffective = false;
    std::optional<Error> lastError;
    const ResetAttempt* worked() const { return opened && !attempts.empty() ? &attempts.back() : nullptr; }
};

class ResetStrategy {
public:
    ResetStrategy(engine::JobContext& context, probe::DebugProbe& probe, std::vector<ResetTry> schedule);
    // Opens `session` (connect, request, release, the ROM's answer) by the schedule, in order.
    ResetOutcome open(auth::DaSession& session);

private:
    Status tryProbe(auth::DaSession& session, const ResetTry& t, bool underReset, ResetOutcome& outcome);
    Status tryManual(auth::DaSession& session, const ResetTry& t, int manualNumber, const std::string& hint,
                     ResetOutcome& outcome);

    engine::JobContext& m_ctx;
    probe::DebugProbe& m_probe;
    std::vector<ResetTry> m_schedule;
};

// Whether an opening failure is worth another try: a silent mailbox (the ROM took the
// request and says nothing) and a chip without DA will not change with the timing.
bool worthRetrying(const Error& error);

}  // namespace rescue::recovery
