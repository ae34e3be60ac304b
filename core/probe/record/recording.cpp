#include "core/probe/record/recording.h"

#include <fstream>
#include <limits>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "core/probe/record/recording_format.h"

namespace rescue::probe::record {
namespace {

using nlohmann::json;

const std::set<std::string, std::less<>> kOps = {
    "attach",  "detach", "targetVoltage", "setSwdFrequency", "driveNrst",   "readDp",
    "writeDp", "readAp", "writeAp",       "readMemory",      "writeMemory", "runMemorySteps"};

// Why a line is refused; the caller adds the file and the line number.
struct Refusal {
    std::string why;
};

std::optional<std::uint32_t> parseWord(const json& v) {
    if (!v.is_string())
        return std::nullopt;
    const std::string& s = v.get_ref<const std::string&>();
    if (s.size() < 3 || s.size() > 10 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        return std::nullopt;
    std::uint32_t value = 0;
    for (std::size_t i = 2; i < s.size(); ++i) {
        const char c = s[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return std::nullopt;
        value = (value << 4) | std::uint32_t(d);
    }
    return value;
}

bool isCount(const json& j, const char* key) {
    return j.contains(key) && j[key].is_number_integer() && j[key].get<std::int64_t>() >= 0;
}

std::optional<Refusal> readHeader(const json& j, RecordedSession& s) {
    if (!j["format"].is_string() || j["format"].get<std::string>() != kFormatName)
        return Refusal{fmt::format("the format is not {}", kFormatName)};
    if (!j.contains("version") || !j["version"].is_number_integer())
        return Refusal{"the header has no version"};
    const auto version = j["version"].get<std::int64_t>();
    if (version < 1 || version > kFormatVersion)
        return Refusal{fmt::format("it is version {} of the format; this build reads version {}", version,
                                   kFormatVersion)};
    if (!j.contains("probe") || !j["probe"].is_object())
        return Refusal{"the header does not say which probe was recorded"};
    s.tool = j.value("tool", "");
    s.started = j.value("started", "");
    s.clock = j.value("clock", "");
    s.probe = probeInfoFromJson(j["probe"]);
    s.capabilities = capabilitiesFromJson(j.value("capabilities", json::object()));
    if (isCount(j, "round_trips"))
        s.countersAtStart.roundTrips = j["round_trips"].get<std::uint64_t>();
    if (isCount(j, "wait_retries"))
        s.countersAtStart.waitRetries = j["wait_retries"].get<std::uint64_t>();
    return std::nullopt;
}

std::optional<Refusal> readResult(const json& j, RecordedCall& c) {
    const std::string& op = c.op;
    if (op == "detach" || op == "driveNrst" || op == "writeDp" || op == "writeAp" || op == "writeMemory")
        return std::nullopt;
    if (!j.contains("result") || !j["result"].is_object())
        return Refusal{fmt::format("the {} call has no result", op)};
    const json& r = j["result"];
    if (op == "targetVoltage") {
        if (!r.contains("value") || !r["value"].is_number())
            return Refusal{"the target voltage is not a number"};
        c.number = r["value"].get<double>();
        return std::nullopt;
    }
    if (op == "setSwdFrequency") {
        if (!isCount(r, "value") ||
            r["value"].get<std::int64_t>() > std::numeric_limits<std::uint32_t>::max())
            return Refusal{"the SWD frequency is not a number of kHz"};
        c.word = static_cast<std::uint32_t>(r["value"].get<std::int64_t>());
        return std::nullopt;
    }
    if (op == "readMemory") {
        if (!r.contains("data") || !r["data"].is_string())
            return Refusal{"the memory read has no data"};
        auto bytes = fromHex(r["data"].get<std::string>());
        if (!bytes)
            return Refusal{"the memory read's data is not hex"};
        if (bytes->size() != c.args["length"].get<std::size_t>())
            return Refusal{fmt::format("the memory read asked {} bytes but {} are recorded",
                                       c.args["length"].get<std::size_t>(), bytes->size())};
        c.data = std::move(*bytes);
        return std::nullopt;
    }
    if (op == "runMemorySteps") {
        if (!r.contains("values") || !r["values"].is_array())
            return Refusal{"the memory steps have no values"};
        std::size_t reads = 0;
        if (c.args.contains("steps") && c.args["steps"].is_array())
            for (const auto& step : c.args["steps"])
                reads += step.is_object() && step.value("kind", "") == "read" ? 1 : 0;
        if (r["values"].size() != reads)
            return Refusal{
                fmt::format("the memory steps read {} words but {} are recorded", reads, r["values"].size())};
        for (const auto& v : r["values"]) {
            auto w = parseWord(v);
            if (!w)
                return Refusal{"a memory step's value is not a 32-bit hex word"};
            c.words.push_back(*w);
        }
        return std::nullopt;
    }
    auto word = r.contains("value") ? parseWord(r["value"]) : std::nullopt;
    if (!word)
        return Refusal{fmt::format("the {} value is not a 32-bit hex word", op)};
    c.word = *word;
    return std::nullopt;
}

std::optional<Refusal> readCall(const json& j, RecordedSession& s, RecordedCall& c) {
    if (!isCount(j, "seq"))
        return Refusal{"it has no sequence number"};
    c.seq = j["seq"].get<std::uint64_t>();
    const std::uint64_t expected = s.calls.empty() ? 1 : s.calls.back().seq + 1;
    if (c.seq != expected)
        return Refusal{fmt::format("its sequence number is {} where {} comes next", c.seq, expected)};
    if (!j.contains("op") || !j["op"].is_string() || !kOps.count(j["op"].get<std::string>()))
        return Refusal{"it names no probe call this build knows"};
    c.op = j["op"].get<std::string>();
    if (!j.contains("args") || !j["args"].is_object())
        return Refusal{"its arguments are missing"};
    c.args = j["args"];
    if (c.op == "readMemory" && !isCount(c.args, "length"))
        return Refusal{"the memory read has no length"};
    if (!isCount(j, "t_ns") || !isCount(j, "dur_ns"))
        return Refusal{"its time (t_ns, dur_ns) is missing or negative"};
    c.tNs = j["t_ns"].get<std::int64_t>();
    c.durNs = j["dur_ns"].get<std::int64_t>();
    if (c.tNs > std::numeric_limits<std::int64_t>::max() / 2 ||
        c.durNs > std::numeric_limits<std::int64_t>::max() / 2)
        return Refusal{"its time is out of range"};
    if (!s.calls.empty() && c.tNs < s.calls.back().tNs)
        return Refusal{"its time goes back before the previous call's"};
    if (!j.contains("ok") || !j["ok"].is_boolean())
        return Refusal{"it does not say whether the call succeeded"};
    c.ok = j["ok"].get<bool>();
    if (isCount(j, "round_trips"))
        c.counters.roundTrips = j["round_trips"].get<std::uint64_t>();
    if (isCount(j, "wait_retries"))
        c.counters.waitRetries = j["wait_retries"].get<std::uint64_t>();
    if (!c.ok) {
        if (!j.contains("error") || !j["error"].is_object() || !j["error"].contains("code") ||
            !j["error"]["code"].is_string())
            return Refusal{"the failed call has no error code"};
        // Every error the workbench shows says what happened: a recorded one too.
        if (!j["error"].contains("message") || !j["error"]["message"].is_string() ||
            j["error"]["message"].get<std::string>().empty())
            return Refusal{"the failed call has no error message"};
        c.error = errorFromJson(j["error"]);
        return std::nullopt;
    }
    return readResult(j, c);
}

Error badLine(const std::string& name, std::size_t line, const std::string& why, bool cutShort) {
    Error e = makeError(std::string(record_error::kBadRecording),
                        cutShort ? fmt::format("Line {} of {} is cut short: the recording stopped while that "
                                               "line was being written.",
                                               line, name)
                                 : fmt::format("Line {} of {} is not a recording line: {}.", line, name, why),
                        "The calls before that line are intact: replay a copy without it, or record the "
                        "session again.");
    e.with("line", std::to_string(line));
    return e;
}

}  // namespace

Result<Recording> parseRecording(std::string_view text, std::string name) {
    Recording rec;
    rec.name = std::move(name);
    std::size_t lineNo = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t nl = text.find('\n', at);
        const bool last = nl == std::string_view::npos;
        std::string_view line = text.substr(at, last ? std::string_view::npos : nl - at);
        at = last ? text.size() : nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        json j = json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object())
            return badLine(rec.name, lineNo, "it is not a JSON object", last && !j.is_object());
        try {
            if (j.contains("format")) {
                RecordedSession s;
                s.line = lineNo;
                s.number = static_cast<int>(rec.sessions.size()) + 1;
                if (auto refusal = readHeader(j, s))
                    return badLine(rec.name, lineNo, refusal->why, false);
                rec.sessions.push_back(std::move(s));
                continue;
            }
            if (rec.sessions.empty())
                return badLine(rec.name, lineNo, "a call comes before the header that opens a session",
                               false);
            RecordedCall c;
            c.line = lineNo;
            if (auto refusal = readCall(j, rec.sessions.back(), c))
                return badLine(rec.name, lineNo, refusal->why, false);
            rec.sessions.back().calls.push_back(std::move(c));
        } catch (const json::exception&) {
            return badLine(rec.name, lineNo, "a field has the wrong type", false);
        }
    }
    if (rec.sessions.empty())
        return makeError(std::string(record_error::kBadRecording),
                         fmt::format("{} holds no recorded session.", rec.name),
                         "Choose a file written by Record session or --record.");
    return rec;
}

Result<Recording> loadRecording(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return makeError(std::string(record_error::kBadRecording),
                         fmt::format("The recording {} cannot be read.", path.string()),
                         "Check the path and that the file is readable.");
    std::ostringstream text;
    text << file.rdbuf();
    return parseRecording(text.str(), path.filename().string());
}

}  // namespace rescue::probe::record
