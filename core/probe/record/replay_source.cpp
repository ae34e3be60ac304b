#include "core/probe/record/replay_source.h"

#include <fmt/format.h>

#include "core/probe/record/replay_probe.h"

namespace rescue::probe::record {

ReplayProbeSource::ReplayProbeSource(std::shared_ptr<Clock> clock) : m_clock(std::move(clock)) {}

Result<std::vector<ProbeInfo>> ReplayProbeSource::scan(const ScanOptions&) {
    return std::vector<ProbeInfo>{};
}

Result<std::unique_ptr<DebugProbe>> ReplayProbeSource::open(const ProbeUri& uri) {
    const std::filesystem::path path = uri.recording;
    std::error_code ec;
    const auto written = std::filesystem::last_write_time(path, ec);
    const auto size = ec ? 0 : std::filesystem::file_size(path, ec);
    std::lock_guard lock(m_mutex);
    Loaded& loaded = m_loaded[uri.recording];
    if (!loaded.recording || ec || written != loaded.written || size != loaded.size) {
        auto recording = loadRecording(path);
        if (!recording) {
            m_loaded.erase(uri.recording);
            return std::move(recording).error();
        }
        loaded = Loaded{std::make_shared<const Recording>(std::move(*recording)), written, size, 0};
    }
    const std::size_t session = loaded.next;
    loaded.next = (loaded.next + 1) % loaded.recording->sessions.size();
    return std::unique_ptr<DebugProbe>(
        std::make_unique<ReplayProbe>(loaded.recording, session, m_clock, uri.toString()));
}

Result<ProbeInfo> replayProbeInfo(const std::filesystem::path& path) {
    auto recording = loadRecording(path);
    if (!recording)
        return std::move(recording).error();
    ProbeInfo info = recording->sessions.front().probe;
    info.uri = "replay:" + path.string();
    info.transport = "replay";
    info.problem.clear();
    return info;
}

}  // namespace rescue::probe::record
