#pragma once
// The octal NOR flash on an STM32H7S78-DK style board, behind the XSPI memory-mapped window:
// reads through the window, erase by 4 KB sector / 64 KB block / chip, page programming
// that can only clear bits (NOR), with typical busy times. Stored sparsely: a 128 MB part
// costs memory only for the sectors that hold data.
//
// The chip model does not execute code, so an external loader running on the core cannot
// program it; the lab drives it through this C++ interface (and restores it from saved
// board state). Memory-mapped writes fault, as in the XSPI's memory-mapped read mode.

#include <cstdint>
#include <map>

#include "core/common/bytes.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/sim/arm/bus.h"
#include "core/sim/stm32/chip_parameters.h"

namespace rescue::sim::stm32 {

class NorFlash : public arm::Bus {
public:
    static constexpr std::uint32_t kSectorBytes = 4096;
    static constexpr std::uint32_t kBlockBytes = 65536;
    static constexpr std::uint32_t kPageBytes = 256;

    NorFlash(std::uint32_t sizeBytes, NorFlashTiming timing);

    arm::BusRead read(std::uint32_t offset, arm::AccessSize size) override;
    arm::BusStatus write(std::uint32_t offset, std::uint32_t value, arm::AccessSize size) override;

    std::uint32_t size() const { return m_size; }
    // Each returns how long the device stays busy.
    Result<Clock::Duration> eraseSector(std::uint32_t offset);  // 4 KB containing offset
    Result<Clock::Duration> eraseBlock(std::uint32_t offset);   // 64 KB containing offset
    Clock::Duration eraseChip();
    // Within one 256-byte page; bits only go 1 -> 0 (AND), as on any NOR flash.
    Result<Clock::Duration> program(std::uint32_t offset, ByteView data);

    std::uint8_t byteAt(std::uint32_t offset) const;
    // Sectors holding anything but 0xFF, by offset (for saving board state).
    const std::map<std::uint32_t, Bytes>& sectors() const { return m_sectors; }
    // Backdoor for restoring saved state: no NOR rules.
    bool load(std::uint32_t offset, ByteView data);

private:
    Status checkRange(std::uint32_t offset, std::uint32_t length) const;
    Bytes& sectorFor(std::uint32_t offset);

    std::uint32_t m_size;
    NorFlashTiming m_timing;
    std::map<std::uint32_t, Bytes> m_sectors;  // key: sector offset
};

}  // namespace rescue::sim::stm32
