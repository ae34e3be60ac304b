// Password files (`password.bin`, raw or as a 0x8000 TLV). A password that loads is never
// longer than the limit and, written back as a file, loads as the same password.

#include "core/auth/password.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto loaded = parsePasswordFile(ByteView(data, size));
    fuzz::checkResult(loaded);
    if (!loaded)
        return 0;
    const ByteView password = loaded->password.view();
    fuzz::require(!password.empty() && password.size() <= kMaxPasswordSize, "a password of impossible size");
    const SecretBytes file = passwordFileBytes(password);
    auto again = parsePasswordFile(file.view());
    fuzz::require(again.ok(), "a password written as a file does not load");
    const ByteView second = again->password.view();
    fuzz::require(std::equal(password.begin(), password.end(), second.begin(), second.end()),
                  "a password written as a file loads differently");
    (void)passwordTlv(password);
    return 0;
}
