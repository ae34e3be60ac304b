// da_host: what the workbench's DA session costs on the wire, on the lab's h563-closed-da
// board (NRST wired) behind an STLINK-V2 and an STLINK-V3SET model, in virtual (lab) time:
//   * discovery: open (NRST, request word, release, first word) + DISCOVERY
//   * full-regression exchange: open + DISCOVERY + AUTH_START + 3 certificates + token
// against the protocol minimum for that probe, and against the field report's ~5 ms
// discovery by STM32CubeProgrammer on a V3 (/work/shared/stories, h7s78 log: 16:03:53:405
// "Asserting target reset" to 16:03:53:410 for the last discovery line).
//
// Protocol minimum (printed with the figures): the mailbox moves one 32-bit word per access
// and every word needs its handshake, so with one ST-LINK command per register access
//   host word = 1 DBG_AUTH_ACK read (HOST_ACK clear) + 1 DBG_AUTH_HOST write  = 2 round trips
//   chip word = 1 DBG_AUTH_ACK read (DEV_ACK set)    + 1 DBG_AUTH_DEVICE read = 2 round trips
//   opening   = NRST low + request write + NRST high + 1 ACK read + 1 first-word read = 5
// (attach, power-up and the mailbox search are not counted: the minimum is the mailbox's),
// one USB round trip per access being what an ST-LINK allows at best (its single-word debug
// read/write commands carry their status in the reply). Words are counted from the packets
// actually exchanged. The minimum lab time is the minimum round trips times one USB round
// trip of that probe model (measured: lab time of one DBG_AUTH_ACK read / its round trips).
// Above the minimum: the driver's status check after each access (GETLASTRWSTATUS2, a second
// round trip), polls that found the chip not ready yet, the connection, the mailbox search.
//
//   da_host [--json]

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/auth/da_session.h"
#include "core/common/paths.h"
#include "core/device/catalog.h"
#include "support/lab_probe_rig.h"

namespace {

using namespace rescue;

struct Probe {
    const char* model;
    const char* firmware;
};
constexpr Probe kProbes[] = {{"STLINK-V2", "V2J46S7"}, {"STLINK-V3SET", "V3J17M10B6S1"}};

struct Figures {
    std::string probe, exchange;
    std::uint64_t roundTrips = 0, minimumRoundTrips = 0, polls = 0;
    double labMs = 0, minimumLabMs = 0;
    std::uint64_t accessTrips = 1;  // USB round trips the driver spends on one mailbox access
    double roundTripMs = 0;
};

std::uint64_t words(std::size_t bytes) {
    return (bytes + 3) / 4;
}

Result<std::vector<Figures>> runProbe(const Probe& p) {
    auto sc = sim::loadScenarioByNameOrPath("h563-closed-da");
    if (!sc)
        return sc.error();
    sc->probe.model = p.model;
    sc->probe.firmware = p.firmware;
    sc->seed = 1;
    auto catalog = device::sharedCatalog();
    if (!catalog)
        return catalog.error();
    const auto dir = resourceDir() / "credentials/h5";
    auto chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
    auto key = auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
    if (!chain || !key)
        return makeError("bench.credentials", "The lab credentials in resources/credentials/h5 do not load.");
    const std::string name = fmt::format("{} {}", p.model, p.firmware);

    // One round trip of this probe model, in lab time.
    double roundTripMs = 0;
    std::uint64_t accessTrips = 1;
    {
        auto rig = testsupport::LabProbeRig::create(*sc);
        if (!rig)
            return rig.error();
        auth::DaSession s(*(*rig)->probe, *catalog);
        if (Status c = s.connect(false); !c)
            return c.error();
        const auto before = (*rig)->clock->now();
        const auto tripsBefore = (*rig)->probe->counters().roundTrips;
        (void)(*rig)->probe->read32(
            0, s.family()->dbgmcu.address("DBG_AUTH_ACK", device::DbgmcuMap::Side::Ap0).value());
        accessTrips = std::max<std::uint64_t>(1, (*rig)->probe->counters().roundTrips - tripsBefore);
        roundTripMs = toMilliseconds((*rig)->clock->now() - before) / static_cast<double>(accessTrips);
    }
    std::vector<Figures> out;
    for (bool full : {false, true}) {
        auto rig = testsupport::LabProbeRig::create(*sc);
        if (!rig)
            return rig.error();
        auth::DaSession s(*(*rig)->probe, *catalog);
        if (Status o = s.open(); !o)
            return o.error();
        auto d = s.discover();
        if (!d)
            return d.error();
        // opening + DISCOVERY request (2 words) + reply (2 + data)
        std::uint64_t minimum = 5 + 2 * 2 + 2 * (2 + words(d->raw.size()));
        Figures f{name, full ? "full-regression exchange" : "discovery"};
        if (full) {
            auth::CertificateCredentials creds{chain->chain,
                                               std::make_shared<auth::PrivateKey>(std::move(*key))};
            // Up to the token's SUCCESS: the exchange itself, not the erase that follows.
            auto challenge = s.authStart();
            if (!challenge)
                return challenge.error();
            minimum += 2 * 2 + 2 * (2 + words(auth::kChallengeSize));
            const auto& certs = creds.chain.certificates;
            for (std::size_t i = 0; i < certs.size(); ++i) {
                if (Status c = s.sendCertificate(certs[i], i, certs.size()); !c)
                    return c.error();
                minimum += 2 * (2 + words(auth::certificateTlv(certs[i]).size())) + 2 * 2;
            }
            const auto token =
                auth::buildToken(auth::PermissionMask::fromBits({14}), challenge->vector, *creds.leafKey);
            if (Status t = s.sendToken(token, challenge->vector); !t)
                return t.error();
            minimum += 2 * (2 + words(auth::tokenTlv(token).size())) + 2 * 2;
        }
        f.roundTrips = s.roundTrips();
        f.labMs = toMilliseconds(s.elapsed());
        f.polls = s.mailboxPolls();
        f.accessTrips = accessTrips;
        f.roundTripMs = roundTripMs;
        f.minimumRoundTrips = minimum;
        f.minimumLabMs = static_cast<double>(minimum) * roundTripMs;
        out.push_back(f);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const bool json = argc > 1 && !std::strcmp(argv[1], "--json");
    if (argc > 2 || (argc == 2 && !json)) {
        std::fprintf(stderr, "usage: da_host [--json]\n");
        return 2;
    }
    std::vector<Figures> table;
    for (const Probe& p : kProbes) {
        auto r = runProbe(p);
        if (!r) {
            std::fprintf(stderr, "da_host: %s\n", r.error().describe().c_str());
            return 1;
        }
        table.insert(table.end(), r->begin(), r->end());
    }
    constexpr double kFieldReportDiscoveryMs = 5.0;  // CubeProgrammer, STLINK-V3SET, h7s78 log
    const char* method =
        "minimum = 5 (NRST low, request write, NRST high, ACK read, first-word read) + 2 round trips per "
        "host word (ACK read + DBG_AUTH_HOST write) + 2 per chip word (ACK read + DBG_AUTH_DEVICE read), "
        "one USB round trip per access, words counted from the packets exchanged; minimum lab time = minimum "
        "round trips x one USB round trip of the probe model";
    if (json) {
        nlohmann::json out = {{"benchmark", "da_host"},
                              {"board", "h563-closed-da"},
                              {"minimum_method", method},
                              {"field_report_discovery_ms_v3", kFieldReportDiscoveryMs}};
        for (const auto& f : table)
            out["results"].push_back({{"probe", f.probe},
                                      {"exchange", f.exchange},
                                      {"round_trips", f.roundTrips},
                                      {"minimum_round_trips", f.minimumRoundTrips},
                                      {"mailbox_polls", f.polls},
                                      {"driver_round_trips_per_access", f.accessTrips},
                                      {"usb_round_trip_ms", f.roundTripMs},
                                      {"lab_ms", f.labMs},
                                      {"minimum_lab_ms", f.minimumLabMs}});
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    std::printf("da_host: the workbench's DA session on lab:h563-closed-da, lab (virtual) time.\n\n");
    std::printf("%-26s %-26s %12s %9s %7s %10s %10s\n", "probe", "exchange", "round trips", "minimum",
                "polls", "lab ms", "min ms");
    for (const auto& f : table)
        std::printf("%-26s %-26s %12llu %9llu %7llu %10.2f %10.2f\n", f.probe.c_str(), f.exchange.c_str(),
                    static_cast<unsigned long long>(f.roundTrips),
                    static_cast<unsigned long long>(f.minimumRoundTrips),
                    static_cast<unsigned long long>(f.polls), f.labMs, f.minimumLabMs);
    std::printf("\nMinimum: %s.\n", method);
    for (const auto& f : table)
        if (f.exchange == "discovery")
            std::printf(
                "%s: one USB round trip is %.3f ms of lab time; the driver spends %llu per mailbox access.\n",
                f.probe.c_str(), f.roundTripMs, static_cast<unsigned long long>(f.accessTrips));
    std::printf(
        "Field report: STM32CubeProgrammer's discovery on a STLINK-V3SET took about %.0f ms (log time "
        "stamps, 1 ms resolution); compare with the V3 discovery row.\n",
        kFieldReportDiscoveryMs);
    return 0;
}
