#pragma once
// --key/--cert/--password as `rescue da auth` and `rescue wizard` take them: loaded before
// any board is touched, because a bad file is the person's input (exit 2), not the chip's.

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
// `out` and nothing is returned: the caller exits with Usage.
std::optional<CliCredentials> loadCliCredentials(CliOutput& out, const std::string& keyFile,
                                                 const std::string& chainFile,
                                                 const std::string& passwordFile);

}  // namespace rescue::cli
