// Flash areas given as a start and an end index: hide protection (HDPx_STRT / HDPx_END, H7RS
// HDP_AREA_START / _END) and secure watermarks (SECWMx_STRT / _END), stm32-lifecycle-and-
// option-bytes.md 4.5, 6.2 and section 8 rule 11. Start > end means no area (ST's scripts
// write 1 / 0; the H7RS blank value is 0xFF / 0). An area must stay inside its bank: an end
// past the bank's last sector (a smaller part of the line) is refused. Hiding the sectors the
// chip boots from is risky: once the boot code raises the hide level they cannot be read or
// executed any more, which only a boot loader that hands over first (OEMiROT) survives.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/optionbytes/flash_units.h"
#include "core/optionbytes/policy_rules.h"

namespace rescue::optionbytes::rules {
namespace {

struct Area {
    const FieldDef* start = nullptr;
    const FieldDef* end = nullptr;
    std::string name;  // "HDP1", "SECWM2", "HDP_AREA"
    unsigned bank = 1;
    bool hide = false;
};

// Start fields ("…_STRT" / "…_START") of kind index with their "…_END" partner.
std::vector<Area> areasOf(const FieldTable& table) {
    std::vector<Area> areas;
    for (const auto& f : table.fields) {
        if (f.kind != FieldKind::Index || !f.isRegisterField())
            continue;
        std::string prefix;
        for (const char* suffix : {"_STRT", "_START"})
            if (f.name.ends_with(suffix))
                prefix = f.name.substr(0, f.name.size() - std::string_view(suffix).size());
        const FieldDef* end = prefix.empty() ? nullptr : table.field(prefix + "_END");
        if (!end)
            continue;
        Area a{&f, end, prefix, 1, prefix.starts_with("HDP")};
        if (!prefix.empty() && std::isdigit(static_cast<unsigned char>(prefix.back())))
            a.bank = static_cast<unsigned>(prefix.back() - '0');
        areas.push_back(a);
    }
    return areas;
}

bool refusedAlready(const std::vector<Finding>& out, const Area& a) {
    return std::any_of(out.begin(), out.end(), [&](const Finding& f) {
        return f.grade == Grade::Refused && (f.field == a.start->name || f.field == a.end->name);
    });
}

std::string span(std::uint32_t s, std::uint32_t e) {
    return s == e ? std::to_string(s) : fmt::format("{}-{}", s, e);
}

// Where the chip boots from: every boot address field of the proposed image, or the start
// of user flash where the family has none (H7RS).
std::vector<std::pair<std::string, std::uint32_t>> bootAddresses(const RuleInput& in) {
    std::vector<std::pair<std::string, std::uint32_t>> out;
    const OptionByteImage& next = in.request.proposed;
    for (const auto& f : next.table().fields)
        if (f.kind == FieldKind::Address && f.isRegisterField() &&
            (!in.context.part || f.appliesToLine(in.context.part->line)))
            if (auto v = next.field(f.name))
                out.emplace_back(f.name, *v << f.addressShift);
    if (out.empty())
        out.emplace_back("the boot address", next.family().flash.base);
    return out;
}

}  // namespace

void areaRanges(const RuleInput& in, std::vector<Finding>& out) {
    const OptionByteImage& cur = in.request.current;
    const OptionByteImage& next = in.request.proposed;
    const device::Family& family = cur.family();
    for (const Area& a : areasOf(cur.table())) {
        if (in.context.part && !a.start->appliesToLine(in.context.part->line))
            continue;
        auto s0 = cur.field(a.start->name), e0 = cur.field(a.end->name);
        auto s = next.field(a.start->name), e = next.field(a.end->name);
        if (!s0 || !e0 || !s || !e || (*s0 == *s && *e0 == *e) || refusedAlready(out, a))
            continue;
        const FlashUnits units = flashUnits(*a.start, family, in.context.part);
        const std::string what = a.hide ? "hide-protection" : "secure";
        const std::string source = fmt::format("{} §4.5, §6.2, §8 rule 11", kReference);
        auto add = [&](Grade g, std::string code, const FieldDef* field, std::string sentence,
                       std::string instead) {
            out.push_back(Finding{
                g, std::move(code), field->name, std::move(sentence), source, std::move(instead), {}});
        };

        if (*s > *e) {
            add(Grade::Note, "ob.area-none", a.start,
                fmt::format("{} = {} is after {} = {}: bank {} has no {} area{}.", a.start->name, *s,
                            a.end->name, *e, a.bank, what, *s0 <= *e0 ? " any more" : ""),
                "Nothing to do; start > end is how ST's scripts remove the area.");
            continue;
        }
        if (*e >= units.perBank) {
            add(Grade::Refused, "ob.area-outside-bank", a.end,
                fmt::format("{} would cover {}s {} of bank {}, but bank {} of {} has {} {}s (0-{}).", a.name,
                            units.unit, span(*s, *e), a.bank, a.bank, in.device, units.perBank, units.unit,
                            units.perBank - 1),
                fmt::format("Keep the area inside {}s 0-{}, or set {} > {} for no area.", units.unit,
                            units.perBank - 1, a.start->name, a.end->name));
            continue;
        }
        if (!a.hide) {
            add(Grade::Note, "ob.secwm-area", a.start,
                fmt::format("{}s {} of bank {} become secure: non-secure code and a non-secure debugger "
                            "cannot reach them{}.",
                            units.unit, span(*s, *e), a.bank,
                            next.field("TZEN").valueOr(0xB4) == 0xC3 ? " (once TZEN = 0xB4; with 0xC3 the "
                                                                       "watermarks have no effect)"
                                                                     : ""),
                "Check the secure application fits inside the area.");
            continue;
        }
        bool coversBoot = false;
        for (const auto& [field, address] : bootAddresses(in)) {
            auto place = placeInFlash(address, units, family);
            if (!place || place->bank != a.bank || place->index < *s || place->index > *e)
                continue;
            coversBoot = true;
            add(Grade::Risky, "ob.hdp-boot", a.start,
                fmt::format("{} hides {}s {} of bank {}, which hold {} ({}): once the boot code raises the "
                            "hide level they can no longer be read or executed, so only a boot loader that "
                            "hands over before hiding (OEMiROT) may run from there.",
                            a.name, units.unit, span(*s, *e), a.bank, field, hex32(address)),
                "Hide only the secure boot loader's sectors, and boot the application from outside the "
                "area.");
            break;
        }
        if (!coversBoot)
            add(Grade::Note, "ob.hdp-area", a.start,
                fmt::format(
                    "{} hides {}s {} of bank {} once the boot code raises the hide level: nothing can "
                    "read, program or execute them after that until the next reset.",
                    a.name, units.unit, span(*s, *e), a.bank),
                "Keep only boot-time secrets and code there.");
    }
}

}  // namespace rescue::optionbytes::rules
