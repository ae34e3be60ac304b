#pragma once
// ADAC certificate, format 0x0201, ECDSA P-256 / SHA-256 (adac-protocol.md section 7).
// The value is 212 bytes plus word-padded extensions; offsets 0..147 are signed by the
// issuer (a root signs itself), the signature r‖s sits at 148..211.

#include <array>
#include <cstdint>
#include <string>

#include "core/auth/keys.h"
#include "core/auth/permission_mask.h"
#include "core/auth/sha256.h"
#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

enum class CertificateRole : std::uint8_t { Root = 1, Intermediate = 2, Leaf = 3 };
std::string roleName(std::uint8_t role);  // "root", "intermediate", "leaf", "role 0x07"

constexpr std::uint8_t kCryptosystemEcdsaP256 = 0x01;
constexpr std::size_t kCertificateBaseSize = 212;
constexpr std::size_t kCertificateSignedSize = 148;
constexpr std::size_t kCertificateHeaderSize = 52;

// Field offsets inside the value, for error reports and corruption tests.
namespace cert_offset {
constexpr std::size_t versionMajor = 0, versionMinor = 1, signatureType = 2, keyType = 3, role = 4, usage = 5,
                      reserved = 6, lifecycle = 8, oemConstraint = 10, extensionsBytes = 12, socClass = 16,
                      socId = 20, permissions = 36, publicKey = 52, extensionsHash = 116, signature = 148,
                      extensions = 212;
}

struct Certificate {
    std::uint8_t versionMajor = 1;
    std::uint8_t versionMinor = 0;
    std::uint8_t signatureType = kCryptosystemEcdsaP256;
    std::uint8_t keyType = kCryptosystemEcdsaP256;
    std::uint8_t role = 0;
    std::uint8_t usage = 1;  // 1 = standard authentication in every ST sample
    std::uint16_t reserved = 0;
    std::uint16_t lifecycle = 0;  // 0 = any
    std::uint16_t oemConstraint = 0;
    std::uint32_t extensionsBytes = 0;
    std::uint32_t socClass = 0;            // 0 = any
    std::array<std::uint8_t, 16> socId{};  // all zero = any
    PermissionMask permissions;
    RawPublicKey publicKey{};
    Sha256Digest extensionsHash{};
    RawSignature signature{};
    Bytes extensions;  // ROUND_TO_WORD(extensionsBytes) bytes as stored

    bool hasRole(CertificateRole r) const { return role == static_cast<std::uint8_t>(r); }
    Sha256Digest publicKeyHash() const { return sha256(publicKey); }
    bool operator==(const Certificate&) const = default;
};

// The value without TLV header. The size must be 212 + ROUND_TO_WORD(extensions_bytes) and
// the key and signature types 0x01 (the only layout this parser knows); the other fields
// are taken as they are and judged by checkCertificate*() in chain_validation.h.
Result<Certificate> parseCertificate(ByteView value);
// One TLV of type 0x0201; bytes after the record must be zero padding.
Result<Certificate> parseCertificateTlv(ByteView tlv);

Bytes serializeCertificate(const Certificate& certificate);
Bytes certificateTlv(const Certificate& certificate);
// Value bytes [0, 148): what the issuer signs.
Bytes certificateSignedBytes(const Certificate& certificate);

// Stores the extension records (padded to a word), their length and their hash.
void setCertificateExtensions(Certificate& certificate, ByteView extensions);
Sha256Digest extensionsHashOf(ByteView paddedExtensions);

// Signs bytes [0, 148) with the issuer's key (a root's own key) and stores r‖s.
void signCertificate(Certificate& certificate, const PrivateKey& issuer);
bool verifyCertificateSignature(const Certificate& certificate, const PublicKey& issuer);

}  // namespace rescue::auth
