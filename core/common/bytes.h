#pragma once
// Byte buffers and the little-endian / hex helpers every protocol layer needs.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rescue {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

std::uint16_t readLe16(ByteView b, std::size_t offset);
std::uint32_t readLe32(ByteView b, std::size_t offset);
std::uint16_t readBe16(ByteView b, std::size_t offset);
std::uint32_t readBe32(ByteView b, std::size_t offset);
void appendLe16(Bytes& out, std::uint16_t v);
void appendLe32(Bytes& out, std::uint32_t v);
void writeLe16(std::span<std::uint8_t> out, std::size_t offset, std::uint16_t v);
void writeLe32(std::span<std::uint8_t> out, std::size_t offset, std::uint32_t v);

// "0a1bff" (lower case, no separators).
std::string toHex(ByteView b);
// Accepts upper/lower case, optional "0x" prefix, spaces, ':' and '_' separators.
std::optional<Bytes> fromHex(std::string_view text);
// "0x0000ABCD": the register style used in logs and evidence.
std::string hex32(std::uint32_t v);
std::string hex8(std::uint8_t v);

}  // namespace rescue
