#pragma once
// Memory contents in saved board state: only the chunks that differ from the erased (or
// zero) fill, each as base64, so a 2 MB flash with a small program saves in a few lines.
//   [{"offset": "0x00000000", "data": "<base64>"}, ...]

#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::sim::stm32 {

nlohmann::json encodeSparse(ByteView bytes, std::uint8_t fill);

struct SparseRun {
    std::uint32_t offset = 0;
    Bytes data;
};
// Checks every run against `size`; errors name `what` ("flash", "sram.SRAM1").
Result<std::vector<SparseRun>> decodeSparse(const nlohmann::json& runs, std::uint64_t size,
                                            std::string_view what);

std::string toBase64(ByteView bytes);
std::optional<Bytes> fromBase64(std::string_view text);

}  // namespace rescue::sim::stm32
