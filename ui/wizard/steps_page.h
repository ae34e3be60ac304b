#pragma once
// The plan running: overall progress with the step's name, each step's state as it changes,
// and the questions the steps ask: the manual reset (ManualResetPanel), the confirmation of
// an irreversible step (its consequence in red; a typed phrase when the step carries one),
// and choices. Next is offered once the job has ended.

#include <map>
#include <optional>

#include <QWizardPage>

#include <nlohmann/json.hpp>

#include "core/engine/event.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace rescue::ui {

class ManualResetPanel;
class RescueWizard;

class WizardStepsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit WizardStepsPage(RescueWizard& wizard, QWidget* parent = nullptr);

    void addPlannedStep(const nlohmann::json& preview);
    void setProgress(const engine::Progress& progress);
    void setStepState(const QString& id, const QString& state);
    void setStepResult(const nlohmann::json& result);
    // A verdict the steps refined (toJson(Verdict)), shown above the steps.
    void showVerdict(const nlohmann::json& verdict);
    QString verdictText() const;
    void showPrompt(const engine::Prompt& prompt);
    // StateChange{"prompt", how, id}.
    void promptEnded(engine::PromptId id, const QString& how);
    void setJobEnded(const QString& sentence);

    ManualResetPanel* manualReset() const { return m_reset; }
    // The prompt shown now (none while the steps work).
    std::optional<engine::Prompt> currentPrompt() const { return m_prompt; }
    QString currentPromptKind() const;
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* declineButton() const { return m_decline; }
    QLineEdit* phraseEdit() const { return m_phrase; }
    QString progressText() const;
    // "state: title" per step.
    QStringList stepLines() const;

    bool isComplete() const override;
    void initializePage() override;

private:
    QWidget* buildConfirm();
    void render(int row);
    QWidget* buildChoice();
    void answer(const QString& choice);

    RescueWizard& m_wizard;
    std::map<std::string, int> m_rows;  // step id -> row
    std::optional<engine::Prompt> m_prompt;
    bool m_ended = false;

    QProgressBar* m_progress = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_verdictNow = nullptr;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_working = nullptr;
    ManualResetPanel* m_reset = nullptr;
    QLabel* m_confirmTitle = nullptr;
    QLabel* m_confirmQuestion = nullptr;
    QLabel* m_consequence = nullptr;
    QLabel* m_phraseLabel = nullptr;
    QLineEdit* m_phrase = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_decline = nullptr;
    QLabel* m_choiceQuestion = nullptr;
    QWidget* m_choiceButtons = nullptr;
};

}  // namespace rescue::ui
