#include "core/sim/lab/workbench_probes.h"

#include "core/probe/cmsisdap/usb_cmsisdap_source.h"
#include "core/probe/record/replay_source.h"
#include "core/probe/stlink/tcp_stlink_source.h"
#include "core/probe/stlink/usb_stlink_source.h"
#include "core/sim/lab/lab_probe_source.h"

namespace rescue::sim::lab {

std::unique_ptr<probe::ProbeRegistry> makeWorkbenchProbeRegistry(std::shared_ptr<Clock> labClock) {
    auto registry = std::make_unique<probe::ProbeRegistry>();
    registry->add(std::make_unique<probe::stlink::UsbStlinkSource>());
    registry->add(std::make_unique<probe::stlink::TcpStlinkSource>());
    registry->add(std::make_unique<probe::cmsisdap::UsbCmsisDapSource>());
    registry->add(std::make_unique<probe::record::ReplayProbeSource>(labClock));
    registry->add(std::make_unique<LabProbeSource>(std::move(labClock)));
    return registry;
}

}  // namespace rescue::sim::lab
