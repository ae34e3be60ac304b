#pragma once
// A family's Debug Authentication parameters as data: how the boot ROM is woken (magic,
// reply, ACK bits, timing), what its discovery reports, the permission bits and where .obk
// files land. Most of these are not public; adac-protocol.md §17 lists them as
// "unknown — configurable", and so does the catalog (Catalog::unconfirmed()).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/optionbytes/field_table.h"

namespace rescue::device {

enum class AckPolarity {
    DeviceCode,  // bit 0 HOST_ACK set by a host write, bit 1 DEV_ACK set by a device write (ST device code)
    SvdSwapped,  // the ST SVD text's description, bits swapped
};

enum class UnprovisionedBehaviour {
    AnswersDiscovery,  // discovery answers with an integrity status other than 0xEAEAEAEA
    Silent,            // the ROM never answers (the H533 field case)
};

struct DaMethod {
    std::string name;                                 // "password", "certificate"
    std::optional<optionbytes::FieldCondition> when;  // e.g. TZEN = 0xC3
    std::vector<std::string> actions;                 // "full-regression", "partial-regression", ...
};

struct DaPermission {
    std::string name;  // "full-regression", "debug-ns-l2", ...
    std::vector<std::string> aliases;
    unsigned bit = 0;   // 0..127 in the 128-bit permission set
    std::string label;  // as CubeProgrammer prints it
    bool confirmed = true;
    std::string note;
};

struct ObkDestination {
    std::string method;  // "certificate", "password", "lock"
    std::uint32_t destination = 0;
};

struct DiscoveryProfile {
    std::array<std::uint8_t, 2> authVersion{1, 0};
    std::array<std::uint8_t, 3> sdaVersion{0, 0, 0};  // {major, minor, patch}
    std::vector<std::uint8_t> vendorIdBytes;
    std::vector<std::vector<std::uint8_t>> vendorIdAlternatives;
    std::vector<std::pair<std::string, std::uint32_t>> hdplStatus;  // {"HDPL1", 0xA}, ...
    std::vector<std::uint16_t> tokenFormats;
    std::vector<std::uint16_t> certFormats;
    std::vector<std::uint8_t> cryptosystems;          // certificate configuration
    std::vector<std::uint8_t> passwordCryptosystems;  // password configuration
    std::uint32_t integrityProvisioned = 0xEAEAEAEA;
    std::uint32_t integrityNotProvisioned = 0;
    std::uint16_t permissionsTlv = 0x0007;
    bool padded = true;
};

struct DebugAuthentication {
    std::vector<DaMethod> methods;
    std::uint32_t requestMagic = 0;  // written to DBG_AUTH_HOST while NRST is held
    std::vector<std::uint32_t> requestMagicAlternatives;
    bool replyIsEcho = true;  // the ROM acknowledges with the request word itself
    std::optional<std::uint32_t> replyWord;
    std::vector<std::uint32_t> replyWordAlternatives;
    unsigned hostAckBit = 0;
    unsigned devAckBit = 1;
    AckPolarity polarity = AckPolarity::DeviceCode;
    std::uint32_t graceWindowMs = 0;      // how long after NRST release the ROM still looks
    std::uint32_t idleHostTimeoutMs = 0;  // ROM gives up when the host is silent this long
    std::uint32_t replyBudgetMs = 0;      // host waits this long for the first reply word
    UnprovisionedBehaviour whenNotProvisioned = UnprovisionedBehaviour::AnswersDiscovery;
    DiscoveryProfile discovery;
    std::vector<DaPermission> permissions;
    std::vector<ObkDestination> obk;
    std::optional<std::uint32_t> passwordOtpAddress;  // H503: password hash in OTP

    const DaPermission* permission(std::string_view nameOrAlias) const;  // case-insensitive
    const DaPermission* permissionAtBit(unsigned bit) const;
    const DaMethod* method(std::string_view name) const;
    std::optional<std::uint32_t> obkDestination(std::string_view method) const;
};

}  // namespace rescue::device
