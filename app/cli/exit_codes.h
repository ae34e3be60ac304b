#pragma once
// The CLI's exit codes: a contract with scripts, documented in `rescue --help`.

namespace rescue {
struct Error;
}

namespace rescue::cli {

enum ExitCode : int {
    Done = 0,                  // the operation completed
    TargetSaidNo = 1,          // the operation or the target said no (e.g. DA refused, erase failed)
    Usage = 2,                 // bad command line or input file
    ProbeError = 3,            // no probe, connection lost, nothing answers
    RefusedOrUnconfirmed = 4,  // refused by the validator, or a required confirmation was not given
};

inline constexpr const char* exitCodeHelp =
    "Exit codes:\n"
    "  0  done\n"
    "  1  the operation or the target said no\n"
    "  2  usage error (bad arguments or input file)\n"
    "  3  probe or connection error\n"
    "  4  refused by the validator, or waiting for a confirmation that was not given\n";

// For an error while opening --probe: a bad URI, scenario or lab state is the person's input
// (Usage), everything else is the probe or the connection (ProbeError).
int exitCodeForOpening(const Error& error);

}  // namespace rescue::cli
