#include "core/sim/lab/board_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "core/common/clock.h"

namespace rescue::sim::lab {

namespace fs = std::filesystem;

namespace {

std::string holderOf(int fd) {
    char buffer[32] = {};
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    std::string pid = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' '))
        pid.pop_back();
    return pid.empty() ? "unknown" : pid;
}

}  // namespace

Result<BoardLock> BoardLock::acquire(const fs::path& lockFile, const std::string& boardName,
                                     std::chrono::milliseconds wait) {
    std::error_code ec;
    fs::create_directories(lockFile.parent_path(), ec);
    const int fd = ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        Error e = makeError("lab.store-io",
                            fmt::format("Cannot open the lab board's lock file {}: {}.", lockFile.string(),
                                        std::strerror(errno)),
                            "Check that the data directory is writable.");
        e.with("file", lockFile.string());
        return e;
    }
    SteadyClock clock;
    const auto deadline = clock.now() + wait;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR)
            continue;
        if (errno != EWOULDBLOCK || clock.now() >= deadline) {
            const std::string holder = errno == EWOULDBLOCK ? holderOf(fd) : std::string("?");
            ::close(fd);
            Error e = makeError("lab.board-busy",
                                fmt::format("The lab board {} is in use by another rescue process (pid {}).",
                                            boardName, holder),
                                "Wait for that command to finish, or stop `rescue lab serve` for this board "
                                "(Ctrl-C), then try again.");
            e.with("lock file", lockFile.string()).with("holder pid", holder);
            return e;
        }
        clock.sleepFor(std::chrono::milliseconds(20));
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0)
        (void)::pwrite(fd, pid.data(), pid.size(), 0);
    return BoardLock(fd, lockFile);
}

BoardLock::BoardLock(BoardLock&& other) noexcept : m_fd(other.m_fd), m_file(std::move(other.m_file)) {
    other.m_fd = -1;
}

BoardLock& BoardLock::operator=(BoardLock&& other) noexcept {
    if (this != &other) {
        release();
        m_fd = other.m_fd;
        m_file = std::move(other.m_file);
        other.m_fd = -1;
    }
    return *this;
}

BoardLock::~BoardLock() {
    release();
}

void BoardLock::release() {
    if (m_fd < 0)
        return;
    // The file stays: removing it would race with a process that opened it and waits.
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

}  // namespace rescue::sim::lab
