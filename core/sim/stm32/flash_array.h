#pragma once
// The cells of an STM32's internal user flash: banks of equal-size sectors, erased to 0xFF.
// Only storage and geometry live here; the rules (keys, write protection, program units,
// busy time) are the flash controller's. Reads go through the controller's memory ports.

#include <cstdint>

#include "core/common/bytes.h"
#include "core/sim/arm/bus.h"

namespace rescue::sim::stm32 {

class FlashArray {
public:
    FlashArray(unsigned banks, unsigned sectorsPerBank, std::uint32_t sectorBytes);

    unsigned banks() const { return m_banks; }
    unsigned sectorsPerBank() const { return m_sectorsPerBank; }
    std::uint32_t sectorBytes() const { return m_sectorBytes; }
    std::uint32_t bankBytes() const { return m_sectorsPerBank * m_sectorBytes; }
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_cells.size()); }

    struct Location {
        unsigned bank = 1;    // 1-based, as the reference manuals count
        unsigned sector = 0;  // bank-local
    };
    Location locate(std::uint32_t offset) const;
    std::uint32_t sectorOffset(unsigned bank, unsigned sector) const;

    void eraseSector(unsigned bank, unsigned sector);
    void eraseBank(unsigned bank);
    void eraseAll();
    bool isErased(std::uint32_t offset, std::uint32_t length) const;

    // No rules: the controller decides what may be written. False when out of range.
    bool store(std::uint32_t offset, ByteView data);
    ByteView bytes() const { return m_cells; }
    arm::BusRead read(std::uint32_t offset, arm::AccessSize size) const;

private:
    unsigned m_banks;
    unsigned m_sectorsPerBank;
    std::uint32_t m_sectorBytes;
    Bytes m_cells;
};

}  // namespace rescue::sim::stm32
