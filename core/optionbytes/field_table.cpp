#include "core/optionbytes/field_table.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/device/names.h"

namespace rescue::optionbytes {

using device::equalsIgnoreCase;

std::uint32_t FieldDef::maxValue() const {
    return width >= 32 ? 0xFFFFFFFFu : ((1u << width) - 1u);
}

std::uint32_t FieldDef::mask() const {
    return width == 0 ? 0u : (maxValue() << lsb);
}

std::uint32_t FieldDef::extract(std::uint32_t registerValue) const {
    return (registerValue >> lsb) & maxValue();
}

std::uint32_t FieldDef::insert(std::uint32_t registerValue, std::uint32_t fieldValue) const {
    return (registerValue & ~mask()) | ((fieldValue << lsb) & mask());
}

const EnumValue* FieldDef::valueNamed(std::string_view text) const {
    for (const auto& v : values)
        if (equalsIgnoreCase(v.name, text) || device::normalizedName(v.name) == device::normalizedName(text))
            return &v;
    return nullptr;
}

const EnumValue* FieldDef::valueOf(std::uint32_t value) const {
    for (const auto& v : values)
        if (v.value == value)
            return &v;
    return nullptr;
}

bool FieldDef::appliesToLine(std::string_view line) const {
    return lines.empty() ||
           std::any_of(lines.begin(), lines.end(), [&](const auto& l) { return equalsIgnoreCase(l, line); });
}

bool FieldDef::frozenInState(std::string_view stateId) const {
    return std::find(frozenIn.begin(), frozenIn.end(), stateId) != frozenIn.end();
}

bool FieldDef::matchesName(std::string_view text) const {
    return equalsIgnoreCase(name, text) || std::any_of(aliases.begin(), aliases.end(), [&](const auto& a) {
               return equalsIgnoreCase(a, text);
           });
}

bool RegisterDef::matchesName(std::string_view text) const {
    return equalsIgnoreCase(name, text) || equalsIgnoreCase(curName, text) || equalsIgnoreCase(prgName, text);
}

const FieldDef* FieldTable::field(std::string_view nameOrAlias) const {
    for (const auto& f : fields)
        if (f.matchesName(nameOrAlias))
            return &f;
    return nullptr;
}

const RegisterDef* FieldTable::registerNamed(std::string_view text) const {
    for (const auto& r : registers)
        if (r.matchesName(text))
            return &r;
    return nullptr;
}

std::vector<const FieldDef*> FieldTable::fieldsOf(std::string_view registerName) const {
    std::vector<const FieldDef*> out;
    for (const auto& f : fields)
        if (f.isRegisterField() && !f.isAggregate() && equalsIgnoreCase(f.registerName, registerName))
            out.push_back(&f);
    return out;
}

std::vector<std::string> FieldTable::closestNames(std::string_view typed, std::size_t max) const {
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& f : fields) {
        std::size_t best = device::editDistance(typed, f.name);
        for (const auto& a : f.aliases)
            best = std::min(best, device::editDistance(typed, a));
        ranked.emplace_back(best, f.name);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    // A suggestion further away than half the typed name is noise, not help.
    const std::size_t limit = std::max<std::size_t>(2, typed.size() / 2);
    for (const auto& [distance, name] : ranked) {
        if (out.size() >= max || distance > limit)
            break;
        out.push_back(name);
    }
    return out;
}

namespace {
constexpr std::array<std::pair<FieldKind, std::string_view>, 7> kKindNames{{
    {FieldKind::Number, "number"},
    {FieldKind::Flag, "flag"},
    {FieldKind::Enum, "enum"},
    {FieldKind::Code, "code"},
    {FieldKind::WriteProtection, "write-protection"},
    {FieldKind::Address, "address"},
    {FieldKind::Index, "index"},
}};
}  // namespace

std::string_view toString(FieldKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind)
            return name;
    return "number";
}

std::optional<FieldKind> fieldKindFromString(std::string_view text) {
    for (const auto& [k, name] : kKindNames)
        if (name == text)
            return k;
    return std::nullopt;
}

}  // namespace rescue::optionbytes
