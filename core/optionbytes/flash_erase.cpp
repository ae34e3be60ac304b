#include "core/optionbytes/flash_erase.h"

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/optionbytes/flash_access.h"
#include "core/optionbytes/option_reader.h"
#include "core/optionbytes/wrp_map.h"

namespace rescue::optionbytes {
namespace {

Error wrpError(probe::DebugProbe& probe, const device::Part& part, const EraseRequest& req,
               const EraseOptions& o, const char* flag, std::uint32_t flags) {
    std::string where;
    auto image = readOptionBytes(probe, part.family, o.ap);
    std::vector<std::string> evidence;
    if (image)
        for (const auto& m : wrpMaps(*image, part)) {
            if (req.kind == EraseRequest::Kind::Bank && m.bank != req.bank)
                continue;
            auto p = m.protectedSectors();
            if (p.empty())
                continue;
            const std::string text = fmt::format("bank {} sector(s) {}", m.bank, formatRanges(p));
            where += (where.empty() ? "" : "; ") + text;
            evidence.push_back(fmt::format("{}: {}", m.field, text));
        }
    std::string fix = fmt::format("rescue ob write --probe {}", o.probeUri);
    for (const auto& a : clearWrpAssignments(part))
        fix += " --set " + a;
    Error e = makeError(
        "ob.erase-wrp",
        fmt::format(
            "{} erase refused by write protection ({}): {} {} write-protected, so nothing was erased.",
            req.kind == EraseRequest::Kind::Mass ? "Mass" : fmt::format("Bank {}", req.bank), flag,
            where.empty() ? "some sectors" : where, "are"),
        fmt::format(
            "Clear write protection first (bit 0 = protected; all ones protects nothing), then erase again: "
            "{}",
            fix));
    e.with(flag, hex32(flags));
    for (auto& line : evidence)
        e.with("protected", line);
    e.with("fix", fix);
    return e;
}

}  // namespace

std::vector<std::string> clearWrpAssignments(const device::Part& part) {
    std::vector<std::string> out;
    const auto& table = part.family->optionBytes;
    for (const auto& m : wrpMaps(OptionByteImage::blank(part.family), part)) {
        const FieldDef* f = table.field(m.field);
        if (f)
            out.push_back(fmt::format("{}=0x{:X}", f->name, f->maxValue()));
    }
    return out;
}

Result<EraseOutcome> eraseFlash(probe::DebugProbe& probe, const device::Part& part, const EraseRequest& req,
                                const EraseOptions& o) {
    const device::Family& fam = *part.family;
    if (req.kind == EraseRequest::Kind::Bank && (req.bank < 1 || req.bank > part.banks()))
        return makeError(
            "ob.no-such-bank",
            fmt::format("{} has {} bank(s); there is no bank {}.", part.line, part.banks(), req.bank),
            "Use --mass, or --bank 1.");
    FlashAccess flash(probe, fam, o.ap);
    const bool h7 = flash.h7rs();
    const char* cr = flash.controlRegister();
    auto busy = flash.bit(flash.busyRegister(), h7 ? "BUSY" : "BSY");
    auto start = flash.bit(cr, h7 ? "START" : "STRT");
    auto wrp = flash.bit(flash.flagRegister(), h7 ? "WRPERRF" : "WRPERR");
    if (!busy || !start || !wrp)
        return (!busy ? busy : !start ? start : wrp).error();
    std::uint32_t kind = 0;
    if (h7) {
        auto ber = flash.bit(cr, "BER");  // one bank: BER erases the whole user flash
        if (!ber)
            return ber.error();
        kind = *ber;
    } else if (req.kind == EraseRequest::Kind::Mass) {
        auto mer = flash.bit(cr, "MER");
        if (!mer)
            return mer.error();
        kind = *mer;
    } else {
        auto ber = flash.bit(cr, "BER");
        auto bksel = flash.bit(cr, "BKSEL");
        if (!ber || !bksel)
            return (!ber ? ber : bksel).error();
        kind = *ber | (req.bank == 2 ? *bksel : 0u);
    }
    Clock& clock = probe.clock();
    const auto began = clock.now();
    if (Status s = flash.waitClear(flash.busyRegister(), *busy, o.timeout, "the wait before erasing"); !s)
        return s.error();
    std::uint32_t clearAll = 0;
    if (const auto* ccr = fam.flashRegisters.registerNamed(flash.clearRegister()))
        for (const auto& f : ccr->fields)
            clearAll |= f.mask();
    if (Status s = flash.write(flash.clearRegister(), clearAll); !s)
        return s.error();
    if (Status s = flash.unlock(flash.keyRegister(), fam.keys.key1, fam.keys.key2, cr, "LOCK"); !s)
        return s.error();
    if (Status s = flash.write(cr, kind); !s)
        return s.error();
    if (Status s = flash.write(cr, kind | *start); !s)
        return s.error();
    if (Status s = flash.waitClear(flash.busyRegister(), *busy, o.timeout, "the erase"); !s)
        return s.error();
    // BSY also reads clear after a reset (or a power loss) cut the erase short: the reset
    // relocks the controller and clears the erase request the host left in the control
    // register, which a finished erase keeps until the host clears it. Without this check a
    // torn erase read as done (found by the fault campaign, seed 130).
    auto lockBit = flash.bit(cr, "LOCK");
    auto crAfter = flash.read(cr);
    if (!crAfter)
        return crAfter.error();
    if ((*crAfter & kind) != kind || (lockBit && (*crAfter & *lockBit))) {
        Error e =
            makeError("ob.erase-interrupted",
                      "The erase was cut short: the flash controller was reset while it ran (a reset or a "
                      "power loss), so the flash is only partly erased.",
                      "Check the board's power and reset line, then erase again.");
        e.with(cr, hex32(*crAfter));
        return e;
    }
    auto flags = flash.read(flash.flagRegister());
    if (!flags)
        return flags.error();
    (void)flash.write(cr, lockBit ? *lockBit : 0u);  // operation bits off, controller locked again
    (void)flash.write(flash.clearRegister(), clearAll);
    if (*flags & *wrp)
        return wrpError(probe, part, req, o, h7 ? "WRPERRF" : "WRPERR", *flags);
    auto errors = flash.setFlags(flash.flagRegister(), *flags);
    if (!errors.empty()) {
        std::string names;
        for (const auto& n : errors)
            names += (names.empty() ? "" : ", ") + n;
        Error e =
            makeError("ob.erase-error",
                      fmt::format("The flash controller reported {} after the erase; the flash may be partly "
                                  "erased.",
                                  names),
                      "Read the option bytes (rescue ob read) and try again after a reset.");
        e.with(flash.flagRegister(), hex32(*flags));
        return e;
    }
    return EraseOutcome{toMilliseconds(clock.now() - began)};
}

}  // namespace rescue::optionbytes
