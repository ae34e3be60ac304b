#pragma once
// The ST-LINK driver: DebugProbe over an StlinkLink, the same code for a probe on USB,
// behind an ST-LINK server and in the lab. Facts: docs/reference/stlink-protocol.md.

#include <memory>

#include "core/probe/debug_probe.h"
#include "core/probe/stlink/stlink_link.h"
#include "core/probe/stlink/stlink_version.h"

namespace rescue::probe::stlink {

struct StlinkProbeOptions {
    std::chrono::milliseconds commandTimeout{1000};  // per USB exchange
    std::chrono::milliseconds waitBudget{500};       // how long WAIT answers are retried
    std::uint32_t defaultSwdKHz = 4000;
};

class StlinkProbe final : public DebugProbe {
public:
    // Reads the firmware version (GET_VERSION, and GET_VERSION_EX on V3) and the current
    // mode; fills info.firmware and info.model (from the PID when the caller left it empty).
    // Does not touch the target: attach() does.
    static Result<std::unique_ptr<StlinkProbe>> open(std::unique_ptr<StlinkLink> link, ProbeInfo info,
                                                     std::shared_ptr<Clock> clock,
                                                     StlinkProbeOptions options = {});
    // ... DebugProbe overrides, firmware() ...
};

}  // namespace rescue::probe::stlink
