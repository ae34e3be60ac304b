#include "core/recovery/recovery_plan.h"
#include "core/common/translatable.h"

#include "core/recovery/plan_steps.h"

namespace rescue::recovery {

std::string_view toString(StepStatus s) {
    switch (s) {
        case StepStatus::Done:
            return "done";
        case StepStatus::Skipped:
            return "skipped";
        case StepStatus::Stopped:
            return "stopped";
        case StepStatus::Failed:
            return "failed";
        case StepStatus::Cancelled:
            return "cancelled";
    }
    return "failed";
}

std::vector<StepPreview> RecoveryPlan::preview(const WizardState& state) const {
    std::vector<StepPreview> out;
    for (const auto& s : steps)
        out.push_back(s->preview(state));
    return out;
}

RecoveryPlan planFor(const Verdict& v, const WizardOptions&) {
    RecoveryPlan p;
    p.playbook = v.playbook;
    if (v.playbook == "healthy") {
        p.title = RESCUE_TR_NOOP("Wizard", "Nothing to recover");
        p.steps.push_back(steps::explain("healthy", RESCUE_TR_NOOP("Wizard", "The board is healthy")));
    } else if (v.playbook == "wrp-fix") {
        p.title = RESCUE_TR_NOOP("Wizard", "Remove the write protection, then erase");
        p.steps.push_back(steps::wrpFix());
        p.steps.push_back(steps::massErase());
        p.steps.push_back(steps::verify());
    } else if (v.playbook == "da-regression" || v.playbook == "provisioning") {
        // In Provisioning the discovery decides: with DA, the regression and what follows it;
        // without, the .obk is provisioned (and the next run regresses).
        const bool provisioning = v.playbook == "provisioning";
        p.title =
            provisioning
                ? RESCUE_TR_NOOP("Wizard", "Find out whether DA is provisioned, then regress or provision it")
                : RESCUE_TR_NOOP(
                      "Wizard", "Debug Authentication regression back to Open, then make the flash erasable");
        p.steps.push_back(steps::daSession());
        if (provisioning)
            p.steps.push_back(steps::provisionDa());
        p.steps.push_back(steps::inspect());
        p.steps.push_back(steps::wrpFix());
        p.steps.push_back(steps::massErase());
        p.steps.push_back(steps::verify());
    } else if (v.playbook == "provisioning-no-da") {
        p.title = RESCUE_TR_NOOP("Wizard", "Provision Debug Authentication before anything else");
        p.steps.push_back(steps::provisionDa());
    } else {
        p.title = RESCUE_TR_NOOP("Wizard", "No way back with the wizard");
        p.steps.push_back(
            steps::explain("verdict", RESCUE_TR_NOOP("Wizard", "Verdict and what remains possible")));
    }
    return p;
}

nlohmann::json toJson(const StepPreview& p) {
    return {{"id", p.id},
            {"title", p.title},
            {"what", p.what},
            {"irreversible", p.irreversible},
            {"consequence", p.consequence},
            {"changes", p.changes}};
}

nlohmann::json toJson(const StepResult& r) {
    nlohmann::json j = {{"id", r.id},           {"title", r.title},  {"status", toString(r.status)},
                        {"summary", r.summary}, {"lab_ms", r.labMs}, {"changes", r.changes}};
    if (r.error) {
        nlohmann::json ev = nlohmann::json::array();
        for (const auto& e : r.error->evidence)
            ev.push_back({{"name", e.name}, {"value", e.value}});
        j["error"] = {{"code", r.error->code},
                      {"message", r.error->message},
                      {"hint", r.error->hint},
                      {"evidence", ev}};
    }
    return j;
}

}  // namespace rescue::recovery
