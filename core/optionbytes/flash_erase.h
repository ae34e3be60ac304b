#pragma once
// Mass and bank erase (stm32-lifecycle-and-option-bytes.md 5.2, 6.4, rule 10): unlock, start,
// wait with a timeout, then read the error flags and explain them. When write protection is
// the cause (WRPERR / WRPERRF), the error names the protected sectors and the WRP change
// that clears them, as the exact `rescue ob write` line to run.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/device/part.h"
#include "core/probe/debug_probe.h"

namespace rescue::optionbytes {

struct EraseRequest {
    enum class Kind { Mass, Bank } kind = Kind::Mass;
    unsigned bank = 1;  // Kind::Bank: 1 or 2
};

struct EraseOptions {
    std::uint8_t ap = 1;
    Clock::Duration timeout = std::chrono::seconds(60);
    std::string probeUri = "URI";  // for the commands the errors offer
};

struct EraseOutcome {
    double milliseconds = 0;  // on the probe's clock
};

// "ob.erase-wrp" (evidence: sectors; hint: the WRP fix), "ob.erase-error" (other flags),
// "ob.erase-interrupted" (a reset or power loss cut the erase short: the flash is partly erased),
// "ob.timeout", probe errors.
Result<EraseOutcome> eraseFlash(probe::DebugProbe& probe, const device::Part& part,
                                const EraseRequest& request, const EraseOptions& options = {});

// The `--set` assignments that clear every WRP bit of the part ("WRPSGn1=0xFFFFFFFF", "WRPS=0xFF").
std::vector<std::string> clearWrpAssignments(const device::Part& part);

}  // namespace rescue::optionbytes
