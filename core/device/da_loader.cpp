// Parses a family's "debugAuthentication" section. Most values are not public; the file
// writes them as value objects with "confirmed": false and the candidates as "alternatives".

#include <cstdio>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/device/catalog_loader.h"

namespace rescue::device::detail {

namespace {

std::uint16_t u16(const JsonCursor& c) {
    auto v = c.u32();
    if (v > 0xFFFF)
        c.fail("catalog.out-of-range", fmt::format("expected a 16-bit value, found {}", hex32(v)));
    return static_cast<std::uint16_t>(v);
}

std::uint8_t u8(const JsonCursor& c) {
    auto v = c.u32();
    if (v > 0xFF)
        c.fail("catalog.out-of-range", fmt::format("expected an 8-bit value, found {}", hex32(v)));
    return static_cast<std::uint8_t>(v);
}

std::vector<std::uint8_t> byteString(const JsonCursor& c) {
    auto bytes = fromHex(c.str());
    if (!bytes)
        c.fail("catalog.bad-hex",
               fmt::format("expected bytes written in hex such as \"20 00\", found \"{}\"", c.str()));
    return *bytes;
}

std::array<std::uint8_t, 3> version3(const JsonCursor& c) {
    unsigned a = 0, b = 0, d = 0;
    char extra = 0;
    auto text = c.str();
    if (std::sscanf(text.c_str(), "%u.%u.%u%c", &a, &b, &d, &extra) != 3 || a > 255 || b > 255 || d > 255)
        c.expected("a version such as \"2.4.0\"");
    return {static_cast<std::uint8_t>(a), static_cast<std::uint8_t>(b), static_cast<std::uint8_t>(d)};
}

DiscoveryProfile parseDiscovery(const JsonCursor& c) {
    c.allowOnly({"authVersion", "sdaVersion", "vendorIdBytes", "hdplStatus", "tokenFormats", "certFormats",
                 "cryptosystems", "passwordCryptosystems", "integrityProvisioned", "integrityNotProvisioned",
                 "permissionsTlv", "padded"});
    DiscoveryProfile d;
    unsigned major = 0, minor = 0;
    char extra = 0;
    auto auth = c["authVersion"];
    if (std::sscanf(auth.str().c_str(), "%u.%u%c", &major, &minor, &extra) != 2 || major > 255 || minor > 255)
        auth.expected("a version such as \"1.0\"");
    d.authVersion = {static_cast<std::uint8_t>(major), static_cast<std::uint8_t>(minor)};
    d.sdaVersion = version3(c["sdaVersion"]);
    d.vendorIdBytes = byteString(c["vendorIdBytes"]);
    for (const auto& alt : c["vendorIdBytes"].alternatives())
        d.vendorIdAlternatives.push_back(byteString(alt));
    for (const auto& [name, value] : c["hdplStatus"].members())
        d.hdplStatus.emplace_back(name, value.u32());
    for (const auto& v : c["tokenFormats"].array())
        d.tokenFormats.push_back(u16(v));
    for (const auto& v : c["certFormats"].array())
        d.certFormats.push_back(u16(v));
    for (const auto& v : c["cryptosystems"].array())
        d.cryptosystems.push_back(u8(v));
    for (const auto& v : c["passwordCryptosystems"].array())
        d.passwordCryptosystems.push_back(u8(v));
    d.integrityProvisioned = c["integrityProvisioned"].u32();
    d.integrityNotProvisioned = c["integrityNotProvisioned"].u32();
    d.permissionsTlv = u16(c["permissionsTlv"]);
    d.padded = c["padded"].boolean();
    return d;
}

}  // namespace

DebugAuthentication parseDebugAuthentication(const JsonCursor& c, const optionbytes::FieldTable& table) {
    c.allowOnly({"methods", "requestMagic", "reply", "ack", "graceWindowMs", "idleHostTimeoutMs",
                 "replyBudgetMs", "whenNotProvisioned", "discovery", "permissions", "obk", "passwordOtp"});
    DebugAuthentication da;
    for (const auto& mc : c["methods"].array()) {
        mc.allowOnly({"name", "when", "actions"});
        DaMethod m;
        m.name = mc["name"].str();
        if (auto w = mc.optional("when"))
            m.when = parseCondition(*w, table);
        for (const auto& a : mc["actions"].array())
            m.actions.push_back(a.str());
        da.methods.push_back(std::move(m));
    }

    da.requestMagic = c["requestMagic"].u32();
    for (const auto& alt : c["requestMagic"].alternatives())
        da.requestMagicAlternatives.push_back(alt.u32());

    auto reply = c["reply"];
    if (reply.isString() && reply.strOrEmpty() == "echo") {
        da.replyIsEcho = true;
    } else {
        da.replyIsEcho = false;
        da.replyWord = reply.u32();
    }
    for (const auto& alt : reply.alternatives())
        da.replyWordAlternatives.push_back(alt.u32());

    auto ack = c["ack"];
    ack.allowOnly({"hostAckBit", "devAckBit", "polarity"});
    da.hostAckBit = ack["hostAckBit"].uint(31);
    da.devAckBit = ack["devAckBit"].uint(31);
    if (da.hostAckBit == da.devAckBit)
        ack["devAckBit"].fail("catalog.overlapping-fields", "HOST_ACK and DEV_ACK must be different bits");
    auto polarity = ack["polarity"].str();
    if (polarity == "code")
        da.polarity = AckPolarity::DeviceCode;
    else if (polarity == "svd-swapped")
        da.polarity = AckPolarity::SvdSwapped;
    else
        ack["polarity"].expected("\"code\" or \"svd-swapped\"");

    da.graceWindowMs = c["graceWindowMs"].uint(60000);
    da.idleHostTimeoutMs = c["idleHostTimeoutMs"].uint(600000);
    da.replyBudgetMs = c["replyBudgetMs"].uint(600000);

    auto unprovisioned = c["whenNotProvisioned"];
    auto behaviour = unprovisioned.str();
    if (behaviour == "answers-discovery")
        da.whenNotProvisioned = UnprovisionedBehaviour::AnswersDiscovery;
    else if (behaviour == "silent")
        da.whenNotProvisioned = UnprovisionedBehaviour::Silent;
    else
        unprovisioned.expected("\"answers-discovery\" or \"silent\"");

    da.discovery = parseDiscovery(c["discovery"]);

    for (const auto& pc : c["permissions"].array()) {
        pc.allowOnly({"name", "aliases", "bit", "label"});
        DaPermission p;
        p.name = pc["name"].str();
        if (auto a = pc.optional("aliases"))
            for (const auto& alias : a->array())
                p.aliases.push_back(alias.str());
        p.bit = pc["bit"].uint(127);
        p.label = pc["label"].str();
        if (auto conf = pc.optional("confirmed"))
            p.confirmed = conf->boolean();
        if (auto n = pc.optional("note"))
            p.note = n->strOrEmpty();
        if (da.permission(p.name))
            pc["name"].fail("catalog.duplicate", fmt::format("permission \"{}\" is listed twice", p.name));
        if (da.permissionAtBit(p.bit))
            pc["bit"].fail("catalog.duplicate", fmt::format("permission bit {} is listed twice", p.bit));
        da.permissions.push_back(std::move(p));
    }
    if (!da.permission("full-regression"))
        c["permissions"].fail("catalog.missing-field",
                              "every family lists the \"full-regression\" permission");

    for (const auto& oc : c["obk"].array()) {
        oc.allowOnly({"method", "destination"});
        da.obk.push_back({oc["method"].str(), oc["destination"].u32()});
    }
    if (auto otp = c.optional("passwordOtp")) {
        otp->allowOnly({"address", "lockField"});
        da.passwordOtpAddress = (*otp)["address"].u32();
        if (!table.field((*otp)["lockField"].str()))
            (*otp)["lockField"].fail("catalog.unknown-reference", "not an option-byte field of this family");
    }
    return da;
}

}  // namespace rescue::device::detail
