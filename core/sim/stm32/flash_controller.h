#pragma once
// The FLASH peripheral of a simulated STM32: its register block (a bus slave at the
// catalog's flashRegisters base, and its secure alias on TrustZone parts) and the memory
// ports through which the user flash and the OTP area are read and programmed. Two
// implementations behind one interface, chosen by the catalog's register table: the STM32H5
// controller (NSKEYR/NSCR/NSSR, OPTSTRT) and the STM32H7Rx/7Sx one (KEYR/CR/SR/ISR, PG_OPT).
//
// Common rules (stm32-lifecycle-and-option-bytes.md sections 4.5, 4.6, 5, 6.2, 6.4):
//  * KEYR / OPTKEYR unlock with the catalog's two keys in order; a wrong key, or a key
//    written while already unlocked, is a bus error and keeps the lock until the next
//    reset ("a wrong or repeated key sequence locks the register until the next reset").
//  * Programming: PG set, then writes fill a 16-byte unit (the catalog's program unit; OTP
//    16-bit units, H7RS with PG_OTP; a write wider than the unit sets PGSERR). Writes with PG clear set
//    PGSERR; a write to another unit while one is filling sets INCERR and drops both; writing a byte twice
//    sets STRBERR; FW programs a partial unit (missing bytes stay 0xFF). A unit that is not erased can only
//    be programmed to all zeros (ECC flash, [inferred]); anything else sets PGSERR.
//  * Sector erase, bank erase and mass erase; any write-protected sector in the range sets
//    WRPERR (H7RS WRPERRF) and erases nothing, as RM0481/RM0477 describe for BER/MER.
//  * Every operation keeps BSY set for its duration on the Timeline; an access that needs
//    the flash while it is busy stalls (the AHB waits), so it completes after the operation.
//  * Option bytes: see OptionBytesModel. A refused change sets OPTCHANGEERR (H7RS OPTERRF).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "core/common/error.h"
#include "core/common/result.h"
#include "core/device/part.h"
#include "core/sim/arm/bus.h"
#include "core/sim/arm/memory.h"
#include "core/sim/stm32/chip_parameters.h"
#include "core/sim/stm32/flash_array.h"
#include "core/sim/stm32/option_bytes_model.h"
#include "core/sim/stm32/timeline.h"

namespace rescue::sim::stm32 {

struct FlashContext {
    const device::Part* part = nullptr;
    FlashArray* flash = nullptr;
    arm::Memory* otp = nullptr;  // may be null
    OptionBytesModel* options = nullptr;
    Timeline* timeline = nullptr;
    FlashTiming timing;
    // Called after an option change was programmed and loaded; the chip resets (and drops
    // the debug link) when the lifecycle state moved.
    std::function<void(const OptionChangeOutcome&)> optionsLoaded;
};

class FlashController : public arm::Bus {
public:
    // The user flash as the CPU bus sees it (reads; writes are programming attempts).
    virtual arm::Bus& flashPort(bool secureAlias) = 0;
    virtual arm::Bus& otpPort() = 0;
    // System reset: locks back on, flags and buffers cleared, an operation in progress is
    // abandoned (the cells keep their old content).
    virtual void systemReset() = 0;
    virtual bool busy() const = 0;
    // Why the last option change was refused (for the lab's log and tests), if it was.
    virtual const std::optional<Error>& lastOptionError() const = 0;
};

// Picks the implementation the family's register table describes; fails when the catalog
// lacks a register or bit the controller needs (naming it).
Result<std::unique_ptr<FlashController>> makeFlashController(const FlashContext& context);

}  // namespace rescue::sim::stm32
