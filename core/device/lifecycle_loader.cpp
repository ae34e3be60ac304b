// Parses a family's "lifecycle" section: states, per-state debug access and the transition
// table. Every state and field a row names must exist, so a typo cannot silently make a
// transition "undocumented".

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/device/catalog_loader.h"

namespace rescue::device::detail {

namespace {

StateAccess parseAccess(const JsonCursor& c) {
    c.allowOnly({"ap0", "ap1", "secureDebug", "da", "bootloader"});
    StateAccess a;
    for (auto [key, target] : {std::pair{"ap0", &a.ap0}, std::pair{"ap1", &a.ap1}}) {
        auto cursor = c[key];
        auto value = apAccessFromString(cursor.str());
        if (!value)
            cursor.expected("one of full, hot-plug, non-secure, mailbox, none, unknown");
        *target = *value;
    }
    a.secureDebug = c["secureDebug"].boolean();
    auto da = c["da"];
    auto text = da.str();
    if (text == "yes")
        a.da = DaAvailability::Yes;
    else if (text == "no")
        a.da = DaAvailability::No;
    else if (text == "not-needed")
        a.da = DaAvailability::NotNeeded;
    else
        da.expected("one of yes, no, not-needed");
    a.bootloader = c["bootloader"].str();
    return a;
}

LifecycleState parseState(const JsonCursor& c, const optionbytes::FieldTable& table) {
    c.allowOnly({"id", "name", "code", "userSettable", "transient", "final", "access", "registerMatch",
                 "psaLifecycle"});
    LifecycleState s;
    s.id = c["id"].str();
    s.name = c["name"].str();
    auto code = c["code"].u32();
    if (code > 0xFF)
        c["code"].fail("catalog.out-of-range",
                       fmt::format("a state code is one byte, found {}", hex32(code)));
    s.code = static_cast<std::uint8_t>(code);
    s.userSettable = c["userSettable"].boolean();
    if (auto t = c.optional("transient"))
        s.transient = t->boolean();
    if (auto f = c.optional("final"))
        s.final = f->boolean();
    s.access = parseAccess(c["access"]);
    if (auto m = c.optional("registerMatch")) {
        for (const auto& cond : m->array())
            s.registerMatch.push_back(parseCondition(cond, table));
        s.registerMatchConfirmed = !m->isValueObject() || !m->has("confirmed") || (*m)["confirmed"].boolean();
    }
    if (auto p = c.optional("psaLifecycle")) {
        auto v = p->u32();
        if (v > 0xFFFF)
            p->fail("catalog.out-of-range", "the PSA lifecycle value is 16 bits");
        s.psaLifecycle = static_cast<std::uint16_t>(v);
    }
    if (auto conf = c.optional("confirmed"))
        s.confirmed = conf->boolean();
    if (auto n = c.optional("note"))
        s.note = n->strOrEmpty();
    return s;
}

std::string stateRef(const JsonCursor& c, const Lifecycle& lc, bool allowAny) {
    auto id = c.str();
    if (allowAny && id == "*")
        return id;
    if (!lc.state(id) || lc.state(id)->id != id)
        c.fail("catalog.unknown-reference", fmt::format("\"{}\" is not a state id of this family", id));
    return id;
}

}  // namespace

Lifecycle parseLifecycle(const JsonCursor& section, const optionbytes::FieldTable& table) {
    section.allowOnly({"stateField", "openJumpStopsInProvisioning", "states", "transitions"});
    Lifecycle lc;
    auto fieldCursor = section["stateField"];
    const auto* stateField = table.field(fieldCursor.str());
    if (!stateField)
        fieldCursor.fail("catalog.unknown-reference",
                         fmt::format("\"{}\" is not an option-byte field of this family", fieldCursor.str()));
    lc.stateField = stateField->name;

    auto jump = section["openJumpStopsInProvisioning"];
    lc.openJumpStopsInProvisioning = jump.boolean();
    lc.openJumpConfirmed = !jump.isValueObject() || !jump.has("confirmed") || jump["confirmed"].boolean();

    for (const auto& sc : section["states"].array()) {
        LifecycleState s = parseState(sc, table);
        if (lc.state(s.id))
            sc["id"].fail("catalog.duplicate", fmt::format("state \"{}\" is defined twice", s.id));
        if (lc.stateByCode(s.code))
            sc["code"].fail("catalog.duplicate", fmt::format("state code {} is used twice", hex8(s.code)));
        if (!stateField->valueOf(s.code))
            sc["code"].fail("catalog.unknown-reference",
                            fmt::format("code {} is not a value of field {}", hex8(s.code), lc.stateField));
        lc.states.push_back(std::move(s));
    }

    for (const auto& tc : section["transitions"].array()) {
        tc.allowOnly({"from", "to", "mechanism", "allowed", "outcome", "requires", "evidence"});
        Transition proto;
        auto mech = tc["mechanism"];
        auto m = transitionMechanismFromString(mech.str());
        if (!m)
            mech.expected(
                "one of option-bytes, boot-rom-service, da-full-regression, da-partial-regression, hardware, "
                "any");
        proto.mechanism = *m;
        proto.allowed = tc["allowed"].boolean();
        if (auto o = tc.optional("outcome"))
            proto.outcome = stateRef(*o, lc, false);
        if (auto r = tc.optional("requires"))
            for (const auto& cond : r->array())
                proto.requirements.push_back(parseCondition(cond, table));
        auto ev = tc["evidence"];
        auto e = evidenceLevelFromString(ev.str());
        if (!e)
            ev.expected(
                "one of script, header, svd, log, forum, wiki, app-note, third-party, inferred, unverified");
        proto.evidence = *e;
        if (auto s = tc.optional("source"))
            proto.source = s->strOrEmpty();
        if (auto n = tc.optional("note"))
            proto.note = n->strOrEmpty();
        if (auto conf = tc.optional("confirmed"))
            proto.confirmed = conf->boolean();
        // "from" and "to" may list several states; the row stands for every pair.
        for (const auto& fromCursor : tc["from"].stringOrArray()) {
            for (const auto& toCursor : tc["to"].stringOrArray()) {
                Transition t = proto;
                t.from = stateRef(fromCursor, lc, false);
                t.to = stateRef(toCursor, lc, true);
                lc.transitions.push_back(std::move(t));
            }
        }
    }
    return lc;
}

}  // namespace rescue::device::detail
