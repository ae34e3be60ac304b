#include "core/auth/file_io.h"

#include <fstream>
#include <system_error>

#include <fmt/format.h>

namespace rescue::auth {

Result<Bytes> readCredentialFile(const std::filesystem::path& path, std::size_t maxSize) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return makeError("da.file.unreadable",
                         fmt::format("Cannot read {}: {}.", path.string(), ec.message()),
                         "Check the path and that the file exists.");
    if (size > maxSize)
        return makeError("da.file.too-large",
                         fmt::format("{} is {} bytes; a DA credential file is at most {} bytes.",
                                     path.string(), size, maxSize),
                         "Check that you picked the right file.");
    std::ifstream in(path, std::ios::binary);
    Bytes out(static_cast<std::size_t>(size));
    if (!in || !in.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(out.size())))
        return makeError("da.file.unreadable", fmt::format("Cannot read {}.", path.string()),
                         "Check the file's permissions.");
    return out;
}

namespace {

Status writeFile(const std::filesystem::path& path, ByteView bytes, bool secret) {
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
        return makeError("da.file.unwritable", fmt::format("Cannot create the folder {}: {}.",
                                                           path.parent_path().string(), ec.message()));
    if (secret) {
        // Create it empty, close it to others, then put the secret in.
        { std::ofstream touch(path, std::ios::binary | std::ios::trunc); }
        namespace fs = std::filesystem;
        fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
        if (ec)
            return makeError("da.file.unwritable", fmt::format("Cannot make {} private to its owner: {}.",
                                                               path.string(), ec.message()));
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out ||
        !out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())))
        return makeError("da.file.unwritable", fmt::format("Cannot write {}.", path.string()),
                         "Check that the folder is writable and the disk is not full.");
    return {};
}

}  // namespace

Status writeCredentialFile(const std::filesystem::path& path, ByteView bytes) {
    return writeFile(path, bytes, false);
}
Status writeSecretFile(const std::filesystem::path& path, ByteView bytes) {
    return writeFile(path, bytes, true);
}

std::string parserMessage(const std::exception& e) {
    const std::string_view what = e.what();
    std::string out;
    out.reserve(what.size());
    char quote = 0;
    for (char c : what) {
        if (quote) {
            if (c == quote) {
                out += "[hidden]";
                out.push_back(c);
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out.push_back(c);
        } else {
            out.push_back(static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E ? '?'
                                                                                                       : c);
        }
    }
    if (quote)
        out += "[hidden]";
    return out;
}

std::optional<Error> secretFilePermissionWarning(const std::filesystem::path& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::is_regular_file(status))
        return std::nullopt;
    const fs::perms p = status.permissions();
    const auto has = [p](fs::perms bit) { return (p & bit) != fs::perms::none; };
    const bool group = has(fs::perms::group_read) || has(fs::perms::group_write);
    const bool others = has(fs::perms::others_read) || has(fs::perms::others_write);
    if (!group && !others)
        return std::nullopt;
    const unsigned mode = static_cast<unsigned>(p & fs::perms::mask);
    return makeError("auth.key-permissions",
                     fmt::format("{} holds a secret but {} may read it (mode {:04o}).", path.string(),
                                 others ? "every user of this computer" : "its group", mode),
                     fmt::format("Make it private to you: chmod 600 {}", path.string()))
        .with("file", path.string())
        .with("mode", fmt::format("{:04o}", mode));
}

}  // namespace rescue::auth
