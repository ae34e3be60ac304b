#include "core/optionbytes/finding.h"

#include <algorithm>

namespace rescue::optionbytes {

std::string_view toString(Grade grade) {
    switch (grade) {
        case Grade::Note:
            return "note";
        case Grade::Risky:
            return "risky";
        case Grade::Irreversible:
            return "irreversible";
        case Grade::Refused:
            return "refused";
    }
    return "note";
}

Grade PolicyReport::worst() const {
    Grade g = Grade::Note;
    for (const auto& f : findings)
        g = std::max(g, f.grade);
    return g;
}

bool PolicyReport::refused() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.grade == Grade::Refused; });
}

std::vector<std::string> PolicyReport::requiredPhrases() const {
    std::vector<std::string> phrases;
    for (const auto& f : findings)
        if (!f.confirmationPhrase.empty() &&
            std::find(phrases.begin(), phrases.end(), f.confirmationPhrase) == phrases.end())
            phrases.push_back(f.confirmationPhrase);
    return phrases;
}

bool PolicyReport::confirmedBy(const std::vector<std::string>& confirmations) const {
    for (const auto& p : requiredPhrases())
        if (std::find(confirmations.begin(), confirmations.end(), p) == confirmations.end())
            return false;
    return true;
}

}  // namespace rescue::optionbytes
