#pragma once
// One lab bench: the board a scenario describes (catalog part, option bytes, lifecycle, DA
// provisioning, NRST wiring) with the virtual ST-LINK the scenario names plugged into it
// (model, firmware, serial, target voltage, faults), running on a Clock: a VirtualClock in
// tests and benchmarks, the SteadyClock for `rescue lab serve` and the GUI.
//
// A persistent instance (openPersistent) is bound to the lab store: it starts from the
// board's saved state, holds the board's lock while open, and save() writes the state back.
// The host side reaches the board only through probe(): a BulkChannel speaking ST-LINK USB.
//
// Lifetime: the probe refers to the board and the clock; an instance detaches the board
// from its probe when it goes, so anyone still holding the probe (a TCP server) sees a probe
// with nothing on its cable rather than a dangling board. Stop servers before the instance.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/device/catalog.h"
#include "core/sim/lab/board_lock.h"
#include "core/sim/lab/lab_store.h"
#include "core/sim/scenario.h"
#include "core/sim/stlink/virtual_stlink.h"
#include "core/sim/stm32/lab_board.h"

namespace rescue::sim::cmsisdap {
class VirtualCmsisDap;
}

namespace rescue::sim::lab {

class LabInstance {
public:
    // A fresh board from `scenario` (or `savedBoard` restored onto it), not bound to a store.
    static Result<std::unique_ptr<LabInstance>> create(Scenario scenario, std::shared_ptr<Clock> clock,
                                                       const device::Catalog& catalog,
                                                       const nlohmann::json* savedBoard = nullptr);
    // The same with the shared catalog (resourceDir()/devices).
    static Result<std::unique_ptr<LabInstance>> create(Scenario scenario, std::shared_ptr<Clock> clock);

    // The board as the store last saw it (or from the scenario when nothing is saved or the
    // scenario changed: notes() says so). Holds the board's lock until destroyed; waits up to
    // `lockWait` for another process to release it.
    static Result<std::unique_ptr<LabInstance>> openPersistent(
        Scenario scenario, std::shared_ptr<Clock> clock, const LabStore& store = LabStore(),
        std::chrono::milliseconds lockWait = std::chrono::milliseconds(2000));

    ~LabInstance();
    LabInstance(const LabInstance&) = delete;
    LabInstance& operator=(const LabInstance&) = delete;

    const Scenario& scenario() const { return m_scenario; }
    Clock& clock() { return *m_clock; }
    const std::shared_ptr<Clock>& clockPtr() const { return m_clock; }
    stm32::LabBoard& board() { return *m_board; }
    // The virtual ST-LINK plugged into the board (shared: a TCP server may hold it too).
    const std::shared_ptr<stlink::VirtualStlink>& probe() const { return m_probe; }
    const std::string& probeSerial() const { return m_probe->identity().serial; }
    // The virtual CMSIS-DAP plugged in instead when the scenario's probe model is "CMSIS-DAP"
    // (probe() is then an ST-LINK with nothing on its cable); null otherwise.
    const std::shared_ptr<cmsisdap::VirtualCmsisDap>& cmsisDap() const { return m_cmsisDap; }
    // The fault plan of the probe plugged in (the CMSIS-DAP on a CMSIS-DAP board), and the
    // faults it fired since the plan was set.
    void setProbeFaultPlan(const stlink::FaultPlan& plan);
    std::vector<stlink::FiredFault> firedProbeFaults() const;

    // Persistence.
    bool persistent() const { return m_store.has_value(); }
    bool restoredFromStore() const { return m_restored; }
    // What the person should know about how this board was opened (scenario changed...).
    const std::vector<std::string>& notes() const { return m_notes; }
    // Writes the board's state to the store; an error for an instance without a store.
    Status save();
    // The board's state as LabBoard::saveState() gives it.
    nlohmann::json boardState() { return m_board->saveState(); }

private:
    LabInstance() = default;

    Scenario m_scenario;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<stm32::LabBoard> m_board;
    std::shared_ptr<stlink::VirtualStlink> m_probe;
    std::shared_ptr<cmsisdap::VirtualCmsisDap> m_cmsisDap;
    std::optional<LabStore> m_store;
    std::optional<BoardLock> m_lock;
    bool m_restored = false;
    std::vector<std::string> m_notes;
};

// The serial a lab probe reports when the scenario gives none: 24 hex digits (the form
// recent ST-LINKs report) derived from the scenario's name, so the same scenario always
// shows the same probe and two lab boards never share a serial.
std::string labProbeSerial(const std::string& scenarioName);

}  // namespace rescue::sim::lab
