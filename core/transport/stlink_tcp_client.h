#pragma once
// Client of the ST-LINK server protocol (docs/reference/stlink-protocol.md section 13): how
// the workbench shares a probe with STM32CubeIDE through ST's stlink-server, and reaches a
// lab board behind `rescue lab serve`. Requests have no framing; each reply has exactly the
// size the request implies, so a reply that does not arrive in time leaves the stream out
// of step: the client then closes the connection and every later call fails with
// transport.disconnected rather than reading someone else's reply.
//
// POSIX sockets; every connect, send and receive waits at most its timeout (poll). One
// request at a time (a mutex), so a session and a status poll may share a client.

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/result.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/stlink_tcp_protocol.h"

namespace rescue::transport {

namespace stlink_tcp_error {
inline constexpr std::string_view kConnect = "transport.tcp-connect";           // nobody listens
inline constexpr std::string_view kStatus = "transport.stlink-server-status";   // a status word
inline constexpr std::string_view kBusy = "transport.stlink-server-busy";       // TCP_BUSY
inline constexpr std::string_view kOpen = "transport.stlink-server-open";       // OPEN_ERR
inline constexpr std::string_view kBadReply = "transport.stlink-server-reply";  // not the protocol
}  // namespace stlink_tcp_error

struct StlinkTcpOptions {
    std::chrono::milliseconds connectTimeout{2000};
    // Per request; OpenOCD gives each request 1 s, the lab server answers within its 500 ms
    // USB timeout.
    std::chrono::milliseconds requestTimeout{1000};
};

struct StlinkServerVersion {
    std::uint32_t api = 0;
    std::uint32_t major = 0;
    std::uint32_t minor = 0;
    std::uint32_t build = 0;
    std::string toString() const;  // "2.1.0 (API v3)"
};

struct StlinkServerDevice {
    std::uint32_t deviceId = 0;  // the server's handle for OPEN_DEV
    std::string serial;
    std::uint16_t vid = 0;
    std::uint16_t pid = 0;
    bool inUse = false;  // another client has it open
};

// A SEND_USB_CMD reply: the server's status word and the IN data (always `size` bytes,
// zeros after a failed USB phase).
struct StlinkTunnelReply {
    std::uint32_t status = 0;
    Bytes data;
};

class StlinkTcpClient {
public:
    // Connects (IPv4 or IPv6, name or address). Fails with transport.tcp-connect naming
    // HOST:PORT and saying that an ST-LINK server or `rescue lab serve` must run there.
    static Result<std::unique_ptr<StlinkTcpClient>> connect(std::string host, std::uint16_t port,
                                                            StlinkTcpOptions options = {});
    ~StlinkTcpClient();
    StlinkTcpClient(const StlinkTcpClient&) = delete;
    StlinkTcpClient& operator=(const StlinkTcpClient&) = delete;

    const std::string& host() const { return m_host; }
    std::uint16_t port() const { return m_port; }
    std::string address() const;  // "HOST:PORT" ("[::1]:7184" for IPv6 literals)
    bool connected() const;

    // GET_SERVER_VERSION (client API 1, as OpenOCD sends); also proves the peer speaks the
    // protocol.
    Result<StlinkServerVersion> serverVersion();
    // REFRESH_DEVICE_LIST, GET_NB_DEV, then GET_DEV_INFO for each.
    Result<std::vector<StlinkServerDevice>> listDevices();
    // OPEN_DEV; returns the connect id SEND_USB_CMD and CLOSE_DEV carry. The protocol has no
    // exclusive flag: a caller that wants the probe to itself checks StlinkServerDevice::inUse
    // first, as OpenOCD does.
    Result<std::uint32_t> openDevice(std::uint32_t deviceId);
    Status closeDevice(std::uint32_t connectId);
    // One tunnelled ST-LINK command. `direction` Write sends `dataOut` (size = its length);
    // Read asks for `readSize` bytes (0 for a command without a data phase).
    Result<StlinkTunnelReply> sendUsbCommand(std::uint32_t connectId,
                                             const probe::stlink::CommandBlock& block,
                                             probe::stlink::tcp::Direction direction, ByteView dataOut,
                                             std::size_t readSize, std::chrono::milliseconds timeout);

private:
    StlinkTcpClient(int fd, std::string host, std::uint16_t port, StlinkTcpOptions options);
    // Sends `request` and reads exactly `replySize` bytes; caller holds m_mutex.
    Result<Bytes> exchange(ByteView request, std::size_t replySize, std::chrono::milliseconds timeout,
                           std::string_view what);
    void closeSocket();

    mutable std::mutex m_mutex;
    int m_fd = -1;
    std::string m_host;
    std::uint16_t m_port = 0;
    StlinkTcpOptions m_options;
    std::string m_closedBecause;  // why the connection was closed, for later calls
};

// A server status word other than OK, as an error: TIMEOUT -> transport.timeout, TCP_ERROR
// (the server lost the probe) -> transport.disconnected, TCP_BUSY, OPEN_ERR, the rest ->
// transport.stlink-server-status. `what` names the request ("open ST-LINK 0669FF...").
Error serverStatusError(std::uint32_t status, std::string_view what, std::string_view serverAddress);

// "HOST:PORT" (or "[V6]:PORT", or "HOST" with the default port 7184) split; an error
// (probe.bad-uri style, code transport.bad-address) when it does not parse.
struct HostPort {
    std::string host;
    std::uint16_t port = probe::stlink::tcp::kDefaultPort;
};
Result<HostPort> parseHostPort(std::string_view text);
std::string formatHostPort(std::string_view host, std::uint16_t port);

}  // namespace rescue::transport
