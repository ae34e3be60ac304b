#include "core/sim/lab/lab_snapshot.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/auth/st_permissions.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "core/sim/lab/lab_uri.h"

namespace rescue::sim::lab {

namespace {

using nlohmann::json;
using optionbytes::FieldDef;

// The fields a person checks first, then every field the scenario or the host moved away
// from its blank value; chosen from the catalog so each family shows its own names.
std::vector<const FieldDef*> keyFields(stm32::Stm32Chip& chip) {
    const device::Family& family = chip.family();
    const auto& table = family.optionBytes;
    std::vector<const FieldDef*> out;
    auto add = [&](const FieldDef* f) {
        if (f && f->isRegisterField() && f->appliesToLine(chip.part().line) &&
            std::find(out.begin(), out.end(), f) == out.end())
            out.push_back(f);
    };
    add(table.field(family.lifecycle.stateField));
    for (const auto& state : family.lifecycle.states)
        for (const auto& c : state.registerMatch)
            add(table.field(c.field));
    add(table.field("TZEN"));
    for (const auto& method : family.da.methods)
        if (method.when)
            add(table.field(method.when->field));
    // Write protection: the whole-register view where the catalog has one (H7RS WRPS).
    std::vector<std::string> covered;
    for (const auto& f : table.fields)
        if (f.protects && f.isAggregate()) {
            add(&f);
            covered.insert(covered.end(), f.aggregateOf.begin(), f.aggregateOf.end());
        }
    auto isCovered = [&](const FieldDef& f) {
        return std::find(covered.begin(), covered.end(), f.name) != covered.end();
    };
    for (const auto& f : table.fields)
        if (f.protects && !f.isAggregate() && !isCovered(f))
            add(&f);
    for (const auto& f : table.fields)
        if (!f.isAggregate() && !isCovered(f) && f.isRegisterField() && !f.readOnly &&
            chip.optionBytes().field(f.name) != f.resetValue)
            add(&f);
    return out;
}

json optionField(stm32::Stm32Chip& chip, const FieldDef& f) {
    const std::uint32_t value = chip.optionBytes().field(f.name);
    json row = {{"name", f.name}, {"value", hex32(value)}, {"register", f.registerName}};
    if (const auto* named = f.valueOf(value))
        row["meaning"] = named->name;
    if (value != f.resetValue)
        row["blank"] = hex32(f.resetValue);
    if (f.protects) {
        const std::uint32_t none = f.activeLow ? f.maxValue() : 0;
        const std::uint32_t all = f.activeLow ? 0 : f.maxValue();
        row["write_protection"] = value == none ? "none"
                                  : value == all
                                      ? "every sector it covers"
                                      : (f.activeLow ? "some sectors (a 0 bit protects)" : "some sectors");
    }
    return row;
}

json daSection(stm32::Stm32Chip& chip) {
    json da = json::object();
    const auto config = chip.daConfiguration();
    if (!config) {
        da["provisioned"] = false;
    } else {
        da["provisioned"] = true;
        da["method"] = config->methodName;
        da["integrity_valid"] = config->integrityValid;
        if (config->method == stm32::StoredDaConfiguration::Method::Certificate) {
            // The root key's hash identifies which credentials open this board; not a secret.
            da["root_key_sha256"] = auth::digestHex(config->credentialHash);
            da["permissions"] = config->permissions.toHexInteger();
            json names = json::array();
            for (int bit : config->permissions.bits())
                names.push_back(auth::permissionDisplayName(chip.daFamily(), bit));
            da["permission_names"] = names;
        }
        // A password's hash is not shown: short passwords are easy to recover from it.
    }
    da["debug_reopen"] = {{"non_secure_level", chip.debugReopen().nonSecureLevel},
                          {"secure_level", chip.debugReopen().secureLevel}};
    da["regression_running"] = chip.regressionRunning();
    return da;
}

}  // namespace

json labSnapshot(LabInstance& lab) {
    json out;
    out["lab_side_truth"] = true;
    out["scenario"] = {{"name", lab.scenario().name},
                       {"file", lab.scenario().sourceFile.string()},
                       {"uri", labUriFor(lab.scenario())}};
    if (lab.persistent())
        out["restored_from_store"] = lab.restoredFromStore();

    stm32::LabBoard& board = lab.board();
    board.withChip([&](stm32::Stm32Chip& chip) {
        const device::Family& family = chip.family();
        const std::uint32_t idcode = chip.idcode();
        const auto* revision = family.revision(static_cast<std::uint16_t>(idcode >> 16));
        out["chip"] = {{"part", chip.part().partNumber},
                       {"family", family.name},
                       {"idcode", hex32(idcode)},
                       {"dev_id", fmt::format("0x{:03X}", idcode & 0xFFFu)},
                       {"revision", revision ? revision->name : fmt::format("0x{:04X}", idcode >> 16)},
                       {"flash_kb", chip.part().flashKb},
                       {"uid", toHex(chip.uid())}};
        out["power"] = chip.powered();
        out["phase"] = stm32::chipPhaseName(chip.phase());
        out["boot_count"] = chip.bootCount();
        const auto& state = chip.lifecycleState();
        out["lifecycle"] = {{"id", state.id}, {"name", state.name}, {"code", hex8(state.code)}};
        const auto& access = chip.availability();
        out["debug_access"] = {{"dp", access.dpResponds},
                               {"ap0", access.ap0},
                               {"ap1", access.ap1},
                               {"ap1_secure", access.ap1Secure}};
        json fields = json::array();
        for (const FieldDef* f : keyFields(chip))
            fields.push_back(optionField(chip, *f));
        out["option_bytes"] = fields;
        out["da"] = daSection(chip);
        return 0;
    });
    out["wiring"] = {{"nrst_wired", board.wiring().nrstWired},
                     {"probe_nrst_asserted", board.probeNrstAsserted()},
                     {"reset_button_pressed", board.resetButtonPressed()},
                     {"target_voltage", board.targetVoltage()}};
    if (const auto& dap = lab.cmsisDap()) {
        const auto& d = dap->identity();
        out["probe"] = {{"model", "CMSIS-DAP"},
                        {"firmware", d.firmware},
                        {"serial", d.serial},
                        {"packet_size", d.packetSize}};
    } else {
        const auto& id = lab.probe()->identity();
        out["probe"] = {{"model", id.modelName}, {"firmware", id.firmware.toString()}, {"serial", id.serial}};
    }
    return out;
}

}  // namespace rescue::sim::lab
