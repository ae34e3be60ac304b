#pragma once
// Reading and writing the small credential files DA works with (keys, chains, .obk,
// password files), with errors that name the file. Sizes are capped: none of these files is
// more than a few KiB, so a huge file is the wrong file.

#include <exception>
#include <filesystem>
#include <optional>

#include "core/common/bytes.h"
#include "core/common/error.h"
#include "core/common/result.h"

namespace rescue::auth {

constexpr std::size_t kMaxCredentialFileSize = 64 * 1024;

Result<Bytes> readCredentialFile(const std::filesystem::path& path,
                                 std::size_t maxSize = kMaxCredentialFileSize);
// Creates parent folders; replaces an existing file.
Status writeCredentialFile(const std::filesystem::path& path, ByteView bytes);
// Same, but the file is made owner-only (0600) before the secret is written into it.
Status writeSecretFile(const std::filesystem::path& path, ByteView bytes);

// A parser's exception text fit for an Error's evidence: Botan quotes the byte it choked on
// ("invalid base64 character '!'"), and that byte may belong to a key or to a password picked
// by mistake. Quoted parts and unprintable bytes are replaced, the rest is kept.
std::string parserMessage(const std::exception& e);

// A private key, password or passphrase file that other users of the computer may read (any
// group or other permission bit): a warning (auth.key-permissions) saying who can read it and
// the chmod that closes it. Nothing for a file that is private, missing or not a regular file
// (the loader reports those). The operation goes on either way: the person may be on a
// single-user machine, and a recovery must not fail on it.
std::optional<Error> secretFilePermissionWarning(const std::filesystem::path& path);

}  // namespace rescue::auth
