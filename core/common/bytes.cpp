#include "core/common/bytes.h"

#include <fmt/format.h>

namespace rescue {

std::uint16_t readLe16(ByteView b, std::size_t o) {
    return static_cast<std::uint16_t>(b[o] | (b[o + 1] << 8));
}
std::uint32_t readLe32(ByteView b, std::size_t o) {
    return static_cast<std::uint32_t>(b[o]) | (static_cast<std::uint32_t>(b[o + 1]) << 8) |
           (static_cast<std::uint32_t>(b[o + 2]) << 16) | (static_cast<std::uint32_t>(b[o + 3]) << 24);
}
std::uint16_t readBe16(ByteView b, std::size_t o) {
    return static_cast<std::uint16_t>((b[o] << 8) | b[o + 1]);
}
std::uint32_t readBe32(ByteView b, std::size_t o) {
    return (static_cast<std::uint32_t>(b[o]) << 24) | (static_cast<std::uint32_t>(b[o + 1]) << 16) |
           (static_cast<std::uint32_t>(b[o + 2]) << 8) | static_cast<std::uint32_t>(b[o + 3]);
}
void appendLe16(Bytes& out, std::uint16_t v) {
    out.push_back(static_cast<std::uint8_t>(v));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}
void appendLe32(Bytes& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
void writeLe16(std::span<std::uint8_t> out, std::size_t o, std::uint16_t v) {
    out[o] = static_cast<std::uint8_t>(v);
    out[o + 1] = static_cast<std::uint8_t>(v >> 8);
}
void writeLe32(std::span<std::uint8_t> out, std::size_t o, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        out[o + i] = static_cast<std::uint8_t>(v >> (8 * i));
}

std::string toHex(ByteView b) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(b.size() * 2);
    for (auto c : b) {
        s.push_back(digits[c >> 4]);
        s.push_back(digits[c & 0xF]);
    }
    return s;
}

std::optional<Bytes> fromHex(std::string_view text) {
    if (text.starts_with("0x") || text.starts_with("0X"))
        text.remove_prefix(2);
    Bytes out;
    int high = -1;
    for (char c : text) {
        int v;
        if (c >= '0' && c <= '9') v = c - '0';
        else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
        else if (c == ' ' || c == ':' || c == '_' || c == '\n' || c == '\t') continue;
        else return std::nullopt;
        if (high < 0) {
            high = v;
        } else {
            out.push_back(static_cast<std::uint8_t>((high << 4) | v));
            high = -1;
        }
    }
    if (high >= 0)
        return std::nullopt;
    return out;
}

std::string hex32(std::uint32_t v) { return fmt::format("0x{:08X}", v); }
std::string hex8(std::uint8_t v) { return fmt::format("0x{:02X}", v); }

}  // namespace rescue
