// `rescue da discover` and `rescue da auth`: a Debug Authentication session with a board
// through a probe (core/auth/da_session.h), discovery and authentication in one reset.
//   da discover --probe URI
//   da auth --probe URI (--key K --cert C | --password P) --permission NAME|BIT|cube:LETTER [--yes]
// STM32CubeProgrammer's `-c port=SWD ... debugauth=1|2` style is translated to these
// (cube_args.h) before parsing.
#include <unistd.h>

#include <iostream>
#include <optional>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_credentials.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_probe.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/da_session.h"
#include "core/auth/password.h"
#include "core/device/catalog.h"
#include "core/sim/lab/workbench_probes.h"

namespace rescue::cli {
namespace {

using nlohmann::json;

constexpr const char* kEraseWarning =
    "Full Regression (and Partial Regression) ERASES the user flash: the application and its data are "
    "lost. Give --yes to confirm.";

// Input problems are usage errors, the wiring and the probe are probe errors, the rest is the
// chip saying no.
int exitCodeFor(const Error& e) {
    const std::string& c = e.code;
    if (c == "probe.bad-uri" || c == "lab.bad-uri" || c.starts_with("scenario.") ||
        c.starts_with("da.chain-") || c == "da.key-mismatch" || c == "da.no-key" ||
        c == "da.unknown-permission" || c == "da.permission-not-in-certificate" || c == "da.no-permission" ||
        c.starts_with("auth.") || c == "cli.usage")
        return Usage;
    if (c.starts_with("probe.") || c.starts_with("lab.") || c == "da.probe" || c == "da.no-dp" ||
        c == "da.mailbox-not-found" || c == "da.firmware-too-old" || c == "da.nrst-not-effective")
        return ProbeError;
    return TargetSaidNo;
}

json discoveryJson(const auth::DaDiscovery& d) {
    json j;
    j["raw"] = toHex(d.raw);
    j["layout"] = d.parsed.layout == auth::TlvPadding::Padded ? "padded" : "unpadded";
    auto& records = j["records"] = json::array();
    for (const auto& r : d.parsed.records)
        records.push_back({{"type", fmt::format("0x{:04X}", r.type)}, {"value", toHex(r.value)}});
    auto& lines = j["lines"] = json::array();
    for (const auto& l : d.lines)
        lines.push_back({{"label", l.label}, {"value", l.value}});
    auto& offered = j["offered"] = json::array();
    for (std::size_t i = 0; i < d.offered.size(); ++i) {
        const auto& o = d.offered[i];
        offered.push_back({{"bit", o.bit},
                           {"id", o.id},
                           {"label", o.label},
                           {"cube_letter", std::string(1, static_cast<char>('a' + i))}});
    }
    return j;
}

void printDiscovery(CliOutput& out, const auth::DaDiscovery& d) {
    for (const auto& l : d.lines)
        out.line("discovery: " + auth::formatDiscoveryLine(l));
    for (std::size_t i = 0; i < d.offered.size(); ++i)
        out.line(fmt::format("  ({}/{}) ==> {}{}", static_cast<char>('a' + i), d.offered[i].bit,
                             d.offered[i].label,
                             d.offered[i].id.empty() ? "" : "  [--permission " + d.offered[i].id + "]"));
    out.line("discovery raw: " + toHex(d.raw));
}

// Opens the probe and runs `body` inside a session; reports cost and steps either way.
struct SessionRun {
    std::unique_ptr<probe::ProbeRegistry> registry =
        sim::lab::makeWorkbenchProbeRegistry(std::make_shared<VirtualClock>());
    std::unique_ptr<probe::DebugProbe> probe;
    std::unique_ptr<auth::DaSession> session;
    json steps = json::array();

    int open(CliOutput& out, const ProbeChoice& choice, std::shared_ptr<const engine::Redactor> secrets) {
        auto catalog = device::sharedCatalog();
        if (!catalog) {
            out.fail(catalog.error());
            return TargetSaidNo;
        }
        auto opened = openChosenProbe(*registry, choice, std::move(secrets));
        if (!opened) {
            out.fail(opened.error());
            return exitCodeFor(opened.error());
        }
        probe = std::move(*opened);
        const auto& info = probe->info();
        out.data()["probe"] = {
            {"uri", info.uri}, {"model", info.model}, {"serial", info.serial}, {"firmware", info.firmware}};
        out.line(fmt::format("Probe: {} {} ({})", info.model, info.firmware, info.uri));
        auth::DaSessionOptions options;
        options.observer = [this, &out](const auth::DaProgress& p) {
            if (p.phase == auth::DaProgress::Phase::Started)
                return;
            const bool ok = p.phase == auth::DaProgress::Phase::Done;
            steps.push_back({{"step", std::string(auth::stepId(p.step))},
                             {"ok", ok},
                             {"detail", p.detail},
                             {"elapsed_ms", p.elapsedMs},
                             {"round_trips", p.roundTrips}});
            if (ok)
                out.line(fmt::format("  {:.1f} ms  {}{}", p.elapsedMs, auth::stepTitle(p.step),
                                     p.detail.empty() ? "" : ": " + p.detail));
        };
        session = std::make_unique<auth::DaSession>(*probe, *catalog, options);
        return Done;
    }

    int finish(CliOutput& out, int code) {
        const bool lab = probe->info().transport == "lab";
        out.data()["steps"] = steps;
        out.data()["round_trips"] = session->roundTrips();
        out.data()["mailbox_polls"] = session->mailboxPolls();
        out.data()[lab ? "lab_time_ms" : "time_ms"] = toMilliseconds(session->elapsed());
        if (session->family())
            out.data()["family"] = session->family()->id;
        out.line(fmt::format("Cost: {} round trips, {:.1f} ms{}", session->roundTrips(),
                             toMilliseconds(session->elapsed()), lab ? " of lab time" : ""));
        (void)probe->detach();
        return code;
    }

    int failWith(CliOutput& out, const Error& e) {
        out.fail(e);
        return finish(out, exitCodeFor(e));
    }

    // Opens the probe and the chip's DA channel (one reset) and runs discovery, printing it;
    // Done, or the exit code of the first failure (already reported).
    int openAndDiscover(CliOutput& out, const ProbeChoice& choice, std::optional<auth::DaDiscovery>& discovery,
                        std::shared_ptr<const engine::Redactor> secrets = {}) {
        if (int code = open(out, choice, std::move(secrets)); code != Done)
            return code;
        if (Status s = session->open(); !s)
            return failWith(out, s.error());
        auto d = session->discover();
        if (!d)
            return failWith(out, d.error());
        out.data()["discovery"] = discoveryJson(*d);
        printDiscovery(out, *d);
        discovery = std::move(*d);
        return Done;
    }
};

struct DiscoverArgs {
    ProbeChoice probe;
};

int runDiscover(CliOutput& out, const DiscoverArgs& args) {
    SessionRun run;
    std::optional<auth::DaDiscovery> d;
    if (int code = run.openAndDiscover(out, args.probe, d); code != Done)
        return code;
    return run.finish(out, Done);
}

struct AuthArgs {
    ProbeChoice probe;
    std::string key, cert, password, passphraseFile;
    std::string permission;
    bool yes = false;
};

// Whether the permission may erase on some family, decided before the board is touched (the
// ROM waits about a second, too short for a question in the middle of the session).
bool mayErase(const std::string& permission) {
    if (permission.starts_with("cube:"))
        return true;  // a letter means whatever the chip lists at that position
    for (auto fam : {auth::DaFamily::Stm32H5, auth::DaFamily::Stm32H7rs}) {
        std::optional<int> bit;
        if (!permission.empty() && std::all_of(permission.begin(), permission.end(), ::isdigit))
            bit = std::atoi(permission.c_str());
        else if (const auto* p = auth::findStPermission(fam, permission))
            bit = p->bit;
        if (bit && *bit >= 0 && *bit < 128 &&
            !auth::erasingConsequence(fam, auth::PermissionMask::fromBits({*bit})).empty())
            return true;
    }
    const std::string l = permission;
    return l.find("regression") != std::string::npos;
}

bool confirmInteractively(CliOutput& out) {
    if (out.json() || !::isatty(STDIN_FILENO))
        return false;
    std::cerr << kEraseWarning << "\nType 'erase' to continue: " << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "erase";
}

int runAuth(CliOutput& out, const AuthArgs& args) {
    // Credentials first: a bad file is the person's input, found before the board is reset.
    auto credentials = loadCliCredentials(out, args.key, args.cert, args.password, args.passphraseFile);
    if (!credentials)
        return Usage;
    std::optional<auth::CertificateCredentials> cert = std::move(credentials->certificate);
    std::optional<auth::PasswordCredentials> password = std::move(credentials->password);
    if (!cert && !password) {
        out.fail(makeError("cli.usage", "No credentials were given.",
                           "Give --key and --cert (certificate method) or --password (password method)."));
        return Usage;
    }
    if (mayErase(args.permission) && !args.yes && !confirmInteractively(out)) {
        out.data()["consequence"] = kEraseWarning;
        out.fail(
            makeError("cli.confirmation-needed",
                      fmt::format("'{}' may erase the user flash; nothing was done without a confirmation.",
                                  args.permission),
                      "Run again with --yes to confirm that the user flash may be erased."));
        return RefusedOrUnconfirmed;
    }

    // A recording (--record) never holds the password's mailbox words.
    auto secrets = std::make_shared<engine::Redactor>();
    if (password)
        secrets->add(password->password.view());
    SessionRun run;
    std::optional<auth::DaDiscovery> d;
    if (int code = run.openAndDiscover(out, args.probe, d, secrets); code != Done)
        return code;

    Result<auth::PermissionMask> requested = auth::PermissionMask{};
    if (args.permission.starts_with("cube:")) {
        const std::size_t index = static_cast<std::size_t>(args.permission.back() - 'a');
        if (args.permission.size() != 6 || index >= d->offered.size())
            return run.failWith(
                out, makeError(
                         "da.unknown-permission",
                         fmt::format("per={} is not in the list the chip offers.", args.permission.substr(5)),
                         "Run the discovery (debugauth=2) and pick a letter it shows."));
        requested = auth::PermissionMask::fromBits({d->offered[index].bit});
    } else {
        requested = run.session->permissionFromText(args.permission);
    }
    if (!requested)
        return run.failWith(out, requested.error());
    const auto fam = run.session->daFamily();
    const std::string consequence = fam ? auth::erasingConsequence(*fam, *requested) : std::string();
    out.data()["requested"] = requested->toShortHex();
    if (!consequence.empty()) {
        out.data()["consequence"] = consequence;
        out.warn(consequence);
    }
    // Cube's scripts give both methods; the chip's cryptosystems decide.
    bool useCertificate = cert.has_value();
    if (cert && password) {
        const auto& cs = d->parsed.info.cryptosystems;
        useCertificate = cs && std::find(cs->begin(), cs->end(), auth::kCryptosystemEcdsaP256) != cs->end();
    }
    out.data()["method"] = useCertificate ? "certificate" : "password";
    auth::DaCredentials creds = useCertificate ? auth::DaCredentials(*cert) : auth::DaCredentials(*password);
    auto outcome = run.session->authenticate(creds, *requested);
    if (!outcome)
        return run.failWith(out, outcome.error());
    out.data()["state_before"] = outcome->stateBefore;
    out.data()["state_after"] = outcome->stateAfter;
    out.data()["ap1_open"] = outcome->ap1Open;
    out.data()["notes"] = outcome->notes;
    out.line("Authentication successful.");
    if (!outcome->stateAfter.empty())
        out.line(fmt::format("State: {} -> {}", outcome->stateBefore, outcome->stateAfter));
    for (const auto& n : outcome->notes)
        out.line(n);
    return run.finish(out, Done);
}

}  // namespace

void addDaSessionCommands(CLI::App& da, CliState& state) {
    auto discoverArgs = std::make_shared<DiscoverArgs>();
    auto* discover =
        da.add_subcommand("discover", "Debug Authentication discovery: what the chip reports and offers");
    addProbeOptions(discover, discoverArgs->probe);
    discover->callback([&state, discoverArgs] {
        state.action = [discoverArgs](CliOutput& out) { return runDiscover(out, *discoverArgs); };
    });

    auto authArgs = std::make_shared<AuthArgs>();
    auto* authCmd = da.add_subcommand(
        "auth",
        "Authenticate and apply a permission (discovery and authentication in one reset).\n"
        "WARNING: full-regression and partial-regression ERASE the user flash; they need --yes.");
    addProbeOptions(authCmd, authArgs->probe);
    authCmd->add_option("--key", authArgs->key, "Leaf private key (PEM), certificate method");
    authCmd->add_option("--cert", authArgs->cert, "Certificate chain, root first (.b64), certificate method");
    authCmd->add_option("--password", authArgs->password, "password.bin (ST's TLV) or a raw password file");
    authCmd->add_option("--passphrase-file", authArgs->passphraseFile,
                        "The passphrase of an encrypted --key, on the file's first line (else asked on the "
                        "terminal)");
    authCmd
        ->add_option("--permission", authArgs->permission,
                     "full-regression, partial-regression, debug-ns-l1..l3, debug-s-l1..l3, forced-download "
                     "(as the family has them) or a bit number")
        ->required();
    authCmd->add_flag("--yes", authArgs->yes, "Confirm an action that erases the user flash");
    authCmd->callback([&state, authArgs] {
        state.action = [authArgs](CliOutput& out) { return runAuth(out, *authArgs); };
    });
}

}  // namespace rescue::cli
