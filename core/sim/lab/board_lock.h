#pragma once
// One process at a time per lab board: `rescue lab serve` keeps a board for minutes while
// another command might load, change and save the same board; without a lock the last one
// to save would silently undo the other's work. An advisory lock (flock) on a file next to
// the state, released by the kernel even when the process dies, so a crash never leaves a
// board locked. The holder's pid is written into the lock file for the error message.

#include <chrono>
#include <filesystem>

#include "core/common/result.h"

namespace rescue::sim::lab {

class BoardLock {
public:
    // Takes the lock, waiting up to `wait` for another holder to let go. Fails with
    // lab.board-busy (naming the holder's pid) when it does not.
    static Result<BoardLock> acquire(const std::filesystem::path& lockFile, const std::string& boardName,
                                     std::chrono::milliseconds wait = std::chrono::milliseconds(0));

    BoardLock(BoardLock&& other) noexcept;
    BoardLock& operator=(BoardLock&& other) noexcept;
    BoardLock(const BoardLock&) = delete;
    BoardLock& operator=(const BoardLock&) = delete;
    ~BoardLock();

    const std::filesystem::path& file() const { return m_file; }

private:
    BoardLock(int fd, std::filesystem::path file) : m_fd(fd), m_file(std::move(file)) {}
    void release();

    int m_fd = -1;
    std::filesystem::path m_file;
};

}  // namespace rescue::sim::lab
