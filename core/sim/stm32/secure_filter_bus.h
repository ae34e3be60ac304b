#pragma once
// AP1's view of the system bus on a TrustZone STM32: while secure debug is not allowed
// (TZ-Closed, iROT-Provisioned, or Open with secure debug off), accesses to the secure
// aliases (flash, system memory, OBK, FLASH registers at their secureBase) answer with an
// error, as the bus firewall does for a non-secure debugger. The MEM-AP does not forward
// CSW.HNONSEC, so the alias address is what decides.

#include <cstdint>
#include <utility>
#include <vector>

#include "core/sim/arm/bus.h"

namespace rescue::sim::stm32 {

class SecureFilterBus : public arm::Bus {
public:
    explicit SecureFilterBus(arm::Bus& inner) : m_inner(inner) {}
    void addSecureRange(std::uint32_t base, std::uint64_t size) { m_ranges.emplace_back(base, size); }
    void setSecureAllowed(bool allowed) { m_allowed = allowed; }
    bool secureAllowed() const { return m_allowed; }

    arm::BusRead read(std::uint32_t address, arm::AccessSize size) override;
    arm::BusStatus write(std::uint32_t address, std::uint32_t value, arm::AccessSize size) override;

private:
    bool blocked(std::uint32_t address) const;
    arm::Bus& m_inner;
    std::vector<std::pair<std::uint32_t, std::uint64_t>> m_ranges;
    bool m_allowed = true;
};

}  // namespace rescue::sim::stm32
