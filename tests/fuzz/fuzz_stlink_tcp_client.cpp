// The client side of the ST-LINK server protocol: StlinkTcpClient and TcpStlinkLink (with
// StlinkProbe on top) talking to a "server" that answers with the fuzzer's bytes. The
// replies have no framing, so the whole input is written into a real loopback connection
// up front and the server's end then closes: the client reads it exactly as it would read a
// hostile or broken server, and sees the end of the stream as a disconnection rather than
// waiting for its timeouts. Also the host:port parser and the request-size table.
//
// Sockets make this target slower than the pure parsers (a connect per input).

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/common/clock.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/probe/stlink/stlink_tcp_protocol.h"
#include "core/probe/stlink/tcp_stlink_link.h"
#include "core/transport/stlink_tcp_client.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::probe::stlink;

namespace {

// Input beyond this is not written (it would only fill the socket buffers).
constexpr std::size_t kMaxServerBytes = 32 * 1024;

struct Listener {
    int fd = -1;
    std::uint16_t port = 0;
    Listener() {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(fd, 16) != 0 ||
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            fuzz::fail("cannot listen on the loopback interface");
        port = ntohs(addr.sin_port);
    }
};

// Accepts the client's connection, writes `bytes` and closes the writing half.
int serve(const Listener& listener, ByteView bytes) {
    const int fd = ::accept(listener.fd, nullptr, nullptr);
    if (fd < 0)
        fuzz::fail("accept failed");
    // Closing with a reset leaves no TIME_WAIT behind: millions of runs reuse the ports.
    const linger reset{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            break;
        sent += std::size_t(n);
    }
    ::shutdown(fd, SHUT_WR);
    return fd;
}

void session(transport::StlinkTcpClient& client, std::shared_ptr<transport::StlinkTcpClient> shared,
             fuzz::Input& knobs) {
    auto version = client.serverVersion();
    fuzz::checkResult(version);
    if (version)
        (void)version->toString();
    auto devices = client.listDevices();
    fuzz::checkResult(devices);
    if (devices)
        fuzz::require(devices->size() <= 255, "more devices than GET_DEV_INFO can address");
    auto connectId = client.openDevice(knobs.u32());
    fuzz::checkResult(connectId);
    if (!connectId)
        return;

    // A tunnelled command of the fuzzer's choice, then an ST-LINK session through the link.
    CommandBlock block{};
    auto b = knobs.take(block.size());
    std::copy(b.begin(), b.end(), block.begin());
    const auto direction = tcp::Direction(knobs.u8() % 4);
    const Bytes out(knobs.u8(), 0x5A);
    auto tunnelled =
        client.sendUsbCommand(*connectId, block, direction, out, knobs.u16(), std::chrono::milliseconds(200));
    fuzz::checkResult(tunnelled);

    auto link = std::make_unique<TcpStlinkLink>(std::move(shared), *connectId);
    auto probe = StlinkProbe::open(std::move(link), probe::ProbeInfo{}, std::make_shared<VirtualClock>());
    fuzz::checkResult(probe);
    if (!probe)
        return;
    fuzz::checkResult((*probe)->attach());
    fuzz::checkResult((*probe)->readMemory(0, 0xE0044000, 4));
    fuzz::checkResult((*probe)->readAp(1, 0xFC));
    fuzz::checkResult(client.closeDevice(*connectId));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Listener listener;
    fuzz::Input in(data, size);

    // The first bytes are the client's choices; the rest is what the server says.
    const ByteView knobBytes = in.take(in.u8());
    const ByteView serverBytes = in.take(kMaxServerBytes);

    (void)transport::parseHostPort(fuzz::asText(knobBytes));
    for (std::size_t n = 0; n <= knobBytes.size(); ++n) {
        const auto need = tcp::requestSize(knobBytes.data(), n);
        // The table reports what the header announces, however large: the server's
        // requestLength() refuses sizes above kMaxRequest (fuzz_stlink_server checks that).
        if (need.size)
            fuzz::require(*need.size >= 1 && (n == 0 || knobBytes[0] != tcp::cmd::kSendUsbCmd ||
                                              *need.size >= tcp::kSendUsbHeaderSize),
                          "a request shorter than its header");
    }

    transport::StlinkTcpOptions options;
    options.connectTimeout = std::chrono::milliseconds(1000);
    options.requestTimeout = std::chrono::milliseconds(200);
    auto connected = transport::StlinkTcpClient::connect("127.0.0.1", listener.port, options);
    if (!connected)
        fuzz::fail("cannot connect to the loopback listener", connected.error().describe());
    const int serverFd = serve(listener, serverBytes);
    std::shared_ptr<transport::StlinkTcpClient> client = std::move(*connected);
    fuzz::Input knobs(knobBytes.data(), knobBytes.size());
    session(*client, client, knobs);
    ::close(serverFd);
    return 0;
}
