// The DA panel against the virtual lab, as a person uses it: choose credentials, Verify them
// offline, Discover the chip behind the probe selected in the device panel, pick a permission
// from what it offers, Authenticate (an erasing permission confirmed first, in one reset), and
// read the result: Open reached, or the failing step with its sentence. Lab boards run in real
// time here (SteadyClock), as in the workbench; each test starts from the scenarios.

#include <filesystem>

#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "core/sim/lab/lab_store.h"
#include "ui/app_identity.h"
#include "ui/da_panel.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/probe_list_model.h"
#include "ui/recent_files.h"
#include "workbench_test_support.h"

using namespace rescue;
using testsupport::quietEngine;

namespace {

constexpr int kListTimeoutMs = 30000;
constexpr int kSessionTimeoutMs = 60000;

const QString kCreds = QStringLiteral(RESCUE_SOURCE_DIR "/resources/credentials/");

ui::DaCredentialFiles h5Certificates() {
    ui::DaCredentialFiles files;
    files.method = ui::DaCredentialFiles::Method::Certificate;
    files.keyFile = (kCreds + "h5/Keys/key_3_leaf.pem").toStdString();
    files.chainFile = (kCreds + "h5/Certificates/cert_leaf_chain.b64").toStdString();
    return files;
}

ui::DaCredentialFiles h503Password() {
    ui::DaCredentialFiles files;
    files.method = ui::DaCredentialFiles::Method::Password;
    files.passwordFile = (kCreds + "h503/da_password.bin").toStdString();
    return files;
}

// The workbench's pieces for one board: the device panel (its probe list, session and
// workspace) and the DA panel on top, with the board selected.
struct Bench {
    ui::EngineBridge bridge{quietEngine()};
    ui::DevicePanel devices{bridge};
    ui::DaPanel da{bridge, devices};
    QStringList confirmations;
    bool answer = true;
    ui::LogBatch log;

    Bench() {
        da.setConfirmer([this](const QString&, const QString& text) {
            confirmations << text;
            return answer;
        });
        QObject::connect(&bridge, &ui::EngineBridge::logLines, &da, [this](const ui::LogBatch& lines) {
            log.insert(log.end(), lines.begin(), lines.end());
        });
    }

    bool select(const QString& uri) {
        if (!QTest::qWaitFor([&] { return devices.probes()->rowOfUri(uri) >= 0; }, kListTimeoutMs))
            return false;
        return devices.selectUri(uri) && da.targetUri() == uri;
    }

    // Discover and wait for the session to end; returns the result state.
    QString discover() {
        da.discover();
        if (!QTest::qWaitFor([&] { return !da.busy(); }, kSessionTimeoutMs))
            return QStringLiteral("timeout");
        return da.resultState();
    }

    bool choose(const QString& permissionId) {
        const int index = da.offeredPermissions().indexOf(permissionId);
        if (index < 0)
            return false;
        da.permissionBox()->setCurrentIndex(index);
        return true;
    }

    QString logText() const {
        QString text;
        for (const auto& event : log)
            if (const auto* line = std::get_if<engine::LogLine>(&event.payload))
                text += QString::fromStdString(line->text) + QLatin1Char(' ') +
                        QString::fromStdString(line->fields.dump()) + QLatin1Char('\n');
        return text;
    }
};

QString context(const ui::DaPanel& da) {
    return QStringLiteral("result [%1]: %2\nsteps:\n%3")
        .arg(da.resultState(), da.resultText(), da.stepLines().join(QLatin1Char('\n')));
}

}  // namespace

class TestDaPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        const QByteArray data = qgetenv("XDG_DATA_HOME");
        QVERIFY2(!data.isEmpty(), "CTest sets XDG_DATA_HOME to a scratch folder");
        const std::filesystem::path store = sim::lab::LabStore::defaultDirectory();
        QVERIFY2(QString::fromStdString(store.string()).startsWith(QString::fromLocal8Bit(data)),
                 store.c_str());
        QVERIFY2(!qgetenv("XDG_CONFIG_HOME").isEmpty(), "CTest sets XDG_CONFIG_HOME to a scratch folder");
    }

    // Every board starts from its scenario (what `rescue lab reset` does), with no recent files.
    void init() {
        std::error_code ignored;
        std::filesystem::remove_all(sim::lab::LabStore::defaultDirectory(), ignored);
        QSettings(QString::fromLatin1(ui::kOrganisationName), QString::fromLatin1(ui::kApplicationName))
            .clear();
    }

    void verifiesCredentialsOffline_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<bool>("errors");
        QTest::newRow("ST-style H5 set") << "h5/Keys/key_3_leaf.pem"
                                         << "h5/Certificates/cert_leaf_chain.b64" << false;
        QTest::newRow("key of another set") << "h7rs/Keys/key_3_leaf.pem"
                                            << "h5/Certificates/cert_leaf_chain.b64" << true;
    }
    void verifiesCredentialsOffline() {
        QFETCH(QString, key);
        QFETCH(QString, chain);
        QFETCH(bool, errors);
        Bench bench;
        ui::DaCredentialFiles files;
        files.keyFile = (kCreds + key).toStdString();
        files.chainFile = (kCreds + chain).toStdString();
        bench.da.setCredentialFiles(files);
        QVERIFY(bench.da.verifyButton()->isEnabled());
        bench.da.verifyButton()->click();
        const QStringList findings = bench.da.findingLines();
        QVERIFY(!findings.isEmpty());
        const bool hasError = !findings.filter(QRegularExpression(QStringLiteral("^error: "))).isEmpty();
        QVERIFY2(hasError == errors, qPrintable(findings.join(QLatin1Char('\n'))));

        // Files that were read are offered again next time, newest first.
        ui::DaPanel again(bench.bridge, bench.devices);
        auto* keyBox = again.findChild<QComboBox*>(QStringLiteral("daKeyFile"));
        QVERIFY(keyBox);
        QCOMPARE(keyBox->itemText(0), QFileInfo(kCreds + key).absoluteFilePath());
        QCOMPARE(keyBox->currentText(), QFileInfo(kCreds + key).absoluteFilePath());
    }

    // An encrypted PKCS#8 key (as `openssl pkcs8 -topk8 -v2 aes-256-cbc` writes it): the
    // passphrase is asked once, a wrong or declined one is said, and the key then opens a board.
    void encryptedKeyAsksForItsPassphrase() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString encrypted = dir.filePath(QStringLiteral("key_3_leaf_enc.pem"));
        const QString passphrase = QStringLiteral("correct horse 42");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {"pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", kCreds + "h5/Keys/key_3_leaf.pem",
                       "-out", encrypted, "-passout", "pass:" + passphrase});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl is not available to encrypt a key");

        Bench bench;
        QStringList asked;
        std::optional<QString> answer = QStringLiteral("wrong");
        bench.da.setPassphrasePrompt([&](const QString& name) {
            asked << name;
            return answer;
        });
        ui::DaCredentialFiles files = h5Certificates();
        files.keyFile = encrypted.toStdString();
        bench.da.setCredentialFiles(files);

        bench.da.verifyButton()->click();
        QCOMPARE(asked, QStringList{QStringLiteral("key_3_leaf_enc.pem")});
        QVERIFY2(bench.da.findingLines().join('\n').contains(QLatin1String("passphrase")),
                 qPrintable(bench.da.findingLines().join('\n')));
        answer.reset();  // declined
        bench.da.verifyButton()->click();
        QVERIFY(bench.da.findingLines().first().startsWith(QLatin1String("error: ")));
        answer = passphrase;
        bench.da.verifyButton()->click();
        QVERIFY2(bench.da.findingLines().filter(QRegularExpression(QStringLiteral("^error: "))).isEmpty(),
                 qPrintable(bench.da.findingLines().join('\n')));

        QVERIFY(bench.select(QStringLiteral("lab:h563-closed-da")));
        QCOMPARE(bench.discover(), QStringLiteral("discovered"));
        QVERIFY(bench.choose(QStringLiteral("full-regression")));
        asked.clear();
        bench.da.authenticateButton()->click();
        QCOMPARE(asked.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!bench.da.busy(), kSessionTimeoutMs);
        QVERIFY2(bench.da.resultState() == QLatin1String("open"), qPrintable(context(bench.da)));
        // The passphrase is nowhere in the log.
        QVERIFY(!bench.logText().contains(passphrase));
    }

    void discoveryShowsWhatTheChipOffers() {
        Bench bench;
        QVERIFY(bench.select(QStringLiteral("lab:h563-closed-da")));
        QVERIFY(!bench.da.authenticateButton()->isEnabled());  // nothing offered yet
        QCOMPARE(bench.discover(), QStringLiteral("discovered"));
        const QStringList lines = bench.da.discoveryLines();
        QVERIFY2(lines.contains(QStringLiteral("PSA lifecycle: ST_LIFECYCLE_CLOSED")),
                 qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains(QStringLiteral("permission if authorized: Full Regression")),
                 qPrintable(lines.join('\n')));
        const QStringList offered = bench.da.offeredPermissions();
        QVERIFY2(offered.size() == 8 && offered.first() == QLatin1String("full-regression") &&
                     offered.contains(QStringLiteral("debug-ns-l1")),
                 qPrintable(offered.join(',')));
        QVERIFY(bench.da.authenticateButton()->isEnabled());
        QVERIFY2(
            bench.da.stepLines().filter(QStringLiteral("done Waiting for the chip's answer")).size() == 1,
            qPrintable(context(bench.da)));
        QVERIFY(bench.confirmations.isEmpty());
    }

    void decliningTheErasureSendsNothing() {
        Bench bench;
        bench.answer = false;
        QVERIFY(bench.select(QStringLiteral("lab:h563-closed-da")));
        QCOMPARE(bench.discover(), QStringLiteral("discovered"));
        bench.da.setCredentialFiles(h5Certificates());
        QVERIFY(bench.choose(QStringLiteral("full-regression")));
        const QStringList stepsBefore = bench.da.stepLines();
        bench.da.authenticateButton()->click();
        QCOMPARE(bench.da.resultState(), QStringLiteral("cancelled"));
        QVERIFY(!bench.da.busy());
        QCOMPARE(bench.confirmations.size(), 1);
        // The dialog names the consequence and the board.
        const QString asked = bench.confirmations.first();
        QVERIFY2(asked.contains(QLatin1String("erases the whole user flash")) &&
                     asked.contains(QLatin1String("lab:h563-closed-da")) &&
                     asked.contains(QLatin1String("cannot be undone")),
                 qPrintable(asked));
        QVERIFY2(bench.da.resultText().contains(QLatin1String("nothing was sent")),
                 qPrintable(context(bench.da)));
        QCOMPARE(bench.da.stepLines(), stepsBefore);  // no session ran

        // The board is still Closed.
        QCOMPARE(bench.discover(), QStringLiteral("discovered"));
        QVERIFY(bench.da.discoveryLines().contains(QStringLiteral("PSA lifecycle: ST_LIFECYCLE_CLOSED")));
    }

    void authenticationReachesOpen_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<bool>("password");
        QTest::newRow("certificates, h563") << "lab:h563-closed-da" << false;
        QTest::newRow("password, h503") << "lab:h503-closed-password" << true;
    }
    void authenticationReachesOpen() {
        QFETCH(QString, board);
        QFETCH(bool, password);
        Bench bench;
        QVERIFY(bench.select(board));
        QCOMPARE(bench.discover(), QStringLiteral("discovered"));
        bench.da.setCredentialFiles(password ? h503Password() : h5Certificates());
        QVERIFY(bench.choose(QStringLiteral("full-regression")));
        QElapsedTimer timer;
        timer.start();
        bench.da.authenticateButton()->click();
        QCOMPARE(bench.confirmations.size(), 1);
        QVERIFY(bench.da.busy());
        QVERIFY(!bench.da.authenticateButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!bench.da.busy(), kSessionTimeoutMs);
        QVERIFY2(bench.da.resultState() == QLatin1String("open"), qPrintable(context(bench.da)));
        QVERIFY2(bench.da.resultText().contains(QLatin1String("Open reached")),
                 qPrintable(context(bench.da)));
        QVERIFY2(bench.da.resultText().contains(QString::fromUtf8("→ open")), qPrintable(context(bench.da)));
        // One reset: the opening happened once, and the steps went through to the state read.
        const QStringList steps = bench.da.stepLines();
        QCOMPARE(steps.filter(QStringLiteral("Waiting for the chip's answer")).size(), 1);
        QVERIFY2(
            !steps.filter(QRegularExpression(QStringLiteral("^done Reading the chip's state"))).isEmpty(),
            qPrintable(steps.join('\n')));
        QVERIFY2(steps.filter(QRegularExpression(QStringLiteral("^(failed|running)"))).isEmpty(),
                 qPrintable(steps.join('\n')));
        qInfo("%s: Closed -> Open in %lld ms of real time", qPrintable(board), timer.elapsed());
        // Secrets stay out of the log.
        const QString log = bench.logText();
        QVERIFY(!log.isEmpty());
        QVERIFY(!log.contains(QLatin1String("lab-demo-h503-pw")));
        QVERIFY(!log.contains(QLatin1String("PRIVATE KEY")));
        // The device panel reads the board again and finds it open.
        QTRY_VERIFY_WITH_TIMEOUT(bench.devices.targetSummary().startsWith(QLatin1String("connected")),
                                 kSessionTimeoutMs);
    }

    void wrongKeyNamesTheFailingStep() {
        Bench bench;
        QVERIFY(bench.select(QStringLiteral("lab:h563-closed-da")));
        QCOMPARE(bench.discover(), QStringLiteral("discovered"));
        ui::DaCredentialFiles files = h5Certificates();
        files.keyFile = (kCreds + "h7rs/Keys/key_3_leaf.pem").toStdString();
        bench.da.setCredentialFiles(files);
        QVERIFY(bench.choose(QStringLiteral("full-regression")));
        bench.da.authenticateButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!bench.da.busy(), kSessionTimeoutMs);
        QVERIFY2(bench.da.resultState() == QLatin1String("failed"), qPrintable(context(bench.da)));
        const QString result = bench.da.resultText();
        QVERIFY2(result.startsWith(QLatin1String("Failed at: Checking the credentials.")),
                 qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("Wrong key")), qPrintable(result));
        QVERIFY2(!bench.da.stepLines().filter(QRegularExpression(QStringLiteral("^failed "))).isEmpty(),
                 qPrintable(context(bench.da)));
        // The chip kept its state: still Closed.
        QCOMPARE(bench.discover(), QStringLiteral("discovered"));
        QVERIFY(bench.da.discoveryLines().contains(QStringLiteral("PSA lifecycle: ST_LIFECYCLE_CLOSED")));
    }

    void unwiredNrstIsSaidPromptly() {
        Bench bench;
        QVERIFY(bench.select(QStringLiteral("lab:h7s78-closed-nrst-unwired")));
        QElapsedTimer timer;
        timer.start();
        bench.da.discoverButton()->click();
        QVERIFY(bench.da.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!bench.da.busy(), 15000);
        QVERIFY2(timer.elapsed() < 15000, "no hang");
        QVERIFY2(bench.da.resultState() == QLatin1String("failed"), qPrintable(context(bench.da)));
        QVERIFY2(bench.da.resultText().contains(QLatin1String("NRST not effective")),
                 qPrintable(context(bench.da)));
        QVERIFY(bench.da.offeredPermissions().isEmpty());
        QVERIFY(!bench.da.authenticateButton()->isEnabled());
    }

    // For a person to look at: the workbench after a regression, saved when
    // RESCUE_DA_SCREENSHOT names a .png (run under xvfb-run with QT_QPA_PLATFORM=xcb).
    void screenshotAfterRegression() {
        const QString path = qEnvironmentVariable("RESCUE_DA_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("RESCUE_DA_SCREENSHOT is not set");
        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        window.resize(1400, 900);
        window.show();
        ui::DaPanel& da = *window.daPanel();
        da.setConfirmer([](const QString&, const QString&) { return true; });
        window.daAction()->trigger();
        const QString uri = QStringLiteral("lab:h563-closed-da");
        QTRY_VERIFY_WITH_TIMEOUT(window.devicePanel()->probes()->rowOfUri(uri) >= 0, kListTimeoutMs);
        QVERIFY(window.devicePanel()->selectUri(uri));
        da.discover();
        QTRY_VERIFY_WITH_TIMEOUT(da.resultState() == QLatin1String("discovered"), kSessionTimeoutMs);
        da.setCredentialFiles(h5Certificates());
        da.verifyButton()->click();
        da.permissionBox()->setCurrentIndex(0);
        da.authenticate();
        QTRY_VERIFY_WITH_TIMEOUT(da.resultState() == QLatin1String("open"), kSessionTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!window.devicePanel()->busy(), kSessionTimeoutMs);
        QTest::qWait(300);
        auto* content = da.findChild<QScrollArea*>(QStringLiteral("daScroll"))->widget();
        // Nothing is clipped: the panel's content fits the dock it opens in.
        QVERIFY2(content->minimumSizeHint().width() <= window.daDock()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(content->minimumSizeHint().width())
                                .arg(window.daDock()->width())));
        QVERIFY(window.grab().save(path));
        QVERIFY(da.grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-panel.png"))));
    }
};

QTEST_MAIN(TestDaPanel)
#include "test_da_panel.moc"
