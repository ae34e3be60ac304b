#include "core/auth/permission_mask.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::auth {

PermissionMask PermissionMask::all() {
    PermissionMask m;
    m.m_bytes.fill(0xFF);
    return m;
}

PermissionMask PermissionMask::fromBits(std::initializer_list<int> bits) {
    PermissionMask m;
    for (int b : bits)
        m.set(b);
    return m;
}

Result<PermissionMask> PermissionMask::fromBytes(ByteView bytes) {
    if (bytes.size() != kSize)
        return makeError("da.permission.size",
                         fmt::format("A permission set is 16 bytes; {} were given.", bytes.size()));
    PermissionMask m;
    std::copy(bytes.begin(), bytes.end(), m.m_bytes.begin());
    return m;
}

Result<PermissionMask> PermissionMask::parse(std::string_view text) {
    const std::string original(text);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n'))
        text.remove_suffix(1);
    if (text.starts_with("0x") || text.starts_with("0X"))
        text.remove_prefix(2);
    std::string digits;
    for (char c : text) {
        if (c == '_')
            continue;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return makeError("da.permission.syntax",
                             fmt::format("\"{}\" is not a hexadecimal permission mask.", original),
                             "Write the mask as a hex integer, e.g. 0x80000000000000000000000000004007.");
        digits.push_back(c);
    }
    if (digits.empty())
        return makeError("da.permission.syntax", "The permission mask is empty.",
                         "Write the mask as a hex integer, e.g. 0x00005077.");
    const auto firstSignificant = digits.find_first_not_of('0');
    if (firstSignificant != std::string::npos && digits.size() - firstSignificant > 32)
        return makeError(
            "da.permission.too-wide",
            fmt::format("\"{}\" has more than 128 bits; ADAC permission sets are 128 bits.", original));
    PermissionMask m;
    // Walk from the least significant digit; digit i holds bits 4i..4i+3.
    for (std::size_t i = 0; i < digits.size() && i < 32; ++i) {
        const char c = digits[digits.size() - 1 - i];
        const int v = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        m.m_bytes[i / 2] |= static_cast<std::uint8_t>(v << (4 * (i % 2)));
    }
    return m;
}

PermissionMask PermissionMask::fromU32(std::uint32_t value) {
    PermissionMask m;
    writeLe32(m.m_bytes, 0, value);
    return m;
}

bool PermissionMask::test(int bit) const {
    if (bit < 0 || bit >= kBits)
        return false;
    return (m_bytes[static_cast<std::size_t>(bit / 8)] >> (bit % 8)) & 1;
}

void PermissionMask::set(int bit, bool on) {
    if (bit < 0 || bit >= kBits)
        return;
    auto& byte = m_bytes[static_cast<std::size_t>(bit / 8)];
    const auto flag = static_cast<std::uint8_t>(1u << (bit % 8));
    byte = on ? static_cast<std::uint8_t>(byte | flag) : static_cast<std::uint8_t>(byte & ~flag);
}

bool PermissionMask::empty() const {
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](std::uint8_t b) { return b == 0; });
}

std::vector<int> PermissionMask::bits() const {
    std::vector<int> out;
    for (int b = 0; b < kBits; ++b)
        if (test(b))
            out.push_back(b);
    return out;
}

std::uint32_t PermissionMask::low32() const {
    return readLe32(m_bytes, 0);
}

bool PermissionMask::fitsIn32Bits() const {
    return std::all_of(m_bytes.begin() + 4, m_bytes.end(), [](std::uint8_t b) { return b == 0; });
}

PermissionMask PermissionMask::operator&(const PermissionMask& other) const {
    PermissionMask m;
    for (std::size_t i = 0; i < kSize; ++i)
        m.m_bytes[i] = m_bytes[i] & other.m_bytes[i];
    return m;
}

PermissionMask PermissionMask::operator|(const PermissionMask& other) const {
    PermissionMask m;
    for (std::size_t i = 0; i < kSize; ++i)
        m.m_bytes[i] = m_bytes[i] | other.m_bytes[i];
    return m;
}

std::string PermissionMask::toHexInteger() const {
    std::string s = "0x";
    for (std::size_t i = kSize; i-- > 0;)
        s += fmt::format("{:02x}", m_bytes[i]);
    return s;
}

std::string PermissionMask::toShortHex() const {
    std::string full = toHexInteger().substr(2);
    const auto first = full.find_first_not_of('0');
    return "0x" + (first == std::string::npos ? std::string("0") : full.substr(first));
}

}  // namespace rescue::auth
