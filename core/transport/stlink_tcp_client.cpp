#include "core/transport/stlink_tcp_client.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>

#include <fmt/format.h>

#include "core/transport/bulk_channel.h"

namespace rescue::transport {

namespace tcp = probe::stlink::tcp;
using Clock = std::chrono::steady_clock;

namespace {

int remainingMs(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return static_cast<int>(std::max<std::chrono::milliseconds::rep>(left.count(), 0));
}

std::string startHint() {
    return "Start ST's ST-LINK server (stlink-server) on that machine, or `rescue lab serve --scenario NAME "
           "--listen HOST:PORT` for a lab board, and check the host and port.";
}

Error connectError(std::string_view address, std::string_view reason) {
    return makeError(std::string(stlink_tcp_error::kConnect),
                     fmt::format("Cannot connect to an ST-LINK server at {} ({}).", address, reason),
                     startHint())
        .with("server", std::string(address));
}

// Non-blocking connect to one resolved address, bounded by `deadline`. Returns the fd or
// -1 with errno set.
int connectOne(const addrinfo* ai, Clock::time_point deadline) {
    const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
    if (fd < 0)
        return -1;
    if (::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
        if (errno != EINPROGRESS) {
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return -1;
        }
        pollfd p{fd, POLLOUT, 0};
        int ready = 0;
        do {
            ready = ::poll(&p, 1, remainingMs(deadline));
        } while (ready < 0 && errno == EINTR);
        int soError = 0;
        socklen_t length = sizeof soError;
        if (ready <= 0) {
            ::close(fd);
            errno = ready == 0 ? ETIMEDOUT : errno;
            return -1;
        }
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length);
        if (soError != 0) {
            ::close(fd);
            errno = soError;
            return -1;
        }
    }
    const int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    return fd;
}

}  // namespace

std::string StlinkServerVersion::toString() const {
    return fmt::format("{}.{}.{} (API v{})", major, minor, build, api);
}

std::string formatHostPort(std::string_view host, std::uint16_t port) {
    if (host.find(':') != std::string_view::npos)
        return fmt::format("[{}]:{}", host, port);
    return fmt::format("{}:{}", host, port);
}

Result<HostPort> parseHostPort(std::string_view text) {
    auto bad = [&](std::string_view why) {
        return makeError("transport.bad-address",
                         fmt::format("'{}' is not an ST-LINK server address: {}.", text, why),
                         "Give the server as HOST:PORT, for example 127.0.0.1:7184.");
    };
    HostPort out;
    std::string_view host = text;
    std::string_view port;
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string_view::npos)
            return bad("the '[' of an IPv6 address is not closed");
        host = text.substr(1, close - 1);
        const std::string_view rest = text.substr(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':')
                return bad("expected ':' after the IPv6 address");
            port = rest.substr(1);
        }
    } else if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
        if (text.find(':') != colon)
            return bad("write an IPv6 address in brackets, as [::1]:7184");
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
        if (port.empty())
            return bad("the port is missing after ':'");
    }
    if (host.empty())
        return bad("the host is missing");
    if (!port.empty()) {
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
        if (ec != std::errc() || end != port.data() + port.size() || value == 0 || value > 65535)
            return bad("the port must be a number from 1 to 65535");
        out.port = static_cast<std::uint16_t>(value);
    }
    out.host = std::string(host);
    return out;
}

Result<std::unique_ptr<StlinkTcpClient>> StlinkTcpClient::connect(std::string host, std::uint16_t port,
                                                                  StlinkTcpOptions options) {
    const std::string address = formatHostPort(host, port);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* results = nullptr;
    const std::string service = std::to_string(port);
    if (const int rc = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &results); rc != 0)
        return connectError(address, fmt::format("the host name does not resolve: {}", ::gai_strerror(rc)));
    const auto deadline = Clock::now() + options.connectTimeout;
    int fd = -1;
    int lastErrno = ECONNREFUSED;
    for (const addrinfo* ai = results; ai && fd < 0; ai = ai->ai_next) {
        fd = connectOne(ai, deadline);
        if (fd < 0)
            lastErrno = errno;
    }
    ::freeaddrinfo(results);
    if (fd < 0) {
        const std::string reason = lastErrno == ETIMEDOUT
                                       ? fmt::format("no answer within {} ms", options.connectTimeout.count())
                                       : std::string(std::strerror(lastErrno));
        return connectError(address, reason);
    }
    return std::unique_ptr<StlinkTcpClient>(new StlinkTcpClient(fd, std::move(host), port, options));
}

StlinkTcpClient::StlinkTcpClient(int fd, std::string host, std::uint16_t port, StlinkTcpOptions options)
    : m_fd(fd), m_host(std::move(host)), m_port(port), m_options(options) {}

StlinkTcpClient::~StlinkTcpClient() {
    closeSocket();
}

std::string StlinkTcpClient::address() const {
    return formatHostPort(m_host, m_port);
}

bool StlinkTcpClient::connected() const {
    std::lock_guard lock(m_mutex);
    return m_fd >= 0;
}

void StlinkTcpClient::closeSocket() {
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Result<Bytes> StlinkTcpClient::exchange(ByteView request, std::size_t replySize,
                                        std::chrono::milliseconds timeout, std::string_view what) {
    if (m_fd < 0)
        return disconnectedError(fmt::format("the connection to the ST-LINK server at {} was closed {}",
                                             address(), m_closedBecause))
            .with("server", address());
    auto lost = [&](std::string_view why) {
        closeSocket();
        m_closedBecause = fmt::format("after it {}", why);
        return disconnectedError(fmt::format("the ST-LINK server at {} {} during {}", address(), why, what))
            .with("server", address());
    };
    const auto deadline = Clock::now() + timeout;
    std::size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(m_fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n > 0) {
            sent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return lost(fmt::format("closed the connection ({})", std::strerror(errno)));
        pollfd p{m_fd, POLLOUT, 0};
        if (::poll(&p, 1, remainingMs(deadline)) == 0)
            break;
    }
    Bytes reply;
    reply.reserve(replySize);
    while (sent == request.size() && reply.size() < replySize) {
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, remainingMs(deadline));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            break;
        std::uint8_t buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, std::min(sizeof buffer, replySize - reply.size()), 0);
        if (n == 0)
            return lost("closed the connection");
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                continue;
            return lost(fmt::format("dropped the connection ({})", std::strerror(errno)));
        }
        reply.insert(reply.end(), buffer, buffer + n);
    }
    if (reply.size() == replySize)
        return reply;
    // A late reply would be taken for the next request's: the stream is out of step.
    closeSocket();
    m_closedBecause = "after a request timed out";
    return makeError(std::string(channel_error::kTimeout),
                     fmt::format("The ST-LINK server at {} did not answer {} within {} ms.", address(), what,
                                 timeout.count()),
                     "Check that the server is an ST-LINK server and not busy; the connection was closed, "
                     "so open the probe again.")
        .with("server", address())
        .with("received", fmt::format("{} of {} bytes", reply.size(), replySize));
}

Result<StlinkServerVersion> StlinkTcpClient::serverVersion() {
    std::lock_guard lock(m_mutex);
    const Bytes request{tcp::cmd::kGetServerVersion, 1, 0, 0};
    auto reply =
        exchange(request, tcp::kServerVersionReplySize, m_options.requestTimeout, "GET_SERVER_VERSION");
    if (!reply)
        return std::move(reply).error();
    return StlinkServerVersion{readLe32(*reply, 0), readLe32(*reply, 4), readLe32(*reply, 8),
                               readLe32(*reply, 12)};
}

Result<std::vector<StlinkServerDevice>> StlinkTcpClient::listDevices() {
    std::lock_guard lock(m_mutex);
    const auto timeout = m_options.requestTimeout;
    auto refreshed = exchange(Bytes{tcp::cmd::kRefreshDeviceList, 0}, 4, timeout, "REFRESH_DEVICE_LIST");
    if (!refreshed)
        return std::move(refreshed).error();
    if (const std::uint32_t status = readLe32(*refreshed, 0); status != tcp::status::kOk)
        return serverStatusError(status, "refresh its device list", address());
    auto count = exchange(Bytes{tcp::cmd::kGetNbDev}, tcp::kGetNbDevReplySize, timeout, "GET_NB_DEV");
    if (!count)
        return std::move(count).error();
    // A count, not a status word; OpenOCD caps it at 255 because GET_DEV_INFO's index is a byte.
    const std::uint32_t devices = std::min<std::uint32_t>(readLe32(*count, 0), 255);
    std::vector<StlinkServerDevice> out;
    for (std::uint32_t i = 0; i < devices; ++i) {
        Bytes request{tcp::cmd::kGetDevInfo, static_cast<std::uint8_t>(i), 0, 0};
        appendLe32(request, tcp::kDevInfoStructSize);
        auto info = exchange(request, tcp::kDevInfoReplySize, timeout, "GET_DEV_INFO");
        if (!info)
            return std::move(info).error();
        if (const std::uint32_t status = readLe32(*info, 0); status != tcp::status::kOk)
            return serverStatusError(status, fmt::format("describe probe {}", i), address());
        StlinkServerDevice d;
        d.deviceId = readLe32(*info, 4);
        const auto* serial = reinterpret_cast<const char*>(info->data() + 8);
        d.serial.assign(serial, strnlen(serial, tcp::kSerialFieldSize));
        d.vid = readLe16(*info, 40);
        d.pid = readLe16(*info, 42);
        d.inUse = (*info)[44] != 0;
        out.push_back(std::move(d));
    }
    return out;
}

Result<std::uint32_t> StlinkTcpClient::openDevice(std::uint32_t deviceId) {
    std::lock_guard lock(m_mutex);
    Bytes request{tcp::cmd::kOpenDev, 0, 0, 0};
    appendLe32(request, deviceId);
    auto reply = exchange(request, 8, m_options.requestTimeout, "OPEN_DEV");
    if (!reply)
        return std::move(reply).error();
    if (const std::uint32_t status = readLe32(*reply, 0); status != tcp::status::kOk)
        return serverStatusError(status, "open the probe", address());
    return readLe32(*reply, 4);
}

Status StlinkTcpClient::closeDevice(std::uint32_t connectId) {
    std::lock_guard lock(m_mutex);
    Bytes request{tcp::cmd::kCloseDev, 0, 0, 0};
    appendLe32(request, connectId);
    auto reply = exchange(request, 4, m_options.requestTimeout, "CLOSE_DEV");
    if (!reply)
        return std::move(reply).error();
    if (const std::uint32_t status = readLe32(*reply, 0); status != tcp::status::kOk)
        return serverStatusError(status, "close the probe", address());
    return {};
}

Result<StlinkTunnelReply> StlinkTcpClient::sendUsbCommand(std::uint32_t connectId,
                                                          const probe::stlink::CommandBlock& block,
                                                          tcp::Direction direction, ByteView dataOut,
                                                          std::size_t readSize,
                                                          std::chrono::milliseconds timeout) {
    const bool write = direction == tcp::Direction::Write;
    const std::size_t size = write ? dataOut.size() : readSize;
    if (tcp::kSendUsbHeaderSize + (write ? size : 0) > tcp::kMaxRequest ||
        (!write && size + 4 > tcp::kMaxReply))
        return makeError(std::string(stlink_tcp_error::kBadReply),
                         fmt::format("A tunnelled ST-LINK command of {} bytes exceeds the ST-LINK server's "
                                     "10240-byte limit.",
                                     size),
                         "This is a driver bug: it must split transfers to the server's limit.");
    Bytes request{tcp::cmd::kSendUsbCmd, 0, 0, 0};
    appendLe32(request, connectId);
    request.insert(request.end(), block.begin(), block.end());
    request.push_back(static_cast<std::uint8_t>(direction));
    request.insert(request.end(), {0, 0, 0});
    appendLe32(request, static_cast<std::uint32_t>(size));
    if (write)
        request.insert(request.end(), dataOut.begin(), dataOut.end());
    std::lock_guard lock(m_mutex);
    auto reply = exchange(request, 4 + (write ? 0 : size), timeout,
                          fmt::format("SEND_USB_CMD {:02X} {:02X}", block[0], block[1]));
    if (!reply)
        return std::move(reply).error();
    StlinkTunnelReply out;
    out.status = readLe32(*reply, 0);
    out.data.assign(reply->begin() + 4, reply->end());
    return out;
}

Error serverStatusError(std::uint32_t status, std::string_view what, std::string_view serverAddress) {
    const std::string name = fmt::format("{} (0x{:08X})", tcp::statusName(status), status);
    Error e;
    switch (status) {
        case tcp::status::kTimeout:
            e = makeError(
                std::string(channel_error::kTimeout),
                fmt::format("The ST-LINK server at {} says the probe did not answer when asked to {}.",
                            serverAddress, what),
                "Check the probe's USB cable on the server's machine; unplug and replug the probe "
                "if it is stuck.");
            break;
        case tcp::status::kTcpError:
            e = disconnectedError(fmt::format("the ST-LINK server at {} lost the probe while asked to {}",
                                              serverAddress, what));
            break;
        case tcp::status::kTcpBusy:
            e = makeError(std::string(stlink_tcp_error::kBusy),
                          fmt::format("The ST-LINK server at {} says the probe is busy with another client "
                                      "and could not {}.",
                                      serverAddress, what),
                          "Wait for the other tool (STM32CubeIDE, OpenOCD) to finish, or stop its debug "
                          "session.");
            break;
        case tcp::status::kOpenError:
            e = makeError(std::string(stlink_tcp_error::kOpen),
                          fmt::format("The ST-LINK server at {} could not {}.", serverAddress, what),
                          "Another program may hold the probe over USB directly (not through the server); "
                          "close it, or unplug and replug the probe.");
            break;
        case tcp::status::kBadParameter:
            e = makeError(std::string(stlink_tcp_error::kStatus),
                          fmt::format("The ST-LINK server at {} refused to {}: it does not know the probe or "
                                      "connection named.",
                                      serverAddress, what),
                          "The probe was probably unplugged or closed; list the probes and open it again.");
            break;
        case tcp::status::kCmdNotAvailable:
            e = makeError(std::string(stlink_tcp_error::kStatus),
                          fmt::format("The ST-LINK server at {} cannot {}: the command is not available in "
                                      "this server version.",
                                      serverAddress, what),
                          "Update ST's ST-LINK server.");
            break;
        default:
            e = makeError(std::string(stlink_tcp_error::kStatus),
                          fmt::format("The ST-LINK server at {} could not {} ({}).", serverAddress, what,
                                      tcp::statusName(status)),
                          "Restart the ST-LINK server and replug the probe; if it persists, use the probe "
                          "over USB directly.");
            break;
    }
    e.with("server", std::string(serverAddress)).with("server status", name);
    return e;
}

}  // namespace rescue::transport
