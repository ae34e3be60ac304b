#pragma once
// The lab's demo credentials (resources/credentials/): which sets exist, from which seeds
// and with which masks. Shared by the generator tool (make_demo_credentials) and by the
// test that regenerates them and compares every committed file byte for byte. These keys
// and passwords are public; they protect nothing.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/auth/credential_generator.h"
#include "core/auth/random_source.h"

namespace demo {

struct CertificateSetPlan {
    std::string folder;  // under resources/credentials/
    rescue::auth::DaFamily family;
    std::uint64_t seed;
    const char* certificateMask;
    const char* obkMask;
    const char* password;  // for the password-method files next to the certificate set
};

struct PasswordSetPlan {
    std::string folder;
    const char* password;
};

// Masks as in ST's sample packages and the field reports: H7RS certificates carry
// 0x8000...5007 and the .obk 0x8000...4007 (Full Regression, debug levels 1-3, Forced
// Download); H5 uses 0x5077 in both.
inline std::vector<CertificateSetPlan> certificateSets() {
    return {
        {"h5", rescue::auth::DaFamily::Stm32H5, 0x52455343554505ull, "0x00005077", "0x00005077",
         "lab-demo-h5-pass"},
        {"h7rs", rescue::auth::DaFamily::Stm32H7rs, 0x5245534355470ull, "0x80000000000000000000000000005007",
         "0x80000000000000000000000000004007", "lab-demo-h7-pass"},
    };
}

// The H503 is password-only; ST's package ships the TLV, the raw password and its hash.
inline std::vector<PasswordSetPlan> passwordSets() {
    return {{"h503", "lab-demo-h503-pw"}};
}

inline rescue::ByteView textView(const char* s) {
    return rescue::ByteView(reinterpret_cast<const std::uint8_t*>(s), std::char_traits<char>::length(s));
}

// Writes every demo set under `root`, replacing existing files.
inline rescue::Status writeDemoCredentials(const std::filesystem::path& root) {
    using namespace rescue::auth;
    for (const auto& plan : certificateSets()) {
        CredentialRequest request;
        request.family = plan.family;
        request.certificateMask = PermissionMask::parse(plan.certificateMask).value();
        request.obkMask = PermissionMask::parse(plan.obkMask).value();
        request.password = SecretBytes(textView(plan.password));
        auto random = makeSeededRandom(plan.seed);
        auto set = generateCredentials(request, *random);
        if (!set)
            return set.error();
        if (auto s = writeCredentialSet(*set, root / plan.folder, true); !s)
            return s;
    }
    for (const auto& plan : passwordSets())
        if (auto s = writePasswordTrio(textView(plan.password), root / plan.folder, true); !s)
            return s;
    return {};
}

}  // namespace demo
