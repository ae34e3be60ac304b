#pragma once
// A 128-bit ADAC permission set (adac-protocol.md section 10.1): 16 bytes, little-endian,
// permission bit n is byte n/8, bit n%8. ST's XML and scenario files write it as one hex
// integer, "0x80000000000000000000000000004007" = bits 0, 1, 2, 14, 127.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

class PermissionMask {
public:
    static constexpr int kBits = 128;
    static constexpr std::size_t kSize = 16;

    PermissionMask() = default;  // no permission
    static PermissionMask all();
    static PermissionMask fromBits(std::initializer_list<int> bits);
    // Exactly 16 bytes, as stored in certificates, tokens and 128-bit .obk fields.
    static Result<PermissionMask> fromBytes(ByteView bytes);
    // A hex integer, "0x" optional, '_' allowed as a separator; at most 128 significant bits.
    static Result<PermissionMask> parse(std::string_view text);
    // The low 32 bits of a u32 (H5 .obk field).
    static PermissionMask fromU32(std::uint32_t value);

    bool test(int bit) const;
    void set(int bit, bool on = true);
    bool empty() const;
    std::vector<int> bits() const;  // ascending
    std::uint32_t low32() const;
    bool fitsIn32Bits() const;

    // Every bit of `other` is also set here.
    bool contains(const PermissionMask& other) const { return (*this & other) == other; }

    PermissionMask operator&(const PermissionMask& other) const;
    PermissionMask operator|(const PermissionMask& other) const;
    PermissionMask& operator&=(const PermissionMask& other) { return *this = *this & other; }
    PermissionMask& operator|=(const PermissionMask& other) { return *this = *this | other; }
    bool operator==(const PermissionMask&) const = default;

    const std::array<std::uint8_t, kSize>& bytes() const { return m_bytes; }
    // "0x80000000000000000000000000004007": 32 digits, the form ST's XML uses.
    std::string toHexInteger() const;
    // Shortest form: "0x5077", "0x0" when empty.
    std::string toShortHex() const;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
};

}  // namespace rescue::auth
