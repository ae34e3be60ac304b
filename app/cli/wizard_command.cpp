// `rescue wizard`: the stuck-board wizard headless (core/recovery/wizard.h), in one engine
// job, its events printed as they come and its prompts answered by a person on the terminal
// or, on a lab board, by the simulated operator at the board's RESET button.
//   wizard --probe URI [--key K --cert C | --password P] [--permission NAME] [--obk FILE]
//          [--operator terminal|simulated] [--seed N] [--report FILE] [--json]
// Exit 0: the board ends Open and erasable; 1: a verdict (said, with its evidence); 2: usage.
#include <unistd.h>

#include <condition_variable>
#include <deque>
#include <fstream>
#include <iostream>
#include <mutex>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_checks.h"
#include "app/cli/cli_credentials.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_probe.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/obk_file.h"
#include "core/auth/password.h"
#include "core/device/catalog.h"
#include "core/engine/engine.h"
#include "core/recovery/prompts.h"
#include "core/recovery/wizard.h"
#include "core/sim/lab/simulated_operator.h"
#include "core/sim/lab/workbench_probes.h"

namespace rescue::cli {
namespace {

struct WizardArgs {
    ProbeChoice probe;
    std::string key, cert, password, obk, passphraseFile;
    std::string permission = "full-regression";
    std::string person = "terminal";
    std::uint64_t seed = 1;
    std::string report;
};

int usage(CliOutput& out, std::string message, std::string hint) {
    out.fail(makeError("cli.usage", std::move(message), std::move(hint)));
    return Usage;
}

// Events from the engine's worker, handed to the main thread (the engine's listeners must
// not block; the terminal is read here).
class EventQueue {
public:
    void push(const engine::Event& e) {
        std::lock_guard lock(m_mutex);
        m_events.push_back(e);
        m_wake.notify_all();
    }
    engine::Event pop() {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return !m_events.empty(); });
        engine::Event e = std::move(m_events.front());
        m_events.pop_front();
        return e;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<engine::Event> m_events;
};

// The simulated operator's hands on a replay: there is no board to press.
class NoBench final : public probe::LabBench {
public:
    void pressResetButton() override {}
    void releaseResetButton() override {}
    bool resetButtonPressed() override { return false; }
    void scheduleResetButton(Clock::TimePoint, bool) override {}
};

// The person at the terminal. On a lab board their answers move the lab's RESET button too
// (nobody can press a simulated button by hand).
std::string askOnTerminal(const engine::Prompt& p, probe::LabBench* bench, Clock& clock) {
    std::cerr << "\n=== " << p.title << " ===\n" << p.question << "\n";
    for (std::size_t i = 0; i < p.choices.size(); ++i)
        std::cerr << fmt::format("  [{}] {}\n", i + 1, p.choices[i].label);
    std::cerr << "Choice (Enter = 1): " << std::flush;
    std::string line;
    if (!std::getline(std::cin, line))
        return std::string(recovery::answer::kCancel);
    std::size_t index = 0;
    if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0])))
        index = static_cast<std::size_t>(std::atoi(line.c_str()) - 1);
    const std::string choice =
        index < p.choices.size() ? p.choices[index].id : std::string(recovery::answer::kCancel);
    if (bench && choice == recovery::answer::kHolding)
        bench->pressResetButton();
    if (bench && choice == recovery::answer::kRelease)
        bench->scheduleResetButton(clock.now() + std::chrono::milliseconds(300), false);
    return choice;
}

int runWizardCommand(CliOutput& out, const WizardArgs& args) {
    if (args.person != "terminal" && args.person != "simulated")
        return usage(out, fmt::format("'{}' is not an operator.", args.person),
                     "Use --operator terminal or simulated.");
    recovery::WizardOptions options;
    options.permission = args.permission;
    options.obkFile = args.obk;
    if (!args.obk.empty()) {
        // Only a chip in Provisioning needs it, but a wrong file is the person's input: say so
        // before the board is touched, not in the middle of a plan.
        if (auto obk = auth::loadObkFile(args.obk); !obk) {
            Error e = std::move(obk).error();
            e.with("option", "--obk");
            out.fail(e);
            return Usage;
        }
    }
    auto credentials = loadCliCredentials(out, args.key, args.cert, args.password, args.passphraseFile);
    if (!credentials)
        return Usage;
    options.certificate = std::move(credentials->certificate);
    options.password = std::move(credentials->password);
    auto catalog = device::sharedCatalog();
    if (!catalog) {
        out.fail(catalog.error());
        return TargetSaidNo;
    }

    // Lab boards and replays run on a virtual clock shared with the engine (fast, repeatable;
    // a replay's clock moves to the recorded times, so its timeouts fall where they fell).
    const bool lab = args.probe.uri.starts_with("lab:") || args.probe.uri.starts_with("replay:");
    std::shared_ptr<Clock> clock = lab ? std::shared_ptr<Clock>(std::make_shared<VirtualClock>())
                                       : std::shared_ptr<Clock>(std::make_shared<SteadyClock>());
    auto registry = sim::lab::makeWorkbenchProbeRegistry(lab ? clock : std::make_shared<VirtualClock>());
    // A recording (--record) never holds the password's mailbox words.
    auto secrets = std::make_shared<engine::Redactor>();
    if (options.password)
        secrets->add(options.password->password.view());
    auto opened = openChosenProbe(*registry, args.probe, secrets);
    if (!opened) {
        out.fail(opened.error());
        return exitCodeForOpening(opened.error());
    }
    std::unique_ptr<probe::DebugProbe> probe = std::move(*opened);
    probe::LabBench* bench = probe->labBench();
    // On a replay the simulated operator answers the prompts as the recorded run's did; its
    // hands reach no board (the recording holds what the chip did).
    NoBench replayHands;
    if (args.person == "simulated" && !bench && probe->info().transport == "replay")
        bench = &replayHands;
    if (args.person == "simulated" && !bench)
        return usage(out,
                     "The simulated operator exists only in the lab: this probe has no lab board behind it.",
                     "Use --operator terminal on a real board.");
    options.personAvailable = args.person == "simulated" || ::isatty(STDIN_FILENO) || !out.json();

    engine::EngineOptions eo;
    eo.clock = clock;
    engine::Engine engine(eo);
    EventQueue events;
    const int listener = engine.addListener([&events](const engine::Event& e) { events.push(e); });
    std::unique_ptr<sim::lab::SimulatedOperator> person;
    if (args.person == "simulated") {
        sim::lab::OperatorProfile profile;
        person = std::make_unique<sim::lab::SimulatedOperator>(engine, *bench, *clock, args.seed, profile);
    }

    out.line(
        fmt::format("Probe: {} {} ({})", probe->info().model, probe->info().firmware, probe->info().uri));
    std::optional<Result<recovery::WizardOutcome>> outcome;
    const auto session = engine.openSession("wizard");
    const auto job = engine.submit(session, "wizard", [&](engine::JobContext& ctx) -> engine::JobResult {
        outcome = recovery::runWizard(ctx, *probe, *catalog, options);
        if (!*outcome)
            return outcome->error();
        return nlohmann::json{{"open_and_erasable", outcome->value().openAndErasable}};
    });
    for (;;) {
        const engine::Event e = events.pop();
        if (const auto* line = std::get_if<engine::LogLine>(&e.payload)) {
            if (line->level != engine::LogLevel::Debug &&
                (line->channel == engine::channel::Wizard || line->channel == engine::channel::Da))
                out.line(line->text);
        } else if (const auto* p = std::get_if<engine::Prompt>(&e.payload)) {
            if (person)
                out.line(fmt::format("[operator] {}", p->title));
            else
                (void)engine.answer(p->id, askOnTerminal(*p, bench, *clock));
        } else if (const auto* end = std::get_if<engine::JobEnded>(&e.payload); end && e.job == job) {
            break;
        }
    }
    (void)engine.wait(job, std::chrono::seconds(5));
    engine.removeListener(listener);
    person.reset();
    (void)probe->detach();
    out.data()["journal"] = engine.journalPath().string();

    if (!outcome || !*outcome) {
        const Error e = outcome
                            ? outcome->error()
                            : makeError("recovery.cancelled", "The wizard was cancelled.", "Run it again.");
        out.fail(e);
        return TargetSaidNo;
    }
    const recovery::WizardOutcome& o = outcome->value();
    const std::string report = recovery::reportText(o);
    const nlohmann::json all = recovery::toJson(o);
    for (const auto& [k, v] : all.items())
        out.data()[k] = v;
    out.data()["report"] = report;
    out.line("");
    out.line(report);
    if (!args.report.empty()) {
        std::ofstream file(args.report, std::ios::trunc);
        file << report;
        if (!file) {
            out.fail(makeError("cli.report-write",
                               fmt::format("The report could not be written to {}.", args.report),
                               "Check the path and that the folder is writable."));
            return Usage;
        }
        out.data()["report_file"] = args.report;
    }
    return o.openAndErasable ? Done : TargetSaidNo;
}

}  // namespace

void addWizardCommand(CLI::App& app, CliState& state) {
    auto args = std::make_shared<WizardArgs>();
    auto* cmd = app.add_subcommand(
        "wizard",
        "Diagnose a stuck board and recover it: checks with evidence, a verdict, a plan, then the steps.\n"
        "With credentials it may run a Full Regression, which ERASES the user flash (it asks first).");
    addProbeOptions(cmd, args->probe);
    cmd->add_option("--key", args->key, "Leaf private key (PEM), certificate method");
    cmd->add_option("--cert", args->cert, "Certificate chain, root first (.b64), certificate method");
    cmd->add_option("--password", args->password, "password.bin (ST's TLV) or a raw password file");
    cmd->add_option(
        "--passphrase-file", args->passphraseFile,
        "The passphrase of an encrypted --key, on the file's first line (else asked on the terminal)");
    cmd->add_option("--permission", args->permission,
                    "The DA permission to ask for (default full-regression)");
    cmd->add_option("--obk", args->obk,
                    "A DA configuration (.obk) to provision on a chip stuck in Provisioning");
    cmd->add_option("--operator", args->person,
                    "Who answers the prompts: terminal (a person) or simulated (lab boards only)");
    cmd->add_option("--seed", args->seed, "Seed of the simulated operator's reaction times")
        ->check(wholeNumber());
    cmd->add_option("--report", args->report, "Also write the report (text for a forum or a ticket) to FILE");
    cmd->callback(
        [&state, args] { state.action = [args](CliOutput& out) { return runWizardCommand(out, *args); }; });
}

}  // namespace rescue::cli
