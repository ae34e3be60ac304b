// Boot addresses (NSBOOTADD / SECBOOTADD, address bits 31:8), stm32-lifecycle-and-option-
// bytes.md 4.5 and section 8 rule 14: the address must be in the user flash, the system flash
// or an SRAM of the part, in the alias of its security domain (SECBOOTADD secure 0x0C…,
// NSBOOTADD non-secure 0x08…, as ST's scripts write them). Outside those the core fetches a
// vector table from nowhere and no application starts after reset. The reference grades
// that "refuse"; here it is risky with the sentence, so a person who knows better (an
// address the catalog does not list, such as a secure SRAM alias) can still go ahead.
// The boot locks that freeze these fields are graded in field_rules.cpp (rule 12).
#include <algorithm>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/optionbytes/policy_rules.h"

namespace rescue::optionbytes::rules {
namespace {

struct Place {
    std::string region;  // "user flash", "SRAM1", ...
    bool secureAlias = false;
    bool hasSecureAlias = false;
};

std::optional<Place> bootRegionOf(std::uint32_t address, const device::Family& f, const device::Part* part) {
    const std::uint64_t flashBytes = part ? part->flashBytes() : std::uint64_t{f.flash.maxKb} * 1024u;
    auto inside = [&](std::uint32_t base, std::uint64_t size) {
        return address >= base && address - base < size;
    };
    if (inside(f.flash.base, flashBytes))
        return Place{"user flash", false, f.flash.secureBase.has_value()};
    if (f.flash.secureBase && inside(*f.flash.secureBase, flashBytes))
        return Place{"user flash", true, true};
    for (const auto& r : f.memory) {
        if (r.kind != "system" && r.kind != "sram")
            continue;
        const std::string name = r.kind == "system" ? "system flash" : r.name;
        if (inside(r.base, r.size))
            return Place{name, false, r.secureBase.has_value()};
        if (r.secureBase && inside(*r.secureBase, r.size))
            return Place{name, true, true};
    }
    return std::nullopt;
}

bool refusedAlready(const std::vector<Finding>& out, const std::string& field) {
    return std::any_of(out.begin(), out.end(),
                       [&](const Finding& f) { return f.grade == Grade::Refused && f.field == field; });
}

}  // namespace

void bootAddresses(const RuleInput& in, std::vector<Finding>& out) {
    const OptionByteImage& cur = in.request.current;
    const OptionByteImage& next = in.request.proposed;
    const device::Family& family = cur.family();
    const std::string source = fmt::format("{} §4.5, §8 rule 14", kReference);
    for (const auto& f : cur.table().fields) {
        if (f.kind != FieldKind::Address || !f.isRegisterField())
            continue;
        if (in.context.part && !f.appliesToLine(in.context.part->line))
            continue;
        auto before = cur.field(f.name);
        auto after = next.field(f.name);
        if (!before || !after || *before == *after || refusedAlready(out, f.name))
            continue;
        const std::uint32_t address = *after << f.addressShift;
        const bool secureField = f.name.starts_with("SEC");
        const std::uint32_t flashAlias =
            secureField && family.flash.secureBase ? *family.flash.secureBase : family.flash.base;
        const std::string usual =
            fmt::format("{}={:#x} boots from {}", f.name, flashAlias >> f.addressShift, hex32(flashAlias));
        const auto place = bootRegionOf(address, family, in.context.part);
        if (!place) {
            out.push_back(Finding{
                Grade::Risky,
                "ob.boot-address",
                f.name,
                fmt::format(
                    "{} = {} boots from {}, which is not in the user flash, the system flash or an SRAM "
                    "of {}: after a reset the core finds no vector table there and no application "
                    "starts.",
                    f.name, hex32(*after), hex32(address), in.device),
                source,
                fmt::format("Point it at the application's vector table ({}, as ST's scripts do).", usual),
                {}});
            continue;
        }
        if (place->hasSecureAlias && place->secureAlias != secureField)
            out.push_back(Finding{
                Grade::Risky,
                "ob.boot-address-domain",
                f.name,
                fmt::format(
                    "{} = {} boots from {} in the {} alias of the {}, but {} is the {} boot address: the "
                    "{} boot would fetch through the other security domain.",
                    f.name, hex32(*after), hex32(address), place->secureAlias ? "secure" : "non-secure",
                    place->region, f.name, secureField ? "secure" : "non-secure",
                    secureField ? "secure" : "non-secure"),
                source,
                fmt::format("Use the {} alias ({}).", secureField ? "secure" : "non-secure", usual),
                {}});
    }
}

}  // namespace rescue::optionbytes::rules
