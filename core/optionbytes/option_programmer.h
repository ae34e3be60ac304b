#pragma once
// Programs a checked ChangeRequest into a chip (stm32-lifecycle-and-option-bytes.md 5.1, 6.4):
// H5: OPTKEYR, *_PRG, OPTSTRT, wait, OPTCHANGEERR; H7RS: OPTKEYR, PG_OPT, *SRP one by one,
// OPTERRF; the H7RS product state through the boot ROM service (the lab's; on a real board
// the exact STM32CubeProgrammer command is given instead and nothing is written). Then the
// copy in force is read back and every changed field compared. A mismatch is reported field
// by field, as the chip decided; nothing is ever retried.
//
// The caller runs TransitionPolicy first (ObChangeOperation does both); this layer only writes.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/device/part.h"
#include "core/optionbytes/option_byte_image.h"
#include "core/optionbytes/transition_policy.h"
#include "core/probe/debug_probe.h"

namespace rescue::optionbytes {

struct ProgramOptions {
    std::uint8_t ap = 1;
    Clock::Duration operationTimeout = std::chrono::seconds(2);
    // How long to try reconnecting after a product-state change dropped the link.
    Clock::Duration reconnectBudget = std::chrono::seconds(3);
};

struct FieldCheck {
    std::string field;
    std::uint32_t expected = 0;
    std::optional<std::uint32_t> found;  // empty: could not be read back
    std::string expectedText, foundText;
    bool matches() const { return found && *found == expected; }
};

struct ProgramOutcome {
    std::optional<OptionByteImage> after;  // read back; empty when the chip no longer answers
    std::vector<FieldCheck> checks;
    bool linkDropped = false;
    std::vector<std::string> notes;
    std::size_t mismatches() const;
};

// The STM32CubeProgrammer line that does what the workbench cannot do on a real board.
std::string cubeProductStateCommand(std::uint8_t code);

Result<ProgramOutcome> programOptionBytes(probe::DebugProbe& probe, const ChangeRequest& request,
                                          const device::Part* part = nullptr,
                                          const ProgramOptions& options = {});

// "ob.verify-mismatch": one evidence line per field the chip did not take.
Error mismatchError(const ProgramOutcome& outcome);

}  // namespace rescue::optionbytes
