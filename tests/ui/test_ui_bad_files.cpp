// Bad files through the GUI's choosers and the secrets the GUI handles (issue 8). The native
// file dialogs cannot be driven, so each row puts the file where the chooser puts it (the
// combo box's text, the import path) and runs the code path that reads it: DA panel Verify,
// the wizard's Next, option-byte Import (log export to a bad place: test_log_export). Each wrong file (a PNG
// as a key, an .obk as a chain, a key as a password, a folder, /dev/null, /dev/zero, a missing file, 1 MiB)
// gives an inline error and loses nothing already entered.
//
// Secrets: a typed passphrase's QString is wiped; a key or password file others can read gets
// one inline warning; and the DA panel's password route on the lab's H503 (its known password)
// leaves no form of it (tests/secret_scan.h) in the log model or in the log exported as text
// and as JSON lines.

#include <filesystem>
#include <numeric>

#include <QAbstractButton>
#include <QBuffer>
#include <QComboBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/auth/secret_bytes.h"
#include "core/sim/lab/lab_store.h"
#include "secret_material.h"
#include "ui/app_identity.h"
#include "ui/da_panel.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/log_export.h"
#include "ui/log_model.h"
#include "ui/option_byte_panel.h"
#include "ui/optionbytes/pending_diff_model.h"
#include "ui/optionbytes/wrp_sector_map.h"
#include "ui/probe_list_model.h"
#include "ui/secret_text.h"
#include "ui/wizard/rescue_wizard.h"
#include "ui/wizard/welcome_page.h"
#include "workbench_test_support.h"

using namespace rescue;
using testsupport::quietEngine;
namespace fs = std::filesystem;

namespace {

constexpr int kListTimeoutMs = 30000;
constexpr int kJobTimeoutMs = 60000;

bool waitForProbe(ui::DevicePanel& devices, const QString& uri) {
    return QTest::qWaitFor([&] { return devices.probes()->rowOfUri(uri) >= 0; }, kListTimeoutMs) &&
           devices.selectUri(uri);
}

bool sameFiles(const ui::DaCredentialFiles& a, const ui::DaCredentialFiles& b) {
    return a.method == b.method && a.keyFile == b.keyFile && a.chainFile == b.chainFile &&
           a.passwordFile == b.passwordFile;
}

// What the observer saw of the last SecretBytes released.
std::vector<std::uint8_t> g_lastWiped;
void recordWipe(const std::uint8_t* data, std::size_t size) {
    g_lastWiped.assign(data, data + size);
}

}  // namespace

class TestUiBadFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::SecretMaterial m;
    QMap<QString, QString> m_files;  // name -> path of a wrong file

    QString file(const QString& name) const { return m_files.value(name); }

private slots:
    void initTestCase() {
        QVERIFY(!qgetenv("XDG_DATA_HOME").isEmpty());
        QVERIFY(m_dir.isValid());
        QVERIFY(m.generate(m_dir.path().toStdString()));
        const fs::path d = m.dir;
        testsupport::SecretMaterial::writeAll(
            d / "picture.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(600, 'x'));
        testsupport::SecretMaterial::writeAll(d / "big.bin", std::string(1024 * 1024, 'A'));
        fs::create_directories(d / "folder");
        m_files = {{"PNG", QString::fromStdString((d / "picture.png").string())},
                   {"1 MiB", QString::fromStdString((d / "big.bin").string())},
                   {"folder", QString::fromStdString((d / "folder").string())},
                   {"/dev/null", "/dev/null"},
                   {"/dev/zero", "/dev/zero"},
                   {"missing", QString::fromStdString((d / "missing.pem").string())},
                   {".obk", QString::fromStdString((d / "creds/Binary/DA_Config.obk").string())},
                   {"key", QString::fromStdString(m.leafKey.string())},
                   {"chain", QString::fromStdString(m.chain.string())},
                   {"password", QString::fromStdString(m.passwordFile.string())}};
    }

    void init() {
        std::error_code ignored;
        fs::remove_all(sim::lab::LabStore::defaultDirectory(), ignored);
        QSettings(QString::fromLatin1(ui::kOrganisationName), QString::fromLatin1(ui::kApplicationName))
            .clear();
        auth::setSecretWipeObserver(nullptr);
    }

    // ---- DA panel: key, chain and password choosers, read by Verify --------------------------

    void daPanelWrongFile_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("wrong");
        for (const char* wrong :
             {"PNG", ".obk", "folder", "/dev/null", "/dev/zero", "missing", "1 MiB", "chain"})
            QTest::newRow(qPrintable(QStringLiteral("key <- %1").arg(wrong))) << "key" << wrong;
        for (const char* wrong : {"PNG", ".obk", "key", "folder", "/dev/null", "missing", "1 MiB"})
            QTest::newRow(qPrintable(QStringLiteral("chain <- %1").arg(wrong))) << "chain" << wrong;
        for (const char* wrong : {"PNG", "key", "folder", "/dev/null", "/dev/zero", "missing", "1 MiB"})
            QTest::newRow(qPrintable(QStringLiteral("password <- %1").arg(wrong))) << "password" << wrong;
    }
    void daPanelWrongFile() {
        QFETCH(QString, field);
        QFETCH(QString, wrong);
        ui::EngineBridge bridge{quietEngine()};
        ui::DevicePanel devices{bridge};
        ui::DaPanel da{bridge, devices};
        ui::DaCredentialFiles files;
        files.method = field == "password" ? ui::DaCredentialFiles::Method::Password
                                           : ui::DaCredentialFiles::Method::Certificate;
        files.keyFile = m.leafKey.string();
        files.chainFile = m.chain.string();
        files.passwordFile = m.passwordFile.string();
        (field == "key"     ? files.keyFile
         : field == "chain" ? files.chainFile
                            : files.passwordFile) = file(wrong).toStdString();
        da.setCredentialFiles(files);
        da.verifyButton()->click();
        const QStringList lines = da.findingLines();
        QVERIFY2(!lines.isEmpty() && lines.first().startsWith(QLatin1String("error: ")),
                 qPrintable(lines.join('\n')));
        QVERIFY2(sameFiles(da.credentialFiles(), files), "the form changed");
        const auto leaks = m.scan.findIn("findings", lines.join('\n').toStdString());
        QVERIFY2(leaks.empty(), leaks.empty() ? "" : leaks.front().c_str());
    }

    // ---- the wizard's credential page, read by Next -----------------------------------------

    void wizardWrongFile_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("wrong");
        for (const char* wrong : {"PNG", ".obk", "folder", "/dev/zero", "missing"})
            QTest::newRow(qPrintable(QStringLiteral("key <- %1").arg(wrong))) << "key" << wrong;
        for (const char* wrong : {"PNG", "key", "1 MiB"})
            QTest::newRow(qPrintable(QStringLiteral("chain <- %1").arg(wrong))) << "chain" << wrong;
        for (const char* wrong : {"PNG", "key", "folder", "/dev/null"})
            QTest::newRow(qPrintable(QStringLiteral("password <- %1").arg(wrong))) << "password" << wrong;
    }
    void wizardWrongFile() {
        QFETCH(QString, field);
        QFETCH(QString, wrong);
        ui::EngineBridge bridge{quietEngine()};
        ui::DevicePanel devices{bridge};
        QVERIFY(waitForProbe(devices, QStringLiteral("lab:h563-closed-da")));
        ui::RescueWizard wizard(bridge, devices);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        ui::DaCredentialFiles files;
        files.method = field == "password" ? ui::DaCredentialFiles::Method::Password
                                           : ui::DaCredentialFiles::Method::Certificate;
        files.keyFile = m.leafKey.string();
        files.chainFile = m.chain.string();
        files.passwordFile = m.passwordFile.string();
        (field == "key"     ? files.keyFile
         : field == "chain" ? files.chainFile
                            : files.passwordFile) = file(wrong).toStdString();
        auto* welcome = wizard.welcomePage();
        welcome->setCredentialFiles(files);
        wizard.next();
        QCOMPARE(wizard.currentId(), static_cast<int>(ui::RescueWizard::Welcome));
        QCOMPARE(wizard.job(), quint64{0});
        QVERIFY(!welcome->errorText().isEmpty());
        const auto leaks = m.scan.findIn("wizard error", welcome->errorText().toStdString());
        QVERIFY2(leaks.empty(), leaks.empty() ? "" : leaks.front().c_str());
        // Nothing entered is lost.
        auto* key = wizard.findChild<QComboBox*>(QStringLiteral("wizardKey"));
        auto* chain = wizard.findChild<QComboBox*>(QStringLiteral("wizardChain"));
        auto* password = wizard.findChild<QComboBox*>(QStringLiteral("wizardPasswordFile"));
        QVERIFY(key && chain && password);
        QCOMPARE(key->currentText().toStdString(), files.keyFile);
        QCOMPARE(chain->currentText().toStdString(), files.chainFile);
        QCOMPARE(password->currentText().toStdString(), files.passwordFile);
    }

    // ---- option-byte import --------------------------------------------------------------

    void optionByteImportWrongFile_data() {
        QTest::addColumn<QString>("wrong");
        for (const char* wrong :
             {"PNG", "folder", "/dev/null", "/dev/zero", "missing", "1 MiB", "key", ".obk"})
            QTest::newRow(wrong) << wrong;
    }
    void optionByteImportWrongFile() {
        QFETCH(QString, wrong);
        ui::EngineBridge bridge{quietEngine()};
        ui::DevicePanel devices{bridge};
        ui::OptionBytePanel ob{bridge, devices};
        QVERIFY(waitForProbe(devices, QStringLiteral("lab:h563-open-healthy")));
        ob.readButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !ob.busy(); }, kJobTimeoutMs) && ob.hasTarget());
        ob.wrpMap()->cell(QStringLiteral("WRPSGn1"), 1)->click();
        QTRY_COMPARE(ob.diffModel()->rowCount(), 1);
        QVERIFY(!ob.importFrom(file(wrong)));
        QVERIFY2(!ob.messageText().isEmpty(), "no inline message");
        QCOMPARE(ob.diffModel()->rowCount(), 1);  // the pending change is kept
        const auto leaks = m.scan.findIn("ob message", ob.messageText().toStdString());
        QVERIFY2(leaks.empty(), leaks.empty() ? "" : leaks.front().c_str());
    }

    // ---- secrets -------------------------------------------------------------------------

    // A passphrase typed into the GUI: the QString is overwritten and the SecretBytes that
    // held it is wiped when released.
    void typedPassphraseIsWiped() {
        QString typed = QString::fromStdString(m.passphrase);
        const QChar* buffer = typed.constData();
        const qsizetype length = typed.size();
        auth::setSecretWipeObserver(&recordWipe);
        {
            auth::SecretBytes secret = ui::takeSecret(typed);
            QVERIFY(secret.equals(testsupport::SecretMaterial::view(m.passphrase)));
            QVERIFY(typed.isEmpty());
            // The characters themselves were overwritten, not just forgotten.
            QCOMPARE(std::count(buffer, buffer + length, QChar(0)), length);
        }
        auth::setSecretWipeObserver(nullptr);
        QCOMPARE(g_lastWiped.size(), m.passphrase.size());
        QCOMPARE(std::count(g_lastWiped.begin(), g_lastWiped.end(), 0),
                 static_cast<long>(m.passphrase.size()));
        // A shared buffer is not written (it is someone else's text).
        QString a = QString::fromStdString(m.passphrase);
        QString b = a;
        ui::wipe(a);
        QCOMPARE(b.toStdString(), m.passphrase);
    }

    // A key or password file others can read: one inline warning, the file still usable.
    void looseFilesGetOneWarning() {
        const fs::path loose = m.dir / "loose";
        fs::create_directories(loose);
        const fs::path key = loose / "key.pem", pw = loose / "pw.bin";
        fs::copy_file(m.leafKey, key, fs::copy_options::overwrite_existing);
        fs::copy_file(m.passwordFile, pw, fs::copy_options::overwrite_existing);
        fs::permissions(key, fs::perms(0644), fs::perm_options::replace);
        fs::permissions(pw, fs::perms(0640), fs::perm_options::replace);

        ui::EngineBridge bridge{quietEngine()};
        ui::DevicePanel devices{bridge};
        ui::DaPanel da{bridge, devices};
        ui::DaCredentialFiles files;
        files.method = ui::DaCredentialFiles::Method::Certificate;
        files.keyFile = key.string();
        files.chainFile = m.chain.string();
        da.setCredentialFiles(files);
        const QString warning = da.fileWarningText();
        QCOMPARE(warning.count(QStringLiteral("auth.key-permissions")), 1);
        QVERIFY(warning.contains(QString::fromStdString(key.string())) && warning.contains("chmod 600"));
        da.verifyButton()->click();  // still verified: a warning, not a refusal
        QVERIFY2(da.findingLines().filter(QRegularExpression("^error: ")).isEmpty(),
                 qPrintable(da.findingLines().join('\n')));
        files.method = ui::DaCredentialFiles::Method::Password;
        files.passwordFile = pw.string();
        da.setCredentialFiles(files);
        QCOMPARE(da.fileWarningText().count(QStringLiteral("auth.key-permissions")), 1);
        QVERIFY(da.fileWarningText().contains("its group"));
        fs::permissions(pw, fs::perms(0600), fs::perm_options::replace);
        files.passwordFile = m.passwordFile.string();  // private: no warning
        da.setCredentialFiles(files);
        QVERIFY(da.fileWarningText().isEmpty());
    }

    // The password route on the shipped H503 board (its known password, ST's sample): the log
    // the person sees and the log they export hold no form of it.
    void passwordRouteLeavesNoSecretInTheLog() {
        const fs::path passwordFile =
            fs::path(RESCUE_SOURCE_DIR) / "resources/credentials/h503/user_password.bin";
        testsupport::SecretScan scan;
        scan.addSecret("H503 password", testsupport::SecretMaterial::readAll(passwordFile));
        QVERIFY(!scan.findIn("planted", testsupport::SecretMaterial::readAll(passwordFile)).empty());
        ui::EngineBridge bridge{quietEngine()};
        ui::DevicePanel devices{bridge};
        ui::DaPanel da{bridge, devices};
        ui::LogModel model;
        QObject::connect(&bridge, &ui::EngineBridge::logLines, &model,
                         [&model](const ui::LogBatch& lines) { model.appendBatch(lines); });
        da.setConfirmer([](const QString&, const QString&) { return true; });
        const QString uri = QStringLiteral("lab:h503-closed-password");
        QVERIFY(waitForProbe(devices, uri));
        QCOMPARE(da.targetUri(), uri);
        ui::DaCredentialFiles files;
        files.method = ui::DaCredentialFiles::Method::Password;
        files.passwordFile = passwordFile.string();
        da.setCredentialFiles(files);
        da.discover();
        QVERIFY(QTest::qWaitFor([&] { return !da.busy(); }, kJobTimeoutMs));
        const int index = da.offeredPermissions().indexOf(QStringLiteral("full-regression"));
        QVERIFY2(index >= 0, qPrintable(da.offeredPermissions().join(", ")));
        da.permissionBox()->setCurrentIndex(index);
        da.authenticateButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !da.busy(); }, kJobTimeoutMs));
        QVERIFY2(da.resultState() == QLatin1String("open"), qPrintable(da.resultText()));
        model.announcePending();
        QTRY_VERIFY(model.rowCount() > 5);

        std::vector<int> rows(static_cast<std::size_t>(model.rowCount()));
        std::iota(rows.begin(), rows.end(), 0);
        QByteArray text, jsonLines;
        QBuffer textOut(&text), jsonOut(&jsonLines);
        QVERIFY(textOut.open(QIODevice::WriteOnly) && jsonOut.open(QIODevice::WriteOnly));
        QVERIFY(ui::writeLogAsText(model, rows, textOut));
        QVERIFY(ui::writeLogAsJsonLines(model, rows, jsonOut));
        QVERIFY(text.contains("DA"));
        QStringList leaks;
        for (const auto& [name, data] :
             {std::pair{"log (text)", text}, std::pair{"log (JSON lines)", jsonLines}})
            for (const auto& f : scan.findIn(name, data.toStdString()))
                leaks << QString::fromStdString(f);
        for (const auto& f : scan.findIn("result", da.resultText().toStdString()))
            leaks << QString::fromStdString(f);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }
};

QTEST_MAIN(TestUiBadFiles)
#include "test_ui_bad_files.moc"
