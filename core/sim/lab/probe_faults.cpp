#include "core/sim/lab/probe_faults.h"

#include <fmt/format.h>

namespace rescue::sim::lab {

namespace {

Error faultError(const std::string& origin, const std::string& key, const std::string& expected,
                 const nlohmann::json& found) {
    Error e =
        makeError("scenario.invalid",
                  fmt::format("{}: field \"faults.{}\" {}, found {}.", origin, key, expected, found.dump()),
                  fmt::format("The faults a lab probe knows: {}.", probeFaultKeys()));
    e.with("file", origin).with("field", "faults." + key);
    return e;
}

// A count of faults: JSON text gives unsigned, json built in code gives signed integers.
bool readCount(const nlohmann::json& v, std::uint64_t limit, std::uint64_t& out) {
    if (v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() >= 0)) {
        out = v.get<std::uint64_t>();
        return out <= limit;
    }
    return false;
}

Error unknownKey(const std::string& origin, const std::string& field, const std::string& known) {
    Error e = makeError("scenario.invalid",
                        fmt::format("{}: field \"{}\" is not known here (known: {}).", origin, field, known),
                        "See docs/lab.md, section \"faults\".");
    e.with("file", origin).with("field", field);
    return e;
}

std::string kindList() {
    std::string out;
    for (auto k : stlink::kAllFaultKinds)
        out += (out.empty() ? "" : ", ") + std::string(stlink::faultKindName(k));
    return out;
}

Result<stlink::FaultKind> readKind(const nlohmann::json& v, const std::string& origin,
                                   const std::string& key) {
    stlink::FaultKind kind{};
    if (!v.is_string() || !stlink::faultKindFromName(v.get<std::string>(), kind)) {
        Error e = faultError(origin, key, "must be a fault kind", v);
        e.hint = fmt::format("Fault kinds: {}.", kindList());
        return e;
    }
    return kind;
}

// A millisecond count (lab time): a number from 0 to one day.
bool readMs(const nlohmann::json& v, Clock::Duration& out) {
    std::uint64_t n = 0;
    if (!readCount(v, 86'400'000, n))
        return false;
    out = std::chrono::milliseconds(static_cast<std::int64_t>(n));
    return true;
}

// An address as a number or a hex string ("0x40022010").
bool readAddress(const nlohmann::json& v, std::uint32_t& out) {
    std::uint64_t n = 0;
    if (v.is_string()) {
        const std::string t = v.get<std::string>();
        if (!t.starts_with("0x") && !t.starts_with("0X"))
            return false;
        try {
            std::size_t used = 0;
            n = std::stoull(t.substr(2), &used, 16);
            if (used != t.size() - 2)
                return false;
        } catch (const std::exception&) {
            return false;
        }
    } else if (!readCount(v, 0xFFFFFFFFull, n)) {
        return false;
    }
    if (n > 0xFFFFFFFFull)
        return false;
    out = static_cast<std::uint32_t>(n);
    return true;
}

Result<stlink::ScheduledFault> parseScheduled(const nlohmann::json& entry, const std::string& origin,
                                              const std::string& at) {
    constexpr const char* kKeys = "at_command, at_ap_write, after_ms, delay_ms, fault, repeat, latency_ms";
    if (!entry.is_object())
        return faultError(origin, at, "must be an object", entry);
    stlink::ScheduledFault f;
    int triggers = 0;
    bool haveKind = false;
    for (const auto& item : entry.items()) {
        const std::string key = item.key();
        const std::string field = at + "." + key;
        const nlohmann::json& v = item.value();
        std::uint64_t n = 0;
        if (key == "at_command") {
            if (!readCount(v, 1'000'000'000, n) || n == 0)
                return faultError(origin, field, "must be a command number from 1", v);
            f.when.on = stlink::FaultTrigger::On::Command;
            f.when.count = n;
            ++triggers;
        } else if (key == "at_ap_write") {
            if (!v.is_object() || !v.contains("address"))
                return faultError(origin, field, "must be {\"address\": ADDRESS, \"count\": K}", v);
            f.when.on = stlink::FaultTrigger::On::ApWrite;
            for (const auto& w : v.items()) {
                if (w.key() == "address") {
                    if (!readAddress(w.value(), f.when.address))
                        return faultError(origin, field + ".address", "must be a 32-bit address (\"0x...\")",
                                          w.value());
                } else if (w.key() == "count") {
                    if (!readCount(w.value(), 1'000'000'000, n) || n == 0)
                        return faultError(origin, field + ".count", "must be a count from 1", w.value());
                    f.when.count = n;
                } else {
                    return unknownKey(origin, "faults." + field + "." + w.key(), "address, count");
                }
            }
            ++triggers;
        } else if (key == "after_ms") {
            if (!readMs(v, f.when.labTime))
                return faultError(origin, field, "must be milliseconds of lab time (0 to 86400000)", v);
            f.when.on = stlink::FaultTrigger::On::LabTime;
            ++triggers;
        } else if (key == "delay_ms") {
            if (!readMs(v, f.when.delay))
                return faultError(origin, field, "must be milliseconds of lab time (0 to 86400000)", v);
        } else if (key == "latency_ms") {
            if (!readMs(v, f.latency))
                return faultError(origin, field, "must be milliseconds of lab time (0 to 86400000)", v);
        } else if (key == "repeat") {
            if (!readCount(v, 1'000'000, n) || n == 0)
                return faultError(origin, field, "must be a count between 1 and 1000000", v);
            f.repeat = static_cast<unsigned>(n);
        } else if (key == "fault") {
            auto kind = readKind(v, origin, field);
            if (!kind)
                return std::move(kind).error();
            f.kind = *kind;
            haveKind = true;
        } else {
            return unknownKey(origin, "faults." + field, kKeys);
        }
    }
    if (triggers != 1)
        return faultError(origin, at, "needs exactly one of at_command, at_ap_write, after_ms", entry);
    if (!haveKind)
        return faultError(origin, at, "needs \"fault\" (what happens)", entry);
    return f;
}

Result<stlink::RandomFaults> parseRandom(const nlohmann::json& v, const std::string& origin) {
    if (!v.is_object())
        return faultError(origin, "random", "must be an object", v);
    stlink::RandomFaults r;
    for (const auto& item : v.items()) {
        const std::string key = item.key();
        const std::string field = "random." + key;
        const nlohmann::json& x = item.value();
        std::uint64_t n = 0;
        if (key == "seed") {
            if (!readCount(x, ~std::uint64_t{0}, n))
                return faultError(origin, field, "must be a non-negative integer", x);
            r.seed = n;
        } else if (key == "per_command") {
            if (!x.is_number() || x.get<double>() < 0 || x.get<double>() > 1)
                return faultError(origin, field, "must be a chance between 0 and 1", x);
            r.perCommand = x.get<double>();
        } else if (key == "max_faults") {
            if (!readCount(x, 1'000'000, n))
                return faultError(origin, field, "must be a count between 0 and 1000000", x);
            r.maxFaults = static_cast<unsigned>(n);
        } else if (key == "kinds") {
            if (!x.is_array())
                return faultError(origin, field, "must be a list of fault kinds", x);
            for (std::size_t i = 0; i < x.size(); ++i) {
                auto kind = readKind(x[i], origin, fmt::format("{}[{}]", field, i));
                if (!kind)
                    return std::move(kind).error();
                r.kinds.push_back(*kind);
            }
        } else {
            return unknownKey(origin, "faults." + field, "seed, per_command, kinds, max_faults");
        }
    }
    return r;
}

}  // namespace

const char* probeFaultKeys() {
    return "ap_waits, ap_faults, short_replies, short_reply_length, silent_replies, disconnected, "
           "oversized_replies, chip_silent, schedule, random";
}

Result<stlink::FaultPlan> parseProbeFaults(const nlohmann::json& faults, const std::string& origin) {
    stlink::FaultPlan plan;
    if (faults.is_null())
        return plan;
    if (!faults.is_object())
        return faultError(origin, "", "must be an object", faults);
    constexpr std::uint64_t kMaxCount = 1'000'000;
    for (const auto& item : faults.items()) {
        const std::string& key = item.key();
        const nlohmann::json& value = item.value();
        std::uint64_t n = 0;
        unsigned* counter = key == "ap_waits"            ? &plan.apWaits
                            : key == "ap_faults"         ? &plan.apFaults
                            : key == "short_replies"     ? &plan.shortReplies
                            : key == "silent_replies"    ? &plan.silentReplies
                            : key == "oversized_replies" ? &plan.oversizedReplies
                                                         : nullptr;
        if (counter) {
            if (!readCount(value, kMaxCount, n))
                return faultError(origin, key, fmt::format("must be a count between 0 and {}", kMaxCount),
                                  value);
            *counter = static_cast<unsigned>(n);
        } else if (key == "short_reply_length") {
            // A reply cut to 0 bytes is silence, which silent_replies models; 64 is a full packet.
            if (!readCount(value, 63, n) || n == 0)
                return faultError(origin, key, "must be a number of bytes between 1 and 63", value);
            plan.shortReplyLength = static_cast<std::size_t>(n);
        } else if (key == "disconnected") {
            if (!value.is_boolean())
                return faultError(origin, key, "must be true or false", value);
            plan.disconnected = value.get<bool>();
        } else if (key == "chip_silent") {
            if (!value.is_boolean())
                return faultError(origin, key, "must be true or false", value);
            plan.chipSilent = value.get<bool>();
        } else if (key == "schedule") {
            if (!value.is_array())
                return faultError(origin, key, "must be a list of scheduled faults", value);
            for (std::size_t i = 0; i < value.size(); ++i) {
                auto f = parseScheduled(value[i], origin, fmt::format("schedule[{}]", i));
                if (!f)
                    return std::move(f).error();
                plan.schedule.push_back(*f);
            }
        } else if (key == "random") {
            auto r = parseRandom(value, origin);
            if (!r)
                return std::move(r).error();
            plan.random = std::move(*r);
        } else {
            Error e = makeError("scenario.invalid",
                                fmt::format("{}: field \"faults.{}\" is not a probe fault (known: {}).",
                                            origin, key, probeFaultKeys()),
                                "See docs/lab.md, section \"Scenario files\".");
            e.with("file", origin).with("field", "faults." + key);
            return e;
        }
    }
    return plan;
}

}  // namespace rescue::sim::lab
