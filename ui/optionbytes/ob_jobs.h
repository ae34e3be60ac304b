#pragma once
// The option-byte editor's probe work as engine jobs over core/optionbytes' operations, run in
// the device panel's "probes" session on its workspace (one registry owns the probes). Plain
// C++, no Qt. Values too rich for JSON (the target with its option bytes, previews, outcomes)
// come back in an ObJobOutput the job fills on the worker and the GUI reads once JobEnded has
// arrived (the engine's event queue orders the two); the job's JSON result carries the cost.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/engine/engine.h"
#include "core/optionbytes/ob_change_operation.h"
#include "core/optionbytes/ob_erase_operation.h"
#include "ui/probe_jobs.h"

namespace rescue::ui {

struct ObJobOutput {
    std::optional<optionbytes::ObTarget> target;  // read, or read again after a write
    std::optional<optionbytes::ChangePreview> preview;
    std::optional<optionbytes::DaLook> da;  // the discovery the preview made, for the write after it
    std::optional<optionbytes::WriteOutcome> written;
    std::optional<optionbytes::EraseOutcome> erased;
};

// Opens the probe, identifies the target (hot-plug) and reads its option bytes.
engine::JobFunction makeObReadJob(std::shared_ptr<ProbeWorkspace> workspace, std::string uri,
                                  std::shared_ptr<ObJobOutput> out);

struct ObChangeJob {
    std::string uri;
    optionbytes::ChangeRequest request;  // over the option bytes the editor read
    bool write = false;                  // false: preview only (a DA discovery where closing depends on it)
    std::vector<std::string> confirmations;
    std::optional<optionbytes::DaLook> knownDa;  // from the preview before, so the chip is reset once
};
// Fails with "ob.changed-since-read" when the chip's option bytes are no longer the ones the
// change was made over; with the operation's errors ("ob.refused", "ob.unconfirmed", ...) when
// writing. After a write the option bytes are read again.
engine::JobFunction makeObChangeJob(std::shared_ptr<ProbeWorkspace> workspace, ObChangeJob job,
                                    std::shared_ptr<ObJobOutput> out);

// Mass or bank erase; a WRP refusal is the job's error (offeredFix() reads its fix).
engine::JobFunction makeObEraseJob(std::shared_ptr<ProbeWorkspace> workspace, std::string uri,
                                   optionbytes::EraseRequest request, std::shared_ptr<ObJobOutput> out);

}  // namespace rescue::ui
