#pragma once
// ST's names for ADAC permission bits (adac-protocol.md section 10.2). They differ between
// the TrustZone STM32H5 and the non-TrustZone STM32H7Rx/7Sx, so every lookup names the
// family. Bits whose meaning ST has not published are reported as unknown, never guessed.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/auth/permission_mask.h"

namespace rescue::auth {

enum class DaFamily { Stm32H5, Stm32H7rs };

std::string_view daFamilyName(DaFamily family);  // "STM32H5", "STM32H7RS"
// "h5", "stm32h5", "h7rs", "stm32h7rs" (any case).
std::optional<DaFamily> parseDaFamily(std::string_view text);
// From the DBGMCU DEV_ID a discovery reports as SOC_CLASS: 0x474/0x478/0x484 H5, 0x485 H7RS.
std::optional<DaFamily> daFamilyForDevId(std::uint32_t devId);

enum class PermissionAction { FullRegression, PartialRegression, DebugReopen, ForcedDownload };

struct StPermission {
    int bit;
    std::string_view id;           // "full-regression", "debug-ns-l1", ...
    std::string_view displayName;  // what STM32CubeProgrammer prints: "Full Regression"
    PermissionAction action;
    int debugLevel;               // 1..3 for DebugReopen (the HDPL debug opens at), else 0
    bool secureDebug;             // H5 secure debug bits
    std::string_view confidence;  // the reference page's tag: "log", "source", "3rd-party", "inferred"
};

// In the order STM32CubeProgrammer lists them (its per= letters a, b, c, ... follow it).
std::span<const StPermission> stPermissions(DaFamily family);
const StPermission* findStPermission(DaFamily family, int bit);
// By id ("full-regression") or display name ("Full Regression"), case-insensitive. On the
// H7RS, which has no secure world, "debug-lN" is accepted for "debug-ns-lN" (the catalog's
// alias too).
const StPermission* findStPermission(DaFamily family, std::string_view name);
// "Full Regression", or "permission bit 12 (meaning not published)".
std::string permissionDisplayName(DaFamily family, int bit);
// A hex integer ("0x80000000000000000000000000004007") or a comma-separated list of ids
// ("full-regression,debug-ns-l3").
Result<PermissionMask> parsePermissions(DaFamily family, std::string_view text);

// What a chip does with an effective (granted) mask.
struct PermissionGrant {
    bool fullRegression = false;
    bool partialRegression = false;
    bool forcedDownload = false;
    int debugLevel = 0;        // highest non-secure (H7RS: any) debug level granted, 0 = none
    int secureDebugLevel = 0;  // H5 only
    std::vector<int> unknownBits;
    bool operator==(const PermissionGrant&) const = default;
};
PermissionGrant interpretPermissions(DaFamily family, const PermissionMask& effective);

}  // namespace rescue::auth
