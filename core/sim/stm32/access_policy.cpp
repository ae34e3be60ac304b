#include "core/sim/stm32/access_policy.h"

namespace rescue::sim::stm32 {

using device::ApAccess;

const char* chipPhaseName(ChipPhase phase) {
    switch (phase) {
        case ChipPhase::PoweredOff:
            return "powered off";
        case ChipPhase::InReset:
            return "held in reset";
        case ChipPhase::BootRom:
            return "boot ROM";
        case ChipPhase::Application:
            return "application";
    }
    return "unknown";
}

device::StateAccess effectiveAccess(const device::LifecycleState& state, const ChipParameters& params) {
    device::StateAccess a = state.access;
    if (auto it = params.accessOverrides.find(state.id); it != params.accessOverrides.end()) {
        if (it->second.ap0)
            a.ap0 = *it->second.ap0;
        if (it->second.ap1)
            a.ap1 = *it->second.ap1;
        if (it->second.secureDebug)
            a.secureDebug = *it->second.secureDebug;
    }
    return a;
}

ApAvailability apAvailability(const device::StateAccess& access, ChipPhase phase, const DebugReopen& reopen,
                              const ChipParameters& params) {
    ApAvailability out;
    if (phase == ChipPhase::PoweredOff)
        return out;
    if (access.ap0 == ApAccess::None && !reopen.any()) {
        out.dpResponds = !params.lockedDpSilent;
        return out;
    }
    out.dpResponds = true;
    // A transient or unknown state still has its debug APB: the ROM works through it.
    out.ap0 = true;
    if (phase == ChipPhase::InReset)
        return out;

    bool ap1 = false;
    bool secure = false;
    switch (access.ap1) {
        case ApAccess::Full:
            ap1 = true;
            secure = access.secureDebug;
            break;
        case ApAccess::HotPlug:  // opens once the ROM has handed over, never under reset
        case ApAccess::NonSecure:
            ap1 = phase == ChipPhase::Application;
            break;
        case ApAccess::Mailbox:
        case ApAccess::None:
        case ApAccess::Unknown:
            break;
    }
    if (reopen.any()) {
        ap1 = true;
        secure = secure || reopen.secureLevel > 0;
    }
    out.ap1 = ap1;
    out.ap1Secure = ap1 && secure;
    return out;
}

}  // namespace rescue::sim::stm32
