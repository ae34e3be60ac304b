#pragma once
// The option bytes of one chip as values: every option register of its family, by canonical
// name. A value type: the chip model holds one as the "_CUR" state and another as "_PRG";
// the host builds one from a register dump. Field access goes through the family's table.

#include <cstdint>
#include <memory>
#include <string_view>

#include "core/common/result.h"
#include "core/device/family.h"
#include "core/optionbytes/field_table.h"

namespace rescue::optionbytes {

class OptionByteImage {
public:
    // Every register at its fields' reset values: a blank device.
    static OptionByteImage blank(std::shared_ptr<const device::Family> family);
    // Starts blank, then takes the dump's registers (canonical or copy names, any case).
    // A name the family does not have is an error, not silently dropped.
    static Result<OptionByteImage> fromDump(std::shared_ptr<const device::Family> family,
                                            const RegisterDump& dump);

    const device::Family& family() const { return *m_family; }
    const std::shared_ptr<const device::Family>& familyPtr() const { return m_family; }
    const FieldTable& table() const { return m_family->optionBytes; }
    const RegisterDump& registers() const { return m_values; }

    Result<std::uint32_t> registerValue(std::string_view name) const;
    Status setRegister(std::string_view name, std::uint32_t value);

    // Field by name or alias. H7RS PRODUCT_STATE is derived from NVSTATE / DBG_AUTH.
    Result<std::uint32_t> field(std::string_view name) const;
    // Writes the bits of one field, keeping every other bit. Refuses values wider than the
    // field and fields that are not registers (H7RS PRODUCT_STATE: boot ROM service).
    Status setField(std::string_view name, std::uint32_t value);

    bool operator==(const OptionByteImage& other) const {
        return m_family == other.m_family && m_values == other.m_values;
    }

private:
    explicit OptionByteImage(std::shared_ptr<const device::Family> family);
    std::shared_ptr<const device::Family> m_family;
    RegisterDump m_values;
};

// Field errors shared by the image, the encoder and the NAME=VALUE parser.
Error unknownFieldError(const FieldTable& table, std::string_view name);
Error serviceOnlyError(const FieldDef& field);
Error outOfRangeError(const FieldDef& field, std::uint32_t value);

}  // namespace rescue::optionbytes
