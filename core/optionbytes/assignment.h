#pragma once
// "NAME=VALUE" as STM32CubeProgrammer takes it after -ob, and as ST's provisioning scripts
// write it: "PRODUCT_STATE=0x17", "WRPSGn1=0xffffffff", "SWAP_BANK=0", "TZEN=0xB4".
// VALUE is hex (0x..), binary (0b..), decimal, or one of the field's value names
// ("PRODUCT_STATE=Provisioning"). Coded fields accept only their listed values.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/optionbytes/field_table.h"

namespace rescue::optionbytes {

struct Assignment {
    const FieldDef* field = nullptr;
    std::uint32_t value = 0;
    std::string text;  // as written, for messages
};

Result<Assignment> parseAssignment(const FieldTable& table, std::string_view text);

// Every assignment of a command line: the words after "-ob" up to the next option, or every
// word when there is no "-ob" ("-ob SECBOOT_LOCK=0xC3 SWAP_BANK=0 SRAM2_RST=0").
Result<std::vector<Assignment>> parseObArguments(const FieldTable& table, std::string_view commandLine);

}  // namespace rescue::optionbytes
