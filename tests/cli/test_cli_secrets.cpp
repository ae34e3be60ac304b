// The secrets scan through the CLI (issue 8, "Secrets"): `rescue wizard` and `rescue da auth`
// recover lab boards provisioned with key, passphrase and password material this suite
// generates (tests/secret_material.h), by the certificate route (plain and encrypted key) and
// the password route, in human and --json output, and fail on the error paths (a wrong
// passphrase, a rejected password). Every stdout, stderr, report file and everything the runs
// left in the data folder (journals, the lab's saved boards) is scanned for every form of the
// secrets (tests/secret_scan.h). Also: secret files others can read get one warning each and
// the command still runs; an encrypted key never ends up decrypted on disk.

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"
#include "secret_material.h"

using namespace rescue;
namespace fs = std::filesystem;

namespace {

QString q(const fs::path& p) {
    return QString::fromStdString(p.string());
}

QString context(const CliRun& r) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(r.exitCode)
        .arg(r.out.left(4000), r.err.left(3000));
}

}  // namespace

class TestCliSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::SecretMaterial m;
    QStringList m_leaks;

    // Runs `rescue`, scans what it printed, and returns the run.
    CliRun run(const QString& label, const QStringList& args) {
        const CliRun r = runRescue(args, 120000);
        for (const auto& f : m.scan.findIn(label.toStdString() + " stdout", r.out.toStdString()))
            m_leaks << QString::fromStdString(f);
        for (const auto& f : m.scan.findIn(label.toStdString() + " stderr", r.err.toStdString()))
            m_leaks << QString::fromStdString(f);
        return r;
    }

    QString labUri(const fs::path& scenario) { return "lab:" + q(scenario); }

    void resetBoards() {
        for (const auto& sc : {m.certificateScenario, m.passwordScenario})
            QCOMPARE(runRescue({"lab", "reset", q(sc)}).exitCode, 0);
        QFile::remove(qEnvironmentVariable("XDG_DATA_HOME") + "/rescue-workbench/reset-strategies.json");
    }

    void expectNoLeak(const QStringList& leaks) { QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n'))); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m.generate(m_dir.path().toStdString()));
        QVERIFY(!qEnvironmentVariable("XDG_DATA_HOME").isEmpty());
    }

    void init() {
        m_leaks.clear();
        resetBoards();
    }

    // Recoveries that succeed, each route, human and JSON output.
    void recoveryPrintsNoSecret_data() {
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("command");
        for (const bool json : {false, true}) {
            const QString suffix = json ? " --json" : "";
            QTest::newRow(qPrintable("wizard, key" + suffix)) << "certificate" << json << "wizard";
            QTest::newRow(qPrintable("wizard, encrypted key" + suffix)) << "encrypted" << json << "wizard";
            QTest::newRow(qPrintable("wizard, password" + suffix)) << "password" << json << "wizard";
            QTest::newRow(qPrintable("da auth, encrypted key" + suffix)) << "encrypted" << json << "da auth";
            QTest::newRow(qPrintable("da auth, password" + suffix)) << "password" << json << "da auth";
        }
    }
    void recoveryPrintsNoSecret() {
        QFETCH(QString, route);
        QFETCH(bool, json);
        QFETCH(QString, command);
        const fs::path scenario = route == "password" ? m.passwordScenario : m.certificateScenario;
        QStringList args;
        if (json)
            args << "--json";
        args << command.split(' ') << "--probe" << labUri(scenario);
        if (route == "password")
            args << "--password" << q(m.passwordFile);
        else
            args << "--key" << q(route == "encrypted" ? m.encryptedLeafKey : m.leafKey) << "--cert"
                 << q(m.chain);
        if (route == "encrypted")
            args << "--passphrase-file" << q(m.passphraseFile);
        const QString report = q(m.dir / "report.txt");
        if (command == "wizard")
            args << "--operator"
                 << "simulated"
                 << "--report" << report;
        else
            args << "--permission"
                 << "full-regression"
                 << "--yes";
        const CliRun r = run(QTest::currentDataTag(), args);
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        if (json)
            QVERIFY2(r.json().value("ok").toBool(), qPrintable(context(r)));
        else
            QVERIFY(r.out.contains(command == "wizard" ? "RECOVERED" : "Authentication successful."));
        if (command == "wizard")
            for (const auto& f : m.scan.findInTree(m.dir / "report.txt"))
                m_leaks << QString::fromStdString(f);
        QVERIFY(!r.out.contains("PRIVATE KEY") && !r.err.contains("PRIVATE KEY"));
        expectNoLeak(m_leaks);
    }

    // The failing paths: the error says what went wrong, in the right exit code, and carries
    // no secret (the wrong one the person gave included).
    void errorsPrintNoSecret_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        const QString key = q(m.encryptedLeafKey), chain = q(m.chain), wrong = q(m.wrongPassphraseFile);
        const QString cert = labUri(m.certificateScenario), pw = labUri(m.passwordScenario);
        for (const bool json : {false, true}) {
            const QStringList j = json ? QStringList{"--json"} : QStringList{};
            const QString suffix = json ? " --json" : "";
            QTest::newRow(qPrintable("da auth, wrong passphrase" + suffix))
                << j + QStringList{"da",     "auth",         "--probe",
                                   cert,     "--key",        key,
                                   "--cert", chain,          "--passphrase-file",
                                   wrong,    "--permission", "full-regression",
                                   "--yes"}
                << 2 << "da.key.passphrase";
            QTest::newRow(qPrintable("wizard, wrong passphrase" + suffix))
                << j + QStringList{"wizard", "--probe",           cert,  "--key",      key,        "--cert",
                                   chain,    "--passphrase-file", wrong, "--operator", "simulated"}
                << 2 << "da.key.passphrase";
            QTest::newRow(qPrintable("da sign-token, wrong passphrase" + suffix))
                << j + QStringList{"da",
                                   "sign-token",
                                   "--key",
                                   key,
                                   "--challenge",
                                   QString(64, '7'),
                                   "--permissions",
                                   "0x4000",
                                   "--out",
                                   q(m.dir / "token.bin"),
                                   "--passphrase-file",
                                   wrong}
                << 2 << "da.key.passphrase";
            QTest::newRow(qPrintable("da verify, wrong passphrase" + suffix))
                << j + QStringList{"da", "verify", "--cert", chain, "--key", key, "--passphrase-file", wrong}
                << 2 << "da.key.passphrase";
            QTest::newRow(qPrintable("da auth, encrypted key without passphrase" + suffix))
                << j + QStringList{"da",  "auth",         "--probe",         cert,   "--key", key, "--cert",
                                   chain, "--permission", "full-regression", "--yes"}
                << 2 << "da.key.passphrase-needed";
            QTest::newRow(qPrintable("da auth, rejected password" + suffix))
                << j + QStringList{"da",           "auth",
                                   "--probe",      pw,
                                   "--password",   q(m.wrongPasswordFile),
                                   "--permission", "full-regression",
                                   "--yes"}
                << 1 << "";
            QTest::newRow(qPrintable("wizard, rejected password" + suffix))
                << j + QStringList{"wizard",     "--probe",  pw, "--password", q(m.wrongPasswordFile),
                                   "--operator", "simulated"}
                << 1 << "";
        }
    }
    void errorsPrintNoSecret() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const CliRun r = run(QTest::currentDataTag(), args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(context(r)));
        if (!code.isEmpty())
            QVERIFY2((r.out + r.err).contains(code), qPrintable(context(r)));
        QVERIFY(!(r.out + r.err).contains("terminate called"));
        expectNoLeak(m_leaks);
    }

    // Whatever the runs above left behind: the journals, the lab's saved boards, reports,
    // tokens. And no decrypted copy of the encrypted key anywhere (the scan has its scalar).
    void dataFolderHoldsNoSecret() {
        const fs::path data = qEnvironmentVariable("XDG_DATA_HOME").toStdString();
        QVERIFY(fs::exists(data / "rescue-workbench/journals"));
        QStringList leaks;
        for (const auto& f : m.scan.findInTree(data))
            leaks << QString::fromStdString(f);
        for (const auto& entry : fs::directory_iterator(m.dir))
            if (entry.is_regular_file() && entry.path().extension() != ".json")
                for (const auto& f : m.scan.findInTree(entry.path()))
                    leaks << QString::fromStdString(f);
        expectNoLeak(leaks);
        int journals = 0;
        for (const auto& entry : fs::recursive_directory_iterator(data)) {
            if (!entry.is_regular_file())
                continue;
            journals += entry.path().string().find("journals") != std::string::npos;
            const std::string text = testsupport::SecretMaterial::readAll(entry.path());
            QVERIFY2(text.find("PRIVATE KEY-----") == std::string::npos, entry.path().c_str());
        }
        QVERIFY(journals > 0);
    }

    // A key, password or passphrase file others can read: one warning per file with its code
    // and the chmod, and the command still runs.
    void loosePermissionsWarnOnce_data() {
        QTest::addColumn<bool>("json");
        QTest::newRow("human") << false;
        QTest::newRow("json") << true;
    }
    void loosePermissionsWarnOnce() {
        QFETCH(bool, json);
        const fs::path loose = m.dir / "loose";
        fs::create_directories(loose);
        const fs::path key = loose / "key.pem", pass = loose / "pass.txt";
        fs::copy_file(m.encryptedLeafKey, key, fs::copy_options::overwrite_existing);
        fs::copy_file(m.passphraseFile, pass, fs::copy_options::overwrite_existing);
        fs::permissions(key, fs::perms(0644), fs::perm_options::replace);
        fs::permissions(pass, fs::perms(0640), fs::perm_options::replace);
        QStringList args;
        if (json)
            args << "--json";
        args << "da"
             << "auth"
             << "--probe" << labUri(m.certificateScenario) << "--key" << q(key) << "--cert" << q(m.chain)
             << "--passphrase-file" << q(pass) << "--permission"
             << "full-regression"
             << "--yes";
        const CliRun r = run("loose permissions", args);
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        QString warnings;
        if (json) {
            for (const auto& w : r.json().value("warnings").toArray())
                warnings += w.toString() + '\n';
        } else {
            warnings = r.err;
        }
        QCOMPARE(warnings.count("auth.key-permissions"), 2);
        QCOMPARE(warnings.count(q(key) + " holds a secret"), 1);
        QCOMPARE(warnings.count(q(pass) + " holds a secret"), 1);
        QVERIFY(warnings.contains("every user of this computer") && warnings.contains("its group"));
        QVERIFY(warnings.contains("chmod 600 " + q(key)));
        // A private file: no warning.
        fs::permissions(key, fs::perms(0600), fs::perm_options::replace);
        fs::permissions(pass, fs::perms(0600), fs::perm_options::replace);
        resetBoards();
        const CliRun quiet = run("private files", args);
        QVERIFY2(quiet.exitCode == 0, qPrintable(context(quiet)));
        QVERIFY(!(quiet.out + quiet.err).contains("auth.key-permissions"));
        expectNoLeak(m_leaks);
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "test_cli_secrets.moc"
