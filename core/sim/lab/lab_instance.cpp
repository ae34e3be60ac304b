#include "core/sim/lab/lab_instance.h"

#include <fmt/format.h>

#include "core/auth/sha256.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "core/sim/lab/da_boot_rom.h"
#include "core/sim/lab/probe_faults.h"
#include "core/sim/stlink/stlink_identity.h"
#include "core/sim/stm32/lab_board_factory.h"

namespace rescue::sim::lab {

namespace {

std::string originOf(const Scenario& scenario) {
    return scenario.sourceFile.empty() ? fmt::format("scenario \"{}\"", scenario.name)
                                       : scenario.sourceFile.string();
}

Error probeError(const Scenario& scenario, const std::string& field, const Error& cause) {
    const std::string origin = originOf(scenario);
    Error e = makeError("scenario.invalid", fmt::format("{}: field \"{}\": {}", origin, field, cause.message),
                        cause.hint);
    e.with("file", origin).with("field", field);
    return e;
}

}  // namespace

std::string labProbeSerial(const std::string& scenarioName) {
    const std::string seed = "rescue-lab-probe:" + scenarioName;
    const auto digest =
        auth::sha256(ByteView(reinterpret_cast<const std::uint8_t*>(seed.data()), seed.size()));
    std::string serial = toHex(ByteView(digest).first(12));
    for (char& c : serial)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return serial;
}

Result<std::unique_ptr<LabInstance>> LabInstance::create(Scenario scenario, std::shared_ptr<Clock> clock,
                                                         const device::Catalog& catalog,
                                                         const nlohmann::json* savedBoard) {
    if (!clock)
        clock = std::make_shared<VirtualClock>();
    // The probe first: its errors are the cheapest to find and name scenario fields.
    const std::string serial =
        scenario.probe.serial.empty() ? labProbeSerial(scenario.name) : scenario.probe.serial;
    // A CMSIS-DAP board keeps an ST-LINK object with nothing on its cable (the ST-LINK
    // server and snapshots name the board by it); the CMSIS-DAP is the one plugged in.
    const bool cmsisDap = scenario.probe.isCmsisDap();
    auto identity = cmsisDap
                        ? stlink::makeStlinkIdentity("STLINK-V3SET", {}, serial)
                        : stlink::makeStlinkIdentity(scenario.probe.model, scenario.probe.firmware, serial);
    if (!identity) {
        const std::string& code = identity.error().code;
        const std::string field = code == "sim.stlink.bad-firmware" ? "probe.firmware"
                                  : code == "sim.stlink.bad-serial" ? "probe.serial"
                                                                    : "probe.model";
        return probeError(scenario, field, identity.error());
    }
    auto faults = parseProbeFaults(scenario.faults, originOf(scenario));
    if (!faults)
        return std::move(faults).error();

    auto board = savedBoard ? stm32::makeLabBoard(scenario, catalog, *clock, *savedBoard)
                            : stm32::makeLabBoard(scenario, catalog, *clock);
    if (!board)
        return std::move(board).error();

    // ST's boot ROM DA service, unless the chip model brings its own.
    stm32::LabBoard& labBoard = **board;
    if (!labBoard.chip().bootRomService()) {
        auto options =
            parseAdacOptions(labBoard.chip().parameters().adac, labBoard.chip(), originOf(scenario));
        if (!options)
            return std::move(options).error();
        labBoard.setBootRomService(std::make_shared<DaBootRom>(std::move(options).value()));
    }

    std::unique_ptr<LabInstance> lab(new LabInstance());
    lab->m_scenario = std::move(scenario);
    lab->m_clock = std::move(clock);
    lab->m_board = std::move(board).value();
    if (cmsisDap) {
        cmsisdap::CmsisDapIdentity dap;
        dap.serial = serial;
        dap.packetSize = static_cast<std::uint16_t>(lab->m_scenario.probe.packetSize);
        if (!lab->m_scenario.probe.firmware.empty())
            dap.firmware = lab->m_scenario.probe.firmware;
        lab->m_cmsisDap = std::make_shared<cmsisdap::VirtualCmsisDap>(dap, *lab->m_clock, lab->m_board.get());
        lab->m_probe = std::make_shared<stlink::VirtualStlink>(*identity, *lab->m_clock, nullptr);
    } else {
        lab->m_probe = std::make_shared<stlink::VirtualStlink>(*identity, *lab->m_clock, lab->m_board.get());
    }
    lab->setProbeFaultPlan(*faults);
    // Faults that act on the board: a reset pulse as the RESET button gives it (the probe's
    // NRST may not be wired), and power lost and back at the same instant.
    stm32::LabBoard* boardPtr = lab->m_board.get();
    const stlink::BoardFaultHooks hooks{[boardPtr] {
                                            if (boardPtr->resetButtonPressed())
                                                return;  // held by the person: the chip is in reset already
                                            boardPtr->pressResetButton();
                                            boardPtr->releaseResetButton();
                                        },
                                        [boardPtr] { boardPtr->powerCycle(); }};
    lab->m_probe->setBoardHooks(hooks);
    if (lab->m_cmsisDap)
        lab->m_cmsisDap->setBoardHooks(hooks);
    return lab;
}

Result<std::unique_ptr<LabInstance>> LabInstance::create(Scenario scenario, std::shared_ptr<Clock> clock) {
    auto catalog = device::sharedCatalog();
    if (!catalog)
        return std::move(catalog).error();
    return create(std::move(scenario), std::move(clock), **catalog);
}

Result<std::unique_ptr<LabInstance>> LabInstance::openPersistent(Scenario scenario,
                                                                 std::shared_ptr<Clock> clock,
                                                                 const LabStore& store,
                                                                 std::chrono::milliseconds lockWait) {
    auto catalog = device::sharedCatalog();
    if (!catalog)
        return std::move(catalog).error();
    auto lockFile = store.lockFile(scenario);
    if (!lockFile)
        return std::move(lockFile).error();
    const std::string boardName = isShippedScenario(scenario) ? scenario.name : scenario.sourceFile.string();
    auto lock = BoardLock::acquire(*lockFile, boardName, lockWait);
    if (!lock)
        return std::move(lock).error();
    auto stored = store.load(scenario);
    if (!stored)
        return std::move(stored).error();

    const nlohmann::json* saved = stored->board ? &*stored->board : nullptr;
    auto lab = create(scenario, std::move(clock), **catalog, saved);
    if (!lab && saved && lab.error().code.starts_with("lab.state")) {
        // The document parsed but the board refused it (another part, a malformed field):
        // the same way out as for a file that does not parse.
        auto file = store.stateFile(scenario);
        return corruptStateError(*file, boardName, lab.error().message);
    }
    if (!lab)
        return lab;
    (*lab)->m_store = store;
    (*lab)->m_lock.emplace(std::move(lock).value());
    (*lab)->m_restored = saved != nullptr;
    (*lab)->m_notes = std::move(stored->notes);
    return lab;
}

void LabInstance::setProbeFaultPlan(const stlink::FaultPlan& plan) {
    if (m_cmsisDap)
        m_cmsisDap->setFaultPlan(plan);
    else
        m_probe->setFaultPlan(plan);
}

std::vector<stlink::FiredFault> LabInstance::firedProbeFaults() const {
    return m_cmsisDap ? m_cmsisDap->firedFaults() : m_probe->firedFaults();
}

LabInstance::~LabInstance() {
    if (m_cmsisDap) {
        m_cmsisDap->setBoardHooks({});
        m_cmsisDap->attachTarget(nullptr);
    }
    if (m_probe) {
        m_probe->setBoardHooks({});
        m_probe->attachTarget(nullptr);
    }
}

Status LabInstance::save() {
    if (!m_store)
        return makeError(
            "lab.not-persistent",
            fmt::format("The lab board \"{}\" was not opened from the lab store, so it cannot be saved.",
                        m_scenario.name),
            "Open it with LabInstance::openPersistent (lab:NAME).");
    return m_store->save(m_scenario, m_board->saveState());
}

}  // namespace rescue::sim::lab
