#include "core/recovery/wizard.h"

#include <optional>

#include <fmt/format.h>

#include "core/engine/redactor.h"
#include "core/optionbytes/ob_json.h"
#include "core/recovery/prompts.h"

namespace rescue::recovery {
namespace {

using engine::LogLevel;
namespace ch = engine::channel;

}  // namespace

Result<WizardOutcome> runWizard(engine::JobContext& ctx, probe::DebugProbe& probe,
                                std::shared_ptr<const device::Catalog> catalog,
                                const WizardOptions& options) {
    // The credentials are registered with the engine's redactor for the whole run: whatever
    // text carries them by mistake (a log line, an error's evidence) is masked before the
    // journal or a listener sees it. A key registers its PEM form: body, DER and scalar.
    std::optional<engine::ScopedSecret> passwordGuard, keyGuard;
    if (engine::Redactor* redactor = ctx.redactor()) {
        if (options.password)
            passwordGuard.emplace(*redactor, options.password->password.view());
        if (options.certificate && options.certificate->leafKey) {
            const auth::SecretBytes pem = options.certificate->leafKey->toPkcs8Pem();
            keyGuard.emplace(*redactor, pem.view());
        }
    }
    const auto start = probe.clock().now();
    ctx.state("wizard", "diagnosing");
    ctx.progress(0.0, "Diagnosis");
    DiagnosisOptions dopts;
    dopts.onCheck = [&ctx](const DiagnosisCheck& c) {
        ctx.log(c.status == CheckStatus::Fail ? LogLevel::Warning : LogLevel::Info, ch::Wizard,
                fmt::format("[{}] {}: {}", toString(c.status), c.title, c.summary), toJson(c));
        ctx.state("wizard-check", c.id, std::string(toString(c.status)));
    };
    auto diagnosis = diagnose(probe, catalog, dopts);
    if (!diagnosis)
        return diagnosis.error();

    WizardState s{ctx,   probe, catalog, options, std::move(*diagnosis), {}, {}, {}, {}, {}, 0, 0, {},
                  false, false, {},      {}};
    s.verdictNames.push_back(s.diagnosis.verdict.name);
    s.probeResets = s.diagnosis.probeResets;
    s.optionsBefore = s.diagnosis.facts.options;
    WizardOutcome out;
    out.firstVerdict = s.diagnosis.verdict;
    ctx.log(LogLevel::Info, ch::Wizard,
            fmt::format("Verdict: {}. {}", out.firstVerdict.name, out.firstVerdict.reason),
            toJson(out.firstVerdict));
    ctx.state("wizard-verdict", out.firstVerdict.id, out.firstVerdict.name);

    RecoveryPlan plan = planFor(out.firstVerdict, options);
    out.playbook = plan.playbook;
    out.planTitle = plan.title;
    out.plan = plan.preview(s);
    ctx.log(LogLevel::Info, ch::Wizard, "Plan: " + plan.title);
    for (std::size_t i = 0; i < out.plan.size(); ++i) {
        const auto& p = out.plan[i];
        ctx.log(LogLevel::Info, ch::Wizard,
                fmt::format("  {}. {}: {}{}", i + 1, p.title, p.what, p.irreversible ? " (asks first)" : ""),
                toJson(p));
        for (const auto& c : p.changes)
            ctx.log(LogLevel::Info, ch::Wizard, "       " + c);
    }

    bool runSteps = true;
    if (options.askBeforeSteps && !plan.steps.empty()) {
        const auto go = ctx.ask(planPrompt(plan.title, plan.steps.size()));
        if (ctx.cancelled())
            return makeError("recovery.cancelled", "The wizard was cancelled.", "Run it again when ready.");
        runSteps = go && *go == answer::kRun;
        if (!runSteps)
            ctx.log(LogLevel::Info, ch::Wizard,
                    "The plan was not run: the person declined it. Nothing was changed.");
    }

    for (std::size_t i = 0; runSteps && i < plan.steps.size(); ++i) {
        if (ctx.cancelled())
            return makeError("recovery.cancelled", "The wizard was cancelled.", "Run it again when ready.");
        const auto preview = plan.steps[i]->preview(s);
        ctx.progress(0.1 + 0.9 * static_cast<double>(i) / static_cast<double>(plan.steps.size()),
                     preview.title);
        ctx.state("wizard-step", preview.id, "running");
        const auto stepStart = probe.clock().now();
        StepResult r = plan.steps[i]->run(s);
        r.labMs = toMilliseconds(probe.clock().now() - stepStart);
        r.changes = preview.changes;
        ctx.log(r.status == StepStatus::Failed ? LogLevel::Error : LogLevel::Info, ch::Wizard,
                fmt::format("Step {} ({}): {}. {}", i + 1, r.title, toString(r.status), r.summary),
                toJson(r));
        if (r.error)
            ctx.log(LogLevel::Warning, ch::Wizard, r.error->describe());
        ctx.state("wizard-step", r.id, std::string(toString(r.status)));
        const bool goOn = r.status == StepStatus::Done || r.status == StepStatus::Skipped;
        if (i == 0)
            out.diagnosedVerdict = s.diagnosis.verdict;
        out.steps.push_back(std::move(r));
        if (!goOn)
            break;
    }

    const auto& f = s.diagnosis.facts;
    out.openAndErasable = f.lifecycle == "open" && f.coreApAnswers && !f.wrpAll &&
                          (s.eraseWorked || out.playbook == "healthy") &&
                          std::all_of(out.steps.begin(), out.steps.end(), [](const StepResult& r) {
                              return r.status == StepStatus::Done || r.status == StepStatus::Skipped;
                          });
    out.finalVerdict = s.diagnosis.verdict;
    if (out.diagnosedVerdict.id.empty())
        out.diagnosedVerdict = out.firstVerdict;
    out.probeResets = s.probeResets;
    out.manualResets = s.manualResets;
    out.resetAttempts = s.resetAttempts;
    out.discovery = s.discovery;
    out.commands = s.commands;
    out.verdictNames = s.verdictNames;
    if (s.optionsBefore)
        out.optionBytesBefore = optionbytes::exportJson(*s.optionsBefore, f.part ? &*f.part : nullptr);
    if (s.optionsAfter)
        out.optionBytesAfter = optionbytes::exportJson(*s.optionsAfter, f.part ? &*f.part : nullptr);
    out.diagnosis = std::move(s.diagnosis);
    out.labMs = toMilliseconds(probe.clock().now() - start);
    ctx.progress(1.0, out.openAndErasable ? "Open and erasable" : out.finalVerdict.name);
    ctx.state("wizard", out.openAndErasable ? "recovered" : "verdict", out.finalVerdict.name);
    return out;
}

Result<WizardOutcome> runWizardJob(engine::Engine& engine, engine::SessionId session,
                                   probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog,
                                   const WizardOptions& options, std::chrono::milliseconds timeout) {
    std::optional<Result<WizardOutcome>> result;
    const auto job = engine.submit(session, "wizard", [&](engine::JobContext& ctx) -> engine::JobResult {
        result = runWizard(ctx, probe, catalog, options);
        if (!*result)
            return result->error();
        return nlohmann::json{{"open_and_erasable", result->value().openAndErasable},
                              {"verdict", result->value().finalVerdict.name}};
    });
    auto ended = engine.wait(job, timeout);
    if (!ended) {
        engine.cancel(job);
        (void)engine.wait(job, std::chrono::seconds(30));
        return makeError("recovery.timeout", "The wizard did not finish in time.",
                         "Run it again; if it repeats, report it with the journal.");
    }
    if (!result)
        return ended->error
                   ? *ended->error
                   : makeError("recovery.cancelled", "The wizard was cancelled.", "Run it again when ready.");
    return std::move(*result);
}

}  // namespace rescue::recovery
