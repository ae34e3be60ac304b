#pragma once
// The validator's rules, one file per kind; TransitionPolicy runs them in this order.

#include <string>
#include <vector>

#include "core/optionbytes/finding.h"
#include "core/optionbytes/transition_policy.h"

namespace rescue::optionbytes::rules {

struct RuleInput {
    const ChangeRequest& request;
    const PolicyContext& context;
    const device::LifecycleState* state = nullptr;  // in force, null when unknown
    std::string device;                             // "STM32H533" (part line) or the family's name
};

inline constexpr const char* kReference = "stm32-lifecycle-and-option-bytes.md";

// PRODUCT_STATE: codes, forward only, Open's one step, requirements, Locked, closing without DA.
void lifecycleMove(const RuleInput& in, std::vector<Finding>& out);
// Every other changed field: read-only, coded values, frozen, set-only, boot locks, TZEN, reserved bits.
void fieldChanges(const RuleInput& in, std::vector<Finding>& out);
// Write protection: newly protected sectors, every sector protected.
void writeProtection(const RuleInput& in, std::vector<Finding>& out);
// HDP and SECWM areas (start/end): no area, outside the bank, hiding the boot code.
void areaRanges(const RuleInput& in, std::vector<Finding>& out);
// NSBOOTADD / SECBOOTADD: inside user flash, system flash or SRAM, in the field's domain.
void bootAddresses(const RuleInput& in, std::vector<Finding>& out);

}  // namespace rescue::optionbytes::rules
