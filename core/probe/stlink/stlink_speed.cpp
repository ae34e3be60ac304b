#include "core/probe/stlink/stlink_speed.h"

#include <algorithm>
#include <array>

namespace rescue::probe::stlink {

namespace {
constexpr std::array<SwdSpeed, 12> kOpenOcd{{{4000, 0},
                                             {1800, 1},
                                             {1200, 2},
                                             {950, 3},
                                             {480, 7},
                                             {240, 15},
                                             {125, 25},
                                             {100, 40},
                                             {50, 79},
                                             {25, 158},
                                             {15, 265},
                                             {5, 798}}};

constexpr std::array<SwdSpeed, 12> kPyOcd{{{4600, 0},
                                           {1800, 1},
                                           {1200, 2},
                                           {950, 3},
                                           {650, 5},
                                           {480, 7},
                                           {400, 9},
                                           {360, 10},
                                           {240, 15},
                                           {150, 25},
                                           {125, 31},
                                           {100, 40}}};

constexpr std::array<std::uint32_t, 7> kV3List{24000, 8000, 3300, 1000, 200, 50, 5};
}  // namespace

std::span<const SwdSpeed> v2SwdSpeedsOpenOcd() {
    return kOpenOcd;
}
std::span<const SwdSpeed> v2SwdSpeedsPyOcd() {
    return kPyOcd;
}

SwdSpeed v2SpeedForKHz(std::uint32_t kHz) {
    for (const auto& s : v2SwdSpeedsOpenOcd())
        if (s.kHz <= kHz)
            return s;
    return v2SwdSpeedsOpenOcd().back();
}

std::optional<std::uint32_t> v2KHzForDivisor(std::uint16_t divisor) {
    for (const auto& s : v2SwdSpeedsOpenOcd())
        if (s.divisor == divisor)
            return s.kHz;
    for (const auto& s : v2SwdSpeedsPyOcd())
        if (s.divisor == divisor)
            return s.kHz;
    return std::nullopt;
}

std::span<const std::uint32_t> v3SwdFrequenciesKHz() {
    return kV3List;
}

std::uint32_t v3PickFrequency(std::span<const std::uint32_t> list, std::uint32_t kHz) {
    std::uint32_t best = 0;
    bool found = false;
    for (auto f : list) {
        if (f <= kHz && (!found || f > best)) {
            best = f;
            found = true;
        }
    }
    if (found)
        return best;
    return *std::min_element(list.begin(), list.end());
}

Bytes encodeComFrequencies(const ComFrequencies& f) {
    Bytes out(52, 0);
    out[0] = f.status;
    writeLe32(out, 4, f.currentKHz);
    const std::size_t n = std::min<std::size_t>(f.kHz.size(), 10);
    writeLe32(out, 8, static_cast<std::uint32_t>(n));
    for (std::size_t i = 0; i < n; ++i)
        writeLe32(out, 12 + 4 * i, f.kHz[i]);
    return out;
}

std::optional<ComFrequencies> decodeComFrequencies(ByteView reply) {
    if (reply.size() < 52)
        return std::nullopt;
    ComFrequencies f;
    f.status = reply[0];
    f.currentKHz = readLe32(reply, 4);
    const std::uint32_t n = readLe32(reply, 8);
    if (n > 10)
        return std::nullopt;
    for (std::uint32_t i = 0; i < n; ++i)
        f.kHz.push_back(readLe32(reply, 12 + 4 * i));
    return f;
}

}  // namespace rescue::probe::stlink
