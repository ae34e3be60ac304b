#pragma once
// Reading and writing the small credential files DA works with (keys, chains, .obk,
// password files), with errors that name the file. Sizes are capped: none of these files is
// more than a few KiB, so a huge file is the wrong file.

#include <filesystem>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

constexpr std::size_t kMaxCredentialFileSize = 64 * 1024;

Result<Bytes> readCredentialFile(const std::filesystem::path& path,
                                 std::size_t maxSize = kMaxCredentialFileSize);
// Creates parent folders; replaces an existing file.
Status writeCredentialFile(const std::filesystem::path& path, ByteView bytes);
// Same, but the file is made owner-only (0600) before the secret is written into it.
Status writeSecretFile(const std::filesystem::path& path, ByteView bytes);

}  // namespace rescue::auth
