#include "core/optionbytes/transition_policy.h"

#include "core/optionbytes/policy_rules.h"

namespace rescue::optionbytes {

const device::LifecycleState* stateOf(const OptionByteImage& image) {
    const auto& lc = image.family().lifecycle;
    auto code = image.field(lc.stateField);
    if (!code)
        return nullptr;
    return lc.stateByCode(static_cast<std::uint8_t>(*code));
}

Result<ChangeRequest> makeChangeRequest(const OptionByteImage& current,
                                        const std::vector<Assignment>& assignments) {
    ChangeRequest request{current, current, std::nullopt};
    const std::string& stateField = current.family().lifecycle.stateField;
    for (const auto& a : assignments) {
        if (a.field->matchesName(stateField)) {
            request.productState = static_cast<std::uint8_t>(a.value);
            if (a.field->isRegisterField())
                if (Status s = request.proposed.setField(a.field->name, a.value); !s)
                    return s.error();
            continue;
        }
        if (Status s = request.proposed.setField(a.field->name, a.value); !s)
            return s.error();
    }
    if (request.productState) {
        auto now = current.field(stateField);
        if (now && *now == *request.productState)
            request.productState.reset();
    }
    return request;
}

ChangeRequest makeChangeRequest(const OptionByteImage& current, const OptionByteImage& target) {
    ChangeRequest request{current, target, std::nullopt};
    const std::string& stateField = current.family().lifecycle.stateField;
    auto now = current.field(stateField);
    auto wanted = target.field(stateField);
    if (now && wanted && *now != *wanted)
        request.productState = static_cast<std::uint8_t>(*wanted);
    return request;
}

PolicyReport TransitionPolicy::check(const ChangeRequest& request) const {
    const device::LifecycleState* state =
        m_context.stateInForce.empty() ? stateOf(request.current)
                                       : request.current.family().lifecycle.state(m_context.stateInForce);
    rules::RuleInput in{request, m_context, state,
                        !m_context.deviceName.empty() ? m_context.deviceName
                        : m_context.part              ? m_context.part->line
                                                      : request.current.family().name};
    PolicyReport report;
    rules::lifecycleMove(in, report.findings);
    rules::fieldChanges(in, report.findings);
    rules::writeProtection(in, report.findings);
    rules::areaRanges(in, report.findings);
    rules::bootAddresses(in, report.findings);
    return report;
}

}  // namespace rescue::optionbytes
