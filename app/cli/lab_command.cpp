// `rescue lab ...`: the virtual lab's boards, as a lab user or a training session sees them.
//   list                          the shipped scenarios
//   reset NAME|PATH               the board back to its scenario's start
//   show NAME|PATH                the board as the lab knows it (lab-side truth, for trainers)
//   serve --scenario NAME|FILE    the board's virtual ST-LINK over the ST-LINK server TCP protocol
//   campaign --runs N --seed S    seeded recoveries and operations under injected faults, checked
#include <arpa/inet.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <iostream>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_checks.h"
#include "app/cli/cli_output.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "core/sim/lab/fault_campaign.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_snapshot.h"
#include "core/sim/lab/lab_store.h"
#include "core/sim/lab/lab_uri.h"
#include "core/sim/scenario.h"
#include "core/sim/stlink/stlink_server.h"

namespace rescue::cli {
namespace {

using nlohmann::json;

// ---- shared ------------------------------------------------------------------------------

// Exit codes for the lab's errors (exit_codes.h): bad scenario or state file = bad input;
// a board held by another process is like a probe in use.
int exitCodeFor(const Error& error) {
    const std::string& c = error.code;
    if (c.starts_with("scenario.") || c == "lab.bad-uri" || c == "lab.state-corrupt" || c == "cli.usage" ||
        c == "sim.stlink-server.bad-address" || c == "sim.stlink-server.not-loopback")
        return Usage;
    if (c == "lab.board-busy" || c.starts_with("sim.stlink-server."))
        return ProbeError;
    return TargetSaidNo;
}

int failWith(CliOutput& out, const Error& error) {
    out.fail(error);
    return exitCodeFor(error);
}

// The name a person uses for the board: the shipped name, or the file as given.
std::string boardName(const sim::Scenario& scenario) {
    return sim::lab::isShippedScenario(scenario) ? scenario.name : scenario.sourceFile.string();
}

// Opens the board from the lab store, telling the person how it was opened.
Result<std::unique_ptr<sim::lab::LabInstance>> openBoard(CliOutput& out, const sim::Scenario& scenario) {
    auto lab = sim::lab::LabInstance::openPersistent(scenario, std::make_shared<SteadyClock>());
    if (!lab)
        return lab;
    for (const auto& note : (*lab)->notes())
        out.warn(note);
    return lab;
}

// ---- list --------------------------------------------------------------------------------

int listScenarios(CliOutput& out) {
    auto listings = sim::listShippedScenarios();
    auto& rows = out.data()["scenarios"] = json::array();
    if (listings.empty()) {
        out.fail(makeError("lab.no-scenarios",
                           "No lab scenarios were found in " + sim::shippedScenarioDir().string() + ".",
                           "Set RESCUE_RESOURCE_DIR to the resources/ folder of the installation."));
        return TargetSaidNo;
    }
    std::size_t width = 0;
    for (const auto& l : listings)
        width = std::max(width, l.name.size());
    for (const auto& l : listings) {
        auto sc = sim::loadScenarioFile(l.file);
        json row = {{"name", l.name}, {"description", l.description}, {"file", l.file.string()}};
        if (sc) {
            row["chip"] = sc->chip;
            row["lifecycle"] = sc->lifecycle;
            row["probe"] = sc->probe.model;
            row["nrst_wired"] = sc->probe.nrstWired;
            row["da"] = !sc->da                                        ? "none"
                        : sc->da->method == sim::DaMethod::Certificate ? "certificate"
                                                                       : "password";
        }
        rows.push_back(row);
        out.line(fmt::format("{:<{}}  {}", l.name, width, l.description));
    }
    out.line("");
    out.line("Use a board with --probe lab:NAME (or lab:path/to/scenario.json).");
    return Done;
}

// ---- reset -------------------------------------------------------------------------------

int resetBoard(CliOutput& out, const std::string& nameOrPath) {
    auto scenario = sim::loadScenarioByNameOrPath(nameOrPath);
    if (!scenario)
        return failWith(out, scenario.error());
    const sim::lab::LabStore store;
    auto removed = store.reset(*scenario);
    if (!removed)
        return failWith(out, removed.error());
    const std::string name = boardName(*scenario);
    out.data()["board"] = name;
    out.data()["uri"] = sim::lab::labUriFor(*scenario);
    out.data()["state_file"] = store.stateFile(*scenario)->string();
    out.data()["had_saved_state"] = *removed;
    out.line(
        *removed
            ? fmt::format("Lab board {} is back at its scenario's start (its saved state was removed).", name)
            : fmt::format("Lab board {} had no saved state: it already starts from its scenario.", name));
    return Done;
}

// ---- show --------------------------------------------------------------------------------

std::string yesNo(bool b) {
    return b ? "yes" : "no";
}

void printSnapshot(CliOutput& out, const json& s) {
    const json& chip = s["chip"];
    const json& wiring = s["wiring"];
    const json& access = s["debug_access"];
    const json& da = s["da"];
    auto row = [&](const char* label, const std::string& text) {
        out.line(fmt::format("  {:<14}{}", label, text));
    };
    out.line(
        fmt::format("Lab board {} -- lab-side truth: what the simulator knows, which a probe or a host "
                    "cannot see directly.",
                    s["scenario"]["name"].get<std::string>()));
    row("scenario", s["scenario"]["file"].get<std::string>());
    if (s.contains("restored_from_store"))
        row("state", s["restored_from_store"].get<bool>()
                         ? "restored from the lab store (changed by earlier commands)"
                         : "fresh from the scenario");
    row("chip", fmt::format("{} ({}), IDCODE {} (DEV_ID {}, revision {}), flash {} KB",
                            chip["part"].get<std::string>(), chip["family"].get<std::string>(),
                            chip["idcode"].get<std::string>(), chip["dev_id"].get<std::string>(),
                            chip["revision"].get<std::string>(), chip["flash_kb"].get<unsigned>()));
    row("UID", chip["uid"].get<std::string>());
    row("power", fmt::format("{}, phase {}, boots {}", s["power"].get<bool>() ? "on" : "off",
                             s["phase"].get<std::string>(), s["boot_count"].get<unsigned>()));
    row("lifecycle", fmt::format("{} ({})", s["lifecycle"]["name"].get<std::string>(),
                                 s["lifecycle"]["code"].get<std::string>()));
    row("debug access", fmt::format("DP {}, AP0 {}, AP1 {}, secure {}", yesNo(access["dp"].get<bool>()),
                                    yesNo(access["ap0"].get<bool>()), yesNo(access["ap1"].get<bool>()),
                                    yesNo(access["ap1_secure"].get<bool>())));
    bool first = true;
    for (const auto& f : s["option_bytes"]) {
        std::string text =
            fmt::format("{} = {}", f["name"].get<std::string>(), f["value"].get<std::string>());
        if (f.contains("meaning"))
            text += fmt::format(" ({})", f["meaning"].get<std::string>());
        if (f.contains("write_protection"))
            text += fmt::format(", write protection: {}", f["write_protection"].get<std::string>());
        if (f.contains("blank"))
            text += fmt::format("  [blank chip: {}]", f["blank"].get<std::string>());
        row(first ? "option bytes" : "", text);
        first = false;
    }
    if (!da["provisioned"].get<bool>()) {
        row("DA", "nothing provisioned");
    } else {
        std::string text = da["method"].get<std::string>();
        if (da.contains("root_key_sha256"))
            text +=
                fmt::format(", root key SHA-256 {}, permissions {}", da["root_key_sha256"].get<std::string>(),
                            da["permissions"].get<std::string>());
        if (!da["integrity_valid"].get<bool>())
            text += ", provisioning data fails its integrity check";
        row("DA", text);
        if (da.contains("permission_names") && !da["permission_names"].empty()) {
            std::string names;
            for (const auto& n : da["permission_names"])
                names += (names.empty() ? "" : ", ") + n.get<std::string>();
            row("", "grants at most: " + names);
        }
    }
    const json& reopen = da["debug_reopen"];
    if (reopen["non_secure_level"].get<int>() > 0 || reopen["secure_level"].get<int>() > 0)
        row("", fmt::format("debug re-opened by DA: non-secure level {}, secure level {}",
                            reopen["non_secure_level"].get<int>(), reopen["secure_level"].get<int>()));
    row("wiring",
        fmt::format("NRST {}, probe NRST {}, reset button {}, VREF {:.2f} V",
                    wiring["nrst_wired"].get<bool>() ? "wired to the probe" : "NOT wired to the probe",
                    wiring["probe_nrst_asserted"].get<bool>() ? "asserted" : "released",
                    wiring["reset_button_pressed"].get<bool>() ? "held" : "released",
                    wiring["target_voltage"].get<double>()));
    row("probe",
        fmt::format("{} {}, serial {}", s["probe"]["model"].get<std::string>(),
                    s["probe"]["firmware"].get<std::string>(), s["probe"]["serial"].get<std::string>()));
}

int showBoard(CliOutput& out, const std::string& nameOrPath) {
    auto scenario = sim::loadScenarioByNameOrPath(nameOrPath);
    if (!scenario)
        return failWith(out, scenario.error());
    auto lab = openBoard(out, *scenario);
    if (!lab)
        return failWith(out, lab.error());
    const json snapshot = sim::lab::labSnapshot(**lab);
    out.data()["board"] = snapshot;
    printSnapshot(out, snapshot);
    // Time moved on and a stale state was replaced: keep what the person was just shown.
    if (Status s = (*lab)->save(); !s)
        return failWith(out, s.error());
    return Done;
}

// ---- serve -------------------------------------------------------------------------------

std::atomic<int> g_stopSignal{0};

extern "C" void onStopSignal(int signal) {
    g_stopSignal.store(signal);
}

// SIGINT / SIGTERM end the server cleanly (the board is saved); the previous handlers come
// back when the command ends, so the CLI can also be run in-process by tests.
class StopSignals {
public:
    StopSignals() {
        g_stopSignal = 0;
        struct sigaction sa {};
        sa.sa_handler = onStopSignal;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, &m_oldInt);
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
    }
    ~StopSignals() {
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    int received() const { return g_stopSignal.load(); }

private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

struct ServeOptions {
    std::string scenario;
    std::string listen = "127.0.0.1:7184";  // stlink-server's own default port
    bool allowRemote = false;
    std::optional<double> durationSeconds;
};

struct ListenAddress {
    std::string host;
    std::uint16_t port = 0;
    bool loopback = true;
};

Result<ListenAddress> parseListen(const std::string& text) {
    auto usage = [&](const std::string& why) {
        return makeError(
            "cli.usage", fmt::format("--listen {}: {}.", text, why),
            "Write HOST:PORT with an IPv4 address, e.g. 127.0.0.1:7184 (port 0: any free port).");
    };
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return usage("expected HOST:PORT");
    ListenAddress a;
    a.host = text.substr(0, colon);
    if (a.host == "localhost")
        a.host = "127.0.0.1";
    const std::string portText = text.substr(colon + 1);
    if (portText.size() > 5 || portText.find_first_not_of("0123456789") != std::string::npos ||
        std::stoul(portText) > 65535)
        return usage("the port must be a number from 0 to 65535");
    a.port = static_cast<std::uint16_t>(std::stoul(portText));
    in_addr address{};
    if (::inet_pton(AF_INET, a.host.c_str(), &address) != 1)
        return usage(fmt::format("'{}' is not an IPv4 address", a.host));
    a.loopback = (ntohl(address.s_addr) >> 24) == 127;
    return a;
}

int serveBoard(CliOutput& out, const ServeOptions& options) {
    auto scenario = sim::loadScenarioByNameOrPath(options.scenario);
    if (!scenario)
        return failWith(out, scenario.error());
    auto listen = parseListen(options.listen);
    if (!listen)
        return failWith(out, listen.error());
    if (!listen->loopback && !options.allowRemote)
        return failWith(
            out, makeError("cli.usage",
                           fmt::format("lab serve refuses to listen on {}: the ST-LINK server protocol "
                                       "has no authentication, so anyone who can reach it could drive "
                                       "this lab board.",
                                       listen->host),
                           "Listen on 127.0.0.1, or add --allow-remote if you mean it."));
    if (!listen->loopback)
        out.warn(
            fmt::format("Listening on {} (--allow-remote): anyone who can reach this address can drive the "
                        "lab board; the protocol has no authentication.",
                        listen->host));
    if (options.durationSeconds &&
        (*options.durationSeconds < 0 || *options.durationSeconds > 30 * 24 * 3600.0))
        return failWith(
            out, makeError("cli.usage", "--duration must be between 0 and 2592000 seconds (30 days)."));

    auto lab = openBoard(out, *scenario);
    if (!lab)
        return failWith(out, lab.error());
    sim::stlink::StlinkServerOptions serverOptions;
    serverOptions.address = listen->host;
    serverOptions.port = listen->port;
    serverOptions.allowNonLoopback = options.allowRemote;
    sim::stlink::StlinkServer server(serverOptions);
    if (Status s = server.addProbe((*lab)->probe()); !s)
        return failWith(out, s.error());
    StopSignals signals;
    if (Status s = server.start(); !s)
        return failWith(out, s.error());

    const auto& id = (*lab)->probe()->identity();
    const std::string address = fmt::format("{}:{}", listen->host, server.port());
    out.data()["board"] = boardName(*scenario);
    out.data()["address"] = address;
    out.data()["port"] = server.port();
    out.data()["probe"] = {
        {"model", id.modelName}, {"firmware", id.firmware.toString()}, {"serial", id.serial}};
    const std::string listening =
        fmt::format("Serving lab board {} on {}: {} {}, serial {}", boardName(*scenario), address,
                    id.modelName, id.firmware.toString(), id.serial);
    if (out.json()) {
        std::cerr << listening << std::endl;  // stdout carries only the final JSON object
    } else {
        out.line(listening);
        out.line(fmt::format(
            "OpenOCD: -c \"adapter driver st-link\" -c \"st-link vid_pid 0x0483 0x374b 0x0483 0x374e 0x0483 "
            "0x374f\" -c \"st-link backend tcp {}\" -c \"adapter serial {}\" -c \"transport select "
            "dapdirect_swd\"",
            server.port(), id.serial));
        out.line(options.durationSeconds
                     ? fmt::format("Stopping after {} s (or on Ctrl-C).", *options.durationSeconds)
                     : std::string("Press Ctrl-C to stop; the board's state is saved then."));
        std::cout.flush();  // a script or test waits for these lines before it connects
    }

    SteadyClock clock;
    const auto deadline =
        options.durationSeconds
            ? std::optional(clock.now() + std::chrono::duration_cast<Clock::Duration>(
                                              std::chrono::duration<double>(*options.durationSeconds)))
            : std::nullopt;
    while (signals.received() == 0 && server.running() && (!deadline || clock.now() < *deadline))
        clock.sleepFor(std::chrono::milliseconds(50));
    const bool serverDied = !server.running();
    server.stop();

    const auto stats = server.stats();
    const auto counters = (*lab)->probe()->counters();
    out.data()["stopped_by"] = signals.received() == SIGINT    ? "SIGINT"
                               : signals.received() == SIGTERM ? "SIGTERM"
                               : serverDied                    ? "server"
                                                               : "duration";
    out.data()["stats"] = {{"connections", stats.connections},
                           {"requests", stats.requests},
                           {"dropped_clients", stats.droppedClients},
                           {"usb_round_trips", counters.roundTrips}};
    Status saved = (*lab)->save();
    if (!saved)
        return failWith(out, saved.error());
    out.data()["state_saved"] = true;
    out.line(fmt::format("Stopped: {} connection(s), {} request(s), {} USB round trip(s); board state saved.",
                         stats.connections, stats.requests, counters.roundTrips));
    if (serverDied)
        return failWith(out,
                        makeError("sim.stlink-server.stopped", "The ST-LINK server stopped unexpectedly.",
                                  "Run the command again; the board's state was saved."));
    return Done;
}

// ---- campaign ------------------------------------------------------------------------------

struct CampaignArgs {
    unsigned runs = 20;
    std::uint64_t seed = 1;
    std::vector<std::string> scenarios;
    std::string probes = "any";
    bool verbose = false;
};

int runCampaignCommand(CliOutput& out, const CampaignArgs& args) {
    const auto known = sim::lab::campaignScenarios();
    for (const auto& s : args.scenarios)
        if (std::find(known.begin(), known.end(), s) == known.end()) {
            std::string list;
            for (const auto& k : known)
                list += (list.empty() ? "" : ", ") + k;
            return failWith(out, makeError("cli.usage", fmt::format("The campaign has no board \"{}\".", s),
                                           fmt::format("Give --scenario one of: {}.", list)));
        }
    sim::lab::CampaignOptions o;
    if (!sim::lab::campaignProbesFromName(args.probes, o.probes))
        return failWith(out,
                        makeError("cli.usage", fmt::format("The campaign has no probe \"{}\".", args.probes),
                                  "Give --probe any, stlink or cmsis-dap."));
    o.runs = args.runs;
    o.seed = args.seed;
    o.scenarios = args.scenarios;
    if (args.verbose && !out.json())
        o.onRun = [&out](const sim::lab::CampaignRun& r) {
            out.line(fmt::format("seed {:<8} {:<10} {:<26} {:<9} {:<13} {}{}", r.seed, r.operation,
                                 r.scenario, r.transport, sim::lab::toString(r.outcome),
                                 r.fired.empty() ? std::string("no fault") : r.fired.front(),
                                 r.passed() ? "" : "  FAILED"));
        };
    out.line(fmt::format("Fault campaign: {} runs from seed {}.", args.runs, args.seed));
    const auto report = sim::lab::runCampaign(o);
    out.data()["campaign"] = sim::lab::toJson(report);
    std::string text = sim::lab::formatReport(report);
    if (!text.empty() && text.back() == '\n')
        text.pop_back();
    out.line(text);
    if (!report.passed()) {
        out.fail(makeError(
            "lab.campaign-failed",
            fmt::format("{} of {} runs failed a check.", report.counts.failedRuns, report.counts.runs),
            "Repeat a failed run with the command printed next to it and look at its journal."));
        return TargetSaidNo;
    }
    out.line("Every run passed its checks.");
    return Done;
}

}  // namespace

void addLabCommand(CLI::App& app, CliState& state) {
    auto* lab = app.add_subcommand(
        "lab", "Virtual lab: list, reset, show and serve simulated boards; fault campaigns");
    lab->require_subcommand(1);

    auto* list = lab->add_subcommand("list", "List the shipped lab scenarios");
    list->callback([&state] { state.action = listScenarios; });

    auto resetTarget = std::make_shared<std::string>();
    auto* reset =
        lab->add_subcommand("reset", "Put a lab board back to its scenario's start (forget its saved state)");
    reset->add_option("board", *resetTarget, "Scenario name (see `rescue lab list`) or scenario file")
        ->required();
    reset->callback([&state, resetTarget] {
        state.action = [resetTarget](CliOutput& out) { return resetBoard(out, *resetTarget); };
    });

    auto showTarget = std::make_shared<std::string>();
    auto* show =
        lab->add_subcommand("show",
                            "Show a lab board as the simulator knows it: chip, lifecycle, key option bytes, "
                            "DA provisioning, NRST wiring (lab-side truth, for trainers)");
    show->add_option("board", *showTarget, "Scenario name (see `rescue lab list`) or scenario file")
        ->required();
    show->callback([&state, showTarget] {
        state.action = [showTarget](CliOutput& out) { return showBoard(out, *showTarget); };
    });

    auto serve = std::make_shared<ServeOptions>();
    auto duration = std::make_shared<double>(0.0);
    auto* serveCmd = lab->add_subcommand(
        "serve",
        "Serve a lab board's virtual ST-LINK over the ST-LINK server TCP protocol (OpenOCD: st-link backend "
        "tcp PORT) until Ctrl-C; the board's state is saved on exit");
    serveCmd
        ->add_option("--scenario", serve->scenario, "Scenario name (see `rescue lab list`) or scenario file")
        ->required();
    serveCmd
        ->add_option("--listen", serve->listen,
                     "HOST:PORT to listen on (loopback only unless --allow-remote; "
                     "port 0 picks a free port)")
        ->capture_default_str();
    serveCmd->add_flag("--allow-remote", serve->allowRemote,
                       "Allow a non-loopback address (the protocol has no authentication)");
    auto* durationOption =
        serveCmd->add_option("--duration", *duration, "Stop after this many seconds (for scripts and tests)");
    serveCmd->callback([&state, serve, duration, durationOption] {
        if (durationOption->count() > 0)
            serve->durationSeconds = *duration;
        state.action = [serve](CliOutput& out) { return serveBoard(out, *serve); };
    });

    auto campaign = std::make_shared<CampaignArgs>();
    auto* campaignCmd = lab->add_subcommand(
        "campaign",
        "Run N seeded recoveries and operations on lab boards under injected faults (ST-LINK by USB and TCP, "
        "CMSIS-DAP) and "
        "check each: it ended, with success or a clear error, its journal is whole, the board is what was "
        "reported, a retry recovers. Exit 1 when a check failed; each failure prints the seed that repeats "
        "it");
    campaignCmd->add_option("--runs", campaign->runs, "How many runs (1 to 100000)")
        ->check(CLI::Range(1u, 100000u))
        ->capture_default_str();
    campaignCmd->add_option("--seed", campaign->seed, "Seed of the first run; run i has seed S+i")
        ->check(wholeNumber())
        ->capture_default_str();
    campaignCmd->add_option("--scenario", campaign->scenarios,
                            "Only these boards (repeatable); a failed run repeats with the same list");
    campaignCmd
        ->add_option("--probe", campaign->probes,
                     "any (the seed picks ST-LINK or CMSIS-DAP), stlink or cmsis-dap; a failed run repeats "
                     "with the same choice")
        ->check(CLI::IsMember({"any", "stlink", "cmsis-dap"}))
        ->capture_default_str();
    campaignCmd->add_flag("--verbose", campaign->verbose, "One line per run");
    campaignCmd->callback([&state, campaign] {
        state.action = [campaign](CliOutput& out) { return runCampaignCommand(out, *campaign); };
    });
}

}  // namespace rescue::cli
