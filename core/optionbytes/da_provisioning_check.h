#pragma once
// Whether a Debug Authentication configuration is provisioned, asked of the chip itself by a
// DA discovery (ST's integrity record 0xEAEAEAEA: credentials provisioned), for the rule
// "closing without DA provisioned is irreversible and unrecoverable" (section 8 rule 6).
// Discovery needs one reset through NRST; in Open the ROM does not run DA at all, so nothing
// is asked there. What was seen (or why nothing could be) is said in `seen`.

#include <memory>

#include "core/device/catalog.h"
#include "core/optionbytes/transition_policy.h"
#include "core/probe/debug_probe.h"

namespace rescue::optionbytes {

DaProvisioningCheck checkDaProvisioning(probe::DebugProbe& probe,
                                        std::shared_ptr<const device::Catalog> catalog,
                                        std::shared_ptr<const device::Family> family,
                                        const device::LifecycleState* state, std::uint8_t coreAp = 1);

// The same look, and the lifecycle state the discovery reported (its PSA lifecycle matched to
// the catalog's states), for families whose registers cannot tell every state apart: on the
// H7RS, Provisioning reads like Open. With `askInOpen` the discovery runs even when the
// registers read Open; an Open chip simply does not answer it.
struct DaLook {
    DaProvisioningCheck da;
    const device::LifecycleState* state = nullptr;  // null: the discovery did not say
};
DaLook lookForDa(probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog,
                 std::shared_ptr<const device::Family> family, const device::LifecycleState* state,
                 bool askInOpen);

// Whether the family's registers read Provisioning like Open (a state the product-state field
// cannot show, set through the boot ROM service), so only a discovery tells them apart.
bool registersHideProvisioning(const device::Family& family);

}  // namespace rescue::optionbytes
