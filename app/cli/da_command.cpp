// `rescue da`: Debug Authentication. The offline subcommands (verify, sign-token,
// make-credentials) live in da_offline_commands.cpp; the session subcommands that talk to a
// board through a probe (discover, auth) register themselves below, and so does provision
// (an .obk through the boot ROM service).
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/commands.h"

namespace rescue::cli {

void addDaSessionCommands(CLI::App& da, CliState& state);   // da_session_commands.cpp
void addDaProvisionCommand(CLI::App& da, CliState& state);  // da_provision_command.cpp

void addDaCommand(CLI::App& app, CliState& state) {
    auto* da = app.add_subcommand("da", "Debug Authentication: discover, verify, authenticate, regress");
    da->require_subcommand(1);

    // Offline: credentials on disk only, no probe.
    addDaOfflineCommands(*da, state);

    // DA session over a probe (discover, auth).
    addDaSessionCommands(*da, state);

    // DA configuration from an .obk file (-sdp), in Provisioning.
    addDaProvisionCommand(*da, state);
}

}  // namespace rescue::cli
