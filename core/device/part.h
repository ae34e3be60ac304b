#pragma once
// A part number resolved against the catalog: "STM32H563ZIT6" -> line STM32H563, pin code
// Z, flash code I (2 MB), suffix T6, family STM32H56x/H57x. Flash geometry per bank follows
// from the size and the family's sector size.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/device/family.h"

namespace rescue::device {

// One row of resources/devices/parts.json.
struct PartLine {
    std::string line;              // "STM32H563"
    std::string familyId;          // "stm32h56x-h57x"
    std::vector<char> flashCodes;  // 'G', 'I'
};

struct Part {
    std::string partNumber;  // upper case, as resolved: "STM32H563ZIT6"
    std::string line;        // "STM32H563"
    char pinCode = 0;        // 'Z'; 0 when the user gave only the line
    char flashCode = 0;      // 'I'; 0 when not given and the line has several sizes
    std::string suffix;      // package / temperature / options: "T6", "H6H"
    std::uint32_t flashKb = 0;
    bool flashSizeKnown = false;  // false: the family's largest size was assumed
    std::shared_ptr<const Family> family;

    unsigned banks() const { return family->flash.banks; }
    std::uint32_t flashBytes() const { return flashKb * 1024u; }
    std::uint32_t bankBytes() const { return flashBytes() / banks(); }
    unsigned sectorsPerBank() const { return bankBytes() / family->flash.sectorBytes; }
    // Non-secure address of the first byte of bank 1 or 2 (bank 2 starts at half the size).
    std::uint32_t bankBase(unsigned bank) const { return family->flash.base + (bank - 1) * bankBytes(); }
};

}  // namespace rescue::device
