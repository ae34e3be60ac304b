#include "core/optionbytes/frozen_fields.h"

#include <fmt/format.h>

#include "core/common/bytes.h"

namespace rescue::optionbytes {

std::vector<FrozenField> frozenFields(const OptionByteImage& image, std::string_view stateId,
                                      std::string_view stateName) {
    std::vector<FrozenField> frozen;
    for (const auto& f : image.table().fields) {
        if (f.isAggregate() || !f.isRegisterField())
            continue;
        if (!stateId.empty() && f.frozenInState(stateId)) {
            frozen.push_back({f.name, fmt::format("frozen in {}", stateName)});
            continue;
        }
        for (const auto& c : f.frozenBy) {
            if (auto lock = image.field(c.field); lock && *lock == c.value) {
                frozen.push_back({f.name, fmt::format("frozen while {} = {}", c.field, hex32(c.value))});
                break;
            }
        }
    }
    return frozen;
}

}  // namespace rescue::optionbytes
