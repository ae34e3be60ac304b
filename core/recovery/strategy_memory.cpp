#include "core/recovery/strategy_memory.h"

#include <chrono>
#include <fstream>

#include <fmt/format.h>

#include "core/common/paths.h"
#include "core/engine/event.h"

namespace rescue::recovery {

StrategyMemory::StrategyMemory(std::filesystem::path file)
    : m_file(file.empty() ? userDataDir() / "reset-strategies.json" : std::move(file)) {}

nlohmann::json StrategyMemory::load() const {
    std::ifstream in(m_file);
    if (!in)
        return nlohmann::json::object();
    auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return nlohmann::json::object();  // a broken file is forgotten, not fatal
    return j;
}

std::optional<RememberedStrategy> StrategyMemory::find(const std::string& key) const {
    const auto j = load();
    if (!j.contains("boards") || !j["boards"].is_object() || !j["boards"].contains(key))
        return std::nullopt;
    const auto& b = j["boards"][key];
    if (!b.is_object() || !b.contains("method") || !b["method"].is_string())
        return std::nullopt;
    RememberedStrategy r;
    r.method = b["method"].get<std::string>();
    r.timing = b.value("timing", nlohmann::json::object());
    r.when = b.value("when", std::string());
    r.nrstNotWired = b.value("nrst_not_wired", false);
    return r;
}

Status StrategyMemory::remember(const std::string& key, const RememberedStrategy& strategy) {
    auto j = load();
    j["format"] = "rescue-workbench reset strategies 1";
    j["boards"][key] = {
        {"method", strategy.method},
        {"timing", strategy.timing},
        {"nrst_not_wired", strategy.nrstNotWired},
        {"when",
         strategy.when.empty() ? engine::formatWallTime(std::chrono::system_clock::now()) : strategy.when}};
    std::error_code ec;
    std::filesystem::create_directories(m_file.parent_path(), ec);
    const auto tmp = m_file.string() + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << j.dump(2) << "\n";
        if (!out)
            return makeError("recovery.memory-write",
                             "The reset strategy that worked could not be remembered.",
                             "Check that the data folder is writable; the wizard works without it.")
                .with("file", m_file.string());
    }
    std::filesystem::rename(tmp, m_file, ec);
    if (ec)
        return makeError("recovery.memory-write", "The reset strategy that worked could not be remembered.",
                         "Check that the data folder is writable; the wizard works without it.")
            .with("file", m_file.string())
            .with("error", ec.message());
    return {};
}

std::string boardKey(const std::optional<std::string>& uidHex, const std::string& probeSerial,
                     std::uint16_t devId) {
    if (uidHex && !uidHex->empty())
        return "uid:" + *uidHex;
    return fmt::format("probe:{}/dev:0x{:03X}", probeSerial, devId);
}

}  // namespace rescue::recovery
