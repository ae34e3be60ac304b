#pragma once
// Where challenges and generated keys get their randomness. Real use takes the operating
// system's generator; the virtual lab and the tests take a ChaCha20 DRBG keyed from a
// 64-bit seed, so a run is reproducible from its seed.

#include <cstdint>
#include <memory>
#include <span>

namespace rescue::auth {

class RandomSource {
public:
    virtual ~RandomSource() = default;
    virtual void fill(std::span<std::uint8_t> out) = 0;
};

std::unique_ptr<RandomSource> makeSystemRandom();
std::unique_ptr<RandomSource> makeSeededRandom(std::uint64_t seed);

}  // namespace rescue::auth
