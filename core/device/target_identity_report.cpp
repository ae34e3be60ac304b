#include "core/device/target_identity_report.h"

#include "core/common/translatable.h"

#include <fmt/format.h>

#include "core/common/bytes.h"

namespace rescue::device {
namespace {

std::string apLine(const ApReport& ap) {
    std::string text = fmt::format("AP{}{}: ", ap.index, ap.role.empty() ? "" : " (" + ap.role + ")");
    text += ap.answers() ? fmt::format("answers, IDR {}", hex32(*ap.idr)) : "does not answer";
    if (ap.memoryAccess)
        text += *ap.memoryAccess ? ", memory access works" : ", memory access refused";
    if (ap.enabled)
        text += fmt::format("; DBGMCU_SR: {}{}", *ap.present ? "present" : "absent",
                            *ap.enabled ? ", enabled" : ", disabled");
    return text;
}

nlohmann::json evidenceJson(const std::vector<Evidence>& evidence) {
    auto list = nlohmann::json::array();
    for (const auto& e : evidence)
        list.push_back({{"name", e.name}, {"value", e.value}});
    return list;
}

}  // namespace

std::vector<ReportLine> describeIdentity(const TargetIdentity& id) {
    std::vector<ReportLine> lines;
    lines.push_back({RESCUE_TR_NOOP("IdentityReport", "Connect mode"),
                     fmt::format("{}, core on AP{}", toString(id.mode), id.coreAp)});
    lines.push_back({RESCUE_TR_NOOP("IdentityReport", "Target voltage"),
                     id.targetVoltage ? fmt::format("{:.2f} V", *id.targetVoltage) : "not read"});
    lines.push_back({"DPIDR", hex32(id.dpidr)});
    if (id.idcode) {
        lines.push_back({RESCUE_TR_NOOP("IdentityReport", "DBGMCU IDCODE"),
                         fmt::format("{} (read through AP{})", hex32(*id.idcode), *id.idcodeAp)});
        lines.push_back(
            {RESCUE_TR_NOOP("IdentityReport", "Device"),
             fmt::format("DEV_ID 0x{:03X}: {}, revision {}", id.devId, id.family->name, id.revision)});
    } else {
        lines.push_back({RESCUE_TR_NOOP("IdentityReport", "Device"), "unknown: DBGMCU IDCODE not readable"});
    }
    if (id.flashKb) {
        std::string parts;
        for (const auto& line : id.partLines)
            parts += (parts.empty() ? "" : " / ") + line;
        lines.push_back({RESCUE_TR_NOOP("IdentityReport", "Part"),
                         fmt::format("{}{} KB flash", parts.empty() ? "" : parts + ", ", *id.flashKb)});
    }
    for (const auto& ap : id.aps)
        lines.push_back({RESCUE_TR_NOOP("IdentityReport", "Access port"), apLine(ap)});
    lines.push_back({RESCUE_TR_NOOP("IdentityReport", "Lifecycle"),
                     id.lifecycleSource.empty() ? id.lifecycle
                                                : fmt::format("{} ({})", id.lifecycle, id.lifecycleSource)});
    for (const auto& ob : id.optionBytes)
        lines.push_back(
            {RESCUE_TR_NOOP("IdentityReport", "Option byte"), fmt::format("{} = {}", ob.field, ob.display)});
    lines.push_back({"NRST", fmt::format("{}: {}", toString(id.nrst.verdict), id.nrst.sentence)});
    if (id.coreHalted)
        lines.push_back(
            {RESCUE_TR_NOOP("IdentityReport", "Core"), "halted at its reset vector (connected under reset)"});
    for (const auto& note : id.notes)
        lines.push_back({RESCUE_TR_NOOP("IdentityReport", "Note"), note});
    return lines;
}

nlohmann::json identityToJson(const TargetIdentity& id) {
    nlohmann::json j;
    j["mode"] = std::string(toString(id.mode));
    j["core_ap"] = id.coreAp;
    j["target_voltage"] = id.targetVoltage ? nlohmann::json(*id.targetVoltage) : nlohmann::json(nullptr);
    j["dpidr"] = hex32(id.dpidr);
    if (id.idcode) {
        j["idcode"] = hex32(*id.idcode);
        j["idcode_ap"] = *id.idcodeAp;
        j["dev_id"] = fmt::format("0x{:03X}", id.devId);
        j["rev_id"] = fmt::format("0x{:04X}", id.revId);
        j["revision"] = id.revision;
        j["family"] = id.family->id;
        j["family_name"] = id.family->name;
    }
    if (id.flashKb)
        j["flash_kb"] = *id.flashKb;
    j["part_lines"] = id.partLines;
    if (id.dbgmcuSr)
        j["dbgmcu_sr"] = hex32(*id.dbgmcuSr);
    auto aps = nlohmann::json::array();
    for (const auto& ap : id.aps) {
        nlohmann::json a{{"index", ap.index}, {"role", ap.role}, {"answers", ap.answers()}};
        if (ap.memoryAccess)
            a["memory_access"] = *ap.memoryAccess;
        if (ap.idr)
            a["idr"] = hex32(*ap.idr);
        if (ap.enabled) {
            a["present"] = *ap.present;
            a["enabled"] = *ap.enabled;
        }
        aps.push_back(a);
    }
    j["access_ports"] = aps;
    j["lifecycle"] = id.lifecycle;
    j["lifecycle_source"] = id.lifecycleSource;
    auto ob = nlohmann::json::object();
    for (const auto& line : id.optionBytes)
        ob[line.field] = line.display;
    j["option_bytes"] = ob;
    j["nrst"] = {{"verdict", std::string(toString(id.nrst.verdict))},
                 {"sentence", id.nrst.sentence},
                 {"evidence", evidenceJson(id.nrst.evidence)}};
    if (!id.nrst.hint.empty())
        j["nrst"]["hint"] = id.nrst.hint;
    j["core_halted"] = id.coreHalted;
    j["notes"] = id.notes;
    return j;
}

}  // namespace rescue::device
