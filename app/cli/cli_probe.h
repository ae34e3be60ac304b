#pragma once
// --probe URI and --record FILE, defined once for every command that opens a probe (connect,
// da discover|auth|provision, ob read|check|write, erase, wizard), and the one way those
// commands open it: through the workbench's registry (so replay:FILE works wherever --probe
// does), behind a RecordingProbe when --record is given.

#include <memory>
#include <string>

#include "core/common/result.h"
#include "core/engine/redactor.h"
#include "core/probe/probe_source.h"

namespace CLI {
class App;
}

namespace rescue::cli {

class CliOutput;

struct ProbeChoice {
    std::string uri;
    std::string record;  // empty: not recorded
};

void addProbeOptions(CLI::App* command, ProbeChoice& choice);

// Opens the chosen probe; with --record the file is created first (record.open-failed, a
// usage error, before the board is touched). `secrets` holds what the command will send
// that must not reach the file (a password); it is asked on every write.
Result<std::unique_ptr<probe::DebugProbe>> openChosenProbe(
    probe::ProbeRegistry& registry, const ProbeChoice& choice,
    std::shared_ptr<const engine::Redactor> secrets = {});

// After the command, on the main thread: the recording's path in the JSON ("recording") and,
// when a line could not be written, that warning (once); for a replay that left its
// recording, where and how ("replay_error" and a warning), whatever the command made of it.
void reportRecording(CliOutput& out);

}  // namespace rescue::cli
