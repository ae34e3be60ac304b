#pragma once
// A scenario's "faults" object turned into the virtual probe's FaultPlan, so a scenario can
// make its probe misbehave from the first command (WAIT storms, FAULTs, short replies,
// silence, a pulled cable), or later on a schedule or at random. Keys are the FaultPlan's
// knobs in snake_case:
//   {"ap_waits": 40, "ap_faults": 1, "short_replies": 2, "short_reply_length": 1,
//    "silent_replies": 1, "disconnected": false, "oversized_replies": 1, "chip_silent": false,
//    "schedule": [{"at_command": 120, "fault": "disconnect"},
//                 {"at_ap_write": {"address": "0x40022010", "count": 1}, "delay_ms": 40,
//                  "fault": "power-loss"},
//                 {"after_ms": 300, "fault": "latency-spike", "latency_ms": 800}],
//    "random": {"seed": 7, "per_command": 0.01, "kinds": ["chip-reset"], "max_faults": 1}}
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
