#include "core/optionbytes/option_programmer.h"

#include <fmt/format.h>

#include "core/arm/adiv5.h"
#include "core/common/bytes.h"
#include "core/optionbytes/decode.h"
#include "core/optionbytes/flash_access.h"
#include "core/optionbytes/option_reader.h"

namespace rescue::optionbytes {
namespace {

using namespace std::chrono_literals;

Error refusedByChip(const char* flag, std::uint32_t value, const char* reg) {
    Error e = makeError(
        "ob.option-change-refused",
        fmt::format("The chip refused the option change ({} set): it kept the option bytes in force.", flag),
        "Read the option bytes (rescue ob read) and check the change with rescue ob check.");
    e.with(reg, hex32(value));
    return e;
}

std::vector<const RegisterDef*> changedRegisters(const ChangeRequest& r) {
    std::vector<const RegisterDef*> regs;
    for (const auto& reg : r.current.table().registers)
        if (r.current.registers().at(reg.name) != r.proposed.registers().at(reg.name))
            regs.push_back(&reg);
    return regs;
}

Status programH5(FlashAccess& flash, const ChangeRequest& r, const ProgramOptions& o, bool& linkDropped) {
    const auto& fam = r.current.family();
    auto busy = flash.bit("NSSR", "BSY");
    auto chg = flash.bit("NSSR", "OPTCHANGEERR");
    auto strt = flash.bit("OPTCR", "OPTSTRT");
    auto lock = flash.bit("OPTCR", "OPTLOCK");
    if (!busy || !chg || !strt || !lock)
        return (!busy ? busy : !chg ? chg : !strt ? strt : lock).error();
    if (Status s = flash.waitClear("NSSR", *busy, o.operationTimeout, "the wait before programming"); !s)
        return s;
    // Clear old error flags: OPTSTRT is not allowed while OPTCHANGEERR is set.
    std::uint32_t clearAll = 0;
    if (const auto* ccr = fam.flashRegisters.registerNamed("NSCCR"))
        for (const auto& f : ccr->fields)
            clearAll |= f.mask();
    if (Status s = flash.write("NSCCR", clearAll); !s)
        return s;
    if (Status s = flash.unlock("OPTKEYR", fam.keys.optKey1, fam.keys.optKey2, "OPTCR", "OPTLOCK"); !s)
        return s;
    for (const RegisterDef* reg : changedRegisters(r))
        if (Status s = flash.probe().write32(flash.ap(), r.current.table().prgAddress(*reg),
                                             r.proposed.registers().at(reg->name));
            !s)
            return s;
    auto optcr = flash.read("OPTCR");
    if (!optcr)
        return optcr.error();
    if (Status s = flash.write("OPTCR", *optcr | *strt); !s)
        return s;
    Status waited = flash.waitClear("NSSR", *busy, o.operationTimeout, "option programming");
    if (!waited) {
        if (r.productState && waited.error().code != "ob.timeout") {
            linkDropped = true;  // the chip reset after a product-state change, as it should
            return {};
        }
        return waited;
    }
    auto sr = flash.read("NSSR");
    if (!sr) {
        linkDropped = r.productState.has_value();
        return linkDropped ? Status{} : Status{sr.error()};
    }
    if (*sr & *chg) {
        (void)flash.write("NSCCR", clearAll);
        (void)flash.write("OPTCR", *lock);
        return refusedByChip("OPTCHANGEERR", *sr, "NSSR");
    }
    (void)flash.write("OPTCR", *lock);
    return {};
}

Status programH7rs(FlashAccess& flash, const ChangeRequest& r, const ProgramOptions& o) {
    const auto& fam = r.current.family();
    auto busy = flash.bit("SR", "BUSY");
    auto qw = flash.bit("SR", "QW");
    auto pgOpt = flash.bit("OPTCR", "PG_OPT");
    auto lock = flash.bit("OPTCR", "OPTLOCK");
    auto err = flash.bit("OPTISR", "OPTERRF");
    if (!busy || !qw || !pgOpt || !lock || !err)
        return (!busy ? busy : !qw ? qw : !pgOpt ? pgOpt : !lock ? lock : err).error();
    const auto regs = changedRegisters(r);
    if (regs.empty())
        return {};
    if (Status s = flash.unlock("OPTKEYR", fam.keys.optKey1, fam.keys.optKey2, "OPTCR", "OPTLOCK"); !s)
        return s;
    if (Status s = flash.waitClear("SR", *busy | *qw, o.operationTimeout, "the wait before programming"); !s)
        return s;
    if (Status s = flash.write("OPTICR", *err); !s)
        return s;
    if (Status s = flash.write("OPTCR", *pgOpt); !s)
        return s;
    Status result;
    for (const RegisterDef* reg : regs) {
        if (Status s = flash.probe().write32(flash.ap(), r.current.table().prgAddress(*reg),
                                             r.proposed.registers().at(reg->name));
            !s) {
            result = s;
            break;
        }
        if (Status s = flash.waitClear("SR", *busy | *qw, o.operationTimeout, "option programming"); !s) {
            result = s;
            break;
        }
        auto isr = flash.read("OPTISR");
        if (!isr) {
            result = isr.error();
            break;
        }
        if (*isr & *err) {
            (void)flash.write("OPTICR", *err);
            Error e = refusedByChip("OPTERRF", *isr, "OPTISR");
            e.with("register", reg->prgName);
            result = std::move(e);
            break;
        }
    }
    (void)flash.write("OPTCR", *lock);  // PG_OPT off, options locked again
    return result;
}

// Reattaches after the chip reset (a product-state change), until the option bytes read.
std::optional<OptionByteImage> reconnectAndRead(probe::DebugProbe& probe, const ChangeRequest& r,
                                                const ProgramOptions& o) {
    Clock& clock = probe.clock();
    const auto deadline = clock.now() + o.reconnectBudget;
    while (clock.now() < deadline) {
        if (probe.attach() && arm::powerUp(probe, 100ms))
            if (auto img = readOptionBytes(probe, r.current.familyPtr(), o.ap))
                return *img;
        clock.sleepFor(10ms);
    }
    return std::nullopt;
}

void verify(const ChangeRequest& r, const device::Part* part, ProgramOutcome& out) {
    const auto& table = r.current.table();
    const std::string& stateField = r.current.family().lifecycle.stateField;
    for (const auto& f : table.fields) {
        if (!f.isRegisterField() || f.isAggregate())
            continue;
        auto before = r.current.field(f.name);
        auto wanted = r.proposed.field(f.name);
        if (!before || !wanted || *before == *wanted)
            continue;
        FieldCheck c{f.name, *wanted, std::nullopt, describeValue(f, *wanted, part), "not read back"};
        if (out.after)
            if (auto got = out.after->field(f.name)) {
                c.found = *got;
                c.foundText = describeValue(f, *got, part);
            }
        out.checks.push_back(std::move(c));
    }
    const FieldDef* sf = table.field(stateField);
    if (r.productState && sf && !sf->isRegisterField()) {
        const auto& lc = r.current.family().lifecycle;
        const auto* wantedState = lc.stateByCode(*r.productState);
        if (wantedState && wantedState->registerMatch.empty()) {
            out.notes.push_back(
                fmt::format("{} does not show in the option registers on {}; the boot ROM service "
                            "accepted it (rescue da discover reports the state).",
                            wantedState->name, r.current.family().name));
            return;
        }
        FieldCheck c{sf->name, *r.productState, std::nullopt, describeValue(*sf, *r.productState, part),
                     "not read back"};
        if (out.after)
            if (auto got = out.after->field(sf->name)) {
                c.found = *got;
                c.foundText = describeValue(*sf, *got, part);
            }
        out.checks.push_back(std::move(c));
    }
}

}  // namespace

std::size_t ProgramOutcome::mismatches() const {
    std::size_t n = 0;
    for (const auto& c : checks)
        n += (c.found && !c.matches()) ? 1 : 0;
    return n;
}

std::string cubeProductStateCommand(std::uint8_t code) {
    return fmt::format("STM32_Programmer_CLI -c port=SWD mode=HotPlug ap=1 -psrss {}", hex8(code));
}

Result<ProgramOutcome> programOptionBytes(probe::DebugProbe& probe, const ChangeRequest& request,
                                          const device::Part* part, const ProgramOptions& options) {
    const auto& family = request.current.family();
    const FieldDef* sf = family.optionBytes.field(family.lifecycle.stateField);
    const bool viaRom = request.productState && sf && !sf->isRegisterField();
    if (viaRom && !probe.romServices()) {
        Error e = makeError(
            "ob.rom-service-unavailable",
            fmt::format("On {} the product state is set through ST's boot ROM service, whose protocol "
                        "is not public: the workbench cannot send it through this probe, so nothing "
                        "was written.",
                        family.name),
            "Run: " + cubeProductStateCommand(*request.productState));
        e.with("command", cubeProductStateCommand(*request.productState));
        return e;
    }
    FlashAccess flash(probe, family, options.ap);
    ProgramOutcome out;
    if (flash.h7rs()) {
        if (Status s = programH7rs(flash, request, options); !s)
            return s.error();
        if (viaRom) {
            if (Status s = probe.romServices()->setProductState(*request.productState); !s)
                return s.error();
            out.linkDropped = true;
        }
    } else if (request.changesRegisters()) {
        if (Status s = programH5(flash, request, options, out.linkDropped); !s)
            return s.error();
    }
    if (out.linkDropped || request.productState) {
        out.after = reconnectAndRead(probe, request, options);
        if (!out.after)
            out.notes.push_back(
                "The chip no longer answers on its core's access port after the product-state change, as the "
                "new "
                "state keeps debug closed; the change could not be read back (rescue da discover shows the "
                "state).");
    } else if (auto img = readOptionBytes(probe, request.current.familyPtr(), options.ap)) {
        out.after = *img;
    } else {
        return img.error();
    }
    verify(request, part, out);
    return out;
}

Error mismatchError(const ProgramOutcome& outcome) {
    std::string first;
    for (const auto& c : outcome.checks)
        if (c.found && !c.matches()) {
            first = fmt::format("{} expected {}, found {}", c.field, c.expectedText, c.foundText);
            break;
        }
    Error e = makeError(
        "ob.verify-mismatch",
        fmt::format("The chip did not take {} of the changed field(s): {}.", outcome.mismatches(), first),
        "Nothing was retried. Check the change with rescue ob check; the chip's rules may freeze the "
        "field in this state.");
    for (const auto& c : outcome.checks)
        if (c.found && !c.matches())
            e.with(c.field, fmt::format("expected {}, found {}", c.expectedText, c.foundText));
    return e;
}

}  // namespace rescue::optionbytes
