#pragma once
// The plan before it runs: each step with what it will do, the option-byte changes it makes
// (field, before, after), and the irreversible ones marked. Nothing has run yet: Next (Run
// the plan) answers the job's "plan" prompt; Cancel leaves the board untouched.

#include <QWizardPage>

#include <nlohmann/json.hpp>

#include "core/engine/event.h"

class QLabel;
class QTreeWidget;

namespace rescue::ui {

class RescueWizard;

class WizardPlanPage : public QWizardPage {
    Q_OBJECT
public:
    explicit WizardPlanPage(RescueWizard& wizard, QWidget* parent = nullptr);

    void setPlanTitle(const QString& title);
    // toJson(StepPreview).
    void addStep(const nlohmann::json& step);
    // The job waits for the plan to be accepted (or has ended without asking).
    void setPlanPrompt(const engine::Prompt& prompt);
    void setJobEnded();

    QTreeWidget* tree() const { return m_tree; }
    // "title [irreversible]" per step; "field: before -> after" per change.
    QStringList stepLines() const;
    QStringList changeLines() const;
    bool hasIrreversible() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    RescueWizard& m_wizard;
    QLabel* m_title = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_note = nullptr;
    std::optional<engine::Prompt> m_prompt;
    bool m_ended = false;
};

}  // namespace rescue::ui
