// The workbench as a person meets it, in a real X window (Xvfb in CTest): the main window on a
// lab board with its option bytes read, and every page of the stuck-board wizard through the
// first field report. Each view is saved as a PNG (the test run's artifacts, used in the user
// guide) and checked for what a person trips over: text cut off, text too faint to read, a
// window off the screen, a control with no accessible name or out of the keyboard's reach
// (look_checks.h). Once with the light palette and once with a dark one, so no colour is
// hard-coded for one of them; then in German (the longest texts) and Japanese (another script)
// with the light one, so no translation is cut off.
//
// Screenshots go to $RESCUE_SCREENSHOT_DIR, else <build>/screenshots.

#include <filesystem>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/sim/lab/lab_store.h"
#include "look_checks.h"
#include "ui/app_identity.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/option_byte_panel.h"
#include "ui/probe_list_model.h"
#include "ui/wizard/manual_reset_panel.h"
#include "ui/wizard/rescue_wizard.h"
#include "ui/wizard/steps_page.h"
#include "ui/wizard/welcome_page.h"

using namespace rescue;

namespace {

constexpr int kTimeoutMs = 120000;

QString shotDir() {
    QString dir = qEnvironmentVariable("RESCUE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(RESCUE_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// A dark palette as a dark desktop theme hands it to Qt.
QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Saves `w` as NAME-PALETTE.png and returns what a person would trip over in it.
QStringList lookAt(QWidget& w, const QString& name, const QString& palette) {
    QTest::qWait(200);  // let layouts and deferred updates settle, as an eye would
    const QString file = QDir(shotDir()).filePath(QStringLiteral("%1-%2.png").arg(name, palette));
    if (!w.grab().save(file))
        return {QStringLiteral("could not save %1").arg(file)};
    QStringList findings;
    for (const QString& f : ui::look::everything(*w.window())) {
        findings << name + QStringLiteral(": ") + f;
        qWarning("%s", qPrintable(findings.last()));  // every finding, not only the first lines
    }
    return findings;
}

bool waitForBoard(ui::DevicePanel& panel, const QString& uri) {
    return QTest::qWaitFor([&] { return panel.probes()->rowOfUri(uri) >= 0; }, kTimeoutMs);
}

}  // namespace

class TestGuiLook : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY2(!qgetenv("XDG_DATA_HOME").isEmpty(), "CTest sets XDG_DATA_HOME to a scratch folder");
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            qWarning("Running on '%s', not a real X server: the screenshots show Qt's own rendering only",
                     qPrintable(QGuiApplication::platformName()));
        m_lightPalette = QApplication::palette();
    }

    void init() {
        std::error_code ignored;
        std::filesystem::remove_all(sim::lab::LabStore::defaultDirectory(), ignored);
        QSettings(QString::fromLatin1(ui::kOrganisationName), QString::fromLatin1(ui::kApplicationName))
            .clear();
    }

    void cleanup() {
        QApplication::setPalette(m_lightPalette);
        ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void mainWindowAndOptionBytes_data() { palettes(); }
    void mainWindowAndOptionBytes() {
        QFETCH(QString, palette);
        QFETCH(QString, language);
        applyPalette(palette);
        QVERIFY(ui::installLanguage(*QCoreApplication::instance(), language));
        if (language != QLatin1String("en"))
            palette += QLatin1Char('-') + language;  // the screenshots' names
        ui::EngineBridge bridge{engine::EngineOptions{}};
        ui::MainWindow window(bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList findings = lookAt(window, QStringLiteral("main-window-empty"), palette);

        const QString board = QStringLiteral("lab:h563-open-healthy");
        ui::DevicePanel& devices = *window.devicePanel();
        QVERIFY(waitForBoard(devices, board));
        QVERIFY(devices.selectUri(board));
        devices.connectSelected();
        QVERIFY(QTest::qWaitFor([&] { return !devices.busy(); }, kTimeoutMs));
        QVERIFY(!devices.identityLines().isEmpty());

        ui::OptionBytePanel& ob = *window.optionBytePanel();
        window.optionByteDock()->raise();
        ob.read();
        QVERIFY(QTest::qWaitFor([&] { return !ob.busy() && ob.hasTarget(); }, kTimeoutMs));
        findings += lookAt(window, QStringLiteral("main-window"), palette);
        for (int tab = 0; tab < ob.tabs()->count(); ++tab) {
            ob.tabs()->setCurrentIndex(tab);
            findings +=
                lookAt(*window.optionByteDock(), QStringLiteral("option-bytes-tab%1").arg(tab), palette);
        }
        // The Debug Authentication dock shares the right-hand area with the option bytes.
        window.daDock()->raise();
        findings += lookAt(*window.daDock(), QStringLiteral("debug-authentication"), palette);
        QVERIFY2(findings.isEmpty(),
                 qPrintable(QStringLiteral("%1 findings, listed above").arg(findings.size())));
    }

    // The first field report in the wizard, the person holding the lab board's RESET button.
    void wizardPages_data() { palettes(); }
    void wizardPages() {
        QFETCH(QString, palette);
        QFETCH(QString, language);
        applyPalette(palette);
        QVERIFY(ui::installLanguage(*QCoreApplication::instance(), language));
        if (language != QLatin1String("en"))
            palette += QLatin1Char('-') + language;  // the screenshots' names
        ui::EngineBridge bridge{engine::EngineOptions{}};
        ui::MainWindow window(bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString board = QStringLiteral("lab:h7s78-closed-nrst-unwired");
        QVERIFY(waitForBoard(*window.devicePanel(), board));
        QVERIFY(window.devicePanel()->selectUri(board));
        ui::RescueWizard* wizard = window.openWizard(board);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));

        ui::DaCredentialFiles files;
        files.method = ui::DaCredentialFiles::Method::Certificate;
        // A copy others can read, so the welcome page shows its permissions warning whatever
        // mode the checkout gave the shipped key (a clean clone gives 0644, a hand-tidied one 0600).
        QTemporaryDir keyDir;
        QVERIFY(keyDir.isValid());
        const std::filesystem::path key = keyDir.filePath(QStringLiteral("key_3_leaf.pem")).toStdString();
        std::filesystem::copy_file(RESCUE_SOURCE_DIR "/resources/credentials/h7rs/Keys/key_3_leaf.pem", key);
        std::filesystem::permissions(key, std::filesystem::perms(0644),
                                     std::filesystem::perm_options::replace);
        files.keyFile = key.string();
        files.chainFile = RESCUE_SOURCE_DIR "/resources/credentials/h7rs/Certificates/cert_leaf_chain.b64";
        wizard->welcomePage()->setCredentialFiles(files);
        const auto* fileWarning = wizard->findChild<QLabel*>(QStringLiteral("wizardFileWarning"));
        QVERIFY(fileWarning);
        QVERIFY(QTest::qWaitFor([&] { return fileWarning->isVisible(); }, kTimeoutMs));
        QStringList findings = lookAt(*wizard, QStringLiteral("wizard-1-welcome"), palette);

        const QList<std::pair<int, QString>> pages{
            {ui::RescueWizard::Checks, QStringLiteral("wizard-2-checks")},
            {ui::RescueWizard::VerdictPage, QStringLiteral("wizard-3-verdict")},
            {ui::RescueWizard::Plan, QStringLiteral("wizard-4-plan")}};
        for (const auto& [id, name] : pages) {
            QVERIFY(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, kTimeoutMs));
            wizard->next();
            QCOMPARE(wizard->currentId(), id);
            QVERIFY(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, kTimeoutMs));
            findings += lookAt(*wizard, name, palette);
        }
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::RescueWizard::Steps));

        // The questions, answered as a person at the lab board answers them.
        ui::WizardStepsPage* steps = wizard->stepsPage();
        QPushButton* lab = steps->manualReset()->labButton();
        int shots = 0;
        QDeadlineTimer deadline(kTimeoutMs);
        while (!wizard->ended() && !deadline.hasExpired()) {
            QTest::qWait(20);
            const auto prompt = steps->currentPrompt();
            if (!prompt)
                continue;
            const QString kind = QString::fromStdString(prompt->kind);
            const QString stage = steps->manualReset()->stage();
            const QString name = QStringLiteral("wizard-5-steps-%1-%2").arg(++shots).arg(kind);
            findings += lookAt(*wizard, stage.isEmpty() ? name : name + QLatin1Char('-') + stage, palette);
            if (kind == QLatin1String("confirm"))
                QTest::mouseClick(steps->confirmButton(), Qt::LeftButton);
            else if (kind == QLatin1String("manual-reset") && stage == QLatin1String("press"))
                QTest::mousePress(lab, Qt::LeftButton);
            else if (kind == QLatin1String("manual-reset") && stage == QLatin1String("release"))
                QTest::mouseRelease(lab, Qt::LeftButton);
            else
                QFAIL(qPrintable(QStringLiteral("unexpected prompt %1").arg(kind)));
            const auto id = prompt->id;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return !steps->currentPrompt() || steps->currentPrompt()->id != id || wizard->ended();
                },
                kTimeoutMs));
        }
        QVERIFY(wizard->ended());
        findings += lookAt(*wizard, QStringLiteral("wizard-5-steps-done"), palette);
        QVERIFY(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, kTimeoutMs));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::RescueWizard::Result));
        findings += lookAt(*wizard, QStringLiteral("wizard-6-result"), palette);
        wizard->close();
        QVERIFY2(findings.isEmpty(),
                 qPrintable(QStringLiteral("%1 findings, listed above").arg(findings.size())));
    }

private:
    static void palettes() {
        QTest::addColumn<QString>("palette");
        QTest::addColumn<QString>("language");
        QTest::newRow("light") << QStringLiteral("light") << QStringLiteral("en");
        QTest::newRow("dark") << QStringLiteral("dark") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("light") << QStringLiteral("de");
        QTest::newRow("Japanese") << QStringLiteral("light") << QStringLiteral("ja");
    }

    void applyPalette(const QString& name) {
        QApplication::setPalette(name.startsWith(QLatin1String("dark")) ? darkPalette() : m_lightPalette);
    }

    QPalette m_lightPalette;
};

QTEST_MAIN(TestGuiLook)
#include "test_gui_look.moc"
