#pragma once
// Every error code the workbench reports, with a short title, the usual cause and the fix, in
// English. One source for three readers:
//  - the user guide's troubleshooting table (`rescue errors --markdown` prints it; a test
//    checks docs/user-guide.md against it);
//  - the GUI, which shows the title and fix in the user's language: both are marked for
//    lupdate with QT_TRANSLATE_NOOP("ErrorCatalogue", ...) in error_catalogue.cpp;
//  - a test that every code the sources create is listed here, and nothing else.
// The Error itself keeps its English message with the values filled in: the catalogue says
// what kind of trouble it is, the message says exactly which.

#include <span>
#include <string>
#include <string_view>

namespace rescue {

struct ErrorCatalogueEntry {
    std::string_view code;   // "da.chip-open"
    std::string_view title;  // a few words, sentence case, no final period
    std::string_view cause;  // one sentence: why this usually happens
    std::string_view fix;    // one sentence: what to do about it
};

// Sorted by code.
std::span<const ErrorCatalogueEntry> errorCatalogue();
// nullptr for a code the catalogue does not know.
const ErrorCatalogueEntry* findErrorEntry(std::string_view code);

// The user guide's troubleshooting table: a Markdown table, one row per code (error_catalogue_markdown.cpp).
std::string errorCatalogueMarkdown();

}  // namespace rescue
