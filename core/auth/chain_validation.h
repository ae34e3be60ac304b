#pragma once
// The checks a device runs on a certificate chain (adac-protocol.md sections 7, 8.3, 11.2
// and 16), shared by the host (check a chain before sending anything) and the simulated
// boot ROM: format version, cryptosystem, roles in order root -> intermediate* -> leaf,
// each signature by the previous certificate's key, the root key hash, the extensions hash
// and the AND of the permission masks.

#include <optional>
#include <vector>

#include "core/auth/certificate_chain.h"

namespace rescue::auth {

// Optional platform scoping of a certificate: a certificate field of 0 (all-zero soc_id)
// means "any"; otherwise it must equal the device's value. What ST's ROM enforces is not
// public, so the device side makes it an option.
struct PlatformScope {
    std::uint16_t lifecycle = 0;
    std::uint32_t socClass = 0;
    std::array<std::uint8_t, 16> socId{};
};

// Version major 1, key and signature type 0x01, a known role, and the extensions hash when
// there are extensions.
Status checkCertificateFormat(const Certificate& certificate);
Status checkCertificateScope(const Certificate& certificate, const PlatformScope& device);
// SHA-256(root X‖Y) must equal the hash the device stores (the DA .obk's first data bytes).
Status checkRootBinding(const Certificate& root, const Sha256Digest& provisionedHash);
// `issuer` signed the certificate (the certificate's own key for a root).
Status checkCertificateSignature(const Certificate& certificate, const PublicKey& issuer);

struct ChainFinding {
    std::optional<std::size_t> index;  // certificate (0 = root), or none for the chain as a whole
    Error error;
};

struct ChainValidationOptions {
    std::optional<Sha256Digest> rootKeyHash;        // from the DA .obk when known
    std::optional<PermissionMask> provisionedMask;  // the .obk mask, ANDed in
    std::optional<PermissionMask> requested;        // must lie inside the effective mask
    std::optional<PlatformScope> platform;
    std::optional<PublicKey> signingKey;  // the key that will sign the token
};

struct ChainReport {
    std::vector<ChainFinding> findings;   // in the order a device would meet them
    PermissionMask effectivePermissions;  // AND of every mask (and the provisioned one)
    bool ok() const { return findings.empty(); }
    const ChainFinding* first() const { return findings.empty() ? nullptr : &findings.front(); }
};

ChainReport validateChain(const CertificateChain& chain, const ChainValidationOptions& options = {});

}  // namespace rescue::auth
