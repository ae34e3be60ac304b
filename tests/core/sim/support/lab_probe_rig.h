#pragma once
// A lab board from a scenario and the ordinary ST-LINK driver (DebugProbe) plugged into its
// virtual ST-LINK, on one VirtualClock: what the CLI gets from `lab:NAME`, without the lab
// store, so a suite can change the scenario and reach into the board.

#include <memory>

#include "core/common/clock.h"
#include "core/probe/stlink/stlink_link.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_rom_services.h"
#include "support/rom_probe.h"

namespace rescue::testsupport {

struct LabProbeRig {
    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    std::unique_ptr<sim::lab::LabInstance> lab;
    std::unique_ptr<probe::DebugProbe> probe;  // the driver alone: no boot ROM services

    static Result<std::unique_ptr<LabProbeRig>> create(sim::Scenario scenario) {
        auto clock = std::make_shared<VirtualClock>();
        auto lab = sim::lab::LabInstance::create(std::move(scenario), clock);
        if (!lab)
            return std::move(lab).error();
        return attach(std::move(*lab), clock);
    }

    // The driver plugged into a board a suite has already built on `clock`.
    static Result<std::unique_ptr<LabProbeRig>> attach(std::unique_ptr<sim::lab::LabInstance> lab,
                                                       std::shared_ptr<VirtualClock> clock) {
        auto rig = std::make_unique<LabProbeRig>();
        rig->clock = std::move(clock);
        rig->lab = std::move(lab);
        const auto& identity = rig->lab->probe()->identity();
        auto link = std::make_unique<probe::stlink::BulkStlinkLink>(
            rig->lab->probe(), identity.usb.outEndpoint, identity.usb.inEndpoint);
        probe::ProbeInfo info;
        info.uri = "lab:" + rig->lab->scenario().name;
        info.transport = "lab";
        info.model = rig->lab->scenario().probe.model;
        info.serial = rig->lab->probeSerial();
        auto driver = probe::stlink::StlinkProbe::open(std::move(link), info, rig->clock);
        if (!driver)
            return std::move(driver).error();
        rig->probe = std::move(*driver);
        return rig;
    }

    sim::stm32::LabBoard& board() { return lab->board(); }
    // The driver with the board's boot ROM services, as `lab:NAME` opens it.
    probe::DebugProbe& labProbe() {
        if (!m_rom) {
            m_rom = std::make_unique<sim::lab::LabRomServices>(board());
            m_labProbe = std::make_unique<RomProbe>(*probe, m_rom.get());
        }
        return *m_labProbe;
    }
    std::string state() {
        return board().withChip([](sim::stm32::Stm32Chip& c) { return c.lifecycleState().id; });
    }

private:
    std::unique_ptr<sim::lab::LabRomServices> m_rom;
    std::unique_ptr<RomProbe> m_labProbe;
};

}  // namespace rescue::testsupport
