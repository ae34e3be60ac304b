// `rescue lab ...` end to end, as a trainer or a script uses it: list, show, reset, serve
// (a raw ST-LINK server client connects, changes the board, and the next serve still has
// the change), the exit codes of `rescue --help` for bad scenarios, damaged state, a board
// in use and a refused address.

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"
#include "core/common/bytes.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/stlink_tcp_protocol.h"
#include "lab_serve_process.h"

using namespace rescue;
namespace ps = rescue::probe::stlink;
namespace fs = std::filesystem;

namespace {

const QStringList kShipped = {"h503-closed-password",    "h533-open-tz",
                              "h533-provisioning-no-da", "h533-tzclosed-no-da",
                              "h563-closed-da",          "h563-open-healthy",
                              "h7s78-closed-cmsis-dap",  "h7s78-closed-nrst-unwired",
                              "h7s78-open-healthy",      "h7s78-open-nrst-unwired",
                              "h7s78-open-wrp-all"};

QString context(const CliRun& r) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

fs::path stateDir() {
    return fs::path(qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + "/.local/share").toStdString()) /
           "rescue-workbench" / "lab";
}

// A minimal ST-LINK server client over a plain socket: every wait bounded.
class ServerClient {
public:
    ~ServerClient() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool connectTo(quint16 port) {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return m_fd >= 0 && ::connect(m_fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) == 0;
    }
    // One request, exactly `replySize` bytes back (empty on timeout or a closed socket).
    Bytes request(ByteView data, std::size_t replySize) {
        if (::send(m_fd, data.data(), data.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(data.size()))
            return {};
        Bytes reply(replySize);
        std::size_t got = 0;
        while (got < replySize) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 3000) != 1)
                return {};
            const ssize_t n = ::recv(m_fd, reply.data() + got, replySize - got, 0);
            if (n <= 0)
                return {};
            got += static_cast<std::size_t>(n);
        }
        return reply;
    }
    // SEND_USB_CMD for one ST-LINK request; the status word and any IN bytes.
    Bytes usb(std::uint32_t connectId, const ps::Request& r) {
        Bytes header{ps::tcp::cmd::kSendUsbCmd, 0, 0, 0};
        appendLe32(header, connectId);
        header.insert(header.end(), r.block.begin(), r.block.end());
        const bool out = !r.dataOut.empty();
        header.push_back(
            static_cast<std::uint8_t>(out ? ps::tcp::Direction::Write : ps::tcp::Direction::Read));
        header.insert(header.end(), 3, 0);
        appendLe32(header, static_cast<std::uint32_t>(out ? r.dataOut.size() : r.replyLength));
        header.insert(header.end(), r.dataOut.begin(), r.dataOut.end());
        return request(header, 4 + (out ? 0 : r.replyLength));
    }

private:
    int m_fd = -1;
};

// The ST-LINK server handshake of docs/reference/stlink-protocol.md section 13.4; returns
// the connect id (0 on failure) and checks the probe's serial on the way.
std::uint32_t openProbe(ServerClient& c, const QString& serial) {
    if (c.request(Bytes{0x06, 0x01, 0x00, 0x00}, 16).size() != 16)
        return 0;
    if (readLe32(c.request(Bytes{0x00, 0x00}, 4), 0) != ps::tcp::status::kOk)
        return 0;
    if (readLe32(c.request(Bytes{0x01}, 4), 0) != 1)
        return 0;
    const Bytes info = c.request(*fromHex("0200000029000000"), 45);
    if (info.size() != 45 || QString::fromLatin1(reinterpret_cast<const char*>(info.data() + 8)) != serial)
        return 0;
    Bytes open{0x03, 0, 0, 0};
    appendLe32(open, readLe32(info, 4));
    const Bytes opened = c.request(open, 8);
    if (opened.size() != 8 || readLe32(opened, 0) != ps::tcp::status::kOk)
        return 0;
    const std::uint32_t id = readLe32(opened, 4);
    c.usb(id, ps::request::enterSwd());
    c.usb(id, ps::request::initAp(1));
    return id;
}

std::optional<std::uint32_t> readWord(ServerClient& c, std::uint32_t id, std::uint32_t address) {
    const Bytes r = c.usb(id, ps::request::readMem32({address, 4, 1, 0xA2000000}));
    if (r.size() != 8 || readLe32(r, 0) != ps::tcp::status::kOk)
        return std::nullopt;
    return readLe32(r, 4);
}

bool writeWord(ServerClient& c, std::uint32_t id, std::uint32_t address, std::uint32_t value) {
    Bytes data;
    appendLe32(data, value);
    const Bytes r = c.usb(id, ps::request::writeMem32({address, 4, 1, 0xA2000000}, data));
    return r.size() == 4 && readLe32(r, 0) == ps::tcp::status::kOk;
}

}  // namespace

class TestCliLab : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    fs::path writeFile(const QString& name, const std::string& text) {
        const fs::path p = fs::path(m_dir.path().toStdString()) / name.toStdString();
        std::ofstream(p) << text;
        return p;
    }

private slots:
    void listShowsEveryShippedScenario() {
        const CliRun human = runRescue({"lab", "list"});
        QCOMPARE(human.exitCode, 0);
        for (const auto& name : kShipped)
            QVERIFY2(human.out.contains(name), qPrintable(name + "\n" + context(human)));
        const CliRun json = runRescue({"lab", "list", "--json"});
        QCOMPARE(json.exitCode, 0);
        QStringList names;
        for (const auto& row : json.json()["scenarios"].toArray())
            names << row.toObject()["name"].toString();
        names.sort();
        QCOMPARE(names, kShipped);
    }

    void showIsLabelledLabSideTruth_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("devId");
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<QString>("da");
        QTest::addColumn<bool>("nrstWired");
        QTest::newRow("first field report") << "h7s78-closed-nrst-unwired"
                                            << "0x485"
                                            << "closed"
                                            << "certificate" << false;
        QTest::newRow("second field report's end") << "h533-tzclosed-no-da"
                                                   << "0x478"
                                                   << "tz-closed"
                                                   << "" << true;
        QTest::newRow("H503 password") << "h503-closed-password"
                                       << "0x474"
                                       << "closed"
                                       << "password" << true;
        QTest::newRow("healthy H563") << "h563-open-healthy"
                                      << "0x484"
                                      << "open"
                                      << "" << true;
    }
    void showIsLabelledLabSideTruth() {
        QFETCH(QString, board);
        QFETCH(QString, devId);
        QFETCH(QString, lifecycle);
        QFETCH(QString, da);
        QFETCH(bool, nrstWired);
        const CliRun human = runRescue({"lab", "show", board});
        QVERIFY2(human.exitCode == 0, qPrintable(context(human)));
        QVERIFY2(human.out.contains("lab-side truth"), qPrintable(context(human)));
        QVERIFY2(human.out.contains("DEV_ID " + devId), qPrintable(context(human)));
        QVERIFY2(human.out.contains(nrstWired ? "NRST wired" : "NRST NOT wired"), qPrintable(context(human)));

        const CliRun json = runRescue({"--json", "lab", "show", board});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject b = json.json()["board"].toObject();
        QCOMPARE(b["lab_side_truth"].toBool(), true);
        QCOMPARE(b["chip"].toObject()["dev_id"].toString(), devId);
        QCOMPARE(b["lifecycle"].toObject()["id"].toString(), lifecycle);
        QCOMPARE(b["da"].toObject()["provisioned"].toBool(), !da.isEmpty());
        if (!da.isEmpty())
            QCOMPARE(b["da"].toObject()["method"].toString(), da);
        QCOMPARE(b["wiring"].toObject()["nrst_wired"].toBool(), nrstWired);
        QVERIFY(!b["option_bytes"].toArray().isEmpty());
        // The password itself, or its hash, never appears.
        QVERIFY(!json.out.contains("password_hash"));
    }

    void resetSaysWhetherThereWasAState() {
        QCOMPARE(runRescue({"lab", "reset", "h563-closed-da"}).exitCode, 0);
        const CliRun none = runRescue({"--json", "lab", "reset", "h563-closed-da"});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json()["had_saved_state"].toBool(), false);
        QCOMPARE(runRescue({"lab", "show", "h563-closed-da"}).exitCode, 0);  // a command saves the board
        QVERIFY(fs::exists(stateDir() / "h563-closed-da.json"));
        const CliRun reset = runRescue({"lab", "reset", "h563-closed-da"});
        QCOMPARE(reset.exitCode, 0);
        QVERIFY2(reset.out.contains("back at its scenario's start"), qPrintable(context(reset)));
        QVERIFY(!fs::exists(stateDir() / "h563-closed-da.json"));
    }

    void serveAcceptsARawClientAndTheBoardKeepsItsState() {
        QCOMPARE(runRescue({"lab", "reset", "h563-open-healthy"}).exitCode, 0);
        {
            Served served;
            QVERIFY2(served.start({"lab", "serve", "--scenario", "h563-open-healthy", "--listen",
                                   "127.0.0.1:0", "--duration", "4"}),
                     qPrintable(served.firstLines + served.process.readAllStandardError()));
            QVERIFY(served.port != 0);
            ServerClient client;
            QVERIFY(client.connectTo(served.port));
            const std::uint32_t id = openProbe(client, served.serial);
            QVERIFY2(id != 0, "ST-LINK server handshake");
            // The DBGMCU IDCODE of an H563 through AP1, then a word into SRAM.
            QCOMPARE(readWord(client, id, 0x44024000).value_or(0) & 0xFFFu, 0x484u);
            QVERIFY(writeWord(client, id, 0x20000200, 0xFEEDC0DE));
            QCOMPARE(readWord(client, id, 0x20000200).value_or(0), 0xFEEDC0DEu);
            const CliRun r = served.finish();
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(context(r)));
            QVERIFY2(r.out.contains("1 connection(s)") && r.out.contains("board state saved"),
                     qPrintable(context(r)));
        }
        // The next command (another serve, with JSON) finds the word where the client left it.
        Served again;
        QVERIFY2(again.start({"--json", "lab", "serve", "--scenario", "h563-open-healthy", "--listen",
                              "127.0.0.1:0", "--duration", "30"}),
                 qPrintable(again.firstLines));
        {
            ServerClient client;
            QVERIFY(client.connectTo(again.port));
            const std::uint32_t id = openProbe(client, again.serial);
            QVERIFY(id != 0);
            QCOMPARE(readWord(client, id, 0x20000200).value_or(0), 0xFEEDC0DEu);
        }
        again.process.terminate();  // SIGTERM: a clean stop that saves the board
        const CliRun r = again.finish();
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(context(r)));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["stopped_by"].toString(), QStringLiteral("SIGTERM"));
        QCOMPARE(json["state_saved"].toBool(), true);
        QCOMPARE(json["probe"].toObject()["serial"].toString(), again.serial);
        QVERIFY(json["stats"].toObject()["usb_round_trips"].toInt() > 0);
        QCOMPARE(runRescue({"lab", "reset", "h563-open-healthy"}).exitCode, 0);
    }

    void aBoardInUseIsRefused() {
        Served served;
        QVERIFY(served.start({"lab", "serve", "--scenario", "h7s78-open-healthy", "--listen", "127.0.0.1:0",
                              "--duration", "30"}));
        const CliRun show = runRescue({"lab", "show", "h7s78-open-healthy"});
        const CliRun reset = runRescue({"lab", "reset", "h7s78-open-healthy"});
        served.process.terminate();
        QVERIFY(served.finish().exitCode == 0);
        QCOMPARE(show.exitCode, 3);
        QVERIFY2(show.err.contains("in use by another rescue process"), qPrintable(context(show)));
        QCOMPARE(reset.exitCode, 3);
        // Free again.
        QCOMPARE(runRescue({"lab", "show", "h7s78-open-healthy"}).exitCode, 0);
    }

    void serveRefusesOtherAddressesUnlessAllowed_data() {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all interfaces") << "0.0.0.0:0"
                                        << "--allow-remote";
        QTest::newRow("not an address") << "lab.example:7184"
                                        << "IPv4";
        QTest::newRow("no port") << "127.0.0.1"
                                 << "HOST:PORT";
        QTest::newRow("port out of range") << "127.0.0.1:70000"
                                           << "65535";
    }
    void serveRefusesOtherAddressesUnlessAllowed() {
        QFETCH(QString, listen);
        QFETCH(QString, expected);
        const CliRun r = runRescue({"lab", "serve", "--scenario", "h563-open-healthy", "--listen", listen});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(context(r)));
    }

    void serveWithAllowRemoteWarns() {
        const CliRun r = runRescue({"lab", "serve", "--scenario", "h563-open-healthy", "--listen",
                                    "0.0.0.0:0", "--allow-remote", "--duration", "0.2"});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        QVERIFY2(r.err.contains("warning:") && r.err.contains("no authentication"), qPrintable(context(r)));
    }

    // `rescue lab campaign`: a short seeded campaign passes every check (exit 0) and prints
    // its counts; the JSON carries them; bad arguments are usage errors (exit 2).
    void campaignPasses() {
        const CliRun r = runRescue({"lab", "campaign", "--runs", "20", "--seed", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        for (const char* row : {"runs", "successes", "clear errors", "hangs", "crashes", "misreported states",
                                "retries recovered", "replays matched"})
            QVERIFY2(r.out.contains(row), qPrintable(context(r)));
        QVERIFY2(r.out.contains("Every run passed its checks."), qPrintable(context(r)));
        const CliRun json = runRescue({"--json", "lab", "campaign", "--runs", "3", "--seed", "7"});
        QVERIFY2(json.exitCode == 0, qPrintable(context(json)));
        const auto counts = json.json()["campaign"].toObject()["counts"].toObject();
        QCOMPARE(counts["runs"].toInt(), 3);
        QCOMPARE(counts["hangs"].toInt() + counts["crashes"].toInt() + counts["misreported_states"].toInt(),
                 0);
        // --probe cmsis-dap: every run over the virtual CMSIS-DAP, said in each run's record.
        const CliRun dap =
            runRescue({"--json", "lab", "campaign", "--runs", "4", "--seed", "3", "--probe", "cmsis-dap"});
        QVERIFY2(dap.exitCode == 0, qPrintable(context(dap)));
        const auto runs = dap.json()["campaign"].toObject()["runs"].toArray();
        QCOMPARE(runs.size(), 4);
        for (const auto& run : runs) {
            QCOMPARE(run.toObject()["transport"].toString(), QStringLiteral("cmsis-dap"));
            QVERIFY(run.toObject()["probe"].toString().startsWith(QStringLiteral("CMSIS-DAP")));
        }
    }
    void campaignBadArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no runs") << QStringList{"--runs", "0"};
        QTest::newRow("runs not a number") << QStringList{"--runs", "many"};
        QTest::newRow("seed not a number") << QStringList{"--seed", "-x"};
        QTest::newRow("unknown board") << QStringList{"--scenario", "h999-nothing"};
        QTest::newRow("unknown probe") << QStringList{"--probe", "jlink"};
    }
    void campaignBadArguments() {
        QFETCH(QStringList, args);
        const CliRun r = runRescue(QStringList{"lab", "campaign"} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(context(r)));
    }

    void badScenarioIsAUsageErrorNamingTheField_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        const QString badModel = R"({"name": "b", "chip": "STM32H563ZI", "probe": {"model": "STLINK-V9"}})";
        const QString badState = R"({"name": "b", "chip": "STM32H563ZI", "lifecycle": "sideways"})";
        const QString badOption =
            R"({"name": "b", "chip": "STM32H7S7L8", "option_bytes": {"WRPS": "0x1FF"}})";
        const QString badFault = R"({"name": "b", "chip": "STM32H563ZI", "faults": {"ap_waits": "many"}})";
        QTest::newRow("show: probe model") << "show" << badModel << "probe.model";
        QTest::newRow("reset: probe model") << "reset" << badModel << "probe.model";
        QTest::newRow("serve: probe model") << "serve" << badModel << "probe.model";
        QTest::newRow("show: lifecycle") << "show" << badState << "lifecycle";
        QTest::newRow("show: option byte") << "show" << badOption << "option_bytes.WRPS";
        QTest::newRow("serve: fault") << "serve" << badFault << "faults.ap_waits";
        QTest::newRow("show: not JSON") << "show"
                                        << "{\"name\": "
                                        << "not valid JSON";
    }
    void badScenarioIsAUsageErrorNamingTheField() {
        QFETCH(QString, command);
        QFETCH(QString, body);
        QFETCH(QString, field);
        const fs::path file = writeFile(command + "-bad.json", body.toStdString());
        QStringList args{"lab", command};
        if (command == "serve")
            args << "--scenario" << QString::fromStdString(file.string()) << "--listen"
                 << "127.0.0.1:0"
                 << "--duration"
                 << "0";
        else
            args << QString::fromStdString(file.string());
        const CliRun r = runRescue(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QString::fromStdString(file.string())), qPrintable(context(r)));
        QVERIFY2(r.err.contains(field), qPrintable(context(r)));
        const CliRun json = runRescue(QStringList{"--json"} + args);
        QCOMPARE(json.exitCode, 2);
        QVERIFY(json.json()["error"].toObject()["message"].toString().contains(field));
    }

    void unknownScenarioNameIsAUsageError() {
        const CliRun r = runRescue({"lab", "show", "h999-nothing"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("h563-closed-da"), qPrintable(context(r)));  // the hint lists the names
    }

    void damagedStateNamesTheFileAndTheReset() {
        QCOMPARE(runRescue({"lab", "show", "h533-open-tz"}).exitCode, 0);
        const fs::path file = stateDir() / "h533-open-tz.json";
        QVERIFY(fs::exists(file));
        std::ofstream(file, std::ios::trunc) << "{\"schema\": \"rescue.lab-store/1\", \"board\": {\"sch";
        const CliRun r = runRescue({"lab", "show", "h533-open-tz"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QString::fromStdString(file.string())), qPrintable(context(r)));
        QVERIFY2(r.err.contains("rescue lab reset h533-open-tz"), qPrintable(context(r)));
        QCOMPARE(runRescue({"lab", "reset", "h533-open-tz"}).exitCode, 0);
        QCOMPARE(runRescue({"lab", "show", "h533-open-tz"}).exitCode, 0);
    }

    void editedScenarioWarnsAndStartsAfresh() {
        const fs::path file = writeFile("mine.json", R"({"name": "mine", "chip": "STM32H503RB", "seed": 9})");
        const QString path = QString::fromStdString(file.string());
        QCOMPARE(runRescue({"lab", "show", path}).exitCode, 0);
        const CliRun same = runRescue({"lab", "show", path});
        QVERIFY(same.out.contains("restored from the lab store"));
        QVERIFY(!same.err.contains("warning"));
        std::ofstream(file, std::ios::trunc) << R"({"name": "mine", "chip": "STM32H503RB", "seed": 10})";
        const CliRun edited = runRescue({"lab", "show", path});
        QCOMPARE(edited.exitCode, 0);
        QVERIFY2(edited.err.contains("warning:") && edited.err.contains("changed"),
                 qPrintable(context(edited)));
        QVERIFY(edited.out.contains("fresh from the scenario"));
        const CliRun json = runRescue({"--json", "lab", "reset", path});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json()["uri"].toString().startsWith("lab:/"));
    }
};

QTEST_GUILESS_MAIN(TestCliLab)
#include "test_cli_lab.moc"
