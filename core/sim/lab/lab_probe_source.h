#pragma once
// The lab as a probe source: `lab:NAME|PATH` opens the scenario's board from the lab store
// and hands back the ordinary driver for the board's virtual probe (the ST-LINK driver, or
// the CMSIS-DAP driver for a scenario whose probe model is CMSIS-DAP), byte for byte as it
// would talk over USB. The board's state is saved when the probe is closed, so
// the next CLI command (or the next Connect in the GUI) finds it as this one left it.
//
// The clock decides how the lab runs: a VirtualClock for the CLI and tests (as fast as the
// CPU allows, repeatable), the SteadyClock for the GUI (real time).

#include <memory>

#include "core/probe/probe_source.h"
#include "core/sim/lab/lab_registry.h"

namespace rescue::sim::lab {

class LabProbeSource final : public probe::ProbeSource {
public:
    explicit LabProbeSource(std::shared_ptr<LabRegistry> registry);
    // A registry of its own over the default lab store.
    explicit LabProbeSource(std::shared_ptr<Clock> clock);

    std::string_view scheme() const override { return "lab"; }
    // The shipped scenarios, each as the probe its scenario plugs in.
    Result<std::vector<probe::ProbeInfo>> scan(const probe::ScanOptions& options) override;
    Result<std::unique_ptr<probe::DebugProbe>> open(const probe::ProbeUri& uri) override;

    LabRegistry& registry() { return *m_registry; }

private:
    std::shared_ptr<LabRegistry> m_registry;
};

// What a listing shows for a scenario's probe: its URI, model, serial and firmware.
probe::ProbeInfo labProbeInfo(const Scenario& scenario);

// The ordinary driver (ST-LINK, or CMSIS-DAP on a CMSIS-DAP board) on the probe plugged into
// `board`, over its virtual USB, on the board's clock. It has no ROM services or lab bench:
// `lab:` adds them (LabProbeSource); the campaign and the tests add what they need.
Result<std::unique_ptr<probe::DebugProbe>> openLabDriver(LabInstance& board, probe::ProbeInfo info);

}  // namespace rescue::sim::lab
