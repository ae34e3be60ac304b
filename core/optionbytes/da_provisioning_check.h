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

}  // namespace rescue::optionbytes
