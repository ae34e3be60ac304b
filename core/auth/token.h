#pragma once
// ADAC token, format 0x0200, ECDSA P-256 (adac-protocol.md section 9). The signature covers
// token[0:56] ‖ challenge_vector, so a token answers exactly one AUTH_START.

#include <array>
#include <cstdint>

#include "core/auth/challenge.h"
#include "core/auth/keys.h"
#include "core/auth/permission_mask.h"
#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

constexpr std::size_t kTokenBaseSize = 120;
constexpr std::size_t kTokenSignedSize = 56;

namespace token_offset {
constexpr std::size_t versionMajor = 0, versionMinor = 1, signatureType = 2, reserved = 3,
                      extensionsBytes = 4, requestedPermissions = 8, extensionsHash = 24, signature = 56,
                      extensions = 120;
}

struct Token {
    std::uint8_t versionMajor = 1;
    std::uint8_t versionMinor = 0;
    std::uint8_t signatureType = 0x01;
    std::uint8_t reserved = 0;
    std::uint32_t extensionsBytes = 0;
    PermissionMask requested;
    std::array<std::uint8_t, 32> extensionsHash{};
    RawSignature signature{};
    Bytes extensions;  // ROUND_TO_WORD(extensionsBytes) bytes
    bool operator==(const Token&) const = default;
};

// Size must be 120 + ROUND_TO_WORD(extensions_bytes).
Result<Token> parseToken(ByteView value);
Bytes serializeToken(const Token& token);
Bytes tokenTlv(const Token& token);
// token[0:56] ‖ challenge_vector: what the leaf key signs.
Bytes tokenSignedMessage(const Token& token, const ChallengeVector& challenge);

// A version 1.0 token asking for `requested`, signed over `challenge` with the leaf key.
Token buildToken(const PermissionMask& requested, const ChallengeVector& challenge,
                 const PrivateKey& leafKey);
// Version, signature type and the signature with the last accepted certificate's key.
Status verifyToken(const Token& token, const ChallengeVector& challenge, const PublicKey& key);

}  // namespace rescue::auth
