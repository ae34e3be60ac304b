#include "core/device/debug_authentication.h"

#include <algorithm>

#include "core/device/names.h"

namespace rescue::device {

const DaPermission* DebugAuthentication::permission(std::string_view nameOrAlias) const {
    for (const auto& p : permissions) {
        if (equalsIgnoreCase(p.name, nameOrAlias))
            return &p;
        if (std::any_of(p.aliases.begin(), p.aliases.end(),
                        [&](const auto& a) { return equalsIgnoreCase(a, nameOrAlias); }))
            return &p;
    }
    return nullptr;
}

const DaPermission* DebugAuthentication::permissionAtBit(unsigned bit) const {
    for (const auto& p : permissions)
        if (p.bit == bit)
            return &p;
    return nullptr;
}

const DaMethod* DebugAuthentication::method(std::string_view name) const {
    for (const auto& m : methods)
        if (equalsIgnoreCase(m.name, name))
            return &m;
    return nullptr;
}

std::optional<std::uint32_t> DebugAuthentication::obkDestination(std::string_view methodName) const {
    for (const auto& o : obk)
        if (equalsIgnoreCase(o.method, methodName))
            return o.destination;
    return std::nullopt;
}

}  // namespace rescue::device
