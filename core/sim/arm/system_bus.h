#pragma once
// The address decoder of a simulated chip: maps address ranges to bus slaves (memories,
// register banks, a Cortex-M's private peripheral bus) and forwards each access to the
// slave with the offset inside its region. An address no region claims answers FAULT,
// like the default slave of an AHB matrix.

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/sim/arm/bus.h"

namespace rescue::sim::arm {

class SystemBus : public Bus {
public:
    struct Region {
        std::uint32_t base = 0;
        std::uint64_t size = 0;  // 64-bit so a region may end at 0xFFFFFFFF
        Bus* slave = nullptr;    // not owned
        std::string name;
    };

    // Fails on an empty region or one that overlaps a region already mapped.
    Status map(std::uint32_t base, std::uint64_t size, Bus& slave, std::string name);
    // The region that decodes `address`, or nullptr.
    const Region* regionAt(std::uint32_t address) const;
    const std::vector<Region>& regions() const { return m_regions; }

    BusRead read(std::uint32_t address, AccessSize size) override;
    BusStatus write(std::uint32_t address, std::uint32_t value, AccessSize size) override;

private:
    std::vector<Region> m_regions;
};

}  // namespace rescue::sim::arm
