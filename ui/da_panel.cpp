#include "ui/da_panel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/error_text.h"
#include "ui/recent_files.h"
#include "ui/secret_text.h"
#include "ui/verdict_styles.h"

namespace rescue::ui {
namespace {

using nlohmann::json;

// Translated where the dialog opens (tr(filter) in DaPanel's context).
const char* const kKeyFilter =
    QT_TRANSLATE_NOOP("rescue::ui::DaPanel", "Private keys (*.pem *.der *.key);;All files (*)");
const char* const kChainFilter =
    QT_TRANSLATE_NOOP("rescue::ui::DaPanel", "Certificate chains (*.b64 *.pem *.cert);;All files (*)");
const char* const kPasswordFilter =
    QT_TRANSLATE_NOOP("rescue::ui::DaPanel", "Password files (*.bin *.txt);;All files (*)");

QString plain(const QString& html) {
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QString boxHtml(const QString& headline, const QString& body = {}, const QString& hint = {}) {
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    if (!body.isEmpty())
        html += QStringLiteral("<br>") + body.toHtmlEscaped();
    if (!hint.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(hint.toHtmlEscaped());
    return html;
}

// The error's body and advice as the GUI shows them (error_text.h): in English the message
// and hint, otherwise the translated title with the message, and the translated fix.
QString bodyOf(const Error& error) {
    return shownErrorBody(shownError(error));
}

QString adviceOf(const Error& error) {
    return shownError(error).advice;
}

QString stepOf(const Error& error) {
    for (const auto& e : error.evidence)
        if (e.name == "step")
            return qs(e.value);
    return {};
}

}  // namespace

DaPanel::DaPanel(EngineBridge& bridge, DevicePanel& devices, QWidget* parent)
    : QWidget(parent),
      m_bridge(bridge),
      m_devices(devices),
      m_recentKeys(std::make_unique<RecentFiles>(QStringLiteral("da/recent/keys"))),
      m_recentChains(std::make_unique<RecentFiles>(QStringLiteral("da/recent/chains"))),
      m_recentPasswords(std::make_unique<RecentFiles>(QStringLiteral("da/recent/passwords"))) {
    buildUi();
    connect(&m_bridge, &EngineBridge::logLines, this, &DaPanel::onLogLines);
    connect(&m_bridge, &EngineBridge::jobEnded, this, &DaPanel::onJobEnded);
    // The device panel's selection is the target.
    QItemSelectionModel* selection = m_devices.probeList()->selectionModel();
    connect(selection, &QItemSelectionModel::currentChanged, this, &DaPanel::onSelectionChanged);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &DaPanel::onSelectionChanged);
    onSelectionChanged();
}

DaPanel::~DaPanel() {
    // A running session ends on its own worker (the job holds the workspace); a person who
    // closes the window mid-regression should not leave the chip half-way because of it, so
    // nothing is cancelled here.
}

void DaPanel::buildUi() {
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("daTarget"));
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);

    // ---- credentials and their offline check ----
    QWidget* credentials = buildCredentials();

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("daFindings"));
    m_findings->setColumnCount(2);
    m_findings->setHeaderLabels({tr("Finding"), tr("What to try")});
    m_findings->setRootIsDecorated(true);
    m_findings->setWordWrap(true);
    m_findings->setMinimumHeight(90);
    m_findings->setMaximumHeight(180);
    m_findings->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_findings->hide();

    // ---- the chip ----
    m_discover = new QPushButton(tr("&Discover"), this);
    m_discover->setObjectName(QStringLiteral("daDiscoverButton"));
    m_discover->setToolTip(
        tr("Reset the chip into its Debug Authentication loop and read what it reports and "
           "offers. Nothing is changed on the chip."));
    connect(m_discover, &QPushButton::clicked, this, &DaPanel::discover);

    m_discoveryTable = new QTableWidget(0, 2, this);
    m_discoveryTable->setObjectName(QStringLiteral("daDiscoveryTable"));
    m_discoveryTable->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_discoveryTable->horizontalHeader()->setStretchLastSection(true);
    m_discoveryTable->verticalHeader()->hide();
    m_discoveryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_discoveryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_discoveryTable->setAlternatingRowColors(true);
    m_discoveryTable->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_discoveryTable->setMinimumHeight(120);
    m_discoveryTable->setMaximumHeight(240);
    m_discoveryTable->hide();

    m_permission = new QComboBox(this);
    m_permission->setObjectName(QStringLiteral("daPermission"));
    m_permission->setPlaceholderText(tr("Discover first"));
    m_permission->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_permission->setMinimumContentsLength(12);
    connect(m_permission, &QComboBox::currentIndexChanged, this, &DaPanel::updateControls);

    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("daConsequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::RichText);
    m_consequence->setStyleSheet(QString::fromLatin1(kWarnStyle));
    m_consequence->hide();

    m_authenticate = new QPushButton(tr("&Authenticate"), this);
    m_authenticate->setObjectName(QStringLiteral("daAuthenticateButton"));
    connect(m_authenticate, &QPushButton::clicked, this, &DaPanel::authenticate);

    auto* permissionLabel = new QLabel(tr("&Permission"), this);
    permissionLabel->setBuddy(m_permission);
    auto* actionRow = new QGridLayout;
    actionRow->addWidget(permissionLabel, 0, 0);
    actionRow->addWidget(m_permission, 0, 1);
    // The button on its own row, so the dock can stay narrow.
    actionRow->addWidget(m_authenticate, 1, 0, 1, 2);
    actionRow->setColumnStretch(1, 1);

    auto* chip = new QGroupBox(tr("Chip"), this);
    auto* chipLayout = new QVBoxLayout(chip);
    auto* discoverRow = new QHBoxLayout;
    discoverRow->addWidget(m_discover);
    discoverRow->addStretch(1);
    chipLayout->addLayout(discoverRow);
    chipLayout->addWidget(m_discoveryTable);
    chipLayout->addLayout(actionRow);
    chipLayout->addWidget(m_consequence);

    // ---- progress and result ----
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("daSteps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setWordWrap(true);
    m_steps->setMinimumHeight(80);
    m_steps->setMaximumHeight(200);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->hide();

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("daResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_target);
    layout->addWidget(credentials);
    layout->addWidget(m_findings);
    layout->addWidget(chip);
    m_session = new QGroupBox(tr("Session"), this);
    m_session->setObjectName(QStringLiteral("daSession"));
    auto* sessionLayout = new QVBoxLayout(m_session);
    sessionLayout->addWidget(m_steps);
    sessionLayout->addWidget(m_result);
    m_session->hide();
    layout->addWidget(m_session);
    layout->addStretch(1);

    auto* scroll = m_scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("daScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget* DaPanel::buildCredentials() {
    auto* box = new QGroupBox(tr("Credentials"), this);
    m_certMode = new QRadioButton(tr("&Certificates"), box);
    m_certMode->setObjectName(QStringLiteral("daCertificateMode"));
    m_certMode->setToolTip(
        tr("The leaf private key and the certificate chain (root first) from your DA package."));
    m_passwordMode = new QRadioButton(tr("Pass&word"), box);
    m_passwordMode->setObjectName(QStringLiteral("daPasswordMode"));
    m_passwordMode->setToolTip(
        tr("ST's password.bin, or a file holding the raw password (STM32H503 and "
           "password-provisioned chips)."));
    auto* group = new QButtonGroup(box);
    group->addButton(m_certMode);
    group->addButton(m_passwordMode);
    m_certMode->setChecked(true);

    auto makeBox = [box](const char* name) {
        auto* combo = new QComboBox(box);
        combo->setObjectName(QString::fromLatin1(name));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        return combo;
    };
    m_key = makeBox("daKeyFile");
    m_key->lineEdit()->setPlaceholderText(tr("key_3_leaf.pem"));
    m_chain = makeBox("daChainFile");
    m_chain->lineEdit()->setPlaceholderText(tr("cert_leaf_chain.b64"));
    m_password = makeBox("daPasswordFile");
    m_password->lineEdit()->setPlaceholderText(tr("password.bin"));
    fillRecent(m_key, *m_recentKeys);
    fillRecent(m_chain, *m_recentChains);
    fillRecent(m_password, *m_recentPasswords);

    auto* grid = new QGridLayout;
    int row = 0;
    auto addRow = [&](const QString& label, QComboBox* combo, RecentFiles& recent, const QString& caption,
                      const char* filter, QList<QWidget*>& widgets) {
        auto* name = new QLabel(label, box);
        name->setBuddy(combo);
        auto* browseButton = new QToolButton(box);
        browseButton->setText(tr("…"));
        browseButton->setToolTip(tr("Choose the file (%1).").arg(caption));
        browseButton->setObjectName(combo->objectName() + QStringLiteral("Browse"));
        connect(browseButton, &QToolButton::clicked, this,
                [this, combo, &recent, caption, filter] { browse(combo, recent, caption, tr(filter)); });
        grid->addWidget(name, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(browseButton, row, 2);
        widgets << name << combo << browseButton;
        ++row;
    };
    addRow(tr("&Key"), m_key, *m_recentKeys, tr("Leaf private key"), kKeyFilter, m_certWidgets);
    addRow(tr("C&hain"), m_chain, *m_recentChains, tr("Certificate chain, root first"), kChainFilter,
           m_certWidgets);
    addRow(tr("Pa&ssword file"), m_password, *m_recentPasswords, tr("Password file"), kPasswordFilter,
           m_passwordWidgets);
    grid->setColumnStretch(1, 1);

    m_verify = new QPushButton(tr("&Verify"), box);
    m_verify->setObjectName(QStringLiteral("daVerifyButton"));
    m_verify->setToolTip(
        tr("Check the files offline: certificates decoded, signatures, the key against the "
           "leaf, the permission against every mask. No board is touched."));
    connect(m_verify, &QPushButton::clicked, this, &DaPanel::verify);

    auto* modes = new QHBoxLayout;
    modes->addWidget(m_certMode);
    modes->addWidget(m_passwordMode);
    modes->addStretch(1);
    modes->addWidget(m_verify);

    // A key or password file others can read: said under the fields, once per file; the
    // file is still used.
    m_fileWarning = new QLabel(box);
    m_fileWarning->setObjectName(QStringLiteral("daFileWarning"));
    m_fileWarning->setWordWrap(true);
    m_fileWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileWarning->setStyleSheet(QString::fromLatin1(kWarnStyle));
    m_fileWarning->hide();
    for (QComboBox* combo : {m_key, m_password})
        connect(combo, &QComboBox::editTextChanged, this, [this] { updateFileWarning(); });

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(modes);
    layout->addLayout(grid);
    layout->addWidget(m_fileWarning);

    auto showMode = [this] {
        const bool cert = m_certMode->isChecked();
        for (QWidget* w : m_certWidgets)
            w->setVisible(cert);
        for (QWidget* w : m_passwordWidgets)
            w->setVisible(!cert);
        updateFileWarning();
        updateControls();
    };
    connect(m_certMode, &QRadioButton::toggled, this, showMode);
    showMode();
    return box;
}

void DaPanel::fillRecent(QComboBox* box, RecentFiles& recent) {
    const QString current = box->currentText();
    box->clear();
    box->addItems(recent.files());
    box->setEditText(current.isEmpty() && box->count() > 0 ? box->itemText(0) : current);
}

void DaPanel::browse(QComboBox* box, RecentFiles& recent, const QString& caption, const QString& filter) {
    const QString start = box->currentText().isEmpty() ? QString() : QFileInfo(box->currentText()).path();
    const QString file = QFileDialog::getOpenFileName(this, caption, start, filter);
    if (file.isEmpty())
        return;
    recent.add(file);
    fillRecent(box, recent);
    box->setEditText(QFileInfo(file).absoluteFilePath());
}

void DaPanel::rememberFiles(const DaCredentialFiles& files) {
    if (files.method == DaCredentialFiles::Method::Password) {
        m_recentPasswords->add(qs(files.passwordFile));
        fillRecent(m_password, *m_recentPasswords);
        return;
    }
    m_recentKeys->add(qs(files.keyFile));
    m_recentChains->add(qs(files.chainFile));
    fillRecent(m_key, *m_recentKeys);
    fillRecent(m_chain, *m_recentChains);
}

void DaPanel::setCredentialFiles(const DaCredentialFiles& files) {
    const bool password = files.method == DaCredentialFiles::Method::Password;
    (password ? m_passwordMode : m_certMode)->setChecked(true);
    m_key->setEditText(qs(files.keyFile));
    m_chain->setEditText(qs(files.chainFile));
    m_password->setEditText(qs(files.passwordFile));
    updateControls();
}

DaCredentialFiles DaPanel::credentialFiles() const {
    DaCredentialFiles files;
    files.method = m_passwordMode->isChecked() ? DaCredentialFiles::Method::Password
                                               : DaCredentialFiles::Method::Certificate;
    files.keyFile = m_key->currentText().trimmed().toStdString();
    files.chainFile = m_chain->currentText().trimmed().toStdString();
    files.passwordFile = m_password->currentText().trimmed().toStdString();
    return files;
}

auth::PassphraseProvider DaPanel::passphraseProvider() {
    return [this](const std::string& what) -> std::optional<auth::SecretBytes> {
        const QString name = QFileInfo(qs(what)).fileName();
        if (m_passphrasePrompt) {
            std::optional<QString> answer = m_passphrasePrompt(name);
            if (!answer)
                return std::nullopt;
            return takeSecret(*answer);  // the typed text is wiped
        }
        return askPassphrase(this, tr("Passphrase"),
                             tr("%1 is encrypted. Its passphrase (not stored, not logged):").arg(name));
    };
}

void DaPanel::updateFileWarning() {
    const bool password = m_passwordMode->isChecked();
    const QStringList lines = looseSecretFileWarnings(password ? QStringList{m_password->currentText()}
                                                               : QStringList{m_key->currentText()});
    m_fileWarning->setText(lines.join(QLatin1Char('\n')));
    m_fileWarning->setVisible(!lines.isEmpty());
}

QString DaPanel::fileWarningText() const {
    return m_fileWarning->isVisibleTo(m_fileWarning->parentWidget()) ? m_fileWarning->text() : QString();
}

void DaPanel::onSelectionChanged() {
    const QString uri = m_devices.selectedUri();
    if (uri != m_uri) {
        m_uri = uri;
        // A discovery belongs to the board it was read from.
        if (m_discoveryUri != m_uri)
            clearDiscovery();
    }
    m_target->setText(m_uri.isEmpty() ? tr("Select a probe in the Devices panel: its board is the target.")
                                      : tr("Target: %1").arg(m_uri));
    updateControls();
}

std::optional<int> DaPanel::chosenBit() const {
    const QVariant bit = m_permission->currentData();
    if (!bit.isValid())
        return std::nullopt;
    return bit.toInt();
}

std::optional<auth::DaFamily> DaPanel::discoveredFamily() const {
    if (m_discoveryUri != m_uri || !m_discovery.is_object())
        return std::nullopt;
    return auth::parseDaFamily(m_discovery.value("da_family", std::string()));
}

// ---- verify ------------------------------------------------------------------------------

void DaPanel::verify() {
    const DaCredentialFiles files = credentialFiles();
    const DaVerifyResult result =
        verifyDaCredentials(files, passphraseProvider(), discoveredFamily(), chosenBit());
    m_findings->clear();
    m_findings->show();
    QStyle* st = style();
    if (result.inputError) {
        auto* item =
            new QTreeWidgetItem(m_findings, {bodyOf(*result.inputError), adviceOf(*result.inputError)});
        item->setIcon(0, st->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setData(0, Qt::UserRole, QStringLiteral("error"));
        item->setToolTip(0, qs(result.inputError->describe()));
        return;
    }
    rememberFiles(files);
    const auto& report = result.report;
    for (const auto& f : report.findings) {
        auto* item = new QTreeWidgetItem(m_findings, {bodyOf(f.error), adviceOf(f.error)});
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == auth::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (f.severity == auth::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        item->setIcon(0, st->standardIcon(icon));
        item->setData(0, Qt::UserRole, qs(std::string(auth::severityName(f.severity))));
        item->setToolTip(0, qs(f.error.describe()));
        item->setToolTip(1, qs(f.error.hint));
    }
    if (report.findings.empty()) {
        auto* ok = new QTreeWidgetItem(m_findings, {tr("No problem found."), QString()});
        ok->setIcon(0, st->standardIcon(QStyle::SP_DialogApplyButton));
        ok->setData(0, Qt::UserRole, QStringLiteral("info"));
    }
    for (const auto& cert : report.certificates) {
        auto* item = new QTreeWidgetItem(
            m_findings, {tr("Certificate %1 (%2)").arg(cert.index + 1).arg(qs(cert.role)), QString()});
        item->setData(0, Qt::UserRole, QStringLiteral("certificate"));
        for (const auto& field : cert.fields)
            new QTreeWidgetItem(item, {qs(field.label), qs(field.value)});
    }
    m_findings->resizeColumnToContents(0);
}

QStringList DaPanel::findingLines() const {
    QStringList lines;
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_findings->topLevelItem(i);
        const QString severity = item->data(0, Qt::UserRole).toString();
        if (severity != QLatin1String("certificate"))
            lines << QStringLiteral("%1: %2").arg(severity, item->text(0));
    }
    return lines;
}

// ---- discovery and authentication ---------------------------------------------------------

void DaPanel::discover() {
    if (m_uri.isEmpty() || m_job != 0)
        return;
    startJob(JobKind::Discover, tr("DA discovery on %1").arg(m_uri),
             makeDaDiscoverJob(m_devices.workspace(), m_uri.toStdString()));
}

bool DaPanel::confirm(const QString& title, const QString& text) {
    m_lastConfirmation = text;
    if (m_confirmer)
        return m_confirmer(title, text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    QPushButton* erase = box.addButton(tr("Erase and regress"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == erase;
}

void DaPanel::authenticate() {
    const auto bit = chosenBit();
    if (m_uri.isEmpty() || m_job != 0 || !bit)
        return;
    m_lastConfirmation.clear();
    // The credentials first: a bad file is found before the board is reset.
    const DaCredentialFiles files = credentialFiles();
    auto credentials = loadDaCredentials(files, passphraseProvider());
    if (!credentials) {
        m_steps->clear();
        m_steps->hide();
        setResult(QStringLiteral("failed"),
                  boxHtml(tr("The credentials could not be loaded; the board was not touched."),
                          bodyOf(credentials.error()), adviceOf(credentials.error())));
        return;
    }
    rememberFiles(files);

    // An erasing permission is confirmed before anything is sent: the ROM waits about a
    // second once opened, too short for a question in the middle of the session.
    const QString consequence = m_permission->currentData(Qt::UserRole + 1).toString();
    if (!consequence.isEmpty()) {
        const QString family = qs(m_discovery.value("family", std::string()));
        const QString text = tr("%1\n\nBoard: %2 behind %3.\nThis cannot be undone.")
                                 .arg(consequence, family.isEmpty() ? tr("the chip") : family, m_uri);
        if (!confirm(tr("Erase the user flash?"), text)) {
            setResult(
                QStringLiteral("cancelled"),
                boxHtml(
                    tr("Not confirmed: nothing was sent to the chip."),
                    tr("%1 was not requested; the board is as it was.").arg(m_permission->currentText())));
            return;
        }
    }

    DaAuthRequest request;
    request.uri = m_uri.toStdString();
    request.permissionBit = *bit;
    request.credentials = std::move(*credentials);
    startJob(JobKind::Authenticate, tr("DA authentication on %1").arg(m_uri),
             makeDaAuthJob(m_devices.workspace(), std::move(request)));
}

void DaPanel::startJob(JobKind kind, const QString& name, engine::JobFunction job) {
    m_steps->clear();
    m_steps->show();
    m_result->hide();
    m_session->show();
    m_resultState.clear();
    m_jobKind = kind;
    m_jobUri = m_uri;
    m_job = m_bridge.submit(m_devices.session(), name, std::move(job));
    updateControls();
}

void DaPanel::onLogLines(const rescue::ui::LogBatch& lines) {
    if (m_job == 0)
        return;
    for (const auto& event : lines) {
        if (event.job != m_job)
            continue;
        const auto* line = std::get_if<engine::LogLine>(&event.payload);
        if (line && line->fields.is_object() && line->fields.contains("da_step"))
            showStep(line->fields);
    }
}

void DaPanel::showStep(const json& fields) {
    const QString id = qs(fields.value("da_step", std::string()));
    const QString phase = qs(fields.value("phase", std::string()));
    const QString title = qs(fields.value("title", std::string()));
    const QString detail = qs(fields.value("detail", std::string()));
    QListWidgetItem* item = nullptr;
    if (phase != QLatin1String("started")) {
        // The step that started last with this id (certificates repeat their step).
        for (int i = m_steps->count() - 1; i >= 0 && !item; --i) {
            QListWidgetItem* candidate = m_steps->item(i);
            if (candidate->data(Qt::UserRole).toString() == id &&
                candidate->data(Qt::UserRole + 1).toString() == QLatin1String("running"))
                item = candidate;
        }
    }
    if (!item) {
        item = new QListWidgetItem(m_steps);
        item->setData(Qt::UserRole, id);
    }
    QStyle* st = style();
    QString state = QStringLiteral("running");
    if (phase == QLatin1String("done")) {
        state = QStringLiteral("done");
        item->setIcon(st->standardIcon(QStyle::SP_DialogApplyButton));
    } else if (phase == QLatin1String("failed")) {
        state = QStringLiteral("failed");
        item->setIcon(st->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    } else {
        item->setIcon(st->standardIcon(QStyle::SP_ArrowRight));
    }
    item->setData(Qt::UserRole + 1, state);
    QString text = detail.isEmpty() ? title : tr("%1: %2").arg(title, detail);
    if (state != QLatin1String("running"))
        text += tr("  (%1 ms)").arg(fields.value("elapsed_ms", 0.0), 0, 'f', 1);
    else
        text += QStringLiteral("…");
    item->setText(text);
    m_steps->scrollToItem(item);
}

QStringList DaPanel::stepLines() const {
    QStringList lines;
    for (int i = 0; i < m_steps->count(); ++i) {
        const QListWidgetItem* item = m_steps->item(i);
        lines << QStringLiteral("%1 %2").arg(item->data(Qt::UserRole + 1).toString(), item->text());
    }
    return lines;
}

void DaPanel::onJobEnded(quint64 job, const rescue::engine::JobEnded& ended) {
    if (job == 0 || job != m_job)
        return;
    const JobKind kind = m_jobKind;
    const QString uri = m_jobUri;
    m_job = 0;
    m_jobKind = JobKind::None;

    if (ended.outcome == engine::JobOutcome::Cancelled) {
        setResult(QStringLiteral("cancelled"), boxHtml(tr("The session was cancelled.")));
    } else if (ended.outcome == engine::JobOutcome::Failed) {
        showFailure(ended.error.value_or(makeError("ui.da.failed", "The session failed without saying why.",
                                                   "Look at the DA lines of the log.")));
    } else {
        const json& r = ended.result;
        const QString cost = tr("%1 round trips, %2 ms%3.")
                                 .arg(r.value("round_trips", 0))
                                 .arg(r.value("elapsed_ms", 0.0), 0, 'f', 1)
                                 .arg(r.value("lab", false) ? tr(" of lab time") : QString());
        if (uri == m_uri && kind == JobKind::Discover) {
            m_discoveryUri = uri;
            m_discovery = r;
            showDiscovery(r);
        }
        if (kind == JobKind::Discover) {
            const int offers =
                static_cast<int>(r.value("discovery", json::object()).value("offered", json::array()).size());
            const bool listed = r.value("discovery", json::object()).value("listed_by_chip", true);
            const QString family = qs(r.value("family", std::string()));
            setResult(
                QStringLiteral("discovered"),
                boxHtml(tr("%1 answered in its Debug Authentication loop.")
                            .arg(family.isEmpty() ? tr("The chip") : family),
                        (listed ? tr("It offers %n permission(s); choose one and Authenticate.", "", offers)
                                : tr("It lists no permissions (password chips do not): choose one of "
                                     "the family's and Authenticate.")) +
                            QLatin1Char(' ') + cost));
            m_result->setStyleSheet(QString::fromLatin1(kGoodStyle));
        } else {
            const QString after = qs(r.value("state_after", std::string()));
            const QString before = qs(r.value("state_before", std::string()));
            QStringList notes;
            for (const auto& n : r.value("notes", json::array()))
                notes << qs(n.get<std::string>());
            const bool open = after == QLatin1String("open");
            const QString headline = open ? tr("Open reached: %1 on %2 is back in Open.")
                                                .arg(qs(r.value("family", std::string())), uri)
                                          : tr("Authentication successful on %1.").arg(uri);
            QString body = after.isEmpty() ? QString() : tr("State: %1 → %2.").arg(before, after);
            if (!notes.isEmpty())
                body += (body.isEmpty() ? QString() : QStringLiteral(" ")) + notes.join(QLatin1Char(' '));
            body += (body.isEmpty() ? QString() : QStringLiteral(" ")) + cost;
            setResult(open ? QStringLiteral("open") : QStringLiteral("granted"), boxHtml(headline, body));
            // The discovery of a regressed chip is history now.
            if (open && m_discoveryUri == uri)
                clearDiscovery();
            // Let the device panel read the board as it is now.
            if (open && m_devices.selectedUri() == uri && !m_devices.busy())
                m_devices.connectSelected();
        }
    }
    updateControls();
    emit sessionFinished();
}

void DaPanel::showFailure(const Error& error) {
    const QString step = stepOf(error);
    const QString headline = step.isEmpty() ? tr("The session failed.") : tr("Failed at: %1.").arg(step);
    setResult(QStringLiteral("failed"), boxHtml(headline, bodyOf(error), adviceOf(error)));
    m_result->setToolTip(qs(error.describe()));
}

void DaPanel::setResult(const QString& state, const QString& html) {
    m_resultState = state;
    m_result->setText(html);
    m_result->setToolTip({});
    if (state == QLatin1String("failed"))
        m_result->setStyleSheet(QString::fromLatin1(kBadStyle));
    else if (state == QLatin1String("cancelled"))
        m_result->setStyleSheet(QString::fromLatin1(kWarnStyle));
    else
        m_result->setStyleSheet(QString::fromLatin1(kGoodStyle));
    m_result->show();
    m_session->show();
    // The outcome is what a person looks for: bring it into view once laid out.
    QMetaObject::invokeMethod(
        this, [this] { m_scroll->ensureWidgetVisible(m_result); }, Qt::QueuedConnection);
}

QString DaPanel::resultText() const {
    return m_result->isHidden() ? QString() : plain(m_result->text());
}

void DaPanel::showDiscovery(const json& result) {
    const json d = result.value("discovery", json::object());
    m_discoveryTable->setRowCount(0);
    auto addRow = [this](const QString& label, const QString& value, const QString& tip = {}) {
        const int row = m_discoveryTable->rowCount();
        m_discoveryTable->insertRow(row);
        auto* l = new QTableWidgetItem(label);
        auto* v = new QTableWidgetItem(value);
        v->setToolTip(tip.isEmpty() ? value : tip);
        m_discoveryTable->setItem(row, 0, l);
        m_discoveryTable->setItem(row, 1, v);
    };
    for (const auto& l : d.value("lines", json::array()))
        addRow(qs(l.value("label", std::string())), qs(l.value("value", std::string())),
               qs(l.value("text", std::string())));
    const QString raw = qs(d.value("raw", std::string()));
    addRow(tr("raw"), raw.left(48) + (raw.size() > 48 ? QStringLiteral("…") : QString()), raw);
    m_discoveryTable->resizeColumnToContents(0);
    m_discoveryTable->resizeRowsToContents();
    m_discoveryTable->show();

    m_permission->clear();
    for (const auto& o : d.value("offered", json::array())) {
        const int bit = o.value("bit", -1);
        const QString label = qs(o.value("label", std::string()));
        const QString id = qs(o.value("id", std::string()));
        m_permission->addItem(tr("%1 (bit %2)").arg(label).arg(bit), bit);
        const int index = m_permission->count() - 1;
        m_permission->setItemData(index, qs(o.value("consequence", std::string())), Qt::UserRole + 1);
        m_permission->setItemData(index, id, Qt::UserRole + 2);
        const QString consequence = qs(o.value("consequence", std::string()));
        m_permission->setItemData(index, consequence.isEmpty() ? id : consequence, Qt::ToolTipRole);
    }
    m_permission->setCurrentIndex(m_permission->count() > 0 ? 0 : -1);
    const bool listed = d.value("listed_by_chip", true);
    m_permission->setToolTip(listed
                                 ? tr("The permissions the chip lists as 'permission if authorized'.")
                                 : tr("The chip lists no permissions (password chips do not); these are the "
                                      "family's. The chip grants only what it was provisioned for."));
    updateControls();
}

void DaPanel::clearDiscovery() {
    m_discoveryUri.clear();
    m_discovery = json();
    m_discoveryTable->setRowCount(0);
    m_discoveryTable->hide();
    m_permission->clear();
    updateControls();
}

QStringList DaPanel::discoveryLines() const {
    QStringList lines;
    for (int row = 0; row < m_discoveryTable->rowCount(); ++row)
        lines << QStringLiteral("%1: %2").arg(m_discoveryTable->item(row, 0)->text(),
                                              m_discoveryTable->item(row, 1)->text());
    return lines;
}

QStringList DaPanel::offeredPermissions() const {
    QStringList ids;
    for (int i = 0; i < m_permission->count(); ++i)
        ids << m_permission->itemData(i, Qt::UserRole + 2).toString();
    return ids;
}

void DaPanel::updateControls() {
    if (!m_authenticate || !m_steps)
        return;  // still building
    const bool idle = m_job == 0;
    const bool haveTarget = !m_uri.isEmpty();
    const bool discovered = haveTarget && m_discoveryUri == m_uri && m_permission->count() > 0;
    m_discover->setEnabled(idle && haveTarget);
    m_discover->setText(m_jobKind == JobKind::Discover ? tr("Discovering…") : tr("&Discover"));
    m_permission->setEnabled(idle && discovered);
    m_authenticate->setEnabled(idle && discovered && chosenBit().has_value());
    m_authenticate->setText(m_jobKind == JobKind::Authenticate ? tr("Authenticating…") : tr("&Authenticate"));
    if (!haveTarget)
        m_authenticate->setToolTip(tr("Select a probe in the Devices panel first."));
    else if (!discovered)
        m_authenticate->setToolTip(tr("Discover first: the permissions come from what the chip offers."));
    else
        m_authenticate->setToolTip(
            tr("Discovery and authentication in one reset, then follow the chip "
               "through what it was granted."));
    const QString consequence = m_permission->currentData(Qt::UserRole + 1).toString();
    m_consequence->setText(consequence.isEmpty() ? QString() : boxHtml(tr("This erases."), consequence));
    m_consequence->setVisible(discovered && !consequence.isEmpty());
    m_certMode->setEnabled(idle);
    m_passwordMode->setEnabled(idle);
}

}  // namespace rescue::ui
