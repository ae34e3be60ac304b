#include "core/sim/stlink/stlink_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <vector>

#include <fmt/format.h>

namespace rescue::sim::stlink {

namespace {

void closeFd(int& fd) {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

bool setNonBlocking(int fd) {
    const int flags = ::fcntl(fd, F_GETFL, 0);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

Error socketError(std::string_view what, std::string_view address, std::uint16_t port) {
    return makeError("sim.stlink-server.socket",
                     fmt::format("The virtual ST-LINK server could not {} on {}:{} ({}).", what, address,
                                 port, std::strerror(errno)),
                     "Choose another port, or stop the program that already uses it.");
}

int millis(std::chrono::milliseconds d) {
    return static_cast<int>(d.count());
}

// Writes all of `data` to a non-blocking socket, waiting for room at most `timeout`.
bool sendAll(int fd, ByteView data, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n > 0) {
            sent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return false;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd p{fd, POLLOUT, 0};
        if (::poll(&p, 1, millis(left)) < 0 && errno != EINTR)
            return false;
    }
    return true;
}

struct Client {
    int fd = -1;
    ServerDispatcher::ClientId id = 0;
    Bytes pending;
};

}  // namespace

StlinkServer::StlinkServer(StlinkServerOptions options)
    : m_options(std::move(options)), m_dispatcher(m_options.version, m_options.usbTimeout) {}

StlinkServer::~StlinkServer() {
    stop();
}

StlinkServerStats StlinkServer::stats() const {
    return {m_connections.load(), m_requests.load(), m_dropped.load()};
}

Status StlinkServer::start() {
    if (m_running.load())
        return makeError("sim.stlink-server.running", "The virtual ST-LINK server is already running.");
    in_addr address{};
    if (::inet_pton(AF_INET, m_options.address.c_str(), &address) != 1)
        return makeError(
            "sim.stlink-server.bad-address",
            fmt::format("'{}' is not an IPv4 address the server can listen on.", m_options.address),
            "Use 127.0.0.1: OpenOCD connects to that address only.");
    const bool loopback = (ntohl(address.s_addr) >> 24) == 127;
    if (!loopback && !m_options.allowNonLoopback)
        return makeError("sim.stlink-server.not-loopback",
                         fmt::format("The server refuses to listen on {}: the ST-LINK server protocol has no "
                                     "authentication, so anyone on that network could drive the probe.",
                                     m_options.address),
                         "Listen on 127.0.0.1, or allow other addresses explicitly if you mean it.");

    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        return socketError("create a socket", m_options.address, m_options.port);
    const int yes = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(m_options.port);
    sa.sin_addr = address;
    if (::bind(m_listenFd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) != 0 ||
        ::listen(m_listenFd, 16) != 0 || !setNonBlocking(m_listenFd)) {
        Error e = socketError("listen", m_options.address, m_options.port);
        closeFd(m_listenFd);
        return e;
    }
    socklen_t length = sizeof sa;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&sa), &length);
    m_port = ntohs(sa.sin_port);

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC | O_NONBLOCK) != 0) {
        Error e = socketError("create its wake-up pipe", m_options.address, m_port);
        closeFd(m_listenFd);
        return e;
    }
    m_wakeRead = pipeFds[0];
    m_wakeWrite = pipeFds[1];
    m_stopRequested = false;
    m_running = true;
    m_thread = std::thread([this] { run(); });
    return {};
}

void StlinkServer::stop() {
    if (!m_thread.joinable())
        return;
    m_stopRequested = true;
    const char wake = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeWrite, &wake, 1);
    m_thread.join();
    closeFd(m_listenFd);
    closeFd(m_wakeRead);
    closeFd(m_wakeWrite);
    m_running = false;
}

void StlinkServer::run() {
    std::map<int, Client> clients;
    ServerDispatcher::ClientId nextClient = 1;
    std::vector<pollfd> fds;

    auto drop = [&](int fd, bool error) {
        auto it = clients.find(fd);
        if (it == clients.end())
            return;
        // Counted before the socket closes: a client that sees the close must also see the count.
        if (error)
            ++m_dropped;
        m_dispatcher.clientClosed(it->second.id);
        ::close(fd);
        clients.erase(it);
    };

    while (!m_stopRequested.load()) {
        fds.clear();
        fds.push_back({m_listenFd, POLLIN, 0});
        fds.push_back({m_wakeRead, POLLIN, 0});
        for (const auto& [fd, client] : clients)
            fds.push_back({fd, POLLIN, 0});
        const int ready = ::poll(fds.data(), fds.size(), millis(m_options.pollInterval));
        if (ready <= 0)
            continue;

        if (fds[0].revents & POLLIN) {
            const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (fd >= 0) {
                if (clients.size() >= m_options.maxClients) {
                    ::close(fd);
                } else {
                    const int yes = 1;
                    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
                    clients[fd] = Client{fd, nextClient++, {}};
                    ++m_connections;
                }
            }
        }
        for (std::size_t i = 2; i < fds.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const int fd = fds[i].fd;
            Client& client = clients[fd];
            std::uint8_t buffer[16384];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                drop(fd, false);
                continue;
            }
            if (n < 0)
                continue;
            client.pending.insert(client.pending.end(), buffer, buffer + n);
            // Serve every complete request in the buffer.
            bool alive = true;
            while (alive && !client.pending.empty()) {
                auto length = m_dispatcher.requestLength(client.pending);
                if (!length) {
                    drop(fd, true);
                    alive = false;
                    break;
                }
                if (!*length || client.pending.size() < **length)
                    break;
                const std::size_t size = **length;
                const Bytes reply = m_dispatcher.handle(client.id, ByteView(client.pending).first(size));
                client.pending.erase(client.pending.begin(),
                                     client.pending.begin() + static_cast<std::ptrdiff_t>(size));
                ++m_requests;
                if (m_dispatcher.takeConnectionDrop()) {
                    // A fault plan's ServerDrop: the connection goes before the reply does.
                    drop(fd, false);
                    alive = false;
                    break;
                }
                if (!sendAll(fd, reply, m_options.sendTimeout)) {
                    drop(fd, true);
                    alive = false;
                }
            }
        }
    }
    for (auto& [fd, client] : clients) {
        m_dispatcher.clientClosed(client.id);
        ::close(fd);
    }
}

}  // namespace rescue::sim::stlink
