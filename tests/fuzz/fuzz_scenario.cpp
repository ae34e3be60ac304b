// Lab scenario files, read as loadScenarioFile reads them (JSON, then parseScenario with
// relative paths against the shipped scenario folder, so the shipped credentials resolve),
// the probe fault knobs inside, and, for a scenario that parses, the lab board it
// describes (chip, lifecycle, option bytes and chip parameters are interpreted there).

#include "core/common/clock.h"
#include "core/device/catalog.h"
#include "core/sim/lab/probe_faults.h"
#include "core/sim/scenario.h"
#include "core/sim/stm32/lab_board_factory.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto catalog = device::sharedCatalog();
    if (!catalog)
        fuzz::fail("the device catalog does not load:", catalog.error().describe());
    static const std::filesystem::path baseDir = sim::shippedScenarioDir();

    const auto json = nlohmann::json::parse(fuzz::asText(ByteView(data, size)), nullptr, false);
    if (json.is_discarded())
        return 0;
    auto faults = sim::lab::parseProbeFaults(json, "fuzz.json");
    fuzz::checkResult(faults);
    auto scenario = sim::parseScenario(json, baseDir, "fuzz.json");
    fuzz::checkResult(scenario);
    if (!scenario)
        return 0;
    VirtualClock clock;
    auto board = sim::stm32::makeLabBoard(*scenario, **catalog, clock);
    fuzz::checkResult(board);
    return 0;
}
