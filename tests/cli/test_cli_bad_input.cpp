// Bad input through the CLI's front door (issue 8): every `rescue` subcommand with missing,
// wrong-typed, contradictory and oversized arguments and with files of the wrong kind (a PNG
// as a key, an .obk as a certificate, a key as a password, a folder, /dev/null, a missing
// file, a 1 MiB file). Each must end with exit 2 (usage or unusable input file: the documented
// code) and ONE error line that names the argument or the file, no crash, no stack trace, no
// internal error, and no byte of the secrets involved (tests/secret_scan.h).
//
// everySubcommandHasRows walks `rescue --help` recursively: a subcommand added without rows
// here fails the suite.

#include <QDir>
#include <QRegularExpression>
#include <QSet>
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
        .arg(r.out.left(3000), r.err.left(3000));
}

// The subcommand names listed under "Subcommands:" in a help text.
QStringList subcommandsIn(const QString& help) {
    QStringList out;
    bool inList = false;
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z0-9-]*)\\s"));
    for (const QString& line : help.split('\n')) {
        if (line.startsWith("Subcommands:")) {
            inList = true;
            continue;
        }
        if (inList && !line.startsWith(' '))
            break;
        if (const auto m = entry.match(line); inList && m.hasMatch())
            out << m.captured(1);
    }
    return out;
}

}  // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::SecretMaterial m;
    fs::path png, bigFile, folder, missing, obk;
    QString big;               // a 100 KB argument (Linux caps one argument at 128 KiB)
    QSet<QString> m_covered;   // the commands the rows exercise
    QSet<QString> m_commands;  // the commands this build has, from `rescue --help` recursively

    static QSet<QString> commandsOfThisBuild() {
        QSet<QString> all;
        QStringList pending{QString()};
        while (!pending.isEmpty()) {
            const QString parent = pending.takeFirst();
            QStringList args = parent.isEmpty() ? QStringList{} : parent.split(' ');
            const CliRun help = runRescue(args << "--help");
            if (help.exitCode != 0)
                return {};
            for (const QString& name : subcommandsIn(help.out)) {
                const QString child = parent.isEmpty() ? name : parent + ' ' + name;
                if (all.contains(child) || child.count(' ') > 2)
                    continue;
                all << child;
                pending << child;
            }
        }
        return all;
    }

    fs::path path(const char* name) const { return m.dir / name; }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m.generate(m_dir.path().toStdString()));
        png = path("picture.png");
        testsupport::SecretMaterial::writeAll(
            png, std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(600, 'x'));
        bigFile = path("big.bin");
        testsupport::SecretMaterial::writeAll(bigFile, std::string(1024 * 1024, 'A'));
        folder = path("folder");
        fs::create_directories(folder);
        missing = path("missing.pem");
        obk = m.dir / "creds/Binary/DA_Config.obk";
        QVERIFY(fs::exists(obk));
        big = QString(100000, 'a');
        m_commands = commandsOfThisBuild();
        QVERIFY(!m_commands.isEmpty());
    }

    void badInput_data() {
        QTest::addColumn<QString>("command");  // the subcommand path the row covers
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mention");  // what the one error must name

        const QString key = q(m.leafKey), chain = q(m.chain), pw = q(m.passwordFile),
                      pass = q(m.passphraseFile);
        const QString pngF = q(png), dir = q(folder), miss = q(missing), obkF = q(obk), bigF = q(bigFile);
        const QString open = "lab:h563-open-healthy", closed = "lab:h563-closed-da";
        const QString challenge(64, '7');
        auto row = [this](const char* tag, const QString& command, const QStringList& args,
                          const QString& mention, int exitCode = 2) {
            m_covered << command;
            QTest::newRow(tag) << command << args << exitCode << mention;
        };

        // The command tree itself.
        row("no command", "", {}, "subcommand");
        row("unknown option", "", {"--frobnicate"}, "--frobnicate");
        row("unknown command", "", {"frobnicate"}, "frobnicate");
        row("lab without subcommand", "lab", {"lab"}, "subcommand");
        row("da without subcommand", "da", {"da"}, "subcommand");
        row("ob without subcommand", "ob", {"ob"}, "subcommand");

        // probes
        row("probes: --server without value", "probes", {"probes", "--server"}, "--server");
        row("probes: --server not HOST:PORT", "probes", {"probes", "--no-lab", "--server", "host:port:x"},
            "--server");
        row("probes: --server port 70000", "probes", {"probes", "--no-lab", "--server", "127.0.0.1:70000"},
            "--server");
        row("probes: --server 100 KB", "probes", {"probes", "--no-lab", "--server", big}, "--server");
        row("probes: extra argument", "probes", {"probes", "extra"}, "extra");

        // connect
        row("connect: no --probe", "connect", {"connect"}, "--probe");
        row("connect: --speed text", "connect", {"connect", "--probe", open, "--speed", "fast"}, "--speed");
        row("connect: --speed negative", "connect", {"connect", "--probe", open, "--speed", "-5"}, "--speed");
        row("connect: --speed 0x overflow", "connect",
            {"connect", "--probe", open, "--speed", "0x1FFFFFFFFFFFFFFFFF"}, "--speed");
        row("connect: --ap 300", "connect", {"connect", "--probe", open, "--ap", "300"}, "--ap");
        row("connect: --mode unknown", "connect", {"connect", "--probe", open, "--mode", "sideways"},
            "sideways");
        row("connect: --probe 100 KB", "connect", {"connect", "--probe", big}, "not a probe URI");
        row("connect: scenario is /dev/null", "connect", {"connect", "--probe", "lab:/dev/null"},
            "/dev/null");
        row("connect: scenario is a PNG", "connect", {"connect", "--probe", "lab:" + pngF}, pngF);
        row("connect: scenario is a folder", "connect", {"connect", "--probe", "lab:" + dir + "/"}, dir);
        row("connect: scenario missing", "connect", {"connect", "--probe", "lab:" + miss + ".json"}, miss);

        // erase
        row("erase: no --probe", "erase", {"erase", "--mass"}, "--probe");
        row("erase: --mass and --bank", "erase", {"erase", "--probe", open, "--mass", "--bank", "1"},
            "--bank");
        row("erase: neither --mass nor --bank", "erase", {"erase", "--probe", open}, "--mass");
        row("erase: --bank text", "erase", {"erase", "--probe", open, "--bank", "one"}, "--bank");
        row("erase: --bank negative", "erase", {"erase", "--probe", open, "--bank", "-1"}, "--bank");
        row("erase: --bank 3", "erase", {"erase", "--probe", open, "--bank", "3"}, "bank 3");

        // wizard
        row("errors: no such code", "errors", {"errors", "probe.timeoot"}, "probe.timeoot");
        row("errors: two codes", "errors", {"errors", "probe.timeout", "da.chip-open"}, "da.chip-open");
        row("errors: unknown option", "errors", {"errors", "--html"}, "--html");
        row("wizard: no --probe", "wizard", {"wizard"}, "--probe");
        row("wizard: --seed negative", "wizard", {"wizard", "--probe", closed, "--seed", "-1"}, "--seed");
        row("wizard: --seed overflow", "wizard",
            {"wizard", "--probe", closed, "--seed", "99999999999999999999999"}, "--seed");
        row("wizard: --seed text", "wizard", {"wizard", "--probe", closed, "--seed", "lucky"}, "--seed");
        row("wizard: --operator unknown", "wizard", {"wizard", "--probe", closed, "--operator", "robot"},
            "robot");
        row("wizard: --key without --cert", "wizard", {"wizard", "--probe", closed, "--key", key}, "--cert");
        row("wizard: --password without value", "wizard", {"wizard", "--probe", closed, "--password"},
            "--password");
        row("wizard: PNG as key", "wizard", {"wizard", "--probe", closed, "--key", pngF, "--cert", chain},
            pngF);
        row("wizard: .obk as key", "wizard", {"wizard", "--probe", closed, "--key", obkF, "--cert", chain},
            obkF);
        row("wizard: key as certificate", "wizard",
            {"wizard", "--probe", closed, "--key", key, "--cert", key}, key);
        row("wizard: folder as key", "wizard", {"wizard", "--probe", closed, "--key", dir, "--cert", chain},
            dir);
        row("wizard: /dev/null as key", "wizard",
            {"wizard", "--probe", closed, "--key", "/dev/null", "--cert", chain}, "/dev/null");
        row("wizard: missing key", "wizard", {"wizard", "--probe", closed, "--key", miss, "--cert", chain},
            miss);
        row("wizard: 1 MiB key", "wizard", {"wizard", "--probe", closed, "--key", bigF, "--cert", chain},
            bigF);
        row("wizard: PNG as password", "wizard", {"wizard", "--probe", closed, "--password", pngF}, "PNG");
        row("wizard: key as password", "wizard", {"wizard", "--probe", closed, "--password", key}, "PEM");
        row("wizard: folder as password", "wizard", {"wizard", "--probe", closed, "--password", dir}, dir);
        row("wizard: 1 MiB password", "wizard", {"wizard", "--probe", closed, "--password", bigF}, bigF);
        row("wizard: PNG as .obk", "wizard", {"wizard", "--probe", closed, "--obk", pngF}, pngF);
        row("wizard: password as .obk", "wizard", {"wizard", "--probe", closed, "--obk", pw}, pw);
        row("wizard: --passphrase-file without --key", "wizard",
            {"wizard", "--probe", closed, "--password", pw, "--passphrase-file", pass}, "--passphrase-file");
        row("wizard: passphrase file missing", "wizard",
            {"wizard", "--probe", closed, "--key", q(m.encryptedLeafKey), "--cert", chain,
             "--passphrase-file", miss},
            miss);

        // lab
        row("lab list: extra argument", "lab list", {"lab", "list", "extra"}, "extra");
        row("lab reset: no board", "lab reset", {"lab", "reset"}, "board");
        row("lab reset: 100 KB name", "lab reset", {"lab", "reset", big}, "no lab scenario");
        row("lab reset: /dev/null", "lab reset", {"lab", "reset", "/dev/null"}, "/dev/null");
        row("lab reset: folder", "lab reset", {"lab", "reset", dir + "/"}, dir);
        row("lab show: no board", "lab show", {"lab", "show"}, "board");
        row("lab show: unknown board", "lab show", {"lab", "show", "nosuchboard"}, "nosuchboard");
        row("lab show: PNG scenario", "lab show", {"lab", "show", pngF}, pngF);
        row("lab campaign: --runs 0", "lab campaign", {"lab", "campaign", "--runs", "0"}, "--runs");
        row("lab campaign: --runs text", "lab campaign", {"lab", "campaign", "--runs", "many"}, "--runs");
        row("lab campaign: --seed -1", "lab campaign", {"lab", "campaign", "--runs", "1", "--seed", "-1"},
            "--seed");
        row("lab campaign: --runs huge", "lab campaign", {"lab", "campaign", "--runs", "99999999999"},
            "--runs");
        row("lab campaign: unknown board", "lab campaign",
            {"lab", "campaign", "--runs", "1", "--scenario", "nosuch"}, "nosuch");
        row("lab campaign: extra argument", "lab campaign", {"lab", "campaign", "--runs", "1", "extra"},
            "extra");
        row("lab campaign: unknown --probe", "lab campaign",
            {"lab", "campaign", "--runs", "1", "--probe", "jlink"}, "--probe");
        row("lab serve: no --scenario", "lab serve", {"lab", "serve"}, "--scenario");
        row("lab serve: --listen not HOST:PORT", "lab serve",
            {"lab", "serve", "--scenario", "h563-open-healthy", "--listen", "nowhere"}, "--listen");
        row("lab serve: --listen port 70000", "lab serve",
            {"lab", "serve", "--scenario", "h563-open-healthy", "--listen", "127.0.0.1:70000"}, "--listen");
        row("lab serve: --duration text", "lab serve",
            {"lab", "serve", "--scenario", "h563-open-healthy", "--duration", "forever"}, "--duration");
        row("lab serve: --duration negative", "lab serve",
            {"lab", "serve", "--scenario", "h563-open-healthy", "--duration", "-1"}, "--duration");
        row("lab serve: --duration huge", "lab serve",
            {"lab", "serve", "--scenario", "h563-open-healthy", "--duration", "1e308"}, "--duration");
        row("lab serve: remote without --allow-remote", "lab serve",
            {"lab", "serve", "--scenario", "h563-open-healthy", "--listen", "0.0.0.0:0", "--duration", "0.1"},
            "--allow-remote");

        // da verify
        row("da verify: nothing to verify", "da verify", {"da", "verify"}, "--cert");
        row("da verify: PNG as certificate", "da verify", {"da", "verify", "--cert", pngF}, pngF);
        row("da verify: .obk as certificate", "da verify", {"da", "verify", "--cert", obkF}, obkF);
        row("da verify: key as certificate", "da verify", {"da", "verify", "--cert", key}, key);
        row("da verify: password as certificate", "da verify", {"da", "verify", "--cert", pw}, pw);
        row("da verify: folder as certificate", "da verify", {"da", "verify", "--cert", dir}, dir);
        row("da verify: /dev/null as certificate", "da verify", {"da", "verify", "--cert", "/dev/null"},
            "/dev/null");
        row("da verify: PNG as .obk", "da verify", {"da", "verify", "--cert", chain, "--obk", pngF}, pngF);
        row("da verify: password as .obk", "da verify", {"da", "verify", "--cert", chain, "--obk", pw}, pw);
        row("da verify: PNG as XML", "da verify", {"da", "verify", "--cert", chain, "--xml", pngF}, pngF);
        row("da verify: certificate as key", "da verify", {"da", "verify", "--cert", chain, "--key", chain},
            chain);
        row("da verify: unknown family", "da verify", {"da", "verify", "--cert", chain, "--family", "z80"},
            "z80");
        row("da verify: permission bit overflow", "da verify",
            {"da", "verify", "--cert", chain, "--obk", obkF, "--permission", "99999999999999999999"},
            "99999999999999999999");

        // da sign-token
        row("da sign-token: nothing", "da sign-token", {"da", "sign-token"}, "--key");
        row("da sign-token: challenge not hex", "da sign-token",
            {"da", "sign-token", "--key", key, "--challenge", "xyz", "--permissions", "0x4000", "--out",
             q(path("t.bin"))},
            "challenge");
        row("da sign-token: challenge 63 digits", "da sign-token",
            {"da", "sign-token", "--key", key, "--challenge", challenge.left(63), "--permissions", "0x4000",
             "--out", q(path("t.bin"))},
            "challenge");
        row("da sign-token: permissions text", "da sign-token",
            {"da", "sign-token", "--key", key, "--challenge", challenge, "--permissions", "lots", "--out",
             q(path("t.bin"))},
            "lots");
        row("da sign-token: permissions 0x overflow", "da sign-token",
            {"da", "sign-token", "--key", key, "--challenge", challenge, "--permissions",
             "0x1" + QString(40, 'F'), "--out", q(path("t.bin"))},
            "128 bits");
        row("da sign-token: --out is a folder", "da sign-token",
            {"da", "sign-token", "--key", key, "--challenge", challenge, "--permissions", "0x4000", "--out",
             dir},
            dir);
        row("da sign-token: password as key", "da sign-token",
            {"da", "sign-token", "--key", pw, "--challenge", challenge, "--permissions", "0x4000", "--out",
             q(path("t.bin"))},
            pw);
        row("da sign-token: passphrase file is a folder", "da sign-token",
            {"da", "sign-token", "--key", q(m.encryptedLeafKey), "--challenge", challenge, "--permissions",
             "0x4000", "--out", q(path("t.bin")), "--passphrase-file", dir},
            dir);

        // da make-credentials
        row("da make-credentials: nothing", "da make-credentials", {"da", "make-credentials"}, "--family");
        row("da make-credentials: unknown family", "da make-credentials",
            {"da", "make-credentials", "--family", "z80", "--permissions", "0x5077", "--out", q(path("c2"))},
            "z80");
        row("da make-credentials: unknown permission", "da make-credentials",
            {"da", "make-credentials", "--family", "h5", "--permissions", "everything", "--out",
             q(path("c2"))},
            "everything");
        row("da make-credentials: --obk-flag 5", "da make-credentials",
            {"da", "make-credentials", "--family", "h5", "--permissions", "0x5077", "--out", q(path("c2")),
             "--obk-flag", "5"},
            "--obk-flag");
        row("da make-credentials: --out is a file", "da make-credentials",
            {"da", "make-credentials", "--family", "h5", "--permissions", "0x5077", "--out", pngF}, pngF);
        row("da make-credentials: --out already holds keys", "da make-credentials",
            {"da", "make-credentials", "--family", "h5", "--permissions", "0x5077", "--out",
             q(m.dir / "creds")},
            "already exists");

        // da discover
        row("da discover: no --probe", "da discover", {"da", "discover"}, "--probe");
        row("da discover: bad URI", "da discover", {"da", "discover", "--probe", "nonsense:"}, "nonsense:");

        // da auth
        row("da auth: no --permission", "da auth", {"da", "auth", "--probe", closed, "--password", pw},
            "--permission");
        row("da auth: no credentials", "da auth",
            {"da", "auth", "--probe", closed, "--permission", "full-regression"}, "--password");
        row("da auth: --key without --cert", "da auth",
            {"da", "auth", "--probe", closed, "--permission", "full-regression", "--key", key}, "--cert");
        row("da auth: unknown permission", "da auth",
            {"da", "auth", "--probe", closed, "--permission", "everything", "--key", key, "--cert", chain},
            "everything");
        row("da auth: permission bit overflow", "da auth",
            {"da", "auth", "--probe", closed, "--permission", "99999999999999999999", "--key", key, "--cert",
             chain, "--yes"},
            "99999999999999999999");
        row("da auth: folder as password", "da auth",
            {"da", "auth", "--probe", closed, "--permission", "full-regression", "--password", dir}, dir);
        row("da auth: certificate as password", "da auth",
            {"da", "auth", "--probe", closed, "--permission", "full-regression", "--password", chain},
            "password");
        row("da auth: .obk as certificate", "da auth",
            {"da", "auth", "--probe", closed, "--permission", "full-regression", "--key", key, "--cert",
             obkF},
            obkF);
        row("da auth: --passphrase-file without --key", "da auth",
            {"da", "auth", "--probe", closed, "--permission", "full-regression", "--password", pw,
             "--passphrase-file", pass},
            "--passphrase-file");

        // da provision
        row("da provision: no --obk", "da provision",
            {"da", "provision", "--probe", "lab:h533-provisioning-no-da"}, "--obk");
        row("da provision: PNG as .obk", "da provision",
            {"da", "provision", "--probe", "lab:h533-provisioning-no-da", "--obk", pngF}, pngF);
        row("da provision: key as .obk", "da provision",
            {"da", "provision", "--probe", "lab:h533-provisioning-no-da", "--obk", key}, key);
        row("da provision: /dev/null as .obk", "da provision",
            {"da", "provision", "--probe", "lab:h533-provisioning-no-da", "--obk", "/dev/null"}, "/dev/null");
        row("da provision: folder as .obk", "da provision",
            {"da", "provision", "--probe", "lab:h533-provisioning-no-da", "--obk", dir}, dir);

        // ob
        row("ob read: no --probe", "ob read", {"ob", "read"}, "--probe");
        row("ob read: --export to a folder", "ob read", {"ob", "read", "--probe", open, "--export", dir},
            dir);
        row("ob check: no change", "ob check", {"ob", "check", "--probe", open}, "--set");
        row("ob check: unknown field", "ob check", {"ob", "check", "--probe", open, "--set", "NOPE=1"},
            "NOPE");
        row("ob check: value 0x overflow", "ob check",
            {"ob", "check", "--probe", open, "--set", "TZEN=0x1FFFFFFFFFFFFFFFFF"}, "TZEN");
        row("ob check: value text", "ob check", {"ob", "check", "--probe", open, "--set", "TZEN=sometimes"},
            "sometimes");
        row("ob check: not an assignment", "ob check", {"ob", "check", "--probe", open, "--set", "TZEN"},
            "TZEN");
        row("ob check: --set and --import", "ob check",
            {"ob", "check", "--probe", open, "--set", "TZEN=0xB4", "--import", q(m.certificateScenario)},
            "--import");
        row("ob check: PNG import", "ob check", {"ob", "check", "--probe", open, "--import", pngF}, pngF);
        row("ob check: folder import", "ob check", {"ob", "check", "--probe", open, "--import", dir}, dir);
        row("ob check: /dev/null import", "ob check",
            {"ob", "check", "--probe", open, "--import", "/dev/null"}, "/dev/null");
        row("ob check: 1 MiB import", "ob check", {"ob", "check", "--probe", open, "--import", bigF}, bigF);
        row("ob write: no change", "ob write", {"ob", "write", "--probe", open}, "--set");
        row("ob write: --confirm without phrase", "ob write",
            {"ob", "write", "--probe", open, "--set", "TZEN=0xB4", "--confirm"}, "--confirm");
        row("ob write: missing import", "ob write", {"ob", "write", "--probe", open, "--import", miss}, miss);
    }

    void badInput() {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mention);
        // A row for a command another change adds (or removes) runs once this build has it.
        if (!command.isEmpty() && !m_commands.contains(command))
            QSKIP(qPrintable("`rescue " + command + "` is not in this build"));
        for (const bool json : {false, true}) {
            const CliRun r = runRescue(json ? QStringList{"--json"} + args : args, 60000);
            QVERIFY2(r.finished, "the command did not end");
            QVERIFY2(r.exitCode == exitCode, qPrintable(context(r)));
            const QString all = r.out + r.err;
            for (const char* crash : {"terminate called", "Internal error", "cli.internal", "Segmentation",
                                      "Aborted", "AddressSanitizer", "runtime error:", "what():", "#0 "})
                QVERIFY2(!all.contains(crash), qPrintable(context(r)));
            if (json) {
                // One JSON object, its error named.
                const QJsonObject j = r.json();
                QVERIFY2(!j.isEmpty(), qPrintable(context(r)));
                QCOMPARE(j.value("exit_code").toInt(), exitCode);
                const QString error = QJsonDocument(j.value("error").toObject()).toJson();
                QVERIFY2(error.contains(mention), qPrintable(context(r)));
            } else {
                QCOMPARE(r.err.count("error: "), 1);
                QVERIFY2(r.err.contains(mention), qPrintable(context(r)));
                // One short message: a 100 KB argument is not echoed back whole.
                QVERIFY2(r.err.size() < 4000, qPrintable(context(r).left(2000)));
            }
            const auto leaks = m.scan.findIn("output", all.toStdString());
            QVERIFY2(leaks.empty(), leaks.empty() ? "" : leaks.front().c_str());
        }
    }

    // Every command `rescue --help` lists (recursively) has rows above (badInput_data, run
    // before this function, records the commands its rows cover).
    void everySubcommandHasRows() {
        QVERIFY(m_commands.contains("da auth") && m_commands.contains("lab serve") &&
                m_commands.contains("wizard"));
        QStringList uncovered;
        for (const QString& c : m_commands)
            if (!m_covered.contains(c))
                uncovered << c;
        uncovered.sort();
        QVERIFY2(uncovered.isEmpty(), qPrintable("no bad-input rows for: " + uncovered.join(", ")));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "test_cli_bad_input.moc"
