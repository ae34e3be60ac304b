#pragma once
// Bytes that must never leak (a password, an exported private key): kept in Botan's
// locked memory, which is wiped when released. There is deliberately no way to format or
// print them; compare hashes or fingerprints instead.

#include <memory>

#include "core/common/bytes.h"

namespace rescue::auth {

class SecretBytes {
public:
    SecretBytes();
    explicit SecretBytes(ByteView bytes);
    SecretBytes(const SecretBytes& other);
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes(SecretBytes&&) noexcept;
    SecretBytes& operator=(SecretBytes&&) noexcept;
    ~SecretBytes();

    ByteView view() const;
    std::size_t size() const { return view().size(); }
    bool empty() const { return size() == 0; }

    // Constant-time comparison so a simulated device leaks no timing either.
    bool equals(ByteView other) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// For the suite that checks the wipe: called with the buffer of every SecretBytes as it goes,
// after it has been overwritten and before its memory is released (nullptr: no observer).
using SecretWipeObserver = void (*)(const std::uint8_t* data, std::size_t size);
void setSecretWipeObserver(SecretWipeObserver observer);

}  // namespace rescue::auth
