#include "core/auth/keys.h"

#include <algorithm>
#include <fstream>
#include <string>

#include <botan/asn1_oid.h>
#include <botan/auto_rng.h>
#include <botan/bigint.h>
#include <botan/data_src.h>
#include <botan/der_enc.h>
#include <botan/ec_group.h>
#include <botan/ecdsa.h>
#include <botan/mem_ops.h>
#include <botan/pem.h>
#include <botan/pkcs8.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include <fmt/format.h>

#include "core/auth/file_io.h"

namespace rescue::auth {
namespace {

const Botan::EC_Group& p256() {
    static const Botan::EC_Group group("secp256r1");
    return group;
}

constexpr const char* kEmsa = "EMSA1(SHA-256)";

// Blinding only: RFC 6979 makes the signatures themselves deterministic.
Botan::RandomNumberGenerator& blindingRng() {
    thread_local Botan::AutoSeeded_RNG rng;
    return rng;
}

RawPublicKey rawFromPoint(const Botan::PointGFp& point) {
    const auto encoded = point.encode(Botan::PointGFp::UNCOMPRESSED);  // 04 ‖ X ‖ Y
    RawPublicKey raw{};
    std::copy(encoded.begin() + 1, encoded.end(), raw.begin());
    return raw;
}

bool startsWith(ByteView bytes, std::string_view prefix) {
    // PEM files may start with blank lines or a UTF-8 BOM; look at the first label.
    std::string head(bytes.begin(),
                     bytes.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(bytes.size(), 256)));
    return head.find(prefix) != std::string::npos;
}

Error keyError(std::string code, std::string message, std::string hint = {}) {
    return makeError(std::move(code), std::move(message), std::move(hint));
}

}  // namespace

// ---- PublicKey ---------------------------------------------------------------------------

Result<PublicKey> PublicKey::fromRaw(ByteView xy) {
    if (xy.size() != kP256PublicKeySize)
        return keyError("da.key.size",
                        fmt::format("A P-256 public key is 64 bytes (X‖Y); {} bytes were given.", xy.size()));
    try {
        Bytes encoded{0x04};
        encoded.insert(encoded.end(), xy.begin(), xy.end());
        const Botan::PointGFp point = p256().OS2ECP(encoded);
        if (point.is_zero() || !point.on_the_curve())
            throw Botan::Invalid_Argument("not on curve");
        RawPublicKey raw{};
        std::copy(xy.begin(), xy.end(), raw.begin());
        return PublicKey(raw);
    } catch (const std::exception&) {
        return keyError("da.key.not-on-curve", "The 64 bytes are not a point on the P-256 curve.",
                        "The key bytes are damaged or belong to a different key type.")
            .with("fingerprint", toHex(sha256(xy)));
    }
}

Result<PublicKey> PublicKey::fromSpki(ByteView pemOrDer) {
    try {
        std::unique_ptr<Botan::Public_Key> key(
            Botan::X509::load_key(std::vector<std::uint8_t>(pemOrDer.begin(), pemOrDer.end())));
        const auto* ec = dynamic_cast<const Botan::EC_PublicKey*>(key.get());
        if (ec == nullptr || ec->domain() != p256())
            return keyError("da.key.not-p256",
                            fmt::format("The public key is {} but debug authentication needs ECDSA P-256.",
                                        key ? key->algo_name() : std::string("unknown")),
                            "Use the _pub.pem file that belongs to your P-256 key pair.");
        return PublicKey(rawFromPoint(ec->public_point()));
    } catch (const std::exception& e) {
        return keyError("da.key.unreadable", "The public key is not a SubjectPublicKeyInfo PEM or DER key.",
                        "Public keys are \"-----BEGIN PUBLIC KEY-----\" files.")
            .with("parser", e.what());
    }
}

Result<PublicKey> PublicKey::loadFile(const std::filesystem::path& path) {
    auto bytes = readCredentialFile(path);
    if (!bytes)
        return std::move(bytes).error();
    auto key = fromSpki(*bytes);
    if (!key) {
        Error e = std::move(key).error();
        e.with("file", path.string());
        return e;
    }
    return key;
}

Bytes PublicKey::toSpkiDer() const {
    Bytes encoded{0x04};
    encoded.insert(encoded.end(), m_xy.begin(), m_xy.end());
    const Botan::ECDSA_PublicKey key(p256(), p256().OS2ECP(encoded));
    return Botan::X509::BER_encode(key);
}

std::string PublicKey::toSpkiPem() const {
    const Bytes der = toSpkiDer();
    return Botan::PEM_Code::encode(der.data(), der.size(), "PUBLIC KEY", 64);
}

bool PublicKey::verify(ByteView message, ByteView signature) const {
    if (signature.size() != kP256SignatureSize)
        return false;
    try {
        Bytes encoded{0x04};
        encoded.insert(encoded.end(), m_xy.begin(), m_xy.end());
        const Botan::ECDSA_PublicKey key(p256(), p256().OS2ECP(encoded));
        Botan::PK_Verifier verifier(key, kEmsa, Botan::IEEE_1363);
        return verifier.verify_message(message.data(), message.size(), signature.data(), signature.size());
    } catch (const std::exception&) {
        return false;
    }
}

// ---- PrivateKey --------------------------------------------------------------------------

struct PrivateKey::Impl {
    std::unique_ptr<Botan::ECDSA_PrivateKey> key;
    PublicKey publicKey;
};

PrivateKey::PrivateKey(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
PrivateKey::PrivateKey(PrivateKey&&) noexcept = default;
PrivateKey& PrivateKey::operator=(PrivateKey&&) noexcept = default;
PrivateKey::~PrivateKey() = default;

PrivateKeyFormat detectPrivateKeyFormat(ByteView bytes) {
    if (startsWith(bytes, "-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        return PrivateKeyFormat::EncryptedPkcs8Pem;
    if (startsWith(bytes, "-----BEGIN EC PRIVATE KEY-----"))
        return PrivateKeyFormat::Sec1Pem;
    if (startsWith(bytes, "-----BEGIN PRIVATE KEY-----"))
        return PrivateKeyFormat::Pkcs8Pem;
    if (!bytes.empty() && bytes[0] == 0x30)  // DER SEQUENCE
        return PrivateKeyFormat::Pkcs8Der;
    return PrivateKeyFormat::Unknown;
}

Result<PrivateKey> PrivateKey::fromPkcs8(ByteView pemOrDer) {
    switch (detectPrivateKeyFormat(pemOrDer)) {
        case PrivateKeyFormat::Pkcs8Pem:
        case PrivateKeyFormat::Pkcs8Der:
            break;
        case PrivateKeyFormat::EncryptedPkcs8Pem:
            return keyError(
                "da.key.encrypted-unsupported",
                "The private key is encrypted with a passphrase, which this version cannot read yet.",
                "Export it unencrypted (openssl pkcs8 -topk8 -nocrypt) into a private folder.");
        case PrivateKeyFormat::Sec1Pem:
            return keyError(
                "da.key.sec1-unsupported",
                "The private key is a SEC1 \"EC PRIVATE KEY\" file, which this version cannot read yet.",
                "Convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt).");
        case PrivateKeyFormat::Unknown:
            return keyError("da.key.unreadable", "The file is not a PKCS#8 private key.",
                            "Private keys are \"-----BEGIN PRIVATE KEY-----\" files such as key_3_leaf.pem.");
    }
    try {
        Botan::DataSource_Memory source(pemOrDer.data(), pemOrDer.size());
        std::unique_ptr<Botan::Private_Key> loaded = Botan::PKCS8::load_key(source);
        auto* ecdsa = dynamic_cast<Botan::ECDSA_PrivateKey*>(loaded.get());
        if (ecdsa == nullptr || ecdsa->domain() != p256())
            return keyError("da.key.not-p256",
                            fmt::format("The private key is {} but debug authentication needs ECDSA P-256.",
                                        loaded ? loaded->algo_name() : std::string("unknown")),
                            "Use the P-256 key that belongs to your certificate chain.");
        // A PKCS#8 file carries the public key next to the scalar; make sure they agree,
        // or every signature would fail later with a far less helpful message.
        const Botan::ECDSA_PrivateKey recomputed(blindingRng(), p256(), ecdsa->private_value());
        if (recomputed.public_point() != ecdsa->public_point())
            return keyError("da.key.inconsistent",
                            "The private key file's public part does not belong to its private scalar.",
                            "The file is damaged; use the original key file.");
        loaded.release();  // now owned through `ecdsa`, its most derived type
        std::unique_ptr<Botan::ECDSA_PrivateKey> owned(ecdsa);
        return PrivateKey(std::unique_ptr<Impl>(
            new Impl{std::move(owned), PublicKey(rawFromPoint(recomputed.public_point()))}));
    } catch (const std::exception& e) {
        return keyError("da.key.unreadable", "The private key could not be decoded as PKCS#8.",
                        "The file is damaged or not a private key.")
            .with("parser", e.what());
    }
}

Result<PrivateKey> PrivateKey::loadFile(const std::filesystem::path& path) {
    // Read straight into locked memory: the file content is the secret.
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return keyError("da.file.unreadable", fmt::format("Cannot read {}: {}.", path.string(), ec.message()),
                        "Check the path and that the file exists.");
    if (size > kMaxCredentialFileSize)
        return keyError("da.file.too-large",
                        fmt::format("{} is too large to be a private key.", path.string()));
    Botan::secure_vector<std::uint8_t> content(static_cast<std::size_t>(size));
    std::ifstream in(path, std::ios::binary);
    if (!in ||
        !in.read(reinterpret_cast<char*>(content.data()), static_cast<std::streamsize>(content.size())))
        return keyError("da.file.unreadable", fmt::format("Cannot read {}.", path.string()),
                        "Check the file's permissions.");
    auto key = fromPkcs8(ByteView(content.data(), content.size()));
    if (!key) {
        Error e = std::move(key).error();
        e.with("file", path.string());
        return e;
    }
    return key;
}

PrivateKey PrivateKey::generate(RandomSource& random) {
    const Botan::BigInt& order = p256().get_order();
    Botan::secure_vector<std::uint8_t> candidate(32);
    Botan::BigInt scalar;
    do {
        random.fill(candidate);
        scalar.binary_decode(candidate.data(), candidate.size());
    } while (scalar.is_zero() || scalar >= order);
    auto key = std::make_unique<Botan::ECDSA_PrivateKey>(blindingRng(), p256(), scalar);
    const PublicKey publicKey(rawFromPoint(key->public_point()));
    Botan::secure_scrub_memory(candidate.data(), candidate.size());
    return PrivateKey(std::unique_ptr<Impl>(new Impl{std::move(key), publicKey}));
}

const PublicKey& PrivateKey::publicKey() const {
    return m_impl->publicKey;
}

RawSignature PrivateKey::sign(ByteView message) const {
    Botan::PK_Signer signer(*m_impl->key, blindingRng(), kEmsa, Botan::IEEE_1363);
    const std::vector<std::uint8_t> sig = signer.sign_message(message.data(), message.size(), blindingRng());
    RawSignature out{};
    std::copy_n(sig.begin(), std::min(sig.size(), out.size()), out.begin());
    return out;
}

SecretBytes PrivateKey::toPkcs8Pem() const {
    // Built by hand rather than with PKCS8::PEM_encode: Botan writes the scalar with its
    // minimal length, so one key in 256 would get a 31-byte field that OpenSSL and ST's
    // tools never produce.
    const auto& key = *m_impl->key;
    const Botan::secure_vector<std::uint8_t> ecPrivateKey =
        Botan::DER_Encoder()
            .start_cons(Botan::SEQUENCE)
            .encode(static_cast<std::size_t>(1))
            .encode(Botan::BigInt::encode_1363(key.private_value(), 32), Botan::OCTET_STRING)
            .start_cons(Botan::ASN1_Tag(1), Botan::PRIVATE)
            .encode(key.public_point().encode(Botan::PointGFp::UNCOMPRESSED), Botan::BIT_STRING)
            .end_cons()
            .end_cons()
            .get_contents();
    const Botan::secure_vector<std::uint8_t> der = Botan::DER_Encoder()
                                                       .start_cons(Botan::SEQUENCE)
                                                       .encode(static_cast<std::size_t>(0))
                                                       .encode(key.algorithm_identifier())
                                                       .encode(ecPrivateKey, Botan::OCTET_STRING)
                                                       .end_cons()
                                                       .get_contents();
    std::string pem = Botan::PEM_Code::encode(der, "PRIVATE KEY", 64);
    SecretBytes out(ByteView(reinterpret_cast<const std::uint8_t*>(pem.data()), pem.size()));
    Botan::secure_scrub_memory(pem.data(), pem.size());
    return out;
}

}  // namespace rescue::auth
