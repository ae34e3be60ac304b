// Write protection (stm32-lifecycle-and-option-bytes.md section 8, rules 8 and 10): bit 0 =
// protected. Newly protected sectors are risky; every sector of a bank protected means bank
// and mass erase fail (WRPERR / WRPERRF) and nothing can be programmed: the first field report.
#include <algorithm>

#include <fmt/format.h>

#include "core/optionbytes/policy_rules.h"
#include "core/optionbytes/wrp_map.h"

namespace rescue::optionbytes::rules {
namespace {

bool frozenFinding(const std::vector<Finding>& out, const std::string& field) {
    return std::any_of(out.begin(), out.end(), [&](const Finding& f) {
        return f.grade == Grade::Refused &&
               (f.field == field || field.starts_with(f.field) || f.field.starts_with(field));
    });
}

}  // namespace

void writeProtection(const RuleInput& in, std::vector<Finding>& out) {
    if (!in.context.part)
        return;
    const auto before = wrpMaps(in.request.current, *in.context.part);
    const auto after = wrpMaps(in.request.proposed, *in.context.part);
    for (std::size_t i = 0; i < after.size() && i < before.size(); ++i) {
        const WrpMap& b = before[i];
        const WrpMap& a = after[i];
        // One vector for both iterators: protectedSectors() returns a new one on every call.
        const std::vector<unsigned> was = b.protectedSectors();
        std::vector<unsigned> added;
        for (unsigned s : a.protectedSectors())
            if (!std::count(was.begin(), was.end(), s))
                added.push_back(s);
        if (added.empty() || frozenFinding(out, a.field))
            continue;
        if (a.allProtected())
            out.push_back(
                Finding{Grade::Risky,
                        "ob.wrp-all",
                        a.field,
                        fmt::format("{} write-protects every sector of bank {}: no erase or programming will "
                                    "succeed (bank and mass erase fail with a write-protection error) until "
                                    "it is cleared.",
                                    a.field, a.bank),
                        fmt::format("{} §5.2, §6.4, §8 rule 8", kReference),
                        "Protect only the sectors that hold the boot code, and clear WRP (all ones) "
                        "before any mass erase.",
                        {}});
        else
            out.push_back(
                Finding{Grade::Risky,
                        "ob.wrp-protect",
                        a.field,
                        fmt::format("{} write-protects sector(s) {} of bank {}: they cannot be erased or "
                                    "programmed, and bank or mass erase will fail, until it is cleared.",
                                    a.field, formatRanges(added), a.bank),
                        fmt::format("{} §5.2, §8 rule 8", kReference),
                        "Protect only what the boot code needs; clear WRP (all ones) before erasing.",
                        {}});
    }
}

}  // namespace rescue::optionbytes::rules
