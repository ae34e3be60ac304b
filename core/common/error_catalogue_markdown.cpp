#include <string>

#include "core/common/error_catalogue.h"

namespace rescue {

std::string errorCatalogueMarkdown() {
    std::string out =
        "| Message | Code | Cause | Fix |\n"
        "|---|---|---|---|\n";
    for (const ErrorCatalogueEntry& e : errorCatalogue()) {
        out += "| ";
        out += e.title;
        out += " | `";
        out += e.code;
        out += "` | ";
        out += e.cause;
        out += " | ";
        out += e.fix;
        out += " |\n";
    }
    return out;
}

}  // namespace rescue
