#include "core/sim/stm32/chip_parameters.h"

#include <set>

#include <fmt/format.h>

#include "core/auth/sha256.h"
#include "core/common/bytes.h"
#include "core/device/names.h"

namespace rescue::sim::stm32 {

namespace {

using nlohmann::json;

class OverrideReader {
public:
    explicit OverrideReader(std::string_view origin) : m_origin(origin) {}

    Error error(const std::string& key, const std::string& expected, const json& found) const {
        const std::string field = key.empty() ? "chip_parameters" : "chip_parameters." + key;
        Error e =
            makeError("lab.chip-parameter", fmt::format("{}: {} must be {}.", m_origin, field, expected),
                      "See core/sim/stm32/chip_parameters.h for the keys a scenario may set.");
        e.with("file", m_origin).with("field", field).with("found", found.dump());
        return e;
    }

    Result<std::uint32_t> number(const std::string& key, const json& v) const {
        if (v.is_number_integer() && v.get<std::int64_t>() >= 0)
            return static_cast<std::uint32_t>(v.get<std::uint64_t>());
        if (v.is_string())
            if (auto n = device::parseNumber(v.get<std::string>()))
                return *n;
        return error(key, "a number (decimal or \"0x...\")", v);
    }

    Result<bool> boolean(const std::string& key, const json& v) const {
        if (v.is_boolean())
            return v.get<bool>();
        return error(key, "true or false", v);
    }

    Result<std::string> text(const std::string& key, const json& v) const {
        if (v.is_string())
            return v.get<std::string>();
        return error(key, "a string", v);
    }

private:
    std::string m_origin;
};

std::array<std::uint8_t, 12> derivedUid(std::string_view seed) {
    const auto digest =
        auth::sha256(ByteView(reinterpret_cast<const std::uint8_t*>(seed.data()), seed.size()));
    std::array<std::uint8_t, 12> uid{};
    std::copy_n(digest.begin(), uid.size(), uid.begin());
    return uid;
}

ChipParameters catalogDefaults(const device::Part& part, std::string_view identitySeed) {
    const device::Family& f = *part.family;
    ChipParameters p;
    if (!f.revisions.empty())
        p.revisionId = f.revisions.front().code;
    p.uid = derivedUid(identitySeed);
    p.ap0DbgmcuBase = f.dbgmcu.ap0Base;
    p.ap0DbgmcuAliases = f.dbgmcu.ap0Alternatives;
    p.openJumpStopsInProvisioning = f.lifecycle.openJumpStopsInProvisioning;
    p.da.requestMagic = f.da.requestMagic;
    if (!f.da.replyIsEcho)
        p.da.replyWord = f.da.replyWord;
    p.da.hostAckBit = f.da.hostAckBit;
    p.da.devAckBit = f.da.devAckBit;
    p.da.polarity = f.da.polarity;
    p.da.graceWindow = std::chrono::milliseconds(f.da.graceWindowMs);
    p.da.idleHostTimeout = std::chrono::milliseconds(f.da.idleHostTimeoutMs);
    p.da.whenNotProvisioned = f.da.whenNotProvisioned;
    return p;
}

Status applyAccess(const OverrideReader& r, const device::Family& f, const json& v, ChipParameters& p) {
    if (!v.is_object())
        return r.error("access", "an object of lifecycle state ids", v);
    for (const auto& [stateName, spec] : v.items()) {
        const auto* state = f.lifecycle.state(stateName);
        const std::string key = "access." + stateName;
        if (!state)
            return r.error(key, "named after a lifecycle state of " + f.name, json(stateName));
        if (!spec.is_object())
            return r.error(key, "an object with ap0, ap1, secureDebug", spec);
        ApAccessOverride o;
        for (const auto& [name, value] : spec.items()) {
            if (name == "ap0" || name == "ap1") {
                auto t = r.text(key + "." + name, value);
                if (!t)
                    return std::move(t).error();
                auto access = device::apAccessFromString(*t);
                if (!access)
                    return r.error(key + "." + name, "full, hot-plug, non-secure, mailbox or none", value);
                (name == "ap0" ? o.ap0 : o.ap1) = *access;
            } else if (name == "secureDebug") {
                auto b = r.boolean(key + "." + name, value);
                if (!b)
                    return std::move(b).error();
                o.secureDebug = *b;
            } else {
                return r.error(key + "." + name, "one of ap0, ap1, secureDebug", json(name));
            }
        }
        p.accessOverrides[state->id] = o;
    }
    return {};
}

Status applyFlashTiming(const OverrideReader& r, const json& v, ChipParameters& p) {
    if (!v.is_object())
        return r.error("flashTiming", "an object", v);
    for (const auto& [name, value] : v.items()) {
        auto n = r.number("flashTiming." + name, value);
        if (!n)
            return std::move(n).error();
        if (name == "programUnitUs")
            p.flash.programUnit = std::chrono::microseconds(*n);
        else if (name == "sectorEraseMs")
            p.flash.sectorErase = std::chrono::milliseconds(*n);
        else if (name == "optionChangeMs")
            p.flash.optionChange = std::chrono::milliseconds(*n);
        else if (name == "otpUnitUs")
            p.flash.otpUnit = std::chrono::microseconds(*n);
        else
            return r.error("flashTiming." + name,
                           "one of programUnitUs, sectorEraseMs, optionChangeMs, otpUnitUs", json(name));
    }
    return {};
}

Status applyOne(const OverrideReader& r, const device::Family& f, const std::string& key, const json& v,
                ChipParameters& p) {
    auto num = [&](auto apply) -> Status {
        auto n = r.number(key, v);
        if (!n)
            return std::move(n).error();
        apply(*n);
        return {};
    };
    if (key == "revision") {
        if (v.is_string())
            for (const auto& rev : f.revisions)
                if (device::equalsIgnoreCase(rev.name, v.get<std::string>())) {
                    p.revisionId = rev.code;
                    return {};
                }
        return num([&](std::uint32_t n) { p.revisionId = static_cast<std::uint16_t>(n); });
    }
    if (key == "uid") {
        auto bytes = v.is_string() ? fromHex(v.get<std::string>()) : std::nullopt;
        if (!bytes || bytes->size() != p.uid.size())
            return r.error(key, "24 hex digits (96 bits)", v);
        std::copy(bytes->begin(), bytes->end(), p.uid.begin());
        return {};
    }
    if (key == "package")
        return num([&](std::uint32_t n) { p.packageCode = static_cast<std::uint16_t>(n); });
    if (key == "ap0DbgmcuBase")
        return num([&](std::uint32_t n) { p.ap0DbgmcuBase = n; });
    if (key == "lockedDpSilent" || key == "openJumpStopsInProvisioning") {
        auto b = r.boolean(key, v);
        if (!b)
            return std::move(b).error();
        (key == "lockedDpSilent" ? p.lockedDpSilent : p.openJumpStopsInProvisioning) = *b;
        return {};
    }
    if (key == "access")
        return applyAccess(r, f, v, p);
    if (key == "requestMagic")
        return num([&](std::uint32_t n) { p.da.requestMagic = n; });
    if (key == "replyWord") {
        if (v.is_string() && device::equalsIgnoreCase(v.get<std::string>(), "echo")) {
            p.da.replyWord.reset();
            return {};
        }
        return num([&](std::uint32_t n) { p.da.replyWord = n; });
    }
    if (key == "ackPolarity") {
        if (v == "code")
            p.da.polarity = device::AckPolarity::DeviceCode;
        else if (v == "svd-swapped")
            p.da.polarity = device::AckPolarity::SvdSwapped;
        else
            return r.error(key, "\"code\" or \"svd-swapped\"", v);
        return {};
    }
    if (key == "graceWindowMs")
        return num([&](std::uint32_t n) { p.da.graceWindow = std::chrono::milliseconds(n); });
    if (key == "idleHostTimeoutMs")
        return num([&](std::uint32_t n) { p.da.idleHostTimeout = std::chrono::milliseconds(n); });
    if (key == "whenNotProvisioned") {
        if (v == "answers-discovery")
            p.da.whenNotProvisioned = device::UnprovisionedBehaviour::AnswersDiscovery;
        else if (v == "silent")
            p.da.whenNotProvisioned = device::UnprovisionedBehaviour::Silent;
        else
            return r.error(key, "\"answers-discovery\" or \"silent\"", v);
        return {};
    }
    if (key == "adac") {
        if (!v.is_object())
            return r.error(key, "an object", v);
        p.adac = v;
        return {};
    }
    if (key == "flashTiming")
        return applyFlashTiming(r, v, p);
    if (key == "regressionOverheadMs")
        return num([&](std::uint32_t n) { p.regressionOverhead = std::chrono::milliseconds(n); });
    if (key == "externalFlashMb")
        return num([&](std::uint32_t n) {
            // The XSPI window is 256 MB; a larger part would not be reachable anyway.
            p.externalFlashBytes = std::min<std::uint32_t>(n, 256u) * 1024u * 1024u;
        });
    if (key == "application") {
        if (v == "none")
            p.application = StartupApplication::None;
        else if (v == "idle-loop")
            p.application = StartupApplication::IdleLoop;
        else
            return r.error(key, "\"none\" or \"idle-loop\"", v);
        return {};
    }
    return r.error(key,
                   "a known key (revision, uid, package, ap0DbgmcuBase, lockedDpSilent, access, "
                   "openJumpStopsInProvisioning, requestMagic, replyWord, ackPolarity, graceWindowMs, "
                   "idleHostTimeoutMs, whenNotProvisioned, adac, flashTiming, regressionOverheadMs, "
                   "externalFlashMb, application)",
                   json(key));
}

}  // namespace

Result<ChipParameters> makeChipParameters(const device::Part& part, const nlohmann::json& overrides,
                                          std::string_view origin, std::string_view identitySeed) {
    ChipParameters p = catalogDefaults(part, identitySeed);
    OverrideReader reader(origin);
    if (overrides.is_null())
        return p;
    if (!overrides.is_object())
        return reader.error("", "an object", overrides);
    for (const auto& [key, value] : overrides.items())
        if (auto s = applyOne(reader, *part.family, key, value, p); !s)
            return std::move(s).error();
    return p;
}

}  // namespace rescue::sim::stm32
