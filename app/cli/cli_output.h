#pragma once
// Everything the CLI prints goes through CliOutput: human lines as they come, or with --json
// exactly one JSON object on stdout at the end (errors included), so scripts can parse it.

#include <iosfwd>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/error.h"

namespace rescue::cli {

class CliOutput {
public:
    CliOutput(std::ostream& out, std::ostream& err) : m_out(out), m_err(err) {}

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    // A line for people; ignored in JSON mode (the JSON object carries the data instead).
    void line(const std::string& text);
    // A warning for people (stderr); kept in the JSON object's "warnings" in JSON mode.
    void warn(const std::string& text);
    // A warning with a stable code ("message (code)" and its hint), said once per `subject`
    // (a file named twice on one command line is warned about once).
    void warnOnce(const std::string& subject, const Error& warning);
    // The JSON object printed at the end in JSON mode.
    nlohmann::json& data() { return m_data; }

    // Records the failure: on stderr for people, in the JSON object otherwise.
    void fail(const Error& error);

    // Prints the JSON object (in JSON mode) with "ok" and "exit_code". Returns exitCode.
    int finish(int exitCode);

private:
    std::ostream& m_out;
    std::ostream& m_err;
    bool m_json = false;
    std::set<std::string> m_warned;
    nlohmann::json m_data = nlohmann::json::object();
};

nlohmann::json errorToJson(const Error& error);

}  // namespace rescue::cli
