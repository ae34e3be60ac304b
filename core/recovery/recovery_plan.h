#pragma once
// RecoveryPlan: the playbook that follows a verdict, as steps that each say what they will do
// (preview(), option-byte changes included) before they do it (run()). kpmcore's shape:
// operations made of jobs with a preview, run in order, stopping at the first that fails or
// reaches a verdict. The steps share a WizardState: the probe, the job's context (log,
// progress, prompts), the facts, the open DA session, the counters.
//
// Playbooks:
//   healthy             say so
//   wrp-fix             WRP fix -> mass erase -> verify
//   da-regression       DA session (reset strategy; discovery, then authentication in the same
//                       reset) -> option bytes -> WRP fix -> mass erase -> verify
//   provisioning-no-da  explain; provision DA from the person's .obk (lab) or give the command
//   no-regression       the verdict, the reason, what still is possible
//   no-target           the verdict and what to check

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/auth/da_session.h"
#include "core/engine/engine.h"
#include "core/optionbytes/option_byte_image.h"
#include "core/recovery/diagnosis.h"
#include "core/recovery/reset_strategy.h"
#include "core/recovery/strategy_memory.h"

namespace rescue::recovery {

struct WizardOptions {
    std::optional<auth::CertificateCredentials> certificate;
    std::optional<auth::PasswordCredentials> password;
    std::string permission = "full-regression";
    std::filesystem::path obkFile;  // a DA configuration to provision (Provisioning with no DA)
    bool personAvailable = true;    // someone can answer prompts (press RESET, confirm)
    std::optional<std::filesystem::path> memoryFile;  // default: userDataDir()/reset-strategies.json
    bool remember = true;
    // The GUI shows the plan on its own page before anything runs: a "plan" prompt (run |
    // cancel) is asked after the plan is logged and before its first step.
    bool askBeforeSteps = false;
    bool hasCredentials() const { return certificate.has_value() || password.has_value(); }
};

struct WizardState {
    engine::JobContext& ctx;
    probe::DebugProbe& probe;
    std::shared_ptr<const device::Catalog> catalog;
    const WizardOptions& options;
    Diagnosis diagnosis;
    std::unique_ptr<auth::DaSession> da;
    std::optional<auth::DaDiscovery> discovery;
    std::optional<auth::DaOutcome> daOutcome;
    std::optional<optionbytes::OptionByteImage> optionsBefore;
    std::optional<optionbytes::OptionByteImage> optionsAfter;
    unsigned probeResets = 0;
    unsigned manualResets = 0;
    std::vector<ResetAttempt> resetAttempts;
    bool regressed = false;                 // a DA regression erased the flash and reached Open
    bool eraseWorked = false;               // a mass erase completed
    std::vector<std::string> commands;      // what to run by hand on a real board (STM32CubeProgrammer)
    std::vector<std::string> verdictNames;  // every verdict the run went through, first to last
};

struct StepPreview {
    std::string id;
    std::string title;
    std::string what;  // one or two sentences
    bool irreversible = false;
    std::string consequence;           // what is lost, for the confirmation
    std::vector<std::string> changes;  // option-byte diff lines ("WRPS: 0x00 -> 0xFF")
};

enum class StepStatus : std::uint8_t { Done, Skipped, Stopped, Failed, Cancelled };
std::string_view toString(StepStatus status);

struct StepResult {
    std::string id;
    std::string title;
    StepStatus status = StepStatus::Done;
    std::string summary;
    std::optional<Error> error;
    double labMs = 0;
    std::vector<std::string> changes;  // the option-byte diff as previewed right before it ran
};

class PlanStep {
public:
    virtual ~PlanStep() = default;
    virtual StepPreview preview(const WizardState& state) const = 0;
    virtual StepResult run(WizardState& state) = 0;
};

struct RecoveryPlan {
    std::string playbook;
    std::string title;
    std::vector<std::unique_ptr<PlanStep>> steps;
    std::vector<StepPreview> preview(const WizardState& state) const;
};

RecoveryPlan planFor(const Verdict& verdict, const WizardOptions& options);

nlohmann::json toJson(const StepPreview& preview);
nlohmann::json toJson(const StepResult& result);

}  // namespace rescue::recovery
