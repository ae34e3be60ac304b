#include "core/sim/stm32/flash_array.h"

#include <algorithm>

namespace rescue::sim::stm32 {

FlashArray::FlashArray(unsigned banks, unsigned sectorsPerBank, std::uint32_t sectorBytes)
    : m_banks(banks),
      m_sectorsPerBank(sectorsPerBank),
      m_sectorBytes(sectorBytes),
      m_cells(std::size_t{banks} * sectorsPerBank * sectorBytes, 0xFF) {}

FlashArray::Location FlashArray::locate(std::uint32_t offset) const {
    return {offset / bankBytes() + 1, (offset % bankBytes()) / m_sectorBytes};
}

std::uint32_t FlashArray::sectorOffset(unsigned bank, unsigned sector) const {
    return (bank - 1) * bankBytes() + sector * m_sectorBytes;
}

void FlashArray::eraseSector(unsigned bank, unsigned sector) {
    if (bank < 1 || bank > m_banks || sector >= m_sectorsPerBank)
        return;
    auto first = m_cells.begin() + sectorOffset(bank, sector);
    std::fill(first, first + m_sectorBytes, std::uint8_t{0xFF});
}

void FlashArray::eraseBank(unsigned bank) {
    for (unsigned s = 0; s < m_sectorsPerBank; ++s)
        eraseSector(bank, s);
}

void FlashArray::eraseAll() {
    std::fill(m_cells.begin(), m_cells.end(), std::uint8_t{0xFF});
}

bool FlashArray::isErased(std::uint32_t offset, std::uint32_t length) const {
    if (std::uint64_t{offset} + length > m_cells.size())
        return false;
    return std::all_of(m_cells.begin() + offset, m_cells.begin() + offset + length,
                       [](std::uint8_t b) { return b == 0xFF; });
}

bool FlashArray::store(std::uint32_t offset, ByteView data) {
    if (std::uint64_t{offset} + data.size() > m_cells.size())
        return false;
    std::copy(data.begin(), data.end(), m_cells.begin() + offset);
    return true;
}

arm::BusRead FlashArray::read(std::uint32_t offset, arm::AccessSize size) const {
    const unsigned n = arm::bytesOf(size);
    if (!arm::isAligned(offset, size) || std::uint64_t{offset} + n > m_cells.size())
        return {arm::BusStatus::Fault, 0};
    std::uint32_t v = 0;
    for (unsigned i = 0; i < n; ++i)
        v |= std::uint32_t{m_cells[offset + i]} << (8 * i);
    return {arm::BusStatus::Ok, v};
}

}  // namespace rescue::sim::stm32
