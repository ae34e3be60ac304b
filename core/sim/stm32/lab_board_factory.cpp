#include "core/sim/stm32/lab_board_factory.h"

#include <random>

#include <fmt/format.h>

#include "core/auth/keys.h"
#include "core/auth/obk_file.h"
#include "core/auth/password.h"
#include "core/auth/st_permissions.h"
#include "core/device/names.h"
#include "core/optionbytes/assignment.h"

namespace rescue::sim::stm32 {

namespace {

using optionbytes::FieldDef;
using optionbytes::FieldKind;

struct Context {
    const Scenario& scenario;
    std::string origin;
    Stm32Chip& chip;
};

Error fieldError(const Context& c, const std::string& field, const std::string& message,
                 std::string hint = {}) {
    Error e = makeError("scenario.invalid", fmt::format("{}: field \"{}\": {}", c.origin, field, message),
                        std::move(hint));
    e.with("file", c.origin).with("field", field);
    return e;
}

Error wrap(const Context& c, const std::string& field, const Error& cause) {
    Error e = fieldError(c, field, cause.message, cause.hint);
    for (const auto& ev : cause.evidence)
        e.evidence.push_back(ev);
    return e;
}

// option_bytes: catalog field names -> values a chip would accept.
Status applyOptionBytes(const Context& c, std::optional<std::uint32_t>& productState) {
    const auto& table = c.chip.family().optionBytes;
    const auto& stateField = c.chip.family().lifecycle.stateField;
    for (const auto& [name, value] : c.scenario.optionBytes) {
        const std::string field = "option_bytes." + name;
        std::string text;
        if (value.is_string())
            text = value.get<std::string>();
        else if (value.is_number_integer() && value.get<std::int64_t>() >= 0)
            text = std::to_string(value.get<std::uint64_t>());
        else
            return fieldError(c, field,
                              fmt::format("expected a number or a value name, found {}", value.dump()));
        auto assignment = optionbytes::parseAssignment(table, name + "=" + text);
        if (!assignment)
            return wrap(c, field, assignment.error());
        const FieldDef& f = *assignment->field;
        if (!f.appliesToLine(c.chip.part().line))
            return fieldError(c, field, fmt::format("{} does not exist on {}", f.name, c.chip.part().line));
        if (f.readOnly)
            return fieldError(c, field, fmt::format("{} is read-only (set by ST production)", f.name));
        if (f.name == stateField || !f.isRegisterField()) {
            if (!f.isRegisterField())
                return fieldError(
                    c, field, fmt::format("{} is not an option register on {}", f.name, c.chip.family().name),
                    "Give the state with \"lifecycle\" instead.");
            productState = assignment->value;
            continue;
        }
        if ((f.kind == FieldKind::Enum || f.kind == FieldKind::Code) && !f.values.empty() &&
            !f.valueOf(assignment->value))
            return fieldError(c, field,
                              fmt::format("{} is not a value {} accepts", hex32(assignment->value), f.name));
        if (auto s = c.chip.optionBytes().setField(f.name, assignment->value); !s)
            return wrap(c, field, s.error());
    }
    return {};
}

bool scenarioSets(const Scenario& sc, const FieldDef& f) {
    for (const auto& [name, value] : sc.optionBytes)
        if (f.matchesName(name))
            return true;
    return false;
}

// H5: the DA method is chosen by TZEN; set it for the scenario's method unless given.
void matchMethodCondition(const Context& c, const std::string& methodName) {
    const auto* method = c.chip.family().da.method(methodName);
    if (!method || !method->when)
        return;
    const auto* f = c.chip.family().optionBytes.field(method->when->field);
    if (!f || !f->isRegisterField() || scenarioSets(c.scenario, *f))
        return;
    (void)c.chip.optionBytes().setField(f->name, method->when->value);
}

Result<auth::PermissionMask> permissionsOf(const Context& c, bool required) {
    const auto& da = *c.scenario.da;
    if (da.permissions.empty()) {
        if (!required)
            return auth::PermissionMask{};
        // Every permission the family names: what ST's sample configurations grant.
        auth::PermissionMask all;
        for (const auto& p : c.chip.family().da.permissions)
            all.set(static_cast<int>(p.bit));
        return all;
    }
    auto mask = auth::parsePermissions(c.chip.daFamily(), da.permissions);
    if (!mask)
        return wrap(c, "da.permissions", mask.error());
    return mask;
}

Status provisionDa(const Context& c) {
    const auto& da = *c.scenario.da;
    const device::Family& f = c.chip.family();
    const std::string methodName = da.method == DaMethod::Password ? "password" : "certificate";
    if (!f.da.method(methodName)) {
        std::string known;
        for (const auto& m : f.da.methods)
            known += (known.empty() ? "" : ", ") + m.name;
        return fieldError(c, "da.method",
                          fmt::format("{} has no {} method (it has: {})", f.name, methodName, known));
    }
    matchMethodCondition(c, methodName);
    const auto layout = auth::daObkLayout(c.chip.daFamily());

    if (da.method == DaMethod::Certificate) {
        if (da.rootPublicKey.empty())
            return fieldError(c, "da.root_public_key",
                              "the certificate method needs the root public key (PEM)");
        auto key = auth::PublicKey::loadFile(da.rootPublicKey);
        if (!key)
            return wrap(c, "da.root_public_key", key.error());
        auto mask = permissionsOf(c, true);
        if (!mask)
            return std::move(mask).error();
        auto obk = auth::buildDaConfiguration(
            f.da.obkDestination("certificate").value_or(layout.certificateDestination), 0, key->fingerprint(),
            *mask, layout.permissionWidth);
        if (!obk)
            return wrap(c, "da.permissions", obk.error());
        if (auto s = c.chip.installObk(*obk); !s)
            return wrap(c, "da", s.error());
        return {};
    }

    if (da.passwordFile.empty())
        return fieldError(c, "da.password_file", "the password method needs the password file");
    auto password = auth::loadPasswordFile(da.passwordFile);
    if (!password)
        return wrap(c, "da.password_file", password.error());
    const auth::Sha256Digest hash = auth::passwordHash(password->password.view());
    if (f.da.passwordOtpAddress) {
        if (auto s = c.chip.installPasswordHash(hash); !s)
            return wrap(c, "da", s.error());
        return {};
    }
    auto mask = permissionsOf(c, false);
    if (!mask)
        return std::move(mask).error();
    auto obk =
        auth::buildDaConfiguration(f.da.obkDestination("password").value_or(layout.passwordDestination), 0,
                                   hash, *mask, layout.permissionWidth);
    if (!obk)
        return wrap(c, "da.permissions", obk.error());
    if (auto s = c.chip.installObk(*obk); !s)
        return wrap(c, "da", s.error());
    return {};
}

Status applyLifecycle(const Context& c, std::optional<std::uint32_t> productState) {
    const auto& lc = c.chip.family().lifecycle;
    const std::string& text = c.scenario.lifecycle;
    const device::LifecycleState* state = lc.state(text);
    if (!state)
        if (auto code = device::parseNumber(text); code && *code <= 0xFF)
            state = lc.stateByCode(static_cast<std::uint8_t>(*code));
    if (!state || state->transient) {
        std::string known;
        for (const auto& s : lc.states)
            if (!s.transient)
                known += fmt::format("{}{} ({})", known.empty() ? "" : ", ", s.id, hex8(s.code));
        return fieldError(c, "lifecycle",
                          fmt::format("\"{}\" is not a state {} can be put in; expected one of {}", text,
                                      c.chip.family().name, known));
    }
    if (productState && *productState != state->code)
        return fieldError(
            c, "option_bytes." + lc.stateField,
            fmt::format("{} says {} but \"lifecycle\" says {} ({})", lc.stateField,
                        hex8(static_cast<std::uint8_t>(*productState)), state->name, hex8(state->code)));
    // A state only reachable under a condition (TZ-Closed: TZEN = 0xB4) needs it here too.
    bool reachable = false;
    bool anyRow = false;
    std::string need;
    for (const auto& t : lc.transitions) {
        if (t.to != state->id || !t.allowed || t.mechanism != device::TransitionMechanism::OptionBytes)
            continue;
        anyRow = true;
        bool ok = true;
        for (const auto& r : t.requirements)
            if (!c.chip.optionBytes().holds(r)) {
                ok = false;
                need = fmt::format("{} = {}", r.field, hex32(r.value));
            }
        reachable = reachable || ok;
    }
    if (anyRow && !reachable)
        return fieldError(c, "lifecycle", fmt::format("{} needs {} in option_bytes", state->name, need));
    if (auto s = c.chip.optionBytes().forceState(*state); !s)
        return wrap(c, "lifecycle", s.error());
    if (state->id != "open" && state->id != "provisioning")
        if (const auto* provd = c.chip.family().optionBytes.field("OEM_PROVD"))
            if (const auto* v = provd->valueNamed("provisioned"))
                (void)c.chip.optionBytes().setField(provd->name, v->value);
    return {};
}

// A minimal application at the start of user flash: initial SP at the top of the first
// SRAM, reset handler a branch-to-self, so the core runs (and can be halted) after boot.
void installIdleLoop(Stm32Chip& chip) {
    constexpr std::uint32_t kHandlerOffset = 0x100;
    Bytes vectors(8);
    const auto& sram = chip.sram();
    writeLe32(vectors, 0, sram.empty() ? 0 : sram.front().base + sram.front().memory->size());
    writeLe32(vectors, 4, chip.family().flash.base + kHandlerOffset + 1);
    chip.flash().store(0, vectors);
    chip.flash().store(kHandlerOffset, Bytes{0xFE, 0xE7});  // b .
}

}  // namespace

Result<std::unique_ptr<LabBoard>> makeLabBoard(const Scenario& scenario, const device::Catalog& catalog,
                                               Clock& clock) {
    const std::string origin = scenario.sourceFile.empty() ? fmt::format("scenario \"{}\"", scenario.name)
                                                           : scenario.sourceFile.string();
    auto part = catalog.resolvePart(scenario.chip);
    if (!part) {
        Error e =
            makeError("scenario.invalid", fmt::format("{}: field \"chip\": {}", origin, part.error().message),
                      part.error().hint);
        e.with("file", origin).with("field", "chip");
        return e;
    }
    const std::string identity = scenario.name + "|" + part->partNumber;
    auto params = makeChipParameters(*part, scenario.chipParameters, origin, identity);
    if (!params)
        return std::move(params).error();
    const std::uint64_t seed = scenario.seed ? *scenario.seed : std::random_device{}();
    auto chip = Stm32Chip::create(*part, std::move(params).value(), seed, clock.now());
    if (!chip)
        return std::move(chip).error();

    Context c{scenario, origin, **chip};
    std::optional<std::uint32_t> productState;
    if (auto s = applyOptionBytes(c, productState); !s)
        return std::move(s).error();
    if (scenario.da)
        if (auto s = provisionDa(c); !s)
            return std::move(s).error();
    if (auto s = applyLifecycle(c, productState); !s)
        return std::move(s).error();
    (*chip)->optionBytes().reloadPrg();
    if ((*chip)->parameters().application == StartupApplication::IdleLoop)
        installIdleLoop(**chip);

    BoardWiring wiring;
    wiring.nrstWired = scenario.probe.nrstWired;
    wiring.targetVoltage = scenario.probe.targetVoltage;
    auto board = std::make_unique<LabBoard>(std::move(chip).value(), wiring, clock);
    board->powerOn();
    return board;
}

Result<std::unique_ptr<LabBoard>> makeLabBoard(const Scenario& scenario, const device::Catalog& catalog,
                                               Clock& clock, const nlohmann::json& savedState) {
    auto board = makeLabBoard(scenario, catalog, clock);
    if (!board)
        return board;
    if (auto s = (*board)->restoreState(savedState); !s)
        return std::move(s).error();
    return board;
}

}  // namespace rescue::sim::stm32
