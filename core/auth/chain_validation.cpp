#include "core/auth/chain_validation.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::auth {
namespace {

std::string bitList(const PermissionMask& m) {
    std::string s;
    for (int b : m.bits())
        s += (s.empty() ? "" : ", ") + std::to_string(b);
    return s;
}

bool allZero(const std::array<std::uint8_t, 16>& a) {
    return std::all_of(a.begin(), a.end(), [](std::uint8_t b) { return b == 0; });
}

}  // namespace

Status checkCertificateFormat(const Certificate& c) {
    if (c.versionMajor != 1)
        return makeError("da.cert.version",
                         fmt::format("The {} certificate has format version {}.{}; devices accept only 1.x.",
                                     roleName(c.role), c.versionMajor, c.versionMinor),
                         "Re-create the certificate with a current ADAC tool.");
    if (c.keyType != kCryptosystemEcdsaP256 || c.signatureType != kCryptosystemEcdsaP256)
        return makeError(
            "da.cert.cryptosystem",
            fmt::format("The {} certificate uses key type 0x{:02X} / signature type 0x{:02X}; ST parts "
                        "accept ECDSA P-256 (0x01) only.",
                        roleName(c.role), c.keyType, c.signatureType));
    if (c.role < 1 || c.role > 3)
        return makeError("da.cert.role",
                         fmt::format("The certificate's role byte is 0x{:02X}; it must be 1 (root), 2 "
                                     "(intermediate) or 3 (leaf).",
                                     c.role));
    if (c.extensionsBytes > 0 && extensionsHashOf(c.extensions) != c.extensionsHash)
        return makeError(
                   "da.cert.extensions-hash",
                   fmt::format("The {} certificate's extensions do not match the extensions hash it carries.",
                               roleName(c.role)),
                   "The certificate is damaged; use the original file.")
            .with("stored hash", toHex(c.extensionsHash))
            .with("computed hash", toHex(extensionsHashOf(c.extensions)));
    return {};
}

Status checkCertificateScope(const Certificate& c, const PlatformScope& device) {
    if (c.lifecycle != 0 && c.lifecycle != device.lifecycle)
        return makeError("da.cert.scope-lifecycle",
                         fmt::format("The {} certificate is limited to lifecycle 0x{:04X}; the device is in "
                                     "0x{:04X}.",
                                     roleName(c.role), c.lifecycle, device.lifecycle));
    if (c.socClass != 0 && c.socClass != device.socClass)
        return makeError("da.cert.scope-soc-class",
                         fmt::format("The {} certificate is limited to SoC class 0x{:08X}; the device is "
                                     "0x{:08X}.",
                                     roleName(c.role), c.socClass, device.socClass));
    if (!allZero(c.socId) && c.socId != device.socId)
        return makeError(
                   "da.cert.scope-soc-id",
                   fmt::format("The {} certificate is limited to another chip (SoC ID).", roleName(c.role)))
            .with("certificate SoC ID", toHex(c.socId))
            .with("device SoC ID", toHex(device.socId));
    return {};
}

Status checkRootBinding(const Certificate& root, const Sha256Digest& provisionedHash) {
    const Sha256Digest actual = root.publicKeyHash();
    if (actual != provisionedHash)
        return makeError(
                   "da.cert.root-hash-mismatch",
                   "The root certificate's key is not the root key provisioned in the device.",
                   "Use the chain made from the same root key as the DA_Config.obk that was provisioned.")
            .with("root key hash", toHex(actual))
            .with("provisioned hash", toHex(provisionedHash));
    return {};
}

Status checkCertificateSignature(const Certificate& c, const PublicKey& issuer) {
    if (!verifyCertificateSignature(c, issuer))
        return makeError(
                   "da.cert.signature",
                   fmt::format(
                       "The {} certificate's signature does not verify with {}.", roleName(c.role),
                       c.hasRole(CertificateRole::Root) ? "its own key" : "the previous certificate's key"),
                   "The certificate was changed after signing, or the chain mixes certificates from "
                   "different key sets.")
            .with("issuer key fingerprint", issuer.fingerprintHex());
    return {};
}

ChainReport validateChain(const CertificateChain& chain, const ChainValidationOptions& options) {
    ChainReport report;
    report.effectivePermissions = options.provisionedMask.value_or(PermissionMask::all());
    const auto& certs = chain.certificates;
    auto add = [&](std::optional<std::size_t> index, Error e) {
        if (index)
            e.with("certificate",
                   fmt::format("{} of {} ({})", *index + 1, certs.size(), roleName(certs[*index].role)));
        report.findings.push_back({index, std::move(e)});
    };
    if (certs.empty()) {
        add(std::nullopt, makeError("da.chain.empty", "The chain holds no certificate."));
        return report;
    }

    std::optional<PublicKey> issuer;  // the previous certificate's key
    for (std::size_t i = 0; i < certs.size(); ++i) {
        const Certificate& c = certs[i];
        report.effectivePermissions &= c.permissions;
        if (auto s = checkCertificateFormat(c); !s) {
            add(i, s.error());
            issuer.reset();
            continue;
        }
        const bool last = i + 1 == certs.size();
        const bool isRoot = c.hasRole(CertificateRole::Root);
        if (i == 0 && !isRoot)
            add(i, makeError("da.chain.order",
                             fmt::format("The chain starts with a {} certificate; the root must come first.",
                                         roleName(c.role)),
                             "Order the certificates root, intermediate(s), leaf."));
        else if (i > 0 && isRoot)
            add(i, makeError("da.chain.order",
                             fmt::format(
                                 "Certificate {} is a second root; only the first certificate may be a root.",
                                 i + 1),
                             "Order the certificates root, intermediate(s), leaf."));
        else if (c.hasRole(CertificateRole::Leaf) && !last)
            add(i, makeError("da.chain.order",
                             fmt::format("Certificate {} is a leaf but more certificates follow it.", i + 1),
                             "The leaf must be the last certificate of the chain."));
        else if (c.hasRole(CertificateRole::Intermediate) && last)
            add(i, makeError(
                       "da.chain.ends-on-intermediate",
                       "The chain ends on an intermediate certificate; a device accepts a token only after "
                       "a root or a leaf.",
                       "Use the leaf chain (cert_leaf_chain.b64), not the intermediate chain."));

        if (isRoot && options.rootKeyHash) {
            if (auto s = checkRootBinding(c, *options.rootKeyHash); !s)
                add(i, s.error());
        }
        if (options.platform) {
            if (auto s = checkCertificateScope(c, *options.platform); !s)
                add(i, s.error());
        }

        auto own = PublicKey::fromRaw(c.publicKey);
        const std::optional<PublicKey> signer =
            isRoot || i == 0 ? (own ? std::optional(*own) : std::nullopt) : issuer;
        if (!signer) {
            add(i, makeError(
                       "da.cert.signature",
                       fmt::format("The {} certificate's signature cannot be checked: {}.", roleName(c.role),
                                   isRoot || i == 0 ? "its own key is not a valid P-256 point"
                                                    : "the previous certificate's key is unusable")));
        } else if (auto s = checkCertificateSignature(c, *signer); !s) {
            add(i, s.error());
        }
        if (!own) {
            add(i, makeError("da.cert.public-key",
                             fmt::format("The {} certificate's public key is not a valid P-256 point.",
                                         roleName(c.role))));
            issuer.reset();
        } else {
            issuer = *own;
        }
    }

    if (options.signingKey) {
        const Certificate& last = certs.back();
        if (options.signingKey->raw() != last.publicKey)
            add(certs.size() - 1,
                makeError("da.chain.key-mismatch",
                          fmt::format(
                              "The private key does not belong to the chain's {} certificate, so the device "
                              "would refuse the token.",
                              roleName(last.role)),
                          "Use the key that goes with the chain (key_3_leaf.pem for cert_leaf_chain.b64).")
                    .with("key fingerprint", options.signingKey->fingerprintHex())
                    .with("certificate key fingerprint", toHex(last.publicKeyHash())));
    }
    if (report.effectivePermissions.empty())
        add(std::nullopt,
            makeError("da.permission.empty",
                      "The certificates' permission masks have no permission in common, so nothing "
                      "can be granted.",
                      "Re-issue the certificates with overlapping masks."));
    else if (options.requested && !report.effectivePermissions.contains(*options.requested)) {
        const PermissionMask outside = *options.requested & PermissionMask::all();
        PermissionMask missing;
        for (int b : outside.bits())
            if (!report.effectivePermissions.test(b))
                missing.set(b);
        add(std::nullopt,
            makeError("da.permission.not-granted",
                      fmt::format("The request asks for permission bit(s) {} which the chain{} does not "
                                  "grant.",
                                  bitList(missing), options.provisionedMask ? " and the device" : ""),
                      "Ask only for permissions listed by discovery (\"permission if authorized\").")
                .with("requested", options.requested->toShortHex())
                .with("effective", report.effectivePermissions.toShortHex()));
    }
    return report;
}

}  // namespace rescue::auth
