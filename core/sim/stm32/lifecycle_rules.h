#pragma once
// How a simulated chip decides a product-state request, from the catalog's transition rows
// (resources/devices/*.json "lifecycle.transitions") and nothing else: an allowed row lands
// (if its requirements hold), a refused row with a reported outcome lands there when the
// family's "Open -> anything but Provisioning stops in Provisioning" flag is on, anything
// else is refused with the row's note as the reason.

#include <functional>
#include <string>

#include "core/device/lifecycle.h"

namespace rescue::sim::stm32 {

struct TransitionDecision {
    bool lands = false;
    const device::LifecycleState* landsIn = nullptr;  // where the chip ends up when it lands
    bool redirected = false;                          // landed somewhere else than asked
    std::string reason;                               // why it was refused or redirected
    const device::Transition* rule = nullptr;         // the row that decided, if any
};

struct TransitionQuery {
    const device::LifecycleState* from = nullptr;
    const device::LifecycleState* to = nullptr;  // nullptr: the code names no state
    device::TransitionMechanism mechanism = device::TransitionMechanism::OptionBytes;
    bool openJumpStopsInProvisioning = false;
    // When the catalog has no row: true lets the hardware's own rule stand (H7RS NVSTATE
    // toggles between OPEN and CLOSE), false refuses.
    bool allowWithoutRule = false;
    // Evaluates a row's requirement ("TZEN = 0xB4") against the option bytes in force.
    std::function<bool(const optionbytes::FieldCondition&)> holds;
};

TransitionDecision decideTransition(const device::Lifecycle& lifecycle, const TransitionQuery& query);

// The state an allowed row of `mechanism` leads to from `from` (e.g. Closed -> Regression for
// a DA full regression), and where a transient state settles by itself (Regression -> Open).
const device::LifecycleState* transitionTarget(const device::Lifecycle& lifecycle, const std::string& from,
                                               device::TransitionMechanism mechanism);
const device::LifecycleState* settledState(const device::Lifecycle& lifecycle,
                                           const device::LifecycleState& state);

}  // namespace rescue::sim::stm32
