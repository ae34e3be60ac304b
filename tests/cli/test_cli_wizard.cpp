// `rescue wizard` as a user runs it, on lab boards with the simulated operator: the first field
// report's board ends Open and erasable with ONE manual reset; the second report's board gets
// the honest verdict with its evidence, quickly; usage errors exit 2; no secret in the output.

#include <QtTest>

#include "cli_runner.h"

namespace {

const QString kCreds = QStringLiteral(RESCUE_SOURCE_DIR "/resources/credentials/");

QString context(const CliRun& r) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(r.exitCode)
        .arg(r.out.left(6000), r.err.left(3000));
}

QStringList verdicts(const QJsonObject& j) {
    QStringList out;
    for (const auto& v : j.value("verdicts").toArray())
        out << v.toString();
    return out;
}

}  // namespace

class TestCliWizard : public QObject {
    Q_OBJECT

private slots:
    void init() {
        // Each row starts from a board as the scenario describes it and nothing remembered.
        QFile::remove(qEnvironmentVariable("XDG_DATA_HOME") + "/rescue-workbench/reset-strategies.json");
        for (const char* board :
             {"h7s78-closed-nrst-unwired", "h533-tzclosed-no-da", "h7s78-closed-cmsis-dap"})
            QCOMPARE(runRescue({"lab", "reset", board}).exitCode, 0);
    }

    void firstFieldReportEndsOpenWithOneManualReset() {
        const QString report = QDir::temp().filePath(
            QStringLiteral("rescue-wizard-report-%1.txt").arg(QCoreApplication::applicationPid()));
        const CliRun r = runRescue({"--json", "wizard", "--probe", "lab:h7s78-closed-nrst-unwired", "--key",
                                    kCreds + "h7rs/Keys/key_3_leaf.pem", "--cert",
                                    kCreds + "h7rs/Certificates/cert_leaf_chain.b64", "--operator",
                                    "simulated", "--seed", "3", "--report", report});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const QJsonObject j = r.json();
        QVERIFY(j.value("open_and_erasable").toBool());
        QCOMPARE(j.value("resets").toObject().value("manual").toInt(), 1);
        QVERIFY2(verdicts(j).contains("Closed, DA provisioned, NRST not wired"),
                 qPrintable(verdicts(j).join(" | ")));
        QCOMPARE(j.value("diagnosed_verdict").toObject().value("name").toString(),
                 QStringLiteral("Closed, DA provisioned, NRST not wired"));
        QCOMPARE(j.value("board").toObject().value("nrst").toString(), QStringLiteral("not-wired"));
        // Option bytes before (WRPS all 0) and after (all 1).
        QVERIFY(!j.value("option_bytes_before").isNull());
        QVERIFY(!j.value("option_bytes_after").isNull());
        // The report file is the text to paste; no key material anywhere.
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains("RECOVERED: Open and erasable"));
        QVERIFY(text.contains("Diagnosis: Closed, DA provisioned, NRST not wired"));
        // The WRP fix as the option-byte operations preview it: every WRPS bit 0 -> 1.
        for (int bit = 0; bit < 8; ++bit)
            QVERIFY2(text.contains(QStringLiteral("WRPS%1: 0x0").arg(bit)), qPrintable(text));
        QVERIFY(text.contains("-> 0x1"));
        QFile key(kCreds + "h7rs/Keys/key_3_leaf.pem");
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QStringList keyLines = QString::fromUtf8(key.readAll()).split('\n', Qt::SkipEmptyParts);
        for (const QString& line : keyLines)
            if (!line.startsWith("-----")) {
                QVERIFY(!text.contains(line));
                QVERIFY(!r.out.contains(line));
            }
        QVERIFY(!r.out.contains("PRIVATE KEY"));
        f.remove();
        // The board stays Open for the next command.
        const CliRun connect = runRescue({"--json", "connect", "--probe", "lab:h7s78-closed-nrst-unwired"});
        QVERIFY2(connect.exitCode == 0, qPrintable(context(connect)));
    }

    // A closed H7S7 behind the lab's virtual CMSIS-DAP (value match in the DA mailbox):
    // `rescue wizard --probe lab:h7s78-closed-cmsis-dap` recovers it with the probe's nRESET.
    void closedBoardBehindCmsisDapRecovers() {
        const CliRun r = runRescue({"--json", "wizard", "--probe", "lab:h7s78-closed-cmsis-dap", "--key",
                                    kCreds + "h7rs/Keys/key_3_leaf.pem", "--cert",
                                    kCreds + "h7rs/Certificates/cert_leaf_chain.b64", "--operator",
                                    "simulated", "--seed", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const QJsonObject j = r.json();
        QVERIFY(j.value("open_and_erasable").toBool());
        QCOMPARE(j.value("resets").toObject().value("manual").toInt(), 0);
        QVERIFY(!r.out.contains("PRIVATE KEY"));
        const CliRun probes = runRescue({"--json", "connect", "--probe", "lab:h7s78-closed-cmsis-dap"});
        QVERIFY2(probes.exitCode == 0, qPrintable(context(probes)));
    }

    void secondFieldReportHonestVerdictQuickly() {
        const CliRun r =
            runRescue({"--json", "wizard", "--probe", "lab:h533-tzclosed-no-da", "--operator", "simulated"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject j = r.json();
        QVERIFY(!j.value("open_and_erasable").toBool());
        const QJsonObject v = j.value("verdict").toObject();
        QCOMPARE(v.value("name").toString(), QStringLiteral("TZ-Closed, no DA provisioned"));
        QVERIFY(!v.value("recoverable").toBool());
        QVERIFY(v.value("reason").toString().contains("No regression is possible"));
        QVERIFY(!v.value("still_possible").toArray().isEmpty());
        QVERIFY(!v.value("evidence").toArray().isEmpty());
        QCOMPARE(j.value("resets").toObject().value("manual").toInt(), 0);
        QVERIFY(j.value("resets").toObject().value("probe").toInt() <= 2);
        QVERIFY2(j.value("lab_ms").toDouble() < 3000,
                 qPrintable(QString::number(j.value("lab_ms").toDouble())));
    }

    void humanOutputSaysVerdictAndPlan() {
        const CliRun r =
            runRescue({"wizard", "--probe", "lab:h533-tzclosed-no-da", "--operator", "simulated"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("Verdict: TZ-Closed, no DA provisioned"));
        QVERIFY(r.out.contains("Plan:"));
        QVERIFY(r.out.contains("Still possible:"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown operator")
            << QStringList{"wizard", "--probe", "lab:h533-tzclosed-no-da", "--operator", "robot"};
        QTest::newRow("key without cert") << QStringList{"wizard", "--probe", "lab:h533-tzclosed-no-da",
                                                         "--key", kCreds + "h7rs/Keys/key_3_leaf.pem"};
        QTest::newRow("no probe") << QStringList{"wizard"};
        QTest::newRow("missing key file") << QStringList{"wizard",
                                                         "--probe",
                                                         "lab:h533-tzclosed-no-da",
                                                         "--key",
                                                         "/nonexistent/key.pem",
                                                         "--cert",
                                                         kCreds + "h7rs/Certificates/cert_leaf_chain.b64"};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const CliRun r = runRescue(args);
        QVERIFY2(r.exitCode == 2, qPrintable(context(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliWizard)
#include "test_cli_wizard.moc"
