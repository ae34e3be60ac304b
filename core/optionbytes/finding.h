#pragma once
// What the validator says about a proposed option-byte change: findings graded refused /
// irreversible / risky / note (stm32-lifecycle-and-option-bytes.md section 8), each with a
// sentence, the rule's source in the reference and what to do instead. A value type the CLI
// prints, the GUI's findings panel lists, and the programmer checks before it writes.

#include <string>
#include <string_view>
#include <vector>

namespace rescue::optionbytes {

// Ordered by severity: a report's grade is its worst finding.
enum class Grade { Note, Risky, Irreversible, Refused };
std::string_view toString(Grade grade);  // "note", "risky", "irreversible", "refused"

struct Finding {
    Grade grade = Grade::Note;
    std::string code;      // stable id: "ob.open-jump", "ob.close-without-da", ...
    std::string field;     // the field it is about ("PRODUCT_STATE", "WRPSGn1")
    std::string sentence;  // what happens, for a person; ends with a full stop
    std::string source;    // "stm32-lifecycle-and-option-bytes.md §8 rule 3"
    std::string instead;   // what to do instead (may name a command)
    // Irreversible and unrecoverable: the exact phrase a person types to allow it
    // ("lock STM32H563 forever"). Empty when no confirmation is needed.
    std::string confirmationPhrase;
};

struct PolicyReport {
    std::vector<Finding> findings;

    Grade worst() const;  // Note when there are no findings
    bool refused() const;
    // Every phrase the change needs, in finding order (no duplicates).
    std::vector<std::string> requiredPhrases() const;
    bool needsConfirmation() const { return !requiredPhrases().empty(); }
    // Whether `confirmations` covers every required phrase (exact, case-sensitive).
    bool confirmedBy(const std::vector<std::string>& confirmations) const;
    // Nothing refused and every phrase confirmed: the programmer may write.
    bool allowsWrite(const std::vector<std::string>& confirmations) const {
        return !refused() && confirmedBy(confirmations);
    }
};

}  // namespace rescue::optionbytes
