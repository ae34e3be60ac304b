#include "ui/optionbytes/findings_view.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/verdict_styles.h"

namespace rescue::ui {

using optionbytes::Grade;

const char* gradeStyle(Grade grade) {
    switch (grade) {
        case Grade::Refused:
        case Grade::Irreversible:
            return kBadStyle;
        case Grade::Risky:
            return kWarnStyle;
        case Grade::Note:
            return kNeutralStyle;
    }
    return kNeutralStyle;
}

QString gradeTitle(Grade grade) {
    switch (grade) {
        case Grade::Refused:
            return FindingsView::tr("Refused");
        case Grade::Irreversible:
            return FindingsView::tr("Irreversible");
        case Grade::Risky:
            return FindingsView::tr("Risky");
        case Grade::Note:
            return FindingsView::tr("Note");
    }
    return {};
}

namespace {

QIcon gradeIcon(const QWidget* w, Grade grade) {
    switch (grade) {
        case Grade::Refused:
            return w->style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Grade::Irreversible:
        case Grade::Risky:
            return w->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Grade::Note:
            return w->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

}  // namespace

FindingsView::FindingsView(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

void FindingsView::addBox(const QString& style, const QIcon& icon, const QString& html) {
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    if (!icon.isNull()) {
        auto* pic = new QLabel(row);
        pic->setPixmap(icon.pixmap(20, 20));
        pic->setAlignment(Qt::AlignTop);
        h->addWidget(pic);
    }
    auto* text = new QLabel(row);
    text->setObjectName(QStringLiteral("obFinding"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setStyleSheet(style);
    text->setText(html);
    h->addWidget(text, 1);
    m_layout->addWidget(row);
}

void FindingsView::setReport(const optionbytes::PolicyReport& report, bool hasChanges,
                             const QString& daSeen) {
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_lines.clear();
    if (!daSeen.isEmpty())
        addBox(QString::fromLatin1(kNeutralStyle), {},
               tr("DA configuration: %1").arg(daSeen.toHtmlEscaped()));
    for (const auto& f : report.findings) {
        QString html = QStringLiteral("<b>%1</b> %2<br/><small>%3</small>")
                           .arg(gradeTitle(f.grade), qs(f.sentence).toHtmlEscaped(),
                                tr("Source: %1").arg(qs(f.source).toHtmlEscaped()));
        if (!f.instead.empty())
            html += QStringLiteral("<br/>") + tr("Instead: %1").arg(qs(f.instead).toHtmlEscaped());
        if (!f.confirmationPhrase.empty())
            html += QStringLiteral("<br/>") +
                    tr("Apply will ask you to type: <b>%1</b>").arg(qs(f.confirmationPhrase).toHtmlEscaped());
        addBox(QString::fromLatin1(gradeStyle(f.grade)), gradeIcon(this, f.grade), html);
        m_lines << QStringLiteral("%1: %2").arg(qs(std::string(optionbytes::toString(f.grade))),
                                                qs(f.sentence));
    }
    if (report.findings.empty())
        addBox(QString::fromLatin1(hasChanges ? kGoodStyle : kNeutralStyle), {},
               hasChanges ? tr("The validator has nothing against this change.")
                          : tr("No pending change: edit a field, a WRP cell or the product state."));
}

}  // namespace rescue::ui
