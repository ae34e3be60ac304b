// A chain from a file, validated as `rescue da verify` does: format, scope, root binding,
// permissions and every signature (ECDSA P-256 verification, so this target is slow). The
// options (root hash, masks, platform, signing key) come from the input's first bytes.
// The report must be consistent: ok() exactly when there is no finding, and every finding
// a readable error.

#include <optional>

#include "core/auth/certificate_chain.h"
#include "core/auth/chain_validation.h"
#include "core/auth/keys.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Input in(data, size);
    const std::uint8_t knobs = in.u8();

    ChainValidationOptions options;
    if (knobs & 0x01) {
        Sha256Digest hash{};
        auto b = in.take(hash.size());
        std::copy(b.begin(), b.end(), hash.begin());
        options.rootKeyHash = hash;
    }
    if (knobs & 0x02) {
        auto mask = PermissionMask::fromBytes(in.take(16));
        if (mask)
            options.provisionedMask = *mask;
    }
    if (knobs & 0x04) {
        auto mask = PermissionMask::fromBytes(in.take(16));
        if (mask)
            options.requested = *mask;
    }
    if (knobs & 0x08) {
        PlatformScope scope;
        scope.lifecycle = in.u16();
        scope.socClass = in.u32();
        auto id = in.take(16);
        std::copy(id.begin(), id.end(), scope.socId.begin());
        options.platform = scope;
    }
    if (knobs & 0x10) {
        auto key = PublicKey::fromRaw(in.take(kP256PublicKeySize));
        fuzz::checkResult(key);
        if (key)
            options.signingKey = *key;
    }

    // The top bit picks the text forms (.b64, PEM, .cert), else the decoded TLV bytes.
    const ByteView rest = in.rest();
    std::optional<CertificateChain> chain;
    if (knobs & 0x80) {
        if (auto text = parseChainText(fuzz::asText(rest)))
            chain = std::move(text->chain);
    } else if (auto bytes = parseChainBytes(rest)) {
        chain = std::move(*bytes);
    }
    if (!chain)
        return 0;
    const ChainReport report = validateChain(*chain, options);
    fuzz::require(report.ok() == report.findings.empty(), "ok() disagrees with the findings");
    for (const auto& finding : report.findings) {
        fuzz::checkError(finding.error);
        if (finding.index)
            fuzz::require(*finding.index < chain->certificates.size(),
                          "a finding names a certificate that is not there");
    }
    return 0;
}
