#include "core/recovery/prompts.h"
#include "core/common/translatable.h"

#include <fmt/format.h>

namespace rescue::recovery {

engine::Prompt pressAndHoldPrompt(int attempt, const std::string& hint) {
    engine::Prompt p;
    p.kind = std::string(prompt_kind::kManualReset);
    p.title = RESCUE_TR_NOOP("Wizard", "Press and hold RESET");
    p.question = fmt::format(
        "{}Press the board's RESET button and keep holding it, then answer. No need to be quick: the "
        "workbench writes the request while you hold it.",
        hint.empty() ? std::string() : hint + " ");
    p.choices = {{std::string(answer::kHolding), "I am holding RESET"},
                 {std::string(answer::kCancel), "Cancel"}};
    p.details = {{"stage", "press"}, {"attempt", attempt}, {"instruction", "PRESS AND HOLD RESET"}};
    return p;
}

engine::Prompt releasePrompt(int attempt, std::chrono::milliseconds window) {
    engine::Prompt p;
    p.kind = std::string(prompt_kind::kManualReset);
    p.title = RESCUE_TR_NOOP("Wizard", "Release RESET");
    p.question = fmt::format(
        "The request is in the chip. Answer, then let go of RESET: the workbench listens for the chip for "
        "{} seconds after your answer.",
        window.count() / 1000);
    p.choices = {{std::string(answer::kRelease), "Release now"}, {std::string(answer::kCancel), "Cancel"}};
    p.details = {{"stage", "release"},
                 {"attempt", attempt},
                 {"windowMs", window.count()},
                 {"instruction", "LET GO OF RESET"}};
    return p;
}

engine::Prompt confirmPrompt(const std::string& stepId, const std::string& title, const std::string& question,
                             const std::string& consequence) {
    engine::Prompt p;
    p.kind = std::string(prompt_kind::kConfirm);
    p.title = title;
    p.question = question;
    p.choices = {{std::string(answer::kConfirm), "Continue"}, {std::string(answer::kCancel), "Cancel"}};
    p.details = {{"step", stepId}, {"consequence", consequence}};
    return p;
}

engine::Prompt planPrompt(const std::string& planTitle, std::size_t steps) {
    engine::Prompt p;
    p.kind = std::string(prompt_kind::kPlan);
    p.title = RESCUE_TR_NOOP("Wizard", "Run the plan?");
    p.question =
        fmt::format("{}: {} step(s). Irreversible steps still ask before they run.", planTitle, steps);
    p.choices = {{std::string(answer::kRun), "Run the plan"}, {std::string(answer::kCancel), "Cancel"}};
    p.details = {{"steps", steps}};
    return p;
}

}  // namespace rescue::recovery
