// `rescue da discover` and `rescue da auth` end to end on lab boards, as a user or a script
// runs them, in both argument styles (ours and STM32CubeProgrammer's): discovery shown as
// CubeProgrammer shows it with the cost figures, Closed -> Open with certificates and with
// a password, the erase confirmation, and the first field report's unwired NRST.

#include <QtTest>

#include "cli_runner.h"

namespace {

QString context(const CliRun& r) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

const QString kCreds = QStringLiteral(RESCUE_SOURCE_DIR "/resources/credentials/");

}  // namespace

class TestCliDaSession : public QObject {
    Q_OBJECT

private slots:
    void init() {
        for (const char* board : {"h563-closed-da", "h503-closed-password", "h7s78-closed-nrst-unwired"})
            QCOMPARE(runRescue({"lab", "reset", board}).exitCode, 0);
    }

    void discoverShowsTheChipAndTheCost_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("rescue style")
            << QStringList{"--json", "da", "discover", "--probe", "lab:h563-closed-da"};
        QTest::newRow("CubeProgrammer style")
            << QStringList{"--json", "-c", "port=SWD", "probe=lab:h563-closed-da", "debugauth=2"};
    }
    void discoverShowsTheChipAndTheCost() {
        QFETCH(QStringList, args);
        const CliRun r = runRescue(args);
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const QJsonObject j = r.json();
        QVERIFY(j.value("round_trips").toInt() > 0);
        QVERIFY(j.value("lab_time_ms").toDouble() > 0);
        const QJsonObject d = j.value("discovery").toObject();
        QVERIFY(!d.value("raw").toString().isEmpty());
        QStringList lines;
        for (const auto& l : d.value("lines").toArray())
            lines << l.toObject().value("label").toString() + ":" + l.toObject().value("value").toString();
        QVERIFY2(lines.contains("PSA lifecycle:ST_LIFECYCLE_CLOSED"), qPrintable(lines.join('\n')));
        QCOMPARE(d.value("offered").toArray().first().toObject().value("id").toString(),
                 QStringLiteral("full-regression"));

        const CliRun human = runRescue({"da", "discover", "--probe", "lab:h563-closed-da"});
        QVERIFY2(human.out.contains("PSA lifecycle...................:ST_LIFECYCLE_CLOSED"),
                 qPrintable(human.out));
        QVERIFY2(human.out.contains("of lab time"), qPrintable(human.out));
    }

    void authOpensAClosedBoard_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("method");
        QTest::newRow("certificates") << "h563-closed-da"
                                      << QStringList{"--json",
                                                     "da",
                                                     "auth",
                                                     "--probe",
                                                     "lab:h563-closed-da",
                                                     "--key",
                                                     kCreds + "h5/Keys/key_3_leaf.pem",
                                                     "--cert",
                                                     kCreds + "h5/Certificates/cert_leaf_chain.b64",
                                                     "--permission",
                                                     "full-regression",
                                                     "--yes"}
                                      << "certificate";
        QTest::newRow("password (ST's TLV file)") << "h503-closed-password"
                                                  << QStringList{"--json",
                                                                 "da",
                                                                 "auth",
                                                                 "--probe",
                                                                 "lab:h503-closed-password",
                                                                 "--password",
                                                                 kCreds + "h503/da_password.bin",
                                                                 "--permission",
                                                                 "full-regression",
                                                                 "--yes"}
                                                  << "password";
        QTest::newRow("CubeProgrammer style, per=a")
            << "h563-closed-da"
            << QStringList{"--json",
                           "-c",
                           "port=SWD",
                           "probe=lab:h563-closed-da",
                           "per=a",
                           "key=" + kCreds + "h5/Keys/key_3_leaf.pem",
                           "cert=" + kCreds + "h5/Certificates/cert_leaf_chain.b64",
                           "debugauth=1",
                           "--yes"}
            << "certificate";
    }
    void authOpensAClosedBoard() {
        QFETCH(QString, board);
        QFETCH(QStringList, args);
        QFETCH(QString, method);
        const CliRun r = runRescue(args);
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const QJsonObject j = r.json();
        QCOMPARE(j.value("method").toString(), method);
        QCOMPARE(j.value("state_after").toString(), QStringLiteral("open"));
        QVERIFY(j.value("consequence").toString().contains("erases"));
        QVERIFY(j.value("round_trips").toInt() > 0);
        // The board stays Open for the next command.
        const CliRun connect = runRescue({"--json", "connect", "--probe", "lab:" + board});
        QVERIFY2(connect.exitCode == 0, qPrintable(context(connect)));
    }

    void regressionNeedsConfirmation() {
        const CliRun r =
            runRescue({"--json", "da", "auth", "--probe", "lab:h563-closed-da", "--key",
                       kCreds + "h5/Keys/key_3_leaf.pem", "--cert",
                       kCreds + "h5/Certificates/cert_leaf_chain.b64", "--permission", "full-regression"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.json().value("consequence").toString().contains("ERASES the user flash"),
                 qPrintable(r.out));
        // Nothing was done: the board is still closed.
        const CliRun d = runRescue({"--json", "da", "discover", "--probe", "lab:h563-closed-da"});
        QCOMPARE(d.exitCode, 0);
        const CliRun help = runRescue({"da", "auth", "--help"});
        QVERIFY2(help.out.contains("ERASE the user flash"), qPrintable(help.out));
    }

    void unwiredNrstIsSaid() {
        const CliRun r = runRescue({"--json", "da", "discover", "--probe", "lab:h7s78-closed-nrst-unwired"});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject e = r.json().value("error").toObject();
        QCOMPARE(e.value("code").toString(), QStringLiteral("da.nrst-not-effective"));
        QVERIFY(e.value("message").toString().contains("NRST not effective"));
        QVERIFY(r.json().value("lab_time_ms").toDouble() < 1500);
    }

    void badInputIsUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("key without cert") << QStringList{"da",           "auth",
                                                         "--probe",      "lab:h563-closed-da",
                                                         "--key",        kCreds + "h5/Keys/key_3_leaf.pem",
                                                         "--permission", "debug-ns-l1"};
        QTest::newRow("Cube port other than SWD") << QStringList{"-c", "port=USB1", "debugauth=2"};
        QTest::newRow("Cube debugauth=3") << QStringList{"-c", "port=SWD", "debugauth=3"};
    }
    void badInputIsUsage() {
        QFETCH(QStringList, args);
        const CliRun r = runRescue(args);
        QVERIFY2(r.exitCode == 2, qPrintable(context(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliDaSession)
#include "test_cli_da_session.moc"
