#pragma once
// The `rescue` command line: parses arguments with CLI11 and runs the chosen subcommand.

#include <functional>
#include <iosfwd>

namespace CLI {
class App;
}

namespace rescue::cli {

class CliOutput;

// Options every subcommand shares; a subcommand's callback sets `action`, which runs after
// parsing and returns an exit code (exit_codes.h).
struct CliState {
    bool json = false;
    std::function<int(CliOutput&)> action;
};

// Entry point of the executable; also used by tests with their own streams.
int run(int argc, char** argv);
int run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace rescue::cli
