// The product-state rules (stm32-lifecycle-and-option-bytes.md sections 3.2 and 8, rules 1-7),
// decided from the catalog's lifecycle rows: an allowed row is graded by where it leads, a
// refused or missing row is refused with the way that does work.
#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/optionbytes/policy_rules.h"

namespace rescue::optionbytes::rules {
namespace {

std::string settableCodes(const device::Lifecycle& lc) {
    std::string list;
    for (const auto& s : lc.states)
        if (s.userSettable && !s.transient)
            list += fmt::format("{}{} {}", list.empty() ? "" : ", ", hex8(s.code), s.name);
    return list;
}

std::string section(const device::Transition* row, const char* fallback) {
    return row && !row->source.empty() ? row->source : fmt::format("{} {}", kReference, fallback);
}

bool closes(const device::LifecycleState& s) {
    return s.id != "open" && s.id != "provisioning" && !s.transient;
}

Finding closingWithoutDa(const RuleInput& in, const device::LifecycleState& from,
                         const device::LifecycleState& to) {
    const auto& da = in.context.da;
    Finding f;
    f.grade = Grade::Irreversible;
    f.code = "ob.close-without-da";
    f.field = in.request.current.family().lifecycle.stateField;
    const std::string seen = da.seen.empty() ? "" : fmt::format(" (seen: {})", da.seen);
    if (da.status == DaProvisioning::NotProvisioned)
        f.sentence = fmt::format(
            "No Debug Authentication configuration is provisioned{}: after {} -> {} no tool can open the "
            "chip "
            "again, as happened to the STM32H533 of the second field report.",
            seen, from.name, to.name);
    else
        f.sentence = fmt::format(
            "Whether a Debug Authentication configuration is provisioned could not be checked{}: if none is, "
            "{} -> {} leaves no way to open the chip again.",
            seen, from.name, to.name);
    f.source = fmt::format("{} §3.2, §8 rule 6", kReference);
    f.instead = fmt::format(
        "Provision the DA configuration while in Provisioning (STM32_Programmer_CLI -c port=SWD mode=HotPlug "
        "ap=1 -sdp DA_Config.obk), check it with `rescue da discover`, then close.");
    f.confirmationPhrase = fmt::format("close {} without DA", in.device);
    return f;
}

}  // namespace

void lifecycleMove(const RuleInput& in, std::vector<Finding>& out) {
    if (!in.request.productState)
        return;
    const device::Family& family = in.request.current.family();
    const device::Lifecycle& lc = family.lifecycle;
    const std::uint8_t code = *in.request.productState;
    const std::string field = lc.stateField;
    auto refuse = [&](std::string id, std::string sentence, std::string source, std::string instead) {
        out.push_back(Finding{Grade::Refused,
                              std::move(id),
                              field,
                              std::move(sentence),
                              std::move(source),
                              std::move(instead),
                              {}});
    };

    const device::LifecycleState* to = lc.stateByCode(code);
    if (!to) {
        refuse("ob.state-code",
               fmt::format(
                   "{} is not a product-state code of {}; the chip refuses anything but its listed codes.",
                   hex8(code), family.name),
               fmt::format("{} §3.1, §8 rule 1", kReference), "Use one of: " + settableCodes(lc) + ".");
        return;
    }
    if (!to->userSettable || to->transient) {
        refuse("ob.state-hardware-only",
               fmt::format("{} ({}) is entered by the hardware during a DA regression; it cannot be written.",
                           to->name, hex8(code)),
               fmt::format("{} §3.1, §8 rule 1", kReference),
               "Run the regression itself: rescue da auth --probe URI --permission full-regression.");
        return;
    }
    const device::LifecycleState* from = in.state;
    if (!from) {
        refuse("ob.state-unknown", "The product state in force could not be read, so no move can be checked.",
               fmt::format("{} §8 rule 2", kReference), "Read the option bytes again (rescue ob read).");
        return;
    }
    if (from == to)
        return;
    if (from->final) {
        refuse(
            "ob.locked",
            fmt::format("The chip is {}: nothing leaves that state, by option bytes or by DA.", from->name),
            fmt::format("{} §3.2", kReference), "Nothing can be done through the debug port.");
        return;
    }
    const FieldDef* stateDef = family.optionBytes.field(field);
    const auto mechanism = stateDef && !stateDef->isRegisterField()
                               ? device::TransitionMechanism::BootRomService
                               : device::TransitionMechanism::OptionBytes;
    const device::Transition* row = lc.rule(from->id, to->id, mechanism);
    if (to->id == "open") {
        refuse(
            "ob.regression-not-ob",
            fmt::format("{} -> Open is a DA full regression, not an option-byte write: the chip refuses the "
                        "write, and the regression erases the user flash.",
                        from->name),
            section(row, "§3.2, §8 rule 2"),
            "rescue da auth --probe URI --permission full-regression (with the provisioned credentials).");
        return;
    }
    if (!row || !row->allowed) {
        if (from->id == "open") {
            const auto* provisioning = lc.state("provisioning");
            refuse("ob.open-jump",
                   fmt::format(
                       "Open -> {} in one step is not a move the chip makes: ST's tools always go through "
                       "Provisioning, and an STM32H533 asked for Open -> TZ-Closed stopped in "
                       "Provisioning (0x17) with no way to finish safely.",
                       to->name),
                   fmt::format("{} §3.2, §8 rule 3", kReference),
                   fmt::format(
                       "Two steps: {}={} (Provisioning), provision the DA configuration (-sdp), check it "
                       "with `rescue da discover`, then {}={} ({}).",
                       field, provisioning ? hex8(provisioning->code) : "0x17", field, hex8(code), to->name));
        } else {
            refuse(
                "ob.backward",
                fmt::format("{} -> {} goes backwards; the lifecycle only moves forward by option bytes.",
                            from->name, to->name),
                section(row, "§3.2, §8 rule 2"),
                "The way back is a DA regression: rescue da auth --probe URI --permission full-regression.");
        }
        return;
    }
    for (const auto& need : row->requirements) {
        auto have = in.request.current.field(need.field);
        if (have && *have == need.value)
            continue;
        refuse("ob.requirement",
               fmt::format("{} needs {} = {} in force; it is {}.", to->name, need.field, hex8(need.value),
                           have ? hex8(static_cast<std::uint8_t>(*have)) : std::string("unreadable")),
               fmt::format("{} §3.1, §8 rule 4", kReference),
               fmt::format("Set {}={} first, in its own write while in Open or Provisioning, then close.",
                           need.field, hex8(need.value)));
        return;
    }
    if (to->id == "tz-closed" && !family.trustZone) {
        refuse("ob.no-trustzone",
               fmt::format("{} has no TrustZone, so it has no TZ-Closed state.", family.name),
               fmt::format("{} §3.1", kReference), "Close with Closed (0x72) instead.");
        return;
    }

    if (to->final) {
        out.push_back(
            Finding{Grade::Irreversible, "ob.lock", field,
                    fmt::format("{} is permanent: no debug, no regression, ever; the chip can never be "
                                "reprogrammed through its debug port.",
                                to->name),
                    fmt::format("{} §3.2, §8 rule 5", kReference),
                    "Close with Closed (0x72) instead, which DA can still reopen.",
                    fmt::format("lock {} forever", in.device)});
    } else if (closes(*to)) {
        if (in.context.da.status == DaProvisioning::Provisioned)
            out.push_back(
                Finding{Grade::Risky,
                        "ob.close",
                        field,
                        fmt::format("{} -> {} closes debug; the way back is DA with the provisioned "
                                    "credentials (seen: {}), and a full regression erases the user flash.",
                                    from->name, to->name, in.context.da.seen),
                        fmt::format("{} §3.2, §3.3", kReference),
                        "Keep the DA credentials (keys, certificates or password) safe before closing.",
                        {}});
        else
            out.push_back(closingWithoutDa(in, *from, *to));
    } else {
        out.push_back(
            Finding{Grade::Risky,
                    "ob.provisioning",
                    field,
                    fmt::format("In {} the application no longer runs, and Open comes back only through a "
                                "DA full regression, which needs a DA configuration provisioned there.",
                                to->name),
                    fmt::format("{} §3.2, §3.3", kReference),
                    "Have the DA configuration (.obk) ready to provision right after this step.",
                    {}});
    }
    if (!row->confirmed)
        out.push_back(
            Finding{Grade::Note,
                    "ob.unconfirmed-row",
                    field,
                    fmt::format("The catalog's row for {} -> {} is not confirmed by the reference manual "
                                "(evidence: {}).",
                                from->name, to->name, device::toString(row->evidence)),
                    row->source,
                    {},
                    {}});
    out.push_back(Finding{Grade::Note,
                          "ob.link-drops",
                          field,
                          "A product-state change resets the chip and drops the debug link; the workbench "
                          "reconnects to verify.",
                          fmt::format("{} §5.1, §8 rule 7", kReference),
                          {},
                          {}});
}

}  // namespace rescue::optionbytes::rules
