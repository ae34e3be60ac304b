#pragma once
// ST's boot ROM services (-psrss, -obrss, -sdp) of a lab board, for the host's code through
// probe::RomServices: they act on the chip model directly (their wire protocol is not
// public), and the chip applies the same rules as its registers and its ROM do. The lab
// probe offers them; a suite can pair them with any driver on the same board.

#include "core/probe/rom_services.h"
#include "core/sim/stm32/lab_board.h"

namespace rescue::sim::lab {

class LabRomServices final : public probe::RomServices {
public:
    explicit LabRomServices(stm32::LabBoard& board) : m_board(board) {}

    Status setProductState(std::uint8_t code) override;
    Status writeOptionWord(std::uint32_t address, std::uint32_t mask, std::uint32_t value) override;
    Status provisionObk(const auth::ObkFile& obk) override;

private:
    stm32::LabBoard& m_board;
};

}  // namespace rescue::sim::lab
