#pragma once
// The board as the lab knows it, for `rescue lab show` and a trainer's view: chip identity,
// power and phase, lifecycle, the option bytes that matter (state, TrustZone, write
// protection, DA method fields and every field away from its blank value), DA provisioning,
// NRST wiring and the probe. This is lab-side truth: a host never learns it this way (it
// reads what the wire tells it), so it must never feed a diagnosis.

#include <nlohmann/json.hpp>

#include "core/sim/lab/lab_instance.h"

namespace rescue::sim::lab {

nlohmann::json labSnapshot(LabInstance& lab);

}  // namespace rescue::sim::lab
