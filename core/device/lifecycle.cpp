#include "core/device/lifecycle.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/device/names.h"

namespace rescue::device {

const LifecycleState* Lifecycle::state(std::string_view idOrName) const {
    const std::string wanted = normalizedName(idOrName);
    for (const auto& s : states)
        if (s.id == wanted || normalizedName(s.name) == wanted)
            return &s;
    return nullptr;
}

const LifecycleState* Lifecycle::stateByCode(std::uint8_t code) const {
    for (const auto& s : states)
        if (s.code == code)
            return &s;
    return nullptr;
}

std::vector<const Transition*> Lifecycle::rules(std::string_view from, std::string_view to) const {
    std::vector<const Transition*> exact;
    std::vector<const Transition*> wildcard;
    for (const auto& t : transitions) {
        if (t.from != from)
            continue;
        if (t.to == to)
            exact.push_back(&t);
        else if (t.to == "*" && to != from)
            wildcard.push_back(&t);
    }
    exact.insert(exact.end(), wildcard.begin(), wildcard.end());
    return exact;
}

const Transition* Lifecycle::rule(std::string_view from, std::string_view to,
                                  TransitionMechanism mechanism) const {
    for (const Transition* t : rules(from, to))
        if (t->mechanism == mechanism || t->mechanism == TransitionMechanism::Any)
            return t;
    return nullptr;
}

const LifecycleState* Lifecycle::stateFromFields(
    const std::map<std::string, std::uint32_t>& fieldValues) const {
    std::vector<const LifecycleState*> candidates;
    for (const auto& s : states)
        if (!s.registerMatch.empty())
            candidates.push_back(&s);
    // Locked (NVSTATE = CLOSE and DBG_AUTH = locked) must be tried before Closed (NVSTATE = CLOSE).
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto* a, const auto* b) {
        return a->registerMatch.size() > b->registerMatch.size();
    });
    for (const auto* s : candidates) {
        bool all = std::all_of(s->registerMatch.begin(), s->registerMatch.end(), [&](const auto& c) {
            auto it = fieldValues.find(c.field);
            return it != fieldValues.end() && it->second == c.value;
        });
        if (all)
            return s;
    }
    return nullptr;
}

namespace {
template <class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value)
            return name;
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text) {
    for (const auto& [v, name] : table)
        if (name == text)
            return v;
    return std::nullopt;
}

constexpr std::array<std::pair<TransitionMechanism, std::string_view>, 6> kMechanisms{{
    {TransitionMechanism::OptionBytes, "option-bytes"},
    {TransitionMechanism::BootRomService, "boot-rom-service"},
    {TransitionMechanism::DaFullRegression, "da-full-regression"},
    {TransitionMechanism::DaPartialRegression, "da-partial-regression"},
    {TransitionMechanism::Hardware, "hardware"},
    {TransitionMechanism::Any, "any"},
}};

constexpr std::array<std::pair<EvidenceLevel, std::string_view>, 10> kEvidence{{
    {EvidenceLevel::Script, "script"},
    {EvidenceLevel::Header, "header"},
    {EvidenceLevel::Svd, "svd"},
    {EvidenceLevel::Log, "log"},
    {EvidenceLevel::Forum, "forum"},
    {EvidenceLevel::Wiki, "wiki"},
    {EvidenceLevel::AppNote, "app-note"},
    {EvidenceLevel::ThirdParty, "third-party"},
    {EvidenceLevel::Inferred, "inferred"},
    {EvidenceLevel::Unverified, "unverified"},
}};

constexpr std::array<std::pair<ApAccess, std::string_view>, 6> kAccess{{
    {ApAccess::Full, "full"},
    {ApAccess::HotPlug, "hot-plug"},
    {ApAccess::NonSecure, "non-secure"},
    {ApAccess::Mailbox, "mailbox"},
    {ApAccess::None, "none"},
    {ApAccess::Unknown, "unknown"},
}};
}  // namespace

std::string_view toString(TransitionMechanism m) {
    return nameOf(kMechanisms, m);
}
std::string_view toString(EvidenceLevel e) {
    return nameOf(kEvidence, e);
}
std::string_view toString(ApAccess a) {
    return nameOf(kAccess, a);
}
std::optional<TransitionMechanism> transitionMechanismFromString(std::string_view text) {
    return valueOf(kMechanisms, text);
}
std::optional<EvidenceLevel> evidenceLevelFromString(std::string_view text) {
    return valueOf(kEvidence, text);
}
std::optional<ApAccess> apAccessFromString(std::string_view text) {
    return valueOf(kAccess, text);
}

}  // namespace rescue::device
