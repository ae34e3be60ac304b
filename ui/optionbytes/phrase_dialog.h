#pragma once
// Asks a person to type the exact confirmation phrase of every irreversible finding (the same
// phrases `rescue ob check` prints and `rescue ob write --confirm` wants). OK stays disabled
// until each field matches exactly; what was typed goes to the operation, which checks again.

#include <QDialog>
#include <QStringList>

#include "core/optionbytes/finding.h"

class QLineEdit;
class QPushButton;

namespace rescue::ui {

class PhraseDialog : public QDialog {
    Q_OBJECT
public:
    PhraseDialog(const std::vector<optionbytes::Finding>& findings, const QStringList& phrases,
                 QWidget* parent = nullptr);
    QStringList typed() const;

private:
    void check();
    QStringList m_phrases;
    QList<QLineEdit*> m_edits;
    QPushButton* m_ok = nullptr;
};

}  // namespace rescue::ui
