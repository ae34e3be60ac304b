#include "core/sim/stm32/lifecycle_rules.h"

#include <fmt/format.h>

#include "core/common/bytes.h"

namespace rescue::sim::stm32 {

using device::TransitionMechanism;

TransitionDecision decideTransition(const device::Lifecycle& lifecycle, const TransitionQuery& q) {
    TransitionDecision d;
    if (!q.to) {
        d.reason = "the value is not a product-state code of this family";
        return d;
    }
    if (q.to == q.from) {
        d.lands = true;
        d.landsIn = q.to;
        return d;
    }
    if (q.to->transient) {
        d.reason = fmt::format("{} is a state only the hardware enters (during a DA regression)", q.to->name);
        return d;
    }
    d.rule = lifecycle.rule(q.from->id, q.to->id, q.mechanism);
    if (!d.rule) {
        if (q.allowWithoutRule) {
            d.lands = true;
            d.landsIn = q.to;
            return d;
        }
        d.reason = fmt::format("no {} -> {} transition exists for this mechanism", q.from->name, q.to->name);
        return d;
    }
    if (d.rule->allowed) {
        for (const auto& need : d.rule->requirements)
            if (!q.holds || !q.holds(need)) {
                d.reason = fmt::format("{} -> {} requires {} = {}", q.from->name, q.to->name, need.field,
                                       hex8(static_cast<std::uint8_t>(need.value)));
                return d;
            }
        d.lands = true;
        d.landsIn = q.to;
        return d;
    }
    if (d.rule->outcome && q.openJumpStopsInProvisioning)
        if (const auto* outcome = lifecycle.state(*d.rule->outcome)) {
            d.lands = true;
            d.landsIn = outcome;
            d.redirected = true;
            d.reason = d.rule->note;
            return d;
        }
    d.reason = d.rule->note.empty() ? fmt::format("{} -> {} is not allowed", q.from->name, q.to->name)
                                    : d.rule->note;
    return d;
}

const device::LifecycleState* transitionTarget(const device::Lifecycle& lifecycle, const std::string& from,
                                               TransitionMechanism mechanism) {
    for (const auto& s : lifecycle.states) {
        const auto* r = lifecycle.rule(from, s.id, mechanism);
        if (r && r->allowed && r->mechanism == mechanism)
            return &s;
    }
    return nullptr;
}

const device::LifecycleState* settledState(const device::Lifecycle& lifecycle,
                                           const device::LifecycleState& state) {
    if (!state.transient)
        return &state;
    if (const auto* next = transitionTarget(lifecycle, state.id, TransitionMechanism::Hardware))
        return next;
    return &state;
}

}  // namespace rescue::sim::stm32
