#pragma once
// Register values -> named fields with meanings, the way a person reads option bytes:
// "PRODUCT_STATE = 0x17 Provisioning", "WRPSGn1 = 0xFFFFFFF8 groups 0-2 protected".
// Values the table does not list are shown as such ("0x12 invalid/unknown"), never guessed.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/device/family.h"
#include "core/device/part.h"
#include "core/optionbytes/field_table.h"
#include "core/optionbytes/option_byte_image.h"

namespace rescue::optionbytes {

struct DecodedField {
    const FieldDef* field = nullptr;
    std::uint32_t value = 0;
    std::string valueName;  // the enumeration's name, empty when none applies
    std::string display;    // "0x17 Provisioning", "0x12 invalid/unknown", "0x080000 (address 0x08000000)"
    bool known = true;      // false: an enum/code value the table does not list
    bool derived = false;   // computed from other registers (H7RS PRODUCT_STATE)
};

struct DecodedRegister {
    const RegisterDef* reg = nullptr;
    std::uint32_t value = 0;
    std::uint32_t reservedBits = 0;  // set bits outside every field: keep them as read
};

struct DecodedImage {
    std::vector<DecodedRegister> registers;
    std::vector<DecodedField> fields;  // primary fields, then aggregate views, then derived fields
    const DecodedField* field(std::string_view nameOrAlias) const;
};

// Decodes the registers present in `dump` (canonical or copy names); fields of registers not
// in the dump are left out. With a part, fields that do not exist on it are left out and
// write-protection values are shown as sector ranges.
Result<DecodedImage> decode(const device::Family& family, const RegisterDump& dump,
                            const device::Part* part = nullptr);
DecodedImage decode(const OptionByteImage& image, const device::Part* part = nullptr);

// One field value as text, as decode() shows it.
std::string describeValue(const FieldDef& field, std::uint32_t value, const device::Part* part = nullptr);

}  // namespace rescue::optionbytes
