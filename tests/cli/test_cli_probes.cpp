// `rescue probes` and `rescue connect` end to end, as a user or a script runs them: lab
// boards identified in-process and through `rescue lab serve` over stlink-tcp://, the NRST
// verdicts the first field report turns on, closed boards and bad input with the exit codes
// of `rescue --help`.

#include <QtTest>

#include "cli_runner.h"
#include "lab_serve_process.h"

namespace {

QString context(const CliRun& r) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

}  // namespace

class TestCliProbes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Every connect below starts from the scenario, whatever an earlier run left behind.
        for (const char* board : {"h563-open-healthy", "h7s78-open-healthy", "h7s78-open-nrst-unwired",
                                  "h563-closed-da", "h533-open-tz"})
            QCOMPARE(runRescue({"lab", "reset", board}).exitCode, 0);
    }

    void probesListsTheLabBoards() {
        const CliRun human = runRescue({"probes"});
        QVERIFY2(human.exitCode == 0, qPrintable(context(human)));
        QVERIFY2(human.out.contains("lab:h563-open-healthy"), qPrintable(context(human)));
        QVERIFY2(human.out.contains("STLINK-V3SET"), qPrintable(context(human)));

        const CliRun json = runRescue({"--json", "probes"});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray probes = json.json().value("probes").toArray();
        QStringList uris;
        for (const auto& p : probes)
            uris << p.toObject().value("uri").toString();
        QVERIFY2(uris.contains("lab:h7s78-closed-nrst-unwired"), qPrintable(json.out));
        for (const auto& p : probes) {
            const QJsonObject o = p.toObject();
            QVERIFY(!o.value("model").toString().isEmpty());
            QVERIFY(!o.value("serial").toString().isEmpty());
        }

        // Without the lab, a machine with no probe plugged in lists nothing and says so.
        const CliRun noLab = runRescue({"--json", "probes", "--no-lab"});
        QCOMPARE(noLab.exitCode, 0);
        for (const auto& p : noLab.json().value("probes").toArray())
            QVERIFY(p.toObject().value("transport").toString() != "lab");
    }

    void connectIdentifiesLabBoards_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("devId");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<QString>("nrst");
        QTest::newRow("H563, NRST wired") << "h563-open-healthy"
                                          << "0x484"
                                          << "stm32h56x-h57x"
                                          << "Open"
                                          << "wired";
        QTest::newRow("H7S7, NRST wired") << "h7s78-open-healthy"
                                          << "0x485"
                                          << "stm32h7rs"
                                          << "Open"
                                          << "wired";
        QTest::newRow("H7S7, NRST not wired (first field report)") << "h7s78-open-nrst-unwired"
                                                                   << "0x485"
                                                                   << "stm32h7rs"
                                                                   << "Open"
                                                                   << "not-wired";
        QTest::newRow("H533 with TrustZone") << "h533-open-tz"
                                             << "0x478"
                                             << "stm32h52x-h53x"
                                             << "Open"
                                             << "wired";
    }
    void connectIdentifiesLabBoards() {
        QFETCH(QString, board);
        QFETCH(QString, devId);
        QFETCH(QString, family);
        QFETCH(QString, lifecycle);
        QFETCH(QString, nrst);

        const CliRun r = runRescue({"--json", "connect", "--probe", "lab:" + board});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const QJsonObject target = r.json().value("target").toObject();
        QCOMPARE(target.value("dev_id").toString(), devId);
        QCOMPARE(target.value("family").toString(), family);
        QCOMPARE(target.value("lifecycle").toString(), lifecycle);
        QCOMPARE(target.value("nrst").toObject().value("verdict").toString(), nrst);
        QVERIFY(target.value("target_voltage").toDouble() > 3.0);
        QVERIFY(r.json().value("round_trips").toInt() > 0);

        const CliRun human = runRescue({"connect", "--probe", "lab:" + board});
        QVERIFY2(human.exitCode == 0, qPrintable(context(human)));
        QVERIFY2(human.out.contains("DEV_ID " + devId), qPrintable(context(human)));
        if (nrst == "not-wired")
            QVERIFY2(human.out.contains("NRST is not connected to the probe"), qPrintable(context(human)));
    }

    // The first field report after its regression: Open, but every sector write-protected.
    void connectShowsWriteProtectionEverywhere() {
        QCOMPARE(runRescue({"lab", "reset", "h7s78-open-wrp-all"}).exitCode, 0);
        const CliRun r = runRescue({"--json", "connect", "--probe", "lab:h7s78-open-wrp-all"});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const QJsonObject ob = r.json().value("target").toObject().value("option_bytes").toObject();
        QVERIFY2(ob.value("WRPS").toString().contains("everything protected"), qPrintable(r.out));
    }

    void hotPlugLeavesNrstUnchecked() {
        const CliRun r =
            runRescue({"--json", "connect", "--probe", "lab:h7s78-open-nrst-unwired", "--mode", "hot-plug"});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        QCOMPARE(r.json().value("target").toObject().value("nrst").toObject().value("verdict").toString(),
                 QStringLiteral("not-checked"));
    }

    void closedBoardExits3WithTheCause() {
        const CliRun r = runRescue({"--json", "connect", "--probe", "lab:h563-closed-da"});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject json = r.json();
        QCOMPARE(json.value("error").toObject().value("code").toString(), QStringLiteral("target.ap-closed"));
        // What could be learned is still there: the DP answered and AP0 gave the IDCODE.
        QCOMPARE(json.value("target").toObject().value("dev_id").toString(), QStringLiteral("0x484"));
    }

    void badInputIsAUsageError_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown scheme") << QStringList{"connect", "--probe", "jlink:1"} << 2;
        QTest::newRow("unknown scenario") << QStringList{"connect", "--probe", "lab:no-such-board"} << 2;
        QTest::newRow("bad mode") << QStringList{"connect", "--probe", "lab:h563-open-healthy", "--mode",
                                                 "fast"}
                                  << 2;
        QTest::newRow("no probe given") << QStringList{"connect"} << 2;
        QTest::newRow("nothing listening")
            << QStringList{"connect", "--probe", "stlink-tcp://127.0.0.1:1"} << 3;
    }
    void badInputIsAUsageError() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliRun r = runRescue(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(context(r)));
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(context(r)));
    }

    void connectWorksOverTheStlinkServer_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("devId");
        QTest::addColumn<QString>("nrst");
        QTest::newRow("H563 over TCP") << "h563-open-healthy"
                                       << "0x484"
                                       << "wired";
        QTest::newRow("H7S7 over TCP") << "h7s78-open-healthy"
                                       << "0x485"
                                       << "wired";
        QTest::newRow("H7S7 unwired over TCP") << "h7s78-open-nrst-unwired"
                                               << "0x485"
                                               << "not-wired";
    }
    void connectWorksOverTheStlinkServer() {
        QFETCH(QString, board);
        QFETCH(QString, devId);
        QFETCH(QString, nrst);
        Served served;
        QVERIFY2(served.start({"lab", "serve", "--scenario", board, "--listen", "127.0.0.1:0"}),
                 qPrintable(served.firstLines));
        const QString uri = QStringLiteral("stlink-tcp://127.0.0.1:%1").arg(served.port);

        const CliRun listed = runRescue(
            {"--json", "probes", "--no-lab", "--server", QStringLiteral("127.0.0.1:%1").arg(served.port)});
        QVERIFY2(listed.exitCode == 0, qPrintable(context(listed)));
        QVERIFY2(listed.out.contains(served.serial), qPrintable(context(listed)));

        const CliRun r = runRescue({"--json", "connect", "--probe", uri + "/" + served.serial});
        served.process.terminate();
        served.finish();
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const QJsonObject target = r.json().value("target").toObject();
        QCOMPARE(target.value("dev_id").toString(), devId);
        QCOMPARE(target.value("nrst").toObject().value("verdict").toString(), nrst);
    }
};

QTEST_GUILESS_MAIN(TestCliProbes)
#include "test_cli_probes.moc"
