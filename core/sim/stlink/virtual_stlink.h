#pragma once
// A virtual ST-LINK: the device side of the ST-LINK USB protocol on the BulkChannel
// interface, driven by the same bytes as a real probe. A 16-byte command goes to the OUT
// endpoint, an optional data-out phase follows on the same endpoint, and the reply (if the
// command has one) waits on the IN endpoint 0x81 with exactly the length the reference
// gives; reading when there is no reply times out, as on USB.
//
// Time: every command costs one USB round trip on the probe's Clock (see LatencyModel),
// and the number of round trips is counted for tests and benchmarks.
// Misbehaviour on demand: FaultPlan (WAIT storms, FAULTs, short or oversized replies,
// silence, disconnect, a silent chip), now or on a schedule / at random; faults that act on
// the board (reset, power loss) go through the BoardFaultHooks its lab installs.
// Thread-safe: the TCP server thread and test code may use it concurrently; commands are
// serialised like the probe's single USB pipe.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

#include "core/common/clock.h"
#include "core/sim/stlink/fault_injector.h"
#include "core/sim/stlink/fault_plan.h"
#include "core/sim/stlink/stlink_firmware.h"
#include "core/sim/stlink/stlink_identity.h"
#include "core/transport/bulk_channel.h"

namespace rescue::sim::stlink {

// What one command costs in time.
//  * perRoundTrip: docs/reference/stlink-protocol.md section 9.2 ("plan with ~1 ms per
//    command+reply on V2 and 0.125-0.25 ms on V3": full-speed frames are 1 ms, high-speed
//    microframes 125 us) and section 12.10 ("~1 ms V2, ~0.2 ms V3").
//  * perUsbByte [inferred]: bulk throughput of ~1 MB/s at full speed (12 Mbit/s) and
//    ~40 MB/s at high speed (480 Mbit/s).
//  * SWD time [inferred]: 46 clock cycles per transfer (8 request, 1 turnaround, 3 ACK,
//    1 turnaround, 33 data + parity: cmsis-dap.md section 4.1) at the probe's SWD clock.
struct LatencyModel {
    Clock::Duration perRoundTrip{};
    Clock::Duration perUsbByte{};
    unsigned swdCyclesPerTransfer = 46;

    static LatencyModel fullSpeed();  // V2, V2-1
    static LatencyModel highSpeed();  // V3
    static LatencyModel none();
};

struct StlinkCounters {
    std::uint64_t roundTrips = 0;    // commands executed (command + data phases + reply)
    std::uint64_t swdTransfers = 0;  // DP/AP transfers the firmware made, retries included
    std::uint64_t waitRetries = 0;   // transfers repeated because the target answered WAIT
};

class VirtualStlink final : public transport::BulkChannel {
public:
    // `target` may be nullptr: a probe with nothing on its cable.
    VirtualStlink(StlinkIdentity identity, Clock& clock, SwdTarget* target = nullptr,
                  FirmwareOptions options = {});

    Status write(std::uint8_t endpoint, ByteView data, std::chrono::milliseconds timeout) override;
    Result<Bytes> read(std::uint8_t endpoint, std::size_t maxLength,
                       std::chrono::milliseconds timeout) override;

    void attachTarget(SwdTarget* target);
    const StlinkIdentity& identity() const { return m_identity; }

    // Replaces the plan and starts its schedule afresh (command count, AP write counts and
    // lab time from now). An empty plan is a re-plug: the cable is back, the chip answers.
    void setFaultPlan(const FaultPlan& plan);
    FaultPlan faultPlan() const;  // with the counters left to serve
    void setBoardHooks(BoardFaultHooks hooks);
    // The faults the schedule and the random mode fired since the plan was set.
    std::vector<FiredFault> firedFaults() const;
    // For the ST-LINK server: true once after a ServerDrop fault fired (it closes the client).
    bool takeConnectionDrop();
    void setLatency(const LatencyModel& latency);
    LatencyModel latency() const;

    StlinkCounters counters() const;
    void resetCounters();
    probe::stlink::Mode mode() const;
    std::uint32_t swdKHz() const;

private:
    void finishCommand(std::optional<Bytes> reply, std::size_t usbBytes, std::uint64_t transfersBefore);
    void chargeTime(std::size_t usbBytes, std::uint64_t transfers);

    const StlinkIdentity m_identity;
    Clock& m_clock;
    mutable std::mutex m_mutex;
    FaultInjector m_faults;  // before the firmware, which consumes its plan
    StlinkFirmware m_firmware;
    LatencyModel m_latency;
    StlinkCounters m_counters;
    std::uint64_t m_transfersAtReset = 0;
    std::uint64_t m_retriesAtReset = 0;

    // A command waiting for its data-out phase.
    std::optional<probe::stlink::CommandBlock> m_pendingCommand;
    std::size_t m_pendingLength = 0;
    Bytes m_pendingData;
    // The reply waiting on the IN endpoint.
    std::optional<Bytes> m_reply;
};

}  // namespace rescue::sim::stlink
