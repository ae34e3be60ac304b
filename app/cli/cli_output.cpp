#include "app/cli/cli_output.h"

#include <ostream>

namespace rescue::cli {
namespace {

// Messages are for people: a 100 KB argument echoed back whole would bury the sentence, so
// a very long text keeps its start and its end (where the sentence usually goes on) and says
// how much was left out.
std::string clip(const std::string& text) {
    constexpr std::size_t kMax = 400, kKeep = 150;
    if (text.size() <= kMax)
        return text;
    // Cut on UTF-8 character boundaries.
    std::size_t head = kKeep, tail = text.size() - kKeep;
    while (head > 0 && (static_cast<unsigned char>(text[head]) & 0xC0) == 0x80)
        --head;
    while (tail < text.size() && (static_cast<unsigned char>(text[tail]) & 0xC0) == 0x80)
        ++tail;
    return text.substr(0, head) + " [... " + std::to_string(tail - head) + " characters left out ...] " +
           text.substr(tail);
}

}  // namespace

nlohmann::json errorToJson(const Error& error) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& e : error.evidence)
        evidence.push_back({{"name", e.name}, {"value", clip(e.value)}});
    return {{"code", error.code},
            {"message", clip(error.message)},
            {"evidence", evidence},
            {"hint", clip(error.hint)}};
}

void CliOutput::line(const std::string& text) {
    if (!m_json)
        m_out << text << '\n';
}

void CliOutput::warn(const std::string& text) {
    if (m_json)
        m_data["warnings"].push_back(clip(text));
    else
        m_err << "warning: " << clip(text) << '\n';
}

void CliOutput::warnOnce(const std::string& subject, const Error& warning) {
    if (!m_warned.insert(subject).second)
        return;
    warn(warning.message + " (" + warning.code + ")" + (warning.hint.empty() ? "" : " " + warning.hint));
}

void CliOutput::fail(const Error& error) {
    if (m_json) {
        m_data["error"] = errorToJson(error);
        return;
    }
    m_err << "error: " << clip(error.message) << " (" << error.code << ")\n";
    for (const auto& e : error.evidence)
        m_err << "  " << e.name << ": " << clip(e.value) << '\n';
    if (!error.hint.empty())
        m_err << "  hint: " << clip(error.hint) << '\n';
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
