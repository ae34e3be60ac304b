#pragma once
// What STM32CubeProgrammer reaches through ST's boot ROM (the Root Security Services) rather
// than through the FLASH registers: the H7RS product state (-psrss CODE) and an option word
// written by the ROM (-obrss ADDRESS MASK VALUE). ST has not published the protocol behind
// them, so a real probe offers none (DebugProbe::romServices() is null) and the workbench
// prints the exact STM32CubeProgrammer command instead; the lab implements them on its chip
// model behind this interface, so the host's option-byte code is the same for both.

#include <cstdint>
#include <string>

#include "core/common/result.h"

namespace rescue::probe {

class RomServices {
public:
    virtual ~RomServices() = default;
    // -psrss CODE: request a product state (H7RS). The chip resets: the debug link drops.
    virtual Status setProductState(std::uint8_t code) = 0;
    // -obrss ADDRESS MASK VALUE: programming copy := (copy & ~mask) | (value & mask), programmed.
    virtual Status writeOptionWord(std::uint32_t address, std::uint32_t mask, std::uint32_t value) = 0;
};

}  // namespace rescue::probe
