#include "ui/wizard/wizard_job.h"

#include <fmt/format.h>

#include "core/device/catalog.h"
#include "core/engine/redactor.h"
#include "core/sim/lab/simulated_operator.h"

namespace rescue::ui {

void LabHands::attach(probe::LabBench* bench) {
    std::lock_guard lock(m_mutex);
    m_bench = bench;
}

void LabHands::detach() {
    std::lock_guard lock(m_mutex);
    // A button held when the run ends is let go: the board must not stay in reset.
    if (m_bench && m_bench->resetButtonPressed())
        m_bench->releaseResetButton();
    m_bench = nullptr;
}

bool LabHands::available() const {
    std::lock_guard lock(m_mutex);
    return m_bench != nullptr;
}

void LabHands::press() {
    std::lock_guard lock(m_mutex);
    if (m_bench)
        m_bench->pressResetButton();
}

void LabHands::release() {
    std::lock_guard lock(m_mutex);
    if (m_bench)
        m_bench->releaseResetButton();
}

bool LabHands::pressed() const {
    std::lock_guard lock(m_mutex);
    return m_bench && m_bench->resetButtonPressed();
}

engine::JobFunction makeWizardJob(std::shared_ptr<ProbeWorkspace> workspace, engine::Engine& engine,
                                  WizardRequest request, std::shared_ptr<WizardRunShared> shared) {
    return [workspace = std::move(workspace), &engine, request = std::move(request),
            shared = std::move(shared)](engine::JobContext& ctx) -> engine::JobResult {
        auto catalog = device::sharedCatalog();
        if (!catalog)
            return catalog.error();
        ctx.progress(-1.0, fmt::format("Opening {}", request.uri));
        auto opened = workspace->open(ctx, request.uri);
        if (!opened)
            return opened.error();
        std::unique_ptr<probe::DebugProbe> probe = std::move(*opened);
        probe::LabBench* bench = probe->labBench();
        if (request.simulatedOperator && !bench) {
            (void)probe->detach();
            return makeError(
                "ui.wizard.no-lab-operator",
                "The simulated operator exists only in the lab: this probe has no lab board behind it.",
                "Untick \"Let the simulated operator do it\" and press the board's RESET yourself.");
        }
        // The password stays out of every event while the job runs (the key never enters one).
        std::optional<engine::ScopedSecret> secret;
        if (request.options.password && ctx.redactor())
            secret.emplace(*ctx.redactor(), request.options.password->password.view());
        {
            std::lock_guard lock(shared->mutex);
            shared->labBoard = bench != nullptr;
        }
        shared->hands.attach(bench);
        std::unique_ptr<sim::lab::SimulatedOperator> person;
        if (request.simulatedOperator)
            person =
                std::make_unique<sim::lab::SimulatedOperator>(engine, *bench, probe->clock(), request.seed);
        auto outcome = recovery::runWizard(ctx, *probe, *catalog, request.options);
        person.reset();
        shared->hands.detach();
        (void)probe->detach();
        if (!outcome)
            return outcome.error();
        nlohmann::json result{{"open_and_erasable", outcome->openAndErasable},
                              {"verdict", outcome->finalVerdict.name},
                              {"lab", bench != nullptr}};
        std::lock_guard lock(shared->mutex);
        shared->outcome = std::move(*outcome);
        return result;
    };
}

}  // namespace rescue::ui
