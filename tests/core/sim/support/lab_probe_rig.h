#pragma once
// A lab board from a scenario and the ordinary ST-LINK driver (DebugProbe) plugged into its
// virtual ST-LINK (or the CMSIS-DAP driver into its virtual CMSIS-DAP for a CMSIS-DAP scenario), on one
// VirtualClock: what the CLI gets from `lab:NAME`, without the lab store, so a suite can change the scenario
// and reach into the board.

#include <memory>

#include "core/arm/adiv5.h"
#include "core/common/clock.h"
#include "core/optionbytes/option_programmer.h"
#include "core/optionbytes/option_reader.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_probe_source.h"
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
        probe::ProbeInfo info;
        info.uri = "lab:" + rig->lab->scenario().name;
        info.transport = "lab";
        info.model = rig->lab->scenario().probe.model;
        info.serial = rig->lab->probeSerial();
        auto driver = sim::lab::openLabDriver(*rig->lab, std::move(info));
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
    // Attach and power the debug domain up, as after every reset that dropped the link.
    bool connect() {
        using namespace std::chrono_literals;
        return probe->attach().ok() && arm::powerUp(*probe, 100ms).ok();
    }
    // The option bytes in force, through the workbench's own reader.
    Result<optionbytes::OptionByteImage> readOptions() {
        return optionbytes::readOptionBytes(labProbe(), board().chip().part().family);
    }
    // One option register set to `value` and programmed by the workbench's own programmer
    // (H5 *_PRG + OPTSTRT, H7RS *SRP + PG_OPT), read back and compared. A raw value, so a
    // suite can ask what the validator would refuse and see what the chip does with it. A
    // PRODUCT_STATE change is announced, so the programmer follows the link drop.
    Result<optionbytes::ProgramOutcome> programRegister(const std::string& reg, std::uint32_t value) {
        auto current = readOptions();
        if (!current)
            return current.error();
        optionbytes::ChangeRequest request{*current, *current, std::nullopt};
        if (Status s = request.proposed.setRegister(reg, value); !s)
            return s.error();
        const std::string& stateField = current->family().lifecycle.stateField;
        const auto* sf = current->table().field(stateField);
        if (sf && sf->isRegisterField()) {
            auto before = current->field(stateField), after = request.proposed.field(stateField);
            if (before && after && *before != *after)
                request.productState = static_cast<std::uint8_t>(*after);
        }
        return optionbytes::programOptionBytes(labProbe(), request, &board().chip().part());
    }
    std::string state() {
        return board().withChip([](sim::stm32::Stm32Chip& c) { return c.lifecycleState().id; });
    }

private:
    std::unique_ptr<sim::lab::LabRomServices> m_rom;
    std::unique_ptr<RomProbe> m_labProbe;
};

}  // namespace rescue::testsupport
