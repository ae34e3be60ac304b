#pragma once
// The chip's random number generator (its TRNG as the boot ROM uses it for DA challenges):
// a seeded DRBG that counts what it hands out, so a saved board resumes the same stream
// (seed + bytes drawn) and a lab run is reproducible from its seed.

#include <cstdint>
#include <memory>

#include "core/auth/random_source.h"

namespace rescue::sim::stm32 {

class CountingRandom final : public auth::RandomSource {
public:
    explicit CountingRandom(std::uint64_t seed);
    void fill(std::span<std::uint8_t> out) override;

    std::uint64_t seed() const { return m_seed; }
    std::uint64_t drawn() const { return m_drawn; }
    // Back to `seed`, then `drawn` bytes skipped.
    void restore(std::uint64_t seed, std::uint64_t drawn);
    // A RandomSource that draws from this one (for owners that want a unique_ptr, such as
    // sim::AdacDevice); it must not outlive this object.
    std::unique_ptr<auth::RandomSource> handle();

private:
    std::uint64_t m_seed;
    std::uint64_t m_drawn = 0;
    std::unique_ptr<auth::RandomSource> m_source;
};

}  // namespace rescue::sim::stm32
