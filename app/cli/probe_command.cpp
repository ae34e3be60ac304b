// `rescue probes` and `rescue connect`: the probes the workbench can see, and who is on the
// other end of one of them.
//   probes [--server HOST:PORT]... [--no-lab]
//   connect --probe URI [--mode normal|under-reset|hot-plug] [--ap N] [--speed KHZ] [--no-nrst-check]
#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_probe.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "core/device/catalog.h"
#include "core/device/target_identification.h"
#include "core/device/target_identity_report.h"
#include "core/sim/lab/workbench_probes.h"

namespace rescue::cli {
namespace {

using nlohmann::json;

// The CLI runs lab boards in virtual time: as fast as the CPU allows, and repeatable.
std::unique_ptr<probe::ProbeRegistry> cliRegistry() {
    return sim::lab::makeWorkbenchProbeRegistry(std::make_shared<VirtualClock>());
}

json probeJson(const probe::ProbeInfo& info) {
    json j{{"uri", info.uri},
           {"transport", info.transport},
           {"model", info.model},
           {"serial", info.serial},
           {"firmware", info.firmware}};
    j["target_voltage"] = info.targetVoltage ? json(*info.targetVoltage) : json(nullptr);
    if (!info.problem.empty())
        j["problem"] = info.problem;
    return j;
}

struct ProbesOptions {
    std::vector<std::string> servers;
    bool noLab = false;
};

// HOST or HOST:PORT with a port from 1 to 65535 and a host name DNS could hold (253
// characters of letters, digits, '.', '-', '_' or an IPv6 literal's ':' '[' ']'). An
// unreachable server is only a warning later; a malformed one is the person's input.
bool plausibleServer(const std::string& text) {
    if (text.empty() || text.size() > 253 + 6)
        return false;
    const auto colon = text.rfind(':');
    const bool bracketed = text.front() == '[';
    if (colon != std::string::npos && (!bracketed || text[colon - 1] == ']')) {
        const std::string port = text.substr(colon + 1);
        if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), ::isdigit) ||
            std::stoul(port) == 0 || std::stoul(port) > 65535)
            return false;
    }
    return std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' || c == ':' ||
               c == '[' || c == ']';
    });
}

int listProbes(CliOutput& out, const ProbesOptions& options) {
    for (const auto& server : options.servers)
        if (!plausibleServer(server)) {
            out.fail(makeError("cli.usage", fmt::format("--server '{}' is not HOST or HOST:PORT.", server),
                               "Write it like 127.0.0.1:7184 or buildhost:7184."));
            return Usage;
        }
    auto registry = cliRegistry();
    probe::ScanOptions scan;
    scan.tcpServers = options.servers;
    scan.includeLab = !options.noLab;
    const probe::ScanReport report = registry->scan(scan);

    auto& rows = out.data()["probes"] = json::array();
    auto& problems = out.data()["problems"] = json::array();
    std::size_t width = 4;
    for (const auto& p : report.probes)
        width = std::max(width, p.uri.size());
    if (report.probes.empty())
        out.line("No probes found.");
    else
        out.line(fmt::format("{:<{}}  {:<16} {:<14} {}", "URI", width, "MODEL", "FIRMWARE", "TARGET"));
    for (const auto& p : report.probes) {
        rows.push_back(probeJson(p));
        std::string target = p.targetVoltage ? fmt::format("{:.2f} V", *p.targetVoltage) : "";
        out.line(fmt::format("{:<{}}  {:<16} {:<14} {}", p.uri, width, p.model,
                             p.firmware.empty() ? "-" : p.firmware, target));
        if (!p.problem.empty())
            out.line("    " + p.problem);
    }
    for (const auto& problem : report.problems) {
        problems.push_back(errorToJson(problem));
        out.warn(problem.describe());
    }
    return Done;
}

struct ConnectArgs {
    ProbeChoice probe;
    std::string mode = "normal";
    std::optional<unsigned> ap;
    unsigned speedKHz = 4000;
    bool noNrstCheck = false;
};

int connectTarget(CliOutput& out, const ConnectArgs& args) {
    const auto mode = device::connectModeFromString(args.mode);
    if (!mode) {
        out.fail(makeError("cli.usage", fmt::format("'{}' is not a connect mode.", args.mode),
                           "Use --mode normal, under-reset or hot-plug."));
        return Usage;
    }
    auto catalog = device::sharedCatalog();
    if (!catalog) {
        out.fail(catalog.error());
        return TargetSaidNo;
    }
    auto registry = cliRegistry();
    auto opened = openChosenProbe(*registry, args.probe);
    if (!opened) {
        out.fail(opened.error());
        return exitCodeForOpening(opened.error());
    }
    probe::DebugProbe& dev = **opened;
    const probe::ProbeInfo& info = dev.info();
    out.data()["probe"] = probeJson(info);
    out.line(fmt::format("{:<16}{} {} ({}), serial {}", "Probe", info.model, info.firmware, info.uri,
                         info.serial));

    device::ConnectOptions options;
    options.mode = *mode;
    if (args.ap)
        options.ap = static_cast<std::uint8_t>(*args.ap);
    options.swdKHz = args.speedKHz;
    options.checkNrst = !args.noNrstCheck;

    const auto before = dev.counters();
    const auto start = dev.clock().now();
    auto identity = device::identifyTarget(dev, **catalog, options);
    const auto elapsed = dev.clock().now() - start;
    const auto after = dev.counters();
    (void)dev.detach();

    const std::uint64_t roundTrips = after.roundTrips - before.roundTrips;
    out.data()["round_trips"] = roundTrips;
    out.data()[info.transport == "lab" ? "lab_time_ms" : "time_ms"] = toMilliseconds(elapsed);
    if (!identity) {
        out.fail(identity.error());
        return ProbeError;
    }
    out.data()["target"] = device::identityToJson(*identity);
    for (const auto& line : device::describeIdentity(*identity))
        out.line(fmt::format("{:<16}{}", line.label, line.value));
    out.line(fmt::format("{:<16}{} round trips, {:.1f} ms{}", "Cost", roundTrips, toMilliseconds(elapsed),
                         info.transport == "lab" ? " of lab time" : ""));
    if (identity->nrst.verdict == device::NrstVerdict::NotWired && !identity->nrst.hint.empty())
        out.warn(identity->nrst.hint);
    if (identity->blocker) {
        out.fail(*identity->blocker);
        return ProbeError;
    }
    return Done;
}

}  // namespace

void addProbeCommands(CLI::App& app, CliState& state) {
    auto probesOptions = std::make_shared<ProbesOptions>();
    auto* probes = app.add_subcommand("probes", "List attached probes and lab boards");
    probes->add_option("--server", probesOptions->servers,
                       "Also ask this ST-LINK server (HOST:PORT); repeatable");
    probes->add_flag("--no-lab", probesOptions->noLab, "Leave the lab's boards out");
    probes->callback([&state, probesOptions] {
        state.action = [probesOptions](CliOutput& out) { return listProbes(out, *probesOptions); };
    });

    auto connectArgs = std::make_shared<ConnectArgs>();
    auto* connect = app.add_subcommand("connect", "Connect to a target and identify it");
    addProbeOptions(connect, connectArgs->probe);
    connect->add_option("--mode", connectArgs->mode, "normal, under-reset or hot-plug (default normal)");
    connect->add_option("--ap", connectArgs->ap, "The core's access port (default: the family's, AP1)")
        ->check(CLI::Range(0, 255));
    connect->add_option("--speed", connectArgs->speedKHz, "SWD clock in kHz (default 4000)")
        ->check(CLI::Range(5, 50000));
    connect->add_flag("--no-nrst-check", connectArgs->noNrstCheck, "Do not pulse NRST to check its wiring");
    connect->callback([&state, connectArgs] {
        state.action = [connectArgs](CliOutput& out) { return connectTarget(out, *connectArgs); };
    });
}

}  // namespace rescue::cli
