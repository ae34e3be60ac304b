// The ST-LINK server client and TcpStlinkLink against the lab's StlinkServer in-process: the
// device list shows the lab probe, tunnelled commands carry the reference's bytes, the
// server's status words and the probe's faults become errors that say what happened, a
// server that goes away or never answers fails quickly, and a closed port names the address
// and what must run there. Then a lab board opened through TcpStlinkSource attaches.

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

#include "core/common/clock.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/stlink_tcp_protocol.h"
#include "core/probe/stlink/tcp_stlink_link.h"
#include "core/probe/stlink/tcp_stlink_source.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/scenario.h"
#include "core/sim/stlink/stlink_server.h"
#include "core/transport/stlink_tcp_client.h"
#include "support/test_board.h"

using namespace rescue;
using namespace rescue::transport;
using namespace std::chrono_literals;
namespace ps = rescue::probe::stlink;
namespace tcp = rescue::probe::stlink::tcp;
namespace sst = rescue::sim::stlink;

Q_DECLARE_METATYPE(rescue::sim::stlink::FaultPlan)

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

const char* describe(const Error& e) {
    static std::string text;
    text = e.describe();
    return text.c_str();
}

// Two generic boards behind one lab server: an on-board V2-1 and a V3SET.
struct Bench {
    Bench() {
        v21 = std::make_shared<sst::VirtualStlink>(sst::stlinkV2_1(), clock, &board);
        v3 = std::make_shared<sst::VirtualStlink>(sst::stlinkV3Set(), clock, &board2);
    }
    bool start(bool both = false) {
        server = std::make_unique<sst::StlinkServer>();
        if (!server->addProbe(v21).ok())
            return false;
        if (both && !server->addProbe(v3).ok())
            return false;
        return server->start().ok();
    }
    std::unique_ptr<StlinkTcpClient> connect(StlinkTcpOptions options = {}) {
        auto c = StlinkTcpClient::connect("127.0.0.1", server->port(), options);
        return c ? std::move(*c) : nullptr;
    }
    // Lists, opens the V2-1 and wraps it in a link.
    std::unique_ptr<ps::TcpStlinkLink> openLink() {
        std::shared_ptr<StlinkTcpClient> client = connect();
        if (!client)
            return nullptr;
        auto devices = client->listDevices();
        if (!devices || devices->empty())
            return nullptr;
        auto id = client->openDevice(devices->front().deviceId);
        if (!id)
            return nullptr;
        return std::make_unique<ps::TcpStlinkLink>(client, *id);
    }
    VirtualClock clock;
    testsupport::TestBoard board;
    testsupport::TestBoard board2;
    std::shared_ptr<sst::VirtualStlink> v21;
    std::shared_ptr<sst::VirtualStlink> v3;
    std::unique_ptr<sst::StlinkServer> server;
};

// A port nobody listens on (bound, then closed).
std::uint16_t closedPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
    socklen_t length = sizeof sa;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &length);
    ::close(fd);
    return ntohs(sa.sin_port);
}

// A socket that listens but never accepts or answers: the kernel completes the connection.
struct SilentServer {
    SilentServer() {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
        ::listen(fd, 4);
        socklen_t length = sizeof sa;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &length);
        port = ntohs(sa.sin_port);
    }
    ~SilentServer() { ::close(fd); }
    int fd = -1;
    std::uint16_t port = 0;
};

probe::ProbeUri tcpUri(std::uint16_t port, std::string serial = {}) {
    probe::ProbeUri uri;
    uri.kind = probe::ProbeUri::Kind::StlinkTcp;
    uri.host = "127.0.0.1";
    uri.port = port;
    uri.serial = std::move(serial);
    return uri;
}

}  // namespace

class TestStlinkTcpClient : public QObject {
    Q_OBJECT
private slots:
    void versionAndDeviceList() {
        Bench bench;
        QVERIFY(bench.start(true));
        auto client = bench.connect();
        QVERIFY(client);
        QCOMPARE(q(client->address()), QStringLiteral("127.0.0.1:%1").arg(bench.server->port()));
        auto version = client->serverVersion();
        QVERIFY2(version.ok(), version.ok() ? "" : describe(version.error()));
        QCOMPARE(version->api, 3u);
        QCOMPARE(q(version->toString()), QStringLiteral("2.1.0 (API v3)"));

        auto devices = client->listDevices();
        QVERIFY2(devices.ok(), devices.ok() ? "" : describe(devices.error()));
        QCOMPARE(devices->size(), std::size_t(2));
        QCOMPARE(q(devices->at(0).serial), q(bench.v21->identity().serial));
        QCOMPARE(devices->at(0).vid, std::uint16_t(0x0483));
        QCOMPARE(devices->at(0).pid, std::uint16_t(0x374B));
        QVERIFY(!devices->at(0).inUse);
        QCOMPARE(q(devices->at(1).serial), q(bench.v3->identity().serial));
        QCOMPARE(devices->at(1).pid, std::uint16_t(0x374F));

        // Opened by one client, the probe shows in use to another.
        auto id = client->openDevice(devices->at(0).deviceId);
        QVERIFY(id.ok());
        auto other = bench.connect();
        QVERIFY(other);
        auto seen = other->listDevices();
        QVERIFY(seen.ok());
        QVERIFY(seen->at(0).inUse);
        QVERIFY(!seen->at(1).inUse);
        QVERIFY(client->closeDevice(*id).ok());
        QVERIFY(!other->listDevices()->at(0).inUse);
    }

    void linkTransactsGetVersionAndDapRead() {
        Bench bench;
        QVERIFY(bench.start());
        auto link = bench.openLink();
        QVERIFY(link);
        auto version = link->transact(ps::request::getVersion(), 1000ms);
        QVERIFY2(version.ok(), version.ok() ? "" : describe(version.error()));
        QCOMPARE(q(toHex(*version)), QStringLiteral("295a83044b37"));  // V2J37M26, 0483:374B
        // A command without a data phase, then a DP register read through READ_DAP_REG.
        auto entered = link->transact(ps::request::enterSwd(), 1000ms);
        QVERIFY(entered.ok());
        QCOMPARE(q(toHex(*entered)), QStringLiteral("8000"));
        auto dpidr = link->transact(ps::request::readDapReg(ps::kDpPort, 0x0), 1000ms);
        QVERIFY2(dpidr.ok(), dpidr.ok() ? "" : describe(dpidr.error()));
        QCOMPARE(dpidr->size(), std::size_t(8));
        QCOMPARE(int((*dpidr)[0]), 0x80);
        QCOMPARE(readLe32(*dpidr, 4), bench.board.config().dpidr);
        QCOMPARE(link->roundTrips(), std::uint64_t(3));
        QCOMPARE(bench.v21->counters().roundTrips, std::uint64_t(3));
    }

    void linkCarriesDataOutPhase() {
        Bench bench;
        QVERIFY(bench.start());
        auto link = bench.openLink();
        QVERIFY(link);
        QVERIFY(link->transact(ps::request::enterSwd(), 1000ms).ok());
        QVERIFY(link->transact(ps::request::initAp(1), 1000ms).ok());
        const Bytes data{0xEF, 0xBE, 0xAD, 0xDE, 0x78, 0x56, 0x34, 0x12};
        const ps::MemoryCommand write{0x20000100, 8, 1, 0};
        auto written = link->transact(ps::request::writeMem32(write, data), 1000ms);
        QVERIFY2(written.ok(), written.ok() ? "" : describe(written.error()));
        QVERIFY(written->empty());
        auto read = link->transact(ps::request::readMem32({0x20000100, 8, 1, 0}), 1000ms);
        QVERIFY(read.ok());
        QCOMPARE(q(toHex(*read)), QStringLiteral("efbeadde78563412"));
    }

    void probeFaultsThroughTheServer_data() {
        QTest::addColumn<sst::FaultPlan>("plan");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        sst::FaultPlan silent;
        silent.silentReplies = 1;
        QTest::newRow("probe silent -> TIMEOUT") << silent << "transport.timeout"
                                                 << "did not answer";
        sst::FaultPlan pulled;
        pulled.disconnected = true;
        QTest::newRow("probe pulled -> TCP_ERROR") << pulled << "transport.disconnected"
                                                   << "lost the probe";
        sst::FaultPlan shortReply;
        shortReply.shortReplies = 1;
        shortReply.shortReplyLength = 2;
        QTest::newRow("short reply -> TRUNCATED_DATA") << shortReply << "probe.bad-reply"
                                                       << "shorter than the 6";
    }
    void probeFaultsThroughTheServer() {
        QFETCH(sst::FaultPlan, plan);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        Bench bench;
        QVERIFY(bench.start());
        auto link = bench.openLink();
        QVERIFY(link);
        bench.v21->setFaultPlan(plan);
        auto reply = link->transact(ps::request::getVersion(), 2000ms);
        QVERIFY(!reply.ok());
        QCOMPARE(q(reply.error().code), code);
        QVERIFY2(q(reply.error().message).contains(mentions), describe(reply.error()));
        QVERIFY(reply.error().message.ends_with("."));
        // The connection stays in step: with the fault gone, the next command works.
        bench.v21->setFaultPlan({});
        auto again = link->transact(ps::request::getVersion(), 2000ms);
        QVERIFY2(again.ok(), again.ok() ? "" : describe(again.error()));
        QCOMPARE(again->size(), std::size_t(6));
    }

    void serverStoppedMidSession() {
        Bench bench;
        QVERIFY(bench.start());
        auto link = bench.openLink();
        QVERIFY(link);
        QVERIFY(link->transact(ps::request::getVersion(), 1000ms).ok());
        bench.server->stop();
        const auto before = std::chrono::steady_clock::now();
        auto reply = link->transact(ps::request::getVersion(), 5000ms);
        const auto took = std::chrono::steady_clock::now() - before;
        QVERIFY(!reply.ok());
        QCOMPARE(q(reply.error().code), QStringLiteral("transport.disconnected"));
        QVERIFY2(q(reply.error().message).contains("127.0.0.1:"), describe(reply.error()));
        QVERIFY2(took < 1s, "a closed connection is noticed at once, not after the timeout");
        // And it stays that way, without touching the socket again.
        auto later = link->transact(ps::request::getVersion(), 1000ms);
        QCOMPARE(q(later.error().code), QStringLiteral("transport.disconnected"));
        QVERIFY(!link->client().connected());
    }

    void closedPortNamesTheAddress() {
        const std::uint16_t port = closedPort();
        const auto before = std::chrono::steady_clock::now();
        auto client = StlinkTcpClient::connect("127.0.0.1", port);
        QVERIFY(!client.ok());
        QVERIFY(std::chrono::steady_clock::now() - before < 2s);
        const Error& e = client.error();
        QCOMPARE(q(e.code), QStringLiteral("transport.tcp-connect"));
        QVERIFY2(q(e.message).contains(QStringLiteral("127.0.0.1:%1").arg(port)), describe(e));
        QVERIFY2(q(e.message).contains("refused"), describe(e));
        QVERIFY2(q(e.hint).contains("rescue lab serve"), describe(e));
        QVERIFY2(q(e.hint).contains("ST-LINK server"), describe(e));
    }

    void unresolvableHost() {
        auto client = StlinkTcpClient::connect("no-such-host.invalid", 7184);
        QVERIFY(!client.ok());
        QCOMPARE(q(client.error().code), QStringLiteral("transport.tcp-connect"));
        QVERIFY2(q(client.error().message).contains("no-such-host.invalid:7184"), describe(client.error()));
    }

    void silentPeerTimesOutAndCloses() {
        SilentServer silent;
        StlinkTcpOptions options;
        options.requestTimeout = 200ms;
        auto client = StlinkTcpClient::connect("127.0.0.1", silent.port, options);
        QVERIFY2(client.ok(), client.ok() ? "" : describe(client.error()));
        const auto before = std::chrono::steady_clock::now();
        auto version = (*client)->serverVersion();
        const auto took = std::chrono::steady_clock::now() - before;
        QVERIFY(!version.ok());
        QCOMPARE(q(version.error().code), QStringLiteral("transport.timeout"));
        QVERIFY2(q(version.error().message).contains("within 200 ms"), describe(version.error()));
        QVERIFY(took >= 190ms && took < 1500ms);
        // Out of step now: the client closed the connection rather than read a late reply.
        QVERIFY(!(*client)->connected());
        QCOMPARE(q((*client)->listDevices().error().code), QStringLiteral("transport.disconnected"));
    }

    void statusWords_data() {
        QTest::addColumn<quint32>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("TIMEOUT") << quint32(tcp::status::kTimeout) << "transport.timeout"
                                 << "did not answer";
        QTest::newRow("TCP_ERROR") << quint32(tcp::status::kTcpError) << "transport.disconnected"
                                   << "lost the probe";
        QTest::newRow("TCP_BUSY") << quint32(tcp::status::kTcpBusy) << "transport.stlink-server-busy"
                                  << "busy";
        QTest::newRow("OPEN_ERR") << quint32(tcp::status::kOpenError) << "transport.stlink-server-open"
                                  << "could not open";
        QTest::newRow("BAD_PARAMETER")
            << quint32(tcp::status::kBadParameter) << "transport.stlink-server-status"
            << "does not know";
        QTest::newRow("CMD_NOT_AVAILABLE")
            << quint32(tcp::status::kCmdNotAvailable) << "transport.stlink-server-status"
            << "not available";
        QTest::newRow("MEMORY_PROBLEM")
            << quint32(tcp::status::kMemoryProblem) << "transport.stlink-server-status"
            << "MEMORY_PROBLEM";
        QTest::newRow("unknown") << quint32(0x12345678) << "transport.stlink-server-status"
                                 << "unknown status";
    }
    void statusWords() {
        QFETCH(quint32, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const Error e = serverStatusError(status, "open the probe", "127.0.0.1:7184");
        QCOMPARE(q(e.code), code);
        QVERIFY2(q(e.message).contains(mentions), describe(e));
        QVERIFY2(q(e.message).contains("127.0.0.1:7184"), describe(e));
        QVERIFY(e.message.ends_with("."));
        QVERIFY(!e.hint.empty());
        const QString word =
            QStringLiteral("0x%1").arg(status, 8, 16, QLatin1Char('0')).toUpper().replace("0X", "0x");
        const bool evidence = std::any_of(e.evidence.begin(), e.evidence.end(),
                                          [&](const Evidence& ev) { return q(ev.value).contains(word); });
        QVERIFY2(evidence, describe(e));
    }

    void hostPort_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host and port") << "127.0.0.1:17184" << true << "127.0.0.1" << 17184;
        QTest::newRow("default port") << "localhost" << true << "localhost" << 7184;
        QTest::newRow("IPv6") << "[::1]:7184" << true << "::1" << 7184;
        QTest::newRow("IPv6 default port") << "[::1]" << true << "::1" << 7184;
        QTest::newRow("bare IPv6") << "::1" << false << "" << 0;
        QTest::newRow("no host") << ":7184" << false << "" << 0;
        QTest::newRow("port 0") << "host:0" << false << "" << 0;
        QTest::newRow("port too large") << "host:65536" << false << "" << 0;
        QTest::newRow("port not a number") << "host:abc" << false << "" << 0;
        QTest::newRow("empty port") << "host:" << false << "" << 0;
    }
    void hostPort() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, host);
        QFETCH(int, port);
        auto parsed = parseHostPort(text.toStdString());
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QCOMPARE(q(parsed.error().code), QStringLiteral("transport.bad-address"));
            QVERIFY(q(parsed.error().message).contains(text));
            return;
        }
        QCOMPARE(q(parsed->host), host);
        QCOMPARE(int(parsed->port), port);
        QCOMPARE(q(formatHostPort(parsed->host, parsed->port)),
                 host.contains(':') ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                    : QStringLiteral("%1:%2").arg(host).arg(port));
    }

    void sourceScanListsProbes() {
        Bench bench;
        QVERIFY(bench.start(true));
        ps::TcpStlinkSource source;
        probe::ScanOptions options;
        options.tcpServers = {QStringLiteral("127.0.0.1:%1").arg(bench.server->port()).toStdString()};
        auto listed = source.scan(options);
        QVERIFY2(listed.ok(), listed.ok() ? "" : describe(listed.error()));
        QCOMPARE(listed->size(), std::size_t(2));
        const probe::ProbeInfo& first = listed->front();
        QCOMPARE(q(first.uri), QStringLiteral("stlink-tcp://127.0.0.1:%1/%2")
                                   .arg(bench.server->port())
                                   .arg(q(bench.v21->identity().serial)));
        QCOMPARE(q(first.transport), QStringLiteral("stlink-tcp"));
        QCOMPARE(q(first.model), QStringLiteral("STLINK-V2-1"));
        QCOMPARE(q(first.serial), q(bench.v21->identity().serial));
        QVERIFY(first.problem.empty());
        QCOMPARE(q(listed->at(1).model), QStringLiteral("STLINK-V3S"));

        // A second server that is not there fails the scan, naming it.
        options.tcpServers.push_back(QStringLiteral("127.0.0.1:%1").arg(closedPort()).toStdString());
        auto failed = source.scan(options);
        QVERIFY(!failed.ok());
        QCOMPARE(q(failed.error().code), QStringLiteral("transport.tcp-connect"));
    }

    void sourceOpenRefusals_data() {
        QTest::addColumn<bool>("bothProbes");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<bool>("holdFirst");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("several, none named") << true << "" << false << "probe.ambiguous"
                                             << "2 ST-LINKs";
        QTest::newRow("unknown serial") << true << "NOSUCHSERIAL" << false << "probe.not-found"
                                        << "NOSUCHSERIAL";
        QTest::newRow("in use by another client") << false << "" << true << "probe.in-use"
                                                  << "already open";
    }
    void sourceOpenRefusals() {
        QFETCH(bool, bothProbes);
        QFETCH(QString, serial);
        QFETCH(bool, holdFirst);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        Bench bench;
        QVERIFY(bench.start(bothProbes));
        std::unique_ptr<ps::TcpStlinkLink> held;
        if (holdFirst)
            held = bench.openLink();
        ps::TcpStlinkSource source;
        auto opened = source.open(tcpUri(bench.server->port(), serial.toStdString()));
        QVERIFY(!opened.ok());
        QCOMPARE(q(opened.error().code), code);
        QVERIFY2(q(opened.error().message).contains(mentions), describe(opened.error()));
        QVERIFY(!opened.error().hint.empty());
        if (code == "probe.ambiguous") {
            QVERIFY2(q(opened.error().hint).contains(q(bench.v21->identity().serial)),
                     describe(opened.error()));
            QVERIFY2(q(opened.error().hint).contains(q(bench.v3->identity().serial)),
                     describe(opened.error()));
        }
    }

    void sourceOpenClosedPort() {
        ps::TcpStlinkSource source;
        const std::uint16_t port = closedPort();
        auto opened = source.open(tcpUri(port));
        QVERIFY(!opened.ok());
        QCOMPARE(q(opened.error().code), QStringLiteral("transport.tcp-connect"));
        QVERIFY(q(opened.error().message).contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    }

    void labBoardAttachesThroughTheSource_data() {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("H563") << "h563-open-healthy";
        QTest::newRow("H7S78") << "h7s78-open-healthy";
    }
    void labBoardAttachesThroughTheSource() {
        QFETCH(QString, scenario);
        auto loaded = sim::loadScenarioByNameOrPath(scenario.toStdString());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : describe(loaded.error()));
        auto instance = sim::lab::LabInstance::create(*loaded, std::make_shared<VirtualClock>());
        QVERIFY2(instance.ok(), instance.ok() ? "" : describe(instance.error()));
        sst::StlinkServer server;  // declared after the instance: stopped before it goes
        QVERIFY(server.addProbe((*instance)->probe()).ok());
        QVERIFY(server.start().ok());

        ps::TcpStlinkSource source;
        auto opened = source.open(tcpUri(server.port(), (*instance)->probeSerial()));
        QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()));
        probe::DebugProbe& probe = **opened;
        QCOMPARE(q(probe.info().transport), QStringLiteral("stlink-tcp"));
        QCOMPARE(q(probe.info().serial), q((*instance)->probeSerial()));
        QVERIFY2(!probe.info().firmware.empty(), "open() reads the firmware version");
        auto dpidr = probe.attach();
        QVERIFY2(dpidr.ok(), dpidr.ok() ? "" : describe(dpidr.error()));
        QCOMPARE(*dpidr & 0xFFFu, 0x477u);  // designer ARM, present bit
        QVERIFY(*dpidr != 0);

        // The same DPIDR as the board's DP reads through the same driver in-process.
        auto direct =
            ps::StlinkProbe::open(std::make_unique<ps::BulkStlinkLink>(
                                      (*instance)->probe(), (*instance)->probe()->identity().usb.outEndpoint),
                                  {}, std::make_shared<VirtualClock>());
        QVERIFY(probe.detach().ok());
        opened->reset();
        QVERIFY2(direct.ok(), direct.ok() ? "" : describe(direct.error()));
        auto directDpidr = (*direct)->attach();
        QVERIFY(directDpidr.ok());
        QCOMPARE(*directDpidr, *dpidr);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestStlinkTcpClient)
#include "test_stlink_tcp_client.moc"
