// The ST-LINK server TCP front end spoken to by a raw socket client, byte for byte as in
// docs/reference/stlink-protocol.md section 13: version, device list, open/close, tunnelled
// USB commands with their status words, several clients, framing across TCP segments,
// misbehaving probes, refused addresses, prompt shutdown.

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "core/common/clock.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/stlink_tcp_protocol.h"
#include "core/probe/stlink/stlink_version.h"
#include "core/sim/stlink/stlink_server.h"
#include "support/test_board.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::stlink;
namespace ps = rescue::probe::stlink;
namespace tcp = rescue::probe::stlink::tcp;

Q_DECLARE_METATYPE(rescue::sim::stlink::FaultPlan)

namespace {

// A blocking client with a timeout on every receive.
class RawClient {
public:
    explicit RawClient(std::uint16_t port) {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0;
    }
    ~RawClient() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool connected() const { return m_connected; }
    bool send(ByteView data) {
        return ::send(m_fd, data.data(), data.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(data.size());
    }
    // Exactly n bytes, or what arrived before the timeout / the server closed.
    Bytes receive(std::size_t n, int timeoutMs = 2000) {
        Bytes out;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (out.size() < n) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            pollfd p{m_fd, POLLIN, 0};
            if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0)
                break;
            std::uint8_t buffer[4096];
            const ssize_t got = ::recv(m_fd, buffer, std::min(sizeof buffer, n - out.size()), 0);
            if (got <= 0) {
                m_closedByPeer = got == 0;
                break;
            }
            out.insert(out.end(), buffer, buffer + got);
        }
        return out;
    }
    Bytes request(ByteView data, std::size_t replySize) {
        if (!send(data))
            return {};
        return receive(replySize);
    }
    bool closedByPeer() {
        receive(1, 1000);
        return m_closedByPeer;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_closedByPeer = false;
};

Bytes u32Request(std::uint8_t command, std::uint32_t value) {
    Bytes b{command, 0, 0, 0};
    appendLe32(b, value);
    return b;
}

Bytes usbRequest(std::uint32_t connectId, const ps::CommandBlock& block, tcp::Direction direction,
                 std::uint32_t size, ByteView data = {}) {
    Bytes b{tcp::cmd::kSendUsbCmd, 0, 0, 0};
    appendLe32(b, connectId);
    b.insert(b.end(), block.begin(), block.end());
    b.push_back(static_cast<std::uint8_t>(direction));
    b.insert(b.end(), {0, 0, 0});
    appendLe32(b, size);
    b.insert(b.end(), data.begin(), data.end());
    return b;
}

struct Lab {
    Lab() {
        v2 = std::make_shared<VirtualStlink>(stlinkV2_1(), clock, &board);
        v3 = std::make_shared<VirtualStlink>(stlinkV3Set(), clock, &board2);
    }
    Status start(StlinkServerOptions options = {}) {
        server = std::make_unique<StlinkServer>(options);
        if (Status s = server->addProbe(v2); !s)
            return s;
        if (Status s = server->addProbe(v3); !s)
            return s;
        return server->start();
    }
    // GET_DEV_INFO + OPEN_DEV for device `index`; returns the connect id.
    std::uint32_t open(RawClient& c, std::uint8_t index) {
        const Bytes info = c.request(Bytes{tcp::cmd::kGetDevInfo, index, 0, 0, 41, 0, 0, 0}, 45);
        if (info.size() != 45)
            return 0;
        const Bytes opened = c.request(u32Request(tcp::cmd::kOpenDev, readLe32(info, 4)), 8);
        return opened.size() == 8 && readLe32(opened, 0) == tcp::status::kOk ? readLe32(opened, 4) : 0;
    }
    VirtualClock clock;
    testsupport::TestBoard board;
    testsupport::TestBoard board2;
    std::shared_ptr<VirtualStlink> v2;
    std::shared_ptr<VirtualStlink> v3;
    std::unique_ptr<StlinkServer> server;
};

}  // namespace

class TestStlinkServer : public QObject {
    Q_OBJECT
private slots:
    void connectionSequence() {
        Lab lab;
        QVERIFY(lab.start().ok());
        RawClient c(lab.server->port());
        QVERIFY(c.connected());

        const Bytes version = c.request(Bytes{0x06, 0x01, 0x00, 0x00}, 16);
        QCOMPARE(version.size(), std::size_t(16));
        QCOMPARE(readLe32(version, 0), 3u);  // API v3: OpenOCD uses RW_MISC
        QCOMPARE(readLe32(c.request(Bytes{0x00, 0x00}, 4), 0), tcp::status::kOk);
        QCOMPARE(readLe32(c.request(Bytes{0x01}, 4), 0), 2u);  // a count, no status word

        const Bytes info = c.request(*fromHex("0200000029000000"), 45);
        QCOMPARE(info.size(), std::size_t(45));
        QCOMPARE(readLe32(info, 0), tcp::status::kOk);
        const std::string serial(reinterpret_cast<const char*>(info.data() + 8));
        QCOMPARE(QString::fromStdString(serial), QString::fromStdString(lab.v2->identity().serial));
        QCOMPARE(int(info[8 + serial.size()]), 0);  // NUL padded
        QCOMPARE(readLe16(info, 40), std::uint16_t(0x0483));
        QCOMPARE(readLe16(info, 42), std::uint16_t(0x374B));
        QCOMPARE(int(info[44]), 0);  // not in use
        const Bytes second = c.request(*fromHex("0201000029000000"), 45);
        QCOMPARE(readLe16(second, 42), std::uint16_t(0x374F));
        const Bytes missing = c.request(*fromHex("0202000029000000"), 45);
        QCOMPARE(missing.size(), std::size_t(45));
        QCOMPARE(readLe32(missing, 0), tcp::status::kBadParameter);

        const Bytes opened = c.request(u32Request(0x03, readLe32(info, 4)), 8);
        QCOMPARE(readLe32(opened, 0), tcp::status::kOk);
        const std::uint32_t connectId = readLe32(opened, 4);

        // GET_VERSION through the tunnel: the capture's bytes.
        const Bytes reply =
            c.request(usbRequest(connectId, ps::request::getVersion().block, tcp::Direction::Read, 6), 10);
        QCOMPARE(QString::fromStdString(toHex(reply)), QStringLiteral("01000000295a83044b37"));
        // A command without an IN phase is sent with size 0 and gets just the status.
        const Bytes enter =
            c.request(usbRequest(connectId, ps::request::enterSwd().block, tcp::Direction::Read, 2), 6);
        QCOMPARE(QString::fromStdString(toHex(enter)), QStringLiteral("010000008000"));
        QCOMPARE(
            c.request(usbRequest(connectId, ps::request::initAp(1).block, tcp::Direction::Read, 2), 6).size(),
            std::size_t(6));
        // WRITEMEM with its data phase (direction 0), then read it back.
        const Bytes data{0xEF, 0xBE, 0xAD, 0xDE};
        const ps::Request write = ps::request::writeMem32({0x20000010, 0, 1, 0xA2000000}, data);
        QCOMPARE(
            readLe32(c.request(usbRequest(connectId, write.block, tcp::Direction::Write, 4, data), 4), 0),
            tcp::status::kOk);
        const ps::Request read = ps::request::readMem32({0x20000010, 4, 1, 0xA2000000});
        QCOMPARE(QString::fromStdString(
                     toHex(c.request(usbRequest(connectId, read.block, tcp::Direction::Read, 4), 8))),
                 QStringLiteral("01000000efbeadde"));
        const Bytes exitReply =
            c.request(usbRequest(connectId, ps::request::debugExit().block, tcp::Direction::Read, 0), 4);
        QCOMPARE(readLe32(exitReply, 0), tcp::status::kOk);

        // Another client sees the probe in use.
        RawClient other(lab.server->port());
        QCOMPARE(int(other.request(*fromHex("0200000029000000"), 45)[44]), 1);
        // Its connect id is not the other client's to use or close.
        QCOMPARE(readLe32(other.request(u32Request(0x04, connectId), 4), 0), tcp::status::kBadParameter);

        QCOMPARE(readLe32(c.request(u32Request(0x04, connectId), 4), 0), tcp::status::kOk);
        QCOMPARE(readLe32(c.request(u32Request(0x04, connectId), 4), 0), tcp::status::kBadParameter);
        QCOMPARE(int(other.request(*fromHex("0200000029000000"), 45)[44]), 0);
        QVERIFY(lab.server->stats().requests >= 14);
    }

    void requestsSplitAcrossSegments() {
        Lab lab;
        QVERIFY(lab.start().ok());
        RawClient c(lab.server->port());
        const std::uint32_t id = lab.open(c, 1);
        QVERIFY(id != 0);
        // Two requests in one segment, then one request a byte at a time.
        Bytes both = usbRequest(id, ps::request::getCurrentMode().block, tcp::Direction::Read, 2);
        const Bytes version = usbRequest(id, ps::request::getVersionEx().block, tcp::Direction::Read, 12);
        both.insert(both.end(), version.begin(), version.end());
        QVERIFY(c.send(both));
        QCOMPARE(c.receive(6 + 16).size(), std::size_t(22));
        for (std::uint8_t byte : version) {
            QVERIFY(c.send(Bytes{byte}));
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        const Bytes reply = c.receive(16);
        QCOMPARE(reply.size(), std::size_t(16));
        ps::FirmwareVersion v;
        QVERIFY(ps::applyVersionEx(v, ByteView(reply).subspan(4)).ok());
        QCOMPARE(QString::fromStdString(v.toString()), QStringLiteral("V3J17M10B6S1"));
    }

    void severalClientsAtOnce() {
        Lab lab;
        QVERIFY(lab.start().ok());
        constexpr int kClients = 4;
        std::vector<std::thread> threads;
        std::atomic<int> good{0};
        for (int i = 0; i < kClients; ++i) {
            threads.emplace_back([&, i] {
                RawClient c(lab.server->port());
                const std::uint32_t id = lab.open(c, static_cast<std::uint8_t>(i % 2));
                int ok = 0;
                for (int k = 0; k < 50; ++k) {
                    const Bytes r = c.request(
                        usbRequest(id, ps::request::getVersion().block, tcp::Direction::Read, 6), 10);
                    ok += (r.size() == 10 && readLe32(r, 0) == tcp::status::kOk) ? 1 : 0;
                }
                if (ok == 50 && readLe32(c.request(u32Request(0x04, id), 4), 0) == tcp::status::kOk)
                    ++good;
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(good.load(), kClients);
        QCOMPARE(lab.server->stats().connections, std::uint64_t(kClients));
    }

    void misbehavingProbe_data() {
        QTest::addColumn<FaultPlan>("plan");
        QTest::addColumn<quint32>("status");
        FaultPlan silent;
        silent.silentReplies = 1;
        QTest::newRow("silence -> TIMEOUT") << silent << quint32(tcp::status::kTimeout);
        FaultPlan cut;
        cut.shortReplies = 1;
        cut.shortReplyLength = 3;
        QTest::newRow("short reply -> TRUNCATED_DATA") << cut << quint32(tcp::status::kTruncatedData);
        FaultPlan gone;
        gone.disconnected = true;
        QTest::newRow("unplugged -> TCP_ERROR") << gone << quint32(tcp::status::kTcpError);
    }
    void misbehavingProbe() {
        QFETCH(FaultPlan, plan);
        QFETCH(quint32, status);
        Lab lab;
        QVERIFY(lab.start().ok());
        RawClient c(lab.server->port());
        const std::uint32_t id = lab.open(c, 0);
        lab.v2->setFaultPlan(plan);
        // The client still gets every byte it waits for, with a status saying what failed.
        const Bytes r =
            c.request(usbRequest(id, ps::request::getVersion().block, tcp::Direction::Read, 6), 10);
        QCOMPARE(r.size(), std::size_t(10));
        QCOMPARE(readLe32(r, 0), quint32(status));
        lab.v2->setFaultPlan({});
        const Bytes again =
            c.request(usbRequest(id, ps::request::getVersion().block, tcp::Direction::Read, 6), 10);
        QCOMPARE(readLe32(again, 0), tcp::status::kOk);
    }

    void badRequests() {
        Lab lab;
        QVERIFY(lab.start().ok());
        {
            RawClient c(lab.server->port());
            // An unknown connect id: BAD_PARAMETER, and still the bytes the client expects.
            const Bytes r =
                c.request(usbRequest(0x5555, ps::request::getVersion().block, tcp::Direction::Read, 6), 10);
            QCOMPARE(r.size(), std::size_t(10));
            QCOMPARE(readLe32(r, 0), tcp::status::kBadParameter);
            QCOMPARE(readLe32(c.request(u32Request(0x03, 0x9999), 8), 0), tcp::status::kOpenError);
        }
        {
            RawClient c(lab.server->port());
            QVERIFY(c.send(Bytes{0x99, 0, 0, 0}));  // a command the server cannot frame
            QVERIFY(c.closedByPeer());
        }
        {
            RawClient c(lab.server->port());
            QVERIFY(c.send(usbRequest(1, ps::request::getVersion().block, tcp::Direction::Read, 20000)));
            QVERIFY(c.closedByPeer());
        }
        QCOMPARE(lab.server->stats().droppedClients, std::uint64_t(2));
        // The server keeps serving.
        RawClient c(lab.server->port());
        QCOMPARE(c.request(Bytes{0x06, 0x01, 0x00, 0x00}, 16).size(), std::size_t(16));
    }

    void refusedAddresses_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("code");
        QTest::newRow("any interface") << "0.0.0.0"
                                       << "sim.stlink-server.not-loopback";
        QTest::newRow("a LAN address") << "192.168.1.10"
                                       << "sim.stlink-server.not-loopback";
        QTest::newRow("not an address") << "localhost:7184"
                                        << "sim.stlink-server.bad-address";
    }
    void refusedAddresses() {
        QFETCH(QString, address);
        QFETCH(QString, code);
        StlinkServerOptions options;
        options.address = address.toStdString();
        StlinkServer server(options);
        const Status s = server.start();
        QVERIFY(!s.ok());
        QCOMPARE(QString::fromStdString(s.error().code), code);
        QVERIFY(!server.running());
    }

    void portInUse() {
        StlinkServer first;
        QVERIFY(first.start().ok());
        StlinkServerOptions options;
        options.port = first.port();
        StlinkServer second(options);
        const Status s = second.start();
        QVERIFY(!s.ok());
        QCOMPARE(QString::fromStdString(s.error().code), QStringLiteral("sim.stlink-server.socket"));
    }

    void registry() {
        VirtualClock clock;
        StlinkServer server;
        auto a = std::make_shared<VirtualStlink>(stlinkV3Set(), clock);
        QVERIFY(server.addProbe(a).ok());
        auto twin = std::make_shared<VirtualStlink>(stlinkV3Set(), clock);
        QCOMPARE(QString::fromStdString(server.addProbe(twin).error().code),
                 QStringLiteral("sim.stlink-server.duplicate-serial"));
        QVERIFY(server.addProbe(std::make_shared<VirtualStlink>(stlinkV2(), clock)).ok());
        QCOMPARE(int(server.dispatcher().serials().size()), 2);
        QVERIFY(server.dispatcher().removeProbe(a->identity().serial));
        QVERIFY(!server.dispatcher().removeProbe(a->identity().serial));
        QCOMPARE(int(server.dispatcher().serials().size()), 1);
    }

    void stopIsPromptAndFinal() {
        Lab lab;
        QVERIFY(lab.start().ok());
        const std::uint16_t port = lab.server->port();
        RawClient idle(port);
        QVERIFY(idle.connected());
        QCOMPARE(idle.request(Bytes{0x01}, 4).size(), std::size_t(4));
        QElapsedTimer timer;
        timer.start();
        lab.server->stop();
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!lab.server->running());
        QVERIFY(idle.closedByPeer());
        RawClient late(port);
        QVERIFY(!late.connected());
        lab.server->stop();  // a second stop is harmless
    }
};

QTEST_GUILESS_MAIN(TestStlinkServer)
#include "test_stlink_server.moc"
