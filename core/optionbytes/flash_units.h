#pragma once
// Where a flash address or an area index falls, for the range rules: banks and sectors of a
// part (H5: 8 KB sectors, two banks), or the H7RS HDP's 256-byte blocks over its one bank.
// Without a part the family's largest flash is assumed.

#include <cstdint>
#include <optional>
#include <string>

#include "core/device/part.h"
#include "core/optionbytes/field_table.h"

namespace rescue::optionbytes {

struct FlashUnits {
    std::string unit;         // "sector" or "256-byte block"
    std::uint32_t unitBytes;  // 8192 or 256
    std::uint32_t perBank;    // how many units a bank has
    std::uint32_t bankBytes;
    unsigned banks;
};

// The units an area field counts in: its meaning says "block" for the H7RS HDP (HDPSR counts
// 256-byte blocks, reference 6.2), else sectors.
FlashUnits flashUnits(const FieldDef& areaField, const device::Family& family, const device::Part* part);

struct FlashPlace {
    unsigned bank = 1;
    std::uint32_t index = 0;  // in `units`
    bool secureAlias = false;
};
// The bank and unit an address of the user flash (either alias) falls in; empty outside it.
std::optional<FlashPlace> placeInFlash(std::uint32_t address, const FlashUnits& units,
                                       const device::Family& family);

}  // namespace rescue::optionbytes
