#include "core/optionbytes/option_byte_image.h"

#include <map>
#include <string>

#include <fmt/format.h>

#include "core/common/bytes.h"

namespace rescue::optionbytes {

Error unknownFieldError(const FieldTable& table, std::string_view name) {
    auto close = table.closestNames(name);
    std::string hint;
    for (const auto& n : close)
        hint += (hint.empty() ? "Did you mean " : ", ") + n;
    if (!hint.empty())
        hint += "?";
    Error e = makeError("optionbytes.unknown-field",
                        fmt::format("\"{}\" is not an option-byte field of this device family.", name),
                        std::move(hint));
    e.with("field", std::string(name));
    return e;
}

Error serviceOnlyError(const FieldDef& field) {
    Error e = makeError(
        "optionbytes.service-only",
        fmt::format("{} is not an option register on this family; it is set through the boot "
                    "ROM service{}.",
                    field.name, field.serviceCommand.empty() ? "" : " (" + field.serviceCommand + ")"),
        "Use the product-state transition, which goes through the boot ROM service.");
    e.with("field", field.name);
    return e;
}

Error outOfRangeError(const FieldDef& field, std::uint32_t value) {
    std::string hint;
    if (field.kind == FieldKind::Address)
        hint = fmt::format("{} holds address bits 31:{}; for address {} write {}.", field.name,
                           field.addressShift, hex32(value), hex32(value >> field.addressShift));
    Error e = makeError("optionbytes.value-out-of-range",
                        fmt::format("{} is {} bit(s) wide; {} does not fit (largest: {}).", field.name,
                                    field.width, hex32(value), hex32(field.maxValue())),
                        std::move(hint));
    e.with("field", field.name).with("value", hex32(value));
    return e;
}

OptionByteImage::OptionByteImage(std::shared_ptr<const device::Family> family) : m_family(std::move(family)) {
    for (const auto& r : m_family->optionBytes.registers)
        m_values[r.name] = r.resetValue;
}

OptionByteImage OptionByteImage::blank(std::shared_ptr<const device::Family> family) {
    return OptionByteImage(std::move(family));
}

Result<OptionByteImage> OptionByteImage::fromDump(std::shared_ptr<const device::Family> family,
                                                  const RegisterDump& dump) {
    OptionByteImage image(std::move(family));
    for (const auto& [name, value] : dump)
        if (auto s = image.setRegister(name, value); !s)
            return std::move(s).error();
    return image;
}

Result<std::uint32_t> OptionByteImage::registerValue(std::string_view name) const {
    const RegisterDef* r = table().registerNamed(name);
    if (!r) {
        Error e = makeError("optionbytes.unknown-register",
                            fmt::format("\"{}\" is not an option register of {}.", name, m_family->name));
        e.with("register", std::string(name));
        return e;
    }
    return m_values.at(r->name);
}

Status OptionByteImage::setRegister(std::string_view name, std::uint32_t value) {
    const RegisterDef* r = table().registerNamed(name);
    if (!r) {
        Error e = makeError("optionbytes.unknown-register",
                            fmt::format("\"{}\" is not an option register of {}.", name, m_family->name));
        e.with("register", std::string(name));
        return e;
    }
    m_values[r->name] = value;
    return {};
}

Result<std::uint32_t> OptionByteImage::field(std::string_view name) const {
    const FieldDef* f = table().field(name);
    if (!f)
        return unknownFieldError(table(), name);
    if (f->isRegisterField())
        return f->extract(m_values.at(f->registerName));
    // Derived: the state the family's registerMatch rows recognise in these registers.
    std::map<std::string, std::uint32_t> values;
    for (const auto& other : table().fields)
        if (other.isRegisterField())
            values[other.name] = other.extract(m_values.at(other.registerName));
    if (const auto* state = m_family->lifecycle.stateFromFields(values))
        return std::uint32_t{state->code};
    Error e = makeError("optionbytes.not-derivable",
                        fmt::format("{} cannot be told from the option registers in this state.", f->name),
                        "On H7RS, Open and Provisioning read the same (NVSTATE = 0xB4).");
    e.with("field", f->name);
    return e;
}

Status OptionByteImage::setField(std::string_view name, std::uint32_t value) {
    const FieldDef* f = table().field(name);
    if (!f)
        return unknownFieldError(table(), name);
    if (!f->isRegisterField())
        return serviceOnlyError(*f);
    if (value > f->maxValue())
        return outOfRangeError(*f, value);
    auto& reg = m_values.at(f->registerName);
    reg = f->insert(reg, value);
    return {};
}

}  // namespace rescue::optionbytes
