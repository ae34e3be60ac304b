#include "core/sim/stm32/sparse_image.h"

#include <algorithm>

#include <botan/base64.h>
#include <botan/exceptn.h>
#include <fmt/format.h>

#include "core/device/names.h"

namespace rescue::sim::stm32 {

namespace {
constexpr std::size_t kChunk = 256;

Error badRuns(std::string_view what, const std::string& detail) {
    Error e = makeError("lab.state-malformed",
                        fmt::format("The saved board state's {} contents are malformed: {}.", what, detail),
                        "Reset the lab board to its scenario (rescue lab reset).");
    e.with("section", std::string(what));
    return e;
}
}  // namespace

std::string toBase64(ByteView bytes) {
    return Botan::base64_encode(bytes.data(), bytes.size());
}

std::optional<Bytes> fromBase64(std::string_view text) {
    try {
        auto decoded = Botan::base64_decode(std::string(text));
        return Bytes(decoded.begin(), decoded.end());
    } catch (const Botan::Exception&) {
        return std::nullopt;
    }
}

nlohmann::json encodeSparse(ByteView bytes, std::uint8_t fill) {
    nlohmann::json runs = nlohmann::json::array();
    std::size_t pos = 0;
    auto chunkUsed = [&](std::size_t at) {
        const std::size_t end = std::min(bytes.size(), at + kChunk);
        return std::any_of(bytes.begin() + at, bytes.begin() + end,
                           [fill](std::uint8_t b) { return b != fill; });
    };
    while (pos < bytes.size()) {
        if (!chunkUsed(pos)) {
            pos += kChunk;
            continue;
        }
        std::size_t end = pos;
        while (end < bytes.size() && chunkUsed(end))
            end += kChunk;
        end = std::min(end, bytes.size());
        runs.push_back({{"offset", hex32(static_cast<std::uint32_t>(pos))},
                        {"data", toBase64(bytes.subspan(pos, end - pos))}});
        pos = end;
    }
    return runs;
}

Result<std::vector<SparseRun>> decodeSparse(const nlohmann::json& runs, std::uint64_t size,
                                            std::string_view what) {
    std::vector<SparseRun> out;
    if (runs.is_null())
        return out;
    if (!runs.is_array())
        return badRuns(what, "expected a list of {offset, data}");
    for (const auto& run : runs) {
        if (!run.is_object() || !run.contains("offset") || !run.contains("data") ||
            !run["offset"].is_string() || !run["data"].is_string())
            return badRuns(what, "each run needs \"offset\" and \"data\" strings");
        auto offset = device::parseNumber(run["offset"].get<std::string>());
        auto data = fromBase64(run["data"].get<std::string>());
        if (!offset || !data)
            return badRuns(what, "an offset or its base64 data does not parse");
        if (*offset + data->size() > size)
            return badRuns(
                what, fmt::format("a run at {} ends past the {} bytes of the memory", hex32(*offset), size));
        out.push_back({*offset, std::move(*data)});
    }
    return out;
}

}  // namespace rescue::sim::stm32
