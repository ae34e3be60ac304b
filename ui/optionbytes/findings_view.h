#pragma once
// The validator's findings on the pending change, one box each: the grade's icon and colour,
// the sentence, the rule's source and what to do instead (the same words `rescue ob check`
// prints). Rebuilt on every edit; empty changes show one neutral line.

#include <QStringList>
#include <QWidget>

#include "core/optionbytes/finding.h"

class QVBoxLayout;

namespace rescue::ui {

class FindingsView : public QWidget {
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);

    // `daSeen`: what a DA discovery said, or why none was asked yet (empty: not relevant).
    void setReport(const optionbytes::PolicyReport& report, bool hasChanges, const QString& daSeen);
    // "grade: sentence" per finding, for tests and the clipboard.
    QStringList lines() const { return m_lines; }

private:
    void addBox(const QString& style, const QIcon& icon, const QString& html);

    QVBoxLayout* m_layout;
    QStringList m_lines;
};

// The style of verdict_styles.h that fits a grade (refused and irreversible red, risky amber).
const char* gradeStyle(optionbytes::Grade grade);
QString gradeTitle(optionbytes::Grade grade);  // "Refused", "Irreversible", ... (translated)

}  // namespace rescue::ui
