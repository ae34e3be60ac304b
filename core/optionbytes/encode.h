#pragma once
// Field values -> register values, the inverse of decode(): each field's bits are replaced,
// every other bit (including reserved bits) is kept from `base`. Registers not in `base`
// start from their reset values.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/common/result.h"
#include "core/optionbytes/field_table.h"

namespace rescue::optionbytes {

using FieldValues = std::vector<std::pair<std::string, std::uint32_t>>;  // name or alias -> value

// The result holds the registers of `base` plus every register a field touched.
Result<RegisterDump> encode(const FieldTable& table, const FieldValues& values,
                            const RegisterDump& base = {});

}  // namespace rescue::optionbytes
