#include "ui/wizard/result_page.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/recovery/support_bundle.h"
#include "ui/engine_bridge.h"
#include "ui/error_text.h"
#include "ui/verdict_styles.h"
#include "ui/wizard/rescue_wizard.h"

namespace rescue::ui {

WizardResultPage::WizardResultPage(RescueWizard& wizard, QWidget* parent)
    : QWizardPage(parent), m_wizard(wizard) {
    setTitle(tr("Result"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("wizardResultVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wizardResultStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(
        new QLabel(tr("Report (paste it in a forum post or a support ticket; it holds no secret):"), this));
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("wizardReport"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);  // shown wrapped; copied and saved as is
    layout->addWidget(m_report, 1);
    auto* buttons = new QHBoxLayout;
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy report"), this);
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Save report…"), this);
    m_bundle = new QPushButton(tr("Save support bundle…"), this);
    m_copy->setObjectName(QStringLiteral("wizardCopyReport"));
    m_save->setObjectName(QStringLiteral("wizardSaveReport"));
    m_bundle->setObjectName(QStringLiteral("wizardSaveBundle"));
    m_bundle->setToolTip(
        tr("A folder with the report, the checks and steps as JSON, the identification, the "
           "option bytes before and after, and the journal of this run. No key or password."));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_bundle);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("wizardSaved"));
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_saved);
    connect(m_copy, &QPushButton::clicked, this, &WizardResultPage::copyReport);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveReport(); });
    connect(m_bundle, &QPushButton::clicked, this, [this] { (void)saveBundle(); });
}

void WizardResultPage::initializePage() {
    const recovery::WizardOutcome* o = m_wizard.outcome();
    const auto end = m_wizard.jobEnd();
    m_saved->clear();
    if (!o) {
        m_open = false;
        const bool cancelled = end && end->outcome == engine::JobOutcome::Cancelled;
        m_verdict->setText(cancelled ? tr("Cancelled") : tr("The wizard could not finish"));
        m_verdict->setStyleSheet(QString::fromLatin1(kBadStyle));
        m_status->setText(end && end->error ? tr("%1 %2").arg(qs(end->error->message), qs(end->error->hint))
                                            : tr("The board is left as the log says."));
        m_report->setPlainText(end && end->error ? qs(end->error->describe()) : QString());
        m_save->setEnabled(end && end->error);
        m_bundle->setEnabled(false);
        return;
    }
    m_open = o->openAndErasable;
    m_verdict->setText(qs(o->finalVerdict.name));
    m_verdict->setStyleSheet(QString::fromLatin1(m_open                        ? kGoodStyle
                                                 : o->finalVerdict.recoverable ? kWarnStyle
                                                                               : kBadStyle));
    QString status;
    if (m_open) {
        status = tr("Open and erasable: the board is back. Resets: %1 by the probe, %2 by hand.")
                     .arg(o->probeResets)
                     .arg(o->manualResets);
    } else {
        status = tr("Not Open and erasable. %1").arg(qs(o->finalVerdict.reason));
        for (const auto& s : o->steps)
            if (s.status != recovery::StepStatus::Done && s.status != recovery::StepStatus::Skipped &&
                s.summary != o->finalVerdict.reason)
                status += tr("\nStep \"%1\" %2: %3")
                              .arg(qs(s.title), qs(std::string(recovery::toString(s.status))), qs(s.summary));
        if (!o->finalVerdict.stillPossible.empty()) {
            status += tr("\nStill possible:");
            for (const auto& p : o->finalVerdict.stillPossible)
                status += QStringLiteral("\n • ") + qs(p);
        }
    }
    if (o->verdictNames.size() > 1)
        status += tr("\nVerdicts as the run learned more: %1")
                      .arg(qs(fmt::format("{}", fmt::join(o->verdictNames, " -> "))));
    m_status->setText(status);
    m_report->setPlainText(qs(recovery::reportText(*o)));
    m_save->setEnabled(true);
    m_bundle->setEnabled(true);
}

QString WizardResultPage::verdictText() const {
    return m_verdict->text();
}

QString WizardResultPage::statusText() const {
    return m_status->text();
}

QString WizardResultPage::reportText() const {
    return m_report->toPlainText();
}

QString WizardResultPage::saveMessage() const {
    return m_saved->text();
}

void WizardResultPage::copyReport() {
    QGuiApplication::clipboard()->setText(m_report->toPlainText());
    m_saved->setText(tr("The report is on the clipboard."));
}

QString WizardResultPage::choose(bool folder, const QString& suggested) {
    if (m_chooser)
        return m_chooser(folder, suggested);
    const QString start = QDir::home().filePath(suggested);
    return folder ? QFileDialog::getSaveFileName(this, tr("Save support bundle as folder"), start)
                  : QFileDialog::getSaveFileName(this, tr("Save report"), start,
                                                 tr("Text (*.txt);;All files (*)"));
}

bool WizardResultPage::saveReport() {
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path = choose(false, QStringLiteral("rescue-report-%1.txt").arg(stamp));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(m_report->toPlainText().toUtf8()) < 0) {
        m_saved->setText(tr("The report could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_saved->setText(tr("Report saved to %1.").arg(path));
    return true;
}

bool WizardResultPage::saveBundle() {
    const recovery::WizardOutcome* o = m_wizard.outcome();
    if (!o)
        return false;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path = choose(true, QStringLiteral("rescue-bundle-%1").arg(stamp));
    if (path.isEmpty())
        return false;
    recovery::SupportBundleInput in;
    in.outcome = o;
    in.journalFile = m_wizard.bridge().engine().journalPath();
    in.job = m_wizard.job();
    in.secretFiles = m_wizard.secretFiles();
    auto written = recovery::writeSupportBundle(in, path.toStdString());
    if (!written) {
        m_saved->setText(shownErrorText(written.error()));
        return false;
    }
    m_saved->setText(tr("Support bundle saved in %1 (%2 files). Zip the folder to attach it.")
                         .arg(path)
                         .arg(written->size()));
    return true;
}

}  // namespace rescue::ui
