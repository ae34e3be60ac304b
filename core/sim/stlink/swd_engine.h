#pragma once
// The SWD layer inside a virtual ST-LINK's firmware: it turns the probe's commands into
// real DP/AP register transfers on a sim::SwdTarget (SELECT for the AP and bank, CSW, TAR,
// DRW), retries WAIT a bounded number of times like the firmware, maps the final ACK to
// an ST-LINK status byte, injects the AP faults of the FaultPlan, and counts transfers so
// the probe can charge SWD time. The board therefore sees the same AP traffic a real probe
// would cause.

#include <cstdint>
#include <functional>
#include <span>

#include "core/common/bytes.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/sim/arm/bus.h"
#include "core/sim/stlink/fault_plan.h"
#include "core/sim/swd_target.h"

namespace rescue::sim::stlink {

using probe::stlink::StlinkStatus;

struct SwdOutcome {
    StlinkStatus status = StlinkStatus::Ok;
    std::uint32_t value = 0;
    bool ok() const { return status == StlinkStatus::Ok; }
};

struct MemoryOutcome {
    StlinkStatus status = StlinkStatus::Ok;
    std::uint32_t faultAddress = 0;  // address of the element that failed
    bool ok() const { return status == StlinkStatus::Ok; }
};

class SwdEngine {
public:
    // `plan` is shared with the probe that owns it; `waitRetries` is how many times a
    // WAIT is repeated before the firmware gives up.
    SwdEngine(FaultPlan& plan, unsigned waitRetries);

    void setTarget(SwdTarget* target);
    SwdTarget* target() const { return m_target; }

    // What the firmware does on APIV2_ENTER: line reset, DPIDR read, clear sticky errors,
    // power up the debug and system domains and wait for both acknowledges.
    SwdOutcome connect();

    // DP register `reg` (0x0/0x4/0x8/0xC) in DP bank `bank` (only matters for 0x4).
    SwdOutcome readDp(std::uint8_t reg, std::uint8_t bank = 0);
    SwdOutcome writeDp(std::uint8_t reg, std::uint32_t value, std::uint8_t bank = 0);
    // AP register at byte offset `offset` (0x00..0xFC) of AP `apsel`.
    SwdOutcome readAp(std::uint8_t apsel, std::uint8_t offset);
    SwdOutcome writeAp(std::uint8_t apsel, std::uint8_t offset, std::uint32_t value);

    // Memory through a MEM-AP: CSW = `cswHigh` (bits 31:8) | size | increment, TAR, then one
    // DRW transfer per element. `out`/`data` hold count * size bytes, little-endian.
    MemoryOutcome readMemory(std::uint8_t apsel, std::uint32_t cswHigh, std::uint32_t address,
                             arm::AccessSize size, bool increment, std::span<std::uint8_t> out);
    MemoryOutcome writeMemory(std::uint8_t apsel, std::uint32_t cswHigh, std::uint32_t address,
                              arm::AccessSize size, bool increment, ByteView data);

    // Forget the cached SELECT (after a line reset, or when the host wrote it).
    void invalidateSelect() { m_selectValid = false; }
    // Called after every MEM-AP data write that reached the board, with the memory address it
    // wrote (TAR as the firmware set it): the fault plan's "k-th AP write to address X".
    void setWriteObserver(std::function<void(std::uint32_t address)> observer) {
        m_writeObserver = std::move(observer);
    }
    std::uint64_t transfers() const { return m_transfers; }
    std::uint64_t waitRetries() const { return m_waitRetriesDone; }

private:
    SwdAck rawWrite(bool ap, std::uint8_t address, std::uint32_t value);
    SwdRead rawRead(bool ap, std::uint8_t address);
    SwdOutcome select(std::uint32_t value);
    SwdOutcome selectAp(std::uint8_t apsel, std::uint8_t offset);
    static StlinkStatus statusOf(SwdAck ack, bool ap);

    FaultPlan& m_plan;
    unsigned m_retries;
    SwdTarget* m_target = nullptr;
    std::uint32_t m_select = 0;
    bool m_selectValid = false;
    std::uint64_t m_transfers = 0;
    std::uint64_t m_waitRetriesDone = 0;
    std::uint32_t m_tar = 0;  // the last TAR written through writeAp (any AP)
    std::function<void(std::uint32_t)> m_writeObserver;
};

}  // namespace rescue::sim::stlink
