#include "app/cli/commands.h"

#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_output.h"
#include "app/cli/exit_codes.h"

namespace rescue::cli {
namespace {

// A command family whose implementation has not landed yet: it is listed in --help so the
// structure is visible, and says plainly that it does nothing in this build.
[[maybe_unused]] void addPendingCommand(CLI::App& app, CliState& state, const std::string& name,
                                        const std::string& description) {
    auto* sub = app.add_subcommand(name, description + " [not available in this build yet]");
    sub->fallthrough(false);  // keep its arguments: the command will say it is unavailable
    sub->allow_extras();
    sub->callback([&state, name] {
        state.action = [name](CliOutput& out) {
            out.fail(
                makeError("cli.not-available",
                          "`rescue " + name + "` is not available in this build of Rescue Workbench yet.",
                          "See `rescue --help` for the commands this build provides."));
            return int(TargetSaidNo);
        };
    });
}

}  // namespace

void registerCommands(CLI::App& app, CliState& state) {
    addProbeCommands(app, state);
    addLabCommand(app, state);
    addDaCommand(app, state);
    addObCommands(app, state);  // `ob` and `erase`
    addWizardCommand(app, state);
}

}  // namespace rescue::cli
