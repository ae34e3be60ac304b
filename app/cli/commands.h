#pragma once
// Each subcommand registers itself on the CLI11 app; one function per command family.

namespace CLI {
class App;
}

namespace rescue::cli {

struct CliState;

void registerCommands(CLI::App& app, CliState& state);

// One function per command family, each in its own file.
void addLabCommand(CLI::App& app, CliState& state);
void addProbeCommands(CLI::App& app, CliState& state);
// `rescue da`; its offline subcommands (verify, sign-token, make-credentials) are added by
// addDaOfflineCommands on the `da` subcommand.
void addDaCommand(CLI::App& app, CliState& state);
void addDaOfflineCommands(CLI::App& da, CliState& state);
// `rescue ob read|check|write` and `rescue erase`.
void addObCommands(CLI::App& app, CliState& state);
// `rescue wizard`.
void addWizardCommand(CLI::App& app, CliState& state);
// `rescue errors`: the error catalogue.
void addErrorsCommand(CLI::App& app, CliState& state);

}  // namespace rescue::cli
