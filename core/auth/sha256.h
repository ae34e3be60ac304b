#pragma once
// SHA-256, the only digest STM32 debug authentication uses: root-key hashes, certificate
// extension hashes, .obk integrity words and password hashes.

#include <array>
#include <cstdint>
#include <string>

#include "core/common/bytes.h"

namespace rescue::auth {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(ByteView data);
// Digest of a ‖ b without building the concatenation (token signing input, .obk data).
Sha256Digest sha256(ByteView a, ByteView b);

inline std::string digestHex(const Sha256Digest& d) {
    return toHex(d);
}

}  // namespace rescue::auth
