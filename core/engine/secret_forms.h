#pragma once
// Internal to core/engine: the textual forms a secret can take in a log line, derived once
// when the secret is registered and kept in Botan's wiped-on-free memory.

#include <cstdint>
#include <vector>

#include <botan/secmem.h>

namespace rescue::engine::detail {

struct SecretForm {
    Botan::secure_vector<char> text;
    bool anyCase = false;  // hex forms match in upper, lower or mixed case (stored lower case)
};

// Every form of `secret`: raw, hex, base64, LE words; for PEM text also the body lines,
// the DER bytes and (for a private key Botan can load) the private scalar.
std::vector<SecretForm> secretForms(const std::uint8_t* secret, std::size_t size);

}  // namespace rescue::engine::detail
