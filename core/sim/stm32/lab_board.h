#pragma once
// The lab board: one simulated STM32 on a PCB with a reset button, a power switch and a
// debug connector whose T_NRST pin may or may not reach the chip's NRST (the first field
// report's STLINK-V3SET was not wired). It is the sim::SwdTarget a virtual probe drives.
//
// Wiring: the chip's NRST is low while the probe drives it (only if wired) or the button is
// held. Lab actions (button, power) are what a person or the simulated operator does.
//
// Time: the board has no thread. Before every wire access and lab action it runs what the
// chip had scheduled up to clock.now() (flash operations ending, a boot ROM timing out), so
// it works with a VirtualClock and a SteadyClock alike. An access that has to wait for the
// flash sleeps on the clock (virtual time just moves on).
//
// Thread-safe: one recursive lock serialises the probe's thread, lab actions from the GUI
// and the boot ROM service's callbacks.

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/sim/stm32/stm32_chip.h"
#include "core/sim/swd_target.h"

namespace rescue::sim::stm32 {

struct BoardWiring {
    bool nrstWired = true;       // probe T_NRST connected to the chip's NRST
    double targetVoltage = 3.3;  // what the probe's VREF pin sees while powered
};

// Something that happened on the board, for the lab's log and the GUI's bench view.
struct LabEvent {
    Clock::TimePoint when;
    std::string what;
};

class LabBoard final : public SwdTarget {
public:
    LabBoard(std::unique_ptr<Stm32Chip> chip, BoardWiring wiring, Clock& clock);
    ~LabBoard() override;

    // ---- sim::SwdTarget ----
    void lineReset() override;
    SwdRead read(bool ap, std::uint8_t address) override;
    SwdAck write(bool ap, std::uint8_t address, std::uint32_t value) override;
    void setProbeNrst(bool asserted) override;
    double targetVoltage() const override;

    // ---- lab actions ----
    void pressResetButton();
    void releaseResetButton();
    // The button at a later instant: applied when the board catches up with its clock (the
    // next wire access or lab action at or after `when`), in time order with the chip's own
    // events. How the simulated operator lets go while the host is busy polling.
    void scheduleResetButton(Clock::TimePoint when, bool pressed);
    void powerOff();
    void powerOn();
    void powerCycle();  // off, then on at the same instant

    // ---- inspection ----
    bool resetButtonPressed() const;
    bool probeNrstAsserted() const;
    const BoardWiring& wiring() const { return m_wiring; }
    Clock& clock() { return m_clock; }

    // Runs `f` on the chip under the board's lock, after catching up with the clock. The
    // way for other threads (GUI, lab CLI) to look at or act on the chip.
    template <class F>
    auto withChip(F&& f) {
        std::lock_guard lock(m_mutex);
        syncLocked();
        return f(*m_chip);
    }
    // Direct access for single-threaded code (tests, the factory). Call sync() first when
    // time has passed.
    Stm32Chip& chip() { return *m_chip; }
    void sync();

    void setBootRomService(std::shared_ptr<BootRomService> service);
    void setEventSink(std::function<void(const LabEvent&)> sink);

    // ---- persistence (board_state.cpp) ----
    // Everything that makes this board this board: memories (sparse), option bytes,
    // lifecycle marks, DA storage, debug re-open, RNG position, wiring inputs, core state.
    // An operation in progress is not saved (as if the board were unplugged at that instant).
    nlohmann::json saveState();
    // Onto a board built from the same scenario; fails (changing nothing) on a state saved
    // for another part or a malformed document.
    Status restoreState(const nlohmann::json& state);

private:
    void syncLocked();
    void applyNrst();
    void setButtonLocked(bool pressed);
    void log(std::string what);

    std::unique_ptr<Stm32Chip> m_chip;
    BoardWiring m_wiring;
    Clock& m_clock;
    mutable std::recursive_mutex m_mutex;
    bool m_probeNrst = false;
    bool m_button = false;
    std::multimap<Clock::TimePoint, bool> m_buttonActions;  // scheduled presses (true) and releases
    std::function<void(const LabEvent&)> m_sink;
};

}  // namespace rescue::sim::stm32
