// Certificates and chains as files and as bytes: one certificate value or TLV, a chain's
// concatenated TLVs, and the three text forms (ST .b64, PEM armour, bare .cert). What
// parses serialises back to the same bytes, and a chain written out in each text form reads
// back as the same chain. No signature is checked here (fuzz_chain_validation does that).

#include "core/auth/certificate.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/chain_validation.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

namespace {

void roundTripChain(const CertificateChain& chain) {
    auto fromBytes = parseChainBytes(chainToBytes(chain));
    fuzz::require(fromBytes.ok() && *fromBytes == chain, "a chain's bytes do not read back as the chain");
    auto fromB64 = parseChainText(chainToBase64(chain));
    fuzz::require(fromB64.ok() && fromB64->chain == chain, "a chain's .b64 does not read back as the chain");
    auto fromPem = parseChainText(chainToPem(chain));
    fuzz::require(fromPem.ok() && fromPem->chain == chain, "a chain's PEM does not read back as the chain");
    for (const auto& certificate : chain.certificates) {
        fuzz::checkResult(checkCertificateFormat(certificate));
        (void)roleName(certificate.role);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView bytes(data, size);

    auto value = parseCertificate(bytes);
    fuzz::checkResult(value);
    if (value)
        fuzz::require(serializeCertificate(*value) == Bytes(bytes.begin(), bytes.end()),
                      "a parsed certificate does not serialise to its bytes");

    auto tlv = parseCertificateTlv(bytes);
    fuzz::checkResult(tlv);
    if (tlv) {
        auto again = parseCertificateTlv(certificateTlv(*tlv));
        fuzz::require(again.ok() && *again == *tlv, "a certificate TLV does not read back the same");
    }

    auto chain = parseChainBytes(bytes);
    fuzz::checkResult(chain);
    if (chain)
        roundTripChain(*chain);

    auto text = parseChainText(fuzz::asText(bytes));
    fuzz::checkResult(text);
    if (text)
        roundTripChain(text->chain);
    return 0;
}
