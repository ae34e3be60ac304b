#include "ui/device_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include "core/probe/stlink/stlink_protocol.h"
#include "core/transport/usb_watcher.h"
#include "ui/app_identity.h"
#include "ui/core_text.h"
#include "ui/engine_bridge.h"
#include "ui/error_text.h"
#include "ui/probe_list_model.h"
#include "ui/verdict_styles.h"

namespace rescue::ui {
namespace {

const char kServersKey[] = "devices/stlinkServers";
// A plugged probe announces itself in several USB events; one scan after they settle.
constexpr int kRescanDelayMs = 300;

bool validServerAddress(const QString& address) {
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const int port = address.mid(colon + 1).toInt(&ok);
    const QString host = address.left(colon);
    return ok && port > 0 && port < 65536 && !host.contains(QLatin1Char(' ')) &&
           !host.contains(QLatin1Char('/'));
}

QString errorToolTip(const Error& error) {
    return qs(error.describe());
}

}  // namespace

DevicePanel::DevicePanel(EngineBridge& bridge, QWidget* parent, ProbeWorkspace::RegistryFactory factory)
    : QWidget(parent),
      m_bridge(bridge),
      m_workspace(std::make_shared<ProbeWorkspace>(std::move(factory))),
      m_probes(new ProbeListModel(this)) {
    buildUi();
    loadServers();

    m_session = m_bridge.openSession(QStringLiteral("probes"));
    connect(&m_bridge, &EngineBridge::jobEnded, this, &DevicePanel::onJobEnded);
    connect(&m_bridge, &EngineBridge::progressChanged, this, &DevicePanel::onProgress);

    m_rescanSoon = new QTimer(this);
    m_rescanSoon->setSingleShot(true);
    m_rescanSoon->setInterval(kRescanDelayMs);
    connect(m_rescanSoon, &QTimer::timeout, this, &DevicePanel::rescan);

    setTargetSummary(tr("not connected"));
    updateStatus();
    updateControls();
    startUsbWatch();
    rescan();
}

DevicePanel::~DevicePanel() {
    // No USB callback may run once the watcher is gone; queued ones die with this object.
    m_usbWatcher.reset();
    // Jobs keep the workspace alive until they end; nothing waits for them here.
    if (m_scanJob != 0)
        m_bridge.cancel(m_scanJob);
    if (m_connectJob != 0)
        m_bridge.cancel(m_connectJob);
}

void DevicePanel::buildUi() {
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("probeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("probeList"));
    m_list->setAccessibleName(tr("Probes and lab boards"));
    m_list->setModel(m_probes);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(40);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("probeProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setEnabled(false);  // greyed: a note beside the list, not an alarm
    m_problems->hide();

    m_rescan = new QPushButton(tr("&Rescan"), this);
    m_rescan->setObjectName(QStringLiteral("rescanButton"));
    m_rescan->setToolTip(tr("Look for probes again (USB, the ST-LINK servers below and the lab)."));
    connect(m_rescan, &QPushButton::clicked, this, &DevicePanel::rescan);

    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("stlinkServerEdit"));
    m_serverEdit->setAccessibleName(tr("ST-LINK server address (HOST:PORT)"));
    m_serverEdit->setPlaceholderText(tr("ST-LINK server HOST:PORT"));
    m_serverEdit->setToolTip(
        tr("Share a probe with STM32CubeIDE: the address of an ST-LINK server (stlink-server, default port "
           "7184) to ask for probes on every scan."));
    m_addServer = new QPushButton(tr("Add"), this);
    m_addServer->setObjectName(QStringLiteral("addServerButton"));
    connect(m_addServer, &QPushButton::clicked, this,
            [this] { addStlinkServer(m_serverEdit->text().trimmed()); });
    connect(m_serverEdit, &QLineEdit::returnPressed, m_addServer, &QPushButton::click);
    m_serverMessage = new QLabel(this);
    m_serverMessage->setObjectName(QStringLiteral("stlinkServerMessage"));
    m_serverMessage->setWordWrap(true);
    m_serverMessage->hide();

    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_rescan);
    serverRow->addWidget(m_serverEdit, 1);
    serverRow->addWidget(m_addServer);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 0);
    topLayout->addWidget(m_status);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_problems);
    topLayout->addLayout(serverRow);
    topLayout->addWidget(m_serverMessage);

    // How to connect: mode, core AP, Connect.
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("connectMode"));
    m_mode->addItem(tr("Normal"), QStringLiteral("normal"));
    m_mode->addItem(tr("Under reset"), QStringLiteral("under-reset"));
    m_mode->addItem(tr("Hot plug"), QStringLiteral("hot-plug"));
    m_mode->setItemData(0, tr("Attach, halt the core while it is read, then let it run again."),
                        Qt::ToolTipRole);
    m_mode->setItemData(1, tr("Hold NRST while attaching and catch the core at its reset vector."),
                        Qt::ToolTipRole);
    m_mode->setItemData(2, tr("Attach without reset or halt; the NRST wiring is not checked."),
                        Qt::ToolTipRole);
    m_ap = new QSpinBox(this);
    m_ap->setObjectName(QStringLiteral("coreAp"));
    m_ap->setRange(0, 1);
    m_ap->setValue(1);
    m_ap->setPrefix(tr("AP"));
    m_ap->setToolTip(tr("The core's access port: AP1 on STM32H5 and STM32H7RS; AP0 reaches only DBGMCU."));
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &DevicePanel::connectSelected);
    m_recover =
        new QPushButton(QIcon(QStringLiteral(":/icons/wizard.svg")), tr("&Recover this board…"), this);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setToolTip(
        tr("Open the stuck-board wizard on the selected probe: checks, verdict, plan, steps."));
    connect(m_recover, &QPushButton::clicked, this, [this] { emit recoverRequested(selectedUri()); });

    auto* modeLabel = new QLabel(tr("&Mode"), this);
    modeLabel->setBuddy(m_mode);
    auto* apLabel = new QLabel(tr("Core &AP"), this);
    apLabel->setBuddy(m_ap);
    // Two short rows rather than one long one, so the dock can stay narrow.
    auto* connectRow = new QGridLayout;
    connectRow->addWidget(modeLabel, 0, 0);
    connectRow->addWidget(m_mode, 0, 1);
    connectRow->addWidget(apLabel, 0, 2);
    connectRow->addWidget(m_ap, 0, 3);
    connectRow->addWidget(m_connect, 1, 0, 1, 4);
    connectRow->addWidget(m_recover, 2, 0, 1, 4);
    connectRow->setColumnStretch(1, 1);

    m_connectStatus = new QLabel(this);
    m_connectStatus->setObjectName(QStringLiteral("connectStatus"));
    m_connectStatus->setWordWrap(true);
    m_connectStatus->setTextFormat(Qt::PlainText);

    // What the connection found.
    m_probeHeader = new QLabel(this);
    m_probeHeader->setObjectName(QStringLiteral("probeHeader"));
    m_probeHeader->setWordWrap(true);
    m_probeHeader->setTextFormat(Qt::PlainText);
    m_probeHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headerFont = m_probeHeader->font();
    headerFont.setBold(true);
    m_probeHeader->setFont(headerFont);

    m_nrst = new QLabel(this);
    m_nrst->setObjectName(QStringLiteral("nrstVerdict"));
    m_nrst->setWordWrap(true);
    m_nrst->setTextFormat(Qt::RichText);
    m_nrst->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nrst->hide();

    m_blocker = new QLabel(this);
    m_blocker->setObjectName(QStringLiteral("blockerLabel"));
    m_blocker->setWordWrap(true);
    m_blocker->setTextFormat(Qt::RichText);
    m_blocker->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocker->setStyleSheet(QString::fromLatin1(kBadStyle));
    m_blocker->hide();

    m_identity = new QWidget(this);
    m_identity->setObjectName(QStringLiteral("identityForm"));
    m_form = new QFormLayout(m_identity);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    // The connect controls scroll with the details, so a short window still fits the dock.
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(6, 6, 6, 6);
    detailsLayout->addLayout(connectRow);
    detailsLayout->addWidget(m_connectStatus);
    detailsLayout->addWidget(m_probeHeader);
    detailsLayout->addWidget(m_blocker);
    detailsLayout->addWidget(m_nrst);
    detailsLayout->addWidget(m_identity);
    detailsLayout->addStretch(1);
    auto* bottom = new QScrollArea(this);
    bottom->setObjectName(QStringLiteral("identityScroll"));
    bottom->setWidgetResizable(true);
    bottom->setFrameShape(QFrame::NoFrame);
    bottom->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    bottom->setWidget(details);
    bottom->setMinimumHeight(48);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("deviceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    // The list keeps its natural height; the identification gets the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_probes, &QAbstractItemModel::rowsInserted, this, &DevicePanel::updateStatus);
    connect(m_probes, &QAbstractItemModel::rowsRemoved, this, &DevicePanel::updateStatus);
    connect(m_probes, &QAbstractItemModel::modelReset, this, &DevicePanel::updateStatus);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showSelected();
        updateControls();
        emit selectionChanged(selectedUri());
    });
    // A removed row takes the selection with it; a changed one may now have a problem.
    connect(m_probes, &QAbstractItemModel::rowsRemoved, this, [this] {
        showSelected();
        updateControls();
    });
    connect(m_probes, &QAbstractItemModel::dataChanged, this, [this] {
        showSelected();
        updateControls();
    });
}

void DevicePanel::startUsbWatch() {
    auto context = transport::UsbContext::create();
    if (context) {
        std::vector<transport::UsbId> ids;
        for (const auto& model : probe::stlink::knownUsbModels())
            ids.push_back({probe::stlink::kVid, model.pid});
        auto notify = [this](const transport::UsbEvent&) {
            QMetaObject::invokeMethod(this, &DevicePanel::scheduleRescan, Qt::QueuedConnection);
        };
        transport::UsbWatcherOptions options;
        options.announcePresent = false;  // the first scan lists what is there
        auto watcher = std::make_unique<transport::UsbWatcher>(*context, ids, notify, options);
        if (!watcher->start()) {
            // Hotplug registration failed: the watcher can still poll the device list.
            options.forcePolling = true;
            watcher = std::make_unique<transport::UsbWatcher>(*context, ids, notify, options);
            if (!watcher->start())
                watcher.reset();
        }
        if (watcher) {
            m_usbWatcher = std::move(watcher);
            return;
        }
    }
    // No libusb here (a container without usbfs, say): nothing could find a USB probe, so
    // there is nothing to poll for; the scan's problems say why USB is missing, and Rescan
    // asks the ST-LINK servers again.
}

void DevicePanel::scheduleRescan() {
    m_rescanSoon->start();
}

void DevicePanel::rescan() {
    if (m_scanJob != 0) {
        m_rescanWanted = true;  // the running scan may have missed the change
        return;
    }
    ScanRequest request;
    for (const QString& server : m_servers)
        request.servers.push_back(server.toStdString());
    m_scanJob =
        m_bridge.submit(m_session, tr("Scan for probes"), makeScanJob(m_workspace, std::move(request)));
    updateControls();
}

void DevicePanel::connectSelected() {
    const QString uri = selectedUri();
    if (uri.isEmpty() || m_connectJob != 0)
        return;
    ConnectRequest request;
    request.uri = uri.toStdString();
    const QString mode = m_mode->currentData().toString();
    request.options.mode =
        device::connectModeFromString(mode.toStdString()).value_or(device::ConnectMode::Normal);
    request.options.ap = static_cast<std::uint8_t>(m_ap->value());
    m_connectUri = uri;
    m_connectJob =
        m_bridge.submit(m_session, tr("Connect to %1").arg(uri), makeConnectJob(m_workspace, request));
    m_connectStatus->setText(tr("Connecting to %1…").arg(uri));
    updateControls();
}

void DevicePanel::onProgress(quint64 job, const rescue::engine::Progress& progress) {
    if (job != m_connectJob || job == 0)
        return;
    m_connectStatus->setText(tr("%1…").arg(qs(progress.step)));
}

void DevicePanel::onJobEnded(quint64 job, const rescue::engine::JobEnded& ended) {
    if (job == 0)
        return;
    if (job == m_scanJob)
        finishScan(ended);
    else if (job == m_connectJob)
        finishConnect(ended);
}

void DevicePanel::finishScan(const rescue::engine::JobEnded& ended) {
    m_scanJob = 0;
    m_scanned = true;
    m_scanProblems.clear();
    QStringList tips;
    if (ended.outcome == engine::JobOutcome::Finished) {
        std::vector<probe::ProbeInfo> probes;
        for (const auto& p : ended.result.value("probes", nlohmann::json::array()))
            probes.push_back(probeInfoFromJson(p));
        m_probes->setProbes(std::move(probes));
        for (const auto& p : ended.result.value("problems", nlohmann::json::array()))
            if (auto error = errorFromJson(p)) {
                m_scanProblems << qs(error->message);
                tips << errorToolTip(*error);
            }
    } else if (ended.error) {
        m_scanProblems << qs(ended.error->message);
        tips << errorToolTip(*ended.error);
    }
    m_problems->setText(m_scanProblems.join(QLatin1Char('\n')));
    m_problems->setToolTip(tips.join(QStringLiteral("\n\n")));
    m_problems->setVisible(!m_scanProblems.isEmpty());
    updateStatus();
    updateControls();
    if (!m_connectWhenListed.isEmpty() && selectUri(m_connectWhenListed)) {
        m_connectWhenListed.clear();
        connectSelected();
    }
    emit scanFinished();
    if (m_rescanWanted) {
        m_rescanWanted = false;
        rescan();
    }
}

void DevicePanel::finishConnect(const rescue::engine::JobEnded& ended) {
    const QString uri = m_connectUri;
    m_connectJob = 0;
    m_connectUri.clear();
    Outcome outcome;
    QString summary;
    switch (ended.outcome) {
        case engine::JobOutcome::Finished: {
            outcome.result = ended.result;
            const auto& target = ended.result.value("target", nlohmann::json::object());
            const QString family = qs(target.value("family_name", std::string()));
            const bool blocked = !ended.result.value("blocker", nlohmann::json()).is_null();
            const QString device = family.isEmpty() ? tr("an unidentified device") : family;
            summary = blocked ? tr("%1 answers, but its core is out of reach").arg(device)
                              : tr("connected %1").arg(device);
            m_connectStatus->setText(tr("Connected to %1: %2 round trips, %3 ms.")
                                         .arg(uri)
                                         .arg(ended.result.value("round_trips", 0))
                                         .arg(ended.result.value("elapsed_ms", 0.0), 0, 'f', 1));
            break;
        }
        case engine::JobOutcome::Cancelled:
            outcome.cancelled = true;
            summary = tr("not connected");
            m_connectStatus->setText(tr("The connection to %1 was cancelled.").arg(uri));
            break;
        case engine::JobOutcome::Failed:
            outcome.error = ended.error.value_or(
                makeError("ui.connect-failed", "The connection failed without saying why.",
                          "Look at the log for the last lines of the PROBE channel."));
            summary = tr("not connected");
            m_connectStatus->setText(tr("Could not connect to %1.").arg(uri));
            break;
    }
    m_outcomes.insert(uri, outcome);
    setTargetSummary(summary);
    if (selectedUri() == uri)
        showSelected();
    updateControls();
}

void DevicePanel::connectWhenListed(const QString& uri) {
    m_connectWhenListed = uri;
    if (m_scanned && selectUri(uri)) {
        m_connectWhenListed.clear();
        connectSelected();
    }
}

QString DevicePanel::selectedUri() const {
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
        return {};
    return current.data(ProbeListModel::UriRole).toString();
}

bool DevicePanel::selectUri(const QString& uri) {
    const int row = m_probes->rowOfUri(uri);
    if (row < 0)
        return false;
    m_list->selectionModel()->setCurrentIndex(m_probes->index(row), QItemSelectionModel::ClearAndSelect);
    return true;
}

void DevicePanel::showSelected() {
    const QString uri = selectedUri();
    clearIdentity();
    if (uri.isEmpty()) {
        m_probeHeader->setText(m_probes->rowCount() == 0 ? QString()
                                                         : tr("Select a probe to connect to its target."));
        return;
    }
    const probe::ProbeInfo& info = m_probes->probeAt(m_probes->rowOfUri(uri));
    QStringList facts;
    if (!info.model.empty())
        facts << qs(info.model);
    if (!info.serial.empty())
        facts << tr("serial %1").arg(qs(info.serial));
    if (!info.firmware.empty())
        facts << tr("firmware %1").arg(qs(info.firmware));
    if (info.targetVoltage)
        facts << tr("target %1 V").arg(*info.targetVoltage, 0, 'f', 2);
    m_probeHeader->setText(facts.isEmpty() ? uri : tr("%1\n%2").arg(uri, facts.join(QStringLiteral(", "))));
    if (!info.problem.empty()) {
        setBlocker(qs(info.problem));
        return;
    }
    const auto found = m_outcomes.constFind(uri);
    if (found == m_outcomes.constEnd()) {
        auto* note = new QLabel(
            tr("Not connected yet: choose the mode and the core's access port, then Connect."), m_identity);
        note->setWordWrap(true);
        m_form->addRow(note);
        return;
    }
    showOutcome(*found);
}

void DevicePanel::showOutcome(const Outcome& outcome) {
    if (outcome.cancelled) {
        setBlocker(tr("The last connection was cancelled before the target was read."));
        return;
    }
    if (outcome.error) {
        setBlocker(*outcome.error);
        m_blocker->setToolTip(errorToolTip(*outcome.error));
        return;
    }
    const nlohmann::json& result = outcome.result;
    if (auto blocker = errorFromJson(result.value("blocker", nlohmann::json()))) {
        setBlocker(*blocker);
        m_blocker->setToolTip(errorToolTip(*blocker));
    }
    const auto& nrst =
        result.value("target", nlohmann::json::object()).value("nrst", nlohmann::json::object());
    setNrst(qs(nrst.value("verdict", std::string())), qs(nrst.value("sentence", std::string())),
            qs(nrst.value("hint", std::string())));
    for (const auto& line : result.value("lines", nlohmann::json::array())) {
        const QString label = qs(line.value("label", std::string()));
        if (label == QLatin1String("NRST"))
            continue;  // the verdict box above says it, prominently
        auto* value = new QLabel(qs(line.value("value", std::string())), m_identity);
        value->setObjectName(QStringLiteral("identityValue"));
        value->setProperty("label", label);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Top-aligned, so a label stays beside the first line of a value that wraps.
        // The core's labels are English; the ones it marked are shown translated.
        auto* name = new QLabel(tr("%1:").arg(coreText("IdentityReport", label.toStdString())), m_identity);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_form->addRow(name, value);
    }
}

void DevicePanel::clearIdentity() {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_nrst->clear();
    m_nrst->setProperty("verdict", QString());
    m_nrst->hide();
    m_blocker->clear();
    m_blocker->setToolTip({});
    m_blocker->hide();
}

void DevicePanel::setNrst(const QString& verdict, const QString& sentence, const QString& hint) {
    m_nrst->setProperty("verdict", verdict);
    // The verdict in bold, what to do about it in plain text below.
    QString html = QStringLiteral("<b>%1</b>")
                       .arg((sentence.isEmpty() ? tr("NRST: %1").arg(verdict) : sentence).toHtmlEscaped());
    if (!hint.isEmpty())
        html += QStringLiteral("<br>") + hint.toHtmlEscaped();
    m_nrst->setText(html);
    if (verdict == QLatin1String("wired"))
        m_nrst->setStyleSheet(QString::fromLatin1(kGoodStyle));
    else if (verdict == QLatin1String("not-wired"))
        m_nrst->setStyleSheet(QString::fromLatin1(kWarnStyle));
    else
        m_nrst->setStyleSheet(QString::fromLatin1(kNeutralStyle));
    m_nrst->setVisible(!verdict.isEmpty());
}

// In the user's language where the error catalogue has it (ui/error_text.h).
void DevicePanel::setBlocker(const Error& error) {
    const ShownError shown = shownError(error);
    setBlocker(shownErrorBody(shown), shown.advice);
}

void DevicePanel::setBlocker(const QString& message, const QString& hint) {
    // What stands in the way in bold, what to try in plain text below.
    QString html = QStringLiteral("<b>%1</b>").arg(message.toHtmlEscaped());
    if (!hint.isEmpty())
        html += QStringLiteral("<br>") + hint.toHtmlEscaped();
    m_blocker->setText(message.isEmpty() ? QString() : html);
    m_blocker->setVisible(!message.isEmpty());
}

QStringList DevicePanel::identityLines() const {
    QStringList lines;
    for (const QLabel* value : m_identity->findChildren<QLabel*>(QStringLiteral("identityValue")))
        lines << QStringLiteral("%1: %2").arg(value->property("label").toString(), value->text());
    return lines;
}

QString DevicePanel::nrstText() const {
    QTextDocument document;
    document.setHtml(m_nrst->text());
    return document.toPlainText();
}

QString DevicePanel::nrstVerdict() const {
    return m_nrst->property("verdict").toString();
}

QString DevicePanel::blockerText() const {
    QTextDocument document;
    document.setHtml(m_blocker->text());
    return document.toPlainText();
}

bool DevicePanel::addStlinkServer(const QString& address) {
    if (!validServerAddress(address)) {
        m_serverMessage->setText(tr("'%1' is not a server address. Write it as HOST:PORT, for example "
                                    "127.0.0.1:7184.")
                                     .arg(address));
        m_serverMessage->show();
        return false;
    }
    m_serverMessage->hide();
    m_serverEdit->clear();
    if (!m_servers.contains(address)) {
        m_servers << address;
        saveServers();
    }
    m_serverEdit->setToolTip(
        tr("ST-LINK servers asked on every scan: %1").arg(m_servers.join(QStringLiteral(", "))));
    rescan();
    return true;
}

void DevicePanel::updateStatus() {
    if (!m_scanned && m_probes->rowCount() == 0) {
        m_status->setText(tr("Looking for probes…"));
        return;
    }
    const int usb = m_probes->countOfTransport(QStringLiteral("usb"));
    const int servers = m_probes->countOfTransport(QStringLiteral("stlink-tcp"));
    const int lab = m_probes->countOfTransport(QStringLiteral("lab"));
    QStringList parts;
    if (usb + servers == 0)
        parts << tr("No probe is attached.");
    else
        parts << (usb + servers == 1 ? tr("1 probe found.") : tr("%1 probes found.").arg(usb + servers));
    if (lab > 0)
        parts << (lab == 1 ? tr("1 virtual lab board listed.")
                           : tr("%1 virtual lab boards listed.").arg(lab));
    else
        parts << tr("No virtual lab boards found.");
    m_status->setText(parts.join(QLatin1Char(' ')));
}

void DevicePanel::updateControls() {
    const QString uri = selectedUri();
    const int row = uri.isEmpty() ? -1 : m_probes->rowOfUri(uri);
    const bool usable = row >= 0 && m_probes->probeAt(row).problem.empty();
    m_connect->setEnabled(usable && m_connectJob == 0);
    m_connect->setText(m_connectJob != 0 ? tr("Connecting…") : tr("&Connect"));
    m_mode->setEnabled(m_connectJob == 0);
    m_ap->setEnabled(m_connectJob == 0);
    if (m_connectJob == 0 && row < 0)
        m_connect->setToolTip(tr("Select a probe first."));
    else if (m_connectJob == 0 && !usable)
        m_connect->setToolTip(tr("This probe cannot be opened; see the note under its name."));
    else
        m_connect->setToolTip(tr("Identify the target behind the selected probe and check its NRST wiring."));
    m_rescan->setEnabled(m_scanJob == 0);
    m_recover->setEnabled(usable);
}

void DevicePanel::setTargetSummary(const QString& summary) {
    if (summary == m_targetSummary)
        return;
    m_targetSummary = summary;
    emit targetChanged(summary);
}

void DevicePanel::loadServers() {
    QSettings settings(QString::fromLatin1(kOrganisationName), QString::fromLatin1(kApplicationName));
    for (const QString& server : settings.value(kServersKey).toStringList())
        if (validServerAddress(server) && !m_servers.contains(server))
            m_servers << server;
    if (!m_servers.isEmpty())
        m_serverEdit->setToolTip(
            tr("ST-LINK servers asked on every scan: %1").arg(m_servers.join(QStringLiteral(", "))));
}

void DevicePanel::saveServers() const {
    QSettings settings(QString::fromLatin1(kOrganisationName), QString::fromLatin1(kApplicationName));
    settings.setValue(kServersKey, m_servers);
}

}  // namespace rescue::ui
