#include "core/auth/certificate.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/auth/tlv.h"

namespace rescue::auth {

std::string roleName(std::uint8_t role) {
    switch (static_cast<CertificateRole>(role)) {
        case CertificateRole::Root:
            return "root";
        case CertificateRole::Intermediate:
            return "intermediate";
        case CertificateRole::Leaf:
            return "leaf";
    }
    return fmt::format("role 0x{:02X}", role);
}

Result<Certificate> parseCertificate(ByteView v) {
    if (v.size() < kCertificateBaseSize)
        return makeError("da.cert.size",
                         fmt::format("A P-256 ADAC certificate is at least {} bytes; this one is {}.",
                                     kCertificateBaseSize, v.size()));
    Certificate c;
    c.versionMajor = v[cert_offset::versionMajor];
    c.versionMinor = v[cert_offset::versionMinor];
    c.signatureType = v[cert_offset::signatureType];
    c.keyType = v[cert_offset::keyType];
    if (c.signatureType != kCryptosystemEcdsaP256 || c.keyType != kCryptosystemEcdsaP256)
        return makeError(
            "da.cert.cryptosystem",
            fmt::format("The certificate uses key type 0x{:02X} / signature type 0x{:02X}; ST's debug "
                        "authentication uses ECDSA P-256 (0x01) only.",
                        c.keyType, c.signatureType),
            "Create the certificates with ECDSA P-256 keys.");
    c.role = v[cert_offset::role];
    c.usage = v[cert_offset::usage];
    c.reserved = readLe16(v, cert_offset::reserved);
    c.lifecycle = readLe16(v, cert_offset::lifecycle);
    c.oemConstraint = readLe16(v, cert_offset::oemConstraint);
    c.extensionsBytes = readLe32(v, cert_offset::extensionsBytes);
    c.socClass = readLe32(v, cert_offset::socClass);
    std::copy_n(v.begin() + cert_offset::socId, c.socId.size(), c.socId.begin());
    c.permissions = PermissionMask::fromBytes(v.subspan(cert_offset::permissions, 16)).value();
    std::copy_n(v.begin() + cert_offset::publicKey, c.publicKey.size(), c.publicKey.begin());
    std::copy_n(v.begin() + cert_offset::extensionsHash, c.extensionsHash.size(), c.extensionsHash.begin());
    std::copy_n(v.begin() + cert_offset::signature, c.signature.size(), c.signature.begin());
    const std::size_t expected = kCertificateBaseSize + roundToWord(c.extensionsBytes);
    if (c.extensionsBytes > v.size() || v.size() != expected)
        return makeError(
                   "da.cert.size",
                   fmt::format("The certificate is {} bytes but its header announces {} bytes of extensions, "
                               "which makes {} bytes.",
                               v.size(), c.extensionsBytes,
                               c.extensionsBytes > v.size() ? std::string("more than the file holds")
                                                            : std::to_string(expected)))
            .with("extensions_bytes", std::to_string(c.extensionsBytes));
    c.extensions.assign(v.begin() + cert_offset::extensions, v.end());
    return c;
}

Result<Certificate> parseCertificateTlv(ByteView tlvBytes) {
    auto tlv = parseTlv(tlvBytes);
    if (!tlv)
        return std::move(tlv).error();
    if (tlv->type != static_cast<std::uint16_t>(TlvType::PsaBinaryCertificate))
        return makeError("da.cert.tlv-type",
                         fmt::format("The record is {} where a certificate (0x0201) was expected.",
                                     tlvTypeName(tlv->type)));
    const std::size_t used = kTlvHeaderSize + tlv->value.size();
    const ByteView rest = tlvBytes.subspan(used);
    if (rest.size() >= 4 || !std::all_of(rest.begin(), rest.end(), [](std::uint8_t b) { return b == 0; }))
        return makeError("da.cert.trailing-bytes",
                         fmt::format("{} bytes follow the certificate record.", rest.size()));
    return parseCertificate(tlv->value);
}

Bytes serializeCertificate(const Certificate& c) {
    Bytes v;
    v.reserve(kCertificateBaseSize + c.extensions.size());
    v.push_back(c.versionMajor);
    v.push_back(c.versionMinor);
    v.push_back(c.signatureType);
    v.push_back(c.keyType);
    v.push_back(c.role);
    v.push_back(c.usage);
    appendLe16(v, c.reserved);
    appendLe16(v, c.lifecycle);
    appendLe16(v, c.oemConstraint);
    appendLe32(v, c.extensionsBytes);
    appendLe32(v, c.socClass);
    v.insert(v.end(), c.socId.begin(), c.socId.end());
    v.insert(v.end(), c.permissions.bytes().begin(), c.permissions.bytes().end());
    v.insert(v.end(), c.publicKey.begin(), c.publicKey.end());
    v.insert(v.end(), c.extensionsHash.begin(), c.extensionsHash.end());
    v.insert(v.end(), c.signature.begin(), c.signature.end());
    v.insert(v.end(), c.extensions.begin(), c.extensions.end());
    return v;
}

Bytes certificateTlv(const Certificate& c) {
    return encodeTlv(static_cast<std::uint16_t>(TlvType::PsaBinaryCertificate), serializeCertificate(c));
}

Bytes certificateSignedBytes(const Certificate& c) {
    Bytes v = serializeCertificate(c);
    v.resize(kCertificateSignedSize);
    return v;
}

Sha256Digest extensionsHashOf(ByteView paddedExtensions) {
    return sha256(paddedExtensions);
}

void setCertificateExtensions(Certificate& c, ByteView extensions) {
    c.extensions.assign(extensions.begin(), extensions.end());
    c.extensions.resize(roundToWord(extensions.size()), 0);
    c.extensionsBytes = static_cast<std::uint32_t>(extensions.size());
    if (extensions.empty())
        c.extensionsHash.fill(0);
    else
        c.extensionsHash = extensionsHashOf(c.extensions);
}

void signCertificate(Certificate& c, const PrivateKey& issuer) {
    c.signature = issuer.sign(certificateSignedBytes(c));
}

bool verifyCertificateSignature(const Certificate& c, const PublicKey& issuer) {
    return issuer.verify(certificateSignedBytes(c), c.signature);
}

}  // namespace rescue::auth
