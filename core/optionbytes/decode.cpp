#include "core/optionbytes/decode.h"

#include <map>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/device/names.h"
#include "core/optionbytes/wrp_map.h"

namespace rescue::optionbytes {

namespace {

std::string hexDigits(const FieldDef& f, std::uint32_t value) {
    unsigned digits = (f.width + 3) / 4;
    return fmt::format("0x{:0{}X}", value, digits == 0 ? 1 : digits);
}

std::string describeProtection(const FieldDef& f, std::uint32_t value, const device::Part* part) {
    std::vector<unsigned> protectedBits;
    for (unsigned bit = 0; bit < f.width; ++bit)
        if (((value >> bit) & 1u) == (f.activeLow ? 0u : 1u))
            protectedBits.push_back(bit);
    std::string head = hexDigits(f, value);
    if (part) {
        if (auto map = wrpMap(f, value, *part); map.ok()) {
            auto sectors = map->protectedSectors();
            if (sectors.empty())
                return head + ": no sector protected";
            // "Every sector" only for a field that spans the bank: an H7RS per-bit field (WRPS3)
            // at 0 protects its own sector, and erase fails only if the others are protected too.
            unsigned covered = 0;
            for (const auto& g : map->groups)
                covered += g.lastSector - g.firstSector + 1;
            if (map->allProtected() && covered == map->sectorsInBank)
                return fmt::format("{}: every sector of bank {} protected (bank and mass erase fail)", head,
                                   map->bank);
            return fmt::format("{}: bank {} {} {} protected", head, map->bank,
                               sectors.size() == 1 ? "sector" : "sectors", formatRanges(sectors));
        }
    }
    if (protectedBits.empty())
        return head + ": nothing protected";
    if (protectedBits.size() == f.width)
        return head + ": everything protected";
    return fmt::format("{}: {} {} protected", head,
                       f.protects && f.protects->sectorsPerBit > 1 ? "groups" : "bits",
                       formatRanges(protectedBits));
}

}  // namespace

std::string describeValue(const FieldDef& f, std::uint32_t value, const device::Part* part) {
    switch (f.kind) {
        case FieldKind::WriteProtection:
            return describeProtection(f, value, part);
        case FieldKind::Address:
            return fmt::format("{} (address {})", hexDigits(f, value),
                               hex32(static_cast<std::uint32_t>(std::uint64_t(value) << f.addressShift)));
        case FieldKind::Index:
            return std::to_string(value);
        case FieldKind::Number:
            return f.width == 1 ? std::to_string(value) : hexDigits(f, value);
        case FieldKind::Flag:
        case FieldKind::Enum:
        case FieldKind::Code:
            break;
    }
    if (const auto* v = f.valueOf(value))
        return hexDigits(f, value) + " " + v->name;
    if (f.values.empty())
        return std::to_string(value);
    return hexDigits(f, value) + (f.kind == FieldKind::Code ? " invalid/unknown" : " reserved/unknown");
}

const DecodedField* DecodedImage::field(std::string_view nameOrAlias) const {
    for (const auto& d : fields)
        if (d.field->matchesName(nameOrAlias))
            return &d;
    return nullptr;
}

Result<DecodedImage> decode(const device::Family& family, const RegisterDump& dump,
                            const device::Part* part) {
    const FieldTable& table = family.optionBytes;
    std::map<std::string, std::uint32_t> present;  // canonical register name -> value
    for (const auto& [name, value] : dump) {
        const RegisterDef* r = table.registerNamed(name);
        if (!r) {
            Error e = makeError("optionbytes.unknown-register",
                                fmt::format("\"{}\" is not an option register of {}.", name, family.name));
            e.with("register", name);
            return e;
        }
        present[r->name] = value;
    }

    DecodedImage out;
    for (const auto& r : table.registers) {
        auto it = present.find(r.name);
        if (it != present.end())
            out.registers.push_back({&r, it->second, it->second & ~r.definedMask});
    }

    auto applies = [&](const FieldDef& f) { return !part || f.appliesToLine(part->line); };
    std::map<std::string, std::uint32_t> fieldValues;
    auto emit = [&](const FieldDef& f) {
        auto it = present.find(f.registerName);
        if (it == present.end() || !applies(f))
            return;
        DecodedField d;
        d.field = &f;
        d.value = f.extract(it->second);
        if (const auto* v = f.valueOf(d.value))
            d.valueName = v->name;
        d.known = f.values.empty() || f.valueOf(d.value) != nullptr;
        d.display = describeValue(f, d.value, part);
        fieldValues[f.name] = d.value;
        out.fields.push_back(std::move(d));
    };
    for (const auto& f : table.fields)
        if (f.isRegisterField() && !f.isAggregate())
            emit(f);
    for (const auto& f : table.fields)
        if (f.isRegisterField() && f.isAggregate())
            emit(f);

    for (const auto& f : table.fields) {
        if (f.isRegisterField() || !applies(f))
            continue;
        DecodedField d;
        d.field = &f;
        d.derived = true;
        if (const auto* state = family.lifecycle.stateFromFields(fieldValues)) {
            d.value = state->code;
            d.valueName = state->name;
            d.display = fmt::format("{} {} (derived from option registers{})", hex8(state->code), state->name,
                                    state->registerMatchConfirmed ? "" : "; mapping unconfirmed");
        } else {
            d.known = false;
            d.display = "not derivable from the registers read";
        }
        out.fields.push_back(std::move(d));
    }
    return out;
}

DecodedImage decode(const OptionByteImage& image, const device::Part* part) {
    // An image only holds registers of its own family, so this cannot fail.
    return std::move(decode(image.family(), image.registers(), part)).value();
}

}  // namespace rescue::optionbytes
