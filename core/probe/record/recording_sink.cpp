#include "core/probe/record/recording_sink.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/probe/record/recording_format.h"

namespace rescue::probe::record {

Result<std::shared_ptr<RecordingSink>> RecordingSink::create(const std::filesystem::path& path,
                                                             ErrorReporter onError) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) {
        const int err = errno;
        return makeError(
            std::string(record_error::kOpenFailed),
            fmt::format("The recording file {} cannot be created: {}.", path.string(), std::strerror(err)),
            "Choose a file in a folder you can write to.");
    }
    return std::shared_ptr<RecordingSink>(new RecordingSink(path, file, std::move(onError)));
}

RecordingSink::RecordingSink(std::filesystem::path path, std::FILE* file, ErrorReporter onError)
    : m_path(std::move(path)), m_file(file), m_onError(std::move(onError)) {}

RecordingSink::~RecordingSink() {
    if (m_file)
        std::fclose(m_file);
}

void RecordingSink::write(const nlohmann::ordered_json& line) {
    const std::string text =
        line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    Error failure;
    ErrorReporter report;
    {
        std::lock_guard lock(m_mutex);
        if (m_error || !m_file)
            return;
        if (std::fwrite(text.data(), 1, text.size(), m_file) == text.size() && std::fflush(m_file) == 0)
            return;
        const int err = errno;
        failure = makeError(std::string(record_error::kWriteFailed),
                            fmt::format("The recording {} could not be written ({}); the session goes on "
                                        "without it from here.",
                                        m_path.string(), std::strerror(err)),
                            "Free some disk space or record to another file; the calls before this one "
                            "are in the file.");
        m_error = failure;
        report = m_onError;
    }
    if (report)
        report(failure);
}

int RecordingSink::nextSession() {
    std::lock_guard lock(m_mutex);
    return ++m_sessions;
}

std::optional<Error> RecordingSink::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

}  // namespace rescue::probe::record
