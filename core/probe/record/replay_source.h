#pragma once
// `replay:FILE` as a probe source: opening it reads the recording and hands back a
// ReplayProbe. A file can hold several probe sessions (the GUI records Connect, then the
// wizard, each as one); each open replays the next one, and after the last the first
// again, so a support engineer can Connect and then run the wizard as the user did. The
// file is read again when it changed since the last open.

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "core/probe/probe_source.h"
#include "core/probe/record/recording.h"

namespace rescue::probe::record {

class ReplayProbeSource final : public ProbeSource {
public:
    // Replay probes run on `clock` when it is virtual (the CLI's lab clock, shared with its
    // engine), else on a virtual clock of their own.
    explicit ReplayProbeSource(std::shared_ptr<Clock> clock);

    std::string_view scheme() const override { return "replay"; }
    // Recordings are opened by name, never found: nothing to list.
    Result<std::vector<ProbeInfo>> scan(const ScanOptions& options) override;
    Result<std::unique_ptr<DebugProbe>> open(const ProbeUri& uri) override;

private:
    struct Loaded {
        std::shared_ptr<const Recording> recording;
        std::filesystem::file_time_type written{};
        std::uintmax_t size = 0;
        std::size_t next = 0;
    };
    std::shared_ptr<Clock> m_clock;
    std::mutex m_mutex;
    std::map<std::string, Loaded> m_loaded;
};

// What a probe list shows for a recording: its first session's probe, as replay:FILE.
Result<ProbeInfo> replayProbeInfo(const std::filesystem::path& path);

}  // namespace rescue::probe::record
