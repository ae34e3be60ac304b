#include "ui/wizard/welcome_page.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/device_panel.h"
#include "ui/error_text.h"
#include "ui/probe_list_model.h"
#include "ui/recent_files.h"
#include "ui/secret_text.h"
#include "ui/verdict_styles.h"
#include "ui/wizard/rescue_wizard.h"

namespace rescue::ui {

WizardWelcomePage::WizardWelcomePage(RescueWizard& wizard, DevicePanel& devices, QWidget* parent)
    : QWizardPage(parent),
      m_wizard(wizard),
      m_devices(devices),
      // The DA panel's lists: a file chosen there is offered here too.
      m_recentKeys(std::make_unique<RecentFiles>(QStringLiteral("da/recent/keys"))),
      m_recentChains(std::make_unique<RecentFiles>(QStringLiteral("da/recent/chains"))),
      m_recentPasswords(std::make_unique<RecentFiles>(QStringLiteral("da/recent/passwords"))) {
    setTitle(tr("Recover a stuck board"));
    setSubTitle(
        tr("The wizard checks the board, says what state it is in and why, shows its plan, and asks "
           "before anything irreversible."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Start the checks"));

    auto* layout = new QVBoxLayout(this);
    auto* probeRow = new QGridLayout;
    probeRow->addWidget(new QLabel(tr("Probe:"), this), 0, 0);
    m_probe = new QComboBox(this);
    m_probe->setObjectName(QStringLiteral("wizardProbe"));
    m_probe->setModel(devices.probes());
    m_probe->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    probeRow->addWidget(m_probe, 0, 1);
    probeRow->setColumnStretch(1, 1);
    layout->addLayout(probeRow);
    m_board = new QLabel(this);
    m_board->setObjectName(QStringLiteral("wizardBoard"));
    m_board->setWordWrap(true);
    m_board->setStyleSheet(QString::fromLatin1(kNeutralStyle));
    layout->addWidget(m_board);
    layout->addWidget(buildCredentials());

    m_operator =
        new QCheckBox(tr("Let the simulated operator do it (lab boards: a simulated person presses the "
                         "RESET button and answers every question)"),
                      this);
    m_operator->setObjectName(QStringLiteral("wizardSimulatedOperator"));
    layout->addWidget(m_operator);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("wizardWelcomeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QString::fromLatin1(kBadStyle));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_probe, &QComboBox::currentIndexChanged, this, [this] {
        updateBoard();
        updateControls();
        emit completeChanged();
    });
    connect(devices.probes(), &QAbstractItemModel::modelReset, this, [this] { emit completeChanged(); });
    connect(devices.probes(), &QAbstractItemModel::rowsInserted, this, [this] { emit completeChanged(); });
    selectProbe(devices.selectedUri());
    updateBoard();
    updateControls();
}

WizardWelcomePage::~WizardWelcomePage() = default;

QWidget* WizardWelcomePage::buildCredentials() {
    auto* box = new QGroupBox(tr("Credentials for Debug Authentication (optional)"), this);
    auto* grid = new QGridLayout(box);
    m_none = new QRadioButton(tr("None: diagnose and explain only"), box);
    m_cert = new QRadioButton(tr("Certificate"), box);
    m_password = new QRadioButton(tr("Password"), box);
    m_none->setObjectName(QStringLiteral("wizardNoCredentials"));
    m_cert->setObjectName(QStringLiteral("wizardCertificate"));
    m_password->setObjectName(QStringLiteral("wizardPassword"));
    auto* group = new QButtonGroup(box);
    for (auto* r : {m_none, m_cert, m_password})
        group->addButton(r);
    auto* modes = new QHBoxLayout;
    modes->addWidget(m_none);
    modes->addWidget(m_cert);
    modes->addWidget(m_password);
    modes->addStretch(1);
    grid->addLayout(modes, 0, 0, 1, 3);

    int row = 1;
    auto addRow = [&](const QString& label, QComboBox*& combo, const QString& name, RecentFiles& recent,
                      const QString& caption, const QString& filter, QList<QWidget*>& widgets) {
        auto* text = new QLabel(label, box);
        combo = new QComboBox(box);
        combo->setEditable(true);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(30);
        fillRecent(combo, recent);
        auto* browse = new QToolButton(box);
        browse->setText(tr("…"));
        browse->setToolTip(tr("Choose the file (%1).").arg(caption));
        QComboBox* c = combo;
        connect(browse, &QToolButton::clicked, this,
                [this, c, &recent, caption, filter] { this->browse(c, recent, caption, filter); });
        grid->addWidget(text, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(browse, row, 2);
        widgets << text << combo << browse;
        ++row;
    };
    addRow(tr("Private key:"), m_key, QStringLiteral("wizardKey"), *m_recentKeys, tr("leaf private key"),
           tr("Keys (*.pem *.der *.key);;All files (*)"), m_certWidgets);
    addRow(tr("Certificate chain:"), m_chain, QStringLiteral("wizardChain"), *m_recentChains,
           tr("certificate chain, root first"), tr("Chains (*.b64 *.pem *.crt *.bin);;All files (*)"),
           m_certWidgets);
    addRow(tr("Password file:"), m_passwordFile, QStringLiteral("wizardPasswordFile"), *m_recentPasswords,
           tr("password.bin or a raw password file"), tr("Passwords (*.bin);;All files (*)"),
           m_passwordWidgets);
    grid->setColumnStretch(1, 1);
    auto* note = new QLabel(tr("Keys and passwords stay on this computer: they never appear in the log, the "
                               "report or a support bundle."),
                            box);
    note->setWordWrap(true);
    grid->addWidget(note, row++, 0, 1, 3);
    // A key or password file others can read: said here, once per file; it is still used.
    // The amber box sets its own background, so it stays readable under a dark palette.
    m_fileWarning = new QLabel(box);
    m_fileWarning->setObjectName(QStringLiteral("wizardFileWarning"));
    m_fileWarning->setWordWrap(true);
    m_fileWarning->setStyleSheet(QString::fromLatin1(kWarnStyle));
    m_fileWarning->hide();
    grid->addWidget(m_fileWarning, row, 0, 1, 3);
    for (QComboBox* combo : {m_key, m_passwordFile})
        connect(combo, &QComboBox::editTextChanged, this, [this] { updateFileWarning(); });

    m_none->setChecked(true);
    for (auto* r : {m_none, m_cert, m_password})
        connect(r, &QRadioButton::toggled, this, [this] { updateControls(); });
    return box;
}

void WizardWelcomePage::fillRecent(QComboBox* box, RecentFiles& recent) {
    const QString current = box->currentText();
    box->clear();
    box->addItems(recent.files());
    box->setEditText(current.isEmpty() && box->count() > 0 ? box->itemText(0) : current);
}

void WizardWelcomePage::browse(QComboBox* box, RecentFiles& recent, const QString& caption,
                               const QString& filter) {
    const QString start = box->currentText().isEmpty() ? QString() : QFileInfo(box->currentText()).path();
    const QString file = QFileDialog::getOpenFileName(this, caption, start, filter);
    if (file.isEmpty())
        return;
    recent.add(file);
    fillRecent(box, recent);
    box->setEditText(QFileInfo(file).absoluteFilePath());
}

void WizardWelcomePage::setMethod(Method method) {
    (method == Method::Certificate ? m_cert
     : method == Method::Password  ? m_password
                                   : m_none)
        ->setChecked(true);
    updateControls();
}

void WizardWelcomePage::setCredentialFiles(const DaCredentialFiles& files) {
    m_key->setEditText(qs(files.keyFile));
    m_chain->setEditText(qs(files.chainFile));
    m_passwordFile->setEditText(qs(files.passwordFile));
    const bool password = files.method == DaCredentialFiles::Method::Password;
    const bool any =
        password ? !files.passwordFile.empty() : !files.keyFile.empty() && !files.chainFile.empty();
    setMethod(!any ? Method::None : password ? Method::Password : Method::Certificate);
}

bool WizardWelcomePage::selectProbe(const QString& uri) {
    const int row = m_devices.probes()->rowOfUri(uri);
    if (row < 0)
        return false;
    m_probe->setCurrentIndex(row);
    return true;
}

QString WizardWelcomePage::probeUri() const {
    return m_probe->currentData(ProbeListModel::UriRole).toString();
}

void WizardWelcomePage::setSimulatedOperator(bool on) {
    m_operator->setChecked(on);
}

QString WizardWelcomePage::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void WizardWelcomePage::updateBoard() {
    const QString uri = probeUri();
    if (uri.isEmpty()) {
        m_board->setText(
            tr("No probe is listed yet. Plug in an ST-LINK or wait for the lab's boards to be "
               "listed; the device panel shows what was found."));
        return;
    }
    QString text = tr("<b>%1</b>").arg(m_probe->currentText().toHtmlEscaped());
    if (m_devices.selectedUri() == uri && !m_devices.identityLines().isEmpty()) {
        text += tr("<br>Last connection:");
        for (const QString& line : m_devices.identityLines().mid(0, 4))
            text += QStringLiteral("<br>&nbsp;&nbsp;") + line.toHtmlEscaped();
    } else {
        text += tr("<br>The wizard identifies the board behind this probe in its first checks.");
    }
    if (uri.startsWith(QLatin1String("lab:")))
        text +=
            tr("<br>A lab board: nobody can press its RESET button by hand, so the wizard shows a RESET "
               "button to hold with the mouse.");
    m_board->setText(text);
}

void WizardWelcomePage::updateControls() {
    updateFileWarning();
    for (auto* w : m_certWidgets)
        w->setEnabled(m_cert->isChecked());
    for (auto* w : m_passwordWidgets)
        w->setEnabled(m_password->isChecked());
    const bool lab = probeUri().startsWith(QLatin1String("lab:"));
    m_operator->setEnabled(lab);
    if (!lab)
        m_operator->setChecked(false);
}

void WizardWelcomePage::updateFileWarning() {
    if (!m_fileWarning || !m_key)
        return;  // still being built
    QStringList files;
    if (m_cert->isChecked())
        files << m_key->currentText();
    else if (m_password->isChecked())
        files << m_passwordFile->currentText();
    const QStringList lines = looseSecretFileWarnings(files);
    m_fileWarning->setText(lines.join(QLatin1Char('\n')));
    m_fileWarning->setVisible(!lines.isEmpty());
}

QString WizardWelcomePage::fileWarningText() const {
    return m_fileWarning->isVisibleTo(m_fileWarning->parentWidget()) ? m_fileWarning->text() : QString();
}

void WizardWelcomePage::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool WizardWelcomePage::isComplete() const {
    return !probeUri().isEmpty() && !m_wizard.running();
}

bool WizardWelcomePage::validatePage() {
    showError({});
    WizardRequest request;
    request.uri = probeUri().toStdString();
    request.simulatedOperator = m_operator->isChecked();
    request.options.askBeforeSteps = true;
    std::vector<std::filesystem::path> secretFiles;
    if (!m_none->isChecked()) {
        DaCredentialFiles files;
        files.method = m_password->isChecked() ? DaCredentialFiles::Method::Password
                                               : DaCredentialFiles::Method::Certificate;
        files.keyFile = m_key->currentText().trimmed().toStdString();
        files.chainFile = m_chain->currentText().trimmed().toStdString();
        files.passwordFile = m_passwordFile->currentText().trimmed().toStdString();
        auth::PassphraseProvider passphrase =
            [this](const std::string& what) -> std::optional<auth::SecretBytes> {
            if (m_passphrasePrompt) {
                std::optional<QString> answer = m_passphrasePrompt(QFileInfo(qs(what)).fileName());
                if (!answer)
                    return std::nullopt;
                return takeSecret(*answer);  // the typed text is wiped
            }
            return askPassphrase(this, tr("Passphrase"), tr("Passphrase for %1:").arg(qs(what)));
        };
        auto credentials = loadDaCredentials(files, passphrase);
        if (!credentials) {
            showError(shownErrorText(credentials.error()));
            return false;
        }
        if (auto* c = std::get_if<auth::CertificateCredentials>(&*credentials)) {
            request.options.certificate = *c;
            secretFiles = {files.keyFile};
            m_recentKeys->add(qs(files.keyFile));
            m_recentChains->add(qs(files.chainFile));
        } else if (auto* p = std::get_if<auth::PasswordCredentials>(&*credentials)) {
            request.options.password = *p;
            secretFiles = {files.passwordFile};
            m_recentPasswords->add(qs(files.passwordFile));
        }
    }
    return m_wizard.start(std::move(request), std::move(secretFiles));
}

}  // namespace rescue::ui
