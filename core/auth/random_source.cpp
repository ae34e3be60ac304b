#include "core/auth/random_source.h"

#include <botan/chacha_rng.h>
#include <botan/system_rng.h>

#include "core/auth/sha256.h"
#include "core/common/bytes.h"

namespace rescue::auth {
namespace {

class SystemRandom final : public RandomSource {
public:
    void fill(std::span<std::uint8_t> out) override { m_rng.randomize(out.data(), out.size()); }

private:
    Botan::System_RNG m_rng;
};

class SeededRandom final : public RandomSource {
public:
    explicit SeededRandom(const Botan::secure_vector<std::uint8_t>& key) : m_rng(key) {}
    void fill(std::span<std::uint8_t> out) override { m_rng.randomize(out.data(), out.size()); }

private:
    Botan::ChaCha_RNG m_rng;
};

}  // namespace

std::unique_ptr<RandomSource> makeSystemRandom() {
    return std::make_unique<SystemRandom>();
}

std::unique_ptr<RandomSource> makeSeededRandom(std::uint64_t seed) {
    // The 64-bit seed is stretched with a fixed label so that two lab seeds never share a
    // ChaCha key prefix and the stream does not depend on Botan's seeding internals.
    static constexpr char label[] = "rescue-workbench seeded random v1";
    Bytes input(label, label + sizeof(label) - 1);
    for (int i = 0; i < 8; ++i)
        input.push_back(static_cast<std::uint8_t>(seed >> (8 * i)));
    const Sha256Digest key = sha256(input);
    return std::make_unique<SeededRandom>(Botan::secure_vector<std::uint8_t>(key.begin(), key.end()));
}

}  // namespace rescue::auth
