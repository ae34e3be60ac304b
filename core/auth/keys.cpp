#include "core/auth/keys.h"

#include <algorithm>
#include <fstream>
#include <string>

#include <botan/alg_id.h>
#include <botan/asn1_oid.h>
#include <botan/auto_rng.h>
#include <botan/ber_dec.h>
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
            .with("parser", parserMessage(e));
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
    // OpenSSL's legacy encryption keeps the old label and adds RFC 1421 headers.
    if (startsWith(bytes, "Proc-Type: 4,ENCRYPTED"))
        return PrivateKeyFormat::LegacyEncryptedPem;
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

std::string_view privateKeyFormatName(PrivateKeyFormat format) {
    switch (format) {
        case PrivateKeyFormat::Pkcs8Pem:
            return "PKCS#8 PEM";
        case PrivateKeyFormat::Pkcs8Der:
            return "PKCS#8 DER";
        case PrivateKeyFormat::EncryptedPkcs8Pem:
            return "encrypted PKCS#8 PEM";
        case PrivateKeyFormat::Sec1Pem:
            return "SEC1 EC PRIVATE KEY PEM";
        case PrivateKeyFormat::LegacyEncryptedPem:
            return "OpenSSL legacy encrypted PEM";
        case PrivateKeyFormat::Unknown:
            break;
    }
    return "unknown";
}

std::string legacyPemConversionCommand(const std::string& fileName) {
    const std::filesystem::path p(fileName);
    const std::string out = (p.parent_path() / (p.stem().string() + "_pkcs8.pem")).string();
    return fmt::format("openssl pkcs8 -topk8 -v2 aes-256-cbc -in {} -out {}", fileName, out);
}

namespace {

// The checks every loader ends with: ECDSA on P-256, and the public part stored in the file
// belongs to the scalar (or every signature would fail later with a far less helpful message).
Result<std::unique_ptr<Botan::ECDSA_PrivateKey>> adoptLoaded(std::unique_ptr<Botan::Private_Key> loaded) {
    auto* ecdsa = dynamic_cast<Botan::ECDSA_PrivateKey*>(loaded.get());
    if (ecdsa == nullptr || ecdsa->domain() != p256())
        return keyError("da.key.not-p256",
                        fmt::format("The private key is {} but debug authentication needs ECDSA P-256.",
                                    loaded ? loaded->algo_name() : std::string("unknown")),
                        "Use the P-256 key that belongs to your certificate chain.");
    // A scalar outside 1..n-1 loads (Botan reduces it for the public point) but can never
    // sign: RFC 6979 refuses it, at the first signature. Found by fuzz_keys.
    const Botan::BigInt& scalar = ecdsa->private_value();
    if (scalar.is_zero() || scalar >= p256().get_order())
        return keyError("da.key.inconsistent",
                        "The private key's scalar is not between 1 and the P-256 group order, so it cannot "
                        "sign.",
                        "The file is damaged; use the original key file.");
    const Botan::ECDSA_PrivateKey recomputed(blindingRng(), p256(), ecdsa->private_value());
    if (recomputed.public_point() != ecdsa->public_point())
        return keyError("da.key.inconsistent",
                        "The private key file's public part does not belong to its private scalar.",
                        "The file is damaged; use the original key file.");
    loaded.release();  // now owned through `ecdsa`, its most derived type
    return std::unique_ptr<Botan::ECDSA_PrivateKey>(ecdsa);
}

// The public half is computed from the scalar, never taken from the file.
PublicKey publicOf(const Botan::ECDSA_PrivateKey& key) {
    const Botan::ECDSA_PrivateKey recomputed(blindingRng(), p256(), key.private_value());
    return PublicKey::fromRaw(rawFromPoint(recomputed.public_point())).value();
}

// PEM body of `label`, or the bytes as they are when they are not PEM text.
Botan::secure_vector<std::uint8_t> derOf(ByteView pemOrDer, const std::string& expectedLabel) {
    if (pemOrDer.empty() || pemOrDer[0] == 0x30)
        return Botan::secure_vector<std::uint8_t>(pemOrDer.begin(), pemOrDer.end());
    Botan::DataSource_Memory source(pemOrDer.data(), pemOrDer.size());
    return Botan::PEM_Code::decode_check_label(source, expectedLabel);
}

}  // namespace

Result<PrivateKey> PrivateKey::fromPkcs8(ByteView pemOrDer) {
    const PrivateKeyFormat format = detectPrivateKeyFormat(pemOrDer);
    if (format != PrivateKeyFormat::Pkcs8Pem && format != PrivateKeyFormat::Pkcs8Der)
        return parse(pemOrDer);  // the format's own loader; encrypted keys then need a passphrase
    try {
        Botan::DataSource_Memory source(pemOrDer.data(), pemOrDer.size());
        auto key = adoptLoaded(Botan::PKCS8::load_key(source));
        if (!key)
            return std::move(key).error();
        PublicKey pub = publicOf(**key);
        return PrivateKey(std::unique_ptr<Impl>(new Impl{std::move(*key), pub}));
    } catch (const std::exception& e) {
        return keyError("da.key.unreadable", "The private key could not be decoded as PKCS#8.",
                        "The file is damaged or not a private key.")
            .with("parser", parserMessage(e));
    }
}

Result<PrivateKey> PrivateKey::fromSec1(ByteView pemOrDer) {
    // SEC1 ECPrivateKey = SEQUENCE { 1, OCTET STRING d, [0] curve OID OPTIONAL, [1] public
    // key OPTIONAL }. Wrapped into a PKCS#8 PrivateKeyInfo it goes through the PKCS#8 loader,
    // so both formats share one set of checks.
    try {
        const Botan::secure_vector<std::uint8_t> sec1 = derOf(pemOrDer, "EC PRIVATE KEY");
        Botan::OID curve;
        Botan::secure_vector<std::uint8_t> scalar;
        Botan::BER_Decoder(sec1)
            .start_cons(Botan::SEQUENCE)
            .decode_and_check<std::size_t>(1, "SEC1 version must be 1")
            .decode(scalar, Botan::OCTET_STRING)
            .decode_optional(curve, Botan::ASN1_Tag(0), Botan::PRIVATE)
            .discard_remaining();
        Botan::secure_scrub_memory(scalar.data(), scalar.size());
        if (!curve.empty() && curve != p256().get_curve_oid())
            return keyError("da.key.not-p256",
                            fmt::format("The SEC1 private key is on curve {} but debug authentication needs "
                                        "P-256 (prime256v1).",
                                        curve.to_formatted_string()),
                            "Use the P-256 key that belongs to your certificate chain.");
        const Botan::AlgorithmIdentifier algorithm(Botan::OID::from_string("ECDSA"),
                                                   p256().DER_encode(Botan::EC_DOMPAR_ENC_OID));
        const Botan::secure_vector<std::uint8_t> pkcs8 = Botan::DER_Encoder()
                                                             .start_cons(Botan::SEQUENCE)
                                                             .encode(static_cast<std::size_t>(0))
                                                             .encode(algorithm)
                                                             .encode(sec1, Botan::OCTET_STRING)
                                                             .end_cons()
                                                             .get_contents();
        return fromPkcs8(ByteView(pkcs8.data(), pkcs8.size()));
    } catch (const std::exception& e) {
        return keyError("da.key.unreadable", "The private key could not be decoded as a SEC1 EC private key.",
                        "The file is damaged or not a private key.")
            .with("parser", parserMessage(e));
    }
}

Result<PrivateKey> PrivateKey::fromEncryptedPkcs8(ByteView pem, const PassphraseProvider& passphrase,
                                                  const std::string& what) {
    if (!passphrase)
        return keyError("da.key.passphrase-needed",
                        fmt::format("{} is encrypted and no passphrase was given.", what),
                        "Run it on a terminal to be asked for the passphrase, or give --passphrase-file.");
    std::optional<SecretBytes> secret = passphrase(what);
    if (!secret)
        return keyError("da.key.passphrase-needed",
                        fmt::format("{} is encrypted and no passphrase was given.", what),
                        "Run it on a terminal to be asked for the passphrase, or give --passphrase-file.");
    // Botan wants a std::string; it lives only for this call and is wiped after.
    std::string pass(reinterpret_cast<const char*>(secret->view().data()), secret->size());
    Result<PrivateKey> result = keyError("da.key.unreadable", "The private key could not be loaded.");
    try {
        Botan::DataSource_Memory source(pem.data(), pem.size());
        std::unique_ptr<Botan::Private_Key> loaded = Botan::PKCS8::load_key(source, pass);
        auto key = adoptLoaded(std::move(loaded));
        if (!key) {
            result = std::move(key).error();
        } else {
            PublicKey pub = publicOf(**key);
            result = PrivateKey(std::unique_ptr<Impl>(new Impl{std::move(*key), pub}));
        }
    } catch (const std::exception& e) {
        // PBES2 has no separate check value: a wrong passphrase shows up as padding or
        // structure errors after decryption, exactly like a damaged file.
        result = keyError("da.key.passphrase",
                          fmt::format("{} could not be decrypted: the passphrase is wrong or the file is "
                                      "damaged.",
                                      what),
                          "Check the passphrase (and its keyboard layout), then try again.")
                     .with("decoder", parserMessage(e));
    }
    Botan::secure_scrub_memory(pass.data(), pass.size());
    return result;
}

Result<PrivateKey> PrivateKey::parse(ByteView bytes, const PassphraseProvider& passphrase,
                                     const std::string& what) {
    switch (detectPrivateKeyFormat(bytes)) {
        case PrivateKeyFormat::Pkcs8Pem:
            return fromPkcs8(bytes);
        case PrivateKeyFormat::Pkcs8Der: {
            // DER carries no label: a SEC1 ECPrivateKey is a SEQUENCE too.
            auto pkcs8 = fromPkcs8(bytes);
            if (pkcs8 || pkcs8.error().code != "da.key.unreadable")
                return pkcs8;
            auto sec1 = fromSec1(bytes);
            return sec1 ? std::move(sec1) : std::move(pkcs8);
        }
        case PrivateKeyFormat::Sec1Pem:
            return fromSec1(bytes);
        case PrivateKeyFormat::EncryptedPkcs8Pem:
            return fromEncryptedPkcs8(bytes, passphrase, what);
        case PrivateKeyFormat::LegacyEncryptedPem:
            return keyError("da.key.legacy-encrypted",
                            fmt::format("{} uses OpenSSL's legacy PEM encryption (Proc-Type: 4,ENCRYPTED), "
                                        "which is not read here.",
                                        what),
                            fmt::format("Convert it to encrypted PKCS#8, then use the new file: {}",
                                        legacyPemConversionCommand(what)));
        case PrivateKeyFormat::Unknown:
            break;
    }
    if (startsWith(bytes, "-----BEGIN PUBLIC KEY-----"))
        return keyError("da.key.public-not-private",
                        fmt::format("{} is a public key, not a private key.", what),
                        "Use the private key file (key_3_leaf.pem, not key_3_leaf_pub.pem).");
    return keyError("da.key.unreadable", fmt::format("{} is not a private key file.", what),
                    "Private keys are \"-----BEGIN PRIVATE KEY-----\", \"-----BEGIN EC PRIVATE KEY-----\" or "
                    "\"-----BEGIN ENCRYPTED PRIVATE KEY-----\" files such as key_3_leaf.pem.");
}

Result<PrivateKey> PrivateKey::loadFile(const std::filesystem::path& path,
                                        const PassphraseProvider& passphrase) {
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
    auto key = parse(ByteView(content.data(), content.size()), passphrase, path.string());
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

std::string PrivateKey::toEncryptedPkcs8Pem(ByteView passphrase, std::size_t iterations) const {
    // Botan wants a std::string; it lives only for this call and is wiped after.
    std::string pass(reinterpret_cast<const char*>(passphrase.data()), passphrase.size());
    std::string pem = Botan::PKCS8::PEM_encode_encrypted_pbkdf_iter(*m_impl->key, blindingRng(), pass,
                                                                    iterations, "AES-256/CBC", "SHA-256");
    Botan::secure_scrub_memory(pass.data(), pass.size());
    return pem;
}

}  // namespace rescue::auth
