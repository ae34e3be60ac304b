#pragma once
// A scenario's "faults" object turned into the virtual probe's FaultPlan, so a scenario can
// make its probe misbehave from the first command (WAIT storms, FAULTs, short replies,
// silence, a pulled cable). Keys are the FaultPlan's knobs in snake_case:
//   {"ap_waits": 40, "ap_faults": 1, "short_replies": 2, "short_reply_length": 1,
//    "silent_replies": 1, "disconnected": false}
// An unknown key or a value of the wrong kind is an error naming the file and the field.

#include <string>

#include <nlohmann/json.hpp>

#include "core/common/result.h"
#include "core/sim/stlink/fault_plan.h"

namespace rescue::sim::lab {

Result<stlink::FaultPlan> parseProbeFaults(const nlohmann::json& faults, const std::string& origin);

// The knobs as a scenario writes them (for documentation and error hints).
const char* probeFaultKeys();

}  // namespace rescue::sim::lab
