#include "ui/wizard/rescue_wizard.h"

#include "core/recovery/prompts.h"
#include "ui/da_panel.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/verdict_styles.h"
#include "ui/wizard/checks_page.h"
#include "ui/wizard/plan_page.h"
#include "ui/wizard/result_page.h"
#include "ui/wizard/steps_page.h"
#include "ui/wizard/verdict_page.h"
#include "ui/wizard/welcome_page.h"

namespace rescue::ui {
namespace {

bool has(const nlohmann::json& j, const char* key) {
    return j.is_object() && j.contains(key);
}

}  // namespace

RescueWizard::RescueWizard(EngineBridge& bridge, DevicePanel& devices, DaPanel* da, QWidget* parent)
    : QWizard(parent), m_bridge(bridge), m_devices(devices) {
    registerEngineMetaTypes();
    setObjectName(QStringLiteral("rescueWizard"));
    setWindowTitle(tr("Recover a stuck board"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(900, 700);

    m_welcome = new WizardWelcomePage(*this, devices, this);
    m_checks = new WizardChecksPage(*this, this);
    m_verdict = new WizardVerdictPage(this);
    m_plan = new WizardPlanPage(*this, this);
    m_steps = new WizardStepsPage(*this, this);
    m_result = new WizardResultPage(*this, this);
    setPage(Welcome, m_welcome);
    setPage(Checks, m_checks);
    setPage(VerdictPage, m_verdict);
    setPage(Plan, m_plan);
    setPage(Steps, m_steps);
    setPage(Result, m_result);
    if (da)
        m_welcome->setCredentialFiles(da->credentialFiles());

    connect(&bridge, &EngineBridge::logLines, this, &RescueWizard::onLogLines);
    connect(&bridge, &EngineBridge::promptRaised, this, &RescueWizard::onPrompt);
    connect(&bridge, &EngineBridge::stateChanged, this, &RescueWizard::onState);
    connect(&bridge, &EngineBridge::progressChanged, this, &RescueWizard::onProgress);
    connect(&bridge, &EngineBridge::jobEnded, this, &RescueWizard::onJobEnded);
}

RescueWizard::~RescueWizard() {
    // The job holds only shared state: cancelling it is enough, it ends on its own worker.
    if (running())
        m_bridge.cancel(m_job);
}

bool RescueWizard::start(WizardRequest request, std::vector<std::filesystem::path> secretFiles) {
    if (m_job != 0 || request.uri.empty())
        return false;
    m_shared = std::make_shared<WizardRunShared>();
    m_secretFiles = std::move(secretFiles);
    m_job = m_bridge.submit(
        m_devices.session(), QStringLiteral("wizard"),
        makeWizardJob(m_devices.workspace(), m_bridge.engine(), std::move(request), m_shared));
    return m_job != 0;
}

bool RescueWizard::answer(const engine::Prompt& prompt, const QString& choice) {
    return m_bridge.answer(prompt.id, choice);
}

int RescueWizard::nextId() const {
    // A run that ended without an outcome (the probe did not open, cancelled) has nothing for
    // the verdict or the plan pages: the result page says why.
    if (m_ended && !m_outcome && currentId() > Welcome && currentId() < Result)
        return Result;
    return QWizard::nextId();
}

void RescueWizard::reject() {
    if (running())
        m_bridge.cancel(m_job);
    QWizard::reject();
}

void RescueWizard::onLogLines(const LogBatch& lines) {
    for (const auto& e : lines) {
        if (m_job == 0 || e.job != m_job)
            continue;
        const auto* line = std::get_if<engine::LogLine>(&e.payload);
        if (!line || line->channel != engine::channel::Wizard)
            continue;
        const auto& f = line->fields;
        if (has(f, "playbook") && has(f, "name") && has(f, "reason")) {
            // The first verdict ends the checks; later ones come from what the steps learned
            // (a DA discovery tells a closed chip's state and provisioning).
            m_verdict->setVerdict(f);
            if (++m_verdicts == 1)
                m_checks->setVerdictReached();
            else
                m_steps->showVerdict(f);
        } else if (has(f, "what") && has(f, "irreversible")) {
            m_plan->addStep(f);
            m_steps->addPlannedStep(f);
        } else if (has(f, "lab_ms") && has(f, "status")) {
            m_steps->setStepResult(f);
        } else if (has(f, "evidence") && has(f, "summary") && has(f, "status")) {
            m_checks->addCheck(f);
        } else if (line->text.starts_with("Plan: ")) {
            m_plan->setPlanTitle(qs(line->text.substr(6)));
        }
    }
}

void RescueWizard::onPrompt(quint64 job, const engine::Prompt& prompt) {
    if (m_job == 0 || job != m_job)
        return;
    if (prompt.kind == recovery::prompt_kind::kPlan)
        m_plan->setPlanPrompt(prompt);
    else
        m_steps->showPrompt(prompt);
}

void RescueWizard::onState(const engine::StateChange& change) {
    if (!running())
        return;
    if (change.subject == "wizard-step")
        m_steps->setStepState(qs(change.state), qs(change.detail));
    else if (change.subject == "prompt")
        m_steps->promptEnded(static_cast<engine::PromptId>(qs(change.detail).toULongLong()),
                             qs(change.state));
}

void RescueWizard::onProgress(quint64 job, const engine::Progress& progress) {
    if (m_job != 0 && job == m_job)
        m_steps->setProgress(progress);
}

void RescueWizard::onJobEnded(quint64 job, const engine::JobEnded& ended) {
    if (m_job == 0 || job != m_job)
        return;
    m_ended = true;
    m_end = ended;
    {
        std::lock_guard lock(m_shared->mutex);
        m_outcome = m_shared->outcome;
    }
    QString sentence;
    if (m_outcome)
        sentence = m_outcome->openAndErasable
                       ? tr("Done: the board is Open and erasable. Next shows the report.")
                       : tr("Done: %1. Next shows the report.").arg(qs(m_outcome->finalVerdict.name));
    else if (ended.outcome == engine::JobOutcome::Cancelled)
        sentence = tr("Cancelled. The board is left as the log says.");
    else
        sentence = ended.error ? tr("%1 %2").arg(qs(ended.error->message), qs(ended.error->hint))
                               : tr("The wizard stopped.");
    if (m_outcome)
        m_checks->setVerdictReached();
    else
        m_checks->setFailed(sentence);
    m_plan->setJobEnded();
    m_steps->setJobEnded(sentence);
    emit jobFinished();
}

}  // namespace rescue::ui
