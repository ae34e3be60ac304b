#include "core/auth/sha256.h"

#include <botan/hash.h>

namespace rescue::auth {

Sha256Digest sha256(ByteView data) {
    return sha256(data, {});
}

Sha256Digest sha256(ByteView a, ByteView b) {
    auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(a.data(), a.size());
    hash->update(b.data(), b.size());
    Sha256Digest out{};
    hash->final(out.data());
    return out;
}

}  // namespace rescue::auth
