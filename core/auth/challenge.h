#pragma once
// The AUTH_START reply (adac-protocol.md section 6): {major 1, minor 0, u16 reserved} and a
// 32-byte challenge vector. Only the vector enters the token signature.

#include <array>
#include <cstdint>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

using ChallengeVector = std::array<std::uint8_t, 32>;

struct Challenge {
    std::uint8_t versionMajor = 1;
    std::uint8_t versionMinor = 0;
    ChallengeVector vector{};
    bool operator==(const Challenge&) const = default;
};

constexpr std::size_t kChallengeSize = 36;

Bytes encodeChallenge(const Challenge& challenge);
// Exactly 36 bytes, major version 1.
Result<Challenge> decodeChallenge(ByteView bytes);

}  // namespace rescue::auth
