#include "core/engine/journal.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/common/paths.h"

namespace rescue::engine {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPrefix = "journal-";
constexpr std::string_view kExtension = ".jsonl";

bool isJournalName(const std::string& name) {
    return name.size() > kPrefix.size() + kExtension.size() && name.starts_with(kPrefix) &&
           name.ends_with(kExtension);
}

// Distinguishes the journals of several engines started by one process in the same second.
std::atomic<unsigned> g_engineCounter{0};

std::string newStem() {
    using namespace std::chrono;
    auto now = floor<seconds>(system_clock::now());
    auto day = floor<days>(now);
    year_month_day ymd(day);
    hh_mm_ss hms(now - day);
    return fmt::format("{}{:04}{:02}{:02}T{:02}{:02}{:02}Z-{}-{:04}", kPrefix, int(ymd.year()),
                       unsigned(ymd.month()), unsigned(ymd.day()), hms.hours().count(), hms.minutes().count(),
                       hms.seconds().count(), ::getpid(), ++g_engineCounter);
}

Error ioError(std::string code, std::string message, const fs::path& path, int errnum) {
    Error e =
        makeError(std::move(code), std::move(message),
                  "Check that the folder exists, is writable and the disk is not full; events are still "
                  "shown but are not being saved.");
    e.with("file", path.string()).with("system error", std::strerror(errnum));
    return e;
}

}  // namespace

fs::path defaultJournalDirectory() {
    return userDataDir() / "journals";
}

std::vector<fs::path> listJournals(const fs::path& directory) {
    struct Entry {
        fs::file_time_type time;
        fs::path path;
    };
    std::vector<Entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code fileEc;
        if (!it->is_regular_file(fileEc) || !isJournalName(it->path().filename().string()))
            continue;
        auto time = it->last_write_time(fileEc);
        if (!fileEc)
            entries.push_back({time, it->path()});
    }
    // Names sort by start time too (zero-padded counters), which settles equal mtimes.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.time != b.time ? a.time < b.time : a.path.filename() < b.path.filename();
    });
    std::vector<fs::path> out;
    for (auto& e : entries)
        out.push_back(std::move(e.path));
    return out;
}

Journal::Journal(JournalOptions options, std::string stem)
    : m_options(std::move(options)), m_stem(std::move(stem)) {}

Journal::~Journal() {
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<Journal>> Journal::open(JournalOptions options) {
    if (options.directory.empty())
        options.directory = defaultJournalDirectory();
    options.keepFiles = std::max<std::size_t>(options.keepFiles, 1);
    std::error_code ec;
    fs::create_directories(options.directory, ec);
    if (ec)
        return ioError("journal.no-directory", "The journal folder could not be created.", options.directory,
                       ec.value());
    std::unique_ptr<Journal> journal(new Journal(std::move(options), newStem()));
    if (auto opened = journal->openNextPart(); !opened)
        return std::move(opened).error();
    return journal;
}

Status Journal::openNextPart() {
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    ++m_part;
    std::string name = fmt::format("{}.{:03}", m_stem, m_part);
    fs::path path = m_options.directory / (name + std::string(kExtension));
    // O_APPEND: each line lands whole at the end even if another process opened the file.
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError("journal.open-failed", "A new journal file could not be created.", path, errno);
    m_fd = fd;
    m_size = 0;
    m_path = std::move(path);
    prune();
    return {};
}

void Journal::prune() const {
    auto files = listJournals(m_options.directory);
    std::size_t excess = files.size() > m_options.keepFiles ? files.size() - m_options.keepFiles : 0;
    for (std::size_t i = 0; i < files.size() && excess > 0; ++i) {
        if (files[i] == m_path)
            continue;
        std::error_code ec;
        if (fs::remove(files[i], ec))
            --excess;
    }
}

Status Journal::append(const Event& event) {
    std::string line = toJsonLine(event);
    line.push_back('\n');
    std::lock_guard lock(m_mutex);
    if (m_fd < 0 || m_size >= m_options.maxBytes) {
        if (auto opened = openNextPart(); !opened)
            return opened;
    }
    // One write(2) per line puts it in the kernel at once: a crash of this process after
    // append() returns cannot lose it. Short writes (signals, pipes) are continued.
    std::size_t done = 0;
    while (done < line.size()) {
        ssize_t n = ::write(m_fd, line.data() + done, line.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return ioError("journal.write-failed", "An event could not be written to the journal.", m_path,
                           errno);
        }
        done += std::size_t(n);
    }
    m_size += done;
    return {};
}

fs::path Journal::path() const {
    std::lock_guard lock(m_mutex);
    return m_path;
}

}  // namespace rescue::engine
