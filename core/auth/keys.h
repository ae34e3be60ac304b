#pragma once
// ECDSA P-256 keys, the only key type ST's debug authentication uses (cryptosystem 0x01).
// Public keys travel as raw X‖Y (64 bytes, big-endian coordinates) inside certificates;
// on disk they are SubjectPublicKeyInfo PEM. Private keys load from PKCS#8 PEM (ST's and
// adac-rs's forms), live in Botan's locked memory, and are never printed: identify a key by
// its fingerprint, SHA-256(X‖Y), which is also the root-key hash a device stores.

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/auth/random_source.h"
#include "core/auth/secret_bytes.h"
#include "core/auth/sha256.h"
#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

constexpr std::size_t kP256PublicKeySize = 64;
constexpr std::size_t kP256SignatureSize = 64;
using RawPublicKey = std::array<std::uint8_t, kP256PublicKeySize>;
using RawSignature = std::array<std::uint8_t, kP256SignatureSize>;

class PublicKey {
public:
    // X‖Y; the point must be on P-256.
    static Result<PublicKey> fromRaw(ByteView xy);
    // SubjectPublicKeyInfo, PEM ("-----BEGIN PUBLIC KEY-----") or DER.
    static Result<PublicKey> fromSpki(ByteView pemOrDer);
    static Result<PublicKey> loadFile(const std::filesystem::path& path);

    const RawPublicKey& raw() const { return m_xy; }
    Sha256Digest fingerprint() const { return sha256(m_xy); }
    std::string fingerprintHex() const { return toHex(fingerprint()); }
    std::string toSpkiPem() const;
    Bytes toSpkiDer() const;

    // ECDSA P-256 / SHA-256 over `message`, signature raw r‖s.
    bool verify(ByteView message, ByteView signature) const;

    bool operator==(const PublicKey&) const = default;

private:
    friend class PrivateKey;  // builds the public half it has just computed
    explicit PublicKey(const RawPublicKey& xy) : m_xy(xy) {}
    RawPublicKey m_xy{};
};

// The file formats a private key may come in. Only PKCS#8 is read today; the others are
// recognised so that the person gets a precise message, and are the extension points for
// encrypted PKCS#8 (a passphrase) and SEC1 "EC PRIVATE KEY" files.
enum class PrivateKeyFormat { Pkcs8Pem, Pkcs8Der, EncryptedPkcs8Pem, Sec1Pem, Unknown };
PrivateKeyFormat detectPrivateKeyFormat(ByteView fileBytes);

class PrivateKey {
public:
    PrivateKey(PrivateKey&&) noexcept;
    PrivateKey& operator=(PrivateKey&&) noexcept;
    ~PrivateKey();

    // PKCS#8 PrivateKeyInfo, PEM or DER, unencrypted, curve P-256.
    static Result<PrivateKey> fromPkcs8(ByteView pemOrDer);
    static Result<PrivateKey> loadFile(const std::filesystem::path& path);
    // A fresh key; the scalar is drawn from `random` by rejection sampling, so a seeded
    // source always yields the same key (the lab's demo credentials rely on that).
    static PrivateKey generate(RandomSource& random);

    const PublicKey& publicKey() const;
    Sha256Digest fingerprint() const { return publicKey().fingerprint(); }

    // ECDSA P-256 / SHA-256 over `message`, raw r‖s. The nonce is derived as RFC 6979 says,
    // so the same key and message always give the same signature.
    RawSignature sign(ByteView message) const;

    // PKCS#8 PEM exactly as OpenSSL (and ST's sample files) write it: ECPrivateKey with the
    // public key, without curve parameters, 64-column base64. Secret: write it to a file,
    // never to a log.
    SecretBytes toPkcs8Pem() const;

private:
    struct Impl;
    explicit PrivateKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace rescue::auth
