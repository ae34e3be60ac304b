#pragma once
// The stuck-board diagnosis: a tree of checks, each with its evidence, from the probe down to
// the option bytes, then a verdict a support person can repeat ("Closed, DA provisioned, NRST
// not wired"), its reason, what still is possible, and the playbook that follows.
//
//   probe + firmware -> target voltage -> DP in normal / hot-plug / under-reset (only as far
//   as needed) -> access ports (DBGMCU_SR) -> core reachable / halted -> NRST wired ->
//   lifecycle (option bytes when the core's AP reads them) -> option-byte hazards (WRP over
//   the whole flash, frozen fields)
//
// The checks never hammer a board: at most one NRST pulse (the wiring check, when the core
// answers) and one under-reset attach when nothing else answers. Debug Authentication
// (lifecycle and provisioning of a closed chip) needs a reset into the boot ROM: that is the
// DA step of the plan (da_facts), because its discovery and an authentication must share one
// reset when a person presses the button.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/result.h"
#include "core/device/catalog.h"
#include "core/device/nrst_check.h"
#include "core/device/part.h"
#include "core/optionbytes/option_byte_image.h"
#include "core/probe/debug_probe.h"

namespace rescue::recovery {

enum class CheckStatus : std::uint8_t { Pass, Warn, Fail, Info, Skipped };
std::string_view toString(CheckStatus status);  // "pass", "warn", "fail", "info", "skipped"

struct DiagnosisCheck {
    std::string id;     // "probe", "voltage", "dp-normal", "dp-hot-plug", "dp-under-reset", "access-ports",
                        // "core", "nrst", "lifecycle", "option-bytes", "da"
    std::string title;  // "Target voltage"
    CheckStatus status = CheckStatus::Info;
    std::string summary;  // one sentence
    std::vector<Evidence> evidence;
};

// Everything the checks learned, for the verdict and the plan.
struct BoardFacts {
    std::string probeUri, probeModel, probeSerial, probeFirmware;
    bool labBench = false;  // a lab board whose RESET button the simulated operator can reach
    std::optional<double> voltage;
    std::optional<std::uint32_t> dpidr;
    std::string dpMode;  // the mode the DP answered in: "normal", "hot-plug", "under-reset"
    std::shared_ptr<const device::Family> family;
    std::optional<device::Part> part;
    std::string deviceName;
    std::uint16_t devId = 0;
    std::optional<std::string> uid;  // 24 hex digits, when the core's AP reads it
    bool ap0Answers = false;
    bool coreApAnswers = false;  // memory through the core's AP
    std::uint8_t coreAp = 1;
    device::NrstVerdict nrst = device::NrstVerdict::NotChecked;
    std::string lifecycle = "unknown";  // state id ("closed"); "unknown" until something tells
    std::string lifecycleName;          // as ST writes it ("Closed")
    std::string lifecycleSource;
    std::optional<optionbytes::OptionByteImage> options;
    bool wrpAll = false;                    // every sector write-protected: mass erase fails
    std::vector<std::string> wrpFields;     // "WRPS = 0x00 (sectors 0-7 protected)"
    std::vector<std::string> frozenFields;  // "NSBOOTADD: frozen while NSBOOT_LOCK = 0x000000B4"
    // From a DA discovery (the plan's DA step fills these).
    bool daSeen = false;
    std::optional<bool> daProvisioned;
    std::vector<std::string> daPermissions;  // ids ("full-regression") or labels
    std::string daNote;                      // what the DA step saw or why it could not
};

struct Verdict {
    std::string id;    // stable slug: "closed-da-nrst-unwired", "tz-closed-no-da", "healthy", ...
    std::string name;  // "Closed, DA provisioned, NRST not wired"
    std::string reason;
    bool recoverable = false;  // the wizard has a way back to Open and erasable
    std::string playbook;  // "healthy", "wrp-fix", "da-regression", "provisioning-no-da", "no-regression",
                           // "no-target"
    std::vector<std::string> stillPossible;  // for a board the wizard cannot regress
    std::vector<Evidence> evidence;
};

struct Diagnosis {
    std::vector<DiagnosisCheck> checks;
    BoardFacts facts;
    Verdict verdict;
    unsigned probeResets = 0;  // NRST pulses and under-reset attaches the checks used
    double labMs = 0;          // on the probe's clock
};

struct DiagnosisOptions {
    std::function<void(const DiagnosisCheck&)> onCheck;  // each check as it completes (live ticks)
};

// Runs the checks. Fails only when the catalog cannot be used; a board that answers nothing
// is a verdict ("no-target"), not an error.
Result<Diagnosis> diagnose(probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog,
                           const DiagnosisOptions& options = {});

// The verdict for these facts (called again when the DA step learns more).
Verdict decideVerdict(const BoardFacts& facts);

// Re-reads the option bytes through the core's AP and updates lifecycle and WRP facts.
Status refreshOptionFacts(probe::DebugProbe& probe, BoardFacts& facts);

nlohmann::json toJson(const DiagnosisCheck& check);
nlohmann::json toJson(const Verdict& verdict);

}  // namespace rescue::recovery
