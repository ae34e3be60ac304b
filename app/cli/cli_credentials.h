#pragma once
// --key/--cert/--password as `rescue da auth` and `rescue wizard` take them: loaded before
// any board is touched, because a bad file is the person's input (exit 2), not the chip's.

#include <filesystem>
#include <optional>
#include <string>

#include "app/cli/cli_output.h"
#include "core/auth/da_session.h"

namespace rescue::cli {

struct CliCredentials {
    std::optional<auth::CertificateCredentials> certificate;
    std::optional<auth::PasswordCredentials> password;
};

// Empty strings are options not given. On a bad or half-given option the error is reported on
// `out` and nothing is returned: the caller exits with Usage. An encrypted key's passphrase
// comes from `passphraseFile` (its first line) or the terminal. Secret files that others may
// read get a warning (auth.key-permissions); they are still used.
std::optional<CliCredentials> loadCliCredentials(CliOutput& out, const std::string& keyFile,
                                                 const std::string& chainFile,
                                                 const std::string& passwordFile,
                                                 const std::string& passphraseFile = {});

// The warning above for one file (a key, a password or a passphrase file), once per file.
void warnIfOthersCanRead(CliOutput& out, const std::filesystem::path& secretFile);

}  // namespace rescue::cli
