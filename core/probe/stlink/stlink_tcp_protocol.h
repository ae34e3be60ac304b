#pragma once
// The ST-LINK server ("stlink-server") TCP protocol that lets several tools share a probe;
// OpenOCD's `st-link backend tcp` is a client of it. Facts: docs/reference/stlink-protocol.md
// section 13. The server learns each request's length from its first byte; replies have
// no framing either, so both sides must agree on these sizes.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rescue::probe::stlink::tcp {

inline constexpr std::uint16_t kDefaultPort = 7184;

namespace cmd {
inline constexpr std::uint8_t kRefreshDeviceList = 0x00;
inline constexpr std::uint8_t kGetNbDev = 0x01;
inline constexpr std::uint8_t kGetDevInfo = 0x02;
inline constexpr std::uint8_t kOpenDev = 0x03;
inline constexpr std::uint8_t kCloseDev = 0x04;
inline constexpr std::uint8_t kSendUsbCmd = 0x05;
inline constexpr std::uint8_t kGetServerVersion = 0x06;
inline constexpr std::uint8_t kGetNbOfDevClients = 0x07;
}  // namespace cmd

// u32 status words.
namespace status {
inline constexpr std::uint32_t kOk = 0x00000001;
inline constexpr std::uint32_t kMemoryProblem = 0x00001000;
inline constexpr std::uint32_t kTimeout = 0x00001001;
inline constexpr std::uint32_t kBadParameter = 0x00001002;
inline constexpr std::uint32_t kOpenError = 0x00001003;
inline constexpr std::uint32_t kTruncatedData = 0x00001052;
inline constexpr std::uint32_t kCmdNotAvailable = 0x00001053;
inline constexpr std::uint32_t kTcpError = 0x00002001;
inline constexpr std::uint32_t kTcpCantConnect = 0x00002002;
inline constexpr std::uint32_t kTcpCloseError = 0x00002003;
inline constexpr std::uint32_t kTcpBusy = 0x00002004;
inline constexpr std::uint32_t kWin32Error = 0x00010000;
}  // namespace status

// Fixed request sizes (SEND_USB_CMD adds its data phase to the 32-byte header).
inline constexpr std::size_t kRefreshRequestSize = 2;
inline constexpr std::size_t kGetNbDevRequestSize = 1;
inline constexpr std::size_t kGetDevInfoRequestSize = 8;
inline constexpr std::size_t kOpenDevRequestSize = 8;
inline constexpr std::size_t kCloseDevRequestSize = 8;
inline constexpr std::size_t kSendUsbHeaderSize = 32;
inline constexpr std::size_t kGetServerVersionRequestSize = 4;
inline constexpr std::size_t kGetNbOfDevClientsRequestSize = 8;  // [inferred]: cmd, 3 reserved, u32 device id

inline constexpr std::size_t kServerVersionReplySize = 16;  // no status word
inline constexpr std::size_t kGetNbDevReplySize = 4;        // no status word
inline constexpr std::size_t kDevInfoReplySize = 45;
inline constexpr std::uint32_t kDevInfoStructSize = 41;  // "TDeviceInfo2", sent by the client
inline constexpr std::size_t kSerialFieldSize = 32;

// Maximum request (header included) and reply (status included).
inline constexpr std::size_t kMaxRequest = 10240;
inline constexpr std::size_t kMaxReply = 10240;

// SEND_USB_CMD direction byte (header[24]).
enum class Direction : std::uint8_t { Write = 0, Read = 1, ReadSwo = 3 };

// Size of a complete request given its first bytes, or nullopt when more bytes are needed
// to tell (SEND_USB_CMD needs its 32-byte header) or the command is unknown (`known` false).
struct RequestSize {
    bool known = true;
    std::optional<std::size_t> size;
};
RequestSize requestSize(const std::uint8_t* data, std::size_t available);

std::string_view statusName(std::uint32_t status);

}  // namespace rescue::probe::stlink::tcp
