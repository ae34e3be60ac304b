// lab_da: how much faster than real time a full Debug Authentication regression runs in the
// lab. For each closed lab board with certificate DA (h563-closed-da, and the first field
// report's h7s78-closed-nrst-unwired, whose reset comes from the board's button) and each
// probe generation (STLINK-V2 full speed, STLINK-V3SET high speed), a host drives the
// VirtualStlink's USB-level commands on a VirtualClock: NRST held, request word, release,
// DISCOVERY, AUTH_START, the lab's certificate chain, a token asking for Full Regression,
// then reconnecting until the option registers read Open. Reported per run: lab (virtual)
// time, wall time, their ratio, ST-LINK round trips and mailbox polls.
//
//   lab_da [--runs N] [--json] [--check]
//
// --check exits 1 when a ratio is below the target (100x faster than real time).

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/auth/certificate_chain.h"
#include "core/auth/keys.h"
#include "core/auth/st_permissions.h"
#include "core/common/paths.h"
#include "core/sim/lab/lab_instance.h"
#include "lab_mailbox_host.h"

namespace {

using namespace rescue;
using WallClock = std::chrono::steady_clock;

// CPU time of this process: next to the wall time it shows how much of a slow run was the
// machine being busy with other work rather than the lab.
double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

constexpr double kTargetRatio = 100.0;

struct Board {
    const char* scenario;
    const char* credentials;  // resources/credentials/<this>
};
constexpr Board kBoards[] = {{"h563-closed-da", "h5"}, {"h7s78-closed-nrst-unwired", "h7rs"}};

struct Probe {
    const char* model;
    const char* firmware;
};
constexpr Probe kProbes[] = {{"STLINK-V2", "V2J46S7"}, {"STLINK-V3SET", "V3J17M10B6S1"}};

struct Figures {
    std::string board;
    std::string probe;
    std::string reset;
    double labSeconds = 0;
    double wallSeconds = 0;  // median over the runs
    double cpuSeconds = 0;   // of the same run
    double ratio = 0;
    std::uint64_t roundTrips = 0;
    std::uint64_t polls = 0;
};

struct Run {
    double labSeconds = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    std::uint64_t roundTrips = 0;
    std::uint64_t polls = 0;
    std::string reset;
};

Result<Run> runOnce(const Board& board, const Probe& probe, const auth::CertificateChain& chain,
                    const auth::PrivateKey& leaf) {
    auto scenario = sim::loadScenarioByNameOrPath(board.scenario);
    if (!scenario)
        return std::move(scenario).error();
    scenario->probe.model = probe.model;
    scenario->probe.firmware = probe.firmware;
    scenario->seed = 1;
    auto clock = std::make_shared<VirtualClock>();
    auto lab = sim::lab::LabInstance::create(*scenario, clock);
    if (!lab)
        return std::move(lab).error();
    sim::stm32::LabBoard& labBoard = (*lab)->board();
    const device::Family& family = labBoard.chip().family();
    const auto* fullRegression = auth::findStPermission(labBoard.chip().daFamily(), "full-regression");
    if (!fullRegression)
        return makeError("bench.no-permission", "The family has no Full Regression permission.");

    testsupport::StlinkHost host(*(*lab)->probe(), (*lab)->probe()->identity().usb.outEndpoint);
    testsupport::MailboxHost mailbox(host, *clock, testsupport::MailboxLayout::of(family));
    Run run;
    testsupport::ResetLine reset;
    if (labBoard.wiring().nrstWired) {
        run.reset = "probe NRST";
        reset = [&](bool hold) -> Status {
            auto r = host.checked(probe::stlink::request::driveNrst(hold ? probe::stlink::NrstDrive::Low
                                                                         : probe::stlink::NrstDrive::High));
            return r ? Status{} : Status{r.error()};
        };
    } else {
        run.reset = "board button";  // the operator holds RESET, as in the first field report
        reset = [&](bool hold) -> Status {
            hold ? labBoard.pressResetButton() : labBoard.releaseResetButton();
            return {};
        };
    }
    const testsupport::CertificateCredentials credentials{
        chain, &leaf, auth::PermissionMask::fromBits({fullRegression->bit})};

    (*lab)->probe()->resetCounters();
    const auto labStart = clock->now();
    const auto wallStart = WallClock::now();
    const double cpuStart = cpuSeconds();
    std::string step;
    if (Status s = testsupport::authenticateWithCertificates(host, mailbox, reset, credentials, step); !s)
        return makeError("bench.da-failed", fmt::format("{} on {}: {}: {}", board.scenario, probe.model, step,
                                                        s.error().message));
    if (Status s = testsupport::waitForOpen(host, *clock, family); !s)
        return s.error();
    run.wallSeconds = std::chrono::duration<double>(WallClock::now() - wallStart).count();
    run.cpuSeconds = cpuSeconds() - cpuStart;
    run.labSeconds = std::chrono::duration<double>(clock->now() - labStart).count();
    run.roundTrips = (*lab)->probe()->counters().roundTrips;
    run.polls = mailbox.polls();
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 11;
    bool json = false;
    bool check = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--json"))
            json = true;
        else if (!std::strcmp(argv[i], "--check"))
            check = true;
        else {
            std::fprintf(stderr, "usage: lab_da [--runs N] [--json] [--check]\n");
            return 2;
        }
    }

    std::vector<Figures> table;
    for (const Board& board : kBoards) {
        const auto dir = resourceDir() / "credentials" / board.credentials;
        auto chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
        auto leaf = auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
        if (!chain || !leaf) {
            std::fprintf(stderr, "lab_da: cannot load the lab credentials in %s\n", dir.c_str());
            return 1;
        }
        for (const Probe& probe : kProbes) {
            std::vector<Run> done;
            for (int r = 0; r < runs; ++r) {
                auto run = runOnce(board, probe, chain->chain, *leaf);
                if (!run) {
                    std::fprintf(stderr, "lab_da: %s\n", run.error().describe().c_str());
                    return 1;
                }
                done.push_back(*run);
            }
            std::sort(done.begin(), done.end(),
                      [](const Run& a, const Run& b) { return a.wallSeconds < b.wallSeconds; });
            const Run& median = done[done.size() / 2];
            table.push_back({board.scenario, fmt::format("{} {}", probe.model, probe.firmware), median.reset,
                             median.labSeconds, median.wallSeconds, median.cpuSeconds,
                             median.labSeconds / median.wallSeconds, median.roundTrips, median.polls});
        }
    }

    bool belowTarget = false;
    for (const auto& f : table)
        belowTarget = belowTarget || f.ratio < kTargetRatio;
    if (json) {
        nlohmann::json out = {{"benchmark", "lab_da"}, {"runs", runs}, {"target_ratio", kTargetRatio}};
        for (const auto& f : table)
            out["results"].push_back({{"board", f.board},
                                      {"probe", f.probe},
                                      {"reset", f.reset},
                                      {"lab_seconds", f.labSeconds},
                                      {"wall_seconds", f.wallSeconds},
                                      {"cpu_seconds", f.cpuSeconds},
                                      {"ratio", f.ratio},
                                      {"round_trips", f.roundTrips},
                                      {"mailbox_polls", f.polls}});
        std::printf("%s\n", out.dump(2).c_str());
    } else {
        std::printf(
            "lab_da: full DA regression (open under reset with the request word, DISCOVERY, AUTH_START,\n"
            "certificate chain, token for Full Regression, wait for Open) in virtual time; median of %d "
            "runs.\n\n",
            runs);
        std::printf("%-26s %-26s %-13s %9s %9s %8s %9s %12s %8s\n", "board", "probe", "reset", "lab s",
                    "wall ms", "cpu ms", "ratio", "round trips", "polls");
        for (const auto& f : table)
            std::printf("%-26s %-26s %-13s %9.3f %9.2f %8.2f %8.0fx %12llu %8llu\n", f.board.c_str(),
                        f.probe.c_str(), f.reset.c_str(), f.labSeconds, f.wallSeconds * 1000.0,
                        f.cpuSeconds * 1000.0, f.ratio, static_cast<unsigned long long>(f.roundTrips),
                        static_cast<unsigned long long>(f.polls));
        std::printf("\nTarget: at least %.0fx faster than real time: %s.\n", kTargetRatio,
                    belowTarget ? "NOT met" : "met");
        std::printf("Command: lab_da [--runs N] [--json] [--check]  (documented in docs/lab.md)\n");
    }
    return check && belowTarget ? 1 : 0;
}
