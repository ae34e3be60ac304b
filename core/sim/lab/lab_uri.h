#pragma once
// Probe URIs for the lab: `lab:NAME` (a shipped scenario) or `lab:path/to/file.json` (X is a
// path when it contains '/' or ends in ".json", the scenario loader's rule).

#include <string>
#include <string_view>

#include "core/common/result.h"
#include "core/sim/scenario.h"

namespace rescue::sim::lab {

inline constexpr std::string_view kLabUriScheme = "lab:";

bool isLabUri(std::string_view uri);
// "lab:h563-closed-da" -> "h563-closed-da". Fails on another scheme or an empty target.
Result<std::string> labUriTarget(std::string_view uri);
// The scenario a lab URI names, loaded (errors name the file and the field).
Result<Scenario> loadLabUriScenario(std::string_view uri);
// The URI that names `scenario`'s board: lab:NAME when shipped, else lab:<absolute path>.
std::string labUriFor(const Scenario& scenario);

}  // namespace rescue::sim::lab
