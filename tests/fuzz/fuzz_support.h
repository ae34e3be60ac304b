#pragma once
// What every fuzz target shares: the libFuzzer entry point's signature, a reader that
// splits one input into the pieces a harness needs, and the invariants every parser must
// keep whatever it is fed. A broken invariant aborts, so libFuzzer (or the replay runner)
// saves the input and reports it like a crash.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>

#include "core/common/bytes.h"
#include "core/common/result.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace rescue::fuzz {

// Stops the run with a message naming the broken invariant.
[[noreturn]] inline void fail(std::string_view what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz invariant broken: %.*s %.*s\n", int(what.size()), what.data(),
                 int(detail.size()), detail.data());
    std::abort();
}

inline void require(bool condition, std::string_view what, std::string_view detail = {}) {
    if (!condition)
        fail(what, detail);
}

// An error a person reads: a stable code and one sentence that ends with a full stop.
inline void checkError(const Error& error) {
    require(!error.code.empty(), "error without a code:", error.message);
    require(!error.message.empty(), "error without a message:", error.code);
    const char last = error.message.back();
    require(last == '.' || last == '?' || last == '!' || last == ')',
            "error message is not a sentence ending with a full stop:", error.message);
}

template <class T>
void checkResult(const Result<T>& result) {
    if (!result)
        checkError(result.error());
}

// Splits one fuzz input into pieces, front to back; reads past the end give zeros and
// empty views, so a harness never needs to check the length itself.
class Input {
public:
    Input(const std::uint8_t* data, std::size_t size) : m_bytes(data, size) {}

    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    bool empty() const { return remaining() == 0; }

    std::uint8_t u8() { return empty() ? 0 : m_bytes[m_pos++]; }
    std::uint16_t u16() { return std::uint16_t(u8() | (u8() << 8)); }
    std::uint32_t u32() { return std::uint32_t(u16()) | (std::uint32_t(u16()) << 16); }
    bool flag() { return (u8() & 1) != 0; }

    ByteView take(std::size_t n) {
        n = std::min(n, remaining());
        ByteView out = m_bytes.subspan(m_pos, n);
        m_pos += n;
        return out;
    }
    // A piece whose length is the next byte (0..255).
    ByteView chunk() { return take(u8()); }
    // A piece whose length is the next two bytes.
    ByteView chunk16() { return take(u16()); }
    ByteView rest() { return take(remaining()); }

private:
    ByteView m_bytes;
    std::size_t m_pos = 0;
};

inline std::string_view asText(ByteView bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

}  // namespace rescue::fuzz
