#include "core/sim/stlink/fault_injector.h"

#include <iterator>

namespace rescue::sim::stlink {

void FaultInjector::setPlan(const FaultPlan& plan) {
    m_plan = plan;
    m_commands = 0;
    m_apWrites.clear();
    m_planStart = m_clock.now();
    // SplitMix64's state: any seed (0 included) gives a full-period sequence.
    m_randomState = plan.random.seed;
    m_randomFired = 0;
    m_armed.clear();
    m_fired.clear();
    m_disconnectAfterCommand = false;
    m_dropConnection = false;
}

// SplitMix64 (Steele, Lea, Flood 2014): the same numbers on every compiler and library, so
// a campaign's seed reproduces a run exactly (std:: distributions may differ between them).
std::uint64_t FaultInjector::nextRandom() {
    std::uint64_t z = (m_randomState += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void FaultInjector::onCommand() {
    ++m_commands;
    const auto now = m_clock.now();
    for (auto it = m_plan.schedule.begin(); it != m_plan.schedule.end();) {
        const FaultTrigger& t = it->when;
        const bool hit = (t.on == FaultTrigger::On::Command && m_commands >= t.count) ||
                         (t.on == FaultTrigger::On::LabTime && now - m_planStart >= t.labTime);
        if (hit) {
            m_armed.emplace_back(now + t.delay, *it);
            it = m_plan.schedule.erase(it);
        } else {
            ++it;
        }
    }
    const RandomFaults& r = m_plan.random;
    if (r.perCommand > 0 && m_randomFired < r.maxFaults) {
        const double draw = static_cast<double>(nextRandom() >> 11) * 0x1.0p-53;
        if (draw < r.perCommand) {
            ++m_randomFired;
            ScheduledFault f;
            const std::size_t n = r.kinds.empty() ? std::size(kAllFaultKinds) : r.kinds.size();
            const std::size_t pick = static_cast<std::size_t>(nextRandom() % n);
            f.kind = r.kinds.empty() ? kAllFaultKinds[pick] : r.kinds[pick];
            // A storm from absorbed (a few) to one the host sees (more than the retries).
            f.repeat = 1 + static_cast<unsigned>(nextRandom() % 64);
            f.latency = std::chrono::milliseconds(1 + static_cast<std::int64_t>(nextRandom() % 3000));
            m_armed.emplace_back(now, f);
        }
    }
    fireDue();
}

void FaultInjector::onApWrite(std::uint32_t address) {
    const std::uint64_t seen = ++m_apWrites[address];
    const auto now = m_clock.now();
    for (auto it = m_plan.schedule.begin(); it != m_plan.schedule.end();) {
        const FaultTrigger& t = it->when;
        if (t.on == FaultTrigger::On::ApWrite && t.address == address && seen >= t.count) {
            m_armed.emplace_back(now + t.delay, *it);
            it = m_plan.schedule.erase(it);
        } else {
            ++it;
        }
    }
    fireDue();
}

void FaultInjector::fireDue() {
    const auto now = m_clock.now();
    // Fire in trigger order; a fault may arm nothing new, so one pass is enough.
    std::vector<ScheduledFault> due;
    for (auto it = m_armed.begin(); it != m_armed.end();) {
        if (it->first <= now) {
            due.push_back(it->second);
            it = m_armed.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto& f : due)
        fire(f);
}

void FaultInjector::fire(const ScheduledFault& fault) {
    m_fired.push_back({fault.kind, m_commands, m_clock.now()});
    switch (fault.kind) {
        case FaultKind::Disconnect:
            m_disconnectAfterCommand = true;
            break;
        case FaultKind::WaitStorm:
            m_plan.apWaits += fault.repeat;
            break;
        case FaultKind::ApFault:
            m_plan.apFaults += fault.repeat;
            break;
        case FaultKind::ShortReply:
            ++m_plan.shortReplies;
            break;
        case FaultKind::OversizedReply:
            ++m_plan.oversizedReplies;
            break;
        case FaultKind::SilentReply:
            ++m_plan.silentReplies;
            break;
        case FaultKind::LatencySpike:
            if (fault.latency.count() > 0)
                m_clock.sleepFor(fault.latency);
            break;
        case FaultKind::ChipReset:
            if (m_hooks.reset)
                m_hooks.reset();
            break;
        case FaultKind::PowerLoss:
            if (m_hooks.powerCycle)
                m_hooks.powerCycle();
            break;
        case FaultKind::ChipSilent:
            m_plan.chipSilent = true;
            break;
        case FaultKind::ServerDrop:
            m_dropConnection = true;  // a probe behind no server never asks
            break;
    }
}

std::optional<Bytes> FaultInjector::shapeReply(std::optional<Bytes> reply) {
    if (m_disconnectAfterCommand) {
        // The cable came out while the command ran: the board saw it, the host never
        // hears back, and every later transfer fails until the probe is re-plugged.
        m_disconnectAfterCommand = false;
        m_plan.disconnected = true;
        return std::nullopt;
    }
    if (!reply)
        return reply;
    if (m_plan.silentReplies > 0) {
        --m_plan.silentReplies;
        return std::nullopt;
    }
    if (m_plan.shortReplies > 0) {
        --m_plan.shortReplies;
        if (reply->size() > m_plan.shortReplyLength)
            reply->resize(m_plan.shortReplyLength);
    } else if (m_plan.oversizedReplies > 0) {
        --m_plan.oversizedReplies;
        // More than any host buffer holds (they round up to one 512-byte packet at most).
        reply->resize(reply->size() + 1024, 0xA5);
    }
    return reply;
}

}  // namespace rescue::sim::stlink
