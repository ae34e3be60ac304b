#include "app/cli/commands.h"

#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"

namespace rescue::cli {
void registerCommands(CLI::App& app, CliState& state) {
    addProbeCommands(app, state);
    addLabCommand(app, state);
    addDaCommand(app, state);
    addObCommands(app, state);  // `ob` and `erase`
    addWizardCommand(app, state);
    addErrorsCommand(app, state);
}

}  // namespace rescue::cli
