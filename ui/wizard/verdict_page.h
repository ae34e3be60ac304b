#pragma once
// The verdict: its name large (the words a support person repeats), the reason, the evidence,
// and, for a board the wizard cannot bring back, what is still possible.

#include <QWizardPage>

#include <nlohmann/json.hpp>

class QLabel;
class QTreeWidget;

namespace rescue::ui {

class WizardVerdictPage : public QWizardPage {
    Q_OBJECT
public:
    explicit WizardVerdictPage(QWidget* parent = nullptr);

    // toJson(Verdict).
    void setVerdict(const nlohmann::json& verdict);

    QString verdictName() const;
    QString reasonText() const;
    QStringList evidenceLines() const;  // "name: value"
    QStringList stillPossible() const;
    bool recoverable() const { return m_recoverable; }

private:
    QLabel* m_name = nullptr;
    QLabel* m_reason = nullptr;
    QTreeWidget* m_evidence = nullptr;
    QLabel* m_possibleTitle = nullptr;
    QLabel* m_possible = nullptr;
    QStringList m_possibleLines;
    bool m_recoverable = false;
};

}  // namespace rescue::ui
