#pragma once
// The steps playbooks are made of (recovery_plan.h). Internal to core/recovery.

#include <memory>
#include <string>

#include "core/recovery/recovery_plan.h"

namespace rescue::recovery::steps {

// Says the verdict and what follows from it; touches nothing.
std::unique_ptr<PlanStep> explain(std::string id, std::string title);
// DA session by the reset strategy: discovery, then (credentials given, confirmed, the
// permission offered) authentication in the same reset and the chip followed to its state.
std::unique_ptr<PlanStep> daSession();
// Identify (hot plug) and read the option bytes: part, UID, lifecycle, WRP.
std::unique_ptr<PlanStep> inspect();
// Every WRP bit back to 1 (validator, programming, read-back); skipped when nothing is protected.
std::unique_ptr<PlanStep> wrpFix();
// Mass erase (confirmed unless a regression has just erased the flash).
std::unique_ptr<PlanStep> massErase();
// Open, not write-protected, erase done: the board is back.
std::unique_ptr<PlanStep> verify();
// Provisioning with no DA: explain, provision the person's .obk (lab) or give the command.
std::unique_ptr<PlanStep> provisionDa();

// Facts from a DA discovery (provisioned, permissions, state) and the NRST lesson of the tries.
void applyDiscovery(BoardFacts& facts, const auth::DaDiscovery& discovery);

}  // namespace rescue::recovery::steps
