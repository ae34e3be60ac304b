#include "core/arm/cortex_m.h"

#include <chrono>

#include <fmt/format.h>

namespace rescue::arm {

using namespace std::chrono_literals;

namespace {
// Poll interval of the bounded waits: a halt takes microseconds on silicon; polling every
// millisecond keeps a slow probe's pipe free.
constexpr auto kPoll = 1ms;
}  // namespace

Result<std::uint32_t> CortexM::readDhcsr() {
    auto v = m_probe.read32(m_ap, dhcsr::kAddress);
    if (v && (*v & dhcsr::kSResetSt))
        m_resetSeen = true;
    return v;
}

Result<CoreStatus> CortexM::status() {
    auto v = readDhcsr();
    if (!v)
        return std::move(v).error();
    return CoreStatus{*v};
}

Result<std::uint32_t> CortexM::readDemcr() {
    return m_probe.read32(m_ap, demcr::kAddress);
}

Status CortexM::writeDemcr(std::uint32_t value) {
    return m_probe.write32(m_ap, demcr::kAddress, value);
}

Result<std::uint32_t> CortexM::readCpuid() {
    return m_probe.read32(m_ap, kCpuidAddress);
}

Status CortexM::enableDebug() {
    return m_probe.write32(m_ap, dhcsr::kAddress, dhcsr::kDbgKey | dhcsr::kCDebugEn);
}

Status CortexM::halt() {
    return m_probe.write32(m_ap, dhcsr::kAddress, dhcsr::kDbgKey | dhcsr::kCDebugEn | dhcsr::kCHalt);
}

Status CortexM::resume() {
    return m_probe.write32(m_ap, dhcsr::kAddress, dhcsr::kDbgKey | dhcsr::kCDebugEn);
}

Status CortexM::waitForHalt(Clock::Duration timeout) {
    Clock& clock = m_probe.clock();
    const Clock::TimePoint deadline = clock.now() + timeout;
    CoreStatus last;
    for (;;) {
        auto s = status();
        if (!s)
            return std::move(s).error();
        last = *s;
        if (last.halted())
            return {};
        if (clock.now() >= deadline)
            break;
        clock.sleepFor(kPoll);
    }
    const char* why = "the core kept running";
    if (last.lockedUp())
        why = "the core is locked up";
    else if (last.sleeping())
        why = "the core is sleeping";
    else if (!last.debugEnabled())
        why = "halting debug is not enabled (C_DEBUGEN reads 0)";
    return makeError(std::string(probe::probe_error::kTimeout),
                     fmt::format("The core on AP{} did not halt within {:.0f} ms: {}.", m_ap,
                                 toMilliseconds(timeout), why),
                     "Try connecting under reset.")
        .with("DHCSR", fmt::format("0x{:08X}", last.dhcsr));
}

Status CortexM::setResetVectorCatch(bool enabled) {
    // Vector catch only halts a core whose halting debug is on (DHCSR.C_DEBUGEN). Turn it on
    // when it is off; never write DHCSR otherwise, since clearing C_HALT would let a halted
    // core run.
    if (enabled) {
        auto d = readDhcsr();
        if (!d)
            return std::move(d).error();
        if (!(*d & dhcsr::kCDebugEn))
            if (Status s = enableDebug(); !s)
                return s;
    }
    auto v = readDemcr();
    if (!v)
        return std::move(v).error();
    return writeDemcr(enabled ? (*v | demcr::kVcCoreReset) : (*v & ~demcr::kVcCoreReset));
}

Status CortexM::systemReset() {
    return m_probe.write32(m_ap, aircr::kAddress, aircr::kVectKey | aircr::kSysResetReq);
}

Result<std::uint32_t> CortexM::readCoreRegister(std::uint8_t regsel, Clock::Duration timeout) {
    if (Status s = m_probe.write32(m_ap, kDcrsrAddress, regsel); !s)
        return std::move(s).error();
    Clock& clock = m_probe.clock();
    const Clock::TimePoint deadline = clock.now() + timeout;
    for (;;) {
        auto s = status();
        if (!s)
            return std::move(s).error();
        if (s->dhcsr & dhcsr::kSRegRdy)
            break;
        if (clock.now() >= deadline) {
            return makeError(std::string(probe::probe_error::kTimeout),
                             fmt::format("The core on AP{} did not transfer register {} within {:.0f} ms{}.",
                                         m_ap, regsel, toMilliseconds(timeout),
                                         s->halted() ? "" : " (the core is not halted)"),
                             "Halt the core first.")
                .with("DHCSR", fmt::format("0x{:08X}", s->dhcsr));
        }
        clock.sleepFor(kPoll);
    }
    return m_probe.read32(m_ap, kDcrdrAddress);
}

}  // namespace rescue::arm
