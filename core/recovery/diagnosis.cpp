#include "core/recovery/diagnosis.h"
#include "core/common/translatable.h"

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/device/target_identification.h"
#include "core/optionbytes/frozen_fields.h"
#include "core/optionbytes/option_reader.h"
#include "core/optionbytes/transition_policy.h"
#include "core/optionbytes/wrp_map.h"

namespace rescue::recovery {
namespace {

constexpr double kMinTargetVolts = 1.6;  // below the STM32H5/H7RS operating range

struct Checker {
    Diagnosis& d;
    const DiagnosisOptions& options;
    DiagnosisCheck& add(std::string id, std::string title, CheckStatus status, std::string summary,
                        std::vector<Evidence> evidence = {}) {
        d.checks.push_back(
            {std::move(id), std::move(title), status, std::move(summary), std::move(evidence)});
        if (options.onCheck)
            options.onCheck(d.checks.back());
        return d.checks.back();
    }
};

std::string modeTitle(device::ConnectMode m) {
    switch (m) {
        case device::ConnectMode::Normal:
            return "Debug port, normal connect";
        case device::ConnectMode::HotPlug:
            return "Debug port, hot-plug connect";
        case device::ConnectMode::UnderReset:
            return "Debug port, connect under reset";
    }
    return "Debug port";
}

std::optional<device::Part> resolvePart(const device::Catalog& catalog, const device::TargetIdentity& id) {
    if (id.partLines.empty())
        return std::nullopt;
    auto p = catalog.resolvePart(id.partLines.front());
    if (!p)
        return std::nullopt;
    device::Part part = *p;
    if (id.flashKb) {
        part.flashKb = *id.flashKb;
        part.flashSizeKnown = true;
    }
    return part;
}

void readUid(probe::DebugProbe& probe, BoardFacts& f) {
    if (!f.family || !f.family->identity.uid)
        return;
    auto bytes = probe.readMemory(f.coreAp, f.family->identity.uid, 12);
    if (bytes && bytes->size() == 12)
        f.uid = toHex(*bytes);
}

std::string stateIdOf(const device::Family* family, const std::string& name) {
    if (!family || name.empty() || name == "unknown")
        return "unknown";
    if (const auto* s = family->lifecycle.state(name))
        return s->id;
    return "unknown";
}

}  // namespace

std::string_view toString(CheckStatus s) {
    switch (s) {
        case CheckStatus::Pass:
            return "pass";
        case CheckStatus::Warn:
            return "warn";
        case CheckStatus::Fail:
            return "fail";
        case CheckStatus::Info:
            return "info";
        case CheckStatus::Skipped:
            return "skipped";
    }
    return "info";
}

Status refreshOptionFacts(probe::DebugProbe& probe, BoardFacts& f) {
    if (!f.family)
        return makeError("recovery.no-family",
                         "The chip's family is not known, so its option bytes cannot be read.",
                         "Run the diagnosis first.");
    auto image = optionbytes::readOptionBytes(probe, f.family, f.coreAp);
    if (!image)
        return image.error();
    f.options = *image;
    f.wrpFields.clear();
    f.wrpAll = false;
    if (f.part) {
        const auto maps = optionbytes::wrpMaps(*image, *f.part);
        bool all = !maps.empty();
        for (const auto& m : maps) {
            all = all && m.allProtected();
            const auto sectors = m.protectedSectors();
            f.wrpFields.push_back(
                sectors.empty()
                    ? fmt::format("{} (bank {}): no sector write-protected", m.field, m.bank)
                    : fmt::format("{} (bank {}): sectors {} of 0-{} write-protected", m.field, m.bank,
                                  optionbytes::formatRanges(sectors), m.sectorsInBank - 1));
        }
        f.wrpAll = all;
    }
    if (const auto* st = optionbytes::stateOf(*image); st) {
        f.lifecycle = st->id;
        f.lifecycleName = st->name;
        f.lifecycleSource = fmt::format("option bytes read through AP{}", f.coreAp);
    }
    f.frozenFields.clear();
    for (const auto& z :
         optionbytes::frozenFields(*image, f.lifecycle == "unknown" ? "" : f.lifecycle, f.lifecycleName))
        f.frozenFields.push_back(fmt::format("{}: {}", z.field, z.why));
    return {};
}

Result<Diagnosis> diagnose(probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog,
                           const DiagnosisOptions& options) {
    if (!catalog)
        return makeError("recovery.no-catalog", "The device catalog is not loaded.",
                         "Check the installation's resources folder (RESCUE_RESOURCE_DIR).");
    Diagnosis d;
    Checker c{d, options};
    BoardFacts& f = d.facts;
    const auto start = probe.clock().now();
    const auto& info = probe.info();
    f.probeUri = info.uri;
    f.probeModel = info.model;
    f.probeSerial = info.serial;
    f.probeFirmware = info.firmware;
    f.labBench = probe.labBench() != nullptr;
    c.add("probe", RESCUE_TR_NOOP("Wizard", "Probe and firmware"), CheckStatus::Pass,
          fmt::format("{} {} answers.", info.model,
                      info.firmware.empty() ? "(firmware not reported)" : info.firmware),
          {{"probe", info.uri}, {"serial", info.serial}});

    auto volts = probe.targetVoltage();
    if (volts) {
        f.voltage = *volts;
        const bool ok = *volts >= kMinTargetVolts;
        c.add(
            "voltage", "Target voltage", ok ? CheckStatus::Pass : CheckStatus::Fail,
            ok ? fmt::format("The board is powered ({:.2f} V).", *volts)
               : fmt::format("The probe sees {:.2f} V on its target voltage pin: the board is not powered or "
                             "T_VCC is not connected.",
                             *volts),
            {{"T_VCC", fmt::format("{:.2f} V", *volts)}});
        if (!ok) {
            d.verdict = decideVerdict(f);
            d.labMs = toMilliseconds(probe.clock().now() - start);
            return d;
        }
    } else {
        c.add("voltage", RESCUE_TR_NOOP("Wizard", "Target voltage"), CheckStatus::Warn,
              "The probe cannot measure the target voltage.", {{"probe", volts.error().message}});
    }

    // DP: normal first (it also checks NRST when the core answers), hot-plug when normal
    // does not answer, under reset (one reset) only when neither does.
    std::optional<device::TargetIdentity> identity;
    for (auto mode :
         {device::ConnectMode::Normal, device::ConnectMode::HotPlug, device::ConnectMode::UnderReset}) {
        device::ConnectOptions co;
        co.mode = mode;
        co.checkNrst = mode == device::ConnectMode::Normal;
        auto id = device::identifyTarget(probe, *catalog, co);
        // Under reset holds NRST; a normal connect pulses it only for the wiring check.
        if (mode == device::ConnectMode::UnderReset || (id && mode == device::ConnectMode::Normal &&
                                                        id->nrst.verdict != device::NrstVerdict::NotChecked))
            ++d.probeResets;
        const std::string checkId = fmt::format("dp-{}", device::toString(mode));
        if (!id) {
            c.add(checkId, modeTitle(mode), CheckStatus::Fail, id.error().message,
                  {{"error", id.error().code}});
            continue;
        }
        c.add(checkId, modeTitle(mode), CheckStatus::Pass,
              fmt::format("The debug port answers (DPIDR {}).", hex32(id->dpidr)),
              {{"DPIDR", hex32(id->dpidr)}});
        f.dpidr = id->dpidr;
        f.dpMode = std::string(device::toString(mode));
        identity = std::move(*id);
        break;
    }
    if (!identity) {
        d.verdict = decideVerdict(f);
        d.labMs = toMilliseconds(probe.clock().now() - start);
        return d;
    }
    const auto& id = *identity;
    f.family = id.family;
    f.devId = id.devId;
    f.coreAp = id.coreAp;
    if (id.family) {
        f.part = resolvePart(*catalog, id);
        f.deviceName = f.part && id.partLines.size() == 1 ? f.part->line : id.family->name;
    }

    // Access ports.
    std::vector<Evidence> apEvidence;
    std::vector<std::string> answering;
    for (const auto& ap : id.aps) {
        const bool mem = ap.memoryAccess.value_or(false);
        if (ap.index == 0 && (ap.answers() || mem))
            f.ap0Answers = true;
        if (ap.index == id.coreAp)
            f.coreApAnswers = mem;
        if (mem)
            answering.push_back(fmt::format("AP{}", ap.index));
        apEvidence.push_back({fmt::format("AP{} ({})", ap.index, ap.role.empty() ? "?" : ap.role),
                              fmt::format("IDR {}{}{}", ap.idr ? hex32(*ap.idr) : std::string("-"),
                                          ap.enabled ? (*ap.enabled ? ", enabled" : ", disabled") : "",
                                          mem ? ", memory answers" : ", memory closed")});
    }
    if (id.dbgmcuSr)
        apEvidence.push_back({"DBGMCU_SR", hex32(*id.dbgmcuSr)});
    c.add("access-ports", RESCUE_TR_NOOP("Wizard", "Access ports"),
          answering.empty() ? CheckStatus::Fail : CheckStatus::Pass,
          answering.empty() ? std::string("No access port reads memory.")
                            : fmt::format("{} read memory.", fmt::join(answering, " and ")),
          apEvidence);
    if (id.idcode)
        c.add("device", RESCUE_TR_NOOP("Wizard", "Device"), id.family ? CheckStatus::Pass : CheckStatus::Warn,
              id.family
                  ? fmt::format("{} (DEV_ID 0x{:03X}, revision {}{}).", f.deviceName, id.devId, id.revision,
                                id.flashKb ? fmt::format(", {} KB flash", *id.flashKb) : "")
                  : fmt::format("DEV_ID 0x{:03X} is not in the catalog.", id.devId),
              {{"DBGMCU_IDCODE", hex32(*id.idcode)}});

    c.add("core", RESCUE_TR_NOOP("Wizard", "Core"), f.coreApAnswers ? CheckStatus::Pass : CheckStatus::Warn,
          f.coreApAnswers ? fmt::format("The core answers through AP{}{}.", id.coreAp,
                                        id.coreHalted ? " (halted)" : " and runs")
          : id.blocker    ? id.blocker->message
                          : fmt::format("The core does not answer through AP{}.", id.coreAp),
          id.blocker ? id.blocker->evidence : std::vector<Evidence>{});

    f.nrst = id.nrst.verdict;
    c.add("nrst", RESCUE_TR_NOOP("Wizard", "NRST wiring"),
          id.nrst.verdict == device::NrstVerdict::Wired      ? CheckStatus::Pass
          : id.nrst.verdict == device::NrstVerdict::NotWired ? CheckStatus::Fail
                                                             : CheckStatus::Skipped,
          id.nrst.sentence, id.nrst.evidence);

    if (f.coreApAnswers)
        readUid(probe, f);
    f.lifecycleName = id.lifecycle;
    f.lifecycle = stateIdOf(id.family.get(), id.lifecycle);
    f.lifecycleSource = id.lifecycleSource;
    if (f.coreApAnswers && f.family) {
        Status s = refreshOptionFacts(probe, f);
        if (s) {
            std::vector<Evidence> ev;
            for (const auto& w : f.wrpFields)
                ev.push_back({"write protection", w});
            for (const auto& z : f.frozenFields)
                ev.push_back({"cannot be changed", z});
            const CheckStatus status = f.wrpAll                  ? CheckStatus::Fail
                                       : !f.frozenFields.empty() ? CheckStatus::Warn
                                                                 : CheckStatus::Pass;
            std::string summary =
                f.wrpAll ? std::string(
                               "Every flash sector is write-protected: mass erase and programming fail "
                               "until the WRP bits are set back to 1.")
                         : std::string("The flash is not write-protected end to end.");
            if (!f.frozenFields.empty())
                summary +=
                    fmt::format(" {} field(s) can no longer be changed in this state (see the evidence).",
                                f.frozenFields.size());
            else if (!f.wrpAll)
                summary =
                    "No option-byte hazard: the flash is not write-protected end to end and no field is "
                    "frozen.";
            c.add("option-bytes", RESCUE_TR_NOOP("Wizard", "Option bytes"), status, summary, ev);
        } else {
            c.add("option-bytes", RESCUE_TR_NOOP("Wizard", "Option bytes"), CheckStatus::Warn,
                  s.error().message, s.error().evidence);
        }
    } else {
        c.add("option-bytes", RESCUE_TR_NOOP("Wizard", "Option bytes"), CheckStatus::Skipped,
              "The option bytes cannot be read while the core's AP is closed.");
    }
    c.add("lifecycle", RESCUE_TR_NOOP("Wizard", "Lifecycle"),
          f.lifecycle == "unknown" ? CheckStatus::Warn : CheckStatus::Info,
          f.lifecycle == "unknown"
              ? fmt::format("The lifecycle state is not readable yet ({}).", f.lifecycleSource)
              : fmt::format("{} ({}).", f.lifecycleName, f.lifecycleSource));

    d.verdict = decideVerdict(f);
    d.labMs = toMilliseconds(probe.clock().now() - start);
    return d;
}

}  // namespace rescue::recovery
