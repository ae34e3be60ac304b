#include "core/sim/lab/lab_probe_source.h"

#include <fmt/format.h>

#include "core/probe/cmsisdap/cmsisdap_probe.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "core/sim/lab/lab_bench_probe.h"
#include "core/sim/lab/lab_rom_services.h"
#include "core/sim/lab/lab_uri.h"
#include "core/sim/stlink/stlink_identity.h"

namespace rescue::sim::lab {
namespace {

// The ST-LINK driver plus the lab board it is plugged into: keeps the board open while the
// probe is, and writes the board back to the store when the probe goes.
class LabProbe final : public probe::DebugProbe {
public:
    LabProbe(std::unique_ptr<probe::DebugProbe> driver, std::shared_ptr<LabInstance> board,
             std::shared_ptr<LabRegistry> registry, std::string uri)
        : m_driver(std::move(driver)),
          m_board(std::move(board)),
          m_registry(std::move(registry)),
          m_uri(std::move(uri)),
          m_rom(m_board->board()),
          m_bench(m_board->board()) {}
    ~LabProbe() override {
        // A failed save leaves the previous state in the store (atomic writes); nothing to
        // tell a destructor's caller, and the next open says the board started afresh if so.
        m_driver.reset();
        m_board.reset();
        (void)m_registry->close(m_uri);
    }

    const probe::ProbeInfo& info() const override { return m_driver->info(); }
    probe::ProbeCapabilities capabilities() const override { return m_driver->capabilities(); }
    Clock& clock() override { return m_driver->clock(); }
    Result<std::uint32_t> attach() override { return m_driver->attach(); }
    Status detach() override {
        Status done = m_driver->detach();
        if (Status saved = m_board->save(); !saved && done)
            return saved;
        return done;
    }
    Result<double> targetVoltage() override { return m_driver->targetVoltage(); }
    Result<std::uint32_t> setSwdFrequency(std::uint32_t kHz) override {
        return m_driver->setSwdFrequency(kHz);
    }
    Status driveNrst(probe::NrstDrive drive) override { return m_driver->driveNrst(drive); }
    Result<std::uint32_t> readDp(std::uint16_t address) override { return m_driver->readDp(address); }
    Status writeDp(std::uint16_t address, std::uint32_t value) override {
        return m_driver->writeDp(address, value);
    }
    Result<std::uint32_t> readAp(std::uint8_t ap, std::uint16_t address) override {
        return m_driver->readAp(ap, address);
    }
    Status writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) override {
        return m_driver->writeAp(ap, address, value);
    }
    Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                             probe::AccessWidth width) override {
        return m_driver->readMemory(ap, address, length, width);
    }
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data,
                       probe::AccessWidth width) override {
        return m_driver->writeMemory(ap, address, data, width);
    }
    Result<std::vector<std::uint32_t>> runMemorySteps(std::span<const probe::MemoryStep> steps,
                                                      Clock::Duration pollTimeout) override {
        return m_driver->runMemorySteps(steps, pollTimeout);
    }
    probe::ProbeCounters counters() const override { return m_driver->counters(); }
    probe::RomServices* romServices() override { return &m_rom; }
    probe::LabBench* labBench() override { return &m_bench; }

private:
    std::unique_ptr<probe::DebugProbe> m_driver;
    std::shared_ptr<LabInstance> m_board;
    std::shared_ptr<LabRegistry> m_registry;
    std::string m_uri;
    LabRomServices m_rom;  // the board's boot ROM services (-psrss, -obrss, -sdp)
    BoardBench m_bench;    // the board's RESET button, for the simulated operator
};

}  // namespace

probe::ProbeInfo labProbeInfo(const Scenario& scenario) {
    probe::ProbeInfo info;
    info.uri = labUriFor(scenario);
    info.transport = "lab";
    info.model = scenario.probe.model;
    info.serial = scenario.probe.serial.empty() ? labProbeSerial(scenario.name) : scenario.probe.serial;
    if (scenario.probe.isCmsisDap()) {
        info.model = fmt::format("CMSIS-DAP {}B", scenario.probe.packetSize);
        info.firmware =
            scenario.probe.firmware.empty() ? cmsisdap::CmsisDapIdentity{}.firmware : scenario.probe.firmware;
        return info;
    }
    if (auto identity =
            stlink::makeStlinkIdentity(scenario.probe.model, scenario.probe.firmware, info.serial))
        info.firmware = identity->firmware.toString();
    return info;
}

LabProbeSource::LabProbeSource(std::shared_ptr<LabRegistry> registry) : m_registry(std::move(registry)) {}

LabProbeSource::LabProbeSource(std::shared_ptr<Clock> clock)
    : m_registry(std::make_shared<LabRegistry>(std::move(clock))) {}

Result<std::vector<probe::ProbeInfo>> LabProbeSource::scan(const probe::ScanOptions&) {
    std::vector<probe::ProbeInfo> found;
    for (const auto& listing : listShippedScenarios()) {
        auto scenario = loadScenarioByNameOrPath(listing.name);
        if (!scenario)
            continue;  // `rescue lab list` reports broken scenarios; a probe list just leaves them out
        found.push_back(labProbeInfo(*scenario));
    }
    return found;
}

Result<std::unique_ptr<probe::DebugProbe>> openLabDriver(LabInstance& board, probe::ProbeInfo info) {
    if (const auto& dap = board.cmsisDap()) {
        probe::cmsisdap::CmsisDapOptions options;
        options.outEndpoint = dap->identity().outEndpoint;
        options.inEndpoint = dap->identity().inEndpoint;
        auto driver = probe::cmsisdap::CmsisDapProbe::open(dap, std::move(info), board.clockPtr(), options);
        if (!driver)
            return std::move(driver).error();
        return std::unique_ptr<probe::DebugProbe>(std::move(*driver));
    }
    const auto& identity = board.probe()->identity();
    auto link = std::make_unique<probe::stlink::BulkStlinkLink>(board.probe(), identity.usb.outEndpoint,
                                                                identity.usb.inEndpoint);
    auto driver = probe::stlink::StlinkProbe::open(std::move(link), std::move(info), board.clockPtr());
    if (!driver)
        return std::move(driver).error();
    return std::unique_ptr<probe::DebugProbe>(std::move(*driver));
}

Result<std::unique_ptr<probe::DebugProbe>> LabProbeSource::open(const probe::ProbeUri& uri) {
    const std::string text = uri.toString();
    auto board = m_registry->open(text);
    if (!board)
        return board.error();
    probe::ProbeInfo info = labProbeInfo((*board)->scenario());
    info.uri = text;
    auto driver = openLabDriver(**board, std::move(info));
    if (!driver) {
        (void)m_registry->close(text);
        return driver.error();
    }
    return std::unique_ptr<probe::DebugProbe>(
        std::make_unique<LabProbe>(std::move(*driver), std::move(*board), m_registry, text));
}

}  // namespace rescue::sim::lab
