#include "core/optionbytes/ob_change_operation.h"

#include <fmt/format.h>

#include "core/optionbytes/assignment.h"
#include "core/optionbytes/decode.h"
#include "core/optionbytes/flash_erase.h"
#include "core/optionbytes/ob_json.h"

namespace rescue::optionbytes {

Result<ChangeRequest> changeFromAssignments(const ObTarget& target, const std::vector<std::string>& lines) {
    std::vector<Assignment> all;
    for (const auto& line : lines) {
        auto parsed = parseObArguments(target.image.table(), line);
        if (!parsed)
            return parsed.error();
        all.insert(all.end(), parsed->begin(), parsed->end());
    }
    return makeChangeRequest(target.image, all);
}

Result<ChangeRequest> changeFromJson(const ObTarget& target, const std::string& text) {
    auto imported = importJson(text, *target.catalog);
    if (!imported)
        return imported.error();
    if (imported->image.familyPtr() != target.image.familyPtr())
        return makeError("optionbytes.json-family",
                         fmt::format("The file is for {}, the target is {}.", imported->image.family().name,
                                     target.image.family().name),
                         "Import a file exported from a board of the same family.");
    auto request = makeChangeRequest(target.image, imported->image);
    if (imported->productState)
        request.productState = imported->productState;
    return request;
}

Result<ChangeRequest> wrpFixChange(const ObTarget& target) {
    if (!target.part)
        return makeError("ob.no-target",
                         "The part's flash size could not be identified, so its sectors are not known.",
                         "Run rescue connect to see what answers.");
    return changeFromAssignments(target, clearWrpAssignments(*target.part));
}

namespace {

// Closing moves depend on a DA configuration being provisioned; only the chip can say.
bool closesDevice(const ObTarget& target, const ChangeRequest& request) {
    if (!request.productState)
        return false;
    const auto* to = target.family().lifecycle.stateByCode(*request.productState);
    return to && to->id != "open" && to->id != "provisioning" && !to->transient;
}

}  // namespace

bool needsDaDiscovery(const ObTarget& target, const ChangeRequest& request) {
    return closesDevice(target, request);
}

ChangePreview previewChange(const ObTarget& target, const ChangeRequest& request,
                            const std::optional<DaLook>& da) {
    ChangePreview p;
    const device::Part* part = target.partPtr();
    const auto before = decode(request.current, part);
    const auto after = decode(request.proposed, part);
    for (const auto& nf : after.fields) {
        const auto* of = before.field(nf.field->name);
        if (!of || of->value == nf.value || nf.field->isAggregate())
            continue;
        p.changes.push_back({nf.field->name, of->display, nf.display, {}});
    }
    const auto& lc = request.current.family().lifecycle;
    const auto* sf = request.current.table().field(lc.stateField);
    if (request.productState && sf && !sf->isRegisterField())
        p.changes.push_back(
            {sf->name, {}, describeValue(*sf, *request.productState, part), sf->serviceCommand});

    PolicyContext ctx;
    ctx.part = part;
    ctx.deviceName = target.deviceName;
    if (da && closesDevice(target, request)) {
        p.da = da->da;
        ctx.da = da->da;
        // Where the registers cannot show the state (H7RS Provisioning reads like Open), the
        // discovery's answer is the state in force.
        if (da->state && registersHideProvisioning(target.family()))
            p.stateInForce = ctx.stateInForce = da->state->id;
    }
    p.report = TransitionPolicy(ctx).check(request);
    return p;
}

ObChangeOperation::ObChangeOperation(probe::DebugProbe& probe, const ObTarget& target, ChangeRequest request,
                                     std::optional<DaLook> knownDa)
    : m_probe(probe), m_target(target), m_request(std::move(request)), m_da(std::move(knownDa)) {}

const ChangePreview& ObChangeOperation::preview() {
    if (m_preview)
        return *m_preview;
    if (!m_da && closesDevice(m_target, m_request)) {
        const bool askInOpen = registersHideProvisioning(m_target.family());
        m_da = lookForDa(m_probe, m_target.catalog, m_request.current.familyPtr(), stateOf(m_request.current),
                         askInOpen);
    }
    m_preview = previewChange(m_target, m_request, m_da);
    return *m_preview;
}

Result<WriteOutcome> ObChangeOperation::run(const std::vector<std::string>& confirmations) {
    const ChangePreview& p = preview();
    if (p.refused())
        return makeError("ob.refused", "The validator refused the change: nothing was written.",
                         "See the findings above for what to do instead.");
    if (!p.report.confirmedBy(confirmations)) {
        const auto phrases = p.report.requiredPhrases();
        Error e =
            makeError("ob.unconfirmed",
                      "This change cannot be undone by any tool and was not confirmed: nothing was written.",
                      fmt::format("Repeat the phrase exactly: --confirm \"{}\"", phrases[0]));
        for (const auto& phrase : phrases)
            e.with("phrase", phrase);
        return e;
    }
    WriteOutcome outcome;
    if (!m_request.changesRegisters() && !m_request.productState)
        return outcome;
    auto done = programOptionBytes(m_probe, m_request, m_target.partPtr());
    if (!done)
        return done.error();
    outcome.written = true;
    outcome.program = std::move(*done);
    return outcome;
}

}  // namespace rescue::optionbytes
