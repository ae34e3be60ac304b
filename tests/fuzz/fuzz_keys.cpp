// Key files: public keys (SPKI PEM or DER, raw X‖Y) and private keys in every format
// PrivateKey::parse detects. No passphrase is offered, so an encrypted key stops at
// da.key.passphrase-needed before any key derivation: the fuzzer never waits on PBKDF2.
// A private key that loads signs a message its own public key verifies; a public key that
// loads writes out as SPKI that loads as the same key.

#include "core/auth/keys.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView bytes(data, size);

    (void)privateKeyFormatName(detectPrivateKeyFormat(bytes));

    auto spki = PublicKey::fromSpki(bytes);
    fuzz::checkResult(spki);
    if (spki) {
        auto pem = spki->toSpkiPem();
        auto fromPem =
            PublicKey::fromSpki(ByteView(reinterpret_cast<const std::uint8_t*>(pem.data()), pem.size()));
        fuzz::require(fromPem.ok() && *fromPem == *spki, "a public key's PEM does not load as the same key");
        auto fromDer = PublicKey::fromSpki(spki->toSpkiDer());
        fuzz::require(fromDer.ok() && *fromDer == *spki, "a public key's DER does not load as the same key");
    }

    auto raw = PublicKey::fromRaw(bytes);
    fuzz::checkResult(raw);

    auto key = PrivateKey::parse(bytes, {}, "fuzz.pem");
    fuzz::checkResult(key);
    if (key) {
        static const std::uint8_t message[] = {'r', 'e', 's', 'c', 'u', 'e'};
        const RawSignature signature = key->sign(message);
        fuzz::require(key->publicKey().verify(message, signature),
                      "a loaded key's signature does not verify");
        const SecretBytes pem = key->toPkcs8Pem();
        auto again = PrivateKey::fromPkcs8(pem.view());
        fuzz::require(again.ok() && again->publicKey() == key->publicKey(),
                      "a private key written as PKCS#8 does not load as the same key");
    }
    return 0;
}
