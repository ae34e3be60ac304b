#pragma once
// A lab board's RESET button as probe::LabBench, and a probe that offers it: the ordinary
// ST-LINK driver into a board's virtual probe (what suites and benchmarks build without the
// lab store) plus the bench, so the simulated operator can reach the button the way it
// does through a `lab:` probe.

#include <memory>

#include "core/probe/debug_probe.h"
#include "core/sim/stm32/lab_board.h"

namespace rescue::sim::lab {

class BoardBench final : public probe::LabBench {
public:
    explicit BoardBench(stm32::LabBoard& board) : m_board(board) {}
    void pressResetButton() override { m_board.pressResetButton(); }
    void releaseResetButton() override { m_board.releaseResetButton(); }
    bool resetButtonPressed() override { return m_board.resetButtonPressed(); }
    void scheduleResetButton(Clock::TimePoint when, bool pressed) override {
        m_board.scheduleResetButton(when, pressed);
    }

private:
    stm32::LabBoard& m_board;
};

// `driver` with labBench() on `board`; everything else is forwarded. The board must outlive it.
// `rom`, when given, is what romServices() answers (the board's boot ROM services, as a
// `lab:` probe offers them); it must outlive the probe too.
std::unique_ptr<probe::DebugProbe> withLabBench(std::unique_ptr<probe::DebugProbe> driver,
                                                stm32::LabBoard& board, probe::RomServices* rom = nullptr);

}  // namespace rescue::sim::lab
