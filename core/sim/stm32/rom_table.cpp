#include "core/sim/stm32/rom_table.h"

namespace rescue::sim::stm32 {

RomTable::RomTable(std::uint32_t base, std::vector<std::uint32_t> components, std::uint16_t partNumber,
                   std::uint8_t jep106)
    : m_base(base), m_components(std::move(components)), m_partNumber(partNumber), m_jep106(jep106) {}

std::uint32_t RomTable::word(std::uint32_t offset) const {
    if (offset < 4 * m_components.size()) {
        // Entry: signed offset of the component from the table, present | 32-bit format.
        const std::uint32_t delta = m_components[offset / 4] - m_base;
        return (delta & 0xFFFFF000u) | 0x3u;
    }
    switch (offset) {
        case 0xFD0:
            return 0x00;  // PIDR4: JEP106 continuation 0, 4 KB
        case 0xFE0:
            return m_partNumber & 0xFFu;
        case 0xFE4:
            return ((m_jep106 & 0xFu) << 4) | ((m_partNumber >> 8) & 0xFu);
        case 0xFE8:
            return 0x08u | ((m_jep106 >> 4) & 0x7u);  // JEDEC-assigned id, revision 0
        case 0xFEC:
            return 0x00;
        case 0xFF0:
            return 0x0D;
        case 0xFF4:
            return 0x10;  // component class 1: ROM table
        case 0xFF8:
            return 0x05;
        case 0xFFC:
            return 0xB1;
        default:
            return 0;
    }
}

arm::BusRead RomTable::read(std::uint32_t offset, arm::AccessSize size) {
    if (!arm::isAligned(offset, size) || offset >= kSize)
        return {arm::BusStatus::Fault, 0};
    return {arm::BusStatus::Ok, (word(offset & ~3u) >> (8 * (offset & 3u))) & arm::maskOf(size)};
}

arm::BusStatus RomTable::write(std::uint32_t, std::uint32_t, arm::AccessSize) {
    return arm::BusStatus::Ok;  // read-only, writes ignored
}

}  // namespace rescue::sim::stm32
