// Token signature checks (ECDSA P-256, so this target is slow): a token parsed from the
// input verified against a fixed key and a challenge from the input, and a raw public key
// from the input checking a raw signature. A fuzzer cannot forge a signature, so a token
// that verifies must be one this harness signed itself (the knob byte asks for that).

#include "core/auth/keys.h"
#include "core/auth/random_source.h"
#include "core/auth/token.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

namespace {

const PrivateKey& leafKey() {
    static const PrivateKey key = [] {
        auto random = makeSeededRandom(0xF022);
        return PrivateKey::generate(*random);
    }();
    return key;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Input in(data, size);
    const std::uint8_t knobs = in.u8();
    ChallengeVector challenge{};
    auto c = in.take(challenge.size());
    std::copy(c.begin(), c.end(), challenge.begin());

    if (knobs & 0x01) {
        // A raw key and signature from the chip's side of the world.
        auto key = PublicKey::fromRaw(in.take(kP256PublicKeySize));
        fuzz::checkResult(key);
        const ByteView signature = in.take(kP256SignatureSize);
        if (key)
            (void)key->verify(in.rest(), signature);
        return 0;
    }

    auto token = parseToken(in.rest());
    if (!token)
        return 0;
    if (knobs & 0x02) {
        // Signed here: it must verify, and must stop verifying once the challenge changes.
        auto signedToken = buildToken(token->requested, challenge, leafKey());
        fuzz::require(verifyToken(signedToken, challenge, leafKey().publicKey()).ok(),
                      "a token signed with the leaf key does not verify");
        ChallengeVector other = challenge;
        other[knobs % other.size()] ^= 0x01;
        auto wrong = verifyToken(signedToken, other, leafKey().publicKey());
        fuzz::require(!wrong.ok(), "a token verified against another challenge");
        fuzz::checkError(wrong.error());
        return 0;
    }
    auto verdict = verifyToken(*token, challenge, leafKey().publicKey());
    fuzz::checkResult(verdict);
    return 0;
}
