// Debian's stock OpenOCD 0.12 against real lab boards: `rescue lab serve` (a subprocess on a
// free port) serves the STM32H563 and STM32H7S7 healthy boards; OpenOCD connects with
// `st-link backend tcp PORT` (dap-direct SWD), reads RAM and flash, the DBGMCU IDCODE through
// AP0 (the debug APB) and through AP1 (the CPU bus), halts, and `reset halt` stops the core
// on its reset handler. Before serving, the test leaves a vector table in flash and words in
// SRAM on the board through the lab store, as an earlier command would have. Every process
// has a bounded timeout; the suite skips, saying why, without OpenOCD 0.12.

#include <QtTest>

#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_store.h"
#include "support/stlink_host.h"

using namespace rescue;
using namespace rescue::sim;

namespace {

constexpr int kOpenOcdTimeoutMs = 30000;

struct OpenOcdRun {
    bool finished = false;
    int exitCode = -1;
    QString output;
};

OpenOcdRun runOpenOcd(const QString& program, const QString& config, const QStringList& commands) {
    QTemporaryDir dir;
    QFile file(dir.filePath("lab.cfg"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(config.toUtf8());
    file.close();
    QStringList args{"-f", file.fileName()};
    for (const QString& c : commands)
        args << "-c" << c;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    OpenOcdRun r;
    r.finished = process.waitForFinished(kOpenOcdTimeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(3000);
    }
    r.exitCode = process.exitCode();
    r.output = QString::fromLocal8Bit(process.readAll());
    return r;
}

// `rescue lab serve` as a subprocess; the port and serial come from its first line.
struct LabServer {
    QProcess process;
    quint16 port = 0;
    QString serial;
    QString output;

    bool start(const QString& scenario) {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(RESCUE_CLI_PATH), {"lab", "serve", "--scenario", scenario, "--listen",
                                                        "127.0.0.1:0", "--duration", "120"});
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            output += QString::fromUtf8(process.readAll());
            const auto m =
                QRegularExpression(R"(on 127\.0\.0\.1:(\d+): \S+ \S+, serial (\w+))").match(output);
            if (m.hasMatch()) {
                port = static_cast<quint16>(m.captured(1).toUInt());
                serial = m.captured(2);
                return true;
            }
        }
        return false;
    }
    // SIGTERM: the server stops and saves the board.
    int stop() {
        process.terminate();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished(3000);
            return -1;
        }
        output += QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    ~LabServer() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
};

QString hex(std::uint32_t v) {
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

// dap-direct SWD through the ST-LINK server (docs/reference/stlink-protocol.md section 14.1),
// with the system AP (AP0) as a MEM-AP target of its own and the core on AP1.
QString openOcdConfig(quint16 port, const QString& serial, std::uint32_t dpidr) {
    QString c;
    c += "adapter driver st-link\n";
    c += "st-link vid_pid 0x0483 0x374b 0x0483 0x374e 0x0483 0x374f\n";
    c += QStringLiteral("st-link backend tcp %1\n").arg(port);
    c += QStringLiteral("adapter serial %1\n").arg(serial);
    c += "transport select dapdirect_swd\n";
    c += "adapter speed 1800\n";
    c += QStringLiteral("swd newdap lab cpu -expected-id %1\n").arg(hex(dpidr));
    c += "dap create lab.dap -chain-position lab.cpu\n";
    c += "target create lab.sys mem_ap -dap lab.dap -ap-num 0\n";
    c += "target create lab.cpu cortex_m -dap lab.dap -ap-num 1\n";
    c += "targets lab.cpu\n";
    c += "lab.cpu cortex_m reset_config sysresetreq\n";
    c += "gdb_port disabled\ntelnet_port disabled\ntcl_port disabled\n";
    return c;
}

// "0x20000000: 11111111 22222222" -> the words after the address, or empty.
QStringList wordsAt(const QString& output, std::uint32_t address) {
    const auto m = QRegularExpression(hex(address) + R"(: ((?:[0-9a-f]{8} ?)+))").match(output);
    return m.hasMatch() ? m.captured(1).trimmed().split(' ') : QStringList();
}

}  // namespace

class TestLabOpenOcd : public QObject {
    Q_OBJECT
private:
    QString m_openocd;

private slots:
    void initTestCase() {
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

    void readHaltAndResetHaltOnALabBoard_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<quint32>("devId");
        QTest::addColumn<quint32>("ram");
        QTest::newRow("STM32H563 (h563-open-healthy)") << "h563-open-healthy" << 0x484u << 0x20000000u;
        QTest::newRow("STM32H7S7 (h7s78-open-healthy)") << "h7s78-open-healthy" << 0x485u << 0x24000000u;
    }
    void readHaltAndResetHaltOnALabBoard() {
        QFETCH(QString, scenario);
        QFETCH(quint32, devId);
        QFETCH(quint32, ram);

        // The board as an earlier command left it: an application's vector table in flash
        // (initial SP, reset handler at +0x100) and known words in RAM.
        auto sc = loadScenarioByNameOrPath(scenario.toStdString());
        QVERIFY(sc.ok());
        const lab::LabStore store;
        QVERIFY(store.reset(*sc).ok());
        std::uint32_t flashBase = 0, ap0Dbgmcu = 0, ap1Dbgmcu = 0, dpidr = 0;
        {
            auto bench = lab::LabInstance::openPersistent(*sc, std::make_shared<VirtualClock>(), store);
            QVERIFY(bench.ok());
            auto& board = (*bench)->board();
            const auto& family = board.chip().family();
            flashBase = family.flash.base;
            ap0Dbgmcu = *family.dbgmcu.address("IDCODE", device::DbgmcuMap::Side::Ap0);
            ap1Dbgmcu = *family.dbgmcu.address("IDCODE", device::DbgmcuMap::Side::Ap1);
            dpidr = family.dpidr;
            Bytes vectors;
            appendLe32(vectors, ram + 0x1000);
            appendLe32(vectors, flashBase + 0x101);
            board.withChip([&](stm32::Stm32Chip& chip) {
                chip.flash().store(0, vectors);
                return 0;
            });
            testsupport::StlinkHost host(*(*bench)->probe(), (*bench)->probe()->identity().usb.outEndpoint);
            QVERIFY(host.connect({0, 1}).ok());
            for (std::uint32_t i = 0; i < 4; ++i)
                QVERIFY(host.write32(1, ram + 4 * i, 0x11111111u * (i + 1)).ok());
            QVERIFY((*bench)->save().ok());
        }

        LabServer server;
        QVERIFY2(server.start(scenario), qPrintable(server.output));
        const OpenOcdRun r = runOpenOcd(
            m_openocd, openOcdConfig(server.port, server.serial, dpidr),
            {"init", QStringLiteral("mdw %1 4").arg(hex(ram)), QStringLiteral("mdw %1 2").arg(hex(flashBase)),
             QStringLiteral("lab.sys mdw %1").arg(hex(ap0Dbgmcu)),
             QStringLiteral("mdw %1").arg(hex(ap1Dbgmcu)), "halt", "reset halt", "reg pc", "shutdown"});
        const int served = server.stop();
        const QString context =
            "OpenOCD output:\n" + r.output + "\nrescue lab serve output:\n" + server.output;
        if (qEnvironmentVariableIsSet("RESCUE_TEST_VERBOSE"))
            qInfo().noquote() << context;
        QVERIFY2(r.finished, qPrintable(context));
        QVERIFY2(r.output.contains("connected to stlink-server"), qPrintable(context));
        QCOMPARE(wordsAt(r.output, ram), QStringList({"11111111", "22222222", "33333333", "44444444"}));
        QCOMPARE(wordsAt(r.output, flashBase),
                 QStringList({QString::number(ram + 0x1000, 16).rightJustified(8, '0'),
                              QString::number(flashBase + 0x101, 16).rightJustified(8, '0')}));
        // DBGMCU IDCODE through AP0 (debug APB) and AP1 (CPU bus): the same DEV_ID.
        const QStringList viaAp0 = wordsAt(r.output, ap0Dbgmcu);
        const QStringList viaAp1 = wordsAt(r.output, ap1Dbgmcu);
        QVERIFY2(viaAp0.size() == 1 && viaAp1.size() == 1, qPrintable(context));
        QCOMPARE(viaAp0.front().toUInt(nullptr, 16) & 0xFFFu, devId);
        QCOMPARE(viaAp1.front(), viaAp0.front());
        QVERIFY2(r.output.contains("halted due to debug-request"), qPrintable(context));
        // reset halt: through AIRCR.SYSRESETREQ, stopped on the reset handler (VC_CORERESET).
        QVERIFY2(r.output.contains(QStringLiteral("pc (/32): %1").arg(hex(flashBase + 0x100))),
                 qPrintable(context));
        QVERIFY2(!r.output.contains("Error"), qPrintable(context));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(served, 0);
        QVERIFY2(server.output.contains("board state saved"), qPrintable(server.output));
    }
};

QTEST_GUILESS_MAIN(TestLabOpenOcd)
#include "test_lab_openocd.moc"
