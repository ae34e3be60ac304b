#include "core/engine/secret_words.h"

#include <fmt/format.h>

namespace rescue::engine {

bool isSecretWord(const Redactor& redactor, std::uint32_t word) {
    if (redactor.size() == 0)
        return false;
    // Raw forms match case-sensitively, so ask in both cases of the hex digits.
    return redactor.redact(fmt::format("{:08x}", word)) == Redactor::Mask ||
           redactor.redact(fmt::format("{:08X}", word)) == Redactor::Mask;
}

}  // namespace rescue::engine
