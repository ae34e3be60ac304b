#pragma once
// ECDSA P-256 keys, the only key type ST's debug authentication uses (cryptosystem 0x01).
// Public keys travel as raw X‖Y (64 bytes, big-endian coordinates) inside certificates;
// on disk they are SubjectPublicKeyInfo PEM. Private keys load from PKCS#8 PEM or DER (ST's
// and adac-rs's forms), SEC1 "EC PRIVATE KEY" PEM (what `openssl ecparam -genkey` writes) and
// encrypted PKCS#8 (a passphrase asked through a callback); OpenSSL's legacy encrypted PEM
// ("Proc-Type: 4,ENCRYPTED") is refused with the command that converts it. Keys live in
// Botan's locked memory and are never printed: identify a key by its fingerprint,
// SHA-256(X‖Y), which is also the root-key hash a device stores.

#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
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

// The file formats a private key may come in; each has one loader (PrivateKey::parse picks it).
enum class PrivateKeyFormat {
    Pkcs8Pem,
    Pkcs8Der,
    EncryptedPkcs8Pem,   // "-----BEGIN ENCRYPTED PRIVATE KEY-----" (PBES2): needs a passphrase
    Sec1Pem,             // "-----BEGIN EC PRIVATE KEY-----", unencrypted
    LegacyEncryptedPem,  // OpenSSL's "Proc-Type: 4,ENCRYPTED" headers: refused, with the fix
    Unknown
};
PrivateKeyFormat detectPrivateKeyFormat(ByteView fileBytes);
std::string_view privateKeyFormatName(PrivateKeyFormat format);

// Asked for the passphrase of an encrypted key; `what` names the key ("key_3_leaf.pem").
// Returns nothing when the person declines (or no terminal is there to ask on). The
// passphrase is a secret: it is never logged, and is wiped after use.
using PassphraseProvider = std::function<std::optional<SecretBytes>(const std::string& what)>;

// The openssl command that turns a legacy encrypted PEM into encrypted PKCS#8.
std::string legacyPemConversionCommand(const std::string& fileName);

class PrivateKey {
public:
    PrivateKey(PrivateKey&&) noexcept;
    PrivateKey& operator=(PrivateKey&&) noexcept;
    ~PrivateKey();

    // PKCS#8 PrivateKeyInfo, PEM or DER, unencrypted, curve P-256.
    static Result<PrivateKey> fromPkcs8(ByteView pemOrDer);
    // SEC1 ECPrivateKey ("EC PRIVATE KEY"), PEM or DER; curve parameters optional (P-256).
    static Result<PrivateKey> fromSec1(ByteView pemOrDer);
    // Encrypted PKCS#8 PEM; `passphrase` asked once. A wrong passphrase is da.key.passphrase.
    static Result<PrivateKey> fromEncryptedPkcs8(ByteView pem, const PassphraseProvider& passphrase,
                                                 const std::string& what = "the private key");
    // Any of the formats above, detected from the content. Without a provider an encrypted
    // key is da.key.passphrase-needed.
    static Result<PrivateKey> parse(ByteView fileBytes, const PassphraseProvider& passphrase = {},
                                    const std::string& what = "the private key");
    static Result<PrivateKey> loadFile(const std::filesystem::path& path,
                                       const PassphraseProvider& passphrase = {});
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
    // Encrypted PKCS#8 PEM (PBES2, AES-256-CBC, PBKDF2-SHA-256 with `iterations`): what
    // `openssl pkcs8 -topk8 -v2 aes-256-cbc` writes. Not secret once written; the passphrase is.
    std::string toEncryptedPkcs8Pem(ByteView passphrase, std::size_t iterations = 100000) const;

private:
    struct Impl;
    explicit PrivateKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace rescue::auth
