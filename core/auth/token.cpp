#include "core/auth/token.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/auth/tlv.h"

namespace rescue::auth {

Result<Token> parseToken(ByteView v) {
    if (v.size() < kTokenBaseSize)
        return makeError("da.token.size",
                         fmt::format("A P-256 ADAC token is at least {} bytes; this one is {}.",
                                     kTokenBaseSize, v.size()));
    Token t;
    t.versionMajor = v[token_offset::versionMajor];
    t.versionMinor = v[token_offset::versionMinor];
    t.signatureType = v[token_offset::signatureType];
    t.reserved = v[token_offset::reserved];
    t.extensionsBytes = readLe32(v, token_offset::extensionsBytes);
    t.requested = PermissionMask::fromBytes(v.subspan(token_offset::requestedPermissions, 16)).value();
    std::copy_n(v.begin() + token_offset::extensionsHash, t.extensionsHash.size(), t.extensionsHash.begin());
    std::copy_n(v.begin() + token_offset::signature, t.signature.size(), t.signature.begin());
    if (t.extensionsBytes > v.size() || v.size() != kTokenBaseSize + roundToWord(t.extensionsBytes))
        return makeError("da.token.size",
                         fmt::format("The token is {} bytes but announces {} bytes of extensions.", v.size(),
                                     t.extensionsBytes));
    t.extensions.assign(v.begin() + token_offset::extensions, v.end());
    return t;
}

Bytes serializeToken(const Token& t) {
    Bytes v{t.versionMajor, t.versionMinor, t.signatureType, t.reserved};
    appendLe32(v, t.extensionsBytes);
    v.insert(v.end(), t.requested.bytes().begin(), t.requested.bytes().end());
    v.insert(v.end(), t.extensionsHash.begin(), t.extensionsHash.end());
    v.insert(v.end(), t.signature.begin(), t.signature.end());
    v.insert(v.end(), t.extensions.begin(), t.extensions.end());
    return v;
}

Bytes tokenTlv(const Token& token) {
    return encodeTlv(static_cast<std::uint16_t>(TlvType::PsaBinaryToken), serializeToken(token));
}

Bytes tokenSignedMessage(const Token& token, const ChallengeVector& challenge) {
    Bytes m = serializeToken(token);
    m.resize(kTokenSignedSize);
    m.insert(m.end(), challenge.begin(), challenge.end());
    return m;
}

Token buildToken(const PermissionMask& requested, const ChallengeVector& challenge,
                 const PrivateKey& leafKey) {
    Token t;
    t.requested = requested;
    t.signature = leafKey.sign(tokenSignedMessage(t, challenge));
    return t;
}

Status verifyToken(const Token& t, const ChallengeVector& challenge, const PublicKey& key) {
    if (t.versionMajor != 1)
        return makeError("da.token.version",
                         fmt::format("The token has format version {}.{}; devices accept only 1.x.",
                                     t.versionMajor, t.versionMinor));
    if (t.signatureType != 0x01)
        return makeError(
            "da.token.cryptosystem",
            fmt::format("The token's signature type is 0x{:02X}; ST parts accept ECDSA P-256 (0x01).",
                        t.signatureType));
    if (!key.verify(tokenSignedMessage(t, challenge), t.signature))
        return makeError(
                   "da.token.signature",
                   "The token's signature does not verify over this challenge with the chain's last key.",
                   "Sign the token with the leaf key, over the challenge of the latest AUTH_START.")
            .with("key fingerprint", key.fingerprintHex());
    return {};
}

}  // namespace rescue::auth
