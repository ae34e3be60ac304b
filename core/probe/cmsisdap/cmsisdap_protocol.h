#pragma once
// CMSIS-DAP command bytes and reply parsers (docs/reference/cmsis-dap.md sections 2 and 3),
// shared by the host driver (cmsisdap_probe.h) and the lab's virtual CMSIS-DAP. A command is
// one packet: the command id, then its fields, little-endian. Every parser checks the reply's
// id and length against what the request asked for: a short, oversized or foreign reply is
// probe.bad-reply with the bytes as evidence, never a read past the end.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::probe::cmsisdap {

namespace cmd {
inline constexpr std::uint8_t kInfo = 0x00;
inline constexpr std::uint8_t kHostStatus = 0x01;
inline constexpr std::uint8_t kConnect = 0x02;
inline constexpr std::uint8_t kDisconnect = 0x03;
inline constexpr std::uint8_t kTransferConfigure = 0x04;
inline constexpr std::uint8_t kTransfer = 0x05;
inline constexpr std::uint8_t kTransferBlock = 0x06;
inline constexpr std::uint8_t kTransferAbort = 0x07;
inline constexpr std::uint8_t kWriteAbort = 0x08;
inline constexpr std::uint8_t kDelay = 0x09;
inline constexpr std::uint8_t kResetTarget = 0x0A;
inline constexpr std::uint8_t kSwjPins = 0x10;
inline constexpr std::uint8_t kSwjClock = 0x11;
inline constexpr std::uint8_t kSwjSequence = 0x12;
inline constexpr std::uint8_t kSwdConfigure = 0x13;
inline constexpr std::uint8_t kInvalid = 0xFF;  // the reply to a command the firmware lacks
}  // namespace cmd

namespace info {
inline constexpr std::uint8_t kVendor = 0x01;
inline constexpr std::uint8_t kProduct = 0x02;
inline constexpr std::uint8_t kSerial = 0x03;
inline constexpr std::uint8_t kProtocolVersion = 0x04;
inline constexpr std::uint8_t kFirmwareVersion = 0x09;
inline constexpr std::uint8_t kCapabilities = 0xF0;
inline constexpr std::uint8_t kPacketCount = 0xFE;
inline constexpr std::uint8_t kPacketSize = 0xFF;
}  // namespace info

inline constexpr std::uint8_t kStatusOk = 0x00;
inline constexpr std::uint8_t kStatusError = 0xFF;
inline constexpr std::uint8_t kPortSwd = 1;

// DAP_SWJ_Pins bit numbers.
namespace pin {
inline constexpr std::uint8_t kSwclk = 1u << 0;
inline constexpr std::uint8_t kSwdio = 1u << 1;
inline constexpr std::uint8_t kNreset = 1u << 7;
}  // namespace pin

// DAP_Transfer request byte bits.
namespace transfer {
inline constexpr std::uint8_t kApNDp = 1u << 0;
inline constexpr std::uint8_t kRnW = 1u << 1;
inline constexpr std::uint8_t kValueMatch = 1u << 4;
inline constexpr std::uint8_t kMatchMask = 1u << 5;
// Response byte: bits 2:0 the last ACK, bit 3 protocol error, bit 4 value mismatch.
inline constexpr std::uint8_t kAckOk = 1;
inline constexpr std::uint8_t kAckWait = 2;
inline constexpr std::uint8_t kAckFault = 4;
inline constexpr std::uint8_t kAckNone = 7;
inline constexpr std::uint8_t kProtocolError = 1u << 3;
inline constexpr std::uint8_t kMismatch = 1u << 4;
}  // namespace transfer

// One transfer of a DAP_Transfer command. `address` is the register's A[3:2] byte address
// (0x0, 0x4, 0x8, 0xC); banks are DP SELECT's business.
struct TransferOp {
    std::uint8_t request = 0;  // transfer:: bits | address
    std::uint32_t data = 0;    // written value, match value or match mask

    static TransferOp readDp(std::uint8_t address) {
        return {std::uint8_t(transfer::kRnW | (address & 0xC))};
    }
    static TransferOp writeDp(std::uint8_t address, std::uint32_t v) {
        return {std::uint8_t(address & 0xC), v};
    }
    static TransferOp readAp(std::uint8_t address) {
        return {std::uint8_t(transfer::kApNDp | transfer::kRnW | (address & 0xC))};
    }
    static TransferOp writeAp(std::uint8_t address, std::uint32_t v) {
        return {std::uint8_t(transfer::kApNDp | (address & 0xC)), v};
    }
    static TransferOp matchMask(std::uint32_t mask) { return {transfer::kMatchMask, mask}; }
    static TransferOp matchAp(std::uint8_t address, std::uint32_t value) {
        return {std::uint8_t(transfer::kApNDp | transfer::kRnW | transfer::kValueMatch | (address & 0xC)),
                value};
    }

    bool isRead() const { return (request & transfer::kRnW) != 0; }
    bool isMatch() const { return isRead() && (request & transfer::kValueMatch) != 0; }
    // Bytes this op adds to a request and to its reply.
    std::size_t requestBytes() const { return isRead() && !isMatch() ? 1 : 5; }
    std::size_t replyBytes() const { return isRead() && !isMatch() ? 4 : 0; }
    bool operator==(const TransferOp&) const = default;
};

// Request bytes.
Bytes infoRequest(std::uint8_t id);
Bytes connectRequest(std::uint8_t port = kPortSwd);
Bytes disconnectRequest();
Bytes hostStatusRequest(std::uint8_t type, bool on);
Bytes transferConfigureRequest(std::uint8_t idleCycles, std::uint16_t waitRetry, std::uint16_t matchRetry);
// At most 255 ops (the count is one byte).
Bytes transferRequest(std::span<const TransferOp> ops);
// DAP_TransferBlock: `count` transfers of one register; `data` holds the words of a write.
Bytes transferBlockRequest(std::uint8_t request, std::uint16_t count,
                           std::span<const std::uint32_t> data = {});
Bytes transferAbortRequest();
Bytes writeAbortRequest(std::uint32_t abort);
Bytes swjPinsRequest(std::uint8_t output, std::uint8_t select, std::uint32_t waitUs);
Bytes swjClockRequest(std::uint32_t hz);
// `bits` from 1 to 256; `data` holds ceil(bits / 8) bytes, LSB first.
Bytes swjSequenceRequest(std::uint16_t bits, ByteView data);
Bytes swdConfigureRequest(std::uint8_t config);

// The line initialisation of section 4.2 as DAP_SWJ_Sequence payloads: line reset, the
// JTAG-to-SWD code 0xE79E, line reset, idle.
struct SwjSequence {
    std::uint16_t bits;
    Bytes data;
};
std::vector<SwjSequence> jtagToSwdSequences();

// Reply parsers. `reply` is what the IN endpoint gave (a real probe may pad it to the packet
// size: trailing bytes past what the command defines are ignored, as every driver does).
Result<std::string> parseInfoString(ByteView reply, std::uint8_t id);
Result<std::uint8_t> parseInfoU8(ByteView reply, std::uint8_t id);
Result<std::uint16_t> parseInfoU16(ByteView reply, std::uint8_t id);
// The reply's status byte: DAP_OK or an error naming `what`.
Status parseStatus(ByteView reply, std::uint8_t command, std::string_view what);
Result<std::uint8_t> parseConnect(ByteView reply);
Result<std::uint8_t> parseSwjPins(ByteView reply);

struct TransferReply {
    std::uint16_t executed = 0;        // transfers done (the failing one not counted)
    std::uint8_t response = 0;         // transfer:: ACK and flags of the last one
    std::vector<std::uint32_t> words;  // one per executed normal read
    std::uint8_t ack() const { return response & 0x7; }
    bool mismatch() const { return (response & transfer::kMismatch) != 0; }
    bool protocolError() const { return (response & transfer::kProtocolError) != 0; }
    bool ok() const { return ack() == transfer::kAckOk && !mismatch() && !protocolError(); }
};
// Checks the reply against the request's ops: the number of data words follows from which
// ops executed, so a reply that claims more than were asked, or carries fewer words than it
// claims, is bad.
Result<TransferReply> parseTransfer(ByteView reply, std::span<const TransferOp> ops);
Result<TransferReply> parseTransferBlock(ByteView reply, bool read, std::uint16_t requested);

// What every parser returns for a malformed reply.
Error badReply(std::string_view what, ByteView reply);

}  // namespace rescue::probe::cmsisdap
