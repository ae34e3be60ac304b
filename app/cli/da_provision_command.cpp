// `rescue da provision --probe URI --obk FILE`: provisions a Debug Authentication
// configuration from an ST .obk file, as `STM32_Programmer_CLI ... -sdp FILE` does
// (core/auth/da_provisioning.h). The file is checked against the chip's family and the chip
// must be in Provisioning before anything is written; on a lab board the boot ROM service
// writes it and a DA discovery confirms it; on a real probe nothing is written and the exact
// STM32CubeProgrammer command is printed (exit 1: the workbench did not do it).
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_probe.h"
#include "app/cli/exit_codes.h"
#include "core/auth/da_provisioning.h"
#include "core/common/bytes.h"
#include "core/device/catalog.h"
#include "core/sim/lab/workbench_probes.h"

namespace rescue::cli {
namespace {

struct ProvisionArgs {
    ProbeChoice probe;
    std::string obk;
};

// The file and the command line are the person's input; the probe and the wiring are probe
// errors; the chip's state or its ROM refusing is the target saying no.
int exitCodeFor(const Error& e) {
    const std::string& c = e.code;
    if (c.starts_with("da.obk.") || c.starts_with("auth.") || c == "probe.bad-uri" || c == "lab.bad-uri" ||
        c.starts_with("scenario.") || c == "cli.usage")
        return Usage;
    if (c == "da.provision-lock")
        return RefusedOrUnconfirmed;
    if (c.starts_with("lab.obk-") || c.starts_with("da."))
        return TargetSaidNo;
    if (c.starts_with("probe.") || c.starts_with("lab."))
        return ProbeError;
    return TargetSaidNo;
}

int runProvision(CliOutput& out, const ProvisionArgs& args) {
    // The file first: a bad one is found before the board is touched.
    auto obk = auth::loadObkFile(args.obk);
    if (!obk) {
        out.fail(obk.error());
        return Usage;
    }
    auto catalog = device::sharedCatalog();
    if (!catalog) {
        out.fail(catalog.error());
        return TargetSaidNo;
    }
    auto registry = sim::lab::makeWorkbenchProbeRegistry(std::make_shared<VirtualClock>());
    auto opened = openChosenProbe(*registry, args.probe);
    if (!opened) {
        out.fail(opened.error());
        return exitCodeFor(opened.error());
    }
    auto& probe = **opened;
    const auto& info = probe.info();
    out.data()["probe"] = {
        {"uri", info.uri}, {"model", info.model}, {"serial", info.serial}, {"firmware", info.firmware}};
    out.line(fmt::format("Probe: {} {} ({})", info.model, info.firmware, info.uri));

    auto outcome = auth::provisionDaConfiguration(probe, *catalog, *obk, args.obk);
    out.data()["command"] = auth::cubeSdpCommand(args.obk);
    if (!outcome) {
        out.data()["written"] = false;
        out.fail(outcome.error());
        (void)probe.detach();
        return exitCodeFor(outcome.error());
    }
    const auto& o = *outcome;
    out.data()["family"] = o.family;
    out.data()["state"] = o.stateBefore;
    out.data()["method"] = o.contents.method;
    out.data()["destination"] = hex32(o.contents.destination);
    out.data()["written"] = o.written;
    out.data()["notes"] = o.notes;
    out.line(fmt::format("File: {} ({} configuration for {})", args.obk, o.contents.method,
                         hex32(o.contents.destination)));
    out.line("State: " + o.stateBefore);
    for (const auto& n : o.notes)
        if (o.written || n.find(o.cubeCommand) == std::string::npos)
            out.line(n);
    if (!o.written) {
        (void)probe.detach();
        Error e =
            makeError("da.rom-service-unavailable",
                      "DA provisioning goes through ST's boot ROM service, whose protocol is not public: "
                      "the workbench cannot send it through this probe, so nothing was written.",
                      "Run: " + o.cubeCommand);
        e.with("command", o.cubeCommand);
        out.line("Run: " + o.cubeCommand);
        out.fail(e);
        return TargetSaidNo;
    }
    out.data()["discovery"] = o.seen.seen;
    out.data()["provisioned"] = o.seen.status == optionbytes::DaProvisioning::Provisioned;
    out.line("DA configuration provisioned.");
    out.line("Check: " + o.seen.seen);
    (void)probe.detach();
    return Done;
}

}  // namespace

void addDaProvisionCommand(CLI::App& da, CliState& state) {
    auto args = std::make_shared<ProvisionArgs>();
    auto* cmd = da.add_subcommand(
        "provision",
        "Provision a DA configuration from an .obk file (STM32CubeProgrammer's -sdp); the chip must be in "
        "Provisioning. Lab boards only: on a real probe the STM32CubeProgrammer command is printed.");
    addProbeOptions(cmd, args->probe);
    cmd->add_option("--obk", args->obk, "DA_Config.obk or DA_ConfigWithPassword.obk made for the chip")
        ->required();
    cmd->callback(
        [&state, args] { state.action = [args](CliOutput& out) { return runProvision(out, *args); }; });
}

}  // namespace rescue::cli
