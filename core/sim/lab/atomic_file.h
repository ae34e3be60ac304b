#pragma once
// Small file helpers for the lab's store: a write that is all or nothing (temporary file in
// the same folder, flushed to disk, then renamed over the old one), so a command interrupted
// mid-save (Ctrl-C, power loss) leaves the previous state intact, never half a document.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/common/result.h"

namespace rescue::sim::lab {

// Creates the parent folder when needed. On failure the old file is untouched and no
// temporary file is left behind.
Status writeFileAtomically(const std::filesystem::path& file, std::string_view content);

// The whole file; nullopt when it does not exist; an error when it exists but cannot be read.
Result<std::optional<std::string>> readFileIfExists(const std::filesystem::path& file);

}  // namespace rescue::sim::lab
