#include "core/device/target_identification.h"

#include <algorithm>
#include <chrono>
#include <set>

#include <fmt/format.h>

#include "core/arm/adiv5.h"
#include "core/arm/cortex_m.h"
#include "core/common/bytes.h"
#include "core/optionbytes/decode.h"

namespace rescue::device {
namespace {

using namespace std::chrono_literals;

constexpr auto kPowerUpTimeout = 100ms;
constexpr auto kResetHold = 5ms;
constexpr auto kBootTime = 20ms;
// Below this T_VCC the target is taken as unpowered (STM32 run from 1.71 V up).
constexpr double kMinimumVoltage = 1.5;
constexpr std::uint8_t kDefaultCoreAp = 1;  // the H5 and H7RS cores' MEM-AP

// Where each family keeps DBGMCU_IDCODE, per AP side, without knowing the family yet.
struct IdcodeSite {
    std::uint8_t ap;
    std::uint32_t address;
};

std::vector<IdcodeSite> idcodeSites(const Catalog& catalog, std::uint8_t coreAp) {
    std::vector<IdcodeSite> sites;
    std::set<std::pair<std::uint8_t, std::uint32_t>> seen;
    auto add = [&](std::uint8_t ap, std::optional<std::uint32_t> address) {
        if (address && seen.insert({ap, *address}).second)
            sites.push_back({ap, *address});
    };
    for (const auto& family : catalog.families())
        add(coreAp, family->dbgmcu.address("IDCODE", DbgmcuMap::Side::Ap1));
    for (const auto& family : catalog.families()) {
        add(0, family->dbgmcu.address("IDCODE", DbgmcuMap::Side::Ap0));
        const auto offset = family->dbgmcu.offsets.find("IDCODE");
        if (offset != family->dbgmcu.offsets.end())
            for (std::uint32_t base : family->dbgmcu.ap0Alternatives)
                add(0, base + offset->second);
    }
    return sites;
}

Error noTargetError(const TargetIdentity& id, const Error& cause) {
    if (id.targetVoltage && *id.targetVoltage < kMinimumVoltage)
        return makeError(
                   "target.no-power",
                   fmt::format("The target is not powered: the probe reads {:.2f} V on T_VCC.",
                               *id.targetVoltage),
                   "Power the board and check that the probe's T_VCC (VREF) pin is connected to the board's "
                   "supply.")
            .with("probe", cause.message);
    Error error =
        makeError("target.no-dp", "Nothing answers on SWD: the debug port did not respond.",
                  "Check SWDIO, SWCLK and GND between probe and board, lower the SWD clock, and try "
                  "--mode under-reset if the application disables the debug pins or sleeps.");
    error.with("probe", cause.message);
    if (id.targetVoltage)
        error.with("target voltage", fmt::format("{:.2f} V", *id.targetVoltage));
    return error;
}

void readIdcode(probe::DebugProbe& probe, const Catalog& catalog, TargetIdentity& id) {
    for (const auto& site : idcodeSites(catalog, id.coreAp)) {
        auto value = probe.read32(site.ap, site.address);
        if (!value) {
            (void)arm::clearStickyErrors(probe);
            continue;
        }
        if (auto family = catalog.familyByDevId(DbgmcuMap::devId(*value))) {
            id.idcode = *value;
            id.idcodeAp = site.ap;
            id.family = family;
            return;
        }
    }
}

void readAps(probe::DebugProbe& probe, TargetIdentity& id) {
    for (std::uint8_t index : {std::uint8_t{0}, std::uint8_t{1}}) {
        ApReport report;
        report.index = index;
        if (auto idr = arm::readApIdr(probe, index); idr && *idr != 0)
            report.idr = *idr;
        else
            (void)arm::clearStickyErrors(probe);
        if (id.family) {
            for (const auto& role : id.family->accessPorts)
                if (role.index == index)
                    report.role = role.role;
        }
        id.aps.push_back(report);
    }
}

void readDbgmcuStatus(probe::DebugProbe& probe, TargetIdentity& id) {
    if (!id.family || !id.idcodeAp)
        return;
    const auto side = *id.idcodeAp == 0 ? DbgmcuMap::Side::Ap0 : DbgmcuMap::Side::Ap1;
    const auto address = id.family->dbgmcu.address("SR", side);
    if (!address)
        return;
    auto sr = probe.read32(*id.idcodeAp, *address);
    if (!sr)
        return;
    id.dbgmcuSr = *sr;
    for (auto& report : id.aps) {
        report.present = DbgmcuMap::apPresent(*sr, report.index);
        report.enabled = DbgmcuMap::apEnabled(*sr, report.index);
    }
}

void readFlashSize(probe::DebugProbe& probe, TargetIdentity& id, const Catalog& catalog) {
    if (!id.family)
        return;
    const auto& family = *id.family;
    if (family.identity.flashSize) {
        const std::uint32_t aligned = *family.identity.flashSize & ~3u;
        if (auto word = probe.read32(id.coreAp, aligned)) {
            const unsigned shift = (*family.identity.flashSize - aligned) * 8;
            const std::uint32_t kb = (*word >> shift) & 0xFFFFu;
            if (kb != 0 && kb != 0xFFFF)
                id.flashKb = kb;
        }
    }
    if (!id.flashKb)
        id.flashKb = family.flash.maxKb;
    for (const auto& line : catalog.lines()) {
        if (line.familyId != family.id)
            continue;
        const bool fits = std::any_of(line.flashCodes.begin(), line.flashCodes.end(),
                                      [&](char code) { return catalog.flashKbForCode(code) == id.flashKb; });
        if (fits)
            id.partLines.push_back(line.line);
    }
}

void readLifecycle(probe::DebugProbe& probe, TargetIdentity& id) {
    if (!id.family)
        return;
    const auto& table = id.family->optionBytes;
    optionbytes::RegisterDump dump;
    for (const auto& reg : table.registers) {
        auto value = probe.read32(id.coreAp, table.registerBase + reg.curOffset);
        if (!value) {
            (void)arm::clearStickyErrors(probe);
            id.lifecycleSource =
                fmt::format("not readable without Debug Authentication: {} did not answer ({})", reg.curName,
                            value.error().message);
            return;
        }
        dump[reg.curName] = *value;
    }
    auto decoded = optionbytes::decode(*id.family, dump);
    if (!decoded) {
        id.lifecycleSource = fmt::format("option bytes read but not decoded: {}", decoded.error().message);
        return;
    }
    const std::string& stateField = id.family->lifecycle.stateField;
    if (const auto* state = decoded->field(stateField)) {
        id.lifecycle = state->valueName.empty() ? state->display : state->valueName;
        id.lifecycleSource = fmt::format("read from {} through AP{}", stateField, id.coreAp);
    }
    // The summary a person checks first: state, TrustZone, boot, bank swap, write protection.
    // Where the table has a whole-field view (H7RS WRPS over WRPS0..7) it stands for its parts.
    auto wanted = [&](const std::string& name) {
        return name == stateField || name == "TZEN" || name.rfind("WRP", 0) == 0 || name == "BOOT_UBE" ||
               name == "SWAP_BANK";
    };
    std::set<std::string> covered;
    for (const auto& field : decoded->fields)
        if (field.field->isAggregate() && wanted(field.field->name))
            covered.insert(field.field->aggregateOf.begin(), field.field->aggregateOf.end());
    for (const auto& field : decoded->fields) {
        const std::string& name = field.field->name;
        if (wanted(name) && !covered.count(name))
            id.optionBytes.push_back({name, field.display});
    }
}

Error blockerFor(const TargetIdentity& id) {
    const ApReport* core = nullptr;
    for (const auto& report : id.aps)
        if (report.index == id.coreAp)
            core = &report;
    std::string why;
    if (core && core->enabled && !*core->enabled)
        why = fmt::format(
            ": DBGMCU_SR shows AP{} disabled, which is how a closed lifecycle state keeps the core out of "
            "reach",
            id.coreAp);
    else if (core && !core->answers())
        why = fmt::format(": AP{} does not answer at all", id.coreAp);
    Error error = makeError(
        "target.ap-closed", fmt::format("The core's access port AP{} refuses access{}.", id.coreAp, why),
        "A closed chip opens only through Debug Authentication: run discovery, then authenticate with "
        "the chip's credentials. If the chip should be Open, try connecting under reset.");
    if (id.dbgmcuSr)
        error.with("DBGMCU_SR", hex32(*id.dbgmcuSr));
    for (const auto& report : id.aps)
        if (report.answers())
            error.with(fmt::format("AP{} IDR", report.index), hex32(*report.idr));
    return error;
}

}  // namespace

std::string_view toString(ConnectMode mode) {
    switch (mode) {
        case ConnectMode::Normal:
            return "normal";
        case ConnectMode::UnderReset:
            return "under-reset";
        case ConnectMode::HotPlug:
            return "hot-plug";
    }
    return "normal";
}

std::optional<ConnectMode> connectModeFromString(std::string_view text) {
    for (ConnectMode mode : {ConnectMode::Normal, ConnectMode::UnderReset, ConnectMode::HotPlug})
        if (toString(mode) == text)
            return mode;
    return std::nullopt;
}

Result<TargetIdentity> identifyTarget(probe::DebugProbe& probe, const Catalog& catalog,
                                      const ConnectOptions& options) {
    TargetIdentity id;
    id.mode = options.mode;
    id.coreAp = options.ap.value_or(kDefaultCoreAp);
    Clock& clock = probe.clock();

    if (auto volts = probe.targetVoltage())
        id.targetVoltage = *volts;
    else
        id.notes.push_back(fmt::format("Target voltage not read: {}", volts.error().message));
    if (auto speed = probe.setSwdFrequency(options.swdKHz); !speed)
        id.notes.push_back(fmt::format("SWD clock left at the probe's default: {}", speed.error().message));

    const bool underReset = options.mode == ConnectMode::UnderReset;
    arm::CortexM core(probe, id.coreAp);
    bool catchArmed = false;
    if (underReset) {
        // Arm the reset vector catch first when the core can be reached: many chips gate the
        // core's AP while NRST is held, and the catch is what keeps application code from
        // running after the release. A chip whose application shuts debug out is caught the
        // other way: NRST held while attaching.
        if (probe.attach() && arm::powerUp(probe, kPowerUpTimeout))
            catchArmed = static_cast<bool>(core.setResetVectorCatch(true));
        if (Status s = probe.driveNrst(probe::NrstDrive::Low); !s)
            return s.error();
        clock.sleepFor(kResetHold);
    }
    auto dpidr = probe.attach();
    if (!dpidr) {
        if (underReset)
            (void)probe.driveNrst(probe::NrstDrive::High);
        return noTargetError(id, dpidr.error());
    }
    id.dpidr = *dpidr;
    if (id.targetVoltage && *id.targetVoltage < kMinimumVoltage)
        id.notes.push_back(fmt::format(
            "The probe reads {:.2f} V on T_VCC although the target answers: the probe's T_VCC (VREF) pin is "
            "probably not connected, so the probe cannot match the target's I/O level.",
            *id.targetVoltage));
    if (Status s = arm::powerUp(probe, kPowerUpTimeout); !s) {
        if (underReset)
            (void)probe.driveNrst(probe::NrstDrive::High);
        return s.error();
    }

    if (underReset) {
        if (!catchArmed)
            catchArmed = static_cast<bool>(core.setResetVectorCatch(true));
        if (Status s = probe.driveNrst(probe::NrstDrive::High); !s)
            return s.error();
        clock.sleepFor(kBootTime);
        auto status = core.readDhcsr();
        if (!status) {
            (void)probe.attach();
            (void)arm::powerUp(probe, kPowerUpTimeout);
            status = core.readDhcsr();
        }
        id.coreHalted = status && (*status & arm::dhcsr::kSHalt);
        if (!id.coreHalted)
            id.notes.push_back(catchArmed
                                   ? "The core did not stop at its reset vector after NRST was released."
                                   : "The core could not be caught at its reset vector: its AP did not "
                                     "answer before or during reset.");
    }

    readIdcode(probe, catalog, id);
    readAps(probe, id);
    readDbgmcuStatus(probe, id);
    if (id.idcode) {
        id.devId = DbgmcuMap::devId(*id.idcode);
        id.revId = DbgmcuMap::revId(*id.idcode);
        const Revision* revision = id.family->revision(id.revId);
        id.revision = revision ? revision->name : fmt::format("0x{:04X} (not in the catalog)", id.revId);
    } else {
        id.notes.push_back("DBGMCU_IDCODE could not be read through AP0 or AP1 at any catalog address.");
    }

    const bool coreAnswers = static_cast<bool>(core.readDhcsr());
    if (!coreAnswers)
        (void)arm::clearStickyErrors(probe);
    for (auto& report : id.aps) {
        if (report.index == id.coreAp)
            report.memoryAccess = coreAnswers;
        else if (id.idcodeAp && report.index == *id.idcodeAp)
            report.memoryAccess = true;
    }
    if (!coreAnswers) {
        id.blocker = blockerFor(id);
        id.lifecycleSource = "not readable without Debug Authentication: the core's AP is closed";
        id.nrst = nrstNotChecked(
            "NRST wiring was not checked: the core does not answer (a closed chip is checked through the DA "
            "channel).");
        return id;
    }

    // A normal connect halts the core for stable reads and lets it run again afterwards.
    bool resumeAtEnd = false;
    if (options.mode == ConnectMode::Normal) {
        if (auto status = core.readDhcsr(); status && !(*status & arm::dhcsr::kSHalt)) {
            if (core.halt() && core.waitForHalt(std::chrono::duration_cast<Clock::Duration>(kPowerUpTimeout)))
                resumeAtEnd = true;
        }
    }
    readFlashSize(probe, id, catalog);
    readLifecycle(probe, id);

    if (options.mode == ConnectMode::HotPlug)
        id.nrst = nrstNotChecked("NRST wiring was not checked: a hot-plug connect never resets the chip.");
    else if (!options.checkNrst)
        id.nrst = nrstNotChecked("NRST wiring was not checked (turned off).");
    else
        id.nrst = checkNrstWiring(probe, id.coreAp);

    if (id.coreHalted) {
        // Keep the under-reset catch: the core waits at its reset vector, but vector catch is
        // turned off so the next reset runs normally.
        (void)core.setResetVectorCatch(false);
    }
    if (resumeAtEnd)
        (void)core.resume();
    return id;
}

}  // namespace rescue::device
