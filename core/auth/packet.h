#pragma once
// ADAC request and response packets (adac-protocol.md section 2):
//   request  u16 reserved | u16 command | u32 data_count | u32 data[data_count]
//   response u16 reserved | u16 status  | u32 data_count | u32 data[data_count]
// On the mailbox they travel as 32-bit words; data_count counts words.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

enum class AdacCommand : std::uint16_t {
    Discovery = 0x0001,
    AuthStart = 0x0002,
    AuthResponse = 0x0003,
    CloseSession = 0x0004,
    ResumeBoot = 0x0005,
    LockDebug = 0x0006,
    LcsChange = 0x0007,
};

enum class AdacStatus : std::uint16_t {
    Success = 0x0000,
    Failure = 0x0001,
    NeedMoreData = 0x0002,
    Unsupported = 0x0003,
    Unauthorized = 0x0004,
    InvalidParameters = 0x0005,
    InvalidCommand = 0x7FFF,
};

std::string commandName(std::uint16_t command);  // "AUTH_START (0x0002)"
std::string statusName(std::uint16_t status);    // "NEED_MORE_DATA (0x0002)"

constexpr std::size_t kPacketHeaderSize = 8;
// Larger than any ST exchange (a certificate with extensions is well under 1 KiB); a
// header announcing more is a desynchronised stream, not a packet.
constexpr std::uint32_t kMaxPacketDataWords = 1024;

// MP21's receive code reads data_count as bytes; everything else counts words.
enum class DataCountUnit { Words, Bytes };

struct AdacRequest {
    std::uint16_t command = 0;
    Bytes data;  // padded to a word multiple when encoded
    bool operator==(const AdacRequest&) const = default;
};

struct AdacResponse {
    std::uint16_t status = 0;
    Bytes data;
    bool operator==(const AdacResponse&) const = default;
    bool is(AdacStatus s) const { return status == static_cast<std::uint16_t>(s); }
};

AdacRequest makeRequest(AdacCommand command, ByteView data = {});
AdacResponse makeResponse(AdacStatus status, ByteView data = {});

Bytes encodeRequest(const AdacRequest& request, DataCountUnit unit = DataCountUnit::Words);
Bytes encodeResponse(const AdacResponse& response);

// Exact framing: header, reserved = 0, data_count matching the bytes received.
Result<AdacRequest> decodeRequest(ByteView packet, DataCountUnit unit = DataCountUnit::Words);
Result<AdacResponse> decodeResponse(ByteView packet);

// How many bytes of data a header announces (for a word-by-word receiver), or an error
// when the header is not a plausible packet header.
Result<std::size_t> announcedDataBytes(ByteView header, DataCountUnit unit = DataCountUnit::Words);

// The mailbox view: little-endian 32-bit words. `bytes` must be a multiple of 4 long.
std::vector<std::uint32_t> toWords(ByteView bytes);
Bytes fromWords(std::span<const std::uint32_t> words);

}  // namespace rescue::auth
