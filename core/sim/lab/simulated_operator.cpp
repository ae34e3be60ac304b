#include "core/sim/lab/simulated_operator.h"

#include "core/recovery/prompts.h"

namespace rescue::sim::lab {

namespace answer = recovery::answer;

SimulatedOperator::SimulatedOperator(engine::Engine& engine, probe::LabBench& bench, Clock& clock,
                                     std::uint64_t seed, OperatorProfile profile)
    : m_engine(engine), m_bench(bench), m_clock(clock), m_profile(profile), m_random(seed) {
    m_thread = std::jthread([this](std::stop_token stop) { loop(stop); });
    m_listener = m_engine.addListener([this](const engine::Event& e) {
        if (const auto* p = std::get_if<engine::Prompt>(&e.payload)) {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(*p);
            m_wake.notify_all();
        }
    });
}

SimulatedOperator::~SimulatedOperator() {
    m_engine.removeListener(m_listener);
    m_thread.request_stop();
    m_wake.notify_all();
}

OperatorStats SimulatedOperator::stats() const {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

Clock::Duration SimulatedOperator::react() {
    std::uniform_int_distribution<long long> ms(m_profile.reactionMin.count(), m_profile.reactionMax.count());
    const auto d = std::chrono::milliseconds(ms(m_random));
    m_stats.reactionsMs.push_back(static_cast<double>(d.count()));
    return d;
}

void SimulatedOperator::loop(std::stop_token stop) {
    for (;;) {
        engine::Prompt prompt;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return !m_queue.empty(); }))
                return;
            prompt = std::move(m_queue.front());
            m_queue.pop_front();
        }
        handle(prompt);
    }
}

void SimulatedOperator::handle(const engine::Prompt& p) {
    std::string choice;
    Clock::Duration reaction;
    {
        std::lock_guard lock(m_mutex);
        ++m_stats.prompts;
        reaction = react();
    }
    m_clock.sleepFor(reaction);
    const std::string stage = p.details.is_object() ? p.details.value("stage", std::string()) : std::string();
    if (p.kind == recovery::prompt_kind::kManualReset && stage == "press") {
        bool slip = false;
        {
            std::lock_guard lock(m_mutex);
            slip = std::bernoulli_distribution(m_profile.slipRate)(m_random);
            ++m_stats.presses;
            m_stats.slips += slip ? 1 : 0;
        }
        m_bench.pressResetButton();
        if (slip)
            m_bench.releaseResetButton();  // a tap: the chip restarts before the request is written
        choice = answer::kHolding;
    } else if (p.kind == recovery::prompt_kind::kManualReset && stage == "release") {
        Clock::Duration letGo;
        {
            std::lock_guard lock(m_mutex);
            ++m_stats.releases;
            letGo = react();
        }
        m_bench.scheduleResetButton(m_clock.now() + letGo, false);
        choice = answer::kRelease;
    } else if (p.kind == recovery::prompt_kind::kConfirm) {
        std::lock_guard lock(m_mutex);
        ++m_stats.confirmations;
        choice = answer::kConfirm;
    } else {
        choice = !p.defaultChoice.empty() ? p.defaultChoice : (p.choices.empty() ? "" : p.choices.front().id);
    }
    (void)m_engine.answer(p.id, choice);
}

}  // namespace rescue::sim::lab
