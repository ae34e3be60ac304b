// `--record FILE` and `--probe replay:FILE` as a user runs them: a lab recovery recorded by
// `rescue wizard` replays offline to the same verdict and the same lines; an identification
// replays to the same identity; another command on the same recording stops at the exact
// call; the password never reaches a recording; broken or unwritable files are usage errors.

#include <QtTest>

#include "cli_runner.h"

namespace {

const QString kCreds = QStringLiteral(RESCUE_SOURCE_DIR "/resources/credentials/");

QString context(const CliRun& r) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(r.exitCode)
        .arg(r.out.left(6000), r.err.left(3000));
}

QString scratch(const QString& name) {
    static QTemporaryDir dir;
    return dir.filePath(name);
}

// The lines a person reads, without the ones that name the probe's URI (lab: vs replay:)
// and the lab-time suffix only a lab probe prints.
QStringList personLines(const QString& out) {
    QStringList lines;
    for (QString l : out.split('\n')) {
        if (l.contains("lab:h7s78") || l.contains("replay:"))
            continue;
        l.remove(" of lab time");
        lines << l;
    }
    return lines;
}

// The wizard remembers which reset worked; a replay must start from what the recorded run
// knew (nothing), as on a support engineer's machine.
void forgetStrategies() {
    QFile::remove(qEnvironmentVariable("XDG_DATA_HOME") + "/rescue-workbench/reset-strategies.json");
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestCliRecordReplay : public QObject {
    Q_OBJECT

private slots:
    void init() {
        forgetStrategies();
        for (const char* board : {"h7s78-closed-nrst-unwired", "h503-closed-password", "h563-open-healthy"})
            QCOMPARE(runRescue({"lab", "reset", board}).exitCode, 0);
    }

    // The first field report's recovery, recorded; replayed from the file with the same command.
    void wizardRecoveryReplaysToTheSameVerdictAndLines() {
        const QString file = scratch("wizard.jsonl");
        const QStringList creds{"--key",      kCreds + "h7rs/Keys/key_3_leaf.pem",
                                "--cert",     kCreds + "h7rs/Certificates/cert_leaf_chain.b64",
                                "--operator", "simulated",
                                "--seed",     "3"};
        const CliRun recorded = runRescue(
            QStringList{"wizard", "--probe", "lab:h7s78-closed-nrst-unwired", "--record", file} + creds);
        QVERIFY2(recorded.exitCode == 0, qPrintable(context(recorded)));
        QVERIFY(QFileInfo(file).size() > 1000);
        QVERIFY(readAll(file).startsWith(R"({"format":"rescue-probe-recording","version":1,)"));

        // A support engineer's machine: nothing remembered, no lab board, only the file.
        forgetStrategies();
        const CliRun replayed = runRescue(QStringList{"wizard", "--probe", "replay:" + file} + creds);
        QVERIFY2(replayed.exitCode == 0, qPrintable(context(replayed)));
        QCOMPARE(personLines(replayed.out), personLines(recorded.out));
        QVERIFY(recorded.out.contains("Diagnosis: Closed, DA provisioned, NRST not wired"));

        forgetStrategies();
        const CliRun json = runRescue(QStringList{"--json", "wizard", "--probe", "replay:" + file} + creds);
        QVERIFY2(json.exitCode == 0, qPrintable(context(json)));
        QCOMPARE(json.json().value("diagnosed_verdict").toObject().value("name").toString(),
                 QStringLiteral("Closed, DA provisioned, NRST not wired"));
        QVERIFY(json.json().value("open_and_erasable").toBool());
        QCOMPARE(json.json().value("resets").toObject().value("manual").toInt(), 1);

        // Another command on the same recording leaves it at its first call, named.
        const CliRun other = runRescue({"--json", "connect", "--probe", "replay:" + file});
        QVERIFY2(other.exitCode == 3, qPrintable(context(other)));
        const QJsonObject stop = other.json().value("replay_error").toObject();
        QCOMPARE(stop.value("code").toString(), QStringLiteral("replay.diverged"));
        QVERIFY2(stop.value("message").toString().contains(
                     "left the recording at call 2: the recording has targetVoltage(), this "
                     "session asked setSwdFrequency(4000 kHz)"),
                 qPrintable(context(other)));
    }

    // `connect` recorded and replayed: the same identity, the recording named in the JSON.
    void identificationReplays() {
        const QString file = scratch("connect.jsonl");
        const CliRun recorded =
            runRescue({"--json", "connect", "--probe", "lab:h563-open-healthy", "--record", file});
        QVERIFY2(recorded.exitCode == 0, qPrintable(context(recorded)));
        QCOMPARE(recorded.json().value("recording").toString(), file);
        const CliRun replayed = runRescue({"--json", "connect", "--probe", "replay:" + file});
        QVERIFY2(replayed.exitCode == 0, qPrintable(context(replayed)));
        QCOMPARE(replayed.json().value("target"), recorded.json().value("target"));
        QCOMPARE(replayed.json().value("round_trips"), recorded.json().value("round_trips"));
        QCOMPARE(replayed.json().value("probe").toObject().value("transport").toString(),
                 QStringLiteral("replay"));
    }

    // The password route: no form of the password in the recording; a stand-in of the same
    // length replays the session.
    void passwordNeverReachesTheRecording() {
        const QString file = scratch("password.jsonl");
        const QString password = kCreds + "h503/da_password.bin";
        const CliRun recorded =
            runRescue({"da", "auth", "--probe", "lab:h503-closed-password", "--password", password,
                       "--permission", "full-regression", "--yes", "--record", file});
        QVERIFY2(recorded.exitCode == 0, qPrintable(context(recorded)));
        const QByteArray text = readAll(file);
        QVERIFY(text.contains(R"("redacted":true)"));
        // The raw password: the TLV file's value (its last bytes after the 8-byte header).
        const QByteArray tlv = readAll(password);
        const QByteArray raw = tlv.mid(8);
        QVERIFY(raw.size() >= 4);
        QVERIFY(!text.contains(raw));
        QVERIFY(!text.toLower().contains(raw.toHex()));
        for (int at = 0; at < raw.size(); at += 4) {
            QByteArray word = raw.mid(at, 4);
            word.resize(4, '\0');
            QByteArray value;
            for (int i = 3; i >= 0; --i)
                value.append(word.at(i));
            QVERIFY2(!text.toLower().contains(value.toHex()), value.toHex().constData());
            QVERIFY(!text.toLower().contains(word.toHex()));
        }
        const QString standIn = scratch("stand-in.bin");
        QFile f(standIn);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(raw.size(), 'x'));
        f.close();
        const CliRun replayed = runRescue({"da", "auth", "--probe", "replay:" + file, "--password", standIn,
                                           "--permission", "full-regression", "--yes"});
        QVERIFY2(replayed.exitCode == 0, qPrintable(context(replayed)));
    }

    // Broken recordings and unwritable record files: usage errors that say what and where.
    void badFiles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QByteArray("not a recording\n") << "Line 1 of garbage.jsonl";
        QTest::newRow("truncated") << QByteArray(
                                          R"({"format":"rescue-probe-recording","version":1,"probe":{}})"
                                          "\n{\"seq\":1,\"op\":\"att")
                                   << "Line 2 of truncated.jsonl is cut short";
        QTest::newRow("empty") << QByteArray() << "holds no recorded session";
    }
    void badFiles() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = scratch(QString::fromLatin1(QTest::currentDataTag()) + ".jsonl");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const CliRun r = runRescue({"--json", "connect", "--probe", "replay:" + file});
        QVERIFY2(r.exitCode == 2, qPrintable(context(r)));
        const QJsonObject error = r.json().value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("replay.bad-recording"));
        QVERIFY2(error.value("message").toString().contains(expected), qPrintable(context(r)));
    }
    void unwritableRecordFileIsAUsageError() {
        const CliRun r = runRescue({"--json", "connect", "--probe", "lab:h563-open-healthy", "--record",
                                    scratch("no-such-folder/x.jsonl")});
        QVERIFY2(r.exitCode == 2, qPrintable(context(r)));
        QCOMPARE(r.json().value("error").toObject().value("code").toString(),
                 QStringLiteral("record.open-failed"));
    }
};

QTEST_GUILESS_MAIN(TestCliRecordReplay)
#include "test_cli_record_replay.moc"
