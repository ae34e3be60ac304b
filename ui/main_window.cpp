#include "ui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include "core/common/version.h"
#include "core/probe/record/recording_sink.h"
#include "core/probe/record/replay_source.h"
#include "ui/app_identity.h"
#include "ui/da_panel.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/engine_status_widget.h"
#include "ui/error_text.h"
#include "ui/icon_resources.h"
#include "ui/language.h"
#include "ui/log_model.h"
#include "ui/log_view.h"
#include "ui/option_byte_panel.h"
#include "ui/probe_jobs.h"
#include "ui/probe_list_model.h"
#include "ui/start_page.h"
#include "ui/wizard/rescue_wizard.h"
#include "ui/wizard/welcome_page.h"

namespace rescue::ui {

namespace {
// Bumped when the docks change so an old layout is not applied to a new set of docks.
constexpr int kWindowStateVersion = 2;
const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";
const char kLogViewKey[] = "mainWindow/logView";
}  // namespace

MainWindow::MainWindow(EngineBridge& bridge, QWidget* parent)
    : QMainWindow(parent), m_bridge(bridge), m_logModel(new LogModel(this)) {
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rescue Workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rescue-workbench.svg")));
    setDockNestingEnabled(true);
    setCentralWidget(new StartPage(this));

    m_logModel->setNotifyInterval(LogModel::kLiveNotifyInterval);
    connect(&m_bridge, &EngineBridge::logLines, m_logModel, &LogModel::appendBatch);

    buildDocks();
    buildActions();

    m_engineStatus = new EngineStatusWidget(m_bridge, this);
    m_targetStatus = new QLabel(this);
    m_targetStatus->setObjectName(QStringLiteral("targetStatus"));
    auto showTarget = [this](const QString& summary) {
        m_targetStatus->setText(tr("Target: %1").arg(summary));
    };
    showTarget(m_devicePanel->targetSummary());
    connect(m_devicePanel, &DevicePanel::targetChanged, this, showTarget);
    m_recordingStatus = new QLabel(this);
    m_recordingStatus->setObjectName(QStringLiteral("recordingStatus"));
    m_recordingStatus->hide();
    statusBar()->addPermanentWidget(m_recordingStatus);
    statusBar()->addPermanentWidget(m_targetStatus);
    statusBar()->addPermanentWidget(m_engineStatus);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    resize(defaultSize());
    restoreSettings();
}

MainWindow::~MainWindow() = default;

// 1280x800 where the screen has room; on a smaller one (a 1366x768 laptop, a 800x800 virtual
// screen) the window takes the screen's free area less room for the window frame, so no part
// of it starts off the screen.
QSize MainWindow::defaultSize() const {
    const QSize preferred(1280, 800);
    const QScreen* s = screen();
    if (!s)
        return preferred;
    const QSize frame(16, 48);  // a title bar and borders, which the window's geometry leaves out
    return preferred.boundedTo(s->availableGeometry().size() - frame).expandedTo(minimumSizeHint());
}

std::optional<Error> MainWindow::startRecording(const QString& path) {
    // The sink reports a failed write from a worker thread; the status bar says it once.
    QPointer<QLabel> status = m_recordingStatus;
    auto sink = probe::record::RecordingSink::create(path.toStdString(), [status](const Error& e) {
        QMetaObject::invokeMethod(
            status,
            [status, e] { status->setText(MainWindow::tr("Recording stopped: %1").arg(shownErrorText(e))); },
            Qt::QueuedConnection);
    });
    if (!sink) {
        m_recordAction->setChecked(false);
        return sink.error();
    }
    m_devicePanel->workspace()->setRecording(std::move(*sink));
    m_recordAction->setChecked(true);
    m_recordingStatus->setText(tr("● Recording to %1").arg(QFileInfo(path).fileName()));
    m_recordingStatus->setToolTip(path);
    m_recordingStatus->show();
    return std::nullopt;
}

void MainWindow::stopRecording() {
    m_devicePanel->workspace()->setRecording(nullptr);
    m_recordAction->setChecked(false);
    m_recordingStatus->hide();
}

std::optional<Error> MainWindow::openRecording(const QString& path) {
    auto info = probe::record::replayProbeInfo(path.toStdString());
    if (!info)
        return info.error();
    m_devicePanel->workspace()->addRecording(path.toStdString());
    const QString uri = QString::fromStdString(info->uri);
    auto* once = new QObject(this);
    connect(m_devicePanel, &DevicePanel::scanFinished, once, [this, uri, once] {
        m_devicePanel->selectUri(uri);
        once->deleteLater();
    });
    m_devicePanel->rescan();
    return std::nullopt;
}

void MainWindow::buildDocks() {
    m_devicePanel = new DevicePanel(m_bridge, this);
    m_deviceDock = new QDockWidget(tr("Devices"), this);
    m_deviceDock->setObjectName(QStringLiteral("devicesDock"));
    m_deviceDock->setWidget(m_devicePanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_deviceDock);

    m_optionBytePanel = new OptionBytePanel(m_bridge, *m_devicePanel, this);
    m_optionByteDock = new QDockWidget(tr("Option bytes"), this);
    m_optionByteDock->setObjectName(QStringLiteral("optionBytesDock"));
    m_optionByteDock->setWidget(m_optionBytePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_optionByteDock);

    // Debug Authentication targets the probe selected in the device panel and runs in its
    // engine session; it shares the right-hand area with the option bytes, as a tab.
    m_daPanel = new DaPanel(m_bridge, *m_devicePanel, this);
    m_daDock = new QDockWidget(tr("Debug Authentication"), this);
    m_daDock->setObjectName(QStringLiteral("daDock"));
    m_daDock->setWidget(m_daPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_daDock);
    tabifyDockWidget(m_optionByteDock, m_daDock);
    m_optionByteDock->raise();

    m_logView = new LogView(m_logModel, this);
    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    // The device dock keeps the full height on the left: its identification is what a person
    // reads after connecting, and the log is wide enough under the rest.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    // The option bytes get the room their sector map and button rows need (in German too);
    // the start page in the middle is short text that wraps.
    resizeDocks({m_deviceDock, m_optionByteDock}, {370, 630}, Qt::Horizontal);
    resizeDocks({m_logDock}, {380}, Qt::Vertical);
}

void MainWindow::buildActions() {
    m_wizardAction =
        new QAction(QIcon(QStringLiteral(":/icons/wizard.svg")), tr("Recover a stuck &board…"), this);
    m_wizardAction->setObjectName(QStringLiteral("wizardAction"));
    connect(m_wizardAction, &QAction::triggered, this, [this] { openWizard(); });
    connect(m_devicePanel, &DevicePanel::selectionChanged, this, &MainWindow::updateWizardAction);
    connect(m_devicePanel, &DevicePanel::recoverRequested, this,
            [this](const QString& uri) { openWizard(uri); });
    updateWizardAction();

    m_daAction = new QAction(QIcon(QStringLiteral(":/icons/key.svg")), tr("&Debug Authentication…"), this);
    m_daAction->setObjectName(QStringLiteral("daAction"));
    m_daAction->setToolTip(tr("Discover, authenticate and regress the board behind the selected probe."));
    connect(m_daAction, &QAction::triggered, this, [this] {
        m_daDock->show();
        m_daDock->raise();
    });

    auto* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_wizardAction);
    toolBar->addAction(m_daAction);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_recordAction = new QAction(tr("&Record session…"), this);
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setCheckable(true);
    m_recordAction->setToolTip(
        tr("Record every probe call to a file (passwords redacted), to replay it later"));
    connect(m_recordAction, &QAction::triggered, this, [this](bool on) {
        if (!on) {
            stopRecording();
            return;
        }
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Record session to"), QStringLiteral("session.jsonl"),
                                         tr("Probe recordings (*.jsonl);;All files (*)"));
        if (path.isEmpty()) {
            m_recordAction->setChecked(false);
            return;
        }
        if (auto e = startRecording(path))
            QMessageBox::warning(this, tr("Record session"), shownErrorText(*e));
    });
    auto* openRecordingAction = new QAction(tr("&Open recording…"), this);
    openRecordingAction->setObjectName(QStringLiteral("openRecordingAction"));
    connect(openRecordingAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open recording"), {},
                                                          tr("Probe recordings (*.jsonl);;All files (*)"));
        if (path.isEmpty())
            return;
        if (auto e = openRecording(path))
            QMessageBox::warning(this, tr("Open recording"), shownErrorText(*e));
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_recordAction);
    file->addAction(openRecordingAction);
    file->addSeparator();
    file->addAction(tr("Export log as &text…"), m_logView,
                    [this] { m_logView->exportWithDialog(LogView::ExportFormat::Text); });
    file->addAction(tr("Export log as &JSON lines…"), m_logView,
                    [this] { m_logView->exportWithDialog(LogView::ExportFormat::JsonLines); });
    file->addSeparator();
    file->addAction(quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_deviceDock->toggleViewAction());
    view->addAction(m_logDock->toggleViewAction());
    view->addAction(m_optionByteDock->toggleViewAction());
    view->addAction(m_daDock->toggleViewAction());
    view->addSeparator();
    view->addAction(toolBar->toggleViewAction());
    view->addSeparator();
    view->addMenu(createLanguageMenu());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_wizardAction);
    tools->addAction(m_daAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rescue Workbench"), this, &MainWindow::showAbout);
}

// The choice is saved and takes effect at the next start: the widgets build their texts once.
QMenu* MainWindow::createLanguageMenu() {
    auto* menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString saved = savedLanguageChoice();
    auto add = [&](const QString& code, const QString& text) {
        QAction* action = menu->addAction(text);
        action->setObjectName(
            QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            saveLanguageChoice(code);
            const QString chosen = resolveLanguage({}, code, QLocale::system().uiLanguages());
            if (chosen != currentLanguage())
                statusBar()->showMessage(tr("The language changes when Rescue Workbench starts again."),
                                         10000);
        });
    };
    add(QString(), tr("System language"));
    menu->addSeparator();
    for (const UiLanguage& language : availableLanguages())
        add(language.code, language.nativeName);
    return menu;
}

void MainWindow::showAbout() {
    const auto version = rescue::version();
    QMessageBox::about(this, tr("About Rescue Workbench"),
                       tr("<h3>Rescue Workbench %1</h3>"
                          "<p>Recovers STM32H5 and STM32H7RS boards stuck after Debug Authentication "
                          "provisioning or a product-state change.</p>")
                           .arg(QString::fromUtf8(version.data(), static_cast<qsizetype>(version.size()))));
}

void MainWindow::updateWizardAction() {
    // The wizard diagnoses the board behind one probe: nothing to do before one is chosen.
    const bool selected = !m_devicePanel->selectedUri().isEmpty();
    m_wizardAction->setEnabled(selected);
    const QString tip =
        selected ? tr("Diagnose the board behind the selected probe and walk through its recovery.")
                 : tr("The recovery wizard needs a probe: select one in the device panel (a USB "
                      "ST-LINK, a server or a lab board).");
    m_wizardAction->setToolTip(tip);
    m_wizardAction->setStatusTip(tip);
}

RescueWizard* MainWindow::openWizard(const QString& uri) {
    auto* wizard = new RescueWizard(m_bridge, *m_devicePanel, m_daPanel, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!uri.isEmpty())
        wizard->welcomePage()->selectProbe(uri);
    wizard->show();
    return wizard;
}

void MainWindow::saveSettings() const {
    QSettings settings(QString::fromLatin1(kOrganisationName), QString::fromLatin1(kApplicationName));
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kWindowStateVersion));
    settings.setValue(kLogViewKey, m_logView->saveState());
}

bool MainWindow::restoreSettings() {
    QSettings settings(QString::fromLatin1(kOrganisationName), QString::fromLatin1(kApplicationName));
    bool restored = false;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restored = restoreGeometry(geometry);
    if (const QByteArray state = settings.value(kStateKey).toByteArray(); !state.isEmpty())
        restored = restoreState(state, kWindowStateVersion) && restored;
    if (const QByteArray logView = settings.value(kLogViewKey).toByteArray(); !logView.isEmpty())
        restored = m_logView->restoreState(logView) && restored;
    return restored;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

}  // namespace rescue::ui
