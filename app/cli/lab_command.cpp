// `rescue lab ...`: the virtual lab's boards, as a lab user or a training session sees them.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/cli/cli_app.h"
#include "app/cli/cli_output.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "core/sim/scenario.h"

namespace rescue::cli {
namespace {

int listScenarios(CliOutput& out) {
    auto listings = sim::listShippedScenarios();
    auto& rows = out.data()["scenarios"] = nlohmann::json::array();
    if (listings.empty()) {
        out.fail(makeError("lab.no-scenarios",
                           "No lab scenarios were found in " + sim::shippedScenarioDir().string() + ".",
                           "Set RESCUE_RESOURCE_DIR to the resources/ folder of the installation."));
        return TargetSaidNo;
    }
    std::size_t width = 0;
    for (const auto& l : listings)
        width = std::max(width, l.name.size());
    for (const auto& l : listings) {
        auto sc = sim::loadScenarioFile(l.file);
        nlohmann::json row = {{"name", l.name}, {"description", l.description}, {"file", l.file.string()}};
        if (sc) {
            row["chip"] = sc->chip;
            row["lifecycle"] = sc->lifecycle;
            row["probe"] = sc->probe.model;
            row["nrst_wired"] = sc->probe.nrstWired;
            row["da"] = !sc->da ? "none" : sc->da->method == sim::DaMethod::Certificate ? "certificate" : "password";
        }
        rows.push_back(row);
        out.line(fmt::format("{:<{}}  {}", l.name, width, l.description));
    }
    out.line("");
    out.line("Use a board with --probe lab:NAME (or lab:path/to/scenario.json).");
    return Done;
}

}  // namespace

void addLabCommand(CLI::App& app, CliState& state) {
    auto* lab = app.add_subcommand("lab", "Virtual lab: list, reset and serve simulated boards");
    lab->require_subcommand(1);
    auto* list = lab->add_subcommand("list", "List the shipped lab scenarios");
    list->callback([&state] { state.action = listScenarios; });
}

}  // namespace rescue::cli
