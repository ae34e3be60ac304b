#include "core/recovery/plan_steps.h"
#include "core/common/translatable.h"

#include <fmt/format.h>

#include "core/auth/da_provisioning.h"
#include "core/auth/mailbox_link.h"
#include "core/auth/obk_file.h"
#include "core/common/bytes.h"
#include "core/device/target_identification.h"
#include "core/optionbytes/flash_erase.h"
#include "core/optionbytes/ob_change_operation.h"
#include "core/optionbytes/ob_erase_operation.h"
#include "core/optionbytes/option_programmer.h"
#include "core/optionbytes/transition_policy.h"
#include "core/recovery/prompts.h"

namespace rescue::recovery::steps {
namespace {

using engine::LogLevel;
namespace ch = engine::channel;

StepResult result(const StepPreview& p, StepStatus status, std::string summary,
                  std::optional<Error> error = {}) {
    return {p.id, p.title, status, std::move(summary), std::move(error), 0, {}};
}

void say(WizardState& s, std::string text, LogLevel level = LogLevel::Info) {
    s.ctx.log(level, ch::Wizard, std::move(text));
}

void refreshVerdict(WizardState& s) {
    const Verdict before = s.diagnosis.verdict;
    s.diagnosis.verdict = decideVerdict(s.diagnosis.facts);
    if (s.diagnosis.verdict.name != before.name) {
        s.verdictNames.push_back(s.diagnosis.verdict.name);
        // The verdict's JSON rides along, as with the first one: the GUI updates its pages from it.
        s.ctx.log(LogLevel::Info, ch::Wizard,
                  fmt::format("Verdict: {}. {}", s.diagnosis.verdict.name, s.diagnosis.verdict.reason),
                  toJson(s.diagnosis.verdict));
        s.ctx.state("wizard-verdict", s.diagnosis.verdict.id, s.diagnosis.verdict.name);
    }
}

std::string rememberKey(const WizardState& s) {
    const auto& f = s.diagnosis.facts;
    return boardKey(f.uid, f.probeSerial, f.devId);
}

// ---- explain -----------------------------------------------------------------------------------

class Explain final : public PlanStep {
public:
    Explain(std::string id, std::string title) : m_id(std::move(id)), m_title(std::move(title)) {}
    StepPreview preview(const WizardState& s) const override {
        return {m_id,
                m_title,
                fmt::format("Say the verdict ({}) and what follows; nothing is changed.",
                            s.diagnosis.verdict.name),
                false,
                {},
                {}};
    }
    StepResult run(WizardState& s) override {
        const auto p = preview(s);
        const Verdict& v = s.diagnosis.verdict;
        say(s, fmt::format("{}: {}", v.name, v.reason));
        for (const auto& x : v.stillPossible)
            say(s, "Still possible: " + x);
        return result(p, v.playbook == "healthy" ? StepStatus::Done : StepStatus::Stopped, v.reason);
    }

private:
    std::string m_id, m_title;
};

// ---- DA session --------------------------------------------------------------------------------

class DaSessionStep final : public PlanStep {
public:
    StepPreview preview(const WizardState& s) const override {
        StepPreview p;
        p.id = "da-session";
        p.title = RESCUE_TR_NOOP("Wizard", "Debug Authentication");
        const bool manual = s.diagnosis.facts.nrst == device::NrstVerdict::NotWired;
        p.what = fmt::format(
            "Open the chip's DA channel ({}), run a discovery{}.",
            manual
                ? "guided manual reset: you hold RESET while the request is written, then let go when asked"
                : "the probe's NRST first; a guided manual reset if it does not reach the chip",
            s.options.hasCredentials()
                ? fmt::format(", then authenticate with your credentials for {} in the same reset",
                              s.options.permission)
                : " (no credentials given: discovery only)");
        if (s.options.hasCredentials() && s.options.permission.find("regression") != std::string::npos) {
            p.irreversible = true;
            p.consequence =
                "Full Regression erases the whole user flash, SRAM and the DA provisioning, and "
                "returns the chip to Open.";
        }
        return p;
    }

    StepResult run(WizardState& s) override {
        const StepPreview p = preview(s);
        BoardFacts& f = s.diagnosis.facts;
        bool authenticate = s.options.hasCredentials();
        // Asked before the reset: the boot ROM waits about a second per word, too short for a
        // question between discovery and authentication.
        if (authenticate && p.irreversible) {
            auto a = s.ctx.ask(confirmPrompt(
                p.id, "Regress the chip?",
                fmt::format("If the chip offers it, the wizard authenticates for {} in the same reset as the "
                            "discovery. {}",
                            s.options.permission, p.consequence),
                p.consequence));
            if (!a || *a != answer::kConfirm) {
                say(s, "Regression not confirmed: the DA step runs the discovery only.");
                authenticate = false;
            }
        }
        auth::DaSessionOptions o;
        o.family = f.family;
        s.da = std::make_unique<auth::DaSession>(s.probe, s.catalog, o);

        ScheduleInput in;
        in.nrst = f.nrst;
        in.personAvailable = s.options.personAvailable;
        if (f.family)
            in.replyBudget =
                std::chrono::milliseconds(f.family->da.replyBudgetMs ? f.family->da.replyBudgetMs : 1000);
        std::optional<StrategyMemory> memory;
        if (s.options.remember) {
            memory.emplace(s.options.memoryFile.value_or(std::filesystem::path()));
            in.remembered = memory->find(rememberKey(s));
            if (in.remembered) {
                say(s, fmt::format("This board opened last time with: {}.", in.remembered->method));
                if (in.remembered->nrstNotWired && f.nrst == device::NrstVerdict::NotChecked) {
                    f.nrst = device::NrstVerdict::NotWired;
                    in.nrst = f.nrst;
                    say(s,
                        "Remembered from last time: the probe's NRST pulse did not reach this chip (NRST not "
                        "wired).");
                    refreshVerdict(s);
                }
            }
        }
        ResetStrategy strategy(s.ctx, s.probe, resetSchedule(in));
        ResetOutcome opened = strategy.open(*s.da);
        s.probeResets += opened.probeResets;
        s.manualResets += opened.manualResets;
        s.resetAttempts.insert(s.resetAttempts.end(), opened.attempts.begin(), opened.attempts.end());
        if (opened.nrstIneffective && f.nrst != device::NrstVerdict::NotWired) {
            f.nrst = device::NrstVerdict::NotWired;
            refreshVerdict(s);
        }
        if (opened.cancelled)
            return result(p, StepStatus::Cancelled, "The manual reset was cancelled.", opened.lastError);
        if (!opened.opened) {
            f.daSeen = true;
            f.daProvisioned.reset();
            f.daNote = opened.lastError ? opened.lastError->message : std::string("no answer");
            if (opened.lastError && opened.lastError->code == auth::da_error::kMailboxSilent)
                f.daNote =
                    "the boot ROM took the request word and never answered (a chip with no DA provisioned "
                    "may stay silent)";
            refreshVerdict(s);
            return result(p, StepStatus::Stopped, "The chip's DA channel did not open.", opened.lastError);
        }
        if (memory)
            if (const auto* w = opened.worked())
                (void)memory->remember(rememberKey(s), {std::string(resetMethodId(w->tried.method)),
                                                        timingToJson(w->tried.timing),
                                                        {},
                                                        f.nrst == device::NrstVerdict::NotWired});

        auto d = s.da->discover();
        if (!d)
            return result(p, StepStatus::Failed, "The discovery failed.", d.error());
        s.discovery = *d;
        if (!f.family && s.da->family())
            f.family = s.catalog->family(s.da->family()->id);
        applyDiscovery(f, *d);
        refreshVerdict(s);
        for (const auto& line : d->lines)
            s.ctx.log(LogLevel::Info, ch::Da, fmt::format("discovery: {}: {}", line.label, line.value));
        if (!f.daProvisioned.value_or(false)) {
            // A chip in Provisioning: the next step provisions the .obk, or says how to.
            if (f.lifecycle == "provisioning")
                return result(
                    p, StepStatus::Done,
                    s.options.obkFile.empty()
                        ? std::string("No DA configuration is provisioned yet: the next step says how to "
                                      "provision one.")
                        : fmt::format("No DA configuration is provisioned yet: the next step provisions {}.",
                                      s.options.obkFile.filename().string()));
            return result(p, StepStatus::Stopped, s.diagnosis.verdict.reason);
        }
        if (!authenticate)
            return result(
                p, StepStatus::Stopped,
                s.options.hasCredentials()
                    ? "Discovery done; the regression was not confirmed."
                    : "Discovery done. Give the credentials (--key and --cert, or --password) to regress.");
        auto requested = s.da->permissionFromText(s.options.permission);
        if (!requested)
            return result(p, StepStatus::Failed, requested.error().message, requested.error());
        const bool useCertificate =
            s.options.certificate.has_value() &&
            (!s.options.password || !d->parsed.info.cryptosystems ||
             std::find(d->parsed.info.cryptosystems->begin(), d->parsed.info.cryptosystems->end(),
                       auth::kCryptosystemEcdsaP256) != d->parsed.info.cryptosystems->end());
        const auth::DaCredentials creds = useCertificate ? auth::DaCredentials(*s.options.certificate)
                                                         : auth::DaCredentials(*s.options.password);
        const std::string before =
            f.lifecycleName.empty() ? std::string("the closed state") : f.lifecycleName;
        auto outcome = s.da->authenticate(creds, *requested);
        if (!outcome)
            return result(p, StepStatus::Failed, outcome.error().message, outcome.error());
        s.daOutcome = *outcome;
        for (const auto& n : outcome->notes)
            say(s, n);
        if (!outcome->stateAfter.empty()) {
            if (const auto* st = f.family ? f.family->lifecycle.state(outcome->stateAfter) : nullptr) {
                f.lifecycle = st->id;
                f.lifecycleName = st->name;
                f.lifecycleSource = "read through AP1 after the DA grant";
            }
        }
        s.regressed = outcome->grant.fullRegression && f.lifecycle == "open";
        f.coreApAnswers = outcome->ap1Open;
        return result(
            p, StepStatus::Done,
            fmt::format("Authenticated ({} method); the chip went from {} to {}.",
                        useCertificate ? "certificate" : "password", outcome->stateBefore,
                        outcome->stateAfter.empty() ? std::string("(not followed)") : outcome->stateAfter));
    }
};

// ---- inspect -------------------------------------------------------------------------------------

class Inspect final : public PlanStep {
public:
    StepPreview preview(const WizardState&) const override {
        return {"inspect",
                RESCUE_TR_NOOP("Wizard", "Option bytes"),
                "Connect without reset (hot plug) and read the option bytes: lifecycle, write protection.",
                false,
                {},
                {}};
    }
    StepResult run(WizardState& s) override {
        const StepPreview p = preview(s);
        BoardFacts& f = s.diagnosis.facts;
        device::ConnectOptions co;
        co.mode = device::ConnectMode::HotPlug;
        co.checkNrst = false;
        auto id = device::identifyTarget(s.probe, *s.catalog, co);
        if (!id)
            return result(p, StepStatus::Failed, id.error().message, id.error());
        if (id->blocker)
            return result(p, StepStatus::Failed, id->blocker->message, *id->blocker);
        f.family = id->family;
        f.coreApAnswers = true;
        if (id->family && !id->partLines.empty())
            if (auto part = s.catalog->resolvePart(id->partLines.front())) {
                f.part = *part;
                if (id->flashKb) {
                    f.part->flashKb = *id->flashKb;
                    f.part->flashSizeKnown = true;
                }
                f.deviceName = id->partLines.size() == 1 ? f.part->line : id->family->name;
            }
        if (f.family && f.family->identity.uid) {
            auto uid = s.probe.readMemory(f.coreAp, f.family->identity.uid, 12);
            if (uid && uid->size() == 12) {
                const bool first = !f.uid;
                f.uid = toHex(*uid);
                // The UID is readable now: remember the strategy under it as well.
                if (first && s.options.remember && !s.resetAttempts.empty() &&
                    s.resetAttempts.back().opened) {
                    StrategyMemory memory(s.options.memoryFile.value_or(std::filesystem::path()));
                    const auto& w = s.resetAttempts.back();
                    (void)memory.remember(rememberKey(s), {std::string(resetMethodId(w.tried.method)),
                                                           timingToJson(w.tried.timing),
                                                           {},
                                                           f.nrst == device::NrstVerdict::NotWired});
                }
            }
        }
        if (Status st = refreshOptionFacts(s.probe, f); !st)
            return result(p, StepStatus::Failed, st.error().message, st.error());
        if (!s.optionsBefore)
            s.optionsBefore = f.options;
        refreshVerdict(s);
        for (const auto& w : f.wrpFields)
            say(s, "Write protection: " + w);
        return result(p, StepStatus::Done,
                      fmt::format("{}; {}.", f.lifecycleName,
                                  f.wrpAll ? "every flash sector is write-protected"
                                           : "the flash is not write-protected end to end"));
    }
};

// ---- WRP fix and mass erase: the option-byte operations the CLI and the GUI editor share ----

// The board as the option-byte operations take it, from what the wizard has read.
std::optional<optionbytes::ObTarget> obTarget(const WizardState& s) {
    const auto& f = s.diagnosis.facts;
    if (!f.options || !f.part)
        return std::nullopt;
    return optionbytes::ObTarget{s.catalog, f.part, f.deviceName, f.lifecycleName, f.coreAp, *f.options};
}

class WrpFix final : public PlanStep {
public:
    StepPreview preview(const WizardState& s) const override {
        StepPreview p{"wrp-fix", RESCUE_TR_NOOP("Wizard", "Write protection"), {}, false, {}, {}};
        const auto& f = s.diagnosis.facts;
        const auto target = obTarget(s);
        if (!target) {
            p.what =
                "If every sector is write-protected (all WRP bits 0), set every WRP bit back to 1 so the "
                "flash "
                "can be erased.";
            return p;
        }
        p.what = f.wrpAll
                     ? "Every sector is write-protected: set every WRP bit back to 1 (nothing else changes)."
                     : "Nothing to do: the flash is not write-protected end to end.";
        if (f.wrpAll)
            if (auto change = optionbytes::wrpFixChange(*target))
                for (const auto& c : optionbytes::previewChange(*target, *change).changes)
                    p.changes.push_back(fmt::format("{}: {} -> {}", c.field, c.from, c.to));
        return p;
    }
    StepResult run(WizardState& s) override {
        const StepPreview p = preview(s);
        BoardFacts& f = s.diagnosis.facts;
        const auto target = obTarget(s);
        if (!target)
            return result(
                p, StepStatus::Failed, "The option bytes were not read.",
                makeError("recovery.no-options", "The option bytes were not read, so WRP cannot be fixed.",
                          "Run the option-byte step first."));
        if (!f.wrpAll)
            return result(p, StepStatus::Skipped, "No WRP fix needed.");
        for (const auto& c : p.changes)
            say(s, "Option bytes: " + c);
        auto change = optionbytes::wrpFixChange(*target);
        if (!change)
            return result(p, StepStatus::Failed, change.error().message, change.error());
        optionbytes::ObChangeOperation op(s.probe, *target, std::move(*change));
        if (op.preview().refused())
            return result(
                p, StepStatus::Failed, "The validator refused the WRP change.",
                makeError("recovery.wrp-refused", "The validator refused to clear the write protection.",
                          op.preview().report.findings.empty()
                              ? std::string()
                              : op.preview().report.findings.front().sentence));
        auto outcome = op.run({});
        if (!outcome)
            return result(p, StepStatus::Failed, outcome.error().message, outcome.error());
        if (outcome->program.mismatches())
            return result(p, StepStatus::Failed, "The chip did not take the WRP change.",
                          optionbytes::mismatchError(outcome->program));
        if (Status st = refreshOptionFacts(s.probe, f); !st)
            return result(p, StepStatus::Failed, st.error().message, st.error());
        return result(p, f.wrpAll ? StepStatus::Failed : StepStatus::Done,
                      f.wrpAll ? "The flash is still write-protected after the change."
                               : "Write protection removed: every WRP bit is 1 and read back.");
    }
};

class MassErase final : public PlanStep {
public:
    StepPreview preview(const WizardState& s) const override {
        StepPreview p{"mass-erase",
                      RESCUE_TR_NOOP("Wizard", "Mass erase"),
                      "Erase the whole user flash and check that it worked.",
                      true,
                      "Mass erase erases the whole user flash: the application and its data are lost.",
                      {}};
        if (s.regressed) {
            p.irreversible = false;
            p.what += " The regression has already erased it, so nothing more is lost.";
            p.consequence.clear();
        }
        return p;
    }
    StepResult run(WizardState& s) override {
        const StepPreview p = preview(s);
        const auto target = obTarget(s);
        if (!target)
            return result(
                p, StepStatus::Failed, "The part is not known.",
                makeError("recovery.no-part", "The part is not known, so the flash cannot be erased.",
                          "Run the option-byte step first."));
        if (p.irreversible) {
            auto a = s.ctx.ask(confirmPrompt(p.id, "Erase the flash?", p.consequence, p.consequence));
            if (!a || *a != answer::kConfirm)
                return result(p, StepStatus::Cancelled, "Mass erase not confirmed.");
        }
        optionbytes::ObEraseOperation op(s.probe, *target, {}, s.diagnosis.facts.probeUri);
        auto e = op.run();
        if (!e)
            return result(p, StepStatus::Failed, e.error().message, e.error());
        s.eraseWorked = true;
        return result(p, StepStatus::Done, fmt::format("Mass erase done in {:.0f} ms.", e->milliseconds));
    }
};

// ---- verify --------------------------------------------------------------------------------------

class Verify final : public PlanStep {
public:
    StepPreview preview(const WizardState&) const override {
        return {"verify",
                RESCUE_TR_NOOP("Wizard", "Verify"),
                "Read the option bytes again: Open, no write protection, erase done.",
                false,
                {},
                {}};
    }
    StepResult run(WizardState& s) override {
        const StepPreview p = preview(s);
        BoardFacts& f = s.diagnosis.facts;
        if (Status st = refreshOptionFacts(s.probe, f); !st)
            return result(p, StepStatus::Failed, st.error().message, st.error());
        s.optionsAfter = f.options;
        refreshVerdict(s);
        const bool ok = f.lifecycle == "open" && !f.wrpAll && s.eraseWorked;
        return result(p, ok ? StepStatus::Done : StepStatus::Failed,
                      ok ? "The board is Open and erasable."
                         : fmt::format("The board is {}{}.", f.lifecycleName,
                                       f.wrpAll ? " and write-protected" : ", erase not done"));
    }
};

// ---- provisioning with no DA ---------------------------------------------------------------------

class ProvisionDa final : public PlanStep {
public:
    StepPreview preview(const WizardState& s) const override {
        StepPreview p;
        p.id = "provision-da";
        p.title = RESCUE_TR_NOOP("Wizard", "Provision Debug Authentication");
        p.what = s.options.obkFile.empty()
                     ? "Explain the way out: provision a DA configuration (.obk) while the chip is in "
                       "Provisioning; "
                       "nothing is written without a file."
                     : fmt::format(
                           "Provision the DA configuration {} (the chip stays in Provisioning), then check "
                           "it with a discovery.",
                           s.options.obkFile.filename().string());
        return p;
    }
    StepResult run(WizardState& s) override {
        const StepPreview p = preview(s);
        // After a DA session that found a configuration (and maybe regressed the chip), there
        // is nothing to provision.
        if (s.diagnosis.facts.daSeen && s.diagnosis.facts.daProvisioned.value_or(false))
            return result(p, StepStatus::Skipped, "A DA configuration is already provisioned.");
        say(s,
            "Provisioning -> Open is not an option-byte change: only a DA regression leaves Provisioning, "
            "and it "
            "needs a DA configuration provisioned first. Do not close the chip before that: closing without "
            "DA is "
            "irreversible.");
        const std::filesystem::path shown =
            s.options.obkFile.empty() ? std::filesystem::path("DA_Config.obk") : s.options.obkFile;
        const std::string command = auth::cubeSdpCommand(shown);
        if (s.options.obkFile.empty()) {
            s.commands.push_back(command);
            say(s,
                "Make credentials with `rescue da make-credentials` (or ST's TrustedPackageCreator), then "
                "provision "
                "them: " +
                    command);
            return result(p, StepStatus::Stopped,
                          "DA is not provisioned; the command to provision it is in the report.");
        }
        auto bytes = auth::loadObkFile(s.options.obkFile);
        if (!bytes)
            return result(p, StepStatus::Failed, bytes.error().message, bytes.error());
        auto a = s.ctx.ask(confirmPrompt(
            p.id, "Provision DA?", fmt::format("Write {} into the chip's OBK area?", shown.string()),
            "The DA configuration is written once; a wrong file must be regressed away."));
        if (!a || *a != answer::kConfirm)
            return result(p, StepStatus::Cancelled, "Provisioning not confirmed.");
        auto out = auth::provisionDaConfiguration(s.probe, s.catalog, *bytes, s.options.obkFile);
        if (!out)
            return result(p, StepStatus::Failed, out.error().message, out.error());
        if (!out->written) {
            s.commands.push_back(out->cubeCommand);
            return result(p, StepStatus::Stopped,
                          "On a real probe the workbench cannot write the OBK: run " + out->cubeCommand);
        }
        ++s.probeResets;  // the discovery that checks it
        s.diagnosis.facts.daSeen = true;
        s.diagnosis.facts.daProvisioned = out->seen.status == optionbytes::DaProvisioning::Provisioned;
        s.diagnosis.facts.daNote = out->seen.seen;
        refreshVerdict(s);
        return result(p, StepStatus::Stopped,
                      "DA provisioned (" + out->seen.seen +
                          "). Run the wizard again with the matching credentials to "
                          "regress the chip to Open.");
    }
};

}  // namespace

void applyDiscovery(BoardFacts& f, const auth::DaDiscovery& d) {
    f.daSeen = true;
    f.daPermissions.clear();
    for (const auto& o : d.offered)
        f.daPermissions.push_back(o.id.empty() ? o.label : o.id);
    const auto& info = d.parsed.info;
    if (info.stIntegrity)
        f.daProvisioned = *info.stIntegrity == 0xEAEAEAEAu;
    else
        f.daProvisioned = !d.offered.empty();
    f.daNote =
        info.stIntegrity
            ? fmt::format("DA discovery: ST provisioning integrity {}{}", hex32(*info.stIntegrity),
                          *f.daProvisioned ? " (credentials provisioned)" : " (no credentials provisioned)")
            : fmt::format("DA discovery: {} permission(s) offered", d.offered.size());
    if (info.psaLifecycle && f.family)
        if (const auto* st = f.family->lifecycle.stateByCode((*info.psaLifecycle)[1])) {
            f.lifecycle = st->id;
            f.lifecycleName = st->name;
            f.lifecycleSource = "DA discovery";
        }
}

std::unique_ptr<PlanStep> explain(std::string id, std::string title) {
    return std::make_unique<Explain>(std::move(id), std::move(title));
}
std::unique_ptr<PlanStep> daSession() {
    return std::make_unique<DaSessionStep>();
}
std::unique_ptr<PlanStep> inspect() {
    return std::make_unique<Inspect>();
}
std::unique_ptr<PlanStep> wrpFix() {
    return std::make_unique<WrpFix>();
}
std::unique_ptr<PlanStep> massErase() {
    return std::make_unique<MassErase>();
}
std::unique_ptr<PlanStep> verify() {
    return std::make_unique<Verify>();
}
std::unique_ptr<PlanStep> provisionDa() {
    return std::make_unique<ProvisionDa>();
}

}  // namespace rescue::recovery::steps
