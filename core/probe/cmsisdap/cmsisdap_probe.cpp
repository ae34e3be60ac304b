#include "core/probe/cmsisdap/cmsisdap_probe.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/arm/adiv5.h"

namespace rescue::probe::cmsisdap {
namespace {

using namespace std::chrono_literals;

constexpr std::uint32_t kCswBase = 0xA2000000;  // DbgSwEnable | master debug | HPROT1 (OpenOCD's AHB default)
constexpr std::uint8_t kApCsw = 0x00, kApTar = 0x04, kApDrw = 0x0C;
constexpr std::size_t kTransferHeader = 3;  // id, dap index, count / id, count, response
constexpr std::size_t kMaxOps = 255;

std::string stepText(std::size_t step) {
    return std::to_string(step);
}

std::uint32_t sizeBits(AccessWidth w) {
    switch (w) {
        case AccessWidth::Bits8:
            return arm::csw::kSize8;
        case AccessWidth::Bits16:
            return arm::csw::kSize16;
        case AccessWidth::Bits32:
            return arm::csw::kSize32;
    }
    return arm::csw::kSize32;
}

std::string ackName(std::uint8_t response) {
    switch (response & 0x7) {
        case transfer::kAckOk:
            return "OK";
        case transfer::kAckWait:
            return "WAIT";
        case transfer::kAckFault:
            return "FAULT";
        case transfer::kAckNone:
            return "no ACK";
    }
    return fmt::format("ACK 0x{:X}", response & 0x7);
}

}  // namespace

CmsisDapProbe::CmsisDapProbe(std::shared_ptr<transport::BulkChannel> channel, ProbeInfo info,
                             std::shared_ptr<Clock> clock, CmsisDapOptions options)
    : m_channel(std::move(channel)), m_info(std::move(info)), m_clock(std::move(clock)), m_options(options) {}

CmsisDapProbe::~CmsisDapProbe() {
    if (m_attached)
        (void)detach();
}

Result<std::unique_ptr<CmsisDapProbe>> CmsisDapProbe::open(std::shared_ptr<transport::BulkChannel> channel,
                                                           ProbeInfo info, std::shared_ptr<Clock> clock,
                                                           CmsisDapOptions options) {
    if (!clock)
        clock = std::make_shared<SteadyClock>();
    std::unique_ptr<CmsisDapProbe> p(
        new CmsisDapProbe(std::move(channel), std::move(info), std::move(clock), options));
    if (Status s = p->readInfo(); !s)
        return std::move(s).error();
    return p;
}

Status CmsisDapProbe::readInfo() {
    // The packet size first: every later reply may be up to that long.
    m_dap.packetSize = 64;
    auto size = exchange(infoRequest(info::kPacketSize), "reading the packet size");
    if (!size)
        return std::move(size).error();
    auto packetSize = parseInfoU16(*size, info::kPacketSize);
    if (!packetSize)
        return std::move(packetSize).error();
    if (*packetSize < 16 || *packetSize > 1024)
        return badReply(fmt::format("a packet size of {} bytes (16 to 1024 expected)", *packetSize), *size);
    m_dap.packetSize = *packetSize;

    auto readU8 = [this](std::uint8_t id, std::string_view what) -> Result<std::uint8_t> {
        auto r = exchange(infoRequest(id), what);
        if (!r)
            return std::move(r).error();
        return parseInfoU8(*r, id);
    };
    auto readString = [this](std::uint8_t id, std::string_view what) -> Result<std::string> {
        auto r = exchange(infoRequest(id), what);
        if (!r)
            return std::move(r).error();
        return parseInfoString(*r, id);
    };
    auto count = readU8(info::kPacketCount, "reading the packet count");
    if (!count)
        return std::move(count).error();
    m_dap.packetCount = *count;
    auto caps = readU8(info::kCapabilities, "reading the capabilities");
    if (!caps)
        return std::move(caps).error();
    m_dap.capabilities = *caps;
    struct Field {
        std::uint8_t id;
        std::string* into;
        const char* what;
    };
    for (const Field& f :
         {Field{info::kVendor, &m_dap.vendor, "reading the vendor"},
          Field{info::kProduct, &m_dap.product, "reading the product name"},
          Field{info::kSerial, &m_dap.serial, "reading the serial number"},
          Field{info::kFirmwareVersion, &m_dap.firmware, "reading the firmware version"},
          Field{info::kProtocolVersion, &m_dap.protocolVersion, "reading the protocol version"}}) {
        auto s = readString(f.id, f.what);
        if (!s)
            return std::move(s).error();
        *f.into = *s;
    }
    if (!m_dap.swd())
        return makeError(std::string(probe_error::kUnsupported),
                         "This CMSIS-DAP probe does not speak SWD (JTAG only).",
                         "The STM32H5 and H7RS are reached over SWD: use a probe with SWD.")
            .with("capabilities", fmt::format("0x{:02X}", m_dap.capabilities));
    if (m_info.transport.empty())
        m_info.transport = "cmsis-dap";
    if (m_info.model.empty())
        m_info.model = m_dap.product.empty() ? "CMSIS-DAP" : m_dap.product;
    if (m_info.serial.empty())
        m_info.serial = m_dap.serial;
    m_info.firmware = m_dap.firmware.empty() ? m_dap.protocolVersion : m_dap.firmware;
    return {};
}

ProbeCapabilities CmsisDapProbe::capabilities() const {
    ProbeCapabilities c;
    c.nrstLine = true;
    c.multiAp = true;
    c.apChoiceInMemory = true;
    c.maxMemoryBlock = 1024;
    return c;
}

// ---- packets ---------------------------------------------------------------------------

Result<Bytes> CmsisDapProbe::exchange(const Bytes& request, std::string_view what) {
    if (request.size() > m_dap.packetSize)
        return makeError(std::string(probe_error::kBadReply),
                         fmt::format("A CMSIS-DAP command for {} does not fit one packet.", what),
                         "This is a driver bug; report it with the evidence.")
            .with("command bytes", std::to_string(request.size()))
            .with("packet size", std::to_string(m_dap.packetSize));
    ++m_counters.roundTrips;
    if (Status s = m_channel->write(m_options.outEndpoint, request, m_options.usbTimeout); !s) {
        if (s.error().code == transport::channel_error::kDisconnected)
            return makeError(std::string(probe_error::kDisconnected),
                             fmt::format("The CMSIS-DAP probe went away while {}.", what),
                             "Check the USB cable, plug the probe in again and reconnect.")
                .with("transport", s.error().message);
        return makeError(std::string(probe_error::kTimeout),
                         fmt::format("The CMSIS-DAP probe did not take the command while {}.", what),
                         "Unplug and reconnect the probe.")
            .with("transport", s.error().message);
    }
    auto reply = m_channel->read(m_options.inEndpoint, m_dap.packetSize, m_options.usbTimeout);
    if (reply)
        return reply;
    const Error& e = reply.error();
    if (e.code == transport::channel_error::kDisconnected)
        return makeError(std::string(probe_error::kDisconnected),
                         fmt::format("The CMSIS-DAP probe went away while {}.", what),
                         "Check the USB cable, plug the probe in again and reconnect.")
            .with("transport", e.message);
    if (e.code == transport::channel_error::kOverflow)
        return makeError(std::string(probe_error::kBadReply),
                         fmt::format("The CMSIS-DAP probe sent more than one packet while {}.", what),
                         "Unplug and reconnect the probe; if it repeats, update its firmware.")
            .with("transport", e.message);
    // No reply: a probe still polling (value match) or hung. DAP_TransferAbort stops a
    // transfer in progress; its late reply, if any, is drained so the next command pairs up.
    (void)m_channel->write(m_options.outEndpoint, transferAbortRequest(), m_options.usbTimeout);
    (void)m_channel->read(m_options.inEndpoint, m_dap.packetSize, 10ms);
    forgetState();
    return makeError(std::string(probe_error::kTimeout),
                     fmt::format("The CMSIS-DAP probe did not answer while {} (waited {} ms).", what,
                                 m_options.usbTimeout.count()),
                     "Unplug and reconnect the probe; if it repeats, lower the SWD clock.")
        .with("transport", e.message);
}

Status CmsisDapProbe::simple(const Bytes& request, std::uint8_t command, std::string_view what) {
    auto reply = exchange(request, what);
    if (!reply)
        return std::move(reply).error();
    return parseStatus(*reply, command, what);
}

// ---- session ---------------------------------------------------------------------------

Result<std::uint32_t> CmsisDapProbe::attach() {
    auto connected = exchange(connectRequest(kPortSwd), "connecting in SWD mode");
    if (!connected)
        return std::move(connected).error();
    auto port = parseConnect(*connected);
    if (!port)
        return std::move(port).error();
    if (*port != kPortSwd)
        return makeError(std::string(probe_error::kUnsupported),
                         "The CMSIS-DAP probe refused to switch to SWD.",
                         "Update the probe's firmware, or use another probe.")
            .with("DAP_Connect port", std::to_string(*port));
    forgetState();
    m_matchRetry = 0;
    if (auto f = setSwdFrequency(m_swdKHz ? m_swdKHz : m_options.swdKHz); !f)
        return std::move(f).error();
    if (Status s = simple(transferConfigureRequest(0, m_options.waitRetry, 0), cmd::kTransferConfigure,
                          "configuring transfers");
        !s)
        return std::move(s).error();
    if (Status s = simple(swdConfigureRequest(0), cmd::kSwdConfigure, "configuring SWD"); !s)
        return std::move(s).error();
    for (const SwjSequence& seq : jtagToSwdSequences())
        if (Status s = simple(swjSequenceRequest(seq.bits, seq.data), cmd::kSwjSequence,
                              "switching the line to SWD");
            !s)
            return std::move(s).error();

    std::vector<Op> ops{{TransferOp::readDp(arm::dp::kDpidr), 0}};
    auto dpidr = runOps(ops, 0ns, "reading DPIDR");
    if (!dpidr)
        return std::move(dpidr).error();
    if (Status s = clearSticky(); !s)
        return std::move(s).error();
    // Power up the debug and system domains and let the probe wait for both ACKs.
    if (Status s = ensureMatchRetry(100ms); !s)
        return std::move(s).error();
    ops.clear();
    queueSelect(ops, 0, 0);
    ops.push_back({TransferOp::writeDp(arm::dp::kCtrlStat, arm::dp::kPowerUpRequests), 0});
    ops.push_back({TransferOp::matchMask(arm::dp::kPowerUpAcks), 0});
    ops.push_back({TransferOp{std::uint8_t(transfer::kRnW | transfer::kValueMatch | arm::dp::kCtrlStat),
                              arm::dp::kPowerUpAcks},
                   0});
    m_matchMask = arm::dp::kPowerUpAcks;
    if (auto up = runOps(ops, 100ms, "powering up the debug port"); !up)
        return std::move(up).error();
    m_attached = true;
    return (*dpidr)[0];
}

Status CmsisDapProbe::detach() {
    if (!m_attached)
        return {};
    m_attached = false;
    forgetState();
    return simple(disconnectRequest(), cmd::kDisconnect, "disconnecting");
}

Result<double> CmsisDapProbe::targetVoltage() {
    // CMSIS-DAP has no standard command for it (vendor commands differ).
    return makeError(std::string(probe_error::kUnsupported),
                     "A CMSIS-DAP probe does not report the target voltage.",
                     "Measure VDD at the debug connector if you suspect power.");
}

Result<std::uint32_t> CmsisDapProbe::setSwdFrequency(std::uint32_t kHz) {
    kHz = std::max<std::uint32_t>(kHz, 1);
    if (Status s = simple(swjClockRequest(kHz * 1000), cmd::kSwjClock, "setting the SWD clock"); !s)
        return std::move(s).error();
    m_swdKHz = kHz;
    return kHz;
}

Status CmsisDapProbe::driveNrst(NrstDrive drive) {
    auto pins = [this](std::uint8_t output, std::uint32_t waitUs, std::string_view what) -> Status {
        auto reply = exchange(swjPinsRequest(output, pin::kNreset, waitUs), what);
        if (!reply)
            return std::move(reply).error();
        auto in = parseSwjPins(*reply);
        if (!in)
            return std::move(in).error();
        m_lastPins = *in;
        return {};
    };
    // The chip's reset also resets its debug port: SELECT and CSW are unknown afterwards.
    forgetState();
    switch (drive) {
        case NrstDrive::Low:
            return pins(0, 0, "driving nRESET low");
        case NrstDrive::High:
            // Wait up to 100 ms for the line to read high (an open-drain reset held by the board).
            return pins(pin::kNreset, 100'000, "releasing nRESET");
        case NrstDrive::Pulse:
            if (Status s = pins(0, 0, "driving nRESET low"); !s)
                return s;
            m_clock->sleepFor(10ms);
            return pins(pin::kNreset, 100'000, "releasing nRESET");
    }
    return {};
}

// ---- transfers -------------------------------------------------------------------------

void CmsisDapProbe::forgetState() {
    m_select.reset();
    for (auto& c : m_csw)
        c.reset();
    m_matchMask.reset();
    for (auto& t : m_tar)
        t.reset();
}

void CmsisDapProbe::queueSelect(std::vector<Op>& ops, std::uint32_t select, std::size_t step) {
    if (m_select == select)
        return;
    ops.push_back({TransferOp::writeDp(arm::dp::kSelect, select), step});
    m_select = select;
}

void CmsisDapProbe::queueApSelect(std::vector<Op>& ops, std::uint8_t ap, std::uint16_t address,
                                  std::size_t step) {
    // APSEL [31:24], APBANKSEL [7:4]; DP bank 0 (CTRL/STAT) for everything else.
    queueSelect(ops, (std::uint32_t{ap} << 24) | (address & 0xF0u), step);
}

void CmsisDapProbe::queueCsw(std::vector<Op>& ops, std::uint8_t ap, std::uint32_t csw, std::size_t step) {
    if (m_csw[ap] == csw)
        return;
    queueApSelect(ops, ap, kApCsw, step);
    ops.push_back({TransferOp::writeAp(kApCsw, csw), step});
    m_csw[ap] = csw;
}

Status CmsisDapProbe::clearSticky() {
    return simple(writeAbortRequest(arm::dp::kAbortClearAll), cmd::kWriteAbort, "clearing sticky errors");
}

Status CmsisDapProbe::ensureMatchRetry(Clock::Duration pollTimeout) {
    // As many retries as fit one slice at the SWD clock (46 cycles a read, cmsis-dap.md 4.1),
    // so a packet comes back often enough for the host to keep its own deadline.
    const Clock::Duration slice = std::min(pollTimeout, m_options.matchSlice);
    const double readNs = 46.0 * 1e6 / std::max<std::uint32_t>(m_swdKHz, 1);
    const double retries = std::chrono::duration<double, std::nano>(slice).count() / readNs;
    const auto wanted = static_cast<std::uint16_t>(std::clamp(retries, 1.0, 65535.0));
    if (wanted == m_matchRetry)
        return {};
    if (Status s = simple(transferConfigureRequest(0, m_options.waitRetry, wanted), cmd::kTransferConfigure,
                          "configuring value-match retries");
        !s)
        return s;
    m_matchRetry = wanted;
    return {};
}

Error CmsisDapProbe::transferError(const TransferReply& reply, const Op& failed, std::string_view what,
                                   std::optional<std::uint32_t> lastValue) {
    Error e;
    if (reply.mismatch()) {
        e = makeError(std::string(probe_error::kMatchTimeout),
                      fmt::format("The register polled while {} never matched the value waited for.", what),
                      "The target did not reach the expected state in time; check that it is powered and "
                      "running, then try again.");
        e.with("expected", fmt::format("0x{:08X}", failed.op.data));
        if (m_matchMask)
            e.with("mask", fmt::format("0x{:08X}", *m_matchMask));
        e.with(std::string(memory_step_evidence::kLastValue),
               lastValue ? fmt::format("0x{:08X}", *lastValue) : std::string("unknown"));
    } else if (reply.protocolError()) {
        e = makeError(std::string(probe_error::kDpError),
                      fmt::format("SWD protocol error (parity) while {}.", what),
                      "The SWD signal is unreliable: shorten the wires or lower the SWD clock.");
    } else {
        switch (reply.ack()) {
            case transfer::kAckWait:
                e = makeError(std::string(probe_error::kWait),
                              fmt::format("The target kept answering WAIT while {}.", what),
                              "The bus is busy (a flash operation or a low-power mode); wait and try again.");
                break;
            case transfer::kAckFault:
                e = makeError(std::string(probe_error::kFault),
                              fmt::format("The target answered FAULT while {}.", what),
                              "The address may be protected or unmapped in this state; the sticky error "
                              "was cleared.");
                break;
            default:
                e = makeError(std::string(probe_error::kNoTarget),
                              fmt::format("Nothing answered on SWD while {}.", what),
                              "Check the SWD wiring, that the board is powered and not held in reset.");
                break;
        }
    }
    e.with("DAP_Transfer response", fmt::format("0x{:02X} ({})", reply.response, ackName(reply.response)));
    e.with(std::string(memory_step_evidence::kStep), stepText(failed.step));
    return e;
}

Result<std::vector<std::uint32_t>> CmsisDapProbe::runOps(std::span<const Op> ops, Clock::Duration pollTimeout,
                                                         std::string_view what) {
    std::vector<std::uint32_t> words;
    std::optional<std::uint32_t> lastRead;
    std::size_t next = 0;
    const auto waitDeadline = m_clock->now() + m_options.waitBudget;
    // When the op at `pollingOp` started to be polled (its first mismatch's packet).
    std::size_t pollingOp = SIZE_MAX;
    Clock::TimePoint pollStart{};
    while (next < ops.size()) {
        // As many ops as fit one request and one reply packet.
        std::size_t requestBytes = kTransferHeader, replyBytes = kTransferHeader, end = next;
        while (end < ops.size() && end - next < kMaxOps &&
               requestBytes + ops[end].op.requestBytes() <= m_dap.packetSize &&
               replyBytes + ops[end].op.replyBytes() <= m_dap.packetSize) {
            requestBytes += ops[end].op.requestBytes();
            replyBytes += ops[end].op.replyBytes();
            ++end;
        }
        std::vector<TransferOp> packet;
        for (std::size_t i = next; i < end; ++i)
            packet.push_back(ops[i].op);
        const auto sent = m_clock->now();
        auto raw = exchange(transferRequest(packet), what);
        if (!raw) {
            forgetState();
            Error e = std::move(raw).error();
            e.with(std::string(memory_step_evidence::kStep), stepText(ops[next].step));
            return e;
        }
        auto reply = parseTransfer(*raw, packet);
        if (!reply) {
            forgetState();
            Error e = std::move(reply).error();
            e.with(std::string(memory_step_evidence::kStep), stepText(ops[next].step));
            return e;
        }
        for (std::uint32_t w : reply->words) {
            words.push_back(w);
            lastRead = w;
        }
        next += reply->executed;
        if (reply->ok())
            continue;
        const Op& failed = ops[next];
        if (reply->mismatch()) {
            if (pollingOp != next) {
                pollingOp = next;
                pollStart = sent;
            }
            if (m_clock->now() < pollStart + pollTimeout)
                continue;  // the probe polled a slice; go on polling from the same op
            // The value the probe last compared is not in the reply: read it once for the evidence.
            auto seen = exchange(transferRequest(std::vector<TransferOp>{
                                     TransferOp{std::uint8_t(failed.op.request & ~transfer::kValueMatch)}}),
                                 what);
            std::optional<std::uint32_t> value;
            if (seen)
                if (auto parsed = parseTransfer(*seen, std::vector<TransferOp>{TransferOp{std::uint8_t(
                                                           failed.op.request & ~transfer::kValueMatch)}});
                    parsed && parsed->ok() && !parsed->words.empty())
                    value = parsed->words[0];
            Error e = transferError(*reply, failed, what, value);
            forgetState();
            return e;
        }
        if (reply->ack() == transfer::kAckWait && m_clock->now() < waitDeadline) {
            ++m_counters.waitRetries;
            continue;  // the probe's own retries ran out; resend from the op that waited
        }
        Error e = transferError(*reply, failed, what, lastRead);
        if (reply->ack() == transfer::kAckFault || reply->protocolError() ||
            reply->ack() == transfer::kAckWait)
            (void)clearSticky();
        forgetState();
        return e;
    }
    return words;
}

Result<std::uint32_t> CmsisDapProbe::readDp(std::uint16_t address) {
    std::vector<Op> ops;
    const std::uint8_t reg = address & 0xC;
    if (reg == arm::dp::kCtrlStat)
        queueSelect(ops, (m_select.value_or(0) & ~0xFu) | ((address >> 4) & 0xFu), 0);
    ops.push_back({TransferOp::readDp(reg), 0});
    auto words = runOps(ops, 0ns, fmt::format("reading DP register 0x{:X}", address));
    if (!words)
        return std::move(words).error();
    return words->back();
}

Status CmsisDapProbe::writeDp(std::uint16_t address, std::uint32_t value) {
    std::vector<Op> ops;
    const std::uint8_t reg = address & 0xC;
    if (reg == arm::dp::kCtrlStat)
        queueSelect(ops, (m_select.value_or(0) & ~0xFu) | ((address >> 4) & 0xFu), 0);
    ops.push_back({TransferOp::writeDp(reg, value), 0});
    if (reg == arm::dp::kSelect)
        m_select = value;
    if (reg == arm::dp::kDpidr)  // ABORT: the probe's own command, as the spec asks
        return simple(writeAbortRequest(value), cmd::kWriteAbort, "writing DP ABORT");
    auto words = runOps(ops, 0ns, fmt::format("writing DP register 0x{:X}", address));
    if (!words)
        return std::move(words).error();
    return {};
}

Result<std::uint32_t> CmsisDapProbe::readAp(std::uint8_t ap, std::uint16_t address) {
    std::vector<Op> ops;
    queueApSelect(ops, ap, address, 0);
    ops.push_back({TransferOp::readAp(address & 0xC), 0});
    auto words = runOps(ops, 0ns, fmt::format("reading AP{} register 0x{:02X}", ap, address));
    if (!words)
        return std::move(words).error();
    return words->back();
}

Status CmsisDapProbe::writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) {
    std::vector<Op> ops;
    queueApSelect(ops, ap, address, 0);
    ops.push_back({TransferOp::writeAp(address & 0xC, value), 0});
    if ((address & 0xFF) == kApCsw)
        m_csw[ap] = value;
    m_tar[ap].reset();
    auto words = runOps(ops, 0ns, fmt::format("writing AP{} register 0x{:02X}", ap, address));
    if (!words)
        return std::move(words).error();
    return {};
}

namespace {

Error misaligned(std::uint32_t address, std::size_t length, AccessWidth width) {
    return makeError("probe.misaligned",
                     fmt::format("A {}-bit access at 0x{:08X} of {} bytes is not aligned.", 8 * int(width),
                                 address, length),
                     "Use an address and a length that are multiples of the access width.");
}

// Adds the faulting address to a memory error.
Error withFaultAddress(Error e, std::uint32_t base, std::size_t elementSize) {
    for (const Evidence& ev : e.evidence)
        if (ev.name == memory_step_evidence::kStep) {
            const std::uint32_t index = static_cast<std::uint32_t>(std::stoul(ev.value));
            e.with("fault address",
                   fmt::format("0x{:08X}", base + index * static_cast<std::uint32_t>(elementSize)));
            break;
        }
    return e;
}

}  // namespace

Result<Bytes> CmsisDapProbe::readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                                        AccessWidth width) {
    const std::size_t size = static_cast<std::size_t>(width);
    if (address % size != 0 || length % size != 0)
        return misaligned(address, length, width);
    std::vector<Op> ops;
    const std::uint32_t csw = kCswBase | sizeBits(width) | arm::csw::kAddrIncSingle;
    m_tar[ap].reset();  // auto-increment moves it
    queueCsw(ops, ap, csw, 0);
    queueApSelect(ops, ap, kApTar, 0);
    const std::size_t elements = length / size;
    for (std::size_t i = 0; i < elements;) {
        const std::uint32_t a = address + static_cast<std::uint32_t>(i * size);
        // TAR auto-increment is only guaranteed within 1 KiB.
        const std::size_t n = std::min(elements - i, (1024 - (a & 0x3FF)) / size);
        ops.push_back({TransferOp::writeAp(kApTar, a), i});
        for (std::size_t k = 0; k < n; ++k)
            ops.push_back({TransferOp::readAp(kApDrw), i + k});
        i += n;
    }
    auto words = runOps(ops, 0ns, fmt::format("reading memory at 0x{:08X}", address));
    if (!words)
        return withFaultAddress(std::move(words).error(), address, size);
    Bytes out;
    out.reserve(length);
    for (std::size_t i = 0; i < elements; ++i) {
        const std::uint32_t a = address + static_cast<std::uint32_t>(i * size);
        const std::uint32_t lane = (*words)[i] >> (8 * (a & 3));
        for (std::size_t b = 0; b < size; ++b)
            out.push_back(static_cast<std::uint8_t>(lane >> (8 * b)));
    }
    return out;
}

Status CmsisDapProbe::writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data, AccessWidth width) {
    const std::size_t size = static_cast<std::size_t>(width);
    if (address % size != 0 || data.size() % size != 0)
        return misaligned(address, data.size(), width);
    const std::string what = fmt::format("writing memory at 0x{:08X}", address);
    std::vector<Op> ops;
    const std::uint32_t csw = kCswBase | sizeBits(width) | arm::csw::kAddrIncSingle;
    m_tar[ap].reset();  // auto-increment moves it
    queueCsw(ops, ap, csw, 0);
    queueApSelect(ops, ap, kApTar, 0);
    const std::size_t elements = data.size() / size;
    for (std::size_t i = 0; i < elements;) {
        const std::uint32_t a = address + static_cast<std::uint32_t>(i * size);
        const std::size_t n = std::min(elements - i, (1024 - (a & 0x3FF)) / size);
        ops.push_back({TransferOp::writeAp(kApTar, a), i});
        if (width == AccessWidth::Bits32 && n >= 4) {
            // A run of words: TAR by DAP_Transfer, the words by DAP_TransferBlock (4 bytes a
            // word instead of 5).
            if (auto r = runOps(ops, 0ns, what); !r)
                return withFaultAddress(std::move(r).error(), address, size);
            ops.clear();
            const std::size_t perPacket = (m_dap.packetSize - 5) / 4;
            for (std::size_t done = 0; done < n;) {
                const std::size_t chunk = std::min(n - done, perPacket);
                std::vector<std::uint32_t> block;
                for (std::size_t k = 0; k < chunk; ++k)
                    block.push_back(readLe32(data, (i + done + k) * 4));
                auto raw = exchange(transferBlockRequest(TransferOp::writeAp(kApDrw, 0).request,
                                                         static_cast<std::uint16_t>(chunk), block),
                                    what);
                if (!raw) {
                    forgetState();
                    return std::move(raw).error();
                }
                auto reply = parseTransferBlock(*raw, false, static_cast<std::uint16_t>(chunk));
                if (!reply) {
                    forgetState();
                    return std::move(reply).error();
                }
                if (!reply->ok()) {
                    Error e = transferError(*reply, Op{{}, i + done + reply->executed}, what, std::nullopt);
                    (void)clearSticky();
                    forgetState();
                    return withFaultAddress(std::move(e), address, size);
                }
                done += chunk;
            }
        } else {
            for (std::size_t k = 0; k < n; ++k) {
                const std::uint32_t at = a + static_cast<std::uint32_t>(k * size);
                std::uint32_t word = 0;
                for (std::size_t b = 0; b < size; ++b)
                    word |= std::uint32_t{data[(i + k) * size + b]} << (8 * b);
                ops.push_back({TransferOp::writeAp(kApDrw, word << (8 * (at & 3))), i + k});
            }
        }
        i += n;
    }
    ops.push_back({TransferOp::readDp(arm::dp::kRdbuff), elements ? elements - 1 : 0});  // see runMemorySteps
    if (auto r = runOps(ops, 0ns, what); !r)
        return withFaultAddress(std::move(r).error(), address, size);
    return {};
}

Result<std::vector<std::uint32_t>> CmsisDapProbe::runMemorySteps(std::span<const MemoryStep> steps,
                                                                 Clock::Duration pollTimeout) {
    const bool polls = std::any_of(steps.begin(), steps.end(),
                                   [](const MemoryStep& s) { return s.kind == MemoryStep::Kind::WaitUntil; });
    if (polls)
        if (Status s = ensureMatchRetry(pollTimeout); !s)
            return std::move(s).error();
    // CSW without auto-increment, TAR at the step's 16-byte block, and the word itself through
    // the banked data register BD0-BD3 (AP bank 1): a mailbox's HOST, DEVICE and ACK words
    // share one block, so a whole handshake needs one TAR write and no SELECT changes.
    std::vector<Op> ops;
    const std::uint32_t csw = kCswBase | arm::csw::kSize32;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const MemoryStep& s = steps[i];
        queueCsw(ops, s.ap, csw, i);
        const std::uint32_t block = s.address & ~0xFu;
        if (m_tar[s.ap] != block) {
            queueApSelect(ops, s.ap, kApTar, i);
            ops.push_back({TransferOp::writeAp(kApTar, block), i});
            m_tar[s.ap] = block;
        }
        const std::uint8_t bd = static_cast<std::uint8_t>(0x10 | (s.address & 0xC));
        queueApSelect(ops, s.ap, bd, i);
        switch (s.kind) {
            case MemoryStep::Kind::Read:
                ops.push_back({TransferOp::readAp(bd), i});
                break;
            case MemoryStep::Kind::Write:
                ops.push_back({TransferOp::writeAp(bd, s.value), i});
                break;
            case MemoryStep::Kind::WaitUntil:
                if (m_matchMask != s.mask) {
                    ops.push_back({TransferOp::matchMask(s.mask), i});
                    m_matchMask = s.mask;
                }
                ops.push_back({TransferOp::matchAp(bd, s.value & s.mask), i});
                break;
        }
    }
    // A write's FAULT may only show at the next access (posted writes): end a batch that
    // writes with a DP RDBUFF read, so the batch reports it, naming the last step.
    const bool writes = std::any_of(steps.begin(), steps.end(),
                                    [](const MemoryStep& s) { return s.kind == MemoryStep::Kind::Write; });
    if (writes)
        ops.push_back({TransferOp::readDp(arm::dp::kRdbuff), steps.size() - 1});
    auto words = runOps(ops, pollTimeout, "running memory steps");
    if (!words)
        return std::move(words).error();
    if (writes)
        words->pop_back();
    return words;
}

}  // namespace rescue::probe::cmsisdap
