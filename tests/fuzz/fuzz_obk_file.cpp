// .obk files (ST's option-byte-key files, the DA provisioning payload): the file framing,
// the DA configuration inside and the ConfigLock check. A parsed file serialises back to
// exactly its bytes.

#include "core/auth/obk_file.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView bytes(data, size);
    auto obk = parseObkFile(bytes);
    fuzz::checkResult(obk);
    if (!obk)
        return 0;
    fuzz::require(serializeObkFile(*obk) == Bytes(bytes.begin(), bytes.end()),
                  "a parsed .obk does not serialise to its bytes");
    auto config = decodeDaConfiguration(*obk);
    fuzz::checkResult(config);
    (void)isDaConfigLock(*obk);
    return 0;
}
