#pragma once
// What a person does with their hands at a lab board: hold and release its RESET button.
// Only the lab's probes offer it (DebugProbe::labBench()), like romServices(): the simulated
// operator presses the button through this interface, so the host side never reads a
// scenario and a wizard run in the lab takes the same path as on a real board.

#include "core/common/clock.h"

namespace rescue::probe {

class LabBench {
public:
    virtual ~LabBench() = default;
    virtual void pressResetButton() = 0;
    virtual void releaseResetButton() = 0;
    virtual bool resetButtonPressed() = 0;
    // The same action at a later instant of the board's clock. It happens when the board
    // catches up with its clock (the host's next access), so a person letting go while the
    // host polls acts at exactly that instant in virtual time, whichever thread asked.
    virtual void scheduleResetButton(Clock::TimePoint when, bool pressed) = 0;
};

}  // namespace rescue::probe
