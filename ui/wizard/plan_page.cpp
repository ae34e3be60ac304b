#include "ui/wizard/plan_page.h"

#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/recovery/prompts.h"
#include "ui/core_text.h"
#include "ui/verdict_styles.h"
#include "ui/wizard/checks_page.h"
#include "ui/wizard/rescue_wizard.h"

namespace rescue::ui {

WizardPlanPage::WizardPlanPage(RescueWizard& wizard, QWidget* parent)
    : QWizardPage(parent), m_wizard(wizard) {
    setTitle(tr("The plan"));
    setSubTitle(
        tr("Nothing has been changed yet. Read what each step will do; steps marked irreversible ask "
           "again before they run."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Run the plan"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("wizardPlanTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("wizardPlan"));
    m_tree->setAccessibleName(tr("Plan steps"));
    m_tree->setHeaderLabels({tr("Step"), tr("Before"), tr("After")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setUniformRowHeights(false);
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] { m_tree->doItemsLayout(); });
    // Before / After appear when a step changes option bytes.
    m_tree->setColumnHidden(1, true);
    m_tree->setColumnHidden(2, true);
    layout->addWidget(m_tree, 1);
    m_note = new QLabel(tr("Waiting for the wizard to finish planning…"), this);
    m_note->setObjectName(QStringLiteral("wizardPlanNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
}

void WizardPlanPage::setPlanTitle(const QString& title) {
    m_title->setText(wizardText(title.toStdString()));
}

void WizardPlanPage::addStep(const nlohmann::json& s) {
    const bool irreversible = s.value("irreversible", false);
    auto* item = new QTreeWidgetItem(m_tree);
    const int n = m_tree->topLevelItemCount();
    QString title = tr("%1. %2").arg(n).arg(wizardText(s.value("title", std::string())));
    if (irreversible)
        title += tr("  [IRREVERSIBLE]");
    item->setText(0, title);
    item->setData(0, Qt::UserRole, irreversible);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    if (irreversible)
        item->setForeground(0, QColor(0xc6, 0x28, 0x28));
    auto* what = new QTreeWidgetItem(item, {wrapText(qs(s.value("what", std::string())), 120)});
    what->setFirstColumnSpanned(true);
    if (irreversible && !s.value("consequence", std::string()).empty()) {
        auto* c = new QTreeWidgetItem(
            item, {wrapText(tr("Consequence: %1").arg(qs(s.value("consequence", std::string()))), 120)});
        c->setFirstColumnSpanned(true);
        c->setForeground(0, QColor(0xc6, 0x28, 0x28));
    }
    // "WRPS: 0x00 -> 0xFF" becomes field / before / after columns.
    static const QRegularExpression change(QStringLiteral("^\\s*([^:]+):\\s*(.*?)\\s*->\\s*(.*)$"));
    if (const auto ch = s.find("changes"); ch != s.end() && ch->is_array())
        for (const auto& line : *ch) {
            const QString text = qs(line.get<std::string>());
            auto* row = new QTreeWidgetItem(item);
            row->setData(0, Qt::UserRole + 1, text);
            if (const auto m = change.match(text); m.hasMatch()) {
                row->setText(0, tr("Option byte %1").arg(m.captured(1).trimmed()));
                row->setText(1, m.captured(2));
                row->setText(2, m.captured(3));
                m_tree->setColumnHidden(1, false);
                m_tree->setColumnHidden(2, false);
            } else {
                row->setText(0, text);
                row->setFirstColumnSpanned(true);
            }
        }
    item->setExpanded(true);
}

void WizardPlanPage::setPlanPrompt(const engine::Prompt& prompt) {
    m_prompt = prompt;
    m_note->setText(hasIrreversible()
                        ? tr("Run the plan starts the steps. The irreversible ones ask before they run.")
                        : tr("Run the plan starts the steps. None of them is irreversible."));
    emit completeChanged();
}

void WizardPlanPage::setJobEnded() {
    m_ended = true;
    if (!m_prompt)
        m_note->setText(tr("The wizard has ended; Next shows the result."));
    emit completeChanged();
}

QStringList WizardPlanPage::stepLines() const {
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        lines << m_tree->topLevelItem(i)->text(0);
    return lines;
}

QStringList WizardPlanPage::changeLines() const {
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const auto* step = m_tree->topLevelItem(i);
        for (int k = 0; k < step->childCount(); ++k)
            if (const QString raw = step->child(k)->data(0, Qt::UserRole + 1).toString(); !raw.isEmpty())
                lines << raw;
    }
    return lines;
}

bool WizardPlanPage::hasIrreversible() const {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toBool())
            return true;
    return false;
}

bool WizardPlanPage::isComplete() const {
    return m_prompt.has_value() || m_ended;
}

bool WizardPlanPage::validatePage() {
    // A simulated operator may have answered already; answering again is harmless.
    if (m_prompt)
        (void)m_wizard.answer(*m_prompt, QString::fromLatin1(recovery::answer::kRun.data()));
    return true;
}

}  // namespace rescue::ui
