#include "app/cli/cli_output.h"

#include <ostream>

namespace rescue::cli {

nlohmann::json errorToJson(const Error& error) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& e : error.evidence)
        evidence.push_back({{"name", e.name}, {"value", e.value}});
    return {{"code", error.code}, {"message", error.message}, {"evidence", evidence}, {"hint", error.hint}};
}

void CliOutput::line(const std::string& text) {
    if (!m_json)
        m_out << text << '\n';
}

void CliOutput::warn(const std::string& text) {
    if (m_json)
        m_data["warnings"].push_back(text);
    else
        m_err << "warning: " << text << '\n';
}

void CliOutput::fail(const Error& error) {
    if (m_json) {
        m_data["error"] = errorToJson(error);
        return;
    }
    m_err << "error: " << error.message << " (" << error.code << ")\n";
    for (const auto& e : error.evidence)
        m_err << "  " << e.name << ": " << e.value << '\n';
    if (!error.hint.empty())
        m_err << "  hint: " << error.hint << '\n';
}

int CliOutput::finish(int exitCode) {
    if (m_json) {
        m_data["ok"] = exitCode == 0;
        m_data["exit_code"] = exitCode;
        m_out << m_data.dump(2) << '\n';
    }
    m_out.flush();
    return exitCode;
}

}  // namespace rescue::cli
