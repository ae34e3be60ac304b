#include "core/sim/arm/system_bus.h"

#include <fmt/format.h>

#include "core/common/bytes.h"

namespace rescue::sim::arm {

Status SystemBus::map(std::uint32_t base, std::uint64_t size, Bus& slave, std::string name) {
    const std::uint64_t end = std::uint64_t{base} + size;
    if (size == 0 || end > 0x1'0000'0000ull)
        return makeError(
            "sim.bus.bad-region",
            fmt::format("The region '{}' at {} of {} bytes does not fit the 32-bit address space.", name,
                        hex32(base), size));
    for (const auto& r : m_regions) {
        if (base < r.base + r.size && r.base < end)
            return makeError("sim.bus.overlap",
                             fmt::format("The region '{}' at {} overlaps '{}' at {}.", name, hex32(base),
                                         r.name, hex32(r.base)),
                             "Give every region of a board its own address range.");
    }
    m_regions.push_back({base, size, &slave, std::move(name)});
    return {};
}

const SystemBus::Region* SystemBus::regionAt(std::uint32_t address) const {
    for (const auto& r : m_regions)
        if (address >= r.base && std::uint64_t{address} < r.base + r.size)
            return &r;
    return nullptr;
}

BusRead SystemBus::read(std::uint32_t address, AccessSize size) {
    const Region* r = regionAt(address);
    if (!r || std::uint64_t{address} + bytesOf(size) > r->base + r->size)
        return {BusStatus::Fault, 0};
    return r->slave->read(address - r->base, size);
}

BusStatus SystemBus::write(std::uint32_t address, std::uint32_t value, AccessSize size) {
    const Region* r = regionAt(address);
    if (!r || std::uint64_t{address} + bytesOf(size) > r->base + r->size)
        return BusStatus::Fault;
    return r->slave->write(address - r->base, value, size);
}

}  // namespace rescue::sim::arm
