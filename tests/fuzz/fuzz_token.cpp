// The AUTH_RESPONSE token as read back from a file or a capture: parse, serialise, and
// the signed message built from it. A parsed token serialises to exactly its bytes and its
// TLV reads back the same. No signature is checked here (fuzz_token_verify does that).

#include "core/auth/challenge.h"
#include "core/auth/tlv.h"
#include "core/auth/token.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView bytes(data, size);
    auto token = parseToken(bytes);
    fuzz::checkResult(token);
    if (token) {
        fuzz::require(serializeToken(*token) == Bytes(bytes.begin(), bytes.end()),
                      "a parsed token does not serialise to its bytes");
        auto tlv = parseTlv(tokenTlv(*token));
        fuzz::require(tlv.ok(), "a token's TLV does not parse");
        auto again = parseToken(tlv->value);
        fuzz::require(again.ok() && *again == *token, "a token's TLV does not read back the same");
        (void)tokenSignedMessage(*token, ChallengeVector{});
    }
    // The same bytes as the TLV a host sends (what the lab's boot ROM reads).
    auto tlv = parseTlv(bytes);
    if (tlv)
        fuzz::checkResult(parseToken(tlv->value));
    return 0;
}
