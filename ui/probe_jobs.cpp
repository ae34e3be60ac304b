#include "ui/probe_jobs.h"

#include <fmt/format.h>
#include <QtGlobal>

#include "core/common/clock.h"
#include "core/device/catalog.h"
#include "core/device/target_identity_report.h"
#include "core/engine/secret_words.h"
#include "core/probe/record/recording_probe.h"
#include "core/probe/record/replay_probe.h"
#include "core/probe/record/replay_source.h"
#include "core/sim/lab/workbench_probes.h"

namespace rescue::ui {
namespace {

using nlohmann::json;

std::string describeProbe(const probe::ProbeInfo& info) {
    std::string text = info.model.empty() ? info.uri : fmt::format("{} ({})", info.uri, info.model);
    if (!info.firmware.empty())
        text += fmt::format(", firmware {}", info.firmware);
    return text;
}

std::string verdictSentence(const device::TargetIdentity& id) {
    std::string device =
        id.family ? fmt::format("{} (DEV_ID 0x{:03X}, revision {})", id.family->name, id.devId, id.revision)
                  : std::string("an unidentified device");
    return fmt::format("Identified {}; lifecycle {}; NRST {}.", device, id.lifecycle,
                       toString(id.nrst.verdict));
}

json evidenceJson(const std::vector<Evidence>& evidence) {
    json list = json::array();
    for (const auto& e : evidence)
        list.push_back({{"name", e.name}, {"value", e.value}});
    return list;
}

// One line a person reads in the log; the code, evidence and hint go along as its fields.
void logError(engine::JobContext& ctx, engine::LogLevel level, const Error& error) {
    ctx.log(level, engine::channel::Probe, error.message,
            {{"code", error.code}, {"evidence", evidenceJson(error.evidence)}, {"hint", error.hint}});
}

}  // namespace

ProbeWorkspace::RegistryFactory ProbeWorkspace::defaultRegistryFactory() {
    // The GUI runs lab boards in real time, so a person sees them behave like boards.
    return [] { return sim::lab::makeWorkbenchProbeRegistry(std::make_shared<SteadyClock>()); };
}

ProbeWorkspace::ProbeWorkspace(RegistryFactory factory) : m_factory(std::move(factory)) {}

ProbeWorkspace::~ProbeWorkspace() = default;

probe::ProbeRegistry& ProbeWorkspace::registry() {
    if (!m_registry)
        m_registry = m_factory();
    return *m_registry;
}

Result<std::unique_ptr<probe::DebugProbe>> ProbeWorkspace::open(engine::JobContext& ctx,
                                                                const std::string& uri) {
    auto opened = registry().open(uri);
    if (!opened)
        return opened;
    if (auto* replay = dynamic_cast<probe::record::ReplayProbe*>(opened->get())) {
        const auto& s = replay->session();
        ctx.info(
            "REPLAY",
            fmt::format("Replaying session {} of {}: {} recorded calls to {} {} ({}), recorded {} by {}.",
                        s.number, uri.substr(7), s.calls.size(), s.probe.model, s.probe.serial, s.probe.uri,
                        s.started, s.tool));
        replay->setObserver([&ctx](const probe::record::ReplayStep& step) {
            const auto& c = *step.call;
            std::string result = c.ok ? std::string("ok") : c.error.code;
            if (c.ok && c.op == "readMemory")
                result = toHex(c.data).substr(0, 32) + (c.data.size() > 16 ? "..." : "");
            else if (c.ok && (c.op == "readDp" || c.op == "readAp" || c.op == "attach"))
                result = hex32(c.word);
            ctx.log(
                engine::LogLevel::Debug, "REPLAY",
                fmt::format("#{}/{} {} -> {} ({:.3f} ms at {:.3f} ms)", c.seq, step.total,
                            probe::record::describeCall(c.op, c.args), result, c.durNs / 1e6, c.tNs / 1e6));
        });
        replay->setStopObserver(
            [&ctx](const Error& e) { ctx.log(engine::LogLevel::Warning, "REPLAY", e.message); });
    }
    auto sink = recording();
    if (!sink)
        return opened;
    probe::record::RecordingOptions options;
    if (engine::Redactor* redactor = ctx.redactor())
        options.isSecretWord = [redactor](std::uint32_t w) { return engine::isSecretWord(*redactor, w); };
    ctx.info("RECORD", fmt::format("Recording {} to {}.", uri, sink->path().string()));
    return std::unique_ptr<probe::DebugProbe>(std::make_unique<probe::record::RecordingProbe>(
        std::move(*opened), std::move(sink), std::move(options)));
}

void ProbeWorkspace::setRecording(std::shared_ptr<probe::record::RecordingSink> sink) {
    std::lock_guard lock(m_mutex);
    m_recording = std::move(sink);
}

std::shared_ptr<probe::record::RecordingSink> ProbeWorkspace::recording() const {
    std::lock_guard lock(m_mutex);
    return m_recording;
}

void ProbeWorkspace::addRecording(const std::string& path) {
    std::lock_guard lock(m_mutex);
    if (std::find(m_recordings.begin(), m_recordings.end(), path) == m_recordings.end())
        m_recordings.push_back(path);
}

std::vector<std::string> ProbeWorkspace::recordings() const {
    std::lock_guard lock(m_mutex);
    return m_recordings;
}

engine::JobFunction makeScanJob(std::shared_ptr<ProbeWorkspace> workspace, ScanRequest request) {
    return [workspace = std::move(workspace),
            request = std::move(request)](engine::JobContext&) -> engine::JobResult {
        probe::ScanOptions options;
        options.tcpServers = request.servers;
        options.includeLab = request.includeLab;
        options.timeout = request.timeout;
        const probe::ScanReport report = workspace->registry().scan(options);

        json result{{"probes", json::array()}, {"problems", json::array()}};
        for (const auto& info : report.probes)
            result["probes"].push_back(probeInfoToJson(info));
        for (const auto& path : workspace->recordings()) {
            auto info = probe::record::replayProbeInfo(path);
            if (info)
                result["probes"].push_back(probeInfoToJson(*info));
            else
                result["problems"].push_back(errorToJson(info.error()));
        }
        // Nothing is logged: hotplug and polling rescan often, and the journal already keeps
        // this result; the panel shows the problems beside the list.
        for (const auto& problem : report.problems)
            result["problems"].push_back(errorToJson(problem));
        return result;
    };
}

engine::JobFunction makeConnectJob(std::shared_ptr<ProbeWorkspace> workspace, ConnectRequest request) {
    return [workspace = std::move(workspace),
            request = std::move(request)](engine::JobContext& ctx) -> engine::JobResult {
        const auto& options = request.options;
        const std::string apText =
            options.ap ? fmt::format("AP{}", *options.ap) : std::string("the family's AP");
        ctx.progress(-1.0, fmt::format("Opening {}", request.uri));
        ctx.info(engine::channel::Probe, fmt::format("Connecting to {} in {} mode, core on {}.", request.uri,
                                                     device::toString(options.mode), apText));

        auto catalog = device::sharedCatalog();
        if (!catalog)
            return catalog.error();
        auto opened = workspace->open(ctx, request.uri);
        if (!opened) {
            logError(ctx, engine::LogLevel::Error, opened.error());
            return opened.error();
        }
        probe::DebugProbe& dev = **opened;
        const probe::ProbeInfo info = dev.info();
        ctx.info(engine::channel::Probe, fmt::format("Opened {}.", describeProbe(info)));
        if (ctx.cancelled()) {
            (void)dev.detach();
            return makeError("engine.cancelled", "The connection was cancelled before the target was read.");
        }

        ctx.progress(-1.0, QT_TRANSLATE_NOOP("Progress", "Identifying the target"));
        const auto before = dev.counters();
        const auto start = dev.clock().now();
        auto identity = device::identifyTarget(dev, **catalog, options);
        const auto elapsed = dev.clock().now() - start;
        const auto roundTrips = dev.counters().roundTrips - before.roundTrips;
        if (auto detached = dev.detach(); !detached)
            logError(ctx, engine::LogLevel::Warning, detached.error());
        if (!identity) {
            logError(ctx, engine::LogLevel::Error, identity.error());
            ctx.state("target", "not connected", identity.error().message);
            return identity.error();
        }

        json lines = json::array();
        for (const auto& line : device::describeIdentity(*identity))
            lines.push_back({{"label", line.label}, {"value", line.value}});
        json result{{"probe", probeInfoToJson(info)},
                    {"lines", std::move(lines)},
                    {"target", device::identityToJson(*identity)},
                    {"blocker", identity->blocker ? errorToJson(*identity->blocker) : json(nullptr)},
                    {"round_trips", roundTrips},
                    {"elapsed_ms", toMilliseconds(elapsed)}};

        ctx.info(engine::channel::Probe,
                 fmt::format("{} {} round trips, {:.1f} ms.", verdictSentence(*identity), roundTrips,
                             toMilliseconds(elapsed)));
        if (identity->nrst.verdict == device::NrstVerdict::NotWired)
            ctx.log(engine::LogLevel::Warning, engine::channel::Probe, identity->nrst.sentence,
                    {{"hint", identity->nrst.hint}, {"evidence", evidenceJson(identity->nrst.evidence)}});
        if (identity->blocker)
            logError(ctx, engine::LogLevel::Warning, *identity->blocker);
        const std::string family = identity->family ? identity->family->name : std::string("unknown device");
        ctx.state("target", identity->blocker ? "blocked" : "connected", family);
        return result;
    };
}

json probeInfoToJson(const probe::ProbeInfo& info) {
    return json{{"uri", info.uri},
                {"transport", info.transport},
                {"model", info.model},
                {"serial", info.serial},
                {"firmware", info.firmware},
                {"target_voltage", info.targetVoltage ? json(*info.targetVoltage) : json(nullptr)},
                {"problem", info.problem}};
}

probe::ProbeInfo probeInfoFromJson(const json& j) {
    probe::ProbeInfo info;
    if (!j.is_object())
        return info;
    auto text = [&j](const char* key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    info.uri = text("uri");
    info.transport = text("transport");
    info.model = text("model");
    info.serial = text("serial");
    info.firmware = text("firmware");
    info.problem = text("problem");
    if (const auto it = j.find("target_voltage"); it != j.end() && it->is_number())
        info.targetVoltage = it->get<double>();
    return info;
}

json errorToJson(const Error& error) {
    json evidence = json::array();
    for (const auto& e : error.evidence)
        evidence.push_back({{"name", e.name}, {"value", e.value}});
    return json{
        {"code", error.code}, {"message", error.message}, {"evidence", evidence}, {"hint", error.hint}};
}

std::optional<Error> errorFromJson(const json& j) {
    if (!j.is_object() || !j.contains("message"))
        return std::nullopt;
    Error error;
    error.code = j.value("code", std::string());
    error.message = j.value("message", std::string());
    error.hint = j.value("hint", std::string());
    if (const auto it = j.find("evidence"); it != j.end() && it->is_array())
        for (const auto& e : *it)
            error.evidence.push_back({e.value("name", std::string()), e.value("value", std::string())});
    return error;
}

}  // namespace rescue::ui
