#include "core/device/family.h"

#include <algorithm>

#include "core/device/names.h"

namespace rescue::device {

std::optional<std::uint32_t> DbgmcuMap::address(std::string_view registerName, Side side) const {
    for (const auto& [name, offset] : offsets)
        if (equalsIgnoreCase(name, registerName))
            return (side == Side::Ap0 ? ap0Base : ap1Base) + offset;
    return std::nullopt;
}

const RegisterBits* PeripheralRegister::field(std::string_view wanted) const {
    for (const auto& f : fields)
        if (equalsIgnoreCase(f.name, wanted))
            return &f;
    return nullptr;
}

const PeripheralRegister* RegisterBlock::registerNamed(std::string_view wanted) const {
    for (const auto& r : registers)
        if (equalsIgnoreCase(r.name, wanted))
            return &r;
    return nullptr;
}

std::optional<std::uint32_t> RegisterBlock::address(std::string_view registerName) const {
    if (const auto* r = registerNamed(registerName))
        return base + r->offset;
    return std::nullopt;
}

const Revision* Family::revision(std::uint16_t revId) const {
    for (const auto& r : revisions)
        if (r.code == revId)
            return &r;
    return nullptr;
}

const MemoryRegion* Family::region(std::string_view wanted) const {
    for (const auto& m : memory)
        if (equalsIgnoreCase(m.name, wanted))
            return &m;
    return nullptr;
}

const RegisterBlock* Family::peripheral(std::string_view wanted) const {
    for (const auto& p : peripherals)
        if (equalsIgnoreCase(p.name, wanted))
            return &p;
    return nullptr;
}

const AccessPortRole* Family::accessPort(std::string_view role) const {
    for (const auto& ap : accessPorts)
        if (equalsIgnoreCase(ap.role, role))
            return &ap;
    return nullptr;
}

bool Family::hasDevId(std::uint16_t devId) const {
    return std::find(devIds.begin(), devIds.end(), devId) != devIds.end();
}

}  // namespace rescue::device
