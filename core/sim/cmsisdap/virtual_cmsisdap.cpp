#include "core/sim/cmsisdap/virtual_cmsisdap.h"

#include <algorithm>

#include "core/probe/cmsisdap/cmsisdap_protocol.h"

namespace rescue::sim::cmsisdap {

namespace dap = probe::cmsisdap;

bool validPacketSize(unsigned size) {
    return size == 64 || size == 512 || size == 1024;
}

VirtualCmsisDap::VirtualCmsisDap(CmsisDapIdentity identity, Clock& clock, SwdTarget* target)
    : m_identity(std::move(identity)),
      m_clock(clock),
      m_target(target),
      m_faults(clock),
      m_latency(m_identity.highSpeed() ? stlink::LatencyModel::highSpeed()
                                       : stlink::LatencyModel::fullSpeed()) {}

void VirtualCmsisDap::attachTarget(SwdTarget* target) {
    std::lock_guard lock(m_mutex);
    m_target = target;
}
void VirtualCmsisDap::setFaultPlan(const stlink::FaultPlan& plan) {
    std::lock_guard lock(m_mutex);
    m_faults.setPlan(plan);
}
stlink::FaultPlan VirtualCmsisDap::faultPlan() const {
    std::lock_guard lock(m_mutex);
    return m_faults.plan();
}
void VirtualCmsisDap::setBoardHooks(stlink::BoardFaultHooks hooks) {
    std::lock_guard lock(m_mutex);
    m_faults.setBoardHooks(std::move(hooks));
}
std::vector<stlink::FiredFault> VirtualCmsisDap::firedFaults() const {
    std::lock_guard lock(m_mutex);
    return m_faults.fired();
}
void VirtualCmsisDap::setLatency(const stlink::LatencyModel& latency) {
    std::lock_guard lock(m_mutex);
    m_latency = latency;
}
CmsisDapCounters VirtualCmsisDap::counters() const {
    std::lock_guard lock(m_mutex);
    return m_counters;
}
void VirtualCmsisDap::resetCounters() {
    std::lock_guard lock(m_mutex);
    m_counters = {};
}
bool VirtualCmsisDap::nresetAsserted() const {
    std::lock_guard lock(m_mutex);
    return m_nresetLow;
}
std::uint32_t VirtualCmsisDap::swdHz() const {
    std::lock_guard lock(m_mutex);
    return m_clockHz;
}

Status VirtualCmsisDap::write(std::uint8_t endpoint, ByteView data, std::chrono::milliseconds) {
    std::lock_guard lock(m_mutex);
    if (m_faults.plan().disconnected)
        return transport::disconnectedError(m_identity.product + " " + m_identity.serial);
    if (endpoint != m_identity.outEndpoint)
        return transport::badEndpointError(endpoint);
    // A real probe's endpoint takes at most one packet per command.
    const ByteView command = data.subspan(0, std::min<std::size_t>(data.size(), m_identity.packetSize));
    const bool abort = !command.empty() && command[0] == dap::cmd::kTransferAbort;
    if (!abort)
        m_reply.reset();  // a reply nobody read is dropped: the firmware moved on
    m_faults.onCommand();
    ++m_counters.roundTrips;
    m_counters.usbBytes += command.size();
    std::optional<Bytes> reply;
    if (!abort)
        reply = execute(command);
    if (reply)
        m_counters.usbBytes += reply->size();
    reply = m_faults.shapeReply(std::move(reply));
    if (reply)
        m_reply = std::move(reply);
    const Clock::Duration usb =
        m_latency.perRoundTrip +
        m_latency.perUsbByte * static_cast<std::int64_t>(command.size() + (m_reply ? m_reply->size() : 0));
    if (usb.count() > 0)
        m_clock.sleepFor(usb);
    return {};
}

Result<Bytes> VirtualCmsisDap::read(std::uint8_t endpoint, std::size_t maxLength,
                                    std::chrono::milliseconds timeout) {
    {
        std::lock_guard lock(m_mutex);
        if (m_faults.plan().disconnected)
            return transport::disconnectedError(m_identity.product + " " + m_identity.serial);
        if (endpoint != m_identity.inEndpoint)
            return transport::badEndpointError(endpoint);
        if (m_reply) {
            Bytes reply = std::move(*m_reply);
            m_reply.reset();
            if (reply.size() > maxLength)
                return transport::overflowError(endpoint, reply.size(), maxLength);
            return reply;
        }
    }
    m_clock.sleepFor(timeout);
    return transport::timeoutError(endpoint, timeout);
}

void VirtualCmsisDap::chargeSwd(std::uint64_t transfers) {
    m_counters.swdTransfers += transfers;
    if (m_latency.swdCyclesPerTransfer == 0)
        return;
    const std::uint64_t cycles = transfers * (m_latency.swdCyclesPerTransfer + m_idleCycles);
    const auto ns =
        static_cast<std::int64_t>(cycles * 1'000'000'000ull / std::max<std::uint32_t>(m_clockHz, 1));
    if (ns > 0)
        m_clock.sleepFor(Clock::Duration(ns));
}

std::uint8_t VirtualCmsisDap::ackBits(SwdAck ack) {
    switch (ack) {
        case SwdAck::Ok:
            return dap::transfer::kAckOk;
        case SwdAck::Wait:
            return dap::transfer::kAckWait;
        case SwdAck::Fault:
            return dap::transfer::kAckFault;
        case SwdAck::NoResponse:
            return dap::transfer::kAckNone;
    }
    return dap::transfer::kAckNone;
}

SwdRead VirtualCmsisDap::doTransfer(bool ap, bool read, std::uint8_t address, std::uint32_t value) {
    for (unsigned attempt = 0;; ++attempt) {
        SwdRead r;
        chargeSwd(1);
        stlink::FaultPlan& plan = m_faults.plan();
        if (!m_target || !m_connected || plan.chipSilent) {
            r.ack = SwdAck::NoResponse;
        } else if (ap && plan.apWaits > 0) {
            --plan.apWaits;
            r.ack = SwdAck::Wait;
        } else if (ap && plan.apFaults > 0) {
            --plan.apFaults;
            r.ack = SwdAck::Fault;
        } else if (read) {
            r = m_target->read(ap, address);
        } else {
            r.ack = m_target->write(ap, address, value);
        }
        if (r.ack == SwdAck::Ok)
            followMemAp(ap, read, address, value);
        if (r.ack != SwdAck::Wait || attempt >= m_waitRetry)
            return r;
        ++m_counters.waitRetries;
    }
}

// ADIv5 MEM-AP (bank 0): CSW at 0x00, TAR at 0x04, DRW at 0x0C; SELECT's APBANKSEL picks
// the bank. Only what the fault triggers need: the address each DRW access reaches, TAR
// moving on by the access size when CSW asks for single auto-increment (within the 1 KB
// block the architecture guarantees).
void VirtualCmsisDap::followMemAp(bool ap, bool read, std::uint8_t address, std::uint32_t value) {
    if (!ap) {
        if (!read && address == 0x08)
            m_select = value;
        return;
    }
    if (((m_select >> 4) & 0xF) != 0)
        return;  // another bank (BD0..BD3, CFG, BASE, IDR)
    switch (address) {
        case 0x00:
            if (!read)
                m_csw = value;
            break;
        case 0x04:
            if (!read)
                m_tar = value;
            break;
        case 0x0C: {
            if (!read)
                m_faults.onApWrite(m_tar);
            if (((m_csw >> 4) & 0x3) == 0x1) {
                const std::uint32_t size = 1u << std::min<std::uint32_t>(m_csw & 0x7, 2);
                m_tar = (m_tar & ~0x3FFu) | ((m_tar + size) & 0x3FFu);
            }
            break;
        }
        default:
            break;
    }
}

Bytes VirtualCmsisDap::execute(ByteView c) {
    using namespace dap;
    const std::uint8_t id = c.empty() ? cmd::kInvalid : c[0];
    auto status = [id](bool ok) { return Bytes{id, ok ? kStatusOk : kStatusError}; };
    switch (id) {
        case cmd::kInfo:
            return c.size() >= 2 ? info(c[1]) : Bytes{cmd::kInfo, 0};
        case cmd::kHostStatus:
            return status(c.size() >= 3);
        case cmd::kConnect: {
            const std::uint8_t port = c.size() >= 2 ? c[1] : 0;
            m_connected = port == 0 || port == kPortSwd;
            m_matchMask = 0;
            return Bytes{cmd::kConnect, static_cast<std::uint8_t>(m_connected ? kPortSwd : 0)};
        }
        case cmd::kDisconnect:
            m_connected = false;
            return status(true);
        case cmd::kTransferConfigure:
            if (c.size() < 6)
                return status(false);
            m_idleCycles = c[1];
            m_waitRetry = readLe16(c, 2);
            m_matchRetry = readLe16(c, 4);
            return status(true);
        case cmd::kTransfer:
            return transfer(c);
        case cmd::kTransferBlock:
            return transferBlock(c);
        case cmd::kWriteAbort: {
            if (c.size() < 6)
                return status(false);
            const SwdRead r = doTransfer(false, false, 0x0, readLe32(c, 2));
            return status(r.ack == SwdAck::Ok);
        }
        case cmd::kDelay:
            if (c.size() >= 3)
                m_clock.sleepFor(std::chrono::microseconds(readLe16(c, 1)));
            return status(c.size() >= 3);
        case cmd::kResetTarget:
            return Bytes{cmd::kResetTarget, kStatusOk, 0};  // no device-specific sequence
        case cmd::kSwjPins:
            return swjPins(c);
        case cmd::kSwjClock:
            if (c.size() < 5 || readLe32(c, 1) == 0)
                return status(false);
            m_clockHz = readLe32(c, 1);
            return status(true);
        case cmd::kSwjSequence:
            return swjSequence(c);
        case cmd::kSwdConfigure:
            return status(c.size() >= 2);
        default:
            return Bytes{cmd::kInvalid};
    }
}

Bytes VirtualCmsisDap::info(std::uint8_t id) const {
    using namespace dap;
    auto text = [](const std::string& s) {
        Bytes b{cmd::kInfo, static_cast<std::uint8_t>(s.size() + 1)};
        b.insert(b.end(), s.begin(), s.end());
        b.push_back(0);
        return b;
    };
    switch (id) {
        case info::kVendor:
            return text(m_identity.vendor);
        case info::kProduct:
            return text(m_identity.product);
        case info::kSerial:
            return text(m_identity.serial);
        case info::kProtocolVersion:
            return text(m_identity.protocolVersion);
        case info::kFirmwareVersion:
            return text(m_identity.firmware);
        case info::kCapabilities:
            return Bytes{cmd::kInfo, 1, m_identity.capabilities};
        case info::kPacketCount:
            return Bytes{cmd::kInfo, 1, m_identity.packetCount};
        case info::kPacketSize: {
            Bytes b{cmd::kInfo, 2};
            appendLe16(b, m_identity.packetSize);
            return b;
        }
        default:
            return Bytes{cmd::kInfo, 0};
    }
}

Bytes VirtualCmsisDap::transfer(ByteView c) {
    using namespace dap;
    Bytes reply{cmd::kTransfer, 0, 0};
    if (c.size() < 3)
        return reply;
    const std::uint8_t count = c[2];
    std::size_t pos = 3;
    std::uint8_t done = 0;
    std::uint8_t response = transfer::kAckOk;
    for (; done < count; ++done) {
        if (pos >= c.size()) {
            response = transfer::kAckNone;  // the request ran out: DAP.c reads garbage, we stop
            break;
        }
        const std::uint8_t request = c[pos++];
        const bool ap = (request & transfer::kApNDp) != 0;
        const bool read = (request & transfer::kRnW) != 0;
        const std::uint8_t address = request & 0x0C;
        const bool needsWord = !read || (request & transfer::kValueMatch) != 0;
        std::uint32_t word = 0;
        if (needsWord) {
            if (pos + 4 > c.size()) {
                response = transfer::kAckNone;
                break;
            }
            word = readLe32(c, pos);
            pos += 4;
        }
        if (!read && (request & transfer::kMatchMask) != 0) {
            m_matchMask = word;  // nothing goes to the target
            continue;
        }
        if (read && (request & transfer::kValueMatch) != 0) {
            // Re-read until (value & mask) == word, match_retry extra times at most.
            bool matched = false;
            SwdRead r;
            for (unsigned attempt = 0; attempt <= m_matchRetry; ++attempt) {
                r = doTransfer(ap, true, address, 0);
                ++m_counters.matchReads;
                if (r.ack != SwdAck::Ok)
                    break;
                if ((r.value & m_matchMask) == word) {
                    matched = true;
                    break;
                }
            }
            response = ackBits(r.ack);
            if (r.ack == SwdAck::Ok && !matched)
                response |= transfer::kMismatch;
            if (!matched)
                break;
            continue;
        }
        const SwdRead r = doTransfer(ap, read, address, word);
        response = ackBits(r.ack);
        if (r.ack != SwdAck::Ok)
            break;
        if (read)
            appendLe32(reply, r.value);
    }
    reply[1] = done;
    reply[2] = response;
    return reply;
}

Bytes VirtualCmsisDap::transferBlock(ByteView c) {
    using namespace dap;
    Bytes reply{cmd::kTransferBlock, 0, 0, 0};
    if (c.size() < 5)
        return reply;
    const std::uint16_t count = readLe16(c, 2);
    const std::uint8_t request = c[4];
    const bool ap = (request & transfer::kApNDp) != 0;
    const bool read = (request & transfer::kRnW) != 0;
    const std::uint8_t address = request & 0x0C;
    std::uint16_t done = 0;
    std::uint8_t response = transfer::kAckOk;
    std::size_t pos = 5;
    for (; done < count; ++done) {
        // The reply must fit one packet, as on a real probe.
        if (read && reply.size() + 4 > m_identity.packetSize)
            break;
        std::uint32_t word = 0;
        if (!read) {
            if (pos + 4 > c.size()) {
                response = transfer::kAckNone;
                break;
            }
            word = readLe32(c, pos);
            pos += 4;
        }
        const SwdRead r = doTransfer(ap, read, address, word);
        response = ackBits(r.ack);
        if (r.ack != SwdAck::Ok)
            break;
        if (read)
            appendLe32(reply, r.value);
    }
    reply[1] = static_cast<std::uint8_t>(done & 0xFF);
    reply[2] = static_cast<std::uint8_t>(done >> 8);
    reply[3] = response;
    return reply;
}

Bytes VirtualCmsisDap::swjPins(ByteView c) {
    using namespace dap;
    if (c.size() < 7)
        return Bytes{cmd::kSwjPins, 0};
    const std::uint8_t output = c[1], select = c[2];
    if ((select & pin::kNreset) != 0) {
        m_nresetLow = (output & pin::kNreset) == 0;
        if (m_target)
            m_target->setProbeNrst(m_nresetLow);
    }
    // What the pins read: SWCLK and SWDIO idle high, nRESET as driven (open drain, pulled up).
    const std::uint8_t in =
        static_cast<std::uint8_t>(pin::kSwclk | pin::kSwdio | (m_nresetLow ? 0 : pin::kNreset));
    return Bytes{cmd::kSwjPins, in};
}

Bytes VirtualCmsisDap::swjSequence(ByteView c) {
    using namespace dap;
    if (c.size() < 2)
        return Bytes{cmd::kSwjSequence, kStatusError};
    const unsigned bits = c[1] == 0 ? 256 : c[1];
    const std::size_t bytes = (bits + 7) / 8;
    if (c.size() < 2 + bytes)
        return Bytes{cmd::kSwjSequence, kStatusError};
    // 50 or more ones in a row is a line reset; the target sees it (and the JTAG-to-SWD code
    // that the host sends between two of them).
    unsigned ones = 0, longest = 0;
    for (unsigned i = 0; i < bits; ++i) {
        const bool bit = (c[2 + i / 8] >> (i % 8)) & 1;
        ones = bit ? ones + 1 : 0;
        longest = std::max(longest, ones);
    }
    const auto ns = static_cast<std::int64_t>(std::uint64_t{bits} * 1'000'000'000ull /
                                              std::max<std::uint32_t>(m_clockHz, 1));
    if (ns > 0)
        m_clock.sleepFor(Clock::Duration(ns));
    if (longest >= 50 && m_target && m_connected)
        m_target->lineReset();
    return Bytes{cmd::kSwjSequence, kStatusOk};
}

}  // namespace rescue::sim::cmsisdap
