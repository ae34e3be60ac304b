#pragma once
// Passphrases for encrypted private keys: read from --passphrase-file (its first line), or
// asked on the terminal with echo off. Never printed, never logged; the CLI asks only when
// its standard input is a terminal, so scripts and tests never hang on a prompt.

#include <filesystem>
#include <optional>

#include "core/auth/keys.h"

namespace rescue::cli {

auth::PassphraseProvider passphraseProvider(const std::optional<std::filesystem::path>& passphraseFile);

}  // namespace rescue::cli
