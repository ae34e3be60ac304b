#include "core/optionbytes/wrp_map.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::optionbytes {

std::string formatRanges(const std::vector<unsigned>& sorted) {
    std::string out;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        out += (out.empty() ? "" : ", ") +
               (i == j ? std::to_string(sorted[i]) : fmt::format("{}-{}", sorted[i], sorted[j]));
        i = j + 1;
    }
    return out;
}

std::vector<unsigned> WrpMap::protectedSectors() const {
    std::vector<unsigned> out;
    for (const auto& g : groups)
        if (g.isProtected)
            for (unsigned s = g.firstSector; s <= g.lastSector; ++s)
                out.push_back(s);
    return out;
}

bool WrpMap::anyProtected() const {
    return std::any_of(groups.begin(), groups.end(), [](const auto& g) { return g.isProtected; });
}

bool WrpMap::allProtected() const {
    return !groups.empty() &&
           std::all_of(groups.begin(), groups.end(), [](const auto& g) { return g.isProtected; });
}

Result<WrpMap> wrpMap(const FieldDef& field, std::uint32_t value, const device::Part& part) {
    if (field.kind != FieldKind::WriteProtection || !field.protects) {
        Error e = makeError("optionbytes.not-write-protection",
                            fmt::format("{} is not a write-protection field.", field.name));
        e.with("field", field.name);
        return e;
    }
    const auto& layout = *field.protects;
    if (layout.bank > part.banks()) {
        Error e = makeError("optionbytes.no-such-bank",
                            fmt::format("{} guards bank {}, but {} has {} bank(s).", field.name, layout.bank,
                                        part.partNumber, part.banks()));
        e.with("field", field.name);
        return e;
    }
    WrpMap map;
    map.field = field.name;
    map.bank = layout.bank;
    map.sectorsInBank = part.sectorsPerBank();
    for (unsigned bit = 0; bit < field.width; ++bit) {
        unsigned first = layout.firstSector + bit * layout.sectorsPerBit;
        if (first >= map.sectorsInBank)
            break;
        unsigned last = std::min(first + layout.sectorsPerBit, map.sectorsInBank) - 1;
        bool bitSet = (value >> bit) & 1u;
        map.groups.push_back({bit, first, last, field.activeLow ? !bitSet : bitSet});
    }
    return map;
}

std::vector<WrpMap> wrpMaps(const OptionByteImage& image, const device::Part& part) {
    const FieldTable& table = image.table();
    std::vector<WrpMap> out;
    for (const auto& f : table.fields) {
        if (f.kind != FieldKind::WriteProtection || !f.isRegisterField() || !f.appliesToLine(part.line))
            continue;
        // Per-bit fields that an aggregate covers are shown through the aggregate.
        bool covered = std::any_of(table.fields.begin(), table.fields.end(), [&](const FieldDef& agg) {
            return std::find(agg.aggregateOf.begin(), agg.aggregateOf.end(), f.name) != agg.aggregateOf.end();
        });
        if (covered)
            continue;
        auto value = image.field(f.name);
        if (!value)
            continue;
        if (auto map = wrpMap(f, *value, part); map.ok())
            out.push_back(std::move(map).value());
    }
    return out;
}

Result<std::uint32_t> wrpValueProtecting(const FieldDef& field, const std::vector<unsigned>& sectors,
                                         const device::Part& part) {
    auto map = wrpMap(field, field.activeLow ? field.maxValue() : 0u, part);
    if (!map)
        return std::move(map).error();
    std::uint32_t value = field.activeLow ? field.maxValue() : 0u;
    for (unsigned sector : sectors) {
        auto g = std::find_if(map->groups.begin(), map->groups.end(), [&](const WrpGroup& grp) {
            return sector >= grp.firstSector && sector <= grp.lastSector;
        });
        if (g == map->groups.end()) {
            Error e = makeError("optionbytes.no-such-sector",
                                fmt::format("{} has no sector {} in bank {} ({} sectors).", part.partNumber,
                                            sector, map->bank, map->sectorsInBank));
            e.with("field", field.name);
            return e;
        }
        std::uint32_t bit = 1u << g->bit;
        value = field.activeLow ? (value & ~bit) : (value | bit);
    }
    return value;
}

}  // namespace rescue::optionbytes
