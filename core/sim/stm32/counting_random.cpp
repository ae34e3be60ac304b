#include "core/sim/stm32/counting_random.h"

#include <algorithm>
#include <array>

namespace rescue::sim::stm32 {

namespace {
class Forwarder final : public auth::RandomSource {
public:
    explicit Forwarder(CountingRandom& source) : m_source(source) {}
    void fill(std::span<std::uint8_t> out) override { m_source.fill(out); }

private:
    CountingRandom& m_source;
};
}  // namespace

CountingRandom::CountingRandom(std::uint64_t seed) : m_seed(seed), m_source(auth::makeSeededRandom(seed)) {}

void CountingRandom::fill(std::span<std::uint8_t> out) {
    m_source->fill(out);
    m_drawn += out.size();
}

void CountingRandom::restore(std::uint64_t seed, std::uint64_t drawn) {
    m_seed = seed;
    m_source = auth::makeSeededRandom(seed);
    m_drawn = 0;
    std::array<std::uint8_t, 256> scratch{};
    while (m_drawn < drawn) {
        const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(scratch.size(), drawn - m_drawn));
        fill(std::span<std::uint8_t>(scratch.data(), n));
    }
}

std::unique_ptr<auth::RandomSource> CountingRandom::handle() {
    return std::make_unique<Forwarder>(*this);
}

}  // namespace rescue::sim::stm32
