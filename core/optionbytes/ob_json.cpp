#include "core/optionbytes/ob_json.h"

#include "core/device/names.h"

#include <cerrno>
#include <cstdlib>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/optionbytes/assignment.h"
#include "core/optionbytes/decode.h"

namespace rescue::optionbytes {
namespace {

// True when `text` is exactly the value the registers already give the field `name`: an
// export re-states every field as read, including a code the catalog does not list (a chip
// may hold one), so such a field must import as what it is, a restatement, not an edit.
bool restatesRegisters(const OptionByteImage& image, const FieldTable& table, const std::string& name,
                       const std::string& text) {
    const FieldDef* def = table.field(name);
    if (!def)
        return false;
    const auto value = device::parseNumber(text);  // as the export writes it, or as typed
    if (!value)
        return false;
    // As the export computed it, derived fields included (the H7RS PRODUCT_STATE, which is 0
    // when the registers name no state).
    const DecodedImage decoded = decode(image, nullptr);
    const DecodedField* now = decoded.field(def->name);
    return now && now->value == *value;
}

constexpr const char* kFormat = "rescue-option-bytes";

Error jsonError(std::string code, std::string message, std::string where = {}) {
    Error e = makeError(std::move(code), std::move(message),
                        "Export a board with `rescue ob read --export FILE` to see the expected layout.");
    if (!where.empty())
        e.with("at", std::move(where));
    return e;
}

std::string valueText(const nlohmann::json& v) {
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_number_unsigned())
        return fmt::format("{}", v.get<std::uint64_t>());
    return v.dump();
}

}  // namespace

nlohmann::json exportJson(const OptionByteImage& image, const device::Part* part) {
    nlohmann::json j;
    j["format"] = kFormat;
    j["version"] = 1;
    j["family"] = image.family().id;
    if (part)
        j["part"] = part->partNumber;
    auto& regs = j["registers"] = nlohmann::json::object();
    for (const auto& r : image.table().registers)
        regs[r.name] = hex32(image.registers().at(r.name));
    auto& fields = j["fields"] = nlohmann::json::object();
    for (const auto& f : decode(image, part).fields) {
        if (f.field->isAggregate())
            continue;
        fields[f.field->name] = hex32(f.value);
    }
    return j;
}

Result<ImportedOptionBytes> importJson(const std::string& text, const device::Catalog& catalog) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded())
        return jsonError("optionbytes.json-malformed", "The option-byte file is not valid JSON.");
    if (!j.is_object())
        return jsonError("optionbytes.json-malformed", "The option-byte file must hold one JSON object.");
    // Checked before it is read as a string: json::value() throws when the key holds
    // another type ({"format": 1}), and an exception must not escape an import.
    const auto format = j.find("format");
    if (format == j.end() || !format->is_string() || format->get<std::string>() != kFormat)
        return jsonError(
            "optionbytes.json-format",
            fmt::format("The file's \"format\" is not \"{}\": it is not an option-byte export.", kFormat),
            "format");
    if (!j.contains("family") || !j["family"].is_string())
        return jsonError("optionbytes.json-family", "The file names no device family (\"family\").",
                         "family");
    auto family = catalog.family(j["family"].get<std::string>());
    if (!family)
        return jsonError(
            "optionbytes.json-family",
            fmt::format("\"{}\" is not a device family of the catalog.", j["family"].get<std::string>()),
            "family");
    std::optional<device::Part> part;
    if (j.contains("part")) {
        if (!j["part"].is_string())
            return jsonError("optionbytes.json-part", "\"part\" must be a part number string.", "part");
        auto p = catalog.resolvePart(j["part"].get<std::string>());
        if (!p)
            return p.error();
        if (p->family != family)
            return jsonError("optionbytes.json-part",
                             fmt::format("{} is not a part of {}.", p->partNumber, family->name), "part");
        part = *p;
    }
    OptionByteImage image = OptionByteImage::blank(family);
    if (j.contains("registers")) {
        if (!j["registers"].is_object())
            return jsonError("optionbytes.json-registers", "\"registers\" must be an object of name: value.",
                             "registers");
        for (const auto& [name, v] : j["registers"].items()) {
            const RegisterDef* reg = family->optionBytes.registerNamed(name);
            if (!reg)
                return jsonError("optionbytes.json-register",
                                 fmt::format("\"{}\" is not an option register of {}.", name, family->name),
                                 "registers." + name);
            const std::string t = valueText(v);
            char* end = nullptr;
            errno = 0;
            const unsigned long long value = std::strtoull(t.c_str(), &end, 0);
            if (t.empty() || *end != '\0' || errno != 0 || value > 0xFFFFFFFFull)
                return jsonError("optionbytes.json-value",
                                 fmt::format("Register {}: \"{}\" is not a 32-bit value.", name, t),
                                 "registers." + name);
            if (Status s = image.setRegister(reg->name, static_cast<std::uint32_t>(value)); !s)
                return s.error();
        }
    }
    std::optional<std::uint8_t> productState;
    if (j.contains("fields")) {
        if (!j["fields"].is_object())
            return jsonError("optionbytes.json-fields", "\"fields\" must be an object of name: value.",
                             "fields");
        for (const auto& [name, v] : j["fields"].items()) {
            auto a = parseAssignment(family->optionBytes, name + "=" + valueText(v));
            if (!a && restatesRegisters(image, family->optionBytes, name, valueText(v)))
                continue;  // a chip can hold a code the table does not list; the export says so
            if (!a) {
                Error e = a.error();
                e.with("at", "fields." + name);
                return e;
            }
            if (!a->field->isRegisterField()) {
                if (a->field->matchesName(family->lifecycle.stateField)) {
                    auto now = image.field(a->field->name);
                    if (!now || *now != a->value)
                        productState = static_cast<std::uint8_t>(a->value);
                    continue;
                }
                if (a->field->aggregateOf.empty())
                    continue;  // other derived views follow from the registers
            }
            if (Status s = image.setField(a->field->name, a->value); !s) {
                Error e = s.error();
                e.with("at", "fields." + name);
                return e;
            }
        }
    }
    return ImportedOptionBytes{std::move(image), std::move(part), productState};
}

}  // namespace rescue::optionbytes
