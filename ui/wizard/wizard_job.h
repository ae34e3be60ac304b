#pragma once
// The GUI wizard's engine job: the headless wizard (core/recovery/wizard.h) on the board behind
// a probe of the device panel's workspace, in the panel's "probes" session (one registry owns
// the probes). Plain C++, no Qt: the job runs on the worker, the pages read its events.
//
// The job hands two things back to the GUI thread through WizardRunShared: the outcome (the
// result page's report and bundle) and, on a lab board, the board's RESET button (LabHands),
// which exists only while the job has the probe open.

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/engine/engine.h"
#include "core/probe/lab_bench.h"
#include "core/recovery/wizard.h"
#include "ui/probe_jobs.h"

namespace rescue::ui {

// The lab board's RESET button as a person's hands reach it: pressed and let go from the GUI
// thread while the job holds the probe; nothing happens once the job has let the probe go.
class LabHands {
public:
    void attach(probe::LabBench* bench);
    void detach();
    bool available() const;
    void press();
    void release();
    bool pressed() const;

private:
    mutable std::mutex m_mutex;
    probe::LabBench* m_bench = nullptr;
};

struct WizardRunShared {
    LabHands hands;
    // Set by the job before it ends (read after JobEnded, on the GUI thread).
    std::mutex mutex;
    std::optional<recovery::WizardOutcome> outcome;
    bool labBoard = false;
};

struct WizardRequest {
    std::string uri;
    recovery::WizardOptions options;
    bool simulatedOperator = false;  // lab boards: the lab's simulated person answers every prompt
    std::uint64_t seed = 1;
};

// Result: {"open_and_erasable", "verdict", "lab"}; a wizard that could not run (probe not
// opened, catalog missing, cancelled before the diagnosis ended) fails with its error.
engine::JobFunction makeWizardJob(std::shared_ptr<ProbeWorkspace> workspace, engine::Engine& engine,
                                  WizardRequest request, std::shared_ptr<WizardRunShared> shared);

}  // namespace rescue::ui
