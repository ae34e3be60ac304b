#pragma once
// A virtual CMSIS-DAP v2 probe: the device side of the CMSIS-DAP command set on the
// BulkChannel interface, driven by the same bytes as a real probe (one command per OUT
// packet, one reply per IN packet). Its firmware is what ARM's reference DAP.c does: raw
// DP/AP transfers on a sim::SwdTarget (the host writes SELECT, CSW and TAR), WAIT retried
// wait_retry times, value match re-read match_retry times with the mismatch bit when it never
// matches, the match mask, DAP_TransferBlock, DAP_WriteABORT, nRESET through DAP_SWJ_Pins,
// line reset through DAP_SWJ_Sequence.
//
// Time: each command costs one USB round trip on the Clock (the ST-LINK's LatencyModel:
// full speed for a 64-byte probe, high speed for 512), and every SWD transfer its clock
// cycles *as it happens*, so a board that answers after some lab time answers while the
// probe is still polling. The scenario's fault plan (stlink::FaultPlan: AP WAIT storms and
// FAULTs, short, oversized and lost replies, a pulled cable, a silent chip, resets and power
// losses, on a schedule or at random) is served by the same FaultInjector as on the
// ST-LINK; its "k-th AP write to address X" trigger follows TAR as the host sets it.
// Thread-safe like the virtual ST-LINK: commands are serialised.

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.h"
#include "core/sim/stlink/fault_injector.h"
#include "core/sim/stlink/fault_plan.h"
#include "core/sim/stlink/virtual_stlink.h"
#include "core/sim/swd_target.h"
#include "core/transport/bulk_channel.h"

namespace rescue::sim::cmsisdap {

// What DAP_Info reports, and the USB side.
struct CmsisDapIdentity {
    std::string vendor = "Rescue Workbench Lab";
    std::string product = "Virtual CMSIS-DAP";
    std::string serial;
    std::string firmware = "2.1.2";
    std::string protocolVersion = "2.1.0";
    std::uint8_t capabilities = 0x01;  // SWD only
    std::uint16_t packetSize = 512;    // 64: a full-speed probe, 512: high speed
    std::uint8_t packetCount = 4;
    std::uint8_t outEndpoint = 0x01;
    std::uint8_t inEndpoint = 0x81;
    bool highSpeed() const { return packetSize > 64; }
};

// The model name scenarios use ("probe": {"model": "CMSIS-DAP"}).
inline constexpr const char* kModelName = "CMSIS-DAP";
// Packet sizes a scenario may ask for.
bool validPacketSize(unsigned size);

struct CmsisDapCounters {
    std::uint64_t roundTrips = 0;    // commands answered (or swallowed by a fault)
    std::uint64_t swdTransfers = 0;  // DP/AP transfers on the wire, retries and match polls included
    std::uint64_t waitRetries = 0;
    std::uint64_t matchReads = 0;  // reads made by value match
    std::uint64_t usbBytes = 0;    // command and reply bytes
};

class VirtualCmsisDap final : public transport::BulkChannel {
public:
    VirtualCmsisDap(CmsisDapIdentity identity, Clock& clock, SwdTarget* target = nullptr);

    Status write(std::uint8_t endpoint, ByteView data, std::chrono::milliseconds timeout) override;
    Result<Bytes> read(std::uint8_t endpoint, std::size_t maxLength,
                       std::chrono::milliseconds timeout) override;

    void attachTarget(SwdTarget* target);
    const CmsisDapIdentity& identity() const { return m_identity; }
    void setFaultPlan(const stlink::FaultPlan& plan);
    stlink::FaultPlan faultPlan() const;  // with the counters left to serve
    void setBoardHooks(stlink::BoardFaultHooks hooks);
    // The faults the schedule and the random mode fired since the plan was set.
    std::vector<stlink::FiredFault> firedFaults() const;
    void setLatency(const stlink::LatencyModel& latency);
    CmsisDapCounters counters() const;
    void resetCounters();
    // True while the probe drives nRESET low.
    bool nresetAsserted() const;
    std::uint32_t swdHz() const;

private:
    Bytes execute(ByteView command);
    Bytes info(std::uint8_t id) const;
    Bytes transfer(ByteView command);
    Bytes transferBlock(ByteView command);
    Bytes swjPins(ByteView command);
    Bytes swjSequence(ByteView command);
    // One SWD transfer with the firmware's WAIT retries; FAULT and WAIT injections first.
    SwdRead doTransfer(bool ap, bool read, std::uint8_t address, std::uint32_t value);
    // The memory address a MEM-AP access reaches, from the host's SELECT, CSW and TAR writes.
    void followMemAp(bool ap, bool read, std::uint8_t address, std::uint32_t value);
    void chargeSwd(std::uint64_t transfers);
    static std::uint8_t ackBits(SwdAck ack);

    const CmsisDapIdentity m_identity;
    Clock& m_clock;
    mutable std::mutex m_mutex;
    SwdTarget* m_target = nullptr;
    stlink::FaultInjector m_faults;
    stlink::LatencyModel m_latency;
    CmsisDapCounters m_counters;
    std::optional<Bytes> m_reply;

    // Firmware state (DAP_Data in ARM's DAP.c).
    bool m_connected = false;
    std::uint32_t m_clockHz = 1'000'000;
    std::uint8_t m_idleCycles = 0;
    std::uint16_t m_waitRetry = 100;
    std::uint16_t m_matchRetry = 0;
    std::uint32_t m_matchMask = 0;
    bool m_nresetLow = false;

    // What the MEM-AP holds, as far as the fault triggers need it.
    std::uint32_t m_select = 0;
    std::uint32_t m_csw = 0;
    std::uint32_t m_tar = 0;
};

}  // namespace rescue::sim::cmsisdap
