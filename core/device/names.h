#pragma once
// Name matching for catalog look-ups: people type part numbers, field names and state names
// in any case ("stm32h563zi", "tz_closed"), so every look-up goes through these.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rescue::device {

std::string toUpperAscii(std::string_view text);
bool equalsIgnoreCase(std::string_view a, std::string_view b);
// "TZ_Closed", "tz closed", "TZ-CLOSED" -> "tz-closed": how lifecycle state names compare.
std::string normalizedName(std::string_view text);
// Levenshtein distance, case-insensitive: ranks suggestions for a mistyped name.
std::size_t editDistance(std::string_view a, std::string_view b);
// "0x1F" (hex), "0b101" (binary) or "31" (decimal), at most 32 bits; nothing else.
std::optional<std::uint32_t> parseNumber(std::string_view text);

}  // namespace rescue::device
