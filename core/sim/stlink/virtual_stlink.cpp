#include "core/sim/stlink/virtual_stlink.h"

#include <algorithm>

namespace rescue::sim::stlink {

namespace ps = probe::stlink;
using namespace std::chrono_literals;

LatencyModel LatencyModel::fullSpeed() {
    return {1ms, 1us, 46};
}
LatencyModel LatencyModel::highSpeed() {
    return {200us, 25ns, 46};
}
LatencyModel LatencyModel::none() {
    return {Clock::Duration{0}, Clock::Duration{0}, 0};
}

VirtualStlink::VirtualStlink(StlinkIdentity identity, Clock& clock, SwdTarget* target,
                             FirmwareOptions options)
    : m_identity(identity),
      m_clock(clock),
      m_firmware(std::move(identity), clock, m_plan, options),
      m_latency(m_identity.usb.highSpeed ? LatencyModel::highSpeed() : LatencyModel::fullSpeed()) {
    m_firmware.setTarget(target);
    // Called inside a command, with m_mutex held by write().
    m_firmware.engine().setWriteObserver([this](std::uint32_t address) { onApWrite(address); });
}

void VirtualStlink::attachTarget(SwdTarget* target) {
    std::lock_guard lock(m_mutex);
    m_firmware.setTarget(target);
}

void VirtualStlink::setFaultPlan(const FaultPlan& plan) {
    std::lock_guard lock(m_mutex);
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

void VirtualStlink::setBoardHooks(BoardFaultHooks hooks) {
    std::lock_guard lock(m_mutex);
    m_hooks = std::move(hooks);
}

std::vector<FiredFault> VirtualStlink::firedFaults() const {
    std::lock_guard lock(m_mutex);
    return m_fired;
}

bool VirtualStlink::takeConnectionDrop() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_dropConnection, false);
}

// SplitMix64 (Steele, Lea, Flood 2014): the same numbers on every compiler and library, so
// a campaign's seed reproduces a run exactly (std:: distributions may differ between them).
std::uint64_t VirtualStlink::nextRandom() {
    std::uint64_t z = (m_randomState += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void VirtualStlink::onCommand() {
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

void VirtualStlink::onApWrite(std::uint32_t address) {
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

void VirtualStlink::fireDue() {
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

void VirtualStlink::fire(const ScheduledFault& fault) {
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
            m_dropConnection = true;
            break;
    }
}

FaultPlan VirtualStlink::faultPlan() const {
    std::lock_guard lock(m_mutex);
    return m_plan;
}

void VirtualStlink::setLatency(const LatencyModel& latency) {
    std::lock_guard lock(m_mutex);
    m_latency = latency;
}

LatencyModel VirtualStlink::latency() const {
    std::lock_guard lock(m_mutex);
    return m_latency;
}

StlinkCounters VirtualStlink::counters() const {
    std::lock_guard lock(m_mutex);
    StlinkCounters c = m_counters;
    c.swdTransfers = m_firmware.engine().transfers() - m_transfersAtReset;
    c.waitRetries = m_firmware.engine().waitRetries() - m_retriesAtReset;
    return c;
}

void VirtualStlink::resetCounters() {
    std::lock_guard lock(m_mutex);
    m_counters = {};
    m_transfersAtReset = m_firmware.engine().transfers();
    m_retriesAtReset = m_firmware.engine().waitRetries();
}

ps::Mode VirtualStlink::mode() const {
    std::lock_guard lock(m_mutex);
    return m_firmware.mode();
}

std::uint32_t VirtualStlink::swdKHz() const {
    std::lock_guard lock(m_mutex);
    return m_firmware.swdKHz();
}

Status VirtualStlink::write(std::uint8_t endpoint, ByteView data, std::chrono::milliseconds /*timeout*/) {
    std::lock_guard lock(m_mutex);
    if (m_plan.disconnected)
        return transport::disconnectedError(m_identity.modelName + " " + m_identity.serial);
    if (endpoint != m_identity.usb.outEndpoint)
        return transport::badEndpointError(endpoint);

    if (m_pendingCommand) {
        // The data-out phase of the command before.
        const std::size_t take = std::min(data.size(), m_pendingLength - m_pendingData.size());
        m_pendingData.insert(m_pendingData.end(), data.begin(),
                             data.begin() + static_cast<std::ptrdiff_t>(take));
        if (m_pendingData.size() < m_pendingLength)
            return {};
        const ps::CommandBlock block = *m_pendingCommand;
        m_pendingCommand.reset();
        const Bytes payload = std::exchange(m_pendingData, {});
        const std::uint64_t before = m_firmware.engine().transfers();
        auto reply = m_firmware.execute(block, payload);
        finishCommand(std::move(reply), ps::kCommandSize + payload.size(), before);
        return {};
    }

    // A new command: a reply nobody read is dropped, as the firmware starts over.
    m_reply.reset();
    onCommand();
    ps::CommandBlock block{};
    std::copy_n(data.begin(), std::min(data.size(), block.size()), block.begin());
    const std::size_t dataLength = m_firmware.dataOutLength(block);
    if (dataLength > 0) {
        m_pendingCommand = block;
        m_pendingLength = dataLength;
        m_pendingData.clear();
        return {};
    }
    const std::uint64_t before = m_firmware.engine().transfers();
    auto reply = m_firmware.execute(block, {});
    finishCommand(std::move(reply), ps::kCommandSize, before);
    return {};
}

void VirtualStlink::finishCommand(std::optional<Bytes> reply, std::size_t usbBytes,
                                  std::uint64_t transfersBefore) {
    ++m_counters.roundTrips;
    if (m_disconnectAfterCommand) {
        // The cable came out while the command ran: the board saw it, the host never
        // hears back, and every later transfer fails until the probe is re-plugged.
        m_disconnectAfterCommand = false;
        m_plan.disconnected = true;
        reply.reset();
    }
    if (reply) {
        usbBytes += reply->size();
        if (m_plan.silentReplies > 0) {
            --m_plan.silentReplies;
            reply.reset();
        } else if (m_plan.shortReplies > 0) {
            --m_plan.shortReplies;
            if (reply->size() > m_plan.shortReplyLength)
                reply->resize(m_plan.shortReplyLength);
        } else if (m_plan.oversizedReplies > 0) {
            --m_plan.oversizedReplies;
            // More than any host buffer holds (they round up to one 512-byte packet at most).
            reply->resize(reply->size() + 1024, 0xA5);
        }
    }
    m_reply = std::move(reply);
    chargeTime(usbBytes, m_firmware.engine().transfers() - transfersBefore);
}

void VirtualStlink::chargeTime(std::size_t usbBytes, std::uint64_t transfers) {
    Clock::Duration cost =
        m_latency.perRoundTrip + m_latency.perUsbByte * static_cast<std::int64_t>(usbBytes);
    const std::uint32_t kHz = std::max<std::uint32_t>(m_firmware.swdKHz(), 1);
    // cycles / (kHz * 1000) seconds = cycles * 1e6 / kHz nanoseconds.
    const auto swdNs =
        static_cast<std::int64_t>(transfers * m_latency.swdCyclesPerTransfer * 1'000'000ull / kHz);
    cost += Clock::Duration(swdNs);
    if (cost.count() > 0)
        m_clock.sleepFor(cost);
}

Result<Bytes> VirtualStlink::read(std::uint8_t endpoint, std::size_t maxLength,
                                  std::chrono::milliseconds timeout) {
    {
        std::lock_guard lock(m_mutex);
        if (m_plan.disconnected)
            return transport::disconnectedError(m_identity.modelName + " " + m_identity.serial);
        const bool trace = m_identity.usb.traceEndpoint != 0 && endpoint == m_identity.usb.traceEndpoint;
        if (!trace && endpoint != m_identity.usb.inEndpoint)
            return transport::badEndpointError(endpoint);
        if (!trace && m_reply) {
            Bytes reply = std::move(*m_reply);
            m_reply.reset();
            if (reply.size() > maxLength)
                return transport::overflowError(endpoint, reply.size(), maxLength);
            return reply;
        }
    }
    // Nothing to send: the host's transfer runs into its timeout (on the probe's clock,
    // so a virtual clock makes it instant and a test never hangs).
    m_clock.sleepFor(timeout);
    return transport::timeoutError(endpoint, timeout);
}

}  // namespace rescue::sim::stlink
