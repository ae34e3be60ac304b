#pragma once
// The board an option-byte operation works on: identified through an open probe (hot-plug,
// nothing reset), its part resolved where the wire tells it, and its option bytes in force
// read. What the CLI's `ob read|check|write` and `erase` and the GUI's editor start from.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/common/result.h"
#include "core/device/catalog.h"
#include "core/device/part.h"
#include "core/optionbytes/option_byte_image.h"
#include "core/probe/debug_probe.h"

namespace rescue::optionbytes {

struct ObTarget {
    std::shared_ptr<const device::Catalog> catalog;
    std::optional<device::Part> part;  // empty when the flash size does not pick a part line
    std::string deviceName;  // the part's line, or the family's name when lines share the wire's answers
    std::string lifecycle;   // the state's name as the identification saw it ("Open", "unknown")
    std::uint8_t coreAp = 1;
    OptionByteImage image;

    const device::Part* partPtr() const { return part ? &*part : nullptr; }
    const device::Family& family() const { return image.family(); }
};

// "ob.no-target" when the family is not identified; the identification's blocker (a closed
// AP) and "ob.unreadable" pass through as they are.
Result<ObTarget> openObTarget(probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog);

}  // namespace rescue::optionbytes
