#include "core/sim/lab/lab_uri.h"

#include <fmt/format.h>

#include "core/sim/lab/lab_store.h"

namespace rescue::sim::lab {

bool isLabUri(std::string_view uri) {
    return uri.starts_with(kLabUriScheme);
}

Result<std::string> labUriTarget(std::string_view uri) {
    if (!isLabUri(uri))
        return makeError("lab.bad-uri", fmt::format("\"{}\" is not a lab probe URI.", uri),
                         "Write lab:NAME (see `rescue lab list`) or lab:path/to/scenario.json.");
    const std::string_view target = uri.substr(kLabUriScheme.size());
    if (target.empty())
        return makeError("lab.bad-uri", "The lab probe URI \"lab:\" names no scenario.",
                         "Write lab:NAME (see `rescue lab list`) or lab:path/to/scenario.json.");
    return std::string(target);
}

Result<Scenario> loadLabUriScenario(std::string_view uri) {
    auto target = labUriTarget(uri);
    if (!target)
        return std::move(target).error();
    return loadScenarioByNameOrPath(*target);
}

std::string labUriFor(const Scenario& scenario) {
    if (isShippedScenario(scenario) || scenario.sourceFile.empty())
        return std::string(kLabUriScheme) + scenario.name;
    return std::string(kLabUriScheme) + scenario.sourceFile.string();
}

}  // namespace rescue::sim::lab
