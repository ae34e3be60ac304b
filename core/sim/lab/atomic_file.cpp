#include "core/sim/lab/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace rescue::sim::lab {

namespace fs = std::filesystem;

namespace {

Error ioError(const fs::path& file, const std::string& what, int err) {
    Error e =
        makeError("lab.store-io", fmt::format("Cannot {} {}: {}.", what, file.string(), std::strerror(err)),
                  "Check that the data directory is writable and the disk is not full.");
    e.with("file", file.string());
    return e;
}

// write(2) until everything is out; EINTR is not an error.
bool writeAll(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

Status writeFileAtomically(const fs::path& file, std::string_view content) {
    std::error_code ec;
    const fs::path dir = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    fs::create_directories(dir, ec);
    if (ec)
        return ioError(dir, "create the folder", ec.value());

    // A unique temporary name in the same folder (rename is atomic only within a file system).
    std::string tmpl = (dir / ("." + file.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return ioError(dir, "create a temporary file in", errno);
    const fs::path tmp = tmpl;
    auto abandon = [&](const std::string& what) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        return ioError(file, what, err);
    };
    if (!writeAll(fd, content))
        return abandon("write");
    if (::fsync(fd) != 0)  // the data must be on disk before the rename makes it visible
        return abandon("flush");
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return ioError(file, "close", err);
    }
    if (::rename(tmp.c_str(), file.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return ioError(file, "replace", err);
    }
    // Make the rename itself durable; a failure here loses nothing already written.
    if (const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY); dirFd >= 0) {
        (void)::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

Result<std::optional<std::string>> readFileIfExists(const fs::path& file) {
    std::error_code ec;
    if (!fs::exists(file, ec))
        return std::optional<std::string>{};
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return ioError(file, "read", errno ? errno : EIO);
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        return ioError(file, "read", EIO);
    return std::optional<std::string>{text.str()};
}

}  // namespace rescue::sim::lab
