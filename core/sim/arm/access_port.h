#pragma once
// An ADIv5 access port as the debug port sees it: 64 word registers addressed by
// SELECT.APBANKSEL and A[3:2]. MemAp is the one the lab needs; a chip model may add others
// (an APB-AP with its own rules, a vendor AP).

#include <cstdint>

#include "core/sim/swd_target.h"

namespace rescue::sim::arm {

class AccessPort {
public:
    virtual ~AccessPort() = default;
    // `offset` is the register's byte address inside the AP: (APBANKSEL << 4) | A[3:2].
    // Answers Ok, Wait (busy: the host repeats the access) or Fault (the DP then sets
    // CTRL/STAT.STICKYERR).
    virtual SwdRead read(std::uint8_t offset) = 0;
    virtual SwdAck write(std::uint8_t offset, std::uint32_t value) = 0;
    // DP ABORT.DAPABORT: give up any transfer in progress.
    virtual void abort() {}
};

}  // namespace rescue::sim::arm
