// Reading a journal back: for the log viewer, support bundles and the tests. Input may be
// damaged (a power cut mid-line, a hand edit, a fuzzer), so nothing here trusts it.

#include <fstream>
#include <istream>

#include <fmt/format.h>

#include "core/engine/journal.h"

namespace rescue::engine {
namespace {

// Deeper than any event we write; refusing deeper lines keeps a hostile "[[[[..." from
// exhausting the stack in the JSON library's recursive parts.
constexpr int kMaxDepth = 64;
constexpr std::size_t kExcerptChars = 60;

int nestingDepth(std::string_view line) {
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (char c : line) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

// The start of a line, printable, for the evidence of a problem.
std::string excerpt(std::string_view line) {
    std::string out;
    for (std::size_t i = 0; i < line.size() && i < kExcerptChars; ++i) {
        auto c = static_cast<unsigned char>(line[i]);
        if (c >= 0x20 && c < 0x7F)
            out.push_back(char(c));
        else
            out += fmt::format("\\x{:02X}", c);
    }
    if (line.size() > kExcerptChars)
        out += "...";
    return out;
}

Error corruptLine(const std::filesystem::path& path, std::size_t lineNumber, std::string_view line,
                  std::string what, bool cutShort) {
    Error e =
        makeError("journal.corrupt-line",
                  fmt::format("Line {} of the journal {} {}; the other lines were read.", lineNumber,
                              path.filename().string(), what),
                  cutShort ? "A last line cut short usually means the program or the machine stopped while "
                             "writing it; everything before it is intact."
                           : "The file was changed or damaged after it was written.");
    e.with("file", path.string()).with("line", std::to_string(lineNumber)).with("starts with", excerpt(line));
    return e;
}

}  // namespace

Result<JournalContents> readJournal(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        Error e = makeError("journal.unreadable", "The journal file could not be opened for reading.",
                            "Check that the file exists and that you may read it.");
        e.with("file", path.string());
        return e;
    }
    return readJournal(in, path);
}

JournalContents readJournal(std::istream& in, const std::filesystem::path& path) {
    JournalContents contents;
    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        // getline stops at end of file without a newline only for a line cut short.
        bool cutShort = in.eof();
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        ++contents.lines;
        if (nestingDepth(line) > kMaxDepth) {
            contents.problems.push_back(
                corruptLine(path, lineNumber, line, "is nested too deeply to be an event", cutShort));
            continue;
        }
        auto json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (json.is_discarded()) {
            contents.problems.push_back(corruptLine(path, lineNumber, line, "is not valid JSON", cutShort));
            continue;
        }
        auto event = parseEvent(json);
        if (!event) {
            Error e = corruptLine(path, lineNumber, line, "is JSON but not an event", cutShort);
            e.with("reason", event.error().message);
            contents.problems.push_back(std::move(e));
            continue;
        }
        contents.events.push_back(std::move(event).value());
    }
    if (in.bad()) {
        Error e = makeError("journal.unreadable", "The journal file could not be read to the end.",
                            "The events read before the failure are kept.");
        e.with("file", path.string()).with("lines read", std::to_string(lineNumber));
        contents.problems.push_back(std::move(e));
    }
    return contents;
}

}  // namespace rescue::engine
