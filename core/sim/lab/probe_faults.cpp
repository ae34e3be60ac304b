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

}  // namespace

const char* probeFaultKeys() {
    return "ap_waits, ap_faults, short_replies, short_reply_length, silent_replies, disconnected";
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
        unsigned* counter = key == "ap_waits"         ? &plan.apWaits
                            : key == "ap_faults"      ? &plan.apFaults
                            : key == "short_replies"  ? &plan.shortReplies
                            : key == "silent_replies" ? &plan.silentReplies
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
