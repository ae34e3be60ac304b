// Catalog::resolvePart(): part numbers as people write them. The ST pattern is
// STM32 <line> <pin-count letter> <flash-size code> [package, temperature, options...],
// e.g. STM32H563ZIT6 or STM32H7S7L8H6H; the line and flash code are what the catalog needs.

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/device/catalog.h"
#include "core/device/names.h"

namespace rescue::device {

namespace {

constexpr std::size_t kMaxSuffix = 8;
constexpr std::size_t kMaxSuggestionDistance = 2;

bool isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

Error unknownPart(std::string partNumber, std::string message, std::vector<std::string> suggestions,
                  const std::vector<PartLine>& lines) {
    std::string hint;
    if (!suggestions.empty()) {
        hint = "Did you mean " + joined(suggestions) + "?";
    } else {
        std::vector<std::string> known;
        for (const auto& l : lines)
            known.push_back(l.line);
        hint = "Known lines: " + joined(known) + ".";
    }
    Error e = makeError("device.unknown-part", std::move(message), std::move(hint));
    e.with("part number", std::move(partNumber));
    return e;
}

}  // namespace

Result<Part> Catalog::resolvePart(std::string_view text) const {
    std::string s;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            s.push_back(c);
    s = toUpperAscii(s);
    if (s.empty())
        return unknownPart(s, "No part number was given.", {}, m_lines);
    if (s.rfind("STM32", 0) != 0)
        s = "STM32" + s;

    const PartLine* line = nullptr;
    for (const auto& l : m_lines)
        if (s.rfind(l.line, 0) == 0 && (!line || l.line.size() > line->line.size()))
            line = &l;

    if (!line) {
        std::vector<std::pair<std::size_t, std::string>> ranked;
        for (const auto& l : m_lines) {
            std::size_t d = editDistance(s.substr(0, l.line.size()), l.line);
            if (d > kMaxSuggestionDistance)
                continue;
            std::string pin = (s.size() > l.line.size() && isUpperLetter(s[l.line.size()]))
                                  ? std::string(1, s[l.line.size()])
                                  : std::string();
            char typedCode = (!pin.empty() && s.size() > l.line.size() + 1) ? s[l.line.size() + 1] : 0;
            bool typedCodeFits =
                std::find(l.flashCodes.begin(), l.flashCodes.end(), typedCode) != l.flashCodes.end();
            for (char code : l.flashCodes)
                if (!typedCodeFits || code == typedCode)
                    ranked.emplace_back(d,
                                        l.line + pin + (pin.empty() ? std::string() : std::string(1, code)));
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<std::string> suggestions;
        for (const auto& [d, name] : ranked)
            if (suggestions.size() < 5 &&
                std::find(suggestions.begin(), suggestions.end(), name) == suggestions.end())
                suggestions.push_back(name);
        return unknownPart(s, fmt::format("{} is not a part the device catalog knows.", s),
                           std::move(suggestions), m_lines);
    }

    Part p;
    p.partNumber = s;
    p.line = line->line;
    p.family = family(line->familyId);
    std::string rest = s.substr(line->line.size());
    if (!rest.empty()) {
        if (!isUpperLetter(rest[0]))
            return unknownPart(
                s,
                fmt::format("{}: after {} a pin-count letter is expected, found \"{}\".", s, p.line, rest[0]),
                {}, m_lines);
        p.pinCode = rest[0];
    }
    if (rest.size() >= 2) {
        char code = rest[1];
        if (std::find(line->flashCodes.begin(), line->flashCodes.end(), code) == line->flashCodes.end()) {
            std::vector<std::string> suggestions;
            std::vector<std::string> sizes;
            for (char valid : line->flashCodes) {
                suggestions.push_back(p.line + p.pinCode + valid);
                for (const auto& [c, kb] : m_flashSizeCodes)
                    if (c == valid)
                        sizes.push_back(fmt::format("{} = {} KB", valid, kb));
            }
            return unknownPart(s,
                               fmt::format("{}: {} has no flash size code \"{}\" (it comes as {}).", s,
                                           p.line, code, joined(sizes)),
                               std::move(suggestions), m_lines);
        }
        p.flashCode = code;
        p.suffix = rest.substr(2);
        bool alnum = std::all_of(p.suffix.begin(), p.suffix.end(),
                                 [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
        if (!alnum || p.suffix.size() > kMaxSuffix)
            return unknownPart(
                s, fmt::format("{}: \"{}\" is not a package, temperature or option suffix.", s, p.suffix),
                {p.line + p.pinCode + p.flashCode}, m_lines);
    }

    // Without a code, a line with a single size is still exact; otherwise assume the largest.
    char code = p.flashCode;
    if (!code && line->flashCodes.size() == 1)
        code = line->flashCodes.front();
    p.flashSizeKnown = code != 0;
    if (code) {
        p.flashCode = code;
        for (const auto& [c, kb] : m_flashSizeCodes)
            if (c == code)
                p.flashKb = kb;
    } else {
        for (char c : line->flashCodes)
            for (const auto& [known, kb] : m_flashSizeCodes)
                if (known == c)
                    p.flashKb = std::max(p.flashKb, kb);
    }
    return p;
}

}  // namespace rescue::device
