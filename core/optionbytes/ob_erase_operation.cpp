#include "core/optionbytes/ob_erase_operation.h"

namespace rescue::optionbytes {

ObEraseOperation::ObEraseOperation(probe::DebugProbe& probe, const ObTarget& target, EraseRequest request,
                                   std::string probeUri)
    : m_probe(probe), m_target(target), m_request(request), m_probeUri(std::move(probeUri)) {}

ErasePreview ObEraseOperation::preview() const {
    ErasePreview p;
    if (!m_target.part)
        return p;
    for (auto& m : wrpMaps(m_target.image, *m_target.part)) {
        if (m_request.kind == EraseRequest::Kind::Bank && m.bank != m_request.bank)
            continue;
        p.blockedByWrp = p.blockedByWrp || m.anyProtected();
        p.protection.push_back(std::move(m));
    }
    return p;
}

Result<EraseOutcome> ObEraseOperation::run() {
    if (!m_target.part)
        return makeError("ob.no-target",
                         "The part's flash size could not be identified, so its sectors are not known.",
                         "Run rescue connect to see what answers.");
    EraseOptions options;
    options.probeUri = m_probeUri;
    options.ap = m_target.coreAp;
    return eraseFlash(m_probe, *m_target.part, m_request, options);
}

std::string offeredFix(const Error& error) {
    if (error.code != "ob.erase-wrp")
        return {};
    for (const auto& ev : error.evidence)
        if (ev.name == "fix")
            return ev.value;
    return {};
}

}  // namespace rescue::optionbytes
