#include "core/auth/challenge.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::auth {

Bytes encodeChallenge(const Challenge& challenge) {
    Bytes out{challenge.versionMajor, challenge.versionMinor, 0, 0};
    out.insert(out.end(), challenge.vector.begin(), challenge.vector.end());
    return out;
}

Result<Challenge> decodeChallenge(ByteView bytes) {
    if (bytes.size() != kChallengeSize)
        return makeError("da.challenge.size",
                         fmt::format("The AUTH_START reply carries {} bytes; a challenge is {} bytes.",
                                     bytes.size(), kChallengeSize));
    if (bytes[0] != 1)
        return makeError("da.challenge.version",
                         fmt::format("The challenge has format version {}.{}; only 1.x is understood.",
                                     bytes[0], bytes[1]));
    Challenge c;
    c.versionMajor = bytes[0];
    c.versionMinor = bytes[1];
    std::copy_n(bytes.begin() + 4, c.vector.size(), c.vector.begin());
    return c;
}

}  // namespace rescue::auth
