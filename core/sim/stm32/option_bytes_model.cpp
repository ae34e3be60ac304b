#include "core/sim/stm32/option_bytes_model.h"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/optionbytes/wrp_map.h"
#include "core/sim/stm32/lifecycle_rules.h"

namespace rescue::sim::stm32 {

using optionbytes::FieldDef;
using optionbytes::FieldKind;
using optionbytes::OptionByteImage;
using optionbytes::RegisterDef;

namespace {

// H7RS ROTSR fields: "writes ignored if HDPL > 0" (DBG_AUTH) or "> 1" (OEM_PROVD,
// IROT_SELECT) (reference section 6.2). A debugger writes while the application runs, at
// HDPL 1 or above, so the lab ignores these from the debugger; ST sets them through the boot
// ROM (DA .obk provisioning).
constexpr std::array<std::string_view, 3> kRomOnlyFields{"OEM_PROVD", "DBG_AUTH", "IROT_SELECT"};

Error refusal(const std::string& what, const std::string& reason) {
    return makeError("lab.option-change-refused", fmt::format("{} refused: {}.", what, reason),
                     "The option bytes in force are unchanged; the chip sets its option-change error flag.");
}

}  // namespace

OptionBytesModel::OptionBytesModel(device::Part part, bool openJumpStopsInProvisioning)
    : m_part(std::move(part)),
      m_openJumpStops(openJumpStopsInProvisioning),
      m_cur(OptionByteImage::blank(m_part.family)),
      m_prg(m_cur) {}

bool OptionBytesModel::stateIsRegisterField() const {
    const FieldDef* f = family().optionBytes.field(family().lifecycle.stateField);
    return f && f->isRegisterField();
}

std::uint32_t OptionBytesModel::field(std::string_view name) const {
    const FieldDef* f = family().optionBytes.field(name);
    if (!f || !f->isRegisterField())
        return 0;
    return f->extract(m_cur.registers().at(f->registerName));
}

const device::LifecycleState* OptionBytesModel::stateOf(const OptionByteImage& image, bool mark) const {
    const auto& lc = family().lifecycle;
    const FieldDef* f = family().optionBytes.field(lc.stateField);
    if (f && f->isRegisterField())
        return lc.stateByCode(static_cast<std::uint8_t>(f->extract(image.registers().at(f->registerName))));
    std::map<std::string, std::uint32_t> values;
    for (const auto& other : family().optionBytes.fields)
        if (other.isRegisterField())
            values[other.name] = other.extract(image.registers().at(other.registerName));
    const auto* s = lc.stateFromFields(values);
    // Provisioning reads like Open (NVSTATE = OPEN); the boot ROM service remembers it.
    if (s && mark && s->id == "open")
        if (const auto* provisioning = lc.state("provisioning"))
            return provisioning;
    return s;
}

const device::LifecycleState& OptionBytesModel::state() const {
    if (const auto* s = stateOf(m_cur, m_provisioningMark))
        return *s;
    // An invalid state code in force (only a restored or hand-made image can hold one):
    // report the first state rather than crash; the registers still show the raw value.
    return family().lifecycle.states.front();
}

void OptionBytesModel::writePrg(const RegisterDef& reg, std::uint32_t value) {
    (void)m_prg.setRegister(reg.name, value);
}

std::string OptionBytesModel::blockedBecause(const FieldDef& f, ChangeSource source) const {
    if (f.readOnly)
        return "read-only";
    const auto& current = state();
    if (f.frozenInState(current.id))
        return "frozen in " + current.name;
    for (const auto& c : f.frozenBy)
        if (holds(c))
            return fmt::format("frozen while {} = {}", c.field, hex32(c.value));
    if (source == ChangeSource::Debugger && !stateIsRegisterField() &&
        std::find(kRomOnlyFields.begin(), kRomOnlyFields.end(), f.name) != kRomOnlyFields.end())
        return "only the boot ROM writes it";
    return {};
}

Result<OptionChangeOutcome> OptionBytesModel::program(ChangeSource source) {
    std::vector<const RegisterDef*> regs;
    for (const auto& r : family().optionBytes.registers)
        regs.push_back(&r);
    return programRegisters(regs, source);
}

Result<OptionChangeOutcome> OptionBytesModel::programRegister(const RegisterDef& reg, ChangeSource source) {
    return programRegisters({&reg}, source);
}

Result<OptionChangeOutcome> OptionBytesModel::programRegisters(const std::vector<const RegisterDef*>& regs,
                                                               ChangeSource source) {
    const auto& table = family().optionBytes;
    const auto& lc = family().lifecycle;
    const device::LifecycleState& from = state();
    const FieldDef* stateField = table.field(lc.stateField);

    OptionChangeOutcome out;
    out.fromState = out.toState = from.id;
    OptionByteImage next = m_cur;
    std::optional<std::uint32_t> requestedCode;

    for (const RegisterDef* reg : regs) {
        const std::uint32_t curVal = m_cur.registers().at(reg->name);
        const std::uint32_t prgVal = m_prg.registers().at(reg->name);
        std::uint32_t newVal = curVal;  // reserved bits keep their value in force
        for (const FieldDef* f : table.fieldsOf(reg->name)) {
            if (!f->appliesToLine(m_part.line))
                continue;
            const std::uint32_t c = f->extract(curVal);
            std::uint32_t p = f->extract(prgVal);
            if (p == c)
                continue;
            if (f == stateField) {
                requestedCode = p;
                continue;
            }
            if (!blockedBecause(*f, source).empty()) {
                out.ignoredFields.push_back(f->name);
                continue;
            }
            if (f->setOnly)
                p |= c;
            if ((f->kind == FieldKind::Code || f->kind == FieldKind::Enum) && !f->values.empty() &&
                !f->valueOf(p)) {
                Error e = refusal(fmt::format("{} {} -> {}", f->name, hex32(c), hex32(p)),
                                  fmt::format("{} is not a value {} accepts", hex32(p), f->name));
                e.with("field", f->name).with("in force", hex32(c)).with("requested", hex32(p));
                return e;
            }
            newVal = f->insert(newVal, p);
        }
        (void)next.setRegister(reg->name, newVal);
    }

    auto holdsFn = [this](const optionbytes::FieldCondition& c) { return holds(c); };
    const device::LifecycleState* target = &from;
    if (stateField && stateField->isRegisterField()) {
        if (requestedCode && *requestedCode != from.code) {
            TransitionQuery q{&from,
                              lc.stateByCode(static_cast<std::uint8_t>(*requestedCode)),
                              device::TransitionMechanism::OptionBytes,
                              m_openJumpStops,
                              false,
                              holdsFn};
            const TransitionDecision d = decideTransition(lc, q);
            if (!d.lands) {
                Error e = refusal(fmt::format("{} {} -> {}", stateField->name, hex8(from.code),
                                              hex8(static_cast<std::uint8_t>(*requestedCode))),
                                  d.reason);
                e.with("field", stateField->name)
                    .with("in force", hex8(from.code))
                    .with("requested", hex8(static_cast<std::uint8_t>(*requestedCode)));
                return e;
            }
            (void)next.setField(stateField->name, d.landsIn->code);
            target = d.landsIn;
            if (d.redirected && q.to)
                out.requestedState = q.to->id;
        }
    } else if (const auto* derived = stateOf(next, m_provisioningMark); derived && derived != &from) {
        TransitionQuery q{&from,           derived, device::TransitionMechanism::OptionBytes,
                          m_openJumpStops, true,    holdsFn};
        const TransitionDecision d = decideTransition(lc, q);
        if (!d.lands) {
            Error e = refusal(fmt::format("{} -> {}", from.name, derived->name), d.reason);
            e.with("state in force", from.name).with("requested", derived->name);
            return e;
        }
        target = d.landsIn;
    }

    m_cur = std::move(next);
    if (target != &from) {
        out.stateChanged = true;
        out.toState = target->id;
        if (m_provisioningMark && target->id != "provisioning")
            m_provisioningMark = false;
    }
    return out;
}

Status OptionBytesModel::setField(std::string_view name, std::uint32_t value) {
    if (auto s = m_cur.setField(name, value); !s)
        return s;
    return m_prg.setField(name, value);
}

Status OptionBytesModel::setRegister(std::string_view name, std::uint32_t value) {
    if (auto s = m_cur.setRegister(name, value); !s)
        return s;
    return m_prg.setRegister(name, value);
}

Status OptionBytesModel::forceState(const device::LifecycleState& target) {
    const auto& lc = family().lifecycle;
    if (stateIsRegisterField())
        return setField(lc.stateField, target.code);
    // H7RS: the registers that express the state; Provisioning reads like Open plus the mark.
    const device::LifecycleState* expressed = &target;
    if (target.registerMatch.empty())
        if (const auto* open = lc.state("open"))
            expressed = open;
    for (const auto& c : expressed->registerMatch)
        if (auto s = setField(c.field, c.value); !s)
            return s;
    m_provisioningMark = expressed != &target;
    if (&state() != &target) {
        Error e = makeError("lab.state-not-expressible",
                            fmt::format("The option bytes cannot express {} together with the other fields "
                                        "set for this board.",
                                        target.name));
        e.with("state", target.name).with("expressed as", state().name);
        return e;
    }
    return {};
}

bool OptionBytesModel::sectorProtected(unsigned bank, unsigned sector) const {
    for (const auto& map : optionbytes::wrpMaps(m_cur, m_part))
        if (map.bank == bank)
            for (const auto& g : map.groups)
                if (sector >= g.firstSector && sector <= g.lastSector && g.isProtected)
                    return true;
    return false;
}

bool OptionBytesModel::anyProtected(unsigned bank) const {
    for (const auto& map : optionbytes::wrpMaps(m_cur, m_part))
        if ((bank == 0 || map.bank == bank) && map.anyProtected())
            return true;
    return false;
}

}  // namespace rescue::sim::stm32
