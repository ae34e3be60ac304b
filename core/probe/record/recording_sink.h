#pragma once
// The file a recording goes to: one JSON line per write, flushed at once, so a crash or a
// pulled cable keeps everything that happened up to that call. Several probes opened one
// after the other (the GUI's Connect, then its wizard) share one sink: each starts a new
// session in the same file. A failing write is reported once (the callback) and the probe
// session goes on unrecorded: losing the recording must never cost the recovery.
//
// Thread-safe: probes on different engine workers may write to one sink.

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include <nlohmann/json.hpp>

#include "core/common/result.h"

namespace rescue::probe::record {

class RecordingSink {
public:
    using ErrorReporter = std::function<void(const Error&)>;

    // Creates (truncates) the file; record.open-failed when it cannot.
    static Result<std::shared_ptr<RecordingSink>> create(const std::filesystem::path& path,
                                                         ErrorReporter onError = {});
    ~RecordingSink();
    RecordingSink(const RecordingSink&) = delete;
    RecordingSink& operator=(const RecordingSink&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    // Writes one line and flushes it; after the first failure writes nothing more.
    void write(const nlohmann::ordered_json& line);
    // 1, 2, ...: the number the next probe session in this file takes.
    int nextSession();
    // The first write error, if any (also handed to the reporter, once).
    std::optional<Error> error() const;

private:
    RecordingSink(std::filesystem::path path, std::FILE* file, ErrorReporter onError);

    std::filesystem::path m_path;
    mutable std::mutex m_mutex;
    std::FILE* m_file = nullptr;
    ErrorReporter m_onError;
    std::optional<Error> m_error;
    int m_sessions = 0;
};

}  // namespace rescue::probe::record
