#include "core/optionbytes/assignment.h"

#include <cctype>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/device/names.h"
#include "core/optionbytes/option_byte_image.h"

namespace rescue::optionbytes {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::string valueNames(const FieldDef& f) {
    std::string out;
    for (const auto& v : f.values)
        out += (out.empty() ? "" : ", ") + fmt::format("{} ({})", v.name, hex32(v.value));
    return out;
}

std::vector<std::string_view> words(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i])))
            ++i;
        std::size_t start = i;
        while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i])))
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
    }
    return out;
}

}  // namespace

Result<Assignment> parseAssignment(const FieldTable& table, std::string_view text) {
    std::string_view t = trimmed(text);
    auto eq = t.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == t.size()) {
        Error e = makeError("optionbytes.syntax",
                            fmt::format("\"{}\" is not a NAME=VALUE assignment.", std::string(t)),
                            "Write it like PRODUCT_STATE=0x17 or SWAP_BANK=0.");
        e.with("text", std::string(t));
        return e;
    }
    std::string_view name = trimmed(t.substr(0, eq));
    std::string_view valueText = trimmed(t.substr(eq + 1));
    const FieldDef* f = table.field(name);
    if (!f)
        return unknownFieldError(table, name);

    Assignment a;
    a.field = f;
    a.text = std::string(t);
    if (auto number = device::parseNumber(valueText)) {
        a.value = *number;
    } else if (const auto* named = f->valueNamed(valueText)) {
        a.value = named->value;
    } else {
        std::string hint = f->values.empty() ? "Write a number: hex (0x1F), binary (0b101) or decimal."
                                             : "Write a number or one of: " + valueNames(*f) + ".";
        Error e = makeError("optionbytes.bad-value",
                            fmt::format("\"{}\" is not a value for {}.", std::string(valueText), f->name),
                            std::move(hint));
        e.with("field", f->name).with("value", std::string(valueText));
        return e;
    }
    if (a.value > f->maxValue())
        return outOfRangeError(*f, a.value);
    if (f->kind == FieldKind::Code && !f->valueOf(a.value)) {
        Error e = makeError("optionbytes.invalid-code",
                            fmt::format("{} is not a valid code for {}; it accepts only its listed values.",
                                        hex32(a.value), f->name),
                            "Valid values: " + valueNames(*f) + ".");
        e.with("field", f->name).with("value", hex32(a.value));
        return e;
    }
    return a;
}

Result<std::vector<Assignment>> parseObArguments(const FieldTable& table, std::string_view commandLine) {
    auto all = words(commandLine);
    bool hasOb = false;
    for (auto w : all)
        hasOb = hasOb || device::equalsIgnoreCase(w, "-ob");
    std::vector<Assignment> out;
    bool inOb = !hasOb;
    for (auto w : all) {
        if (device::equalsIgnoreCase(w, "-ob")) {
            inOb = true;
            continue;
        }
        if (w.front() == '-') {  // the next option ends the -ob list
            inOb = !hasOb;
            if (hasOb)
                continue;
        }
        if (!inOb)
            continue;
        auto a = parseAssignment(table, w);
        if (!a)
            return std::move(a).error();
        out.push_back(std::move(a).value());
    }
    if (out.empty()) {
        Error e = makeError("optionbytes.syntax", "The line holds no NAME=VALUE assignment.",
                            "Write assignments like -ob SWAP_BANK=0 TZEN=0xB4.");
        e.with("text", std::string(commandLine));
        return e;
    }
    return out;
}

}  // namespace rescue::optionbytes
