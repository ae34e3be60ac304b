#pragma once
// A CoreSight class-1 ROM table, as AP0 of an STM32H5 / H7RS presents one (cmsis-dap.md
// section 6: Keil's CheckID reads BASE, then PIDR1/PIDR2 of the table, and expects the
// JEP106 code of ST). One entry per component (the DBGMCU), then the terminating zero entry.

#include <cstdint>
#include <vector>

#include "core/sim/arm/bus.h"

namespace rescue::sim::stm32 {

// STMicroelectronics' JEP106 identity code (bank 0), as the DFP CheckID sequences test it.
inline constexpr std::uint8_t kStJep106 = 0x20;

class RomTable : public arm::Bus {
public:
    static constexpr std::uint32_t kSize = 0x1000;

    // `components` are absolute addresses of 4 KB component blocks; `partNumber` goes into
    // PIDR0/1 (ST uses the DEV_ID).
    RomTable(std::uint32_t base, std::vector<std::uint32_t> components, std::uint16_t partNumber,
             std::uint8_t jep106 = kStJep106);

    arm::BusRead read(std::uint32_t offset, arm::AccessSize size) override;
    arm::BusStatus write(std::uint32_t offset, std::uint32_t value, arm::AccessSize size) override;

private:
    std::uint32_t word(std::uint32_t offset) const;

    std::uint32_t m_base;
    std::vector<std::uint32_t> m_components;
    std::uint16_t m_partNumber;
    std::uint8_t m_jep106;
};

}  // namespace rescue::sim::stm32
