#include "core/sim/arm/cortex_m.h"

namespace rescue::sim::arm {

namespace {
constexpr std::uint32_t kDhcsrControlMask =
    dhcsr::kCDebugEn | dhcsr::kCHalt | dhcsr::kCStep | dhcsr::kCMaskInts;
// DEMCR: VC_* (bits 0, 4-11), MON_EN/PEND/STEP/REQ (16-19), TRCENA (24).
constexpr std::uint32_t kDemcrWritableV7 = 0x010F07F1;
constexpr std::uint32_t kDemcrWritableV8 = 0x010F0FF1;
constexpr std::uint32_t kXpsrThumb = 1u << 24;
}  // namespace

CortexM::CortexM(CortexMConfig config, Bus& systemBus)
    : m_config(config), m_systemBus(systemBus), m_resetVtor(config.resetVectorTable) {
    // A core comes out of the factory held in power-on reset: the board releases it once
    // its memories are in place, which fetches the vectors like a real power-up.
    assertReset(ResetKind::PowerOn);
    m_resetCount = 0;
}

void CortexM::setSystemResetRequestHandler(std::function<void()> handler) {
    m_sysResetHandler = std::move(handler);
}

// ---- bus --------------------------------------------------------------------------------

BusRead CortexM::read(std::uint32_t offset, AccessSize size) {
    if (!isAligned(offset, size) || offset >= kPpbSize)
        return {BusStatus::Fault, 0};
    const std::uint32_t address = kPpbBase + offset;
    const std::uint32_t word = readWord(address & ~3u);
    return {BusStatus::Ok, (word >> (8 * (address & 3u))) & maskOf(size)};
}

BusStatus CortexM::write(std::uint32_t offset, std::uint32_t value, AccessSize size) {
    if (!isAligned(offset, size) || offset >= kPpbSize)
        return BusStatus::Fault;
    const std::uint32_t address = kPpbBase + offset;
    if (size == AccessSize::Word) {
        writeWord(address, value);
        return BusStatus::Ok;
    }
    // A narrow write merges into the current word (without DHCSR's clear-on-read).
    const std::uint32_t aligned = address & ~3u;
    const std::uint32_t current = aligned == scs::kDhcsr ? peekDhcsr() : readWord(aligned);
    const unsigned shift = 8 * (address & 3u);
    const std::uint32_t mask = maskOf(size) << shift;
    writeWord(aligned, (current & ~mask) | ((value << shift) & mask));
    return BusStatus::Ok;
}

std::uint32_t CortexM::readWord(std::uint32_t address) {
    const bool v8 = m_config.architecture == CoreArchitecture::V8M;
    switch (address) {
        case scs::kCpuid:
            return m_config.cpuid;
        case scs::kIcsr:
            return 0;
        case scs::kVtor:
            return m_vtor;
        case scs::kAircr:
            return aircr::kVectKeyStat | (m_prigroup << 8);
        case scs::kDfsr:
            return m_dfsr;
        case scs::kDhcsr:
            return readDhcsr();
        case scs::kDcrsr:
            return 0;
        case scs::kDcrdr:
            return m_dcrdr;
        case scs::kDemcr:
            return m_demcr;
        case scs::kMvfr0:
            return m_config.mvfr0;
        case scs::kMvfr1:
            return m_config.mvfr1;
        case scs::kMvfr2:
            return m_config.mvfr2;
        case scs::kDauthstatus:
            return v8 ? m_config.dauthstatus : 0;
        case scs::kDwtCtrl:
            return (m_config.dwtComparators << 28) | (m_dwtCtrl & 0x0FFFFFFF);
        case scs::kFpCtrl: {
            const std::uint32_t code = m_config.fpbCodeComparators;
            const std::uint32_t revision = (v8 || (m_config.cpuid & 0xFFF0) == 0xC270) ? 1 : 0;
            return (revision << 28) | (((code >> 4) & 0x7) << 12) |
                   ((m_config.fpbLiteralComparators & 0xF) << 8) | ((code & 0xF) << 4) | m_fpCtrlEnable;
        }
        default: {
            auto it = m_plain.find(address);
            return it == m_plain.end() ? 0 : it->second;
        }
    }
}

void CortexM::writeWord(std::uint32_t address, std::uint32_t value) {
    const bool v8 = m_config.architecture == CoreArchitecture::V8M;
    switch (address) {
        case scs::kCpuid:
        case scs::kMvfr0:
        case scs::kMvfr1:
        case scs::kMvfr2:
        case scs::kDauthstatus:
        case scs::kIcsr:
            return;
        case scs::kVtor:
            m_vtor = value & ~0x7Fu;
            return;
        case scs::kAircr:
            writeAircr(value);
            return;
        case scs::kDfsr:
            m_dfsr &= ~value;
            return;
        case scs::kDhcsr:
            writeDhcsr(value);
            return;
        case scs::kDcrsr:
            writeDcrsr(value);
            return;
        case scs::kDcrdr:
            m_dcrdr = value;
            return;
        case scs::kDemcr:
            m_demcr = value & (v8 ? kDemcrWritableV8 : kDemcrWritableV7);
            return;
        case scs::kDwtCtrl:
            m_dwtCtrl = value & 0x0FFFFFFF;
            return;
        case scs::kFpCtrl:
            if (value & 0x2)  // KEY: the write only counts with bit 1 set
                m_fpCtrlEnable = value & 0x1;
            return;
        case scs::kCfsr:
        case scs::kHfsr:
            m_plain[address] &= ~value;
            return;  // write-one-to-clear
        default:
            m_plain[address] = value;
            return;
    }
}

// ---- DHCSR ------------------------------------------------------------------------------

std::uint32_t CortexM::peekDhcsr() const {
    std::uint32_t v = (m_dhcsrControl & kDhcsrControlMask) | dhcsr::kSRegRdy;
    if (m_state == CoreState::Halted)
        v |= dhcsr::kSHalt;
    if (m_state == CoreState::Lockup)
        v |= dhcsr::kSLockup;
    if (m_config.architecture == CoreArchitecture::V8M) {
        if (m_secureDebug)
            v |= dhcsr::kSSde;
        if (m_restartSticky)
            v |= dhcsr::kSRestartSt;
    }
    // S_RESET_ST stays set while the core is held in reset; S_RETIRE_ST whenever a running
    // core has had time to retire instructions since the last read.
    if (m_resetSticky || m_state == CoreState::Reset)
        v |= dhcsr::kSResetSt;
    if (m_retireSticky || m_state == CoreState::Running)
        v |= dhcsr::kSRetireSt;
    return v;
}

std::uint32_t CortexM::readDhcsr() {
    const std::uint32_t v = peekDhcsr();
    // The sticky status bits clear when read.
    m_resetSticky = false;
    m_retireSticky = false;
    m_restartSticky = false;
    return v;
}

void CortexM::writeDhcsr(std::uint32_t value) {
    if ((value & 0xFFFF0000u) != dhcsr::kDbgKey)
        return;  // without DBGKEY the write is ignored
    std::uint32_t control = value & kDhcsrControlMask;
    if (!(control & dhcsr::kCDebugEn))
        control = 0;  // C_HALT/C_STEP/C_MASKINTS only mean something with C_DEBUGEN
    m_dhcsrControl = control;
    if (m_state == CoreState::Reset)
        return;  // takes effect when the reset is released
    if ((control & dhcsr::kCDebugEn) && (control & dhcsr::kCHalt)) {
        if (m_state != CoreState::Halted)
            halt(dfsr::kHalted);
        return;
    }
    if (m_state != CoreState::Halted)
        return;
    if (control & dhcsr::kCStep) {
        // One instruction and back to debug state: the lab's core runs nothing, so only
        // the status bits show the step.
        m_retireSticky = true;
        m_restartSticky = true;
        halt(dfsr::kHalted);
        return;
    }
    resume();
}

void CortexM::halt(std::uint32_t reason) {
    m_state = CoreState::Halted;
    m_dhcsrControl |= dhcsr::kCHalt;
    m_dfsr |= reason;
}

void CortexM::resume() {
    m_state = CoreState::Running;
    m_dhcsrControl &= ~dhcsr::kCHalt;
    m_restartSticky = true;
}

// ---- core registers ---------------------------------------------------------------------

void CortexM::writeDcrsr(std::uint32_t value) {
    if (m_state != CoreState::Halted)
        return;  // transfers need debug state
    const auto regsel = static_cast<std::uint8_t>(value & 0x7F);
    if (value & (1u << 16))
        setCoreRegister(regsel, m_dcrdr);
    else
        m_dcrdr = coreRegister(regsel);
}

std::uint32_t CortexM::coreRegister(std::uint8_t regsel) const {
    if (regsel >= core_reg::kCount)
        return 0;
    if (regsel == core_reg::kSp)
        return m_regs[core_reg::kMsp];
    return m_regs[regsel];
}

void CortexM::setCoreRegister(std::uint8_t regsel, std::uint32_t value) {
    if (regsel >= core_reg::kCount)
        return;
    if (regsel == core_reg::kSp || regsel == core_reg::kMsp) {
        m_regs[core_reg::kMsp] = value & ~3u;
        m_regs[core_reg::kSp] = value & ~3u;
        return;
    }
    m_regs[regsel] = value;
}

// ---- resets -----------------------------------------------------------------------------

void CortexM::writeAircr(std::uint32_t value) {
    if ((value & 0xFFFF0000u) != aircr::kVectKey)
        return;  // without VECTKEY the write is ignored
    m_prigroup = (value >> 8) & 0x7;
    if (value & aircr::kSysResetReq) {
        if (m_sysResetHandler)
            m_sysResetHandler();
        else
            pulseReset(ResetKind::System);
        return;
    }
    if ((value & aircr::kVectReset) && m_config.architecture == CoreArchitecture::V7M)
        pulseReset(ResetKind::Core);
}

void CortexM::resetDebugLogic() {
    m_dhcsrControl = 0;
    m_demcr = 0;
    m_dfsr = 0;
    m_dcrdr = 0;
    m_fpCtrlEnable = 0;
    m_dwtCtrl = 0;
    m_prigroup = 0;
    m_plain.clear();
}

void CortexM::assertReset(ResetKind kind) {
    if (m_state != CoreState::Reset || kind == ResetKind::PowerOn)
        m_resetKind = kind;
    m_state = CoreState::Reset;
    m_resetSticky = true;
    ++m_resetCount;
    if (kind == ResetKind::PowerOn)
        resetDebugLogic();
    // A reset ends any halt request; a debugger that wants the core halted after reset
    // sets VC_CORERESET or writes C_HALT while the reset is held.
    m_dhcsrControl &= ~(dhcsr::kCHalt | dhcsr::kCStep);
}

void CortexM::releaseReset() {
    if (m_state != CoreState::Reset)
        return;
    leaveReset();
}

void CortexM::pulseReset(ResetKind kind) {
    assertReset(kind);
    leaveReset();
}

void CortexM::leaveReset() {
    // "Reset, or is being reset, since the last read": a read during the reset does not
    // hide the reset from the first read after it.
    m_resetSticky = true;
    m_vtor = m_resetVtor;
    m_regs[core_reg::kLr] = 0xFFFFFFFF;
    m_regs[core_reg::kControl] = 0;
    const BusRead sp = m_systemBus.read(m_vtor, AccessSize::Word);
    const BusRead pc = m_systemBus.read(m_vtor + 4, AccessSize::Word);
    setCoreRegister(core_reg::kMsp, sp.status == BusStatus::Ok ? sp.value : 0);
    m_regs[core_reg::kPc] = pc.status == BusStatus::Ok ? (pc.value & ~1u) : 0;
    m_regs[core_reg::kXpsr] = (pc.status == BusStatus::Ok && (pc.value & 1u)) ? kXpsrThumb : 0;
    // The first instruction needs a Thumb entry point the bus can fetch; otherwise the
    // core takes a HardFault during reset, which is a lockup.
    const bool entryUsable = sp.status == BusStatus::Ok && pc.status == BusStatus::Ok && (pc.value & 1u) &&
                             m_systemBus.read(pc.value & ~1u, AccessSize::Half).status == BusStatus::Ok;

    const bool debugEnabled = (m_dhcsrControl & dhcsr::kCDebugEn) != 0;
    if (debugEnabled && (m_demcr & demcr::kVcCoreReset)) {
        halt(dfsr::kVCatch);
        return;
    }
    if (debugEnabled && (m_dhcsrControl & dhcsr::kCHalt)) {
        halt(dfsr::kHalted);
        return;
    }
    if (!entryUsable) {
        m_state = CoreState::Lockup;
        return;
    }
    m_state = CoreState::Running;
    m_retireSticky = true;
}

}  // namespace rescue::sim::arm
