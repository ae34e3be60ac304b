#include "core/sim/lab/fault_campaign.h"

#include <algorithm>
#include <mutex>

#include <unistd.h>

#include <fmt/format.h>

#include "core/auth/certificate_chain.h"
#include "core/auth/da_session.h"
#include "core/auth/keys.h"
#include "core/auth/password.h"
#include "core/common/paths.h"
#include "core/device/catalog.h"
#include "core/engine/engine.h"
#include "core/engine/journal.h"
#include "core/engine/redactor.h"
#include "core/engine/secret_words.h"
#include "core/optionbytes/ob_change_operation.h"
#include "core/optionbytes/ob_erase_operation.h"
#include "core/probe/probe_uri.h"
#include "core/probe/record/recording.h"
#include "core/probe/record/recording_probe.h"
#include "core/probe/record/replay_probe.h"
#include "core/probe/stlink/tcp_stlink_source.h"
#include "core/recovery/wizard.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "core/sim/lab/lab_bench_probe.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_probe_source.h"
#include "core/sim/lab/lab_rom_services.h"
#include "core/sim/lab/probe_faults.h"
#include "core/sim/lab/simulated_operator.h"
#include "core/sim/stlink/stlink_server.h"

namespace rescue::sim::lab {

namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using stlink::FaultKind;

// ---- the runs the campaign knows -----------------------------------------------------------

enum class Operation { Wizard, ObChange, MassErase, DaAuth };

struct Case {
    const char* scenario;
    Operation operation;
    const char* credentials;  // "cert:h5", "password:h503/da_password.bin", ""
    const char* assignment;   // ObChange: the --set line
};

// Every stuck board and everyday operation the workbench is for, on the shipped boards.
// A run's seed picks from this list: adding or reordering rows changes what a seed runs, so
// the regression seeds in tests/core/sim/test_fault_injection.cpp must be drawn again.
constexpr Case kCases[] = {
    {"h563-closed-da", Operation::Wizard, "cert:h5", ""},
    {"h503-closed-password", Operation::Wizard, "password:h503/da_password.bin", ""},
    {"h7s78-closed-nrst-unwired", Operation::Wizard, "cert:h7rs", ""},
    {"h7s78-open-wrp-all", Operation::Wizard, "", ""},
    {"h563-open-healthy", Operation::ObChange, "", "WRPSGn1=0xFFFFFFF0"},
    {"h7s78-open-healthy", Operation::ObChange, "", "WRPS=0xF0"},
    {"h563-open-healthy", Operation::MassErase, "", ""},
    {"h7s78-open-healthy", Operation::MassErase, "", ""},
    {"h563-closed-da", Operation::DaAuth, "cert:h5", ""},
    {"h503-closed-password", Operation::DaAuth, "password:h503/da_password.bin", ""},
};

const char* operationName(Operation op) {
    switch (op) {
        case Operation::Wizard:
            return "wizard";
        case Operation::ObChange:
            return "ob-change";
        case Operation::MassErase:
            return "mass-erase";
        case Operation::DaAuth:
            return "da-auth";
    }
    return "?";
}

// Lab time an operation may take before it counts as hung: its own timeouts are well inside.
Clock::Duration labBudget(Operation op) {
    return op == Operation::Wizard ? Clock::Duration(15min) : Clock::Duration(5min);
}

// SplitMix64: the same draws on every compiler, so a seed repeats a run exactly.
struct Draw {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    bool chance(unsigned percent) { return below(100) < percent; }
};

// ---- the fault plan a run draws ------------------------------------------------------------

// The FLASH register that starts what `op` does to the flash (an erase, an option change):
// a reset or a power loss a little after the k-th write to it lands mid-operation.
std::optional<std::uint32_t> startRegister(const device::Family& family, Operation op) {
    const auto& regs = family.flashRegisters;
    const bool h7rs = regs.registerNamed("NSCR") == nullptr;
    const char* name = op == Operation::MassErase ? (h7rs ? "CR" : "NSCR") : (h7rs ? "OPTCR" : "OPTCR");
    if (const auto* r = regs.registerNamed(name))
        return regs.base + r->offset;
    return std::nullopt;
}

json kindJson(FaultKind k) {
    return std::string(stlink::faultKindName(k));
}

// A plan in the scenario's "faults" syntax (so a run's faults can be pasted into a scenario).
json drawFaults(Draw& d, Operation op, bool tcp, const device::Family& family) {
    std::vector<FaultKind> kinds;
    for (auto k : stlink::kAllFaultKinds)
        if (k != FaultKind::ServerDrop || tcp)
            kinds.push_back(k);
    json faults = json::object();
    const unsigned mode = static_cast<unsigned>(d.below(100));
    if (mode < 5)
        return faults;  // a control run: no fault at all
    if (mode < 40 && (op == Operation::MassErase || op == Operation::ObChange || op == Operation::Wizard)) {
        // Mid-operation: a reset or a power loss some time after the operation started.
        if (auto reg = startRegister(family, op == Operation::Wizard ? Operation::MassErase : op)) {
            const bool power = d.chance(50);
            const auto delayMs = d.below(op == Operation::ObChange ? 120 : 3000);
            faults["schedule"] = json::array(
                {{{"at_ap_write", {{"address", fmt::format("0x{:08X}", *reg)}, {"count", 1 + d.below(3)}}},
                  {"delay_ms", delayMs},
                  {"fault", power ? "power-loss" : "chip-reset"}}});
            return faults;
        }
    }
    if (mode < 70) {
        // At random: one or two faults anywhere in the operation.
        json list = json::array();
        for (auto k : kinds)
            list.push_back(kindJson(k));
        faults["random"] = {{"seed", d.next() >> 1},
                            {"per_command", 1.0 / static_cast<double>(10 + d.below(400))},
                            {"kinds", list},
                            {"max_faults", 1 + d.below(2)}};
        return faults;
    }
    // On a schedule: one fault at a command or after some lab time.
    json entry;
    if (d.chance(50))
        entry["at_command"] = 1 + d.below(400);
    else
        entry["after_ms"] = d.below(1500);
    const FaultKind k = kinds[d.below(kinds.size())];
    entry["fault"] = kindJson(k);
    if (k == FaultKind::WaitStorm || k == FaultKind::ApFault)
        entry["repeat"] = 1 + d.below(80);
    if (k == FaultKind::LatencySpike)
        entry["latency_ms"] = 1 + d.below(5000);
    faults["schedule"] = json::array({entry});
    return faults;
}

// ---- credentials ---------------------------------------------------------------------------

struct Credentials {
    std::optional<auth::CertificateCredentials> certificate;
    std::optional<auth::PasswordCredentials> password;
};

Result<Credentials> loadCredentials(const std::string& spec) {
    Credentials c;
    const auto base = resourceDir() / "credentials";
    if (spec.starts_with("cert:")) {
        const auto dir = base / spec.substr(5);
        auto chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
        if (!chain)
            return std::move(chain).error();
        auto key = auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
        if (!key)
            return std::move(key).error();
        auth::CertificateCredentials cert;
        cert.chain = chain->chain;
        cert.leafKey = std::make_shared<auth::PrivateKey>(std::move(key).value());
        c.certificate = std::move(cert);
    } else if (spec.starts_with("password:")) {
        auto pw = auth::loadPasswordFile(base / spec.substr(9));
        if (!pw)
            return std::move(pw).error();
        c.password = auth::PasswordCredentials{pw->password};
    }
    return c;
}

// ---- one board with its probe --------------------------------------------------------------

struct Bench {
    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    std::unique_ptr<LabInstance> lab;
    std::unique_ptr<stlink::StlinkServer> server;  // tcp only
    std::unique_ptr<LabRomServices> rom;
};

// `dapPacketSize` non-zero: the board's probe is swapped for a CMSIS-DAP with that packet size.
Status openBench(Bench& b, const std::string& scenarioName, std::uint64_t seed, bool tcp,
                 unsigned dapPacketSize) {
    auto scenario = loadScenarioByNameOrPath(scenarioName);
    if (!scenario)
        return std::move(scenario).error();
    scenario->seed = seed;
    if (dapPacketSize != 0) {
        scenario->probe.model = cmsisdap::kModelName;
        scenario->probe.packetSize = dapPacketSize;
        scenario->probe.firmware.clear();  // an ST-LINK firmware name is no CMSIS-DAP version
    }
    auto lab = LabInstance::create(*scenario, b.clock);
    if (!lab)
        return std::move(lab).error();
    b.lab = std::move(*lab);
    b.rom = std::make_unique<LabRomServices>(b.lab->board());
    if (tcp) {
        stlink::StlinkServerOptions so;
        so.port = 0;
        so.pollInterval = 5ms;
        b.server = std::make_unique<stlink::StlinkServer>(so);
        if (Status s = b.server->addProbe(b.lab->probe()); !s)
            return s;
        if (Status s = b.server->start(); !s)
            return s;
    }
    return {};
}

// The ordinary driver into the board's probe (ST-LINK by USB or through the server, or
// CMSIS-DAP), with the board's boot ROM services and RESET button, as `lab:NAME` gives it.
Result<std::unique_ptr<probe::DebugProbe>> openProbe(Bench& b) {
    std::unique_ptr<probe::DebugProbe> driver;
    if (b.server) {
        probe::stlink::TcpStlinkSourceOptions o;
        o.clock = b.clock;
        o.tcp.requestTimeout = 2000ms;
        probe::stlink::TcpStlinkSource source(o);
        auto uri = probe::parseProbeUri(
            fmt::format("stlink-tcp://127.0.0.1:{}/{}", b.server->port(), b.lab->probeSerial()));
        if (!uri)
            return std::move(uri).error();
        auto opened = source.open(*uri);
        if (!opened)
            return std::move(opened).error();
        driver = std::move(*opened);
    } else {
        auto opened = openLabDriver(*b.lab, labProbeInfo(b.lab->scenario()));
        if (!opened)
            return std::move(opened).error();
        driver = std::move(*opened);
    }
    return withLabBench(std::move(driver), b.lab->board(), b.rom.get());
}

// ---- the operations, as engine jobs ---------------------------------------------------------

// What the workbench said it did, for the state check.
struct Claim {
    std::string said;  // "" when it claims nothing about the board
    bool flashErased = false;
    bool open = false;
    bool noWrp = false;
    std::optional<std::pair<std::string, std::uint32_t>> field;  // written and verified
};

struct JobSpec {
    Operation op;
    const Case* c;
    const Credentials* creds;
};

Result<Claim> runOperation(engine::JobContext& ctx, probe::DebugProbe& probe, const JobSpec& spec,
                           std::shared_ptr<const device::Catalog> catalog) {
    namespace ob = optionbytes;
    Claim claim;
    switch (spec.op) {
        case Operation::Wizard: {
            recovery::WizardOptions o;
            o.certificate = spec.creds->certificate;
            o.password = spec.creds->password;
            o.remember = false;
            auto outcome = recovery::runWizard(ctx, probe, catalog, o);
            if (!outcome)
                return std::move(outcome).error();
            if (outcome->openAndErasable) {
                claim.said = "open and erasable";
                claim.open = true;
                claim.noWrp = true;
                for (const auto& s : outcome->steps)
                    if (s.id == "mass-erase" && s.status == recovery::StepStatus::Done)
                        claim.flashErased = true;
            }
            return claim;
        }
        case Operation::ObChange: {
            auto target = ob::openObTarget(probe, catalog);
            if (!target)
                return std::move(target).error();
            auto request = ob::changeFromAssignments(*target, {spec.c->assignment});
            if (!request)
                return std::move(request).error();
            ob::ObChangeOperation op(probe, *target, std::move(*request));
            const auto phrases = op.preview().report.requiredPhrases();
            auto done = op.run(phrases);  // a person who typed every phrase asked for
            if (!done)
                return std::move(done).error();
            if (done->written && done->program.mismatches() > 0)
                return ob::mismatchError(done->program);
            const std::string text = spec.c->assignment;
            const auto eq = text.find('=');
            claim.said = done->written ? "written and verified" : "already held";
            claim.field = std::make_pair(
                text.substr(0, eq), static_cast<std::uint32_t>(std::stoul(text.substr(eq + 1), nullptr, 0)));
            ctx.info("CAMPAIGN", "Option bytes " + claim.said + ".");
            return claim;
        }
        case Operation::MassErase: {
            auto target = ob::openObTarget(probe, catalog);
            if (!target)
                return std::move(target).error();
            ob::ObEraseOperation op(probe, *target, ob::EraseRequest{}, probe.info().uri);
            auto done = op.run();
            if (!done)
                return std::move(done).error();
            claim.said = "erased";
            claim.flashErased = true;
            ctx.info("CAMPAIGN", fmt::format("Flash erased in {:.1f} ms.", done->milliseconds));
            return claim;
        }
        case Operation::DaAuth: {
            auth::DaSession session(probe, catalog);
            if (Status s = session.open(); !s)
                return s.error();
            auto discovery = session.discover();
            if (!discovery)
                return std::move(discovery).error();
            auto requested = session.permissionFromText("full-regression");
            if (!requested)
                return std::move(requested).error();
            auth::DaCredentials creds = spec.creds->certificate
                                            ? auth::DaCredentials(*spec.creds->certificate)
                                            : auth::DaCredentials(*spec.creds->password);
            auto outcome = session.authenticate(creds, *requested);
            if (!outcome)
                return std::move(outcome).error();
            ctx.info("CAMPAIGN",
                     fmt::format("Authenticated: {} -> {}.", outcome->stateBefore, outcome->stateAfter));
            if (outcome->stateAfter == "open") {
                claim.said = "regressed to Open";
                claim.open = true;
            }
            return claim;
        }
    }
    return claim;
}

// Lab-side truth against the claim: read from the chip model, never through the probe.
std::string checkClaim(Bench& b, const Claim& claim) {
    if (claim.said.empty())
        return {};
    return b.lab->board().withChip([&](stm32::Stm32Chip& chip) -> std::string {
        if (claim.open && chip.lifecycleState().id != "open")
            return fmt::format("reported \"{}\" but the chip is {}", claim.said, chip.lifecycleState().id);
        if (claim.noWrp && chip.optionBytes().anyProtected(0))
            return fmt::format("reported \"{}\" but write protection is still set", claim.said);
        if (claim.flashErased && !chip.flash().isErased(0, chip.flash().size()))
            return fmt::format("reported \"{}\" but the flash is not blank", claim.said);
        if (claim.field && chip.optionBytes().field(claim.field->first) != claim.field->second)
            return fmt::format("reported \"{}\" but {} is 0x{:X}, not 0x{:X}", claim.said, claim.field->first,
                               chip.optionBytes().field(claim.field->first), claim.field->second);
        return {};
    });
}

bool clearError(const Error& e) {
    return !e.code.empty() && !e.message.empty() && e.message.back() == '.' && !e.hint.empty();
}

// Something for the erase to erase: a pattern over the first sectors of every bank.
void fillFlash(Bench& b) {
    b.lab->board().withChip([](stm32::Stm32Chip& chip) {
        auto& flash = chip.flash();
        for (unsigned bank = 1; bank <= flash.banks(); ++bank)
            for (unsigned s = 0; s < std::min(4u, flash.sectorsPerBank()); ++s) {
                Bytes pattern(flash.sectorBytes());
                for (std::size_t i = 0; i < pattern.size(); ++i)
                    pattern[i] = static_cast<std::uint8_t>(i * 7 + s);
                flash.store(flash.sectorOffset(bank, s), pattern);
            }
    });
}

struct JobRun {
    std::optional<engine::JobEnded> ended;
    Result<Claim> claim = Claim{};
    bool hung = false;
    double labMs = 0;
    double wallMs = 0;
    bool journalComplete = true;
    std::string journalProblem;
};

// Runs the operation as one job on a fresh engine (journal to `journalDir` when given).
// On a hang the engine, probe and bench are leaked on purpose: destroying them would wait
// for the stuck worker forever.
JobRun runJob(const std::shared_ptr<Clock>& clock, std::unique_ptr<probe::DebugProbe>& probe,
              const JobSpec& spec, const CampaignOptions& options, const std::filesystem::path& journalDir,
              std::uint64_t seed, std::shared_ptr<const device::Catalog> catalog) {
    JobRun r;
    engine::EngineOptions eo;
    eo.clock = clock;
    eo.journal = !journalDir.empty();
    eo.journalDir = journalDir;
    auto engine = std::make_unique<engine::Engine>(eo);
    std::mutex heardMutex;
    std::vector<engine::Event> heard;
    engine->addListener([&](const engine::Event& e) {
        std::lock_guard lock(heardMutex);
        heard.push_back(e);
    });
    std::unique_ptr<SimulatedOperator> person;
    if (probe->labBench())
        person = std::make_unique<SimulatedOperator>(*engine, *probe->labBench(), *clock, seed);
    const auto session = engine->openSession("campaign");
    std::optional<Result<Claim>> claim;
    const auto labStart = clock->now();
    const auto wallStart = std::chrono::steady_clock::now();
    probe::DebugProbe& p = *probe;
    const auto job =
        engine->submit(session, operationName(spec.op), [&](engine::JobContext& ctx) -> engine::JobResult {
            claim = runOperation(ctx, p, spec, catalog);
            if (!*claim)
                return claim->error();
            return json{{"reported", claim->value().said}};
        });
    r.ended = engine->wait(job, options.watchdog);
    r.wallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wallStart).count();
    r.labMs = toMilliseconds(clock->now() - labStart);
    if (!r.ended) {
        engine->cancel(job);
        r.ended = engine->wait(job, 5s);
        r.hung = true;
        if (!r.ended) {
            (void)person.release();
            (void)engine.release();
            (void)probe.release();
            return r;
        }
    }
    if (claim)
        r.claim = std::move(*claim);
    person.reset();
    const auto journalPath = engine->journalPath();
    engine.reset();  // every event delivered and journalled
    if (!journalDir.empty()) {
        auto contents = engine::readJournal(journalPath);
        if (!contents) {
            r.journalComplete = false;
            r.journalProblem = contents.error().message;
        } else {
            std::size_t at = 0;
            for (const auto& e : heard) {
                while (at < contents->events.size() && contents->events[at].sequence < e.sequence)
                    ++at;
                if (at >= contents->events.size() ||
                    engine::toJson(contents->events[at]) != engine::toJson(e)) {
                    r.journalComplete = false;
                    r.journalProblem = fmt::format("event {} ({}) heard by a listener is not in the journal",
                                                   e.sequence, engine::typeName(e.payload));
                    break;
                }
            }
            if (r.journalComplete && !contents->problems.empty()) {
                r.journalComplete = false;
                r.journalProblem = contents->problems.front().message;
            }
        }
    }
    return r;
}

// How a job ended, in one word for comparisons: "success" or its error code.
std::string endedAs(const engine::JobEnded& ended) {
    if (ended.outcome == engine::JobOutcome::Finished)
        return "success";
    return ended.error ? ended.error->code : std::string("failed");
}

// (f) The run's recording, replayed through the same operation, ends the same way, so a
// support engineer given a user's recording of a session that went wrong sees what the user
// saw. "" when it does; otherwise what differed.
std::string checkReplay(const std::filesystem::path& file, const JobSpec& spec,
                        const CampaignOptions& options, std::shared_ptr<const device::Catalog> catalog,
                        const std::string& expected) {
    auto loaded = probe::record::loadRecording(file);
    if (!loaded)
        return "the recording does not load: " + loaded.error().message;
    if (loaded->sessions.empty())
        return "the recording holds no session";
    auto recording = std::make_shared<const probe::record::Recording>(std::move(*loaded));
    std::shared_ptr<Clock> clock = std::make_shared<VirtualClock>();
    std::unique_ptr<probe::DebugProbe> replay =
        std::make_unique<probe::record::ReplayProbe>(recording, 0, clock, "replay:" + file.string());
    // No journal, and no simulated operator: a replay has no lab bench.
    const JobRun r = runJob(clock, replay, spec, options, {}, 0, std::move(catalog));
    if (r.hung || !r.ended)
        return "the replay hung";
    const std::string got = endedAs(*r.ended);
    if (got != expected)
        return fmt::format("the recording replays to {}, the run ended with {}", got, expected);
    return {};
}

}  // namespace

const char* toString(RunOutcome outcome) {
    switch (outcome) {
        case RunOutcome::Success:
            return "success";
        case RunOutcome::ClearError:
            return "clear error";
        case RunOutcome::UnclearError:
            return "unclear error";
        case RunOutcome::Hang:
            return "hang";
        case RunOutcome::Crash:
            return "crash";
    }
    return "?";
}

std::vector<std::string> campaignScenarios() {
    std::vector<std::string> names;
    for (const auto& c : kCases)
        if (std::find(names.begin(), names.end(), c.scenario) == names.end())
            names.push_back(c.scenario);
    return names;
}

CampaignRun runCampaignRun(std::uint64_t seed, const CampaignOptions& options) {
    CampaignRun run;
    run.seed = seed;
    Draw d{seed ^ 0xFA017C0FFEEull};
    std::vector<const Case*> cases;
    for (const auto& c : kCases)
        if (options.scenarios.empty() || std::find(options.scenarios.begin(), options.scenarios.end(),
                                                   c.scenario) != options.scenarios.end())
            cases.push_back(&c);
    if (cases.empty()) {
        run.outcome = RunOutcome::UnclearError;
        run.failedChecks.push_back("no board to run on");
        return run;
    }
    const Case& c = *cases[d.below(cases.size())];
    bool tcp = d.chance(30);
    // The probe from a draw of its own (see CampaignProbes): a quarter of the USB runs.
    Draw probeDraw{seed ^ 0xC3D5DA9ull};
    const bool dapDrawn = !tcp && probeDraw.chance(25);
    const unsigned dapPacket = probeDraw.chance(50) ? 64 : 512;
    const bool dap =
        options.probes == CampaignProbes::CmsisDap || (options.probes == CampaignProbes::Any && dapDrawn);
    if (dap)
        tcp = false;  // the ST-LINK server serves ST-LINKs only
    run.scenario = c.scenario;
    run.operation = operationName(c.operation);
    run.transport = dap ? "cmsis-dap" : tcp ? "tcp" : "usb";

    auto fail = [&](std::string check) {
        run.failedChecks.push_back(std::move(check));
        return run;
    };
    auto catalog = device::sharedCatalog();
    if (!catalog)
        return fail("(setup) " + catalog.error().message);
    auto creds = loadCredentials(c.credentials);
    if (!creds)
        return fail("(setup) " + creds.error().message);
    auto bench = std::make_unique<Bench>();
    if (Status s = openBench(*bench, c.scenario, seed, tcp, dap ? dapPacket : 0); !s)
        return fail("(setup) " + s.error().message);
    if (c.operation == Operation::MassErase)
        fillFlash(*bench);
    run.probe =
        dap ? fmt::format("{} {} B", cmsisdap::kModelName, dapPacket) : bench->lab->scenario().probe.model;
    auto probe = openProbe(*bench);
    if (!probe)
        return fail("(setup) " + probe.error().message);
    // Recorded as `--record` does it (password words redacted), to replay it afterwards (f).
    // Not the wizard: its simulated operator presses the board's RESET button, which a replay
    // has not (what the chip did is in the recording, but the operator's prompts are not).
    // The run's folder (its journals and recording) when the campaign keeps one.
    const std::filesystem::path journalDir =
        options.workDir.empty() ? std::filesystem::path() : options.workDir / fmt::format("run-{}", seed);
    std::filesystem::path recordingFile;
    if (c.operation != Operation::Wizard) {
        recordingFile = journalDir.empty() ? std::filesystem::temp_directory_path() /
                                                 fmt::format("rescue-campaign-{}-{}.jsonl", ::getpid(), seed)
                                           : journalDir / "session.jsonl";
        std::error_code ec;
        std::filesystem::create_directories(recordingFile.parent_path(), ec);
        auto sink = probe::record::RecordingSink::create(recordingFile);
        if (!sink)
            return fail("(setup) " + sink.error().message);
        auto secrets = std::make_shared<engine::Redactor>();
        if (creds->password)
            secrets->add(creds->password->password.view());
        probe::record::RecordingOptions ro;
        ro.isSecretWord = [secrets](std::uint32_t word) { return engine::isSecretWord(*secrets, word); };
        *probe = std::make_unique<probe::record::RecordingProbe>(std::move(*probe), std::move(*sink), ro);
    }
    const auto& family = bench->lab->board().chip().part().family;
    run.faults = drawFaults(d, c.operation, tcp, *family);
    auto plan = parseProbeFaults(run.faults, "campaign");
    if (!plan)
        return fail("(setup) " + plan.error().message);
    bench->lab->setProbeFaultPlan(*plan);

    const JobSpec spec{c.operation, &c, &*creds};
    JobRun first = runJob(bench->clock, *probe, spec, options, journalDir, seed, *catalog);
    for (const auto& f : bench->lab->firedProbeFaults())
        run.fired.push_back(fmt::format("{} at command {}", stlink::faultKindName(f.kind), f.command));
    run.labMs = first.labMs;
    run.wallMs = first.wallMs;
    run.journalComplete = first.journalComplete;

    // (a) and (b)
    if (first.hung || !first.ended) {
        run.outcome = RunOutcome::Hang;
        run.failedChecks.push_back(
            fmt::format("(a) hang: the job did not end within {} ms of real time", options.watchdog.count()));
        if (!first.ended) {
            (void)bench.release();  // its worker is stuck on it
            return run;
        }
    } else if (first.labMs > toMilliseconds(labBudget(c.operation))) {
        run.outcome = RunOutcome::Hang;
        run.failedChecks.push_back(fmt::format("(a) hang: the job took {:.0f} ms of lab time", first.labMs));
    } else if (first.ended->outcome == engine::JobOutcome::Finished) {
        run.outcome = RunOutcome::Success;
        if (first.claim)
            run.reported = first.claim->said;
    } else {
        const Error e = first.ended->error ? *first.ended->error : Error{};
        run.errorCode = e.code;
        run.errorMessage = e.message;
        if (e.code == "engine.job-threw") {
            run.outcome = RunOutcome::Crash;
            run.failedChecks.push_back("(b) crash: " + e.message);
        } else if (clearError(e)) {
            run.outcome = RunOutcome::ClearError;
        } else {
            run.outcome = RunOutcome::UnclearError;
            run.failedChecks.push_back(fmt::format(
                "(b) unclear error: code \"{}\", message \"{}\", hint \"{}\"", e.code, e.message, e.hint));
        }
    }
    // (f)
    if (!recordingFile.empty() && first.ended) {
        if (std::string differs = checkReplay(recordingFile, spec, options, *catalog, endedAs(*first.ended));
            !differs.empty()) {
            run.replayMatches = false;
            run.failedChecks.push_back("(f) replay: " + differs);
        } else {
            run.replayMatches = true;
        }
        if (journalDir.empty()) {
            std::error_code ec;
            std::filesystem::remove(recordingFile, ec);
        }
    }
    // (c)
    if (!first.journalComplete)
        run.failedChecks.push_back("(c) journal: " + first.journalProblem);
    // (d)
    if (first.claim) {
        if (std::string wrong = checkClaim(*bench, *first.claim); !wrong.empty()) {
            run.stateMatches = false;
            run.failedChecks.push_back("(d) misreported: " + wrong);
        }
    }
    // (e) the cable back in, the chip answering again: the same operation once more.
    // Only a run the fault made fail is retried: after a success the board has moved on (a
    // regressed chip no longer has the DA provisioning a second authentication would need).
    if (!run.fired.empty() && run.outcome != RunOutcome::Hang && run.outcome != RunOutcome::Success) {
        bench->lab->setProbeFaultPlan({});
        probe->reset();
        auto again = openProbe(*bench);
        if (!again) {
            run.retryRecovered = false;
            run.retryNote = again.error().message;
        } else {
            const auto retryJournal = journalDir.empty() ? journalDir : journalDir / "retry";
            JobRun retry = runJob(bench->clock, *again, spec, options, retryJournal, seed + 1, *catalog);
            if (retry.hung || !retry.ended) {
                run.failedChecks.push_back("(e) the retry hung");
                if (!retry.ended) {
                    (void)bench.release();
                    return run;
                }
            } else if (retry.ended->outcome == engine::JobOutcome::Finished) {
                if (retry.claim) {
                    if (std::string wrong = checkClaim(*bench, *retry.claim); !wrong.empty())
                        run.failedChecks.push_back("(d) misreported on retry: " + wrong);
                }
                run.retryRecovered = true;
            } else {
                run.retryRecovered = false;
                const Error e = retry.ended->error ? *retry.ended->error : Error{};
                run.retryNote = e.code + ": " + e.message;
                if (!clearError(e))
                    run.failedChecks.push_back("(e) the retry failed without a clear reason: " +
                                               run.retryNote);
            }
        }
    }
    return run;
}

CampaignReport runCampaign(const CampaignOptions& options) {
    CampaignReport report;
    const auto start = std::chrono::steady_clock::now();
    CampaignOptions o = options;
    std::filesystem::path temp;
    if (o.workDir.empty()) {
        std::error_code ec;
        temp = std::filesystem::temp_directory_path(ec) /
               fmt::format("rescue-campaign-{}-{}", ::getpid(), options.seed);
        std::filesystem::create_directories(temp, ec);
        o.workDir = temp;
    }
    for (unsigned i = 0; i < options.runs; ++i) {
        CampaignRun run = runCampaignRun(options.seed + i, o);
        CampaignCounts& c = report.counts;
        ++c.runs;
        if (!run.fired.empty())
            ++c.faultsFired;
        switch (run.outcome) {
            case RunOutcome::Success:
                ++c.successes;
                break;
            case RunOutcome::ClearError:
                ++c.clearErrors;
                break;
            case RunOutcome::UnclearError:
                ++c.unclearErrors;
                break;
            case RunOutcome::Hang:
                ++c.hangs;
                break;
            case RunOutcome::Crash:
                ++c.crashes;
                break;
        }
        if (!run.journalComplete)
            ++c.journalGaps;
        if (!run.stateMatches)
            ++c.misreported;
        if (run.replayMatches)
            ++(*run.replayMatches ? c.replaysMatched : c.replaysDiverged);
        if (run.retryRecovered)
            ++(*run.retryRecovered ? c.retriesRecovered : c.retriesNotRecovered);
        if (!run.passed())
            ++c.failedRuns;
        // A passing run's journal is of no further use.
        if (run.passed()) {
            std::error_code ec;
            std::filesystem::remove_all(o.workDir / fmt::format("run-{}", run.seed), ec);
        }
        if (options.onRun)
            options.onRun(run);
        report.runs.push_back(std::move(run));
    }
    if (!temp.empty() && report.passed()) {
        std::error_code ec;
        std::filesystem::remove_all(temp, ec);
    }
    report.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

bool campaignProbesFromName(const std::string& name, CampaignProbes& probes) {
    if (name == "any")
        probes = CampaignProbes::Any;
    else if (name == "stlink")
        probes = CampaignProbes::Stlink;
    else if (name == "cmsis-dap")
        probes = CampaignProbes::CmsisDap;
    else
        return false;
    return true;
}

json toJson(const CampaignRun& run) {
    json j{{"seed", run.seed},
           {"scenario", run.scenario},
           {"operation", run.operation},
           {"transport", run.transport},
           {"probe", run.probe},
           {"faults", run.faults},
           {"fired", run.fired},
           {"outcome", toString(run.outcome)},
           {"lab_ms", run.labMs},
           {"wall_ms", run.wallMs},
           {"journal_complete", run.journalComplete},
           {"state_matches", run.stateMatches},
           {"failed_checks", run.failedChecks},
           {"passed", run.passed()}};
    if (!run.errorCode.empty())
        j["error"] = {{"code", run.errorCode}, {"message", run.errorMessage}};
    if (!run.reported.empty())
        j["reported"] = run.reported;
    if (run.replayMatches)
        j["replay_matches"] = *run.replayMatches;
    if (run.retryRecovered) {
        j["retry_recovered"] = *run.retryRecovered;
        if (!run.retryNote.empty())
            j["retry_note"] = run.retryNote;
    }
    return j;
}

json toJson(const CampaignReport& report) {
    const auto& c = report.counts;
    json failed = json::array();
    json runs = json::array();
    for (const auto& r : report.runs) {
        runs.push_back(toJson(r));
        if (!r.passed())
            failed.push_back({{"seed", r.seed}, {"checks", r.failedChecks}});
    }
    return {{"counts",
             {{"runs", c.runs},
              {"faults_fired", c.faultsFired},
              {"successes", c.successes},
              {"clear_errors", c.clearErrors},
              {"unclear_errors", c.unclearErrors},
              {"hangs", c.hangs},
              {"crashes", c.crashes},
              {"journal_gaps", c.journalGaps},
              {"misreported_states", c.misreported},
              {"retries_recovered", c.retriesRecovered},
              {"retries_not_recovered", c.retriesNotRecovered},
              {"replays_matched", c.replaysMatched},
              {"replays_diverged", c.replaysDiverged},
              {"failed_runs", c.failedRuns}}},
            {"passed", report.passed()},
            {"wall_seconds", report.wallSeconds},
            {"failed", failed},
            {"runs", runs}};
}

std::string formatReport(const CampaignReport& report) {
    const auto& c = report.counts;
    std::string out;
    auto row = [&](const char* name, std::size_t n) { out += fmt::format("  {:<24} {:>6}\n", name, n); };
    row("runs", c.runs);
    row("runs with a fault fired", c.faultsFired);
    row("successes", c.successes);
    row("clear errors", c.clearErrors);
    row("unclear errors", c.unclearErrors);
    row("hangs", c.hangs);
    row("crashes", c.crashes);
    row("journal gaps", c.journalGaps);
    row("misreported states", c.misreported);
    row("retries recovered", c.retriesRecovered);
    row("retries not recovered", c.retriesNotRecovered);
    row("replays matched", c.replaysMatched);
    row("replays diverged", c.replaysDiverged);
    row("failed runs", c.failedRuns);
    out += fmt::format("  {:<24} {:>6.1f}\n", "wall seconds", report.wallSeconds);
    for (const auto& r : report.runs) {
        if (r.passed())
            continue;
        for (const auto& check : r.failedChecks)
            out += fmt::format(
                "FAILED seed {} ({} {} over {}, {}): {}  -> rescue lab campaign --runs 1 --seed {}\n", r.seed,
                r.operation, r.scenario, r.transport, r.probe, check, r.seed);
    }
    return out;
}

}  // namespace rescue::sim::lab
