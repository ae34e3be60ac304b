#pragma once
// The probe sources the workbench offers, in one place for the CLI and the GUI: ST-LINKs on
// USB, ST-LINKs behind an ST-LINK server, the lab's boards and recorded sessions (replay:FILE).
// The lab's clock decides how lab boards run: virtual for the CLI (fast, repeatable), steady
// for the GUI (real time); replays run on it when it is virtual.

#include <memory>

#include "core/common/clock.h"
#include "core/probe/probe_source.h"

namespace rescue::sim::lab {

std::unique_ptr<probe::ProbeRegistry> makeWorkbenchProbeRegistry(std::shared_ptr<Clock> labClock);

}  // namespace rescue::sim::lab
