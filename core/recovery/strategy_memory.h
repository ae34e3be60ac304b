#pragma once
// Which reset strategy opened a board's DA window last time, remembered per board so the
// next run starts with it (the first field report's board needs the guided manual reset
// every time; trying the probe's NRST first again would waste a reset). Keyed by the chip's
// UID when it could be read, else by the probe serial and DEV_ID (a closed chip hides its
// UID). A small JSON file in the user's data dir; a missing or broken file is an empty memory.

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/result.h"

namespace rescue::recovery {

struct RememberedStrategy {
    std::string method;         // resetMethodId(): "guided-manual", "probe-nrst", "connect-under-reset"
    nlohmann::json timing;      // the ResetTiming that worked (timingToJson)
    std::string when;           // UTC, for people reading the file
    bool nrstNotWired = false;  // the probe's NRST pulse was seen not to reach the chip
};

class StrategyMemory {
public:
    // Default: userDataDir()/reset-strategies.json.
    explicit StrategyMemory(std::filesystem::path file = {});

    std::optional<RememberedStrategy> find(const std::string& boardKey) const;
    Status remember(const std::string& boardKey, const RememberedStrategy& strategy);
    const std::filesystem::path& file() const { return m_file; }

private:
    nlohmann::json load() const;
    std::filesystem::path m_file;
};

// "uid:<24 hex>" or "probe:<serial>/dev:<0x485>".
std::string boardKey(const std::optional<std::string>& uidHex, const std::string& probeSerial,
                     std::uint16_t devId);

}  // namespace rescue::recovery
