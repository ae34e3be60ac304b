#pragma once
// One option-byte change as an operation with a preview before it runs (kpmcore style), shared
// by `rescue ob check|write` and the GUI's editor:
//   preview()  the diff of every changed field, a DA discovery where closing depends on it
//              (and, where the registers cannot show the state, the state it reports), and the
//              TransitionPolicy's findings with their confirmation phrases. Writes nothing.
//   run(c)     refuses what the policy refuses, wants every phrase in `c`, then programs the
//              family's sequence and compares every changed field read back.
// The probe is used by the calling thread only (the GUI calls it on its engine worker).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/optionbytes/da_provisioning_check.h"
#include "core/optionbytes/ob_target.h"
#include "core/optionbytes/option_programmer.h"
#include "core/optionbytes/transition_policy.h"
#include "core/probe/debug_probe.h"

namespace rescue::optionbytes {

// From `--set FIELD=VALUE` words and STM32CubeProgrammer's "-ob A=1 B=2" lines, over the target's
// option bytes in force.
Result<ChangeRequest> changeFromAssignments(const ObTarget& target, const std::vector<std::string>& lines);
// From an exported JSON file's text (ob_json.h); a file of another family is refused
// ("optionbytes.json-family").
Result<ChangeRequest> changeFromJson(const ObTarget& target, const std::string& text);
// Every WRP bit of the part cleared: the fix an "ob.erase-wrp" error offers.
Result<ChangeRequest> wrpFixChange(const ObTarget& target);

struct PendingChange {
    std::string field;
    std::string from;  // as decode() shows it; empty for a boot ROM service field (not readable)
    std::string to;
    std::string via;  // the boot ROM service ("-psrss") when the field is not a register
};

struct ChangePreview {
    std::vector<PendingChange> changes;
    // Set when a DA discovery was asked (closing moves): what it saw.
    std::optional<DaProvisioningCheck> da;
    std::string stateInForce;  // the state the discovery reported where registers cannot tell
    PolicyReport report;

    bool refused() const { return report.refused(); }
    bool needsConfirmation() const { return report.needsConfirmation(); }
};

// The pure part: diff and findings, with what is known about DA (nothing is asked of a chip).
// The GUI's findings panel calls it on every edit.
ChangePreview previewChange(const ObTarget& target, const ChangeRequest& request,
                            const std::optional<DaLook>& da = std::nullopt);

// Whether preview() will run a DA discovery for this request (it resets the chip once).
bool needsDaDiscovery(const ObTarget& target, const ChangeRequest& request);

struct WriteOutcome {
    bool written = false;  // false: the option bytes already held these values
    ProgramOutcome program;
};

class ObChangeOperation {
public:
    // `knownDa`: a discovery already made for this change (the GUI previews, asks for the
    // phrase, then runs), so the chip is not reset a second time.
    ObChangeOperation(probe::DebugProbe& probe, const ObTarget& target, ChangeRequest request,
                      std::optional<DaLook> knownDa = std::nullopt);

    const ChangeRequest& request() const { return m_request; }
    const ChangePreview& preview();
    const std::optional<DaLook>& daLook() const { return m_da; }

    // "ob.refused", "ob.unconfirmed" (evidence: every phrase), programming errors. A read-back
    // mismatch is not an error here: the outcome's checks say it (mismatchError() words it).
    Result<WriteOutcome> run(const std::vector<std::string>& confirmations);

private:
    probe::DebugProbe& m_probe;
    const ObTarget& m_target;
    ChangeRequest m_request;
    std::optional<DaLook> m_da;
    std::optional<ChangePreview> m_preview;
};

}  // namespace rescue::optionbytes
