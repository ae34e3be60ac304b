#pragma once
// Option checks CLI11 lacks. CLI11 converts "-1" for an unsigned option by wrapping it round
// (18446744073709551615) and saturates "99999999999999999999999": a seed or a count given like
// that is a typing mistake, to be refused as a usage error rather than run with.

#include <charconv>
#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

namespace rescue::cli {

// Digits only, 0 to 2^64-1.
inline CLI::Validator wholeNumber() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            std::uint64_t value = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (text.empty() || ec != std::errc() || end != text.data() + text.size())
                return "'" + text + "' is not a whole number from 0 to 18446744073709551615";
            return {};
        },
        "UINT64");
}

}  // namespace rescue::cli
