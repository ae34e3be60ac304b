#pragma once
// What answers on the debug port, from the lifecycle state's access row in the catalog
// (lifecycle.states[].access, overridable per scenario), the chip's phase and any debug
// re-open a DA session granted (stm32-lifecycle-and-option-bytes.md section 3.3,
// adac-protocol.md section 13.2):
//   powered off            nothing drives SWDIO
//   AP0 "none" (Locked)    nothing answers (lockedDpSilent) or the DP with both APs disabled
//   NRST held              AP0 -> DBGMCU only; AP1 disabled
//   boot ROM running       AP0; AP1 only where the state gives full access (Open)
//   application running    AP1 per state: full, hot-plug (Provisioning: after boot only),
//                          non-secure (iROT-Provisioned, TZ-Closed), none (Closed)
//   debug re-opened        AP1 enabled (non-secure; secure too with a secure level) until
//                          power-off, surviving NRST (adac-protocol.md section 17 default)
// A disabled AP answers like core/sim/arm/mem_ap.h says: its ID registers read, every
// transfer faults (CSW.DeviceEn = 0), and DBGMCU_SR.AP_ENABLED shows the bit clear.

#include "core/device/lifecycle.h"
#include "core/sim/stm32/chip_parameters.h"

namespace rescue::sim::stm32 {

enum class ChipPhase { PoweredOff, InReset, BootRom, Application };
const char* chipPhaseName(ChipPhase phase);

struct DebugReopen {
    int nonSecureLevel = 0;  // 1..3 as ST's permission names say, 0 = not re-opened
    int secureLevel = 0;
    bool any() const { return nonSecureLevel > 0 || secureLevel > 0; }
    bool operator==(const DebugReopen&) const = default;
};

struct ApAvailability {
    bool dpResponds = false;
    bool ap0 = false;
    bool ap1 = false;
    bool ap1Secure = false;  // secure aliases reachable through AP1, DHCSR.S_SDE
    bool operator==(const ApAvailability&) const = default;
};

// The state's access row with the scenario's override applied.
device::StateAccess effectiveAccess(const device::LifecycleState& state, const ChipParameters& params);

ApAvailability apAvailability(const device::StateAccess& access, ChipPhase phase, const DebugReopen& reopen,
                              const ChipParameters& params);

}  // namespace rescue::sim::stm32
