#include "core/sim/stm32/secure_filter_bus.h"

namespace rescue::sim::stm32 {

bool SecureFilterBus::blocked(std::uint32_t address) const {
    if (m_allowed)
        return false;
    for (const auto& [base, size] : m_ranges)
        if (address >= base && std::uint64_t{address} < base + size)
            return true;
    return false;
}

arm::BusRead SecureFilterBus::read(std::uint32_t address, arm::AccessSize size) {
    if (blocked(address))
        return {arm::BusStatus::Fault, 0};
    return m_inner.read(address, size);
}

arm::BusStatus SecureFilterBus::write(std::uint32_t address, std::uint32_t value, arm::AccessSize size) {
    if (blocked(address))
        return arm::BusStatus::Fault;
    return m_inner.write(address, value, size);
}

}  // namespace rescue::sim::stm32
