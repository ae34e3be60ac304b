// The journal line format. Absent optional parts (null fields, no deadline, no error) are
// left out rather than written as null, so a line says only what happened.

#include <limits>

#include "core/engine/event.h"

namespace rescue::engine {
namespace {
using nlohmann::json;

json errorToJson(const Error& error) {
    json evidence = json::array();
    for (const auto& e : error.evidence)
        evidence.push_back({{"name", e.name}, {"value", e.value}});
    return {{"code", error.code}, {"message", error.message}, {"evidence", evidence}, {"hint", error.hint}};
}

struct PayloadToJson {
    json& out;
    void operator()(const JobStarted& p) const { out["name"] = p.name; }
    void operator()(const LogLine& p) const {
        out["level"] = toString(p.level);
        out["channel"] = p.channel;
        out["text"] = p.text;
        if (!p.fields.is_null())
            out["fields"] = p.fields;
    }
    void operator()(const Progress& p) const {
        out["fraction"] = p.fraction;
        out["step"] = p.step;
        if (!p.stoppable)
            out["stoppable"] = false;
    }
    void operator()(const Prompt& p) const {
        out["prompt"] = p.id;
        out["kind"] = p.kind;
        out["title"] = p.title;
        out["question"] = p.question;
        json choices = json::array();
        for (const auto& c : p.choices)
            choices.push_back({{"id", c.id}, {"label", c.label}});
        out["choices"] = choices;
        out["default"] = p.defaultChoice;
        if (p.deadline)
            out["deadline_ms"] = p.deadline->count();
        if (!p.details.is_null())
            out["details"] = p.details;
    }
    void operator()(const StateChange& p) const {
        out["subject"] = p.subject;
        out["state"] = p.state;
        out["detail"] = p.detail;
    }
    void operator()(const JobEnded& p) const {
        out["outcome"] = toString(p.outcome);
        if (!p.result.is_null())
            out["result"] = p.result;
        if (p.error)
            out["error"] = errorToJson(*p.error);
    }
};

// Reads fields of one JSON object, remembering the first problem so that the caller can
// say exactly what is wrong with a line instead of "bad event".
class Reader {
public:
    explicit Reader(const json& object) : m_object(object) {}

    bool string(const char* key, std::string& out, bool required = true) {
        auto it = m_object.find(key);
        if (it == m_object.end())
            return !required || fail(key, "is missing");
        if (!it->is_string())
            return fail(key, "is not a string");
        out = it->get<std::string>();
        return true;
    }
    bool unsignedInt(const char* key, std::uint64_t& out) {
        auto it = m_object.find(key);
        if (it == m_object.end())
            return fail(key, "is missing");
        if (!it->is_number_unsigned())
            return fail(key, "is not a non-negative integer");
        out = it->get<std::uint64_t>();
        return true;
    }
    bool signedInt(const char* key, std::int64_t& out, bool required = true) {
        auto it = m_object.find(key);
        if (it == m_object.end())
            return !required || fail(key, "is missing");
        if (it->is_number_unsigned()) {
            auto v = it->get<std::uint64_t>();
            if (v > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
                return fail(key, "is out of range");
            out = std::int64_t(v);
            return true;
        }
        if (!it->is_number_integer())
            return fail(key, "is not an integer");
        out = it->get<std::int64_t>();
        return true;
    }
    bool number(const char* key, double& out) {
        auto it = m_object.find(key);
        if (it == m_object.end())
            return fail(key, "is missing");
        if (!it->is_number())
            return fail(key, "is not a number");
        out = it->get<double>();
        return true;
    }
    // Any JSON value; null when absent.
    void any(const char* key, json& out) {
        auto it = m_object.find(key);
        out = it == m_object.end() ? json() : *it;
    }
    const json* array(const char* key, bool required = true) {
        auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (required)
                fail(key, "is missing");
            return nullptr;
        }
        if (!it->is_array()) {
            fail(key, "is not an array");
            return nullptr;
        }
        return &*it;
    }
    const json* object(const char* key) {
        auto it = m_object.find(key);
        if (it == m_object.end())
            return nullptr;
        if (!it->is_object()) {
            fail(key, "is not an object");
            return nullptr;
        }
        return &*it;
    }
    bool fail(std::string_view key, std::string_view what) {
        if (m_problem.empty())
            m_problem = "\"" + std::string(key) + "\" " + std::string(what);
        return false;
    }
    bool adopt(const Reader& inner, std::string_view prefix) {
        if (m_problem.empty() && !inner.m_problem.empty())
            m_problem = std::string(prefix) + "." + inner.m_problem.substr(1, std::string::npos);
        return inner.m_problem.empty();
    }
    const std::string& problem() const { return m_problem; }

private:
    const json& m_object;
    std::string m_problem;
};

std::optional<Error> errorFromJson(const json& object, Reader& outer) {
    Reader r(object);
    Error error;
    bool ok = r.string("code", error.code) && r.string("message", error.message) &&
              r.string("hint", error.hint, false);
    if (ok) {
        if (const json* evidence = r.array("evidence", false)) {
            for (const auto& e : *evidence) {
                if (!e.is_object()) {
                    r.fail("evidence", "holds an item that is not an object");
                    break;
                }
                Reader er(e);
                Evidence item;
                if (!er.string("name", item.name) || !er.string("value", item.value)) {
                    r.adopt(er, "\"evidence");
                    break;
                }
                error.evidence.push_back(std::move(item));
            }
        }
    }
    if (!outer.adopt(r, "\"error"))
        return std::nullopt;
    return error;
}

bool payloadFromJson(std::string_view type, const json& j, Reader& r, EventPayload& out) {
    if (type == "job-started") {
        JobStarted p;
        if (!r.string("name", p.name))
            return false;
        out = std::move(p);
    } else if (type == "log") {
        LogLine p;
        std::string level;
        if (!r.string("level", level) || !r.string("channel", p.channel) || !r.string("text", p.text))
            return false;
        auto parsed = parseLogLevel(level);
        if (!parsed || level != toString(*parsed))
            return r.fail("level", "is not one of debug, info, warning, error");
        p.level = *parsed;
        r.any("fields", p.fields);
        out = std::move(p);
    } else if (type == "progress") {
        Progress p;
        if (!r.number("fraction", p.fraction) || !r.string("step", p.step))
            return false;
        if (const auto it = j.find("stoppable"); it != j.end()) {
            if (!it->is_boolean())
                return r.fail("stoppable", "is not true or false");
            p.stoppable = it->get<bool>();
        }
        out = std::move(p);
    } else if (type == "prompt") {
        Prompt p;
        std::int64_t deadline = 0;
        bool hasDeadline = j.contains("deadline_ms");
        if (!r.unsignedInt("prompt", p.id) || !r.string("kind", p.kind) || !r.string("title", p.title) ||
            !r.string("question", p.question) || !r.string("default", p.defaultChoice) ||
            (hasDeadline && !r.signedInt("deadline_ms", deadline)))
            return false;
        if (hasDeadline)
            p.deadline = std::chrono::milliseconds(deadline);
        const json* choices = r.array("choices");
        if (!choices)
            return false;
        for (const auto& c : *choices) {
            if (!c.is_object())
                return r.fail("choices", "holds an item that is not an object");
            Reader cr(c);
            PromptChoice choice;
            if (!cr.string("id", choice.id) || !cr.string("label", choice.label))
                return r.adopt(cr, "\"choices");
            p.choices.push_back(std::move(choice));
        }
        r.any("details", p.details);
        out = std::move(p);
    } else if (type == "state") {
        StateChange p;
        if (!r.string("subject", p.subject) || !r.string("state", p.state) || !r.string("detail", p.detail))
            return false;
        out = std::move(p);
    } else if (type == "job-ended") {
        JobEnded p;
        std::string outcome;
        if (!r.string("outcome", outcome))
            return false;
        auto parsed = parseJobOutcome(outcome);
        if (!parsed || outcome != toString(*parsed))
            return r.fail("outcome", "is not one of finished, cancelled, failed");
        p.outcome = *parsed;
        r.any("result", p.result);
        if (j.contains("error")) {
            const json* error = r.object("error");
            if (!error)
                return false;
            p.error = errorFromJson(*error, r);
            if (!p.error)
                return false;
        }
        out = std::move(p);
    } else {
        return r.fail("type", "names no known event type");
    }
    return true;
}

Error badJson(std::string problem) {
    return makeError("event.bad-json", "The event object is not valid: " + problem + ".",
                     "The line was probably written by another version or damaged; the events around it are "
                     "unaffected.");
}

}  // namespace

json toJson(const Event& event) {
    json out = json::object();
    out["seq"] = event.sequence;
    out["session"] = event.session;
    out["job"] = event.job;
    out["time"] = formatWallTime(event.wallTime);
    out["clock_ns"] = event.clockTime.time_since_epoch().count();
    out["type"] = typeName(event.payload);
    std::visit(PayloadToJson{out}, event.payload);
    return out;
}

Result<Event> parseEvent(const json& j) {
    if (!j.is_object())
        return badJson("it is not a JSON object");
    try {
        Reader r(j);
        Event event;
        std::string time, type;
        std::int64_t clockNs = 0;
        if (!r.unsignedInt("seq", event.sequence) || !r.unsignedInt("session", event.session) ||
            !r.unsignedInt("job", event.job) || !r.string("time", time) ||
            !r.signedInt("clock_ns", clockNs) || !r.string("type", type))
            return badJson(r.problem());
        auto wall = parseWallTime(time);
        if (!wall)
            return badJson("\"time\" is not a UTC time like 2026-11-21T10:04:52.123456789Z");
        event.wallTime = *wall;
        event.clockTime = Clock::TimePoint(Clock::Duration(clockNs));
        if (!payloadFromJson(type, j, r, event.payload))
            return badJson(r.problem());
        return event;
    } catch (const json::exception& e) {
        // The reader checks every type first; this is a last line of defence for fuzzed input.
        return badJson(std::string("reading it raised \"") + e.what() + "\"");
    }
}

std::optional<Event> eventFromJson(const json& j) {
    auto parsed = parseEvent(j);
    if (!parsed)
        return std::nullopt;
    return std::move(parsed).value();
}

std::string toJsonLine(const Event& event) {
    return toJson(event).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace rescue::engine
