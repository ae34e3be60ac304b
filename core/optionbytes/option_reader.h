#pragma once
// Reads the option bytes in force from a target: every option register's CUR (H5) or SR
// (H7RS) copy through the core's MEM-AP, at the catalog's addresses, into an
// OptionByteImage. Nothing else is touched: no halt, no reset.

#include <cstdint>
#include <memory>

#include "core/common/result.h"
#include "core/device/family.h"
#include "core/optionbytes/option_byte_image.h"
#include "core/probe/debug_probe.h"

namespace rescue::optionbytes {

// "ob.unreadable" when a register does not answer (the core's AP is closed in Closed states).
Result<OptionByteImage> readOptionBytes(probe::DebugProbe& probe,
                                        std::shared_ptr<const device::Family> family, std::uint8_t ap = 1);

}  // namespace rescue::optionbytes
