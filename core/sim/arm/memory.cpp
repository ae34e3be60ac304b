#include "core/sim/arm/memory.h"

#include <algorithm>

namespace rescue::sim::arm {

Memory::Memory(std::uint32_t size, Access access, std::uint8_t fillByte)
    : m_data(size, fillByte), m_access(access) {}

bool Memory::inRange(std::uint32_t address, unsigned length) const {
    return std::uint64_t{address} + length <= m_data.size();
}

BusRead Memory::read(std::uint32_t address, AccessSize size) {
    if (!isAligned(address, size) || !inRange(address, bytesOf(size)))
        return {BusStatus::Fault, 0};
    std::uint32_t v = 0;
    for (unsigned i = 0; i < bytesOf(size); ++i)
        v |= static_cast<std::uint32_t>(m_data[address + i]) << (8 * i);
    return {BusStatus::Ok, v};
}

BusStatus Memory::write(std::uint32_t address, std::uint32_t value, AccessSize size) {
    if (m_access == Access::ReadOnly || !isAligned(address, size) || !inRange(address, bytesOf(size)))
        return BusStatus::Fault;
    for (unsigned i = 0; i < bytesOf(size); ++i)
        m_data[address + i] = static_cast<std::uint8_t>(value >> (8 * i));
    return BusStatus::Ok;
}

bool Memory::load(std::uint32_t offset, ByteView data) {
    if (data.size() > m_data.size() || !inRange(offset, static_cast<unsigned>(data.size())))
        return false;
    std::copy(data.begin(), data.end(), m_data.begin() + offset);
    return true;
}

std::uint32_t Memory::word(std::uint32_t offset) const {
    if (!inRange(offset, 4))
        return 0;
    return readLe32(m_data, offset);
}

void Memory::fill(std::uint8_t value) {
    std::fill(m_data.begin(), m_data.end(), value);
}

}  // namespace rescue::sim::arm
