#include "core/common/error.h"

namespace rescue {

std::string Error::describe() const {
    std::string out = message + " (" + code + ")";
    for (const auto& e : evidence)
        out += "\n  " + e.name + ": " + e.value;
    if (!hint.empty())
        out += "\n  hint: " + hint;
    return out;
}

}  // namespace rescue
