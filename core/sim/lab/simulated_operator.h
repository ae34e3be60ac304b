#pragma once
// A person at a lab board, for the wizard's prompts: reads each question, takes a human
// reaction time (seeded, spread over 150-900 ms by default), then does what it asks with
// their hands on the board (the RESET button, through probe::LabBench: never by reading
// the scenario) and answers. Lab only.
//
//   "press and hold RESET"  -> waits a reaction, presses, answers "holding"
//                              (with slipRate: taps it instead, letting go at once)
//   "release RESET"         -> waits a reaction, answers, lets go one more reaction later
//                              (the button is let go at that instant of lab time while the
//                              host polls; LabBench::scheduleResetButton)
//   "confirm" / "choice"    -> waits a reaction, confirms / takes the default (or first) choice
//
// Reaction times pass on the lab's clock: in virtual time a run takes no wall time and is
// the same for the same seed. Answers come from a thread of its own, so a real-time lab
// (SteadyClock) works too.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include "core/common/clock.h"
#include "core/engine/engine.h"
#include "core/probe/lab_bench.h"

namespace rescue::sim::lab {

struct OperatorProfile {
    std::chrono::milliseconds reactionMin{150};
    std::chrono::milliseconds reactionMax{900};
    double slipRate = 0.0;  // chance that a "press and hold" is a tap
};

struct OperatorStats {
    unsigned prompts = 0;
    unsigned presses = 0;
    unsigned releases = 0;
    unsigned slips = 0;
    unsigned confirmations = 0;
    std::vector<double> reactionsMs;
};

class SimulatedOperator {
public:
    SimulatedOperator(engine::Engine& engine, probe::LabBench& bench, Clock& clock, std::uint64_t seed,
                      OperatorProfile profile = {});
    ~SimulatedOperator();
    SimulatedOperator(const SimulatedOperator&) = delete;
    SimulatedOperator& operator=(const SimulatedOperator&) = delete;

    OperatorStats stats() const;

private:
    void loop(std::stop_token stop);
    void handle(const engine::Prompt& prompt);
    Clock::Duration react();

    engine::Engine& m_engine;
    probe::LabBench& m_bench;
    Clock& m_clock;
    OperatorProfile m_profile;
    std::mt19937_64 m_random;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<engine::Prompt> m_queue;
    OperatorStats m_stats;
    int m_listener = -1;
    std::jthread m_thread;
};

}  // namespace rescue::sim::lab
