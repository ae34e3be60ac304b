#include "app/cli/cli_probe.h"

#include <mutex>

#include <CLI/CLI.hpp>

#include "app/cli/cli_output.h"
#include "core/engine/secret_words.h"
#include "core/probe/record/recording_probe.h"
#include "core/probe/record/replay_probe.h"

namespace rescue::cli {
namespace {

// The recording of this run: a CLI command opens at most one probe. Its write error comes
// from the engine's worker; it is printed by the main thread once the command is done.
struct RunRecording {
    std::mutex mutex;
    std::string path;
    std::optional<Error> writeError;
    std::optional<Error> replayStop;  // where a replay left its recording
};

RunRecording& runRecording() {
    static RunRecording r;
    return r;
}

}  // namespace

void addProbeOptions(CLI::App* command, ProbeChoice& choice) {
    command
        ->add_option("--probe", choice.uri,
                     "usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME|PATH "
                     "or replay:FILE (a recorded session)")
        ->required();
    command->add_option(
        "--record", choice.record,
        "Record every probe call to FILE (JSON lines; passwords redacted) for `--probe replay:FILE`");
}

Result<std::unique_ptr<probe::DebugProbe>> openChosenProbe(probe::ProbeRegistry& registry,
                                                           const ProbeChoice& choice,
                                                           std::shared_ptr<const engine::Redactor> secrets) {
    std::shared_ptr<probe::record::RecordingSink> sink;
    if (!choice.record.empty()) {
        auto created = probe::record::RecordingSink::create(choice.record, [](const Error& e) {
            auto& r = runRecording();
            std::lock_guard lock(r.mutex);
            r.writeError = e;
        });
        if (!created)
            return std::move(created).error();
        sink = std::move(*created);
    }
    auto opened = registry.open(choice.uri);
    if (opened)
        if (auto* replay = dynamic_cast<probe::record::ReplayProbe*>(opened->get()))
            replay->setStopObserver([](const Error& e) {
                auto& r = runRecording();
                std::lock_guard lock(r.mutex);
                r.replayStop = e;
            });
    if (!opened || !sink)
        return opened;
    {
        auto& r = runRecording();
        std::lock_guard lock(r.mutex);
        r.path = choice.record;
    }
    probe::record::RecordingOptions options;
    if (secrets)
        options.isSecretWord = [secrets](std::uint32_t word) { return engine::isSecretWord(*secrets, word); };
    return std::unique_ptr<probe::DebugProbe>(std::make_unique<probe::record::RecordingProbe>(
        std::move(*opened), std::move(sink), std::move(options)));
}

void reportRecording(CliOutput& out) {
    auto& r = runRecording();
    std::lock_guard lock(r.mutex);
    if (r.replayStop) {
        out.data()["replay_error"] = errorToJson(*r.replayStop);
        out.warn(r.replayStop->describe());
    }
    if (r.path.empty())
        return;
    out.data()["recording"] = r.path;
    if (r.writeError)
        out.warn(r.writeError->describe());
}

}  // namespace rescue::cli
