// Debian's stock OpenOCD 0.12 against the lab: the virtual ST-LINK behind the ST-LINK
// server TCP front end, a generic healthy board behind it (docs/reference/stlink-protocol.md
// section 14). OpenOCD runs as a subprocess with a bounded timeout; the suite skips, saying
// why, where OpenOCD is not installed.

#include <QtTest>

#include <mutex>

#include "core/common/clock.h"
#include "core/sim/stlink/stlink_server.h"
#include "core/sim/stlink/virtual_stlink.h"
#include "support/test_board.h"

// ThreadSanitizer (clang 14) aborts inside its clone() interceptor when QProcess starts a
// child from a multithreaded process; the server's threading is covered under TSan by
// test_stlink_server, so this suite skips there.
#if defined(__SANITIZE_THREAD__)
#define RESCUE_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RESCUE_UNDER_TSAN 1
#endif
#endif

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::stlink;

namespace {

constexpr std::uint32_t kIdcodeAddress = 0xE0044000;
constexpr std::uint32_t kIdcodeValue = 0x10010484;
constexpr int kOpenOcdTimeoutMs = 20000;

struct Lab {
    explicit Lab(testsupport::TestBoardConfig config, std::string_view model = "STLINK-V2-1")
        : board(config),
          probe(std::make_shared<VirtualStlink>(makeStlinkIdentity(model).value(), clock, &board)) {
        server.dispatcher().setTraceSink([this](const std::string& line) {
            std::lock_guard lock(traceMutex);
            trace.push_back(line);
        });
    }
    QString traceTail(std::size_t lines = 60) {
        std::lock_guard lock(traceMutex);
        QString out;
        const std::size_t from = trace.size() > lines ? trace.size() - lines : 0;
        for (std::size_t i = from; i < trace.size(); ++i)
            out += QString::fromStdString(trace[i]) + '\n';
        return out;
    }
    VirtualClock clock;
    testsupport::TestBoard board;
    std::shared_ptr<VirtualStlink> probe;
    StlinkServer server;
    std::mutex traceMutex;
    std::vector<std::string> trace;
};

struct RunResult {
    bool finished = false;
    int exitCode = -1;
    QString output;
};

RunResult runOpenOcd(const QString& program, const QString& config, const QStringList& commands) {
    QTemporaryDir dir;
    const QString path = dir.filePath("lab.cfg");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(config.toUtf8());
    file.close();
    QStringList args{"-f", path};
    for (const QString& c : commands)
        args << "-c" << c;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    RunResult r;
    r.finished = process.waitForFinished(kOpenOcdTimeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    r.exitCode = process.exitCode();
    r.output = QString::fromLocal8Bit(process.readAll());
    return r;
}

// The explicit dap-direct configuration of section 14.1, with the core on AP1 and the
// system AP (AP0) as a MEM-AP target of its own.
QString dapDirectConfig(std::uint16_t port, const QString& serial, bool connectUnderReset) {
    QString c;
    c += "adapter driver st-link\n";
    c += "st-link vid_pid 0x0483 0x374b 0x0483 0x374f\n";
    c += QStringLiteral("st-link backend tcp %1\n").arg(port);
    c += QStringLiteral("adapter serial %1\n").arg(serial);
    c += "transport select dapdirect_swd\n";
    c += "adapter speed 1800\n";
    c += "swd newdap vt cpu -expected-id 0x6ba02477\n";
    c += "dap create vt.dap -chain-position vt.cpu\n";
    c += "target create vt.sys mem_ap -dap vt.dap -ap-num 0\n";
    c += "target create vt.cpu cortex_m -dap vt.dap -ap-num 1\n";
    c += "targets vt.cpu\n";
    if (connectUnderReset)
        c += "reset_config srst_only srst_nogate connect_assert_srst\n";
    else
        c += "vt.cpu cortex_m reset_config sysresetreq\n";  // Armv8-M has no VECTRESET
    c += "gdb_port disabled\ntelnet_port disabled\ntcl_port disabled\n";
    return c;
}

}  // namespace

class TestOpenOcdInterop : public QObject {
    Q_OBJECT
private:
    QString m_openocd;

private slots:
    void initTestCase() {
#ifdef RESCUE_UNDER_TSAN
        QSKIP(
            "ThreadSanitizer's clone() interceptor crashes when QProcess starts OpenOCD; run this suite "
            "in the debug or asan-ubsan build.");
#endif
        m_openocd = QStandardPaths::findExecutable("openocd");
        if (m_openocd.isEmpty())
            QSKIP(
                "OpenOCD is not installed (apt-get install openocd): the interop check needs Debian's 0.12.");
        QProcess version;
        version.setProcessChannelMode(QProcess::MergedChannels);
        version.start(m_openocd, {"--version"});
        QVERIFY(version.waitForFinished(5000));
        const QString text = QString::fromLocal8Bit(version.readAll());
        if (!text.contains("0.12"))
            QSKIP(qPrintable("The interop check is written for OpenOCD 0.12; found: " +
                             text.section('\n', 0, 0)));
    }

    void readHaltAndResetHalt_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("STLINK-V2-1 (V2J37M26)") << "STLINK-V2-1";
        QTest::newRow("STLINK-V3SET (V3J17M10B6S1)") << "STLINK-V3SET";
    }
    void readHaltAndResetHalt() {
        QFETCH(QString, model);
        testsupport::TestBoardConfig config;
        config.idcodeAddress = kIdcodeAddress;
        config.idcodeValue = kIdcodeValue;
        Lab lab(config, model.toStdString());
        Bytes words;
        for (std::uint32_t w : {0x11111111u, 0x22222222u, 0xCAFEF00Du, 0x44444444u})
            appendLe32(words, w);
        lab.board.ram().load(0, words);
        QVERIFY(lab.server.addProbe(lab.probe).ok());
        QVERIFY(lab.server.start().ok());

        const RunResult r = runOpenOcd(
            m_openocd,
            dapDirectConfig(lab.server.port(), QString::fromStdString(lab.probe->identity().serial), false),
            {"init", "mdw 0x20000000 4", "vt.sys mdw 0xe0044000", "halt", "reg pc 0x08000104", "resume",
             "reset halt", "reg pc", "shutdown"});
        lab.server.stop();  // joins the server thread before the board is inspected
        const QString context = "OpenOCD output:\n" + r.output + "\nserver trace (tail):\n" + lab.traceTail();
        if (qEnvironmentVariableIsSet("RESCUE_TEST_VERBOSE"))
            qInfo().noquote() << context;
        QVERIFY2(r.finished, qPrintable(context));
        QVERIFY2(r.output.contains("connected to stlink-server"), qPrintable(context));
        QVERIFY2(r.output.contains(QString::fromStdString(lab.probe->identity().firmware.toString())),
                 qPrintable(context));
        QVERIFY2(r.output.contains("0x20000000: 11111111 22222222 cafef00d 44444444"), qPrintable(context));
        QVERIFY2(r.output.contains("0xe0044000: 10010484"), qPrintable(context));
        QVERIFY2(r.output.contains("halted due to debug-request"), qPrintable(context));
        // The PC was moved, then reset halt stopped the core on the reset handler again
        // (VC_CORERESET), through AIRCR.SYSRESETREQ.
        const qsizetype moved = r.output.indexOf("pc (/32): 0x08000104");
        QVERIFY2(moved >= 0, qPrintable(context));
        QVERIFY2(r.output.lastIndexOf("pc (/32): 0x08000100") > moved, qPrintable(context));
        QVERIFY2(lab.board.core().halted(), qPrintable(context));
        QCOMPARE(lab.board.systemResetRequests(), 1u);
        QCOMPARE(lab.board.probeNrstAssertions(), 0u);
        QVERIFY2(!r.output.contains("Error"), qPrintable(context));
        QCOMPARE(r.exitCode, 0);
    }

    void connectUnderReset() {
        testsupport::TestBoardConfig config;
        Lab lab(config);
        QVERIFY(lab.server.addProbe(lab.probe).ok());
        QVERIFY(lab.server.start().ok());
        const RunResult r = runOpenOcd(
            m_openocd,
            dapDirectConfig(lab.server.port(), QString::fromStdString(lab.probe->identity().serial), true),
            {"init", "reset halt", "mdw 0xe000ed00", "shutdown"});
        lab.server.stop();
        const QString context = "OpenOCD output:\n" + r.output + "\nserver trace (tail):\n" + lab.traceTail();
        if (qEnvironmentVariableIsSet("RESCUE_TEST_VERBOSE"))
            qInfo().noquote() << context;
        QVERIFY2(r.finished, qPrintable(context));
        QVERIFY2(r.output.contains("0xe000ed00: 410fd214"), qPrintable(context));
        QVERIFY2(r.output.contains("pc: 0x08000100"), qPrintable(context));
        // NRST went low through the probe (F2 3C 00) and the reset came from it, not AIRCR.
        QVERIFY2(lab.board.probeNrstAssertions() >= 1, qPrintable(context));
        QCOMPARE(lab.board.systemResetRequests(), 0u);
        QVERIFY2(lab.board.core().halted(), qPrintable(context));
        QVERIFY2(!lab.board.nrstLow(), qPrintable(context));
        QVERIFY2(!r.output.contains("Error"), qPrintable(context));
    }
};

QTEST_GUILESS_MAIN(TestOpenOcdInterop)
#include "test_openocd_interop.moc"
