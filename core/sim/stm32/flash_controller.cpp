#include "core/sim/stm32/flash_controller.h"

#include <map>

#include "core/sim/stm32/flash_engine.h"

namespace rescue::sim::stm32 {

namespace {

using arm::AccessSize;
using arm::BusRead;
using arm::BusStatus;
using detail::FlashEngine;
using detail::FlashFault;
using detail::KeyLock;
using detail::laneMerge;
using detail::laneRead;
using detail::ProgramBuffer;
using detail::RegisterNames;

// The two register dialects (stm32-lifecycle-and-option-bytes.md sections 4.1/4.5 and 6.1/6.2):
//   H5:   NSKEYR / NSCR / NSSR (flags in SR) / NSCCR, a secure copy of each on TrustZone
//         parts, STRT, SNB + BKSEL, MER; options launched by OPTCR.OPTSTRT (all registers);
//         refusal flag NSSR.OPTCHANGEERR.
//   H7RS: KEYR / CR / SR (status) + ISR (flags) / ICR, START, SSN, BER = whole flash, OTP
//         programmed with CR.PG_OTP; an option change is launched by writing an SRP register
//         while OPTCR.PG_OPT is set; refusal flag OPTISR.OPTERRF.
struct Names {
    bool h7rs = false;
    const char* keyr;
    const char* cr;
    const char* sr;
    const char* flagReg;  // where the error flags are read
    const char* clearReg;
    const char* start;
    const char* sector;
    const char* busy;
    const char* eop;
    const char* wrperr;
    const char* pgserr;
    const char* strberr;
    const char* incerr;
};

constexpr Names kH5{false, "NSKEYR", "NSCR", "NSSR",   "NSSR",   "NSCCR",   "STRT",
                    "SNB", "BSY",    "EOP",  "WRPERR", "PGSERR", "STRBERR", "INCERR"};
constexpr Names kH7rs{true,  "KEYR", "CR",   "SR",      "ISR",     "ICR",      "START",
                      "SSN", "BUSY", "EOPF", "WRPERRF", "PGSERRF", "STRBERRF", "INCERRF"};

class StmFlashController final : public FlashController {
public:
    StmFlashController(const FlashContext& ctx, const Names& names);
    const std::optional<Error>& missing() const { return m_names.missing(); }

    BusRead read(std::uint32_t offset, AccessSize size) override;
    BusStatus write(std::uint32_t offset, std::uint32_t value, AccessSize size) override;
    arm::Bus& flashPort(bool secureAlias) override { return secureAlias ? m_securePort : m_nsPort; }
    arm::Bus& otpPort() override { return m_otpPort; }
    void systemReset() override;
    bool busy() const override { return m_engine.busy(); }
    const std::optional<Error>& lastOptionError() const override { return m_lastOptionError; }

private:
    // One security side of the register set (H5 has a secure copy; H7RS only one side).
    struct Side {
        bool present = false;
        std::uint32_t keyr = 0, cr = 0, sr = 0, ccr = 0;
        KeyLock key;
        std::uint32_t crValue = 0;  // without LOCK (computed from the key) and START (self-clearing)
        std::uint32_t flags = 0;
        ProgramBuffer buffer;
        ProgramBuffer otpBuffer;
    };

    std::uint32_t srValue(const Side& s) const;
    std::uint32_t crRead(const Side& s) const { return s.crValue | (s.key.locked() ? m_lock : 0u); }
    void writeCr(Side& s, std::uint32_t value);
    void startErase(Side& s);
    BusStatus programWrite(Side& s, std::uint32_t offset, std::uint32_t value, AccessSize size, bool otp);
    void commit(Side& s, bool otp);
    void raise(Side& s, FlashFault f);
    void writeOptcr(std::uint32_t value);
    // OPTCR as stored: OPTLOCK, PG_OPT (H7RS), the SWAP_BANK mirror (H5); OPTSTRT is added
    // on reads while a change runs (it self-clears, so a read-modify-write never repeats it).
    std::uint32_t optcrValue() const;
    void writePrg(const optionbytes::RegisterDef& reg, std::uint32_t value);
    void launchOptions(const optionbytes::RegisterDef* reg);
    void finishOptions(const optionbytes::RegisterDef* reg);
    void setOptionError();

    FlashContext m_ctx;
    Names m_n;
    RegisterNames m_names;
    FlashEngine m_engine;
    Side m_ns;
    Side m_sec;
    KeyLock m_optKey;

    // Bits, resolved from the catalog.
    std::uint32_t m_lock, m_pg, m_ser, m_ber, m_fw, m_start, m_mer = 0, m_bksel = 0, m_pgOtp = 0;
    RegisterNames::Span m_sectorSpan;
    std::uint32_t m_crWritable = 0;
    std::uint32_t m_bsy, m_wbne, m_qw = 0, m_isProgram = 0, m_isErase = 0, m_isOptChange = 0;
    std::uint32_t m_eop, m_wrperr, m_pgserr, m_strberr, m_incerr, m_flagMask = 0;
    std::uint32_t m_optkeyr, m_optcr, m_optlock, m_optstrt = 0, m_pgOpt = 0, m_swapBank = 0;
    std::uint32_t m_isr = 0, m_optisr = 0, m_opticr = 0, m_opterr = 0, m_optFlags = 0;
    std::uint32_t m_optChangeErr = 0;  // H5: in the SR flags
    enum class OpKind { None, Program, Erase, Option } m_opKind = OpKind::None;

    std::map<std::uint32_t, std::pair<const optionbytes::RegisterDef*, bool>>
        m_optionRegs;                                // offset -> (reg, prg)
    std::map<std::uint32_t, std::uint32_t> m_plain;  // registers the lab only stores
    std::optional<Error> m_lastOptionError;

    detail::FunctionBus m_nsPort;
    detail::FunctionBus m_securePort;
    detail::FunctionBus m_otpPort;
};

StmFlashController::StmFlashController(const FlashContext& ctx, const Names& names)
    : m_ctx(ctx),
      m_n(names),
      m_names(ctx.part->family->flashRegisters),
      m_engine(ctx),
      m_ns{true,
           0,
           0,
           0,
           0,
           KeyLock(ctx.part->family->keys.key1, ctx.part->family->keys.key2),
           0,
           0,
           ProgramBuffer(ctx.part->family->flash.programUnitBytes),
           ProgramBuffer(2)},
      m_sec{false,
            0,
            0,
            0,
            0,
            KeyLock(ctx.part->family->keys.key1, ctx.part->family->keys.key2),
            0,
            0,
            ProgramBuffer(ctx.part->family->flash.programUnitBytes),
            ProgramBuffer(2)},
      m_optKey(ctx.part->family->keys.optKey1, ctx.part->family->keys.optKey2),
      m_nsPort([this](std::uint32_t a, AccessSize s) { return m_ctx.flash->read(a, s); },
               [this](std::uint32_t a, std::uint32_t v, AccessSize s) {
                   return programWrite(m_ns, a, v, s, false);
               }),
      m_securePort([this](std::uint32_t a, AccessSize s) { return m_ctx.flash->read(a, s); },
                   [this](std::uint32_t a, std::uint32_t v, AccessSize s) {
                       return programWrite(m_sec.present ? m_sec : m_ns, a, v, s, false);
                   }),
      m_otpPort(
          [this](std::uint32_t a, AccessSize s) {
              return m_ctx.otp ? m_ctx.otp->read(a, s) : BusRead{BusStatus::Fault, 0};
          },
          [this](std::uint32_t a, std::uint32_t v, AccessSize s) {
              return programWrite(m_ns, a, v, s, true);
          }) {
    RegisterNames& r = m_names;
    m_ns.keyr = r.offset(m_n.keyr);
    m_ns.cr = r.offset(m_n.cr);
    m_ns.sr = r.offset(m_n.sr);
    m_ns.ccr = r.offset(m_n.clearReg);
    if (!m_n.h7rs && r.has("SECCR")) {
        m_sec.present = true;
        m_sec.keyr = r.offset("SECKEYR");
        m_sec.cr = r.offset("SECCR");
        m_sec.sr = r.offset("SECSR");
        m_sec.ccr = r.offset("SECCCR");
    }
    m_lock = r.bit(m_n.cr, "LOCK");
    m_pg = r.bit(m_n.cr, "PG");
    m_ser = r.bit(m_n.cr, "SER");
    m_ber = r.bit(m_n.cr, "BER");
    m_fw = r.bit(m_n.cr, "FW");
    m_start = r.bit(m_n.cr, m_n.start);
    m_sectorSpan = r.span(m_n.cr, m_n.sector);
    if (m_n.h7rs) {
        m_pgOtp = r.bit("CR", "PG_OTP");
    } else {
        m_mer = r.bit("NSCR", "MER");
        m_bksel = r.bit("NSCR", "BKSEL");
    }
    if (const auto* cr = m_ctx.part->family->flashRegisters.registerNamed(m_n.cr))
        for (const auto& f : cr->fields)
            m_crWritable |= f.mask();
    m_crWritable &= ~(m_lock | m_start);

    m_bsy = r.bit(m_n.sr, m_n.busy);
    m_wbne = r.bit(m_n.sr, "WBNE");
    m_eop = r.bit(m_n.flagReg, m_n.eop);
    m_wrperr = r.bit(m_n.flagReg, m_n.wrperr);
    m_pgserr = r.bit(m_n.flagReg, m_n.pgserr);
    m_strberr = r.bit(m_n.flagReg, m_n.strberr);
    m_incerr = r.bit(m_n.flagReg, m_n.incerr);
    m_optkeyr = r.offset("OPTKEYR");
    m_optcr = r.offset("OPTCR");
    m_optlock = r.bit("OPTCR", "OPTLOCK");
    if (m_n.h7rs) {
        m_qw = r.bit("SR", "QW");
        m_isProgram = r.bit("SR", "IS_PROGRAM");
        m_isErase = r.bit("SR", "IS_ERASE");
        m_isOptChange = r.bit("SR", "IS_OPTCHANGE");
        m_pgOpt = r.bit("OPTCR", "PG_OPT");
        m_isr = r.offset("ISR");
        m_optisr = r.offset("OPTISR");
        m_opticr = r.offset("OPTICR");
        m_opterr = r.bit("OPTISR", "OPTERRF");
        m_flagMask = m_eop | m_wrperr | m_pgserr | m_strberr | m_incerr;
        if (const auto* isr = m_ctx.part->family->flashRegisters.registerNamed("ISR"))
            for (const auto& f : isr->fields)
                m_flagMask |= f.mask();
    } else {
        m_optstrt = r.bit("OPTCR", "OPTSTRT");
        m_swapBank = r.bit("OPTCR", "SWAP_BANK");
        m_optChangeErr = r.bit("NSSR", "OPTCHANGEERR");
        // Every NSSR bit but the status ones is a flag NSCCR clears.
        if (const auto* sr = m_ctx.part->family->flashRegisters.registerNamed("NSSR"))
            for (const auto& f : sr->fields)
                m_flagMask |= f.mask();
        m_flagMask &= ~(m_bsy | m_wbne | r.bit("NSSR", "DBNE"));
    }

    const auto& table = m_ctx.part->family->optionBytes;
    const std::uint32_t base = m_ctx.part->family->flashRegisters.base;
    for (const auto& reg : table.registers) {
        m_optionRegs[table.curAddress(reg) - base] = {&reg, false};
        m_optionRegs[table.prgAddress(reg) - base] = {&reg, true};
    }
    for (const auto& reg : m_ctx.part->family->flashRegisters.registers)
        m_plain.emplace(reg.offset, 0);
}

std::uint32_t StmFlashController::srValue(const Side& s) const {
    std::uint32_t v = m_n.h7rs ? 0u : s.flags;
    if (m_engine.busy()) {
        v |= m_bsy | m_qw;
        if (m_opKind == OpKind::Program)
            v |= m_isProgram;
        else if (m_opKind == OpKind::Erase)
            v |= m_isErase;
        else if (m_opKind == OpKind::Option)
            v |= m_isOptChange;
    }
    if (!s.buffer.empty() || !s.otpBuffer.empty())
        v |= m_wbne;
    return v;
}

BusRead StmFlashController::read(std::uint32_t offset, AccessSize size) {
    if (!arm::isAligned(offset, size))
        return {BusStatus::Fault, 0};
    const std::uint32_t w = offset & ~3u;
    std::uint32_t value = 0;
    if (auto it = m_optionRegs.find(w); it != m_optionRegs.end()) {
        const auto& [reg, prg] = it->second;
        value = (prg ? m_ctx.options->prg() : m_ctx.options->cur()).registers().at(reg->name);
    } else if (w == m_ns.keyr || w == m_optkeyr || (m_sec.present && w == m_sec.keyr)) {
        value = 0;  // key registers read as zero
    } else if (w == m_ns.cr) {
        value = crRead(m_ns);
    } else if (m_sec.present && w == m_sec.cr) {
        value = crRead(m_sec);
    } else if (w == m_ns.sr) {
        value = srValue(m_ns);
    } else if (m_sec.present && w == m_sec.sr) {
        value = srValue(m_sec);
    } else if (m_n.h7rs && w == m_isr) {
        value = m_ns.flags;
    } else if (w == m_ns.ccr || (m_sec.present && w == m_sec.ccr) || (m_n.h7rs && w == m_opticr)) {
        value = 0;
    } else if (w == m_optcr) {
        value = optcrValue();
        if (m_engine.optionChangeRunning())
            value |= m_optstrt;
    } else if (m_n.h7rs && w == m_optisr) {
        value = m_optFlags & m_opterr;
    } else if (auto p = m_plain.find(w); p != m_plain.end()) {
        value = p->second;
    }
    return {BusStatus::Ok, laneRead(value, offset, size)};
}

BusStatus StmFlashController::write(std::uint32_t offset, std::uint32_t value, AccessSize size) {
    if (!arm::isAligned(offset, size))
        return BusStatus::Fault;
    const std::uint32_t w = offset & ~3u;
    if (auto it = m_optionRegs.find(w); it != m_optionRegs.end()) {
        const auto& [reg, prg] = it->second;
        if (prg)
            writePrg(*reg, laneMerge(m_ctx.options->prg().registers().at(reg->name), offset, value, size));
        return BusStatus::Ok;  // the copies in force are read-only
    }
    const std::uint32_t word = laneMerge(0, offset, value, size);
    auto keyWrite = [](KeyLock& key, std::uint32_t v) {
        return key.write(v) ? BusStatus::Ok : BusStatus::Fault;
    };
    if (w == m_ns.keyr)
        return keyWrite(m_ns.key, word);
    if (m_sec.present && w == m_sec.keyr)
        return keyWrite(m_sec.key, word);
    if (w == m_optkeyr)
        return keyWrite(m_optKey, word);
    if (w == m_ns.cr) {
        writeCr(m_ns, laneMerge(crRead(m_ns), offset, value, size));
    } else if (m_sec.present && w == m_sec.cr) {
        writeCr(m_sec, laneMerge(crRead(m_sec), offset, value, size));
    } else if (w == m_ns.ccr) {
        m_ns.flags &= ~(word & m_flagMask);
    } else if (m_sec.present && w == m_sec.ccr) {
        m_sec.flags &= ~(word & m_flagMask);
    } else if (m_n.h7rs && w == m_opticr) {
        m_optFlags &= ~(word & m_opterr);
    } else if (w == m_optcr) {
        writeOptcr(laneMerge(optcrValue(), offset, value, size));
    } else if (auto p = m_plain.find(w); p != m_plain.end() && w != m_ns.sr && w != m_sec.sr) {
        p->second = laneMerge(p->second, offset, value, size);
    }
    return BusStatus::Ok;
}

std::uint32_t StmFlashController::optcrValue() const {
    std::uint32_t v = m_optKey.locked() ? m_optlock : 0u;
    if (m_n.h7rs)
        v |= m_optFlags & m_pgOpt;
    else if (m_swapBank && m_ctx.options->field("SWAP_BANK"))
        v |= m_swapBank;
    return v;
}

void StmFlashController::writeCr(Side& s, std::uint32_t value) {
    if (s.key.locked())
        return;  // LOCK set: the register ignores writes until the key sequence
    if (value & m_lock) {
        s.key.lock();
        s.crValue = value & m_crWritable;
        return;
    }
    s.crValue = value & m_crWritable;
    if ((value & m_fw) && !s.buffer.empty())
        commit(s, false);
    if (value & m_start)
        startErase(s);
}

void StmFlashController::raise(Side& s, FlashFault f) {
    switch (f) {
        case FlashFault::None:
            return;
        case FlashFault::WriteProtected:
            s.flags |= m_wrperr;
            return;
        case FlashFault::Sequence:
            s.flags |= m_pgserr;
            return;
        case FlashFault::Inconsistent:
            s.flags |= m_incerr;
            return;
        case FlashFault::Strobe:
            s.flags |= m_strberr;
            return;
    }
}

void StmFlashController::startErase(Side& s) {
    m_engine.waitIdle();
    const std::uint32_t kinds = s.crValue & (m_ser | m_ber | m_mer);
    if (kinds == 0)
        return;
    const bool single = (kinds & (kinds - 1)) == 0;
    if (!single || (s.crValue & m_pg)) {
        s.flags |= m_pgserr;
        return;
    }
    const auto& flash = *m_ctx.flash;
    const unsigned bank = (s.crValue & m_bksel) ? 2u : 1u;
    if (bank > flash.banks()) {
        s.flags |= m_pgserr;
        return;
    }
    auto done = [this, &s] {
        s.flags |= m_eop;
        m_opKind = OpKind::None;
    };
    FlashFault f = FlashFault::None;
    if (kinds == m_ser) {
        const unsigned sector = m_sectorSpan.get(s.crValue);
        if (sector >= flash.sectorsPerBank()) {
            s.flags |= m_pgserr;
            return;
        }
        f = m_engine.eraseSector(bank, sector, done);
    } else if (kinds == m_ber) {
        // H7RS has one bank: BER erases the whole user flash (HAL FLASH_MassErase).
        f = m_n.h7rs ? m_engine.eraseAll(done) : m_engine.eraseBank(bank, done);
    } else {
        f = m_engine.eraseAll(done);
    }
    if (f == FlashFault::None)
        m_opKind = OpKind::Erase;
    raise(s, f);
}

BusStatus StmFlashController::programWrite(Side& s, std::uint32_t offset, std::uint32_t value,
                                           AccessSize size, bool otp) {
    if (!arm::isAligned(offset, size))
        return BusStatus::Fault;
    if (otp && (!m_ctx.otp || offset + arm::bytesOf(size) > m_ctx.otp->size()))
        return BusStatus::Fault;
    m_engine.waitIdle();  // the AHB stalls while the flash is busy
    const std::uint32_t enable = otp && m_n.h7rs ? m_pgOtp : m_pg;
    if (s.key.locked() || !(s.crValue & enable) || (s.crValue & (m_ser | m_ber | m_mer))) {
        s.flags |= m_pgserr;  // a write to flash without a programming sequence
        return BusStatus::Ok;
    }
    ProgramBuffer& buffer = otp ? s.otpBuffer : s.buffer;
    switch (buffer.add(offset, value, size)) {
        case ProgramBuffer::Add::OtherUnit:
            s.flags |= m_incerr;
            buffer.clear();
            return BusStatus::Ok;
        case ProgramBuffer::Add::Rewrite:
            s.flags |= m_strberr;
            return BusStatus::Ok;
        case ProgramBuffer::Add::TooWide:
            s.flags |= m_pgserr;
            return BusStatus::Ok;
        case ProgramBuffer::Add::Accepted:
            return BusStatus::Ok;
        case ProgramBuffer::Add::Complete:
            commit(s, otp);
            return BusStatus::Ok;
    }
    return BusStatus::Ok;
}

void StmFlashController::commit(Side& s, bool otp) {
    ProgramBuffer& buffer = otp ? s.otpBuffer : s.buffer;
    const Bytes unit = buffer.data();
    const std::uint32_t at = buffer.unitOffset();
    buffer.clear();
    auto done = [this, &s] {
        s.flags |= m_eop;
        m_opKind = OpKind::None;
    };
    const FlashFault f = otp ? m_engine.programOtp(at, unit, done) : m_engine.program(at, unit, done);
    if (f == FlashFault::None)
        m_opKind = OpKind::Program;
    raise(s, f);
}

void StmFlashController::writePrg(const optionbytes::RegisterDef& reg, std::uint32_t value) {
    if (m_optKey.locked())
        return;  // OPTLOCK also locks every programming copy
    m_engine.waitIdle();
    m_ctx.options->writePrg(reg, value);
    if (m_n.h7rs && (m_optFlags & m_pgOpt))
        launchOptions(&reg);
}

void StmFlashController::writeOptcr(std::uint32_t value) {
    if (m_optKey.locked())
        return;
    if (m_n.h7rs) {
        m_optFlags = (m_optFlags & ~m_pgOpt) | (value & m_pgOpt);
    } else if (value & m_optstrt) {
        // "Not allowed while OPTCHANGEERR is set" (svd): the host must clear it first.
        if (!(m_ns.flags & m_optChangeErr))
            launchOptions(nullptr);
    }
    if (value & m_optlock)
        m_optKey.lock();
}

void StmFlashController::launchOptions(const optionbytes::RegisterDef* reg) {
    m_engine.waitIdle();
    m_opKind = OpKind::Option;
    m_engine.runOptionChange([this, reg] { finishOptions(reg); });
}

void StmFlashController::setOptionError() {
    if (m_n.h7rs) {
        m_optFlags |= m_opterr;
    } else {
        m_ns.flags |= m_optChangeErr;
        if (m_sec.present)
            m_sec.flags |= m_optChangeErr;
    }
}

void StmFlashController::finishOptions(const optionbytes::RegisterDef* reg) {
    m_opKind = OpKind::None;
    auto outcome = reg ? m_ctx.options->programRegister(*reg, ChangeSource::Debugger)
                       : m_ctx.options->program(ChangeSource::Debugger);
    if (!outcome) {
        m_lastOptionError = outcome.error();
        setOptionError();
        return;
    }
    m_lastOptionError.reset();
    if (reg)  // H7RS: this register's programming copy reloads from the new value in force
        m_ctx.options->writePrg(*reg, m_ctx.options->cur().registers().at(reg->name));
    else
        m_ctx.options->reloadPrg();
    m_ns.flags |= m_eop;
    if (m_ctx.optionsLoaded)
        m_ctx.optionsLoaded(*outcome);
}

void StmFlashController::systemReset() {
    m_engine.abandon();
    m_opKind = OpKind::None;
    for (Side* s : {&m_ns, &m_sec}) {
        s->key.reset();
        s->crValue = 0;
        s->flags = 0;
        s->buffer.clear();
        s->otpBuffer.clear();
    }
    m_optKey.reset();
    m_optFlags = 0;
}

}  // namespace

Result<std::unique_ptr<FlashController>> makeFlashController(const FlashContext& context) {
    const bool h7rs = context.part->family->flashRegisters.registerNamed("NSCR") == nullptr;
    auto controller = std::make_unique<StmFlashController>(context, h7rs ? kH7rs : kH5);
    if (controller->missing())
        return *controller->missing();
    return std::unique_ptr<FlashController>(std::move(controller));
}

}  // namespace rescue::sim::stm32
