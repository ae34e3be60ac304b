// Stm32Chip: what a DA grant or ST's boot ROM services do to the chip (regressions, debug
// re-open, product state through -psrss, option words through -obrss, .obk provisioning),
// and where the DA configuration is stored (OBK, H7RS key store, H503 OTP).

#include <algorithm>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/sim/stm32/lifecycle_rules.h"
#include "core/sim/stm32/stm32_chip.h"

namespace rescue::sim::stm32 {

using device::TransitionMechanism;

namespace {

Error refused(std::string code, std::string message, const std::string& state) {
    Error e = makeError(std::move(code), std::move(message));
    e.with("lifecycle state", state);
    return e;
}

bool allErased(ByteView bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0xFF; });
}

}  // namespace

// ---- regressions ------------------------------------------------------------------------------

Result<Clock::TimePoint> Stm32Chip::runRegression(TransitionMechanism mechanism) {
    const auto& lc = family().lifecycle;
    const device::LifecycleState& from = lifecycleState();
    const bool full = mechanism == TransitionMechanism::DaFullRegression;
    const char* what = full ? "full regression" : "partial regression";
    if (regressionRunning())
        return refused("lab.regression-busy",
                       fmt::format("A regression is already running; the {} waits.", what), from.name);
    const device::LifecycleState* target = transitionTarget(lc, from.id, mechanism);
    if (!target)
        return refused("lab.regression-refused",
                       fmt::format("A {} is not possible from {} on {}.", what, from.name, family().name),
                       from.name);
    if (const auto* rule = lc.rule(from.id, target->id, mechanism))
        for (const auto& need : rule->requirements)
            if (!m_options->holds(need))
                return refused("lab.regression-refused",
                               fmt::format("A {} needs {} = {}.", what, need.field, hex32(need.value)),
                               from.name);

    m_reopen = {};
    if (auto s = m_options->forceState(*target); !s)
        return std::move(s).error();
    return eraseAndSettle(full);
}

// The regression's work once the state is transient (Regression, NS-Regression): the erase,
// then the state it settles in with an option-load reset.
Clock::TimePoint Stm32Chip::eraseAndSettle(bool full) {
    const auto& lc = family().lifecycle;
    unsigned erasedSectors = 0;
    if (full) {
        m_flash->eraseAll();
        erasedSectors = m_flash->banks() * m_flash->sectorsPerBank();
        clearSram();
        if (m_obk)
            m_obk->fill(0xFF);
        m_obkKeys.clear();
        // H7RS: the ROT fields describe the erased DA configuration; they return to their
        // blank values with it. Every other option byte (WRP included) is kept.
        for (const char* name : {"DBG_AUTH", "OEM_PROVD"})
            if (const auto* fd = family().optionBytes.field(name); fd && fd->isRegisterField())
                (void)m_options->setField(fd->name, fd->resetValue);
    } else {
        // Non-secure sectors: outside bank n's secure watermark SECWMn_STRT..SECWMn_END.
        for (unsigned bank = 1; bank <= m_flash->banks(); ++bank) {
            const auto* strt = family().optionBytes.field(fmt::format("SECWM{}_STRT", bank));
            const auto* end = family().optionBytes.field(fmt::format("SECWM{}_END", bank));
            for (unsigned s = 0; s < m_flash->sectorsPerBank(); ++s) {
                const bool secure =
                    strt && end && s >= m_options->field(strt->name) && s <= m_options->field(end->name);
                if (!secure) {
                    m_flash->eraseSector(bank, s);
                    ++erasedSectors;
                }
            }
        }
    }
    const device::LifecycleState* settled = settledState(lc, lifecycleState());
    const Clock::Duration duration = m_params.regressionOverhead + m_params.flash.sectorErase * erasedSectors;
    m_regressionEvent = m_timeline.after(duration, [this, settled] {
        m_regressionEvent = 0;
        (void)m_options->forceState(*settled);
        m_options->reloadPrg();
        optionLoadReset();
    });
    updateAccess();
    return m_timeline.now() + duration;
}

bool Stm32Chip::resumeInterruptedRegression() {
    const device::LifecycleState& state = lifecycleState();
    if (!state.transient || regressionRunning())
        return false;
    // [inferred] The product state moved to Regression / NS-Regression before the erase
    // began, so a chip that lost power (or was reset) in the middle boots into that
    // transient state; the ROM then does the whole regression again and settles, as it
    // would have. RM0481 does not describe the case; the alternative (a chip stuck in a
    // transient state with its DA keys erased) would be unrecoverable by any tool.
    const auto& lc = family().lifecycle;
    bool full = false;
    for (const auto& from : lc.states)
        full = full || transitionTarget(lc, from.id, TransitionMechanism::DaFullRegression) == &state;
    eraseAndSettle(full);
    return true;
}

Result<Clock::TimePoint> Stm32Chip::applyFullRegression() {
    return runRegression(TransitionMechanism::DaFullRegression);
}

Result<Clock::TimePoint> Stm32Chip::applyPartialRegression() {
    return runRegression(TransitionMechanism::DaPartialRegression);
}

Status Stm32Chip::applyDebugReopen(DebugReopen levels) {
    if (!levels.any())
        return makeError("lab.reopen-empty", "A debug re-open needs a debug level of 1 to 3.");
    if (effectiveAccess(lifecycleState(), m_params).da == device::DaAvailability::No)
        return refused("lab.reopen-refused",
                       fmt::format("{} allows no debug re-open.", lifecycleState().name),
                       lifecycleState().name);
    m_reopen = levels;
    updateAccess();
    return {};
}

Status Stm32Chip::applyGrant(const auth::PermissionGrant& grant) {
    if (grant.fullRegression) {
        auto r = applyFullRegression();
        return r ? Status{} : Status{std::move(r).error()};
    }
    if (grant.partialRegression) {
        auto r = applyPartialRegression();
        return r ? Status{} : Status{std::move(r).error()};
    }
    if (grant.debugLevel > 0 || grant.secureDebugLevel > 0)
        return applyDebugReopen({grant.debugLevel, grant.secureDebugLevel});
    return makeError("lab.grant-empty", "The granted permissions ask the chip for no action it knows.");
}

// ---- RSS services -----------------------------------------------------------------------------

Status Stm32Chip::setProductState(std::uint8_t code) {
    const auto& lc = family().lifecycle;
    const auto* stateField = family().optionBytes.field(lc.stateField);
    if (stateField && stateField->isRegisterField()) {
        Error e =
            makeError("lab.rss-unsupported",
                      fmt::format("On {} the product state is the option byte {}; it is programmed through "
                                  "the FLASH registers, not the boot ROM service.",
                                  family().name, stateField->name));
        e.with("field", stateField->name);
        return e;
    }
    const device::LifecycleState& from = lifecycleState();
    TransitionQuery q{&from,
                      lc.stateByCode(code),
                      TransitionMechanism::BootRomService,
                      m_params.openJumpStopsInProvisioning,
                      false,
                      [this](const optionbytes::FieldCondition& c) { return m_options->holds(c); }};
    const TransitionDecision d = decideTransition(lc, q);
    if (!d.lands) {
        Error e = makeError("lab.product-state-refused", fmt::format("Product state {} -> {} refused: {}.",
                                                                     hex8(from.code), hex8(code), d.reason));
        e.with("in force", hex8(from.code)).with("requested", hex8(code));
        return e;
    }
    if (d.landsIn == &from)
        return {};
    if (auto s = m_options->forceState(*d.landsIn); !s)
        return s;
    // Closing marks the OEM provisioning done (reference 6.3 table).
    if (d.landsIn->id != "open" && d.landsIn->id != "provisioning")
        if (const auto* provd = family().optionBytes.field("OEM_PROVD"))
            if (const auto* v = provd->valueNamed("provisioned"))
                (void)m_options->setField(provd->name, v->value);
    optionLoadReset();
    return {};
}

Status Stm32Chip::writeOptionWord(std::uint32_t address, std::uint32_t mask, std::uint32_t value) {
    const auto& table = family().optionBytes;
    const optionbytes::RegisterDef* reg = nullptr;
    for (const auto& r : table.registers)
        if (table.prgAddress(r) == address || table.curAddress(r) == address)
            reg = &r;
    if (!reg) {
        Error e = makeError(
            "lab.rss-no-register",
            fmt::format("{} is not the address of an option register of {}.", hex32(address), family().name));
        e.with("address", hex32(address));
        return e;
    }
    const std::uint32_t current = m_options->prg().registers().at(reg->name);
    m_options->writePrg(*reg, (current & ~mask) | (value & mask));
    auto outcome = m_options->programRegister(*reg, ChangeSource::BootRomService);
    m_options->writePrg(*reg, m_options->cur().registers().at(reg->name));
    if (!outcome)
        return std::move(outcome).error();
    onOptionsLoaded(*outcome);
    return {};
}

// Assumed from ST's scripts and one field report (adac-protocol.md 12, reference 5.3): the
// ROM takes .obk files only in Provisioning, refuses a DA payload of any size but 96 bytes
// (RSSLIB_SETOBKEY_BAD_SIZE; 32 for H7RS's DA_ConfigLock), does not check the payload hash
// (the boot ROM does, at each DA session) and lets a later file replace an earlier one.
Status Stm32Chip::provisionObk(const auth::ObkFile& obk) {
    const device::LifecycleState& s = lifecycleState();
    if (s.id != "provisioning")
        return refused(
            "lab.obk-refused",
            fmt::format("Option-byte keys are provisioned only in Provisioning; the chip is in {}.", s.name),
            s.name);
    const std::size_t expected =
        auth::isDaConfigLock(obk) ? auth::kDaConfigLockPayloadSize : auth::kDaConfigPayloadSize;
    if (obk.payload.size() != expected) {
        Error e = makeError("lab.obk-bad-size",
                            fmt::format("The boot ROM refused a {}-byte payload (RSSLIB_SETOBKEY_BAD_SIZE).",
                                        obk.payload.size()),
                            "Use the .obk as ST's tools made it: 108 bytes (44 for DA_ConfigLock).");
        e.with("payload bytes", std::to_string(obk.payload.size()))
            .with("expected", std::to_string(expected));
        return e;
    }
    return installObk(obk);
}

// ---- DA configuration storage -------------------------------------------------------------------

Status Stm32Chip::installObk(const auth::ObkFile& obk) {
    const device::Family& f = family();
    if (m_obk) {
        const auto* region = regionOfKind("obk", true);
        for (std::optional<std::uint32_t> base :
             {std::optional<std::uint32_t>(region->base), region->secureBase})
            if (base && obk.destination >= *base &&
                std::uint64_t{obk.destination} + obk.payload.size() <= std::uint64_t{*base} + region->size) {
                m_obk->load(obk.destination - *base, obk.payload);
                return {};
            }
        Error e = makeError("lab.obk-destination",
                            fmt::format("{} is outside the OBK area of {}.", hex32(obk.destination), f.name));
        e.with("destination", hex32(obk.destination));
        return e;
    }
    const auto known = std::find_if(f.da.obk.begin(), f.da.obk.end(), [&](const device::ObkDestination& d) {
        return d.destination == obk.destination;
    });
    if (known == f.da.obk.end()) {
        Error e =
            makeError("lab.obk-destination",
                      fmt::format("{} is not a DA .obk destination of {}.", hex32(obk.destination), f.name),
                      f.da.passwordOtpAddress ? "This part keeps its DA password hash in OTP." : "");
        e.with("destination", hex32(obk.destination));
        return e;
    }
    m_obkKeys[obk.destination] = obk.payload;
    // The method's DBG_AUTH code, or the Locked state's for DA_ConfigLock.obk.
    std::optional<optionbytes::FieldCondition> code;
    if (const auto* method = f.da.method(known->method); method && method->when)
        code = method->when;
    else if (const auto* locked = f.lifecycle.state("locked"))
        for (const auto& c : locked->registerMatch)
            if (c.field == "DBG_AUTH")
                code = c;
    if (code)
        (void)m_options->setField(code->field, code->value);
    if (const auto* provd = f.optionBytes.field("OEM_PROVD"))
        if (const auto* v = provd->valueNamed("provisioned"))
            (void)m_options->setField(provd->name, v->value);
    return {};
}

Status Stm32Chip::installPasswordHash(const auth::Sha256Digest& hash) {
    const device::Family& f = family();
    const auto* otpRegion = regionOfKind("otp");
    if (!f.da.passwordOtpAddress || !otpRegion || !m_otp)
        return makeError("lab.no-otp-password",
                         fmt::format("{} does not keep a DA password in OTP.", f.name));
    const std::uint32_t offset = *f.da.passwordOtpAddress - otpRegion->base;
    m_otp->load(offset, hash);
    // Lock the OTP block that holds it (ST's scripts: -ob LOCKBL=0x1).
    for (const auto& fd : f.optionBytes.fields)
        if (fd.setOnly && fd.isRegisterField() && fd.width > 0) {
            const std::uint32_t blockBytes = otpRegion->size / fd.width;
            const std::uint32_t bit = 1u << (offset / blockBytes);
            (void)m_options->setField(fd.name, m_options->field(fd.name) | bit);
            break;
        }
    return {};
}

std::optional<StoredDaConfiguration> Stm32Chip::daConfiguration() const {
    using Method = StoredDaConfiguration::Method;
    const device::Family& f = family();
    auto methodOf = [](const std::string& name) {
        return name == "password" ? Method::Password : name == "lock" ? Method::Lock : Method::Certificate;
    };
    // The method the ROM applies: the one whose condition (TZEN / DBG_AUTH) holds.
    const device::DaMethod* active = nullptr;
    for (const auto& m : f.da.methods)
        if (!m.when || m_options->holds(*m.when)) {
            active = &m;
            break;
        }

    if (f.da.passwordOtpAddress && m_otp) {
        const auto* otpRegion = regionOfKind("otp");
        const ByteView stored = m_otp->bytes().subspan(*f.da.passwordOtpAddress - otpRegion->base, 32);
        if (allErased(stored))
            return std::nullopt;
        StoredDaConfiguration c;
        c.method = Method::Password;
        c.methodName = "password";
        std::copy(stored.begin(), stored.end(), c.credentialHash.begin());
        return c;
    }

    std::optional<auth::ObkFile> obk;
    if (m_obk) {
        const auto* region = regionOfKind("obk", true);
        const std::uint32_t dest = f.da.obkDestination(active ? active->name : "certificate").value_or(0);
        const std::uint32_t base =
            region->secureBase && dest >= *region->secureBase ? *region->secureBase : region->base;
        if (dest < base || dest - base + auth::kDaConfigPayloadSize > region->size)
            return std::nullopt;
        const ByteView payload = m_obk->bytes().subspan(dest - base, auth::kDaConfigPayloadSize);
        if (allErased(payload))
            return std::nullopt;
        obk = auth::ObkFile{dest, 0, Bytes(payload.begin(), payload.end())};
    } else {
        for (const auto& [dest, payload] : m_obkKeys) {
            auth::ObkFile candidate{dest, 0, payload};
            if (auth::isDaConfigLock(candidate)) {
                StoredDaConfiguration c;
                c.method = Method::Lock;
                c.methodName = "lock";
                c.obk = candidate;
                return c;
            }
            const std::uint32_t at = candidate.destination;  // clang 14: no capture of a binding
            const auto d =
                std::find_if(f.da.obk.begin(), f.da.obk.end(),
                             [at](const device::ObkDestination& o) { return o.destination == at; });
            if (d != f.da.obk.end() && (!active || d->method == active->name || !obk))
                obk = candidate;
        }
        if (!obk)
            return std::nullopt;
    }

    StoredDaConfiguration c;
    c.methodName = active ? active->name : "certificate";
    c.method = methodOf(c.methodName);
    c.obk = obk;
    if (auto decoded = auth::decodeDaConfiguration(*obk)) {
        c.credentialHash = decoded->credentialHash;
        c.permissions = decoded->permissions;
    } else {
        c.integrityValid = false;
        if (obk->payload.size() >= 64)
            std::copy_n(obk->payload.begin() + 32, 32, c.credentialHash.begin());
    }
    return c;
}

}  // namespace rescue::sim::stm32
