// `rescue ob read|check|write` and `rescue erase`: option bytes through the validator
// (core/optionbytes/transition_policy.h) and the family programming sequences.
//   ob read  --probe URI [--export FILE]
//   ob check --probe URI (--set FIELD=VALUE ... | --import FILE)     writes nothing; exit 4 when
//                                                                    refused or a phrase is needed
//   ob write --probe URI (--set ... | --import FILE) [--confirm PHRASE]...
//   erase    --probe URI (--mass | --bank N)
// --set also takes STM32CubeProgrammer's "-ob NAME=VALUE NAME=VALUE" lines as ST's scripts write them.
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_probe.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "core/common/bytes.h"
#include "core/device/catalog.h"
#include "core/optionbytes/decode.h"
#include "core/optionbytes/ob_change_operation.h"
#include "core/optionbytes/ob_erase_operation.h"
#include "core/optionbytes/ob_json.h"
#include "core/sim/lab/workbench_probes.h"

namespace rescue::cli {
namespace {

using nlohmann::json;
namespace ob = optionbytes;

int exitCodeFor(const Error& e) {
    const std::string& c = e.code;
    if (c == "probe.bad-uri" || c == "lab.bad-uri" || c.starts_with("scenario.") ||
        c.starts_with("optionbytes.") || c == "cli.usage" || c == "device.unknown-part" ||
        c == "ob.no-such-bank")
        return Usage;
    if (c.starts_with("probe.") || c.starts_with("lab.") || c == "ob.unreadable" || c == "ob.no-target")
        return ProbeError;
    return TargetSaidNo;
}

// The board behind --probe: opened, identified (hot-plug, nothing reset), option bytes read.
struct Board {
    std::unique_ptr<probe::ProbeRegistry> registry =
        sim::lab::makeWorkbenchProbeRegistry(std::make_shared<VirtualClock>());
    std::unique_ptr<probe::DebugProbe> probe;
    std::optional<ob::ObTarget> target;
    Clock::TimePoint start{};
    std::uint64_t roundTripsAtStart = 0;

    int open(CliOutput& out, const ProbeChoice& choice) {
        auto c = device::sharedCatalog();
        if (!c) {
            out.fail(c.error());
            return TargetSaidNo;
        }
        auto opened = openChosenProbe(*registry, choice);
        if (!opened) {
            out.fail(opened.error());
            return exitCodeFor(opened.error());
        }
        probe = std::move(*opened);
        start = probe->clock().now();
        roundTripsAtStart = probe->counters().roundTrips;
        const auto& info = probe->info();
        out.data()["probe"] = {{"uri", info.uri}, {"model", info.model}, {"serial", info.serial}};
        out.line(fmt::format("Probe: {} {} ({})", info.model, info.firmware, info.uri));
        auto t = ob::openObTarget(*probe, *c);
        if (!t)
            return fail(out, t.error());
        target = std::move(*t);
        out.data()["family"] = target->family().id;
        out.data()["device"] = target->deviceName;
        out.line(fmt::format("Target: {} ({} KB flash), {}", target->deviceName,
                             target->part ? target->part->flashKb : 0u, target->lifecycle));
        return Done;
    }

    bool lab() const { return probe && probe->info().transport == "lab"; }
    const device::Part* part() const { return target->partPtr(); }

    int finish(CliOutput& out, int code) {
        if (probe) {
            const double ms = toMilliseconds(probe->clock().now() - start);
            const auto trips = probe->counters().roundTrips - roundTripsAtStart;
            out.data()["round_trips"] = trips;
            out.data()[lab() ? "lab_time_ms" : "time_ms"] = ms;
            out.line(
                fmt::format("Cost: {} round trips, {:.1f} ms{}", trips, ms, lab() ? " of lab time" : ""));
            (void)probe->detach();
        }
        return code;
    }

    int fail(CliOutput& out, const Error& e) {
        out.fail(e);
        return finish(out, exitCodeFor(e));
    }
};

json fieldsJson(const ob::DecodedImage& d) {
    json a = json::array();
    for (const auto& f : d.fields)
        a.push_back({{"name", f.field->name},
                     {"register", f.field->registerName},
                     {"value", hex32(f.value)},
                     {"display", f.display},
                     {"known", f.known},
                     {"meaning", f.field->meaning}});
    return a;
}

struct ReadArgs {
    ProbeChoice probe;
    std::string exportFile;
};

int runRead(CliOutput& out, const ReadArgs& args) {
    Board b;
    if (int code = b.open(out, args.probe); code != Done)
        return code;
    const auto decoded = ob::decode(b.target->image, b.part());
    out.data()["fields"] = fieldsJson(decoded);
    out.data()["export"] = ob::exportJson(b.target->image, b.part());
    for (const auto& f : decoded.fields)
        out.line(fmt::format("  {:<18} {}", f.field->name, f.display));
    if (!args.exportFile.empty()) {
        std::ofstream file(args.exportFile);
        file << ob::exportJson(b.target->image, b.part()).dump(2) << "\n";
        if (!file)
            return b.fail(out, makeError("cli.usage", fmt::format("Could not write {}.", args.exportFile),
                                         "Check the path and its permissions."));
        out.line("Exported to " + args.exportFile);
    }
    return b.finish(out, Done);
}

struct ChangeArgs {
    ProbeChoice probe;
    std::string importFile;
    std::vector<std::string> sets, confirms;
};

Result<ob::ChangeRequest> requestFrom(const Board& b, const ChangeArgs& args) {
    if (args.sets.empty() == args.importFile.empty())
        return makeError("cli.usage",
                         "Give the change with --set FIELD=VALUE (one or more) or with --import FILE.",
                         "rescue ob check --probe URI --set PRODUCT_STATE=0x17");
    if (args.importFile.empty())
        return ob::changeFromAssignments(*b.target, args.sets);
    // An export is a few KiB of JSON: a folder, a device or a huge file is the wrong file.
    std::error_code ec;
    const bool regular = std::filesystem::is_regular_file(args.importFile, ec);
    const auto size = regular ? std::filesystem::file_size(args.importFile, ec) : 0;
    if (!regular || ec)
        return makeError("cli.usage", fmt::format("--import {}: not a readable file.", args.importFile),
                         "Give the JSON file `rescue ob read --export FILE` wrote.");
    if (size > 1024 * 1024)
        return makeError("cli.usage",
                         fmt::format("--import {}: {} bytes is far too large for an option-byte file.",
                                     args.importFile, size),
                         "Give the JSON file `rescue ob read --export FILE` wrote.");
    std::ifstream file(args.importFile);
    if (!file)
        return makeError("cli.usage", fmt::format("Could not read {}.", args.importFile), "Check the path.");
    std::stringstream text;
    text << file.rdbuf();
    auto change = ob::changeFromJson(*b.target, text.str());
    if (!change) {
        Error e = std::move(change).error();
        e.with("file", args.importFile);
        return e;
    }
    return change;
}

json findingJson(const ob::Finding& f) {
    return {{"grade", std::string(ob::toString(f.grade))},
            {"code", f.code},
            {"field", f.field},
            {"sentence", f.sentence},
            {"source", f.source},
            {"instead", f.instead},
            {"confirmation", f.confirmationPhrase}};
}

// Preview: the diff of every changed field and the validator's findings (the operation asks
// the chip about DA first where closing depends on it).
const ob::ChangePreview& preview(CliOutput& out, ob::ObChangeOperation& op) {
    const ob::ChangePreview& p = op.preview();
    json diff = json::array();
    for (const auto& c : p.changes) {
        if (c.via.empty()) {
            diff.push_back({{"field", c.field}, {"from", c.from}, {"to", c.to}});
            out.line(fmt::format("  change {:<16} {} -> {}", c.field, c.from, c.to));
        } else {
            diff.push_back({{"field", c.field}, {"to", c.to}, {"via", c.via}});
            out.line(fmt::format("  change {:<16} -> {} (boot ROM service {})", c.field, c.to, c.via));
        }
    }
    out.data()["changes"] = diff;
    if (p.da) {
        out.data()["da_provisioning"] = {
            {"status", p.da->status == ob::DaProvisioning::Provisioned      ? "provisioned"
                       : p.da->status == ob::DaProvisioning::NotProvisioned ? "not-provisioned"
                                                                            : "unknown"},
            {"seen", p.da->seen}};
        if (!p.stateInForce.empty())
            out.data()["da_provisioning"]["state"] = p.stateInForce;
        out.line("  DA configuration: " + p.da->seen);
    }
    const ob::PolicyReport& report = p.report;
    json findings = json::array();
    for (const auto& f : report.findings) {
        findings.push_back(findingJson(f));
        out.line(fmt::format("  [{}] {} ({})", ob::toString(f.grade), f.sentence, f.source));
        if (!f.instead.empty())
            out.line("      instead: " + f.instead);
    }
    out.data()["findings"] = findings;
    out.data()["grade"] = std::string(ob::toString(report.worst()));
    out.data()["confirmations_required"] = report.requiredPhrases();
    for (const auto& phrase : report.requiredPhrases())
        out.line(fmt::format("  To allow this, confirm with: --confirm \"{}\"", phrase));
    if (diff.empty())
        out.line("  No change: the option bytes already hold these values.");
    return p;
}

int runCheck(CliOutput& out, const ChangeArgs& args) {
    Board b;
    if (int code = b.open(out, args.probe); code != Done)
        return code;
    auto req = requestFrom(b, args);
    if (!req)
        return b.fail(out, req.error());
    ob::ObChangeOperation op(*b.probe, *b.target, std::move(*req));
    const auto& report = preview(out, op).report;
    const bool blocked = report.refused() || report.needsConfirmation();
    out.line(blocked ? (report.refused() ? "Refused: nothing would be written."
                                         : "Needs the confirmation phrase above before it is written.")
                     : "Allowed: `rescue ob write` with the same --set would program it.");
    return b.finish(out, blocked ? RefusedOrUnconfirmed : Done);
}

int runWrite(CliOutput& out, const ChangeArgs& args) {
    Board b;
    if (int code = b.open(out, args.probe); code != Done)
        return code;
    auto req = requestFrom(b, args);
    if (!req)
        return b.fail(out, req.error());
    ob::ObChangeOperation op(*b.probe, *b.target, std::move(*req));
    (void)preview(out, op);
    auto done = op.run(args.confirms);
    if (!done) {
        if (done.error().code == "ob.refused" || done.error().code == "ob.unconfirmed") {
            out.fail(done.error());
            return b.finish(out, RefusedOrUnconfirmed);
        }
        return b.fail(out, done.error());
    }
    if (!done->written) {
        out.line("Nothing to write.");
        return b.finish(out, Done);
    }
    const ob::ProgramOutcome& program = done->program;
    json checks = json::array();
    for (const auto& c : program.checks) {
        checks.push_back(
            {{"field", c.field}, {"expected", c.expectedText}, {"found", c.foundText}, {"ok", c.matches()}});
        out.line(fmt::format("  verify {:<16} expected {}, found {}{}", c.field, c.expectedText, c.foundText,
                             c.matches() ? "" : "  <- MISMATCH"));
    }
    for (const auto& n : program.notes)
        out.line("  " + n);
    out.data()["verify"] = checks;
    out.data()["notes"] = program.notes;
    out.data()["link_dropped"] = program.linkDropped;
    if (program.mismatches() > 0)
        return b.fail(out, ob::mismatchError(program));
    out.line("Written and verified.");
    return b.finish(out, Done);
}

struct EraseArgs {
    ProbeChoice probe;
    bool mass = false;
    std::optional<unsigned> bank;
};

int runErase(CliOutput& out, const EraseArgs& args) {
    if (args.mass == args.bank.has_value()) {
        out.fail(makeError("cli.usage", "Give exactly one of --mass or --bank N.",
                           "rescue erase --probe URI --mass"));
        return Usage;
    }
    Board b;
    if (int code = b.open(out, args.probe); code != Done)
        return code;
    ob::EraseRequest req;
    if (args.bank) {
        req.kind = ob::EraseRequest::Kind::Bank;
        req.bank = *args.bank;
    }
    ob::ObEraseOperation op(*b.probe, *b.target, req, args.probe.uri);
    auto done = op.run();
    if (!done) {
        if (auto fix = ob::offeredFix(done.error()); !fix.empty())
            out.data()["offer"] = {{"command", fix}};
        return b.fail(out, done.error());
    }
    out.data()["erase_ms"] = done->milliseconds;
    out.line(fmt::format("{} erased in {:.1f} ms.", args.mass ? "Flash" : fmt::format("Bank {}", *args.bank),
                         done->milliseconds));
    return b.finish(out, Done);
}

void addChangeOptions(CLI::App* cmd, ChangeArgs& a) {
    addProbeOptions(cmd, a.probe);
    cmd->add_option(
           "--set", a.sets,
           "FIELD=VALUE (hex, decimal or value name); also STM32CubeProgrammer's \"-ob A=1 B=2\" lines")
        ->allow_extra_args(false);
    cmd->add_option("--import", a.importFile, "Option bytes from a JSON file (rescue ob read --export)");
}

}  // namespace

void addObCommands(CLI::App& app, CliState& state) {
    auto* obCmd = app.add_subcommand("ob", "Option bytes: read, check, write (through the validator)");
    obCmd->require_subcommand(1);

    auto readArgs = std::make_shared<ReadArgs>();
    auto* read = obCmd->add_subcommand("read", "Read the option bytes in force, decoded");
    addProbeOptions(read, readArgs->probe);
    read->add_option("--export", readArgs->exportFile, "Also write them to a JSON file");
    read->callback([&state, readArgs] {
        state.action = [readArgs](CliOutput& out) { return runRead(out, *readArgs); };
    });

    auto checkArgs = std::make_shared<ChangeArgs>();
    auto* check = obCmd->add_subcommand(
        "check", "Preview a change and grade it (refused / irreversible / risky / note); writes nothing");
    addChangeOptions(check, *checkArgs);
    check->callback([&state, checkArgs] {
        state.action = [checkArgs](CliOutput& out) { return runCheck(out, *checkArgs); };
    });

    auto writeArgs = std::make_shared<ChangeArgs>();
    auto* write = obCmd->add_subcommand(
        "write",
        "Program a change the validator allows; irreversible ones need --confirm with the exact phrase");
    addChangeOptions(write, *writeArgs);
    write->add_option("--confirm", writeArgs->confirms, "The phrase `ob check` printed, repeated exactly");
    write->callback([&state, writeArgs] {
        state.action = [writeArgs](CliOutput& out) { return runWrite(out, *writeArgs); };
    });

    auto eraseArgs = std::make_shared<EraseArgs>();
    auto* erase =
        app.add_subcommand("erase", "Erase the user flash (mass or one bank); explains WRP refusals");
    addProbeOptions(erase, eraseArgs->probe);
    erase->add_flag("--mass", eraseArgs->mass, "Erase the whole user flash");
    erase->add_option("--bank", eraseArgs->bank, "Erase one bank (1 or 2)");
    erase->callback([&state, eraseArgs] {
        state.action = [eraseArgs](CliOutput& out) { return runErase(out, *eraseArgs); };
    });
}

}  // namespace rescue::cli
