#include "core/sim/stm32/stm32_chip.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/device/names.h"
#include "core/sim/arm/cortex_m_config.h"

namespace rescue::sim::stm32 {

namespace {

// The boot ROM stand-in placed in system flash: a vector table whose reset handler is a
// branch-to-self ("b ."), so a core booted there runs, can be halted, and shows a PC in the
// system flash, as a chip in Provisioning does ("user code does not run").
constexpr std::uint32_t kRomLoopOffset = 0x100;
constexpr std::uint16_t kThumbBranchToSelf = 0xE7FE;

arm::CortexMConfig coreConfig(const device::Family& f) {
    arm::CortexMConfig c = f.core.name.find("M7") != std::string::npos ? arm::cortexM7() : arm::cortexM33();
    if (f.core.cpuidPartno)
        c.cpuid = (c.cpuid & ~0xFFF0u) | (std::uint32_t{f.core.cpuidPartno} << 4);
    return c;
}

Error buildError(const std::string& what, const Error& cause) {
    Error e = makeError("lab.chip-build", fmt::format("The lab cannot build this chip: {}.", what),
                        "The catalog entry for this family is inconsistent; check resources/devices.");
    e.with("cause", cause.message);
    return e;
}

std::uint32_t registerBlockSize(const device::RegisterBlock& block, const optionbytes::FieldTable& table) {
    std::uint32_t top = 0;
    for (const auto& r : block.registers)
        top = std::max(top, r.offset + 4);
    for (const auto& r : table.registers)
        top = std::max({top, table.curAddress(r) - block.base + 4, table.prgAddress(r) - block.base + 4});
    return (top + 0x3FFu) & ~0x3FFu;
}

}  // namespace

Stm32Chip::Stm32Chip(device::Part part, ChipParameters params, std::uint64_t randomSeed,
                     Clock::TimePoint start)
    : m_part(std::move(part)), m_params(std::move(params)), m_timeline(start), m_random(randomSeed) {}

Stm32Chip::~Stm32Chip() = default;

Result<std::unique_ptr<Stm32Chip>> Stm32Chip::create(device::Part part, ChipParameters params,
                                                     std::uint64_t randomSeed, Clock::TimePoint start) {
    std::unique_ptr<Stm32Chip> chip(new Stm32Chip(std::move(part), std::move(params), randomSeed, start));
    if (auto s = chip->build(); !s)
        return std::move(s).error();
    return chip;
}

const device::MemoryRegion* Stm32Chip::regionOfKind(std::string_view kind, bool largest) const {
    const device::MemoryRegion* found = nullptr;
    for (const auto& r : family().memory)
        if (r.kind == kind && (!found || (largest && r.size > found->size)))
            found = &r;
    return found;
}

Status Stm32Chip::build() {
    const device::Family& f = family();
    m_options = std::make_unique<OptionBytesModel>(m_part, m_params.openJumpStopsInProvisioning);
    m_flash = std::make_unique<FlashArray>(m_part.banks(), m_part.sectorsPerBank(), f.flash.sectorBytes);

    if (const auto* r = regionOfKind("otp"))
        m_otp = std::make_unique<arm::Memory>(r->size, arm::Memory::Access::ReadOnly, 0xFF);
    if (const auto* r = regionOfKind("obk", true))
        m_obk = std::make_unique<arm::Memory>(r->size, arm::Memory::Access::ReadOnly, 0xFF);
    if (const auto* r = regionOfKind("external"))
        m_external = std::make_unique<NorFlash>(std::min(m_params.externalFlashBytes, r->size), m_params.nor);
    for (const auto& r : f.memory)
        if (r.kind == "sram")
            m_sram.push_back(
                {r.name, r.base, std::make_unique<arm::Memory>(r.size, arm::Memory::Access::ReadWrite)});

    // Identity words: UID, then the flash size and package u16s at their catalog addresses.
    {
        const std::uint32_t uidAt = f.identity.uid;
        std::uint32_t top = uidAt + 12;
        for (auto a : {f.identity.flashSize, f.identity.package})
            if (a)
                top = std::max(top, *a + 2);
        Bytes words((top - uidAt + 3) & ~3u, 0xFF);
        std::copy(m_params.uid.begin(), m_params.uid.end(), words.begin());
        if (f.identity.flashSize)
            writeLe16(words, *f.identity.flashSize - uidAt, static_cast<std::uint16_t>(m_part.flashKb));
        if (f.identity.package)
            writeLe16(words, *f.identity.package - uidAt, m_params.packageCode);
        m_info = std::make_unique<arm::Memory>(static_cast<std::uint32_t>(words.size()),
                                               arm::Memory::Access::ReadOnly);
        m_info->load(0, words);
    }
    if (const auto* r = regionOfKind("system")) {
        m_system = std::make_unique<arm::Memory>(r->size, arm::Memory::Access::ReadOnly, 0xFF);
        Bytes vectors(8);
        const std::uint32_t stackTop =
            m_sram.empty() ? 0 : m_sram.front().base + m_sram.front().memory->size();
        writeLe32(vectors, 0, stackTop);
        writeLe32(vectors, 4, r->base + kRomLoopOffset + 1);
        m_system->load(0, vectors);
        Bytes loop(2);
        writeLe16(loop, 0, kThumbBranchToSelf);
        m_system->load(kRomLoopOffset, loop);
    }

    FlashContext ctx;
    ctx.part = &m_part;
    ctx.flash = m_flash.get();
    ctx.otp = m_otp.get();
    ctx.options = m_options.get();
    ctx.timeline = &m_timeline;
    ctx.timing = m_params.flash;
    ctx.optionsLoaded = [this](const OptionChangeOutcome& o) { onOptionsLoaded(o); };
    auto controller = makeFlashController(ctx);
    if (!controller)
        return buildError("its FLASH controller", controller.error());
    m_flashCtl = std::move(controller).value();

    const std::uint16_t devId = f.devIds.empty() ? 0 : f.devIds.front();
    m_dbgmcu =
        std::make_unique<Dbgmcu>(f.dbgmcu, (std::uint32_t{m_params.revisionId} << 16) | devId, m_params.da);
    m_dbgmcu->setHostActivityObserver([this] {
        if (m_phase == ChipPhase::BootRom && m_service)
            m_service->onMailboxActivity(*this);
    });

    m_cpuBus = std::make_unique<arm::SystemBus>();
    m_core = std::make_unique<arm::CortexM>(coreConfig(f), *m_cpuBus);
    m_core->setSystemResetRequestHandler([this] { systemReset(); });
    if (auto s = mapCpuBus(); !s)
        return buildError("its memory map", s.error());

    m_ap1Bus = std::make_unique<SecureFilterBus>(*m_cpuBus);
    if (f.flash.secureBase)
        m_ap1Bus->addSecureRange(*f.flash.secureBase, m_part.flashBytes());
    for (const auto& r : f.memory)
        if (r.secureBase)
            m_ap1Bus->addSecureRange(*r.secureBase, r.size);
    if (f.flashRegisters.secureBase)
        m_ap1Bus->addSecureRange(*f.flashRegisters.secureBase,
                                 registerBlockSize(f.flashRegisters, f.optionBytes));
    for (const auto& p : f.peripherals)
        if (p.secureBase)
            m_ap1Bus->addSecureRange(*p.secureBase, 0x400);

    // AP0: the debug APB with its ROM table and the DBGMCU at every decoded base.
    m_ap0Bus = std::make_unique<arm::SystemBus>();
    std::vector<std::uint32_t> dbgmcuBases{m_params.ap0DbgmcuBase};
    for (auto alias : m_params.ap0DbgmcuAliases)
        if (alias != m_params.ap0DbgmcuBase)
            dbgmcuBases.push_back(alias);
    m_romTable = std::make_unique<RomTable>(m_params.ap0RomTable,
                                            std::vector<std::uint32_t>{m_params.ap0DbgmcuBase}, devId);
    if (auto s = m_ap0Bus->map(m_params.ap0RomTable, RomTable::kSize, *m_romTable, "AP0 ROM table"); !s)
        return buildError("AP0's ROM table", s.error());
    for (auto base : dbgmcuBases)
        if (auto s = m_ap0Bus->map(base, 0x1000, *m_dbgmcu, "DBGMCU (AP0)"); !s)
            return buildError("DBGMCU on AP0", s.error());

    arm::MemApConfig ap0Config;
    ap0Config.idr = m_params.ap0Idr;
    ap0Config.base = m_params.ap0RomTable | 0x3u;
    m_ap0 = std::make_unique<arm::MemAp>(*m_ap0Bus, ap0Config);
    arm::MemApConfig ap1Config;
    ap1Config.idr = m_params.ap1Idr;
    m_ap1 = std::make_unique<arm::MemAp>(*m_ap1Bus, ap1Config);

    arm::DebugPortConfig dpConfig;
    dpConfig.dpidr = f.dpidr;
    m_dp = std::make_unique<arm::DebugPort>(dpConfig);
    for (const auto& ap : f.accessPorts)
        m_dp->attachAp(static_cast<std::uint8_t>(ap.index), ap.role == "core" ? m_ap1.get() : m_ap0.get());

    m_phase = ChipPhase::PoweredOff;
    m_dp->powerLoss();
    updateAccess();
    return {};
}

Status Stm32Chip::mapCpuBus() {
    const device::Family& f = family();
    arm::SystemBus& bus = *m_cpuBus;
    auto mapOr = [&](std::uint32_t base, std::uint64_t size, arm::Bus& slave, std::string name) {
        return bus.map(base, size, slave, std::move(name));
    };
    if (auto s = mapOr(f.flash.base, m_part.flashBytes(), m_flashCtl->flashPort(false), "user flash"); !s)
        return s;
    if (f.flash.secureBase)
        if (auto s = mapOr(*f.flash.secureBase, m_part.flashBytes(), m_flashCtl->flashPort(true),
                           "user flash (S)");
            !s)
            return s;
    if (const auto* r = regionOfKind("otp"))
        if (auto s = mapOr(r->base, r->size, m_flashCtl->otpPort(), r->name); !s)
            return s;
    if (auto s = mapOr(f.identity.uid, m_info->size(), *m_info, "device identity"); !s)
        return s;
    if (const auto* r = regionOfKind("system")) {
        if (auto s = mapOr(r->base, r->size, *m_system, r->name); !s)
            return s;
        if (r->secureBase)
            if (auto s = mapOr(*r->secureBase, r->size, *m_system, r->name + " (S)"); !s)
                return s;
    }
    for (auto& block : m_sram)
        if (auto s = mapOr(block.base, block.memory->size(), *block.memory, block.name); !s)
            return s;
    if (const auto* r = regionOfKind("external"))
        if (auto s = mapOr(r->base, m_external->size(), *m_external, r->name); !s)
            return s;
    const std::uint32_t regSize = registerBlockSize(f.flashRegisters, f.optionBytes);
    if (auto s = mapOr(f.flashRegisters.base, regSize, *m_flashCtl, "FLASH"); !s)
        return s;
    if (f.flashRegisters.secureBase)
        if (auto s = mapOr(*f.flashRegisters.secureBase, regSize, *m_flashCtl, "FLASH (S)"); !s)
            return s;
    if (auto s = mapOr(f.dbgmcu.ap1Base, 0x400, *m_dbgmcu, "DBGMCU"); !s)
        return s;
    for (const auto& p : f.peripherals) {
        auto bank = std::make_unique<arm::RegisterBank>(arm::RegisterBank::Unmapped::ReadAsZero);
        for (const auto& r : p.registers)
            bank->define(r.offset, 0, 0xFFFFFFFFu);
        if (auto s = mapOr(p.base, 0x400, *bank, p.name); !s)
            return s;
        if (p.secureBase)
            if (auto s = mapOr(*p.secureBase, 0x400, *bank, p.name + " (S)"); !s)
                return s;
        m_peripherals.push_back(std::move(bank));
    }
    return mapOr(arm::kPpbBase, arm::kPpbSize, *m_core, "PPB");
}

auth::DaFamily Stm32Chip::daFamily() const {
    const std::uint16_t devId = family().devIds.empty() ? 0 : family().devIds.front();
    return auth::daFamilyForDevId(devId).value_or(auth::DaFamily::Stm32H5);
}

bool Stm32Chip::tzEnabled() const {
    if (!family().trustZone)
        return false;
    const auto* tzen = family().optionBytes.field("TZEN");
    const auto* enabled = tzen ? tzen->valueNamed("enabled") : nullptr;
    return enabled && m_options->field("TZEN") == enabled->value;
}

std::uint32_t Stm32Chip::systemFlashBase() const {
    const auto* r = regionOfKind("system");
    return r ? r->base : family().flash.base;
}

std::uint32_t Stm32Chip::bootAddress() const {
    // Secure boot address with TrustZone on, else the non-secure one (reference 4.5);
    // families without boot-address options boot from the start of user flash.
    const auto& table = family().optionBytes;
    for (const char* name : {tzEnabled() ? "SECBOOTADD" : "", "NSBOOTADD"})
        if (const auto* fd = *name ? table.field(name) : nullptr)
            return m_options->field(fd->name) << fd->addressShift;
    return family().flash.base;
}

// ---- access ---------------------------------------------------------------------------------

void Stm32Chip::updateAccess() {
    const device::StateAccess access = effectiveAccess(lifecycleState(), m_params);
    ApAvailability a = apAvailability(access, m_phase, m_reopen, m_params);
    if (regressionRunning())
        a.ap1 = a.ap1Secure = false;  // the ROM is erasing; nothing but the mailbox path
    m_availability = a;
    m_dp->setResponding(a.dpResponds);
    m_ap0->setEnabled(a.ap0);
    m_ap1->setEnabled(a.ap1);
    m_ap1Bus->setSecureAllowed(a.ap1Secure);
    m_core->setSecureDebugEnabled(a.ap1Secure);
    std::uint16_t present = 0;
    std::uint16_t enabled = 0;
    for (const auto& ap : family().accessPorts) {
        const auto bit = static_cast<std::uint16_t>(1u << ap.index);
        present |= bit;
        if (ap.role == "core" ? a.ap1 : a.ap0)
            enabled |= bit;
    }
    m_dbgmcu->setApStatus(present, enabled);
}

// ---- power and reset -------------------------------------------------------------------------

void Stm32Chip::powerOn() {
    if (m_phase != ChipPhase::PoweredOff)
        return;
    m_dp->reset();
    m_dbgmcu->powerOnReset();
    m_ap0->reset();
    m_ap1->reset();
    m_flashCtl->systemReset();
    m_options->reloadPrg();
    m_core->assertReset(arm::ResetKind::PowerOn);
    m_phase = ChipPhase::InReset;
    updateAccess();
    if (!m_nrstLow)
        startBoot();
}

void Stm32Chip::powerOff() {
    if (m_phase == ChipPhase::PoweredOff)
        return;
    if (m_phase == ChipPhase::BootRom && m_service)
        m_service->onAbort(*this);
    m_flashCtl->systemReset();
    m_timeline.clear();  // nothing the chip was doing survives
    m_regressionEvent = 0;
    m_core->assertReset(arm::ResetKind::PowerOn);
    m_dp->powerLoss();
    m_reopen = {};
    clearSram();
    m_phase = ChipPhase::PoweredOff;
    updateAccess();
}

void Stm32Chip::setNrst(bool low) {
    if (low == m_nrstLow)
        return;
    m_nrstLow = low;
    if (m_phase == ChipPhase::PoweredOff)
        return;
    if (low)
        enterReset();
    else if (m_phase == ChipPhase::InReset)
        startBoot();
}

void Stm32Chip::systemReset() {
    if (m_phase == ChipPhase::PoweredOff)
        return;
    enterReset();
    if (!m_nrstLow)
        startBoot();
}

void Stm32Chip::enterReset() {
    if (m_phase == ChipPhase::BootRom && m_service)
        m_service->onAbort(*this);
    m_flashCtl->systemReset();
    m_core->assertReset(arm::ResetKind::System);
    m_phase = ChipPhase::InReset;
    updateAccess();
}

void Stm32Chip::startBoot() {
    m_options->reloadPrg();
    m_phase = ChipPhase::BootRom;
    ++m_bootCount;
    updateAccess();
    if (regressionRunning() || resumeInterruptedRegression())
        return;  // the ROM finishes its erase first, then reboots
    const BootDecision d = m_service ? m_service->onBoot(*this) : BootDecision::BootApplication;
    if (d == BootDecision::BootApplication)
        leaveBootRom();
}

void Stm32Chip::leaveBootRom() {
    if (m_phase != ChipPhase::BootRom)
        return;
    const device::StateAccess access = effectiveAccess(lifecycleState(), m_params);
    const bool romBoot = access.ap1 == device::ApAccess::HotPlug;
    m_core->setResetVectorTable(romBoot ? systemFlashBase() : bootAddress());
    if (access.ap1 != device::ApAccess::Full && !m_reopen.any()) {
        // The ROM hands over with debug disabled: a vector catch armed by an earlier
        // session does not stop the core in a state that gives no full debug access.
        (void)m_core->write(arm::scs::kDhcsr - arm::kPpbBase, arm::dhcsr::kDbgKey, arm::AccessSize::Word);
    }
    m_phase = ChipPhase::Application;
    m_core->releaseReset();
    updateAccess();
}

void Stm32Chip::optionLoadReset() {
    // An option-byte reload resets the chip like a power-on of the debug domain: the
    // host's debug power-up requests are lost ("connection with the board is lost").
    m_dp->powerLoss();
    systemReset();
}

void Stm32Chip::onOptionsLoaded(const OptionChangeOutcome& outcome) {
    if (outcome.stateChanged)
        optionLoadReset();
    else
        updateAccess();
}

void Stm32Chip::clearSram() {
    for (auto& block : m_sram)
        block.memory->fill(0x00);
}

void Stm32Chip::restoreDebugReopen(DebugReopen levels) {
    m_reopen = levels;
    updateAccess();
}

}  // namespace rescue::sim::stm32
