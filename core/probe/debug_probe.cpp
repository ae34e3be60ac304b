#include "core/probe/debug_probe.h"

namespace rescue::probe {

Result<std::uint32_t> DebugProbe::read32(std::uint8_t ap, std::uint32_t address) {
    auto bytes = readMemory(ap, address, 4, AccessWidth::Bits32);
    if (!bytes)
        return std::move(bytes).error();
    return readLe32(*bytes, 0);
}

Status DebugProbe::write32(std::uint8_t ap, std::uint32_t address, std::uint32_t value) {
    Bytes word;
    appendLe32(word, value);
    return writeMemory(ap, address, word, AccessWidth::Bits32);
}

}  // namespace rescue::probe
