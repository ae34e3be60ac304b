#pragma once
// The stuck-board wizard, headless: diagnosis -> verdict -> plan (previewed) -> steps, all
// reported through the engine's JobContext (log lines on the WIZARD channel, progress,
// states "wizard" / "wizard-check" / "wizard-verdict" / "wizard-step", prompts for the
// person). The CLI runs it in a job; the GUI's QWizard builds its pages from the same
// events and the same value types (Diagnosis, Verdict, StepPreview, StepResult).
//
//   auto outcome = recovery::runWizard(ctx, probe, catalog, options);
//   outcome->openAndErasable  -> exit 0;  otherwise outcome->finalVerdict says why
//   recovery::reportText(*outcome) -> a text for a forum post or a support ticket (no secrets)

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/recovery/diagnosis.h"
#include "core/recovery/recovery_plan.h"

namespace rescue::recovery {

struct WizardOutcome {
    Diagnosis diagnosis;  // the checks as first run; facts as they ended
    Verdict firstVerdict;
    Verdict diagnosedVerdict;  // after the first step (a DA discovery refines the first verdict)
    Verdict finalVerdict;
    std::vector<std::string> verdictNames;  // first, then each refinement (DA discovery, recovery)
    std::string playbook;
    std::string planTitle;
    std::vector<StepPreview> plan;
    std::vector<StepResult> steps;
    bool openAndErasable = false;
    unsigned probeResets = 0;   // NRST pulses and under-reset attaches (diagnosis included)
    unsigned manualResets = 0;  // RESET presses the person was asked for
    std::vector<ResetAttempt> resetAttempts;
    std::optional<auth::DaDiscovery> discovery;
    nlohmann::json optionBytesBefore;  // exportJson, null when never read
    nlohmann::json optionBytesAfter;
    std::vector<std::string> commands;  // to run by hand on a real board
    double labMs = 0;                   // on the probe's clock
};

Result<WizardOutcome> runWizard(engine::JobContext& ctx, probe::DebugProbe& probe,
                                std::shared_ptr<const device::Catalog> catalog, const WizardOptions& options);

// Runs the wizard as one engine job on `session` and waits for its end (real time at most
// `timeout`): for the CLI, the suites and the benchmark. A cancelled or failed job is an error.
Result<WizardOutcome> runWizardJob(engine::Engine& engine, engine::SessionId session,
                                   probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog,
                                   const WizardOptions& options,
                                   std::chrono::milliseconds timeout = std::chrono::minutes(10));

// Everything as JSON (the CLI's --json and the bundle); no secrets: credentials never enter
// the outcome.
nlohmann::json toJson(const WizardOutcome& outcome);
// Plain text to paste in a forum or a ticket.
std::string reportText(const WizardOutcome& outcome);

}  // namespace rescue::recovery
