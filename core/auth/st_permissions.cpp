#include "core/auth/st_permissions.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace rescue::auth {
namespace {

using A = PermissionAction;

// H5: sample mask 0x5077; letters a..h run over the set bits from the top.
constexpr std::array<StPermission, 8> kH5{{
    {14, "full-regression", "Full Regression", A::FullRegression, 0, false, "3rd-party"},
    {12, "partial-regression", "Partial Regression", A::PartialRegression, 0, false, "inferred"},
    {6, "debug-s-l3", "Level 3 Intrusive Secure Debug", A::DebugReopen, 3, true, "3rd-party"},
    {5, "debug-s-l2", "Level 2 Intrusive Secure Debug", A::DebugReopen, 2, true, "inferred"},
    {4, "debug-s-l1", "Level 1 Intrusive Secure Debug", A::DebugReopen, 1, true, "inferred"},
    {2, "debug-ns-l3", "Level 3 Intrusive Non Secure Debug", A::DebugReopen, 3, false, "inferred"},
    {1, "debug-ns-l2", "Level 2 Intrusive Non Secure Debug", A::DebugReopen, 2, false, "3rd-party"},
    {0, "debug-ns-l1", "Level 1 Intrusive Non Secure Debug", A::DebugReopen, 1, false, "inferred"},
}};

// H7RS: exactly what CubeProgrammer printed for an H7S7 (field log), in its order.
constexpr std::array<StPermission, 5> kH7rs{{
    {14, "full-regression", "Full Regression", A::FullRegression, 0, false, "log"},
    {2, "debug-ns-l3", "Level 3 Intrusive Debug", A::DebugReopen, 3, false, "log"},
    {1, "debug-ns-l2", "Level 2 Intrusive Debug", A::DebugReopen, 2, false, "log"},
    {0, "debug-ns-l1", "Level 1 Intrusive Debug", A::DebugReopen, 1, false, "log"},
    {127, "forced-download", "Forced Download", A::ForcedDownload, 0, false, "log"},
}};

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

}  // namespace

std::string_view daFamilyName(DaFamily family) {
    return family == DaFamily::Stm32H5 ? "STM32H5" : "STM32H7RS";
}

std::optional<DaFamily> parseDaFamily(std::string_view text) {
    text = trim(text);
    for (std::string_view h5 : {"h5", "stm32h5"})
        if (equalsIgnoreCase(text, h5))
            return DaFamily::Stm32H5;
    for (std::string_view h7 : {"h7rs", "stm32h7rs", "h7rx", "h7sx"})
        if (equalsIgnoreCase(text, h7))
            return DaFamily::Stm32H7rs;
    return std::nullopt;
}

std::optional<DaFamily> daFamilyForDevId(std::uint32_t devId) {
    switch (devId & 0xFFF) {
        case 0x474:
        case 0x478:
        case 0x484:
            return DaFamily::Stm32H5;
        case 0x485:
            return DaFamily::Stm32H7rs;
        default:
            return std::nullopt;
    }
}

std::span<const StPermission> stPermissions(DaFamily family) {
    if (family == DaFamily::Stm32H5)
        return kH5;
    return kH7rs;
}

const StPermission* findStPermission(DaFamily family, int bit) {
    for (const auto& p : stPermissions(family))
        if (p.bit == bit)
            return &p;
    return nullptr;
}

const StPermission* findStPermission(DaFamily family, std::string_view name) {
    name = trim(name);
    for (const auto& p : stPermissions(family))
        if (equalsIgnoreCase(name, p.id) || equalsIgnoreCase(name, p.displayName))
            return &p;
    // The H7RS has no secure world: all its debug is "non-secure", and people write "debug-l2".
    if (family == DaFamily::Stm32H7rs && name.size() == 8 && equalsIgnoreCase(name.substr(0, 7), "debug-l"))
        return findStPermission(family, "debug-ns-l" + std::string(name.substr(7)));
    return nullptr;
}

std::string permissionDisplayName(DaFamily family, int bit) {
    if (const auto* p = findStPermission(family, bit))
        return std::string(p->displayName);
    return fmt::format("permission bit {} (meaning not published)", bit);
}

Result<PermissionMask> parsePermissions(DaFamily family, std::string_view text) {
    const std::string_view t = trim(text);
    const bool looksHex = t.starts_with("0x") || t.starts_with("0X") ||
                          (!t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
                              return std::isxdigit(static_cast<unsigned char>(c)) || c == '_';
                          }));
    if (looksHex)
        return PermissionMask::parse(t);
    PermissionMask mask;
    std::string_view rest = t;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string_view item = trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        if (item.empty())
            continue;
        const StPermission* p = findStPermission(family, item);
        if (p == nullptr) {
            std::string known;
            for (const auto& k : stPermissions(family))
                known += (known.empty() ? "" : ", ") + std::string(k.id);
            return makeError("da.permission.unknown-name",
                             fmt::format("\"{}\" is not a {} permission.", item, daFamilyName(family)),
                             "Known names: " + known + "; or give the mask as a hex integer.");
        }
        mask.set(p->bit);
    }
    if (mask.empty())
        return makeError("da.permission.syntax", "No permission was given.",
                         "Name at least one permission, e.g. full-regression.");
    return mask;
}

PermissionGrant interpretPermissions(DaFamily family, const PermissionMask& effective) {
    PermissionGrant g;
    for (int bit : effective.bits()) {
        const StPermission* p = findStPermission(family, bit);
        if (p == nullptr) {
            g.unknownBits.push_back(bit);
            continue;
        }
        switch (p->action) {
            case A::FullRegression:
                g.fullRegression = true;
                break;
            case A::PartialRegression:
                g.partialRegression = true;
                break;
            case A::ForcedDownload:
                g.forcedDownload = true;
                break;
            case A::DebugReopen:
                if (p->secureDebug)
                    g.secureDebugLevel = std::max(g.secureDebugLevel, p->debugLevel);
                else
                    g.debugLevel = std::max(g.debugLevel, p->debugLevel);
                break;
        }
    }
    return g;
}

}  // namespace rescue::auth
