#pragma once
// "Recover a stuck board…": a QWizard over the headless wizard (core/recovery/wizard.h). The
// pages are built from the engine job's events, the same value types the CLI prints:
//
//   Welcome  the probe (the device panel's selection or a choice), the board it last saw,
//            optional credentials (certificate key + chain, or a password file), and on a lab
//            board whether the simulated operator answers for the person
//   Checks   each diagnosis check as it completes (WIZARD log lines carrying toJson(check))
//   Verdict  the verdict, its reason and evidence, what is still possible
//   Plan     the StepPreviews with option-byte diffs, irreversible steps marked; Next answers
//            the job's "plan" prompt (WizardOptions::askBeforeSteps) so nothing runs unseen
//   Steps    progress, step states, and the prompts: manual reset (big instruction, countdown,
//            on a lab board a RESET button held with the mouse), confirmations, choices
//   Result   the final verdict, Open and erasable or why not, the report (copy, save) and a
//            support bundle
//
// The job runs in the device panel's "probes" session on its workspace. Cancel, on any page,
// cancels the job (its prompts are withdrawn) and closes the wizard; the log says where the
// board was left.

#include <memory>
#include <optional>

#include <QWizard>

#include "core/engine/event.h"
#include "ui/engine_metatypes.h"
#include "ui/wizard/wizard_job.h"

namespace rescue::ui {

class DaPanel;
class DevicePanel;
class EngineBridge;
class WizardChecksPage;
class WizardPlanPage;
class WizardResultPage;
class WizardStepsPage;
class WizardVerdictPage;
class WizardWelcomePage;

class RescueWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { Welcome, Checks, VerdictPage, Plan, Steps, Result };

    // `da` (optional) lends its chosen credential files as the starting point.
    RescueWizard(EngineBridge& bridge, DevicePanel& devices, DaPanel* da = nullptr,
                 QWidget* parent = nullptr);
    ~RescueWizard() override;

    WizardWelcomePage* welcomePage() const { return m_welcome; }
    WizardChecksPage* checksPage() const { return m_checks; }
    WizardVerdictPage* verdictPage() const { return m_verdict; }
    WizardPlanPage* planPage() const { return m_plan; }
    WizardStepsPage* stepsPage() const { return m_steps; }
    WizardResultPage* resultPage() const { return m_result; }

    // Starts the job (the welcome page's Next). False, with the reason on the welcome page,
    // when the request is not complete.
    bool start(WizardRequest request, std::vector<std::filesystem::path> secretFiles);
    quint64 job() const { return m_job; }
    bool running() const { return m_job != 0 && !m_ended; }
    bool ended() const { return m_ended; }
    std::optional<engine::JobEnded> jobEnd() const { return m_end; }
    // The outcome once the job has finished (null before, or when it failed).
    const recovery::WizardOutcome* outcome() const { return m_outcome ? &*m_outcome : nullptr; }
    std::shared_ptr<WizardRunShared> shared() const { return m_shared; }
    EngineBridge& bridge() const { return m_bridge; }
    bool answer(const engine::Prompt& prompt, const QString& choice);
    const std::vector<std::filesystem::path>& secretFiles() const { return m_secretFiles; }

    int nextId() const override;

public slots:
    void reject() override;

signals:
    void jobFinished();

private:
    void onLogLines(const rescue::ui::LogBatch& lines);
    void onPrompt(quint64 job, const rescue::engine::Prompt& prompt);
    void onState(const rescue::engine::StateChange& change);
    void onProgress(quint64 job, const rescue::engine::Progress& progress);
    void onJobEnded(quint64 job, const rescue::engine::JobEnded& ended);

    EngineBridge& m_bridge;
    DevicePanel& m_devices;
    std::shared_ptr<WizardRunShared> m_shared;
    std::vector<std::filesystem::path> m_secretFiles;
    quint64 m_job = 0;
    bool m_ended = false;
    int m_verdicts = 0;
    std::optional<engine::JobEnded> m_end;
    std::optional<recovery::WizardOutcome> m_outcome;

    WizardWelcomePage* m_welcome = nullptr;
    WizardChecksPage* m_checks = nullptr;
    WizardVerdictPage* m_verdict = nullptr;
    WizardPlanPage* m_plan = nullptr;
    WizardStepsPage* m_steps = nullptr;
    WizardResultPage* m_result = nullptr;
};

}  // namespace rescue::ui
