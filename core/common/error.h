#pragma once
// An error a person can act on: a stable code for scripts and translations, one sentence,
// the evidence that led to it (register values, status bytes) and what to do next.

#include <string>
#include <vector>

namespace rescue {

struct Evidence {
    std::string name;   // e.g. "DHCSR", "ST-LINK status"
    std::string value;  // e.g. "0x00030003", "SWD_AP_WAIT (0x10)"
    bool operator==(const Evidence&) const = default;
};

struct Error {
    std::string code;     // stable dotted id, e.g. "probe.timeout", "da.root-hash-mismatch"
    std::string message;  // one sentence a person understands; never just "failed"
    std::vector<Evidence> evidence;
    std::string hint;     // what to do next; may be empty when nothing helps

    Error& with(std::string name, std::string value) {
        evidence.push_back({std::move(name), std::move(value)});
        return *this;
    }
    // "message (code)" plus evidence and hint on their own lines: for logs and the CLI.
    std::string describe() const;
    bool operator==(const Error&) const = default;
};

inline Error makeError(std::string code, std::string message, std::string hint = {}) {
    return Error{std::move(code), std::move(message), {}, std::move(hint)};
}

}  // namespace rescue
