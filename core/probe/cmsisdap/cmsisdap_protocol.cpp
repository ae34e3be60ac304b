#include "core/probe/cmsisdap/cmsisdap_protocol.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/probe/debug_probe.h"

namespace rescue::probe::cmsisdap {
namespace {

// Enough of the reply to recognise it in a log without flooding it.
std::string replyHex(ByteView reply) {
    const std::size_t shown = std::min<std::size_t>(reply.size(), 32);
    std::string s = toHex(reply.subspan(0, shown));
    if (shown < reply.size())
        s += fmt::format("... ({} bytes)", reply.size());
    return s;
}

Status expectId(ByteView reply, std::uint8_t command, std::size_t minLength, std::string_view what) {
    if (reply.empty())
        return badReply(fmt::format("the reply to {} is empty", what), reply);
    if (reply[0] == cmd::kInvalid && command != cmd::kInvalid)
        return makeError(std::string(probe_error::kUnsupported),
                         fmt::format("The CMSIS-DAP firmware does not implement {}.", what),
                         "Update the probe's firmware, or use another probe.")
            .with("reply", replyHex(reply));
    if (reply[0] != command)
        return badReply(fmt::format("the reply to {} is for command 0x{:02X}", what, reply[0]), reply);
    if (reply.size() < minLength)
        return badReply(
            fmt::format("the reply to {} is {} bytes, at least {} expected", what, reply.size(), minLength),
            reply);
    return {};
}

Result<ByteView> infoPayload(ByteView reply, std::uint8_t id) {
    if (Status s = expectId(reply, cmd::kInfo, 2, fmt::format("DAP_Info 0x{:02X}", id)); !s)
        return std::move(s).error();
    const std::size_t length = reply[1];
    if (reply.size() < 2 + length)
        return badReply(
            fmt::format("DAP_Info 0x{:02X} announces {} bytes but carries {}", id, length, reply.size() - 2),
            reply);
    return reply.subspan(2, length);
}

}  // namespace

Error badReply(std::string_view what, ByteView reply) {
    Error e = makeError(std::string(probe_error::kBadReply),
                        fmt::format("The CMSIS-DAP probe sent a malformed reply: {}.", what),
                        "Unplug and reconnect the probe; if it repeats, update its firmware.");
    e.with("reply", replyHex(reply));
    return e;
}

Bytes infoRequest(std::uint8_t id) {
    return {cmd::kInfo, id};
}
Bytes connectRequest(std::uint8_t port) {
    return {cmd::kConnect, port};
}
Bytes disconnectRequest() {
    return {cmd::kDisconnect};
}
Bytes hostStatusRequest(std::uint8_t type, bool on) {
    return {cmd::kHostStatus, type, static_cast<std::uint8_t>(on ? 1 : 0)};
}
Bytes transferConfigureRequest(std::uint8_t idleCycles, std::uint16_t waitRetry, std::uint16_t matchRetry) {
    Bytes b{cmd::kTransferConfigure, idleCycles};
    appendLe16(b, waitRetry);
    appendLe16(b, matchRetry);
    return b;
}

Bytes transferRequest(std::span<const TransferOp> ops) {
    Bytes b{cmd::kTransfer, 0, static_cast<std::uint8_t>(std::min<std::size_t>(ops.size(), 255))};
    for (std::size_t i = 0; i < ops.size() && i < 255; ++i) {
        b.push_back(ops[i].request);
        if (ops[i].requestBytes() == 5)
            appendLe32(b, ops[i].data);
    }
    return b;
}

Bytes transferBlockRequest(std::uint8_t request, std::uint16_t count, std::span<const std::uint32_t> data) {
    Bytes b{cmd::kTransferBlock, 0};
    appendLe16(b, count);
    b.push_back(request);
    for (std::uint32_t w : data)
        appendLe32(b, w);
    return b;
}

Bytes transferAbortRequest() {
    return {cmd::kTransferAbort};
}
Bytes writeAbortRequest(std::uint32_t abort) {
    Bytes b{cmd::kWriteAbort, 0};
    appendLe32(b, abort);
    return b;
}
Bytes swjPinsRequest(std::uint8_t output, std::uint8_t select, std::uint32_t waitUs) {
    Bytes b{cmd::kSwjPins, output, select};
    appendLe32(b, waitUs);
    return b;
}
Bytes swjClockRequest(std::uint32_t hz) {
    Bytes b{cmd::kSwjClock};
    appendLe32(b, hz);
    return b;
}
Bytes swjSequenceRequest(std::uint16_t bits, ByteView data) {
    Bytes b{cmd::kSwjSequence, static_cast<std::uint8_t>(bits & 0xFF)};  // 256 is sent as 0
    b.insert(b.end(), data.begin(), data.end());
    return b;
}
Bytes swdConfigureRequest(std::uint8_t config) {
    return {cmd::kSwdConfigure, config};
}

std::vector<SwjSequence> jtagToSwdSequences() {
    const Bytes ones(7, 0xFF);  // 56 cycles with SWDIO high: a line reset
    return {{56, ones}, {16, Bytes{0x9E, 0xE7}}, {56, ones}, {8, Bytes{0x00}}};
}

Result<std::string> parseInfoString(ByteView reply, std::uint8_t id) {
    auto payload = infoPayload(reply, id);
    if (!payload)
        return std::move(payload).error();
    std::string s;
    for (std::uint8_t c : *payload) {
        if (c == 0)
            break;  // strings are NUL-terminated inside their length
        s.push_back(c >= 0x20 && c < 0x7F ? static_cast<char>(c) : '?');
    }
    return s;
}

Result<std::uint8_t> parseInfoU8(ByteView reply, std::uint8_t id) {
    auto payload = infoPayload(reply, id);
    if (!payload)
        return std::move(payload).error();
    if (payload->size() != 1)
        return badReply(fmt::format("DAP_Info 0x{:02X} should carry 1 byte, not {}", id, payload->size()),
                        reply);
    return (*payload)[0];
}

Result<std::uint16_t> parseInfoU16(ByteView reply, std::uint8_t id) {
    auto payload = infoPayload(reply, id);
    if (!payload)
        return std::move(payload).error();
    if (payload->size() != 2)
        return badReply(fmt::format("DAP_Info 0x{:02X} should carry 2 bytes, not {}", id, payload->size()),
                        reply);
    return readLe16(*payload, 0);
}

Status parseStatus(ByteView reply, std::uint8_t command, std::string_view what) {
    if (Status s = expectId(reply, command, 2, what); !s)
        return s;
    if (reply[1] != kStatusOk)
        return makeError(std::string(probe_error::kBadReply),
                         fmt::format("The CMSIS-DAP probe refused {}.", what),
                         "Check the probe's firmware version; unplug and reconnect the probe.")
            .with("status", fmt::format("0x{:02X}", reply[1]));
    return {};
}

Result<std::uint8_t> parseConnect(ByteView reply) {
    if (Status s = expectId(reply, cmd::kConnect, 2, "DAP_Connect"); !s)
        return std::move(s).error();
    return reply[1];
}

Result<std::uint8_t> parseSwjPins(ByteView reply) {
    if (Status s = expectId(reply, cmd::kSwjPins, 2, "DAP_SWJ_Pins"); !s)
        return std::move(s).error();
    return reply[1];
}

Result<TransferReply> parseTransfer(ByteView reply, std::span<const TransferOp> ops) {
    if (Status s = expectId(reply, cmd::kTransfer, 3, "DAP_Transfer"); !s)
        return std::move(s).error();
    TransferReply r;
    r.executed = reply[1];
    r.response = reply[2];
    const std::size_t asked = std::min<std::size_t>(ops.size(), 255);
    if (r.executed > asked)
        return badReply(fmt::format("DAP_Transfer reports {} transfers done of {} asked", r.executed, asked),
                        reply);
    // All done means the last ACK is OK; anything else must say why it stopped.
    if (r.executed == asked && asked > 0 && r.response != transfer::kAckOk)
        return badReply(
            fmt::format("DAP_Transfer did all {} transfers but answers 0x{:02X}", asked, r.response), reply);
    if (r.executed < asked && r.ok())
        return badReply(
            fmt::format("DAP_Transfer stopped after {} of {} transfers without an error", r.executed, asked),
            reply);
    std::size_t words = 0;
    for (std::size_t i = 0; i < r.executed; ++i)
        words += ops[i].replyBytes() / 4;
    if (reply.size() < 3 + 4 * words)
        return badReply(
            fmt::format("DAP_Transfer carries {} bytes of data, {} expected", reply.size() - 3, 4 * words),
            reply);
    for (std::size_t i = 0; i < words; ++i)
        r.words.push_back(readLe32(reply, 3 + 4 * i));
    return r;
}

Result<TransferReply> parseTransferBlock(ByteView reply, bool read, std::uint16_t requested) {
    if (Status s = expectId(reply, cmd::kTransferBlock, 4, "DAP_TransferBlock"); !s)
        return std::move(s).error();
    TransferReply r;
    const std::uint16_t executed = readLe16(reply, 1);
    r.response = reply[3];
    if (executed > requested)
        return badReply(
            fmt::format("DAP_TransferBlock reports {} transfers done of {} asked", executed, requested),
            reply);
    if ((executed == requested) != r.ok())
        return badReply(fmt::format("DAP_TransferBlock did {} of {} transfers and answers 0x{:02X}", executed,
                                    requested, r.response),
                        reply);
    r.executed = executed;
    if (read) {
        if (reply.size() < 4 + 4 * std::size_t{executed})
            return badReply(fmt::format("DAP_TransferBlock carries {} bytes of data, {} expected",
                                        reply.size() - 4, 4 * executed),
                            reply);
        for (std::size_t i = 0; i < executed; ++i)
            r.words.push_back(readLe32(reply, 4 + 4 * i));
    }
    return r;
}

}  // namespace rescue::probe::cmsisdap
