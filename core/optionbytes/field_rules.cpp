// Rules for every changed field other than the product state (stm32-lifecycle-and-option-
// bytes.md sections 4.8 and 8, rules 9, 12, 13, 15, 17, 18, 20, 24, 25). What is frozen where
// comes from the catalog's field table; the rules here only grade.
#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/optionbytes/policy_rules.h"

namespace rescue::optionbytes::rules {
namespace {

std::string ref(const char* where) {
    return fmt::format("{} {}", kReference, where);
}

std::string valueText(const FieldDef& f, std::uint32_t v) {
    const EnumValue* e = f.valueOf(v);
    return e ? fmt::format("{} ({})", hex32(v), e->name) : hex32(v);
}

bool isBootLock(const FieldDef& f) {
    return f.name.ends_with("BOOT_LOCK") || f.name == "BOOT_LOCK";
}

}  // namespace

void fieldChanges(const RuleInput& in, std::vector<Finding>& out) {
    const OptionByteImage& cur = in.request.current;
    const OptionByteImage& next = in.request.proposed;
    const FieldTable& table = cur.table();
    const std::string& stateField = cur.family().lifecycle.stateField;
    const std::string stateId = in.state ? in.state->id : std::string();
    const std::string stateName = in.state ? in.state->name : std::string("an unknown state");

    for (const auto& r : table.registers) {
        const std::uint32_t a = cur.registers().at(r.name), b = next.registers().at(r.name);
        if (((a ^ b) & ~r.definedMask) != 0)
            out.push_back(
                Finding{Grade::Refused,
                        "ob.reserved-bits",
                        r.name,
                        fmt::format("The change touches reserved bits of {} ({} -> {}); they must keep the "
                                    "value read from the chip.",
                                    r.name, hex32(a), hex32(b)),
                        ref("§8 rule 24"),
                        "Change named fields only; reserved bits are kept as read.",
                        {}});
    }

    for (const auto& f : table.fields) {
        if (!f.isRegisterField() || f.isAggregate() || f.name == stateField)
            continue;
        if (in.context.part && !f.appliesToLine(in.context.part->line))
            continue;
        auto before = cur.field(f.name);
        auto after = next.field(f.name);
        if (!before || !after || *before == *after)
            continue;
        const std::uint32_t o = *before, n = *after;
        auto add = [&](Grade g, std::string code, std::string sentence, std::string source,
                       std::string instead, std::string phrase = {}) {
            out.push_back(Finding{g, std::move(code), f.name, std::move(sentence), std::move(source),
                                  std::move(instead), std::move(phrase)});
        };
        const std::string change = fmt::format("{} {} -> {}", f.name, valueText(f, o), valueText(f, n));

        if (f.readOnly) {
            add(Grade::Refused, "ob.read-only",
                fmt::format("{} is set by ST in production and cannot be written.", f.name), ref("§6.2"),
                "Leave it as read.");
            continue;
        }
        if (f.kind == FieldKind::Code && !f.values.empty() && !f.valueOf(n)) {
            add(Grade::Refused, "ob.invalid-code",
                fmt::format("{} is not a valid {} code; the chip accepts only its listed values.", hex32(n),
                            f.name),
                ref("§8 rule 25"), "Use one of the listed values (rescue ob read shows them).");
            continue;
        }
        if (!stateId.empty() && f.frozenInState(stateId)) {
            add(Grade::Refused, "ob.frozen-in-state",
                fmt::format("Writes to {} have no effect in {}: the chip keeps the old value.", f.name,
                            stateName),
                ref("§4.8, §8 rule 9"),
                f.kind == FieldKind::WriteProtection ? "Write protection can be changed only before closing; "
                                                       "a DA full regression brings the chip "
                                                       "back to Open (WRP is kept), where it can be cleared."
                                                     : "Change it in a state where it is writable.");
            continue;
        }
        bool locked = false;
        for (const auto& c : f.frozenBy) {
            auto lock = cur.field(c.field);
            if (lock && *lock == c.value) {
                add(Grade::Refused, "ob.frozen-by-lock",
                    fmt::format("{} is frozen while {} = {}; the write has no effect.", f.name, c.field,
                                hex32(c.value)),
                    ref("§4.5, §4.8"), "Nothing clears the boot lock; leave the field as it is.");
                locked = true;
            }
        }
        if (locked)
            continue;
        if (f.setOnly) {
            if (o & ~n)
                add(Grade::Refused, "ob.set-only",
                    fmt::format("{} bits only go from 0 to 1; {} would clear some.", f.name, change),
                    ref("§4.8, §8 rule 13"), "Keep every bit that is already set.");
            else
                add(Grade::Irreversible, "ob.otp-lock",
                    fmt::format("{} locks OTP blocks for good: they can never be written again.", change),
                    ref("§8 rule 13"), "Program the OTP content and check it before locking.",
                    fmt::format("lock OTP of {} forever", in.device));
            continue;
        }
        if (isBootLock(f) && n == 0xB4) {
            add(Grade::Irreversible, "ob.boot-lock",
                fmt::format("{} freezes the boot address and boot options for good.", change),
                ref("§4.5, §8 rule 12"),
                "Check the boot address first; leave the lock at 0xC3 while developing.",
                fmt::format("freeze the boot of {} forever", in.device));
            continue;
        }
        if (f.name == "TZEN") {
            if (stateId != "open" && stateId != "provisioning")
                add(Grade::Refused, "ob.tzen-state",
                    fmt::format("TZEN can be changed only in Open or Provisioning; the chip is in {}.",
                                stateName),
                    ref("§4.8, §8 rule 15 (unverified rules outside Open)"),
                    "Bring the chip back to Open with a DA regression first.");
            else
                add(Grade::Risky, "ob.tzen",
                    fmt::format(
                        "{} changes the security of the whole chip: a secure application stops booting, and "
                        "the DA method follows (password with 0xC3, certificates with 0xB4).",
                        change),
                    ref("§3.2 (AN6008), §8 rule 15"),
                    "Provision the DA configuration that matches the new TZEN, never the other one.");
            continue;
        }
        if (f.name == "NVSTATE") {
            add(Grade::Refused, "ob.nvstate-direct",
                "NVSTATE is not written directly: closing goes through the product state, which the "
                "validator checks.",
                ref("§6.3, §8 rule 17"), fmt::format("Request {}=0x72 (Closed) instead.", stateField));
            continue;
        }
        if (f.name == "DBG_AUTH" && n == 0xB4) {
            add(Grade::Irreversible, "ob.debug-locked", "DBG_AUTH = 0xB4 allows no debug, ever.",
                ref("§8 rule 18"), "Use 0x51 (certificates) or 0x8A (password).",
                fmt::format("lock debug of {} forever", in.device));
            continue;
        }
        if ((f.name == "ITCM_AXI_SHARE" || f.name == "DTCM_AXI_SHARE") && (n & 0x4u)) {
            add(Grade::Refused, "ob.tcm-share", fmt::format("{}: bit 2 must be 0.", change),
                ref("§6.2, §8 rule 20"), "Use 0, 1, 2 or 3.");
            continue;
        }
    }
}

}  // namespace rescue::optionbytes::rules
