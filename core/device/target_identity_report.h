#pragma once
// A TargetIdentity as people and scripts read it: labelled lines (the CLI prints them, the
// GUI's device panel shows them as a form) and a JSON object (`rescue connect --json`).
// One description so the two front ends never disagree.

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/device/target_identification.h"

namespace rescue::device {

struct ReportLine {
    std::string label;  // "DPIDR"
    std::string value;  // "0x6BA02477"
};

std::vector<ReportLine> describeIdentity(const TargetIdentity& id);
nlohmann::json identityToJson(const TargetIdentity& id);

}  // namespace rescue::device
