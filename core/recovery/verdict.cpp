// decideVerdict: the name a support person repeats, from what the checks and the DA step saw.
#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/recovery/diagnosis.h"

namespace rescue::recovery {
namespace {

bool closedFamilyState(const std::string& id) {
    return id == "closed" || id == "tz-closed" || id == "irot-provisioned" || id == "unknown";
}

bool offers(const BoardFacts& f, std::string_view id) {
    for (const auto& p : f.daPermissions)
        if (p == id)
            return true;
    return false;
}

}  // namespace

Verdict decideVerdict(const BoardFacts& f) {
    Verdict v;
    const bool nrstUnwired = f.nrst == device::NrstVerdict::NotWired;
    const std::string nrstPart = nrstUnwired ? ", NRST not wired" : "";
    if (f.voltage)
        v.evidence.push_back({"T_VCC", fmt::format("{:.2f} V", *f.voltage)});
    if (f.dpidr)
        v.evidence.push_back({"DPIDR", fmt::format("{} ({})", hex32(*f.dpidr), f.dpMode)});
    if (!f.deviceName.empty())
        v.evidence.push_back({"device", f.deviceName});
    if (f.lifecycle != "unknown")
        v.evidence.push_back({"lifecycle", fmt::format("{} ({})", f.lifecycleName, f.lifecycleSource)});
    v.evidence.push_back({"NRST", std::string(device::toString(f.nrst))});
    if (f.daSeen)
        v.evidence.push_back({"DA", f.daNote});

    if (f.voltage && *f.voltage < 1.6) {
        v.id = "no-power";
        v.name = "No target power";
        v.reason = "The probe sees no voltage on the board: it is not powered, or T_VCC is not connected.";
        v.playbook = "no-target";
        v.stillPossible = {"Power the board and connect the probe's T_VCC pin, then run the wizard again."};
        return v;
    }
    if (!f.dpidr) {
        v.id = "no-target";
        v.name = "Nothing answers on SWD";
        v.reason =
            "The debug port did not answer in normal, hot-plug or under-reset connect: the wiring, or a "
            "Locked chip (which keeps its debug port silent for ever).";
        v.playbook = "no-target";
        v.stillPossible = {"Check SWDIO, SWCLK, GND and NRST at the connector and lower the SWD clock.",
                           "If the chip was set to Locked, nothing can reach it again: replace it."};
        return v;
    }
    if (!f.family) {
        v.id = "unknown-chip";
        v.name = "Chip not in the catalog";
        v.reason = "The debug port answers but the chip's DEV_ID is not one the catalog knows.";
        v.playbook = "no-target";
        return v;
    }
    if (f.lifecycle == "open" && f.coreApAnswers) {
        if (!f.options) {
            // Write protection is unknown, not absent: calling this board healthy (and the
            // wizard's result "open and erasable") was a misreport the fault campaign found
            // (seed 226: the chip stopped answering just before the option bytes were read).
            v.id = "open-options-unread";
            v.name = "Open, option bytes unreadable" + nrstPart;
            v.reason =
                "The chip is Open and the core answers, but its option bytes could not be read, so whether "
                "write protection stands in the way of an erase is unknown.";
            v.playbook = "no-target";
            v.stillPossible = {"Check the connection (cable, SWD clock, power) and run the wizard again."};
            return v;
        }
        if (f.wrpAll) {
            v.id = "open-wrp-all";
            v.name = "Open, whole flash write-protected" + nrstPart;
            v.reason =
                "The chip is Open but every WRP bit is 0: every sector is write-protected, so mass erase "
                "fails (\"Please verify flash protection\").";
            v.recoverable = true;
            v.playbook = "wrp-fix";
            for (const auto& w : f.wrpFields)
                v.evidence.push_back({"write protection", w});
        } else {
            v.id = "healthy";
            v.name = "Open, healthy" + nrstPart;
            v.reason = "The chip is Open, the core answers and the flash is not write-protected end to end.";
            v.recoverable = true;
            v.playbook = "healthy";
        }
        return v;
    }
    if (f.lifecycle == "locked") {
        v.id = "locked";
        v.name = "Locked";
        v.reason = "Locked is final: no option byte, no DA and no bootloader leaves it.";
        v.playbook = "no-regression";
        v.stillPossible = {"Nothing on this chip: replace it."};
        return v;
    }
    // Only a DA discovery says whether a chip in Provisioning holds a DA configuration: before
    // one, the chip is not said to have none (the playbook's first step runs it).
    if (f.lifecycle == "provisioning" && f.daSeen && !f.daProvisioned.value_or(false)) {
        v.id = "provisioning-no-da";
        v.name = "Provisioning, no DA provisioned" + nrstPart;
        v.reason =
            "Provisioning -> Open is not an option-byte change but a DA regression, and the chip holds no "
            "DA configuration: nothing can regress it until one is provisioned. Do not close it now: "
            "closing without DA is irreversible.";
        v.playbook = "provisioning-no-da";
        v.stillPossible = {
            "Provision a DA configuration (.obk) while the chip is in Provisioning, then regress "
            "it to Open with the matching credentials."};
        return v;
    }
    if (!closedFamilyState(f.lifecycle) && f.lifecycle != "provisioning") {
        v.id = "state-" + f.lifecycle;
        v.name = f.lifecycleName + nrstPart;
        v.reason = fmt::format("The chip is in {}; the wizard has no playbook for it.", f.lifecycleName);
        v.playbook = "no-regression";
        return v;
    }

    // Debug closed (or Provisioning with DA): the DA discovery decides.
    const std::string stateName = f.lifecycle == "unknown" ? std::string("Debug closed") : f.lifecycleName;
    const std::string sid = f.lifecycle == "unknown" ? std::string("closed") : f.lifecycle;
    if (!f.daSeen && f.lifecycle == "provisioning") {
        v.id = std::string("provisioning") + (nrstUnwired ? "-nrst-unwired" : "");
        v.name = stateName + nrstPart;
        v.reason =
            "The chip is in Provisioning, which only a DA regression leaves. A Debug Authentication "
            "discovery (one reset into the boot ROM) tells whether a DA configuration is provisioned: "
            "with one, the matching credentials regress the chip to Open; without one, it is provisioned "
            "first (.obk). Do not close the chip now: closing without DA is irreversible.";
        v.recoverable = f.ap0Answers || f.coreApAnswers;
        v.playbook = "provisioning";
        return v;
    }
    if (!f.daSeen) {
        v.id = sid + (nrstUnwired ? "-nrst-unwired" : "");
        v.name = stateName + nrstPart;
        // TZ-Closed leaves the non-secure side open: AP1 answers there, only the secure side is
        // shut. Say what is closed as it is.
        const std::string closed = f.coreApAnswers
                                       ? fmt::format("{} keeps the secure side closed (AP1 answers for "
                                                     "non-secure code only)",
                                                     stateName)
                                       : std::string("The core's AP is closed");
        v.reason = f.ap0Answers ? closed +
                                      " and the DBGMCU mailbox answers on AP0: a Debug Authentication discovery "
                                      "(one reset into the boot ROM) tells the state and whether DA is "
                                      "provisioned."
                                : closed + " and AP0 does not answer.";
        v.recoverable = f.ap0Answers;
        v.playbook = f.ap0Answers ? "da-regression" : "no-regression";
        return v;
    }
    if (!f.daProvisioned.has_value()) {
        v.id = sid + "-da-silent";
        v.name = stateName + ", DA does not answer" + nrstPart;
        v.reason = "The chip did not answer a Debug Authentication request: " + f.daNote;
        v.playbook = "no-regression";
        v.stillPossible = {
            "Non-secure debug through AP1 in hot-plug mode, only while non-secure code runs.",
            "The application's own update path (its bootloader or firmware update), if it has one.",
            "Otherwise the chip cannot be brought back: replace it."};
        return v;
    }
    if (!*f.daProvisioned) {
        v.id = sid + "-no-da";
        v.name = stateName + ", no DA provisioned";
        v.reason = fmt::format(
            "No regression is possible: {} is left only through Debug Authentication, and no DA "
            "configuration is provisioned ({}).",
            stateName, f.daNote);
        v.playbook = "no-regression";
        v.stillPossible = {
            "Non-secure debug through AP1 in hot-plug mode, only while non-secure code runs.",
            "The application's own update path (its bootloader or firmware update), if it has one.",
            "Otherwise the chip cannot be brought back to Open: replace it."};
        return v;
    }
    const bool full = offers(f, "full-regression");
    const bool partial = offers(f, "partial-regression");
    v.id = sid + "-da" + (nrstUnwired ? "-nrst-unwired" : "");
    v.name = stateName + ", DA provisioned" + nrstPart;
    v.evidence.push_back({"DA permissions", fmt::format("{}", fmt::join(f.daPermissions, ", "))});
    if (full || f.daPermissions.empty()) {
        v.reason =
            "A DA configuration is provisioned" +
            std::string(full ? " and offers Full Regression" : " (the chip lists no permission)") +
            ": with the matching credentials the chip regresses to Open" +
            (nrstUnwired ? ", with a guided manual reset since the probe's NRST reaches nothing." : ".");
        v.recoverable = true;
        v.playbook = "da-regression";
    } else {
        v.reason =
            partial ? "DA is provisioned but offers only Partial Regression: the secure part stays, the chip "
                      "ends in TZ-Closed, not Open."
                    : "DA is provisioned but offers no regression, only debug re-opening.";
        v.playbook = "no-regression";
        v.stillPossible = {partial ? "Partial Regression with the credentials (non-secure flash erased)."
                                   : "Debug re-opening with the credentials."};
    }
    return v;
}

nlohmann::json toJson(const DiagnosisCheck& c) {
    nlohmann::json ev = nlohmann::json::array();
    for (const auto& e : c.evidence)
        ev.push_back({{"name", e.name}, {"value", e.value}});
    return {{"id", c.id},
            {"title", c.title},
            {"status", toString(c.status)},
            {"summary", c.summary},
            {"evidence", ev}};
}

nlohmann::json toJson(const Verdict& v) {
    nlohmann::json ev = nlohmann::json::array();
    for (const auto& e : v.evidence)
        ev.push_back({{"name", e.name}, {"value", e.value}});
    return {{"id", v.id},
            {"name", v.name},
            {"reason", v.reason},
            {"recoverable", v.recoverable},
            {"playbook", v.playbook},
            {"still_possible", v.stillPossible},
            {"evidence", ev}};
}

}  // namespace rescue::recovery
