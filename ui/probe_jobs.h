#pragma once
// The device panel's probe work as engine jobs: plain C++ over the core, no Qt, so the jobs
// run on the engine's worker thread and tests can call them directly.
//
// The probe registry is not thread-safe. One ProbeWorkspace owns it; the panel keeps the
// workspace in one engine session ("probes") and only its jobs touch it, so they run one
// at a time on that session's worker. The registry is built by the first job, on the worker.

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/device/target_identification.h"
#include "core/engine/engine.h"
#include "core/probe/probe_source.h"
#include "core/probe/record/recording_sink.h"

namespace rescue::ui {

class ProbeWorkspace {
public:
    using RegistryFactory = std::function<std::unique_ptr<probe::ProbeRegistry>()>;

    // USB ST-LINKs, ST-LINK servers and the lab, the lab running in real time.
    static RegistryFactory defaultRegistryFactory();

    explicit ProbeWorkspace(RegistryFactory factory = defaultRegistryFactory());
    ~ProbeWorkspace();
    ProbeWorkspace(const ProbeWorkspace&) = delete;
    ProbeWorkspace& operator=(const ProbeWorkspace&) = delete;

    // From jobs of the owning session only.
    probe::ProbeRegistry& registry();

    // Opens `uri` for a job (every job opens its probe here): behind a RecordingProbe while a
    // recording is on (the engine's redactor keeps passwords out of it), and for a replay
    // with each answered call logged on the job's REPLAY channel, so the log steps through
    // the recorded session.
    Result<std::unique_ptr<probe::DebugProbe>> open(engine::JobContext& ctx, const std::string& uri);

    // "Record session…": every probe opened from now on is recorded into `sink` (null: off).
    // Any thread.
    void setRecording(std::shared_ptr<probe::record::RecordingSink> sink);
    std::shared_ptr<probe::record::RecordingSink> recording() const;
    // "Open recording…": scans list it as replay:PATH. Any thread.
    void addRecording(const std::string& path);
    std::vector<std::string> recordings() const;

private:
    RegistryFactory m_factory;
    std::unique_ptr<probe::ProbeRegistry> m_registry;
    mutable std::mutex m_mutex;  // the recording and the recordings, set from the GUI thread
    std::shared_ptr<probe::record::RecordingSink> m_recording;
    std::vector<std::string> m_recordings;
};

struct ScanRequest {
    std::vector<std::string> servers;  // "HOST:PORT" of ST-LINK servers to ask as well
    bool includeLab = true;
    std::chrono::milliseconds timeout{2000};
};

// Result: {"probes": [probeInfoToJson...], "problems": [errorToJson...]}. Logs nothing.
engine::JobFunction makeScanJob(std::shared_ptr<ProbeWorkspace> workspace, ScanRequest request);

struct ConnectRequest {
    std::string uri;
    device::ConnectOptions options;
};

// Opens the probe, identifies the target, detaches. Result:
// {"probe": probeInfoToJson, "lines": [{"label","value"}...] (describeIdentity),
//  "target": identityToJson, "blocker": errorToJson or null, "round_trips", "elapsed_ms"}.
// A probe that cannot be opened or a target that does not answer fails the job with the
// core's error.
engine::JobFunction makeConnectJob(std::shared_ptr<ProbeWorkspace> workspace, ConnectRequest request);

// The JSON forms the jobs return, and their way back on the GUI thread.
nlohmann::json probeInfoToJson(const probe::ProbeInfo& info);
probe::ProbeInfo probeInfoFromJson(const nlohmann::json& json);
nlohmann::json errorToJson(const Error& error);
std::optional<Error> errorFromJson(const nlohmann::json& json);

}  // namespace rescue::ui
