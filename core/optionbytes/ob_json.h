#pragma once
// A board's option bytes as a JSON file, for comparing boards and for `ob check --import`:
//
//   {
//     "format": "rescue-option-bytes", "version": 1,
//     "family": "stm32h52x-h53x",           catalog family id (required)
//     "part": "STM32H533RE",                 optional; WRP maps and part-only fields use it
//     "registers": {"OPTSR": "0x00ED00F8", ...},   canonical register names, hex strings
//     "fields": {"PRODUCT_STATE": "0xED", "TZEN": "0xB4", ...}
//   }
//
// On import the registers are the base (missing ones keep the blank device's values) and the
// fields are applied over them, so a hand-edited "fields" section is enough. Field values are
// written as on the command line (hex, decimal, or the value's name). Unknown names,
// out-of-range values and malformed JSON are errors naming the place ("optionbytes.json-*").

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/result.h"
#include "core/device/catalog.h"
#include "core/optionbytes/option_byte_image.h"

namespace rescue::optionbytes {

nlohmann::json exportJson(const OptionByteImage& image, const device::Part* part = nullptr);

struct ImportedOptionBytes {
    OptionByteImage image;
    std::optional<device::Part> part;
    // A product state given in "fields" that is not a register on this family (H7RS).
    std::optional<std::uint8_t> productState;
};

Result<ImportedOptionBytes> importJson(const std::string& text, const device::Catalog& catalog);

}  // namespace rescue::optionbytes
