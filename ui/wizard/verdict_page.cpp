#include "ui/wizard/verdict_page.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/verdict_styles.h"

namespace rescue::ui {

WizardVerdictPage::WizardVerdictPage(QWidget* parent) : QWizardPage(parent) {
    setTitle(tr("Verdict"));
    setSubTitle(tr("What state the board is in, and why the wizard thinks so."));
    auto* layout = new QVBoxLayout(this);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("wizardVerdictName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_name->setFont(big);
    layout->addWidget(m_name);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("wizardVerdictReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reason);
    layout->addWidget(new QLabel(tr("Evidence:"), this));
    m_evidence = new QTreeWidget(this);
    m_evidence->setObjectName(QStringLiteral("wizardVerdictEvidence"));
    m_evidence->setAccessibleName(tr("Evidence for the verdict"));
    m_evidence->setRootIsDecorated(false);
    m_evidence->setHeaderLabels({tr("What"), tr("Value")});
    m_evidence->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_evidence, 1);
    m_possibleTitle = new QLabel(tr("<b>What is still possible</b>"), this);
    layout->addWidget(m_possibleTitle);
    m_possible = new QLabel(this);
    m_possible->setObjectName(QStringLiteral("wizardStillPossible"));
    m_possible->setWordWrap(true);
    m_possible->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_possible->setStyleSheet(QString::fromLatin1(kNeutralStyle));
    layout->addWidget(m_possible);
    m_possibleTitle->hide();
    m_possible->hide();
}

void WizardVerdictPage::setVerdict(const nlohmann::json& v) {
    m_recoverable = v.value("recoverable", false);
    const QString id = qs(v.value("id", std::string()));
    m_name->setText(qs(v.value("name", std::string())));
    // Green for a healthy board, amber for a way back, red for none.
    m_name->setStyleSheet(QString::fromLatin1(id == QLatin1String("healthy") ? kGoodStyle
                                              : m_recoverable                ? kWarnStyle
                                                                             : kBadStyle));
    QString reason = qs(v.value("reason", std::string()));
    // A closed chip's way back depends on its DA provisioning, which only the plan's discovery
    // tells: promise no more than that.
    const bool daDecides = v.value("playbook", std::string()) == "da-regression" &&
                           v.value("name", std::string()).find("DA provisioned") == std::string::npos;
    reason += daDecides
                  ? tr("\n\nThe plan's first step, a Debug Authentication discovery, tells whether a way "
                       "back exists; the next page shows the plan.")
              : m_recoverable ? tr("\n\nThe wizard has a way back: the next page shows its plan.")
                              : tr("\n\nThe wizard has no way back to Open for this board.");
    m_reason->setText(reason);
    m_evidence->clear();
    if (const auto ev = v.find("evidence"); ev != v.end() && ev->is_array())
        for (const auto& e : *ev)
            new QTreeWidgetItem(m_evidence,
                                {qs(e.value("name", std::string())), qs(e.value("value", std::string()))});
    m_possibleLines.clear();
    if (const auto sp = v.find("still_possible"); sp != v.end() && sp->is_array())
        for (const auto& s : *sp)
            if (s.is_string())
                m_possibleLines << qs(s.get<std::string>());
    QString html;
    for (const QString& line : m_possibleLines)
        html += QStringLiteral("• %1<br>").arg(line.toHtmlEscaped());
    m_possible->setText(html);
    m_possibleTitle->setVisible(!m_possibleLines.isEmpty());
    m_possible->setVisible(!m_possibleLines.isEmpty());
}

QString WizardVerdictPage::verdictName() const {
    return m_name->text();
}

QString WizardVerdictPage::reasonText() const {
    return m_reason->text();
}

QStringList WizardVerdictPage::evidenceLines() const {
    QStringList lines;
    for (int i = 0; i < m_evidence->topLevelItemCount(); ++i)
        lines << m_evidence->topLevelItem(i)->text(0) + QStringLiteral(": ") +
                     m_evidence->topLevelItem(i)->text(1);
    return lines;
}

QStringList WizardVerdictPage::stillPossible() const {
    return m_possibleLines;
}

}  // namespace rescue::ui
