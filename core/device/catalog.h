#pragma once
// The device catalog: every family file and the part-number table under
// resourceDir()/devices, loaded once, validated as a whole, then shared read-only between
// threads. Tests load their own copy from a directory with loadCatalog().

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/device/family.h"
#include "core/device/part.h"
#include "core/device/unconfirmed.h"

namespace rescue::device {

class Catalog {
public:
    const std::filesystem::path& directory() const { return m_directory; }
    const std::vector<std::shared_ptr<const Family>>& families() const { return m_families; }
    const std::vector<PartLine>& lines() const { return m_lines; }
    const std::vector<Unconfirmed>& unconfirmed() const { return m_unconfirmed; }

    std::shared_ptr<const Family> family(std::string_view id) const;  // "stm32h7rs"
    std::shared_ptr<const Family> familyByDevId(std::uint16_t devId) const;

    // "STM32H563ZI", "stm32h7s7l8h6h", "H533RE": case-insensitive, "STM32" optional,
    // package/temperature suffixes accepted. An unknown part gives device.unknown-part with
    // the closest known parts in the hint.
    Result<Part> resolvePart(std::string_view partNumber) const;
    // The flash size a part-number flash code stands for ('I' -> 2048), when the table has it.
    std::optional<std::uint32_t> flashKbForCode(char code) const {
        for (const auto& [c, kb] : m_flashSizeCodes)
            if (c == code)
                return kb;
        return std::nullopt;
    }

private:
    friend struct CatalogBuilder;
    std::filesystem::path m_directory;
    std::vector<std::shared_ptr<const Family>> m_families;
    std::vector<PartLine> m_lines;
    std::vector<std::pair<char, std::uint32_t>> m_flashSizeCodes;  // 'I' -> 2048 KB
    std::vector<Unconfirmed> m_unconfirmed;
};

// Loads and validates every *.json in `directory` (family files and parts.json).
Result<std::shared_ptr<const Catalog>> loadCatalog(const std::filesystem::path& directory);

// The catalog under resourceDir()/devices, loaded on first use (thread-safe); a load error is
// remembered and returned to every caller.
Result<std::shared_ptr<const Catalog>> sharedCatalog();

}  // namespace rescue::device
