#include "core/sim/lab/lab_rom_services.h"

namespace rescue::sim::lab {

Status LabRomServices::setProductState(std::uint8_t code) {
    return m_board.withChip([&](stm32::Stm32Chip& c) { return c.setProductState(code); });
}

Status LabRomServices::writeOptionWord(std::uint32_t address, std::uint32_t mask, std::uint32_t value) {
    return m_board.withChip([&](stm32::Stm32Chip& c) { return c.writeOptionWord(address, mask, value); });
}

Status LabRomServices::provisionObk(const auth::ObkFile& obk) {
    return m_board.withChip([&](stm32::Stm32Chip& c) { return c.provisionObk(obk); });
}

}  // namespace rescue::sim::lab
