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
      m_faults(clock),
      m_firmware(std::move(identity), clock, m_faults.plan(), options),
      m_latency(m_identity.usb.highSpeed ? LatencyModel::highSpeed() : LatencyModel::fullSpeed()) {
    m_firmware.setTarget(target);
    // Called inside a command, with m_mutex held by write().
    m_firmware.engine().setWriteObserver([this](std::uint32_t address) { m_faults.onApWrite(address); });
}

void VirtualStlink::attachTarget(SwdTarget* target) {
    std::lock_guard lock(m_mutex);
    m_firmware.setTarget(target);
}

void VirtualStlink::setFaultPlan(const FaultPlan& plan) {
    std::lock_guard lock(m_mutex);
    m_faults.setPlan(plan);
}

void VirtualStlink::setBoardHooks(BoardFaultHooks hooks) {
    std::lock_guard lock(m_mutex);
    m_faults.setBoardHooks(std::move(hooks));
}

std::vector<FiredFault> VirtualStlink::firedFaults() const {
    std::lock_guard lock(m_mutex);
    return m_faults.fired();
}

bool VirtualStlink::takeConnectionDrop() {
    std::lock_guard lock(m_mutex);
    return m_faults.takeConnectionDrop();
}

FaultPlan VirtualStlink::faultPlan() const {
    std::lock_guard lock(m_mutex);
    return m_faults.plan();
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
    if (m_faults.plan().disconnected)
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
    m_faults.onCommand();
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
    if (reply)
        usbBytes += reply->size();
    reply = m_faults.shapeReply(std::move(reply));
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
        if (m_faults.plan().disconnected)
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
