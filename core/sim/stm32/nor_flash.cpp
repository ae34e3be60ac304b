#include "core/sim/stm32/nor_flash.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::sim::stm32 {

NorFlash::NorFlash(std::uint32_t sizeBytes, NorFlashTiming timing) : m_size(sizeBytes), m_timing(timing) {}

std::uint8_t NorFlash::byteAt(std::uint32_t offset) const {
    auto it = m_sectors.find(offset - offset % kSectorBytes);
    return it == m_sectors.end() ? std::uint8_t{0xFF} : it->second[offset % kSectorBytes];
}

arm::BusRead NorFlash::read(std::uint32_t offset, arm::AccessSize size) {
    const unsigned n = arm::bytesOf(size);
    if (!arm::isAligned(offset, size) || std::uint64_t{offset} + n > m_size)
        return {arm::BusStatus::Fault, 0};
    std::uint32_t v = 0;
    for (unsigned i = 0; i < n; ++i)
        v |= std::uint32_t{byteAt(offset + i)} << (8 * i);
    return {arm::BusStatus::Ok, v};
}

arm::BusStatus NorFlash::write(std::uint32_t, std::uint32_t, arm::AccessSize) {
    return arm::BusStatus::Fault;  // memory-mapped mode is read-only
}

Status NorFlash::checkRange(std::uint32_t offset, std::uint32_t length) const {
    if (std::uint64_t{offset} + length <= m_size)
        return {};
    Error e = makeError(
        "lab.external-flash-range",
        fmt::format("The external flash holds {} bytes; offset {} is outside it.", m_size, hex32(offset)));
    e.with("offset", hex32(offset)).with("size", hex32(m_size));
    return e;
}

Bytes& NorFlash::sectorFor(std::uint32_t offset) {
    auto [it, inserted] = m_sectors.try_emplace(offset - offset % kSectorBytes);
    if (inserted)
        it->second.assign(kSectorBytes, 0xFF);
    return it->second;
}

Result<Clock::Duration> NorFlash::eraseSector(std::uint32_t offset) {
    if (auto s = checkRange(offset, 1); !s)
        return std::move(s).error();
    m_sectors.erase(offset - offset % kSectorBytes);
    return m_timing.sectorErase4k;
}

Result<Clock::Duration> NorFlash::eraseBlock(std::uint32_t offset) {
    if (auto s = checkRange(offset, 1); !s)
        return std::move(s).error();
    const std::uint32_t first = offset - offset % kBlockBytes;
    m_sectors.erase(m_sectors.lower_bound(first), m_sectors.lower_bound(first + kBlockBytes));
    return m_timing.blockErase64k;
}

Clock::Duration NorFlash::eraseChip() {
    m_sectors.clear();
    return m_timing.blockErase64k * (m_size / kBlockBytes);
}

Result<Clock::Duration> NorFlash::program(std::uint32_t offset, ByteView data) {
    if (auto s = checkRange(offset, static_cast<std::uint32_t>(data.size())); !s)
        return std::move(s).error();
    if (data.empty())
        return Clock::Duration{0};
    if (offset / kPageBytes != (offset + data.size() - 1) / kPageBytes) {
        Error e = makeError("lab.external-flash-page",
                            "A page program must stay inside one 256-byte page of the external flash.");
        e.with("offset", hex32(offset)).with("length", std::to_string(data.size()));
        return e;
    }
    Bytes& sector = sectorFor(offset);
    for (std::size_t i = 0; i < data.size(); ++i)
        sector[(offset + i) % kSectorBytes] &= data[i];
    if (std::all_of(sector.begin(), sector.end(), [](std::uint8_t b) { return b == 0xFF; }))
        m_sectors.erase(offset - offset % kSectorBytes);
    return m_timing.pageProgram;
}

bool NorFlash::load(std::uint32_t offset, ByteView data) {
    if (!checkRange(offset, static_cast<std::uint32_t>(data.size())))
        return false;
    for (std::size_t i = 0; i < data.size(); ++i)
        sectorFor(static_cast<std::uint32_t>(offset + i))[(offset + i) % kSectorBytes] = data[i];
    return true;
}

}  // namespace rescue::sim::stm32
