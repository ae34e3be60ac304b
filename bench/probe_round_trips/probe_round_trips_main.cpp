// probe_round_trips: what one full Debug Authentication regression exchange costs on the wire
// for each probe model, on the lab's closed boards with certificate DA (h563-closed-da and
// h7s78-closed-cmsis-dap, both NRST wired), in virtual (lab) time:
//   opening (NRST held, request word, release, first word) + DISCOVERY + AUTH_START + the
//   certificate chain + the token asking for Full Regression, up to the token's SUCCESS.
// Probes: STLINK-V2 (full speed), STLINK-V3SET (high speed), CMSIS-DAP with 64-byte packets
// (full speed) and with 512-byte packets (high speed). Everything above DebugProbe is the
// workbench's own DA session; only the driver differs. The ST-LINK driver runs the mailbox
// handshake as one USB round trip per register access; the CMSIS-DAP driver packs it into
// DAP_Transfer packets whose value-match reads let the probe poll DBG_AUTH_ACK by itself.
//
// Protocol minimum (derived, printed with the figures):
//  * ST-LINK: one command per register access, so every mailbox word costs an ACK read and a
//    data access (2 round trips), plus 5 for the opening (NRST low, request write, NRST high,
//    ACK read, first-word read).
//  * CMSIS-DAP: a DAP_Transfer packet carries packet_size - 3 bytes of transfers each way. A
//    host word is a value-match read of DBG_AUTH_ACK (request byte + 4-byte match value) and
//    a DBG_AUTH_HOST write (1 + 4): 10 request bytes; a chip word is a value-match read (5)
//    and a DBG_AUTH_DEVICE read (1 request byte, 4 reply bytes). A message exchange needs at
//    least two packets' worth (its reply's data length is only known from the reply header):
//    the request words with the header's two words, then the data words, each
//    ceil(bytes / (packet_size - 3)) packets. The opening is 4 (nRESET low, request write,
//    nRESET high, value-match wait + first-word read). Setup transfers (SELECT, CSW, TAR,
//    the match mask) and polls the probe had to hand back because the chip was still busy
//    come on top.
// The minimum lab time is the minimum round trips times one USB round trip of that probe
// model (measured: lab time of one 32-bit read divided by its round trips).
//
//   probe_round_trips [--json] [--check]
//
// --check exits 1 unless CMSIS-DAP (512) needs at least 10x fewer round trips than every
// ST-LINK for the same exchange.

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/auth/certificate_chain.h"
#include "core/auth/da_session.h"
#include "core/auth/keys.h"
#include "core/auth/st_permissions.h"
#include "core/auth/token.h"
#include "core/common/paths.h"
#include "core/device/catalog.h"
#include "core/probe/cmsisdap/cmsisdap_probe.h"
#include "core/probe/stlink/stlink_link.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "core/sim/lab/lab_instance.h"

namespace {

using namespace rescue;

// Counts the bytes both ways through a channel: the probe's USB traffic.
class CountingChannel final : public transport::BulkChannel {
public:
    explicit CountingChannel(std::shared_ptr<transport::BulkChannel> inner) : m_inner(std::move(inner)) {}
    Status write(std::uint8_t endpoint, ByteView data, std::chrono::milliseconds timeout) override {
        m_bytes += data.size();
        return m_inner->write(endpoint, data, timeout);
    }
    Result<Bytes> read(std::uint8_t endpoint, std::size_t maxLength,
                       std::chrono::milliseconds timeout) override {
        auto r = m_inner->read(endpoint, maxLength, timeout);
        if (r)
            m_bytes += r->size();
        return r;
    }
    std::uint64_t bytes() const { return m_bytes; }

private:
    std::shared_ptr<transport::BulkChannel> m_inner;
    std::uint64_t m_bytes = 0;
};

struct Board {
    const char* scenario;
    const char* credentials;  // resources/credentials/<this>
};
constexpr Board kBoards[] = {{"h563-closed-da", "h5"}, {"h7s78-closed-cmsis-dap", "h7rs"}};

struct Probe {
    const char* name;
    const char* model;  // scenario probe model
    const char* firmware;
    unsigned packetSize;  // CMSIS-DAP only
};
constexpr Probe kProbes[] = {{"STLINK-V2", "STLINK-V2", "V2J46S7", 0},
                             {"STLINK-V3SET", "STLINK-V3SET", "V3J17M10B6S1", 0},
                             {"CMSIS-DAP 64 B", "CMSIS-DAP", "", 64},
                             {"CMSIS-DAP 512 B", "CMSIS-DAP", "", 512}};

struct Figures {
    std::string board, probe;
    std::uint64_t roundTrips = 0, minimum = 0, usbBytes = 0, polls = 0;
    double labMs = 0, minimumLabMs = 0, roundTripMs = 0;
};

std::uint64_t words(std::size_t bytes) {
    return (bytes + 3) / 4;
}
std::uint64_t packets(std::uint64_t bytes, unsigned packetSize) {
    const std::uint64_t payload = packetSize - 3;
    return std::max<std::uint64_t>(1, (bytes + payload - 1) / payload);
}

// One message exchange: host words out, the reply's two header words and its data words back.
struct Exchange {
    std::uint64_t hostWords, replyDataWords;
};

std::uint64_t minimumFor(const Probe& p, const std::vector<Exchange>& exchanges) {
    if (p.packetSize == 0) {
        std::uint64_t m = 5;
        for (const Exchange& e : exchanges)
            m += 2 * e.hostWords + 2 * (2 + e.replyDataWords);
        return m;
    }
    std::uint64_t m = 4;
    for (const Exchange& e : exchanges) {
        m += std::max(packets(e.hostWords * 10 + 2 * 6, p.packetSize), packets(2 * 4, p.packetSize));
        if (e.replyDataWords > 0)
            m += std::max(packets(e.replyDataWords * 6, p.packetSize),
                          packets(e.replyDataWords * 4, p.packetSize));
    }
    return m;
}

struct Rig {
    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    std::unique_ptr<sim::lab::LabInstance> lab;
    std::shared_ptr<CountingChannel> channel;
    std::unique_ptr<probe::DebugProbe> probe;
};

Result<Rig> makeRig(const Board& b, const Probe& p) {
    auto sc = sim::loadScenarioByNameOrPath(b.scenario);
    if (!sc)
        return sc.error();
    sc->probe.model = p.model;
    sc->probe.firmware = p.firmware;
    if (p.packetSize)
        sc->probe.packetSize = p.packetSize;
    sc->seed = 1;
    Rig rig;
    auto lab = sim::lab::LabInstance::create(*sc, rig.clock);
    if (!lab)
        return std::move(lab).error();
    rig.lab = std::move(*lab);
    probe::ProbeInfo info;
    info.uri = std::string("lab:") + b.scenario;
    if (const auto& dap = rig.lab->cmsisDap()) {
        rig.channel = std::make_shared<CountingChannel>(dap);
        auto driver = probe::cmsisdap::CmsisDapProbe::open(rig.channel, info, rig.clock);
        if (!driver)
            return std::move(driver).error();
        rig.probe = std::move(*driver);
    } else {
        const auto& id = rig.lab->probe()->identity();
        rig.channel = std::make_shared<CountingChannel>(rig.lab->probe());
        auto link = std::make_unique<probe::stlink::BulkStlinkLink>(rig.channel, id.usb.outEndpoint,
                                                                    id.usb.inEndpoint);
        auto driver = probe::stlink::StlinkProbe::open(std::move(link), info, rig.clock);
        if (!driver)
            return std::move(driver).error();
        rig.probe = std::move(*driver);
    }
    return rig;
}

Result<Figures> run(const Board& b, const Probe& p) {
    auto catalog = device::sharedCatalog();
    if (!catalog)
        return catalog.error();
    const auto dir = resourceDir() / "credentials" / b.credentials;
    auto chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
    auto key = auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
    if (!chain || !key)
        return makeError("bench.credentials",
                         fmt::format("The lab credentials in {} do not load.", dir.string()));
    Figures f{b.scenario, p.name};

    // One USB round trip of this probe model, in lab time.
    {
        auto rig = makeRig(b, p);
        if (!rig)
            return rig.error();
        auth::DaSession s(*rig->probe, *catalog);
        if (Status c = s.connect(false); !c)
            return c.error();
        const auto before = rig->clock->now();
        const auto trips = rig->probe->counters().roundTrips;
        (void)rig->probe->read32(
            0, s.family()->dbgmcu.address("DBG_AUTH_ACK", device::DbgmcuMap::Side::Ap0).value());
        const auto spent = std::max<std::uint64_t>(1, rig->probe->counters().roundTrips - trips);
        f.roundTripMs = toMilliseconds(rig->clock->now() - before) / static_cast<double>(spent);
    }

    auto rig = makeRig(b, p);
    if (!rig)
        return rig.error();
    const auto* full = auth::findStPermission(rig->lab->board().chip().daFamily(), "full-regression");
    if (!full)
        return makeError("bench.no-permission", "The family has no Full Regression permission.");
    auth::DaSession s(*rig->probe, *catalog);
    const auto bytesBefore = rig->channel->bytes();
    if (Status o = s.open(); !o)
        return o.error();
    std::vector<Exchange> exchanges;
    auto d = s.discover();
    if (!d)
        return d.error();
    exchanges.push_back({2, words(d->raw.size())});
    auto challenge = s.authStart();
    if (!challenge)
        return challenge.error();
    exchanges.push_back({2, words(auth::kChallengeSize)});
    const auto& certs = chain->chain.certificates;
    for (std::size_t i = 0; i < certs.size(); ++i) {
        if (Status c = s.sendCertificate(certs[i], i, certs.size()); !c)
            return c.error();
        exchanges.push_back({2 + words(auth::certificateTlv(certs[i]).size()), 0});
    }
    const auto token = auth::buildToken(auth::PermissionMask::fromBits({full->bit}), challenge->vector, *key);
    if (Status t = s.sendToken(token, challenge->vector); !t)
        return t.error();
    exchanges.push_back({2 + words(auth::tokenTlv(token).size()), 0});

    f.roundTrips = s.roundTrips();
    f.labMs = toMilliseconds(s.elapsed());
    f.polls = s.mailboxPolls();
    f.usbBytes = rig->channel->bytes() - bytesBefore;
    f.minimum = minimumFor(p, exchanges);
    f.minimumLabMs = static_cast<double>(f.minimum) * f.roundTripMs;
    return f;
}

}  // namespace

int main(int argc, char** argv) {
    bool json = false, check = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--json"))
            json = true;
        else if (!std::strcmp(argv[i], "--check"))
            check = true;
        else {
            std::fprintf(stderr, "usage: probe_round_trips [--json] [--check]\n");
            return 2;
        }
    }
    std::vector<Figures> table;
    for (const Board& b : kBoards)
        for (const Probe& p : kProbes) {
            auto f = run(b, p);
            if (!f) {
                std::fprintf(stderr, "probe_round_trips: %s on %s: %s\n", b.scenario, p.name,
                             f.error().describe().c_str());
                return 1;
            }
            table.push_back(*f);
        }
    // CMSIS-DAP 512 against the best ST-LINK on the same board.
    bool targetMet = true;
    std::vector<std::pair<std::string, double>> ratios;
    for (const Board& b : kBoards) {
        std::uint64_t bestStlink = UINT64_MAX, dap = 0;
        for (const auto& f : table)
            if (f.board == b.scenario) {
                if (f.probe.starts_with("STLINK"))
                    bestStlink = std::min(bestStlink, f.roundTrips);
                if (f.probe == "CMSIS-DAP 512 B")
                    dap = f.roundTrips;
            }
        const double ratio = dap ? static_cast<double>(bestStlink) / static_cast<double>(dap) : 0.0;
        ratios.emplace_back(b.scenario, ratio);
        targetMet = targetMet && ratio >= 10.0;
    }
    if (json) {
        nlohmann::json out = {
            {"benchmark", "probe_round_trips"},
            {"exchange", "open + DISCOVERY + AUTH_START + certificates + token (Full Regression)"}};
        for (const auto& f : table)
            out["results"].push_back({{"board", f.board},
                                      {"probe", f.probe},
                                      {"round_trips", f.roundTrips},
                                      {"minimum_round_trips", f.minimum},
                                      {"usb_bytes", f.usbBytes},
                                      {"mailbox_waits", f.polls},
                                      {"lab_ms", f.labMs},
                                      {"minimum_lab_ms", f.minimumLabMs},
                                      {"usb_round_trip_ms", f.roundTripMs}});
        for (const auto& [board, ratio] : ratios)
            out["stlink_over_cmsis_dap_512"][board] = ratio;
        out["target_10x_met"] = targetMet;
        std::printf("%s\n", out.dump(2).c_str());
    } else {
        std::printf(
            "probe_round_trips: one full DA regression exchange (open, DISCOVERY, AUTH_START, certificates,\n"
            "token) through the workbench's DA session, lab (virtual) time.\n\n");
        std::printf("%-24s %-16s %11s %8s %10s %10s %9s\n", "board", "probe", "round trips", "minimum",
                    "USB bytes", "lab ms", "min ms");
        for (const auto& f : table)
            std::printf("%-24s %-16s %11llu %8llu %10llu %10.2f %9.2f\n", f.board.c_str(), f.probe.c_str(),
                        static_cast<unsigned long long>(f.roundTrips),
                        static_cast<unsigned long long>(f.minimum),
                        static_cast<unsigned long long>(f.usbBytes), f.labMs, f.minimumLabMs);
        std::printf("\n");
        for (const auto& [board, ratio] : ratios)
            std::printf(
                "%s: the best ST-LINK needs %.1fx the round trips of CMSIS-DAP (512 B) (target >= 10x: "
                "%s).\n",
                board.c_str(), ratio, ratio >= 10.0 ? "met" : "NOT met");
        std::printf(
            "\nMinimum: ST-LINK 5 + 2 per mailbox word; CMSIS-DAP 4 + per message ceil((10 B per host word "
            "+\n"
            "12) / (packet - 3)) + ceil(6 B per reply data word / (packet - 3)); see the source's "
            "comment.\n");
    }
    return check && !targetMet ? 1 : 0;
}
