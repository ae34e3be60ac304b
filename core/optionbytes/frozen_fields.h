#pragma once
// Which option-byte fields a board can no longer change, and why: frozen by its lifecycle state
// (WRP in TZ-Closed / Closed / Locked) or by a boot lock that is set (NSBOOTADD while
// NSBOOT_LOCK = 0xB4). The validator refuses writes to them one change at a time; the wizard's
// diagnosis lists them up front as hazards, so a plan never counts on a write that cannot land.

#include <string>
#include <string_view>
#include <vector>

#include "core/optionbytes/option_byte_image.h"

namespace rescue::optionbytes {

struct FrozenField {
    std::string field;  // "WRPSGn1"
    std::string why;    // "frozen in TZ-Closed", "frozen while NSBOOT_LOCK = 0x000000B4"
};

// Aggregate views (H7RS "WRPS") are left out: their parts are listed.
std::vector<FrozenField> frozenFields(const OptionByteImage& image, std::string_view stateId,
                                      std::string_view stateName);

}  // namespace rescue::optionbytes
