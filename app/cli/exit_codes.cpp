#include "app/cli/exit_codes.h"

#include "core/common/error.h"

namespace rescue::cli {

int exitCodeForOpening(const Error& error) {
    const std::string& c = error.code;
    if (c == "probe.bad-uri" || c == "lab.bad-uri" || c.starts_with("scenario.") || c == "lab.state-corrupt" ||
        c == "record.open-failed" || c == "replay.bad-recording")
        return Usage;
    return ProbeError;
}

}  // namespace rescue::cli
