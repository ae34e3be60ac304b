#pragma once
// What STM32CubeProgrammer reaches through ST's boot ROM (the Root Security Services) rather
// than through the FLASH registers: the H7RS product state (-psrss CODE), an option word
// written by the ROM (-obrss ADDRESS MASK VALUE) and option-byte key provisioning (-sdp
// FILE.obk, both families: the Debug Authentication configuration). ST has not published the
// protocol behind them, so a real probe offers none (DebugProbe::romServices() is null) and
// the workbench prints the exact STM32CubeProgrammer command instead; the lab implements them
// on its chip model behind this interface, so the host's code is the same for both.

#include <cstdint>
#include <string>

#include "core/auth/obk_file.h"
#include "core/common/result.h"

namespace rescue::probe {

class RomServices {
public:
    virtual ~RomServices() = default;
    // -psrss CODE: request a product state (H7RS). The chip resets: the debug link drops.
    virtual Status setProductState(std::uint8_t code) = 0;
    // -obrss ADDRESS MASK VALUE: programming copy := (copy & ~mask) | (value & mask), programmed.
    virtual Status writeOptionWord(std::uint32_t address, std::uint32_t mask, std::uint32_t value) = 0;
    // -sdp FILE.obk: the ROM stores the file's payload at its destination (H5: OBK; H7RS: its
    // key store, and ROTSR.DBG_AUTH takes the method's code). ST's scripts do it only in
    // Provisioning and the ROM refuses it in any other state; no reset follows, the new
    // configuration is used from the next boot. auth/da_provisioning.h checks the file first.
    virtual Status provisionObk(const auth::ObkFile& obk) = 0;
};

}  // namespace rescue::probe
