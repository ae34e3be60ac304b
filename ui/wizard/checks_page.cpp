#include "ui/wizard/checks_page.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/core_text.h"
#include "ui/verdict_styles.h"
#include "ui/wizard/rescue_wizard.h"

namespace rescue::ui {

QString statusMark(const QString& status) {
    if (status == QLatin1String("pass") || status == QLatin1String("done"))
        return QStringLiteral("✔");
    if (status == QLatin1String("fail") || status == QLatin1String("failed"))
        return QStringLiteral("✖");
    if (status == QLatin1String("warn") || status == QLatin1String("stopped"))
        return QStringLiteral("⚠");
    if (status == QLatin1String("running"))
        return QStringLiteral("▶");
    if (status == QLatin1String("skipped") || status == QLatin1String("cancelled") ||
        status == QLatin1String("not-run"))
        return QStringLiteral("–");
    return QStringLiteral("ℹ");
}

QColor statusColour(const QString& status) {
    if (status == QLatin1String("pass") || status == QLatin1String("done"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("fail") || status == QLatin1String("failed"))
        return QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("warn") || status == QLatin1String("stopped"))
        return QColor(0xb2, 0x6a, 0x00);
    if (status == QLatin1String("running"))
        return QColor(0x15, 0x65, 0xc0);
    return QColor(0x54, 0x6e, 0x7a);
}

QString wrapText(const QString& text, int columns) {
    QString out, line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > columns) {
            out += line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line;
}

WizardChecksPage::WizardChecksPage(RescueWizard& wizard, QWidget* parent)
    : QWizardPage(parent), m_wizard(wizard) {
    setTitle(tr("Checking the board"));
    setSubTitle(tr("Each check says what it saw. Expand a check to read its evidence."));
    auto* layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("wizardChecks"));
    m_tree->setAccessibleName(tr("Checks"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({QString(), tr("Check"), tr("What it saw")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    // Summaries are sentences: wrapped, never cut off with an ellipsis.
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setUniformRowHeights(false);
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] { m_tree->doItemsLayout(); });
    layout->addWidget(m_tree, 1);
    m_status = new QLabel(tr("Opening the probe…"), this);
    m_status->setObjectName(QStringLiteral("wizardChecksStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    layout->addWidget(m_busy);
}

void WizardChecksPage::addCheck(const nlohmann::json& c) {
    const QString status = qs(c.value("status", std::string()));
    auto* item = new QTreeWidgetItem(m_tree);
    item->setText(0, statusMark(status));
    item->setForeground(0, statusColour(status));
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setText(1, wizardText(c.value("title", std::string())));
    const QString summary = qs(c.value("summary", std::string()));
    item->setText(2, wrapText(summary, 90));
    item->setToolTip(2, summary);
    item->setData(2, Qt::UserRole, summary);
    item->setData(0, Qt::UserRole, status);
    if (const auto ev = c.find("evidence"); ev != c.end() && ev->is_array())
        for (const auto& e : *ev) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(1, qs(e.value("name", std::string())));
            child->setText(2, qs(e.value("value", std::string())));
        }
    // A problem is opened at once: its evidence is what the person needs to read.
    if (status == QLatin1String("fail") || status == QLatin1String("warn"))
        item->setExpanded(true);
    m_tree->scrollToItem(item);
    m_status->setText(tr("Checked: %1").arg(item->text(1)));
}

void WizardChecksPage::setVerdictReached() {
    m_done = true;
    m_busy->hide();
    m_status->setText(tr("The checks are done. Next shows the verdict."));
    emit completeChanged();
}

void WizardChecksPage::setFailed(const QString& sentence) {
    m_done = true;
    m_busy->hide();
    m_status->setText(sentence);
    m_status->setStyleSheet(QString::fromLatin1(kBadStyle));
    emit completeChanged();
}

QStringList WizardChecksPage::checkLines() const {
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const auto* item = m_tree->topLevelItem(i);
        lines << QStringLiteral("%1: %2: %3")
                     .arg(item->data(0, Qt::UserRole).toString(), item->text(1),
                          item->data(2, Qt::UserRole).toString());
    }
    return lines;
}

bool WizardChecksPage::isComplete() const {
    return m_done;
}

}  // namespace rescue::ui
