#pragma once
// Human decoding of a discovery reply, in the words and order STM32CubeProgrammer uses
// (field log, adac-protocol.md section 5.3), so a person can compare our output with ST's:
//   PSA lifecycle...................:ST_LIFECYCLE_CLOSED
//   permission if authorized........:Full Regression

#include <optional>
#include <string>
#include <vector>

#include "core/auth/discovery.h"
#include "core/auth/st_permissions.h"

namespace rescue::auth {

struct DiscoveryLine {
    std::string label;  // "PSA lifecycle"
    std::string value;  // "ST_LIFECYCLE_CLOSED"
    bool operator==(const DiscoveryLine&) const = default;
};

// `family` picks the permission names; by default it follows SOC_CLASS (the DEV_ID).
std::vector<DiscoveryLine> describeDiscovery(const DiscoveryInfo& info,
                                             std::optional<DaFamily> family = std::nullopt);
// "PSA lifecycle...................:ST_LIFECYCLE_CLOSED" (label dotted to 32 columns).
std::string formatDiscoveryLine(const DiscoveryLine& line);

// "ST_LIFECYCLE_CLOSED" from PSA_LIFECYCLE's bytes; PSA names when no ST state is recognised.
std::string lifecycleName(const std::array<std::uint8_t, 2>& bytes);
// "0x00000000_38323634_30335112_00450059": the words from last to first, as ST prints them.
std::string socIdText(const std::array<std::uint8_t, 16>& socId);
std::string cryptosystemName(std::uint8_t keyOption);  // "Ecdsa-P256 SHA256"

}  // namespace rescue::auth
