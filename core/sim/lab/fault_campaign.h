#pragma once
// The fault campaign: N seeded runs of real workbench operations (the stuck-board wizard,
// an option-byte change, a mass erase, DA authentication alone) on lab boards, over the
// virtual ST-LINK's USB, through the lab's ST-LINK TCP server, or over a virtual CMSIS-DAP
// (64- or 512-byte packets, value match), each with a fault plan
// drawn from the run's seed (a pulled cable, WAIT storms, FAULTs, short / oversized /
// missing replies, latency spikes, resets and power losses, also in the middle of an erase
// or an option-byte programming, a chip going silent, the server dropping the connection).
// Each run is an engine job with its normal timeouts, journalled to a file, and is checked:
//   (a) the job ended: no hang past its lab-time budget nor the wall-clock watchdog;
//   (b) it ended with success or a clear Error (code, one sentence, a hint), never a throw;
//   (c) the journal file holds every event the job's listeners heard, in order;
//   (d) the board as the lab model has it (read directly, not through the probe) is what
//       the workbench reported: nothing torn reported as done or verified;
//   (e) the same operation run again without the fault (cable re-plugged) recovers, or
//       fails saying why the board does not allow it;
//   (f) the run's probe session, recorded as `--record` does it, replayed through the same
//       operation (`replay:FILE`) ends the same way (not for the wizard, whose simulated
//       operator acts on the board, which a replay has not).
// Run i of a campaign with seed S has seed S + i, so `--runs 1 --seed S+i` repeats it exactly.
// `rescue lab campaign` and bench/ are thin wrappers around runCampaign().

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace rescue::sim::lab {

enum class RunOutcome { Success, ClearError, UnclearError, Hang, Crash };
const char* toString(RunOutcome outcome);

struct CampaignRun {
    std::uint64_t seed = 0;
    std::string scenario;
    std::string operation;           // "wizard", "ob-change", "mass-erase", "da-auth"
    std::string transport;           // "usb", "tcp" (the ST-LINK's), "cmsis-dap" (its USB)
    std::string probe;               // the probe model: "STLINK-V3SET", "CMSIS-DAP 64 B"...
    nlohmann::json faults;           // the plan as drawn (scenario "faults" syntax)
    std::vector<std::string> fired;  // the faults that fired: "chip-reset at command 212"
    RunOutcome outcome = RunOutcome::Success;
    std::string errorCode;
    std::string errorMessage;
    std::string reported;  // what the workbench said it did ("erased", "written and verified"...)
    double labMs = 0;
    double wallMs = 0;
    bool journalComplete = true;
    bool stateMatches = true;
    std::optional<bool> replayMatches;      // empty: not recorded (the wizard)
    std::optional<bool> retryRecovered;     // empty: no fault fired, nothing to retry
    std::string retryNote;                  // why a retry did not recover
    std::vector<std::string> failedChecks;  // "(a) hang: ...", "(d) misreported: ..."

    bool passed() const { return failedChecks.empty(); }
};

struct CampaignCounts {
    std::size_t runs = 0;
    std::size_t faultsFired = 0;  // runs in which at least one fault fired
    std::size_t successes = 0;
    std::size_t clearErrors = 0;
    std::size_t unclearErrors = 0;
    std::size_t hangs = 0;
    std::size_t crashes = 0;
    std::size_t journalGaps = 0;
    std::size_t misreported = 0;
    std::size_t retriesRecovered = 0;
    std::size_t retriesNotRecovered = 0;  // the board did not allow it: the run says why
    std::size_t replaysMatched = 0;
    std::size_t replaysDiverged = 0;
    std::size_t failedRuns = 0;
};

// Which probes the runs use. Any: the run's seed picks (ST-LINK by USB or TCP, or a
// CMSIS-DAP by USB) from a draw of its own, so the seeds drawn before CMSIS-DAP joined
// still pick the same board, operation and faults.
enum class CampaignProbes { Any, Stlink, CmsisDap };
bool campaignProbesFromName(const std::string& name, CampaignProbes& probes);  // "any", "stlink", "cmsis-dap"

struct CampaignOptions {
    std::uint64_t seed = 1;
    CampaignProbes probes = CampaignProbes::Any;
    unsigned runs = 20;
    // Boards to use (shipped scenario names); empty: every board the campaign knows.
    std::vector<std::string> scenarios;
    // Real time a job may take before it counts as a hang (its lab time has its own budget).
    std::chrono::milliseconds watchdog{20'000};
    // Where the runs' journals go; empty: a fresh folder under the system's temp folder,
    // removed at the end.
    std::filesystem::path workDir;
    // Called after each run (progress for the CLI).
    std::function<void(const CampaignRun&)> onRun;
};

struct CampaignReport {
    CampaignCounts counts;
    std::vector<CampaignRun> runs;
    double wallSeconds = 0;
    bool passed() const { return counts.failedRuns == 0; }
};

// The boards the campaign knows (for --scenario and its errors).
std::vector<std::string> campaignScenarios();

CampaignReport runCampaign(const CampaignOptions& options);
// One run, as run i = seed - options.seed of a campaign would do it.
CampaignRun runCampaignRun(std::uint64_t seed, const CampaignOptions& options);

nlohmann::json toJson(const CampaignRun& run);
nlohmann::json toJson(const CampaignReport& report);
// The table of counts and one line per failed check with its seed.
std::string formatReport(const CampaignReport& report);

}  // namespace rescue::sim::lab
