#pragma once
// The diagnosis as it runs: one row per check with a tick, a cross, a warning sign or an
// information mark, its one-sentence summary, and its evidence as child rows (expand to read).

#include <QWizardPage>

#include <nlohmann/json.hpp>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace rescue::ui {

class RescueWizard;

class WizardChecksPage : public QWizardPage {
    Q_OBJECT
public:
    explicit WizardChecksPage(RescueWizard& wizard, QWidget* parent = nullptr);

    // A check as toJson(DiagnosisCheck) carries it.
    void addCheck(const nlohmann::json& check);
    void setVerdictReached();
    void setFailed(const QString& sentence);

    QTreeWidget* tree() const { return m_tree; }
    // "status: title: summary" per check, in order.
    QStringList checkLines() const;

    bool isComplete() const override;

private:
    RescueWizard& m_wizard;
    QTreeWidget* m_tree = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    bool m_done = false;
};

// The mark and colour of a status ("pass", "warn", "fail", "info", "skipped"; steps: "done",
// "failed", ...), shared by the pages.
QString statusMark(const QString& status);
QColor statusColour(const QString& status);
// `text` broken into lines of at most about `columns` characters at spaces: tree views do not
// wrap reliably, and a sentence cut off with an ellipsis is a sentence not read.
QString wrapText(const QString& text, int columns);

}  // namespace rescue::ui
