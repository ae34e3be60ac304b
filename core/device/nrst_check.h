#pragma once
// Is the probe's NRST wired to the chip? The first field report's root cause: a reset line
// the probe drove into nothing. The check: catch the core on reset (DEMCR.VC_CORERESET),
// clear the sticky S_RESET_ST by reading DHCSR, pulse NRST through the probe, and read DHCSR
// again. A chip that was reset shows S_RESET_ST (and halts at its reset vector); a chip that
// was not shows neither. The core's previous state is restored afterwards.

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/probe/debug_probe.h"

namespace rescue::device {

enum class NrstVerdict : std::uint8_t {
    Wired,
    NotWired,
    NotChecked,  // hot plug, core not reachable, or the check could not finish: `sentence` says why
};
std::string_view toString(NrstVerdict verdict);  // "wired", "not-wired", "not-checked"

struct NrstCheck {
    NrstVerdict verdict = NrstVerdict::NotChecked;
    std::string sentence;  // "NRST is not connected to the probe."
    std::vector<Evidence> evidence;
    std::string hint;
};

// Runs the check through the core's AP. The core must be reachable (DHCSR readable).
NrstCheck checkNrstWiring(probe::DebugProbe& probe, std::uint8_t coreAp);

// A NotChecked result with its reason.
NrstCheck nrstNotChecked(std::string reason);

}  // namespace rescue::device
