#pragma once
// The questions the wizard asks a person, as engine prompts (JobContext::ask): one contract
// for the GUI's wizard pages, the CLI's terminal and the lab's simulated operator. A front
// end picks its widget by `kind` and, for a manual reset, by details["stage"].
//
//   kind "manual-reset", stage "press":   "Press and hold RESET"      -> "holding" | "cancel"
//   kind "manual-reset", stage "release": "Release RESET now"         -> "release" | "cancel"
//       the person answers, then lets go; the workbench listens details["windowMs"] for the chip
//   kind "confirm":                        an irreversible step        -> "confirm" | "cancel"
//       details: "consequence" (what is lost), "step" (the plan step's id)
//   kind "choice":                         e.g. provision DA now?      -> one of the choices
//   kind "plan":                           run the plan just shown?    -> "run" | "cancel"
//       asked only when WizardOptions::askBeforeSteps (the GUI's plan page); details: "steps"

#include <chrono>
#include <string>
#include <string_view>

#include "core/engine/event.h"

namespace rescue::recovery {

namespace prompt_kind {
inline constexpr std::string_view kManualReset = "manual-reset";
inline constexpr std::string_view kConfirm = "confirm";
inline constexpr std::string_view kChoice = "choice";
inline constexpr std::string_view kPlan = "plan";
}  // namespace prompt_kind

namespace answer {
inline constexpr std::string_view kHolding = "holding";
inline constexpr std::string_view kRelease = "release";
inline constexpr std::string_view kConfirm = "confirm";
inline constexpr std::string_view kCancel = "cancel";
inline constexpr std::string_view kRun = "run";
}  // namespace answer

// `attempt` counts from 1; `hint` says what went wrong last time (empty on the first try).
engine::Prompt pressAndHoldPrompt(int attempt, const std::string& hint);
engine::Prompt releasePrompt(int attempt, std::chrono::milliseconds window);
engine::Prompt confirmPrompt(const std::string& stepId, const std::string& title, const std::string& question,
                             const std::string& consequence);
engine::Prompt planPrompt(const std::string& planTitle, std::size_t steps);

}  // namespace rescue::recovery
