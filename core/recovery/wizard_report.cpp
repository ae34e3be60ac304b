// The wizard's outcome as JSON and as a text to paste in a forum post or a support ticket.
// Credentials never enter a WizardOutcome, so neither form can carry a key or a password.
#include <sstream>

#include <fmt/format.h>

#include "core/common/version.h"
#include "core/recovery/wizard.h"

namespace rescue::recovery {
namespace {

nlohmann::json attemptsJson(const std::vector<ResetAttempt>& attempts) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& t : attempts) {
        nlohmann::json j = {{"try", t.number},
                            {"method", resetMethodId(t.tried.method)},
                            {"timing", timingToJson(t.tried.timing)},
                            {"changed", t.tried.changed},
                            {"opened", t.opened},
                            {"lab_ms", t.labMs}};
        if (t.error)
            j["error"] = {{"code", t.error->code}, {"message", t.error->message}};
        a.push_back(j);
    }
    return a;
}

const char* mark(CheckStatus s) {
    switch (s) {
        case CheckStatus::Pass:
            return "[ok]  ";
        case CheckStatus::Warn:
            return "[warn]";
        case CheckStatus::Fail:
            return "[FAIL]";
        case CheckStatus::Info:
            return "[info]";
        case CheckStatus::Skipped:
            return "[skip]";
    }
    return "[info]";
}

}  // namespace

nlohmann::json toJson(const WizardOutcome& o) {
    nlohmann::json j;
    j["open_and_erasable"] = o.openAndErasable;
    j["verdict"] = toJson(o.finalVerdict);
    j["first_verdict"] = toJson(o.firstVerdict);
    j["diagnosed_verdict"] = toJson(o.diagnosedVerdict);
    j["verdicts"] = o.verdictNames;
    j["playbook"] = o.playbook;
    j["plan_title"] = o.planTitle;
    auto& checks = j["checks"] = nlohmann::json::array();
    for (const auto& c : o.diagnosis.checks)
        checks.push_back(toJson(c));
    auto& plan = j["plan"] = nlohmann::json::array();
    for (const auto& p : o.plan)
        plan.push_back(toJson(p));
    auto& steps = j["steps"] = nlohmann::json::array();
    for (const auto& s : o.steps)
        steps.push_back(toJson(s));
    j["resets"] = {{"probe", o.probeResets}, {"manual", o.manualResets}};
    j["reset_attempts"] = attemptsJson(o.resetAttempts);
    const auto& f = o.diagnosis.facts;
    j["board"] = {{"probe", f.probeUri},
                  {"probe_model", f.probeModel},
                  {"probe_firmware", f.probeFirmware},
                  {"device", f.deviceName},
                  {"dev_id", fmt::format("0x{:03X}", f.devId)},
                  {"uid", f.uid.value_or("")},
                  {"lifecycle", f.lifecycle},
                  {"nrst", device::toString(f.nrst)},
                  {"da_permissions", f.daPermissions}};
    if (o.discovery) {
        nlohmann::json lines = nlohmann::json::array();
        for (const auto& l : o.discovery->lines)
            lines.push_back({{"label", l.label}, {"value", l.value}});
        j["discovery"] = lines;
    }
    j["option_bytes_before"] = o.optionBytesBefore;
    j["option_bytes_after"] = o.optionBytesAfter;
    j["commands"] = o.commands;
    j["lab_ms"] = o.labMs;
    return j;
}

std::string reportText(const WizardOutcome& o) {
    std::ostringstream r;
    const auto& f = o.diagnosis.facts;
    r << "Rescue Workbench " << version() << " - stuck-board wizard report\n";
    r << "Result: "
      << (!o.openAndErasable        ? "NOT RECOVERED"
          : o.playbook == "healthy" ? "HEALTHY: Open and erasable, nothing to recover"
                                    : "RECOVERED: Open and erasable")
      << "\n";
    if (o.diagnosedVerdict.name != o.finalVerdict.name) {
        r << "Diagnosis: " << o.diagnosedVerdict.name << "\n";
        r << "  " << o.diagnosedVerdict.reason << "\n";
        r << "Now: " << o.finalVerdict.name << "\n";
    } else {
        r << "Verdict: " << o.finalVerdict.name << "\n";
    }
    r << "  " << o.finalVerdict.reason << "\n";
    for (const auto& s : o.finalVerdict.stillPossible)
        r << "  Still possible: " << s << "\n";
    r << "\nBoard\n";
    r << fmt::format("  Probe: {} {} ({})\n", f.probeModel, f.probeFirmware, f.probeUri);
    r << fmt::format("  Device: {}{}\n", f.deviceName.empty() ? std::string("unknown") : f.deviceName,
                     f.devId ? fmt::format(" (DEV_ID 0x{:03X})", f.devId) : std::string());
    if (f.uid)
        r << "  UID: " << *f.uid << "\n";
    r << fmt::format("  Lifecycle: {}{}\n", f.lifecycleName.empty() ? f.lifecycle : f.lifecycleName,
                     f.lifecycleSource.empty() ? std::string() : " (" + f.lifecycleSource + ")");
    r << "  NRST: " << device::toString(f.nrst) << "\n";
    if (f.daSeen)
        r << "  Debug Authentication: " << f.daNote
          << (f.daPermissions.empty() ? std::string()
                                      : fmt::format("; offers {}", fmt::join(f.daPermissions, ", ")))
          << "\n";
    r << "\nChecks\n";
    for (const auto& c : o.diagnosis.checks) {
        r << "  " << mark(c.status) << " " << c.title << ": " << c.summary << "\n";
        for (const auto& e : c.evidence)
            r << "         " << e.name << ": " << e.value << "\n";
    }
    if (o.verdictNames.size() > 1)
        r << "\nVerdicts as the run learned more: " << fmt::format("{}", fmt::join(o.verdictNames, " -> "))
          << "\n";
    r << "\nPlan: " << o.planTitle << "\n";
    for (std::size_t i = 0; i < o.plan.size(); ++i) {
        r << fmt::format("  {}. {}: {}\n", i + 1, o.plan[i].title, o.plan[i].what);
        for (const auto& c : o.plan[i].changes)
            r << "       " << c << "\n";
    }
    if (!o.resetAttempts.empty()) {
        r << "\nResets (" << o.probeResets << " by the probe, " << o.manualResets << " by hand)\n";
        for (const auto& a : o.resetAttempts)
            r << fmt::format("  try {}: {} ({}): {}\n", a.number, resetMethodName(a.tried.method),
                             a.tried.changed,
                             a.opened ? "opened" : (a.error ? a.error->message : std::string("no answer")));
    }
    r << "\nSteps\n";
    for (const auto& s : o.steps) {
        r << fmt::format("  {}: {}. {}\n", s.title, toString(s.status), s.summary);
        for (const auto& c : s.changes)
            r << "     " << c << "\n";
        if (s.error)
            r << "     " << s.error->message << " (" << s.error->code << ")\n";
    }
    if (!o.commands.empty()) {
        r << "\nTo run by hand\n";
        for (const auto& c : o.commands)
            r << "  " << c << "\n";
    }
    r << fmt::format("\nTime: {:.1f} s{}\n", o.labMs / 1000.0,
                     f.probeUri.starts_with("lab:") ? " of lab time" : "");
    return r.str();
}

}  // namespace rescue::recovery
