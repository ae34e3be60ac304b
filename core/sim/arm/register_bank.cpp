#include "core/sim/arm/register_bank.h"

namespace rescue::sim::arm {

RegisterBank::Register& RegisterBank::define(std::uint32_t offset, std::uint32_t resetValue,
                                             std::uint32_t writableMask) {
    Register& r = m_registers[offset & ~3u];
    r = Register{};
    r.value = resetValue;
    r.writableMask = writableMask;
    return r;
}

std::uint32_t RegisterBank::value(std::uint32_t offset) const {
    auto it = m_registers.find(offset & ~3u);
    return it == m_registers.end() ? 0 : it->second.value;
}

void RegisterBank::setValue(std::uint32_t offset, std::uint32_t v) {
    auto it = m_registers.find(offset & ~3u);
    if (it != m_registers.end())
        it->second.value = v;
}

BusRead RegisterBank::read(std::uint32_t address, AccessSize size) {
    if (!isAligned(address, size))
        return {BusStatus::Fault, 0};
    auto it = m_registers.find(address & ~3u);
    if (it == m_registers.end())
        return m_unmapped == Unmapped::ReadAsZero ? BusRead{BusStatus::Ok, 0} : BusRead{BusStatus::Fault, 0};
    Register& r = it->second;
    const std::uint32_t word = r.onRead ? r.onRead(r.value) : r.value;
    const unsigned shift = 8 * (address & 3u);
    return {BusStatus::Ok, (word >> shift) & maskOf(size)};
}

BusStatus RegisterBank::write(std::uint32_t address, std::uint32_t v, AccessSize size) {
    if (!isAligned(address, size))
        return BusStatus::Fault;
    auto it = m_registers.find(address & ~3u);
    if (it == m_registers.end())
        return m_unmapped == Unmapped::ReadAsZero ? BusStatus::Ok : BusStatus::Fault;
    Register& r = it->second;
    const unsigned shift = 8 * (address & 3u);
    const std::uint32_t lanes = maskOf(size) << shift;
    const std::uint32_t changeable = lanes & r.writableMask;
    const std::uint32_t next = (r.value & ~changeable) | ((v << shift) & changeable);
    const std::uint32_t previous = r.value;
    r.value = next;
    if (r.onWrite) {
        const BusStatus s = r.onWrite(next);
        if (s != BusStatus::Ok)
            r.value = previous;
        return s;
    }
    return BusStatus::Ok;
}

}  // namespace rescue::sim::arm
