#pragma once
// SWD clock settings of ST-LINK probes (docs/reference/stlink-protocol.md section 6): the
// fixed divisor table of V2 firmware (F2 43) and the frequency list a V3 reports (F2 62)
// from which the host picks the closest value not above its request (F2 61).

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/common/bytes.h"

namespace rescue::probe::stlink {

struct SwdSpeed {
    std::uint32_t kHz = 0;
    std::uint16_t divisor = 0;
};

// OpenOCD's V2 table, fastest first: 4000 kHz -> 0 ... 5 kHz -> 798.
std::span<const SwdSpeed> v2SwdSpeedsOpenOcd();
// The extra points pyOCD/probe-rs use (4600 -> 0, 650 -> 5, 400 -> 9, 360 -> 10, 150 -> 25,
// 125 -> 31): the same firmware, other names for some divisors.
std::span<const SwdSpeed> v2SwdSpeedsPyOcd();

inline constexpr std::uint32_t kV2DefaultSwdKHz = 1800;  // divisor 1, the power-on default
inline constexpr std::uint16_t kV2DefaultSwdDivisor = 1;

// Fastest entry of OpenOCD's table not above `kHz` (the slowest entry when all are above).
SwdSpeed v2SpeedForKHz(std::uint32_t kHz);
// The clock a V2 produces for a divisor, when the divisor is in either table.
std::optional<std::uint32_t> v2KHzForDivisor(std::uint16_t divisor);

// The list a virtual V3 reports: a choice, not a measured table (section 6.2).
std::span<const std::uint32_t> v3SwdFrequenciesKHz();
inline constexpr std::uint32_t kV3DefaultSwdKHz = 8000;  // CubeProgrammer "speed=fast" on a V3SET [log]

// OpenOCD's stlink_match_speed_map: the closest listed value not above `kHz`, the lowest
// listed value when all are above. `list` must not be empty.
std::uint32_t v3PickFrequency(std::span<const std::uint32_t> list, std::uint32_t kHz);

// GET_COM_FREQ reply (52 bytes): status, current kHz at [4..7], count at [8..11], up to
// ten frequencies at [12 + 4i].
struct ComFrequencies {
    std::uint8_t status = 0;
    std::uint32_t currentKHz = 0;
    std::vector<std::uint32_t> kHz;
};
Bytes encodeComFrequencies(const ComFrequencies& f);
std::optional<ComFrequencies> decodeComFrequencies(ByteView reply);

}  // namespace rescue::probe::stlink
