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

}  // namespace rescue::cli
