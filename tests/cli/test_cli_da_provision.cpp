// `rescue da provision` end to end on lab boards, as a user runs it: a board stopped in
// Provisioning with no DA takes the project's DA_Config.obk (ST's -sdp), `da discover` then
// sees it provisioned and `da auth` with the matching certificates brings the board to Open;
// a damaged file (exit 2) and a board in Open (exit 1) leave the board with nothing
// provisioned. The boards are copies of shipped scenarios in a temporary folder, so no other
// suite sees them change.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {

QString context(const CliRun& r) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

const QString kCreds = QStringLiteral(RESCUE_SOURCE_DIR "/resources/credentials/");
const QString kScenarios = QStringLiteral(RESCUE_SOURCE_DIR "/resources/scenarios/");

// A private copy of a shipped scenario: `lab:PATH` gives it a board of its own in the store.
QString boardCopy(const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name + ".json");
    QFile::remove(path);
    if (!QFile::copy(kScenarios + name + ".json", path))
        return {};
    return path;
}

bool labShowsDa(const QString& path) {
    const CliRun r = runRescue({"--json", "lab", "show", path});
    return r.json().value("board").toObject().value("da").toObject().value("provisioned").toBool();
}

}  // namespace

class TestCliDaProvision : public QObject {
    Q_OBJECT

private slots:
    void provisionThenDiscoverThenOpen() {
        QTemporaryDir dir;
        const QString board = boardCopy(dir, "h533-provisioning-no-da");
        QVERIFY(!board.isEmpty());
        QCOMPARE(runRescue({"lab", "reset", board}).exitCode, 0);
        QVERIFY(!labShowsDa(board));

        const CliRun p = runRescue({"--json", "da", "provision", "--probe", "lab:" + board, "--obk",
                                    kCreds + "h5/Binary/DA_Config.obk"});
        QVERIFY2(p.exitCode == 0, qPrintable(context(p)));
        const QJsonObject j = p.json();
        QVERIFY(j.value("written").toBool());
        QVERIFY(j.value("provisioned").toBool());
        QCOMPARE(j.value("state").toString(), QStringLiteral("Provisioning"));
        QCOMPARE(j.value("destination").toString(), QStringLiteral("0x0FFD0100"));
        QVERIFY2(j.value("discovery").toString().contains("0xEAEAEAEA"), qPrintable(context(p)));
        QVERIFY(labShowsDa(board));

        const CliRun d = runRescue({"--json", "da", "discover", "--probe", "lab:" + board});
        QVERIFY2(d.exitCode == 0, qPrintable(context(d)));
        QStringList lines;
        for (const auto& l : d.json().value("discovery").toObject().value("lines").toArray())
            lines << l.toObject().value("label").toString() + ":" + l.toObject().value("value").toString();
        QVERIFY2(lines.join('\n').contains("0xEAEAEAEA", Qt::CaseInsensitive) ||
                     lines.join('\n').contains("provisioned", Qt::CaseInsensitive),
                 qPrintable(lines.join('\n')));

        const CliRun a = runRescue({"--json", "da", "auth", "--probe", "lab:" + board, "--key",
                                    kCreds + "h5/Keys/key_3_leaf.pem", "--cert",
                                    kCreds + "h5/Certificates/cert_leaf_chain.b64", "--permission",
                                    "full-regression", "--yes"});
        QVERIFY2(a.exitCode == 0, qPrintable(context(a)));
        QCOMPARE(a.json().value("state_after").toString(), QStringLiteral("open"));

        // A person reads what happened.
        QCOMPARE(runRescue({"lab", "reset", board}).exitCode, 0);
        const CliRun human = runRescue(
            {"da", "provision", "--probe", "lab:" + board, "--obk", kCreds + "h5/Binary/DA_Config.obk"});
        QVERIFY2(human.exitCode == 0, qPrintable(context(human)));
        QVERIFY2(human.out.contains("DA configuration provisioned."), qPrintable(human.out));
        QVERIFY2(human.out.contains("State: Provisioning"), qPrintable(human.out));
    }

    void nothingWrittenWhenRefused_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("obk");  // under resources/credentials, or "damaged"
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("damaged file") << "h533-provisioning-no-da"
                                      << "damaged" << 2 << "da.obk.integrity";
        QTest::newRow("truncated file") << "h533-provisioning-no-da"
                                        << "truncated" << 2 << "da.obk.length";
        QTest::newRow("H7RS file on an H533") << "h533-provisioning-no-da"
                                              << "h7rs/Binary/DA_Config.obk" << 2 << "da.obk.destination";
        QTest::newRow("H7RS DA_ConfigLock (exit 4)") << "h7s78-open-healthy"
                                                     << "lock" << 4 << "da.provision-lock";
        QTest::newRow("board in Open") << "h563-open-healthy"
                                       << "h5/Binary/DA_Config.obk" << 1 << "da.provision-state";
    }
    void nothingWrittenWhenRefused() {
        QFETCH(QString, scenario);
        QFETCH(QString, obk);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString board = boardCopy(dir, scenario);
        QVERIFY(!board.isEmpty());
        QCOMPARE(runRescue({"lab", "reset", board}).exitCode, 0);
        QString file = kCreds + obk;
        if (obk == "lock") {
            // ST's layout: destination 0x00B40008, 32 payload bytes, flag 1, "STDALOCKMGC" + 0xFF.
            QByteArray bytes = QByteArray::fromHex(
                "0800b400"
                "20000000"
                "01000000");
            bytes += QByteArray("STDALOCKMGC");
            bytes += QByteArray(32 - 11, char(0xFF));
            file = dir.filePath("DA_ConfigLock.obk");
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        if (obk == "damaged" || obk == "truncated") {
            QFile in(kCreds + "h5/Binary/DA_Config.obk");
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray bytes = in.readAll();
            if (obk == "damaged")
                bytes[60] = static_cast<char>(bytes[60] ^ 0x01);
            else
                bytes.chop(20);
            file = dir.filePath("bad.obk");
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const CliRun r = runRescue({"--json", "da", "provision", "--probe", "lab:" + board, "--obk", file});
        QVERIFY2(r.exitCode == exitCode, qPrintable(context(r)));
        const QJsonObject error = r.json().value("error").toObject();
        QCOMPARE(error.value("code").toString(), code);
        QVERIFY2(error.value("message").toString().endsWith('.'), qPrintable(context(r)));
        QVERIFY2(!error.value("hint").toString().isEmpty(), qPrintable(context(r)));
        QVERIFY(!labShowsDa(board));
    }
};

QTEST_GUILESS_MAIN(TestCliDaProvision)
#include "test_cli_da_provision.moc"
