#include "ui/wizard/steps_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/recovery/prompts.h"
#include "ui/core_text.h"
#include "ui/verdict_styles.h"
#include "ui/wizard/checks_page.h"
#include "ui/wizard/manual_reset_panel.h"
#include "ui/wizard/rescue_wizard.h"

namespace rescue::ui {
namespace {
QString latin(std::string_view s) {
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}
enum Panel { Working, Reset, Confirm, Choice };
}  // namespace

WizardStepsPage::WizardStepsPage(RescueWizard& wizard, QWidget* parent)
    : QWizardPage(parent), m_wizard(wizard) {
    setTitle(tr("Running the plan"));
    setSubTitle(tr("Follow the instructions below. Cancel stops the wizard; the log says what was done."));
    auto* layout = new QVBoxLayout(this);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("wizardStepName"));
    QFont bold = m_step->font();
    bold.setBold(true);
    m_step->setFont(bold);
    layout->addWidget(m_step);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("wizardProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_verdictNow = new QLabel(this);
    m_verdictNow->setObjectName(QStringLiteral("wizardVerdictNow"));
    m_verdictNow->setWordWrap(true);
    m_verdictNow->hide();
    layout->addWidget(m_verdictNow);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("wizardStepList"));
    m_list->setAccessibleName(tr("Steps and their results"));
    m_list->setMaximumHeight(130);
    m_list->setWordWrap(true);
    layout->addWidget(m_list);

    m_stack = new QStackedWidget(this);
    m_working = new QLabel(tr("The wizard is working…"), m_stack);
    m_working->setAlignment(Qt::AlignCenter);
    m_working->setWordWrap(true);
    m_stack->addWidget(m_working);
    m_reset = new ManualResetPanel(m_stack);
    m_stack->addWidget(m_reset);
    m_stack->addWidget(buildConfirm());
    m_stack->addWidget(buildChoice());
    layout->addWidget(m_stack, 1);
    connect(m_reset, &ManualResetPanel::answered, this,
            [this](const engine::Prompt& p, const QString& choice) { (void)m_wizard.answer(p, choice); });
}

QWidget* WizardStepsPage::buildConfirm() {
    auto* w = new QWidget(m_stack);
    w->setObjectName(QStringLiteral("wizardConfirm"));
    auto* layout = new QVBoxLayout(w);
    m_confirmTitle = new QLabel(w);
    QFont big = m_confirmTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_confirmTitle->setFont(big);
    m_confirmTitle->setWordWrap(true);
    layout->addWidget(m_confirmTitle);
    m_confirmQuestion = new QLabel(w);
    m_confirmQuestion->setWordWrap(true);
    layout->addWidget(m_confirmQuestion);
    m_consequence = new QLabel(w);
    m_consequence->setObjectName(QStringLiteral("wizardConsequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setStyleSheet(QString::fromLatin1(kBadStyle));
    layout->addWidget(m_consequence);
    m_phraseLabel = new QLabel(w);
    m_phraseLabel->setWordWrap(true);
    layout->addWidget(m_phraseLabel);
    m_phrase = new QLineEdit(w);
    m_phrase->setObjectName(QStringLiteral("wizardPhrase"));
    layout->addWidget(m_phrase);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_decline = new QPushButton(tr("Don't do it"), w);
    m_decline->setObjectName(QStringLiteral("wizardDecline"));
    m_confirm = new QPushButton(tr("Continue"), w);
    m_confirm->setObjectName(QStringLiteral("wizardConfirmButton"));
    buttons->addWidget(m_decline);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_confirm, &QPushButton::clicked, this, [this] { answer(latin(recovery::answer::kConfirm)); });
    connect(m_decline, &QPushButton::clicked, this, [this] { answer(latin(recovery::answer::kCancel)); });
    // The validator's phrase, when the step carries one, must be typed exactly.
    connect(m_phrase, &QLineEdit::textChanged, this, [this] {
        const QString want = m_prompt && m_prompt->details.is_object()
                                 ? qs(m_prompt->details.value("phrase", std::string()))
                                 : QString();
        m_confirm->setEnabled(want.isEmpty() || m_phrase->text().trimmed() == want);
    });
    return w;
}

QWidget* WizardStepsPage::buildChoice() {
    auto* w = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(w);
    m_choiceQuestion = new QLabel(w);
    m_choiceQuestion->setWordWrap(true);
    layout->addWidget(m_choiceQuestion);
    m_choiceButtons = new QWidget(w);
    new QHBoxLayout(m_choiceButtons);
    layout->addWidget(m_choiceButtons);
    layout->addStretch(1);
    return w;
}

void WizardStepsPage::initializePage() {
    m_reset->setLabHands(m_wizard.shared() && m_wizard.shared()->labBoard ? &m_wizard.shared()->hands
                                                                          : nullptr);
}

void WizardStepsPage::addPlannedStep(const nlohmann::json& p) {
    const std::string id = p.value("id", std::string());
    auto* item = new QListWidgetItem(m_list);
    item->setData(Qt::UserRole, wizardText(p.value("title", std::string())));
    item->setData(Qt::UserRole + 1, QStringLiteral("waiting"));
    m_rows[id] = m_list->row(item);
    render(m_list->row(item));
}

void WizardStepsPage::setProgress(const engine::Progress& p) {
    if (p.fraction >= 0)
        m_progress->setValue(static_cast<int>(p.fraction * 1000));
    if (!p.step.empty())
        m_step->setText(qs(p.step));
}

void WizardStepsPage::setStepState(const QString& id, const QString& state) {
    const auto it = m_rows.find(id.toStdString());
    if (it == m_rows.end())
        return;
    auto* item = m_list->item(it->second);
    item->setData(Qt::UserRole + 1, state);
    render(it->second);
    if (state == QLatin1String("running"))
        m_list->scrollToItem(item);
    // A step that moved on takes its reset instruction or countdown with it.
    if (!m_prompt) {
        m_reset->stop();
        m_stack->setCurrentIndex(Working);
    }
}

void WizardStepsPage::setStepResult(const nlohmann::json& r) {
    const auto it = m_rows.find(r.value("id", std::string()));
    if (it == m_rows.end())
        return;
    auto* item = m_list->item(it->second);
    item->setData(Qt::UserRole + 1, qs(r.value("status", std::string())));
    item->setData(Qt::UserRole + 2, qs(r.value("summary", std::string())));
    render(it->second);
}

// "mark  title: summary", coloured by state; the state and the result may arrive in either order.
void WizardStepsPage::render(int row) {
    auto* item = m_list->item(row);
    const QString state = item->data(Qt::UserRole + 1).toString();
    const QString summary = item->data(Qt::UserRole + 2).toString();
    const QString mark = state == QLatin1String("waiting") ? QStringLiteral("○") : statusMark(state);
    QString text = QStringLiteral("%1  %2").arg(mark, item->data(Qt::UserRole).toString());
    if (state == QLatin1String("not-run"))
        text += tr(" (not run)");
    if (!summary.isEmpty())
        text += QStringLiteral(": ") + summary;
    item->setText(text);
    item->setToolTip(summary);
    item->setForeground(statusColour(state));
}

void WizardStepsPage::showVerdict(const nlohmann::json& v) {
    const bool recoverable = v.value("recoverable", false);
    m_verdictNow->setText(tr("<b>Verdict now: %1</b><br>%2")
                              .arg(qs(v.value("name", std::string())).toHtmlEscaped(),
                                   qs(v.value("reason", std::string())).toHtmlEscaped()));
    const bool healthy = v.value("playbook", std::string()) == "healthy";
    m_verdictNow->setStyleSheet(QString::fromLatin1(healthy       ? kGoodStyle
                                                    : recoverable ? kWarnStyle
                                                                  : kBadStyle));
    m_verdictNow->show();
}

QString WizardStepsPage::verdictText() const {
    return m_verdictNow->isVisible() ? m_verdictNow->text() : QString();
}

void WizardStepsPage::showPrompt(const engine::Prompt& p) {
    m_prompt = p;
    if (p.kind == recovery::prompt_kind::kManualReset) {
        m_reset->setLabHands(m_wizard.shared() && m_wizard.shared()->labBoard ? &m_wizard.shared()->hands
                                                                              : nullptr);
        m_reset->showPrompt(p);
        m_stack->setCurrentIndex(Reset);
    } else if (p.kind == recovery::prompt_kind::kConfirm) {
        m_confirmTitle->setText(wizardText(p.title));
        m_confirmQuestion->setText(qs(p.question));
        const QString consequence =
            p.details.is_object() ? qs(p.details.value("consequence", std::string())) : QString();
        m_consequence->setText(tr("This cannot be undone: %1").arg(consequence));
        m_consequence->setVisible(!consequence.isEmpty());
        const QString phrase =
            p.details.is_object() ? qs(p.details.value("phrase", std::string())) : QString();
        m_phraseLabel->setText(tr("Type <b>%1</b> to go ahead:").arg(phrase.toHtmlEscaped()));
        m_phraseLabel->setVisible(!phrase.isEmpty());
        m_phrase->clear();
        m_phrase->setVisible(!phrase.isEmpty());
        m_confirm->setEnabled(phrase.isEmpty());
        for (const auto& c : p.choices)
            if (c.id == recovery::answer::kConfirm)
                m_confirm->setText(qs(c.label));
        m_stack->setCurrentIndex(Confirm);
    } else {
        m_choiceQuestion->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(wizardText(p.title).toHtmlEscaped(), qs(p.question).toHtmlEscaped()));
        auto* layout = m_choiceButtons->layout();
        while (auto* item = layout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        for (const auto& c : p.choices) {
            auto* b = new QPushButton(qs(c.label), m_choiceButtons);
            b->setObjectName(QStringLiteral("wizardChoice_") + qs(c.id));
            const QString id = qs(c.id);
            connect(b, &QPushButton::clicked, this, [this, id] { answer(id); });
            layout->addWidget(b);
        }
        m_stack->setCurrentIndex(Choice);
    }
}

void WizardStepsPage::answer(const QString& choice) {
    if (m_prompt)
        (void)m_wizard.answer(*m_prompt, choice);
}

void WizardStepsPage::promptEnded(engine::PromptId id, const QString& how) {
    if (!m_prompt || m_prompt->id != id)
        return;
    const bool reset = m_prompt->kind == recovery::prompt_kind::kManualReset;
    m_prompt.reset();
    if (reset) {
        m_reset->promptClosed(how);  // stays up: "keep holding" / the listening countdown
        return;
    }
    m_stack->setCurrentIndex(Working);
}

void WizardStepsPage::setJobEnded(const QString& sentence) {
    m_ended = true;
    m_prompt.reset();
    m_reset->stop();
    // Steps after the one that stopped the plan never ran: say so rather than "waiting".
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole + 1).toString() == QLatin1String("waiting")) {
            m_list->item(i)->setData(Qt::UserRole + 1, QStringLiteral("not-run"));
            render(i);
        }
    m_working->setText(sentence);
    m_stack->setCurrentIndex(Working);
    m_progress->setValue(m_progress->maximum());
    emit completeChanged();
}

QString WizardStepsPage::currentPromptKind() const {
    return m_prompt ? qs(m_prompt->kind) : QString();
}

QString WizardStepsPage::progressText() const {
    return m_step->text();
}

QStringList WizardStepsPage::stepLines() const {
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->data(Qt::UserRole + 1).toString() + QStringLiteral(": ") +
                     m_list->item(i)->data(Qt::UserRole).toString();
    return lines;
}

bool WizardStepsPage::isComplete() const {
    return m_ended;
}

}  // namespace rescue::ui
