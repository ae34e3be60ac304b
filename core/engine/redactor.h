#pragma once
// Keeps secrets out of everything the engine writes or shows. A secret registered here (the
// bytes of a private key, a password) is replaced by "[redacted]" wherever it appears in an
// event: raw, as hex (any case, plain or with ' '/':' between bytes), as base64 (alone or
// inside a longer base64 text) and as the 32-bit little-endian words a password travels in
// through the DA mailbox (0x64636261 for "abcd"). A PEM private key also registers its body,
// its DER bytes and, when Botan can load it, its private scalar. Whatever its value, a JSON
// field whose key names a secret ("password", "private_key", "passphrase", "secret") is
// redacted too. Secrets are held in memory that is wiped when they are removed.
//
// Thread-safe: jobs register secrets on their worker while other workers redact events.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/common/bytes.h"

namespace rescue::engine {

struct Event;

class Redactor {
public:
    using Handle = std::uint64_t;  // 0 is never a valid handle
    static constexpr std::string_view Mask = "[redacted]";

    Redactor();
    ~Redactor();  // wipes every secret
    Redactor(const Redactor&) = delete;
    Redactor& operator=(const Redactor&) = delete;

    // Registers a secret; an empty one is ignored (returns 0).
    Handle add(ByteView secret);
    Handle add(std::string_view secret);
    // Forgets (and wipes) a secret; false when the handle is unknown.
    bool remove(Handle handle);
    void clear();
    std::size_t size() const;

    std::string redact(std::string_view text) const;
    nlohmann::json redactJson(const nlohmann::json& value) const;
    // Every string of the event: texts, fields (keys and values), prompt texts and details,
    // state details, job names, results and errors.
    void redact(Event& event) const;

    // True for keys such as "password", "adminPassword", "private-key", "client_secret".
    static bool namesSecret(std::string_view key);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Registers a secret for as long as it lives: `ScopedSecret s(redactor, password);`.
class ScopedSecret {
public:
    ScopedSecret(Redactor& redactor, ByteView secret)
        : m_redactor(&redactor), m_handle(redactor.add(secret)) {}
    ScopedSecret(Redactor& redactor, std::string_view secret)
        : m_redactor(&redactor), m_handle(redactor.add(secret)) {}
    ~ScopedSecret() {
        if (m_redactor && m_handle)
            m_redactor->remove(m_handle);
    }
    ScopedSecret(const ScopedSecret&) = delete;
    ScopedSecret& operator=(const ScopedSecret&) = delete;

private:
    Redactor* m_redactor;
    Redactor::Handle m_handle;
};

}  // namespace rescue::engine
