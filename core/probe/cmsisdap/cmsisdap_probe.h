#pragma once
// The CMSIS-DAP v2 driver: DebugProbe over one bulk OUT / bulk IN endpoint pair (a real
// probe through libusb, the lab's VirtualCmsisDap in-process; the same bytes either way).
// One command per OUT packet, one reply per IN packet, no header (cmsis-dap.md section 1).
//
// Unlike an ST-LINK, the firmware is a thin SWD engine: the driver writes DP SELECT (cached,
// so a bank is selected once), MEM-AP CSW (cached per AP) and TAR itself, clears sticky
// errors with DAP_WriteABORT after a FAULT, and packs as many transfers into one packet as
// the probe's packet size (DAP_Info 0xFF) allows.
//
// runMemorySteps uses value match: a WaitUntil becomes "set the match mask, read DRW until
// (word & mask) == value", which the probe repeats by itself up to match_retry times, so a
// whole DA mailbox handshake (wait for ACK, move a word, wait, move the next...) costs one
// USB round trip per packet instead of one per poll and per word.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/probe/cmsisdap/cmsisdap_protocol.h"
#include "core/probe/debug_probe.h"
#include "core/transport/bulk_channel.h"

namespace rescue::probe::cmsisdap {

// What DAP_Info told about the probe.
struct DapInfo {
    std::string vendor, product, serial, firmware, protocolVersion;
    std::uint8_t capabilities = 0;  // byte 0 of DAP_Info 0xF0
    std::uint16_t packetSize = 64;
    std::uint8_t packetCount = 1;
    bool swd() const { return (capabilities & 0x01) != 0; }
};

struct CmsisDapOptions {
    std::uint8_t outEndpoint = 0x01;
    std::uint8_t inEndpoint = 0x81;
    // How long one USB transfer may take (a value-match packet polls for up to matchSlice).
    std::chrono::milliseconds usbTimeout{1000};
    // WAIT: the probe retries each transfer waitRetry times; the driver resends for up to
    // waitBudget before failing with probe.wait.
    std::uint16_t waitRetry = 64;
    Clock::Duration waitBudget = std::chrono::milliseconds(500);
    // The longest a value-match packet should poll before the host looks at its deadline.
    Clock::Duration matchSlice = std::chrono::milliseconds(100);
    std::uint32_t swdKHz = 4000;
};

class CmsisDapProbe final : public DebugProbe {
public:
    // Reads DAP_Info (product, serial, firmware, capabilities, packet size and count) and
    // refuses a probe without SWD. `info` is completed from what the probe says.
    static Result<std::unique_ptr<CmsisDapProbe>> open(std::shared_ptr<transport::BulkChannel> channel,
                                                       ProbeInfo info, std::shared_ptr<Clock> clock,
                                                       CmsisDapOptions options = {});
    ~CmsisDapProbe() override;

    const ProbeInfo& info() const override { return m_info; }
    ProbeCapabilities capabilities() const override;
    Clock& clock() override { return *m_clock; }
    const DapInfo& dapInfo() const { return m_dap; }

    Result<std::uint32_t> attach() override;
    Status detach() override;
    Result<double> targetVoltage() override;
    Result<std::uint32_t> setSwdFrequency(std::uint32_t kHz) override;
    Status driveNrst(NrstDrive drive) override;

    Result<std::uint32_t> readDp(std::uint16_t address) override;
    Status writeDp(std::uint16_t address, std::uint32_t value) override;
    Result<std::uint32_t> readAp(std::uint8_t ap, std::uint16_t address) override;
    Status writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) override;
    Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                             AccessWidth width = AccessWidth::Bits32) override;
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data,
                       AccessWidth width = AccessWidth::Bits32) override;
    Result<std::vector<std::uint32_t>> runMemorySteps(std::span<const MemoryStep> steps,
                                                      Clock::Duration pollTimeout) override;
    ProbeCounters counters() const override { return m_counters; }

    // The DAP_SWJ_Pins input byte of the last nRESET drive (bit 7: the line's real level).
    std::optional<std::uint8_t> lastPins() const { return m_lastPins; }

private:
    CmsisDapProbe(std::shared_ptr<transport::BulkChannel> channel, ProbeInfo info,
                  std::shared_ptr<Clock> clock, CmsisDapOptions options);

    // One command packet out, its reply back. Times out on the USB timeout; a reply that
    // does not come is answered with DAP_TransferAbort (a probe stuck polling stops).
    Result<Bytes> exchange(const Bytes& request, std::string_view what);
    Status simple(const Bytes& request, std::uint8_t command, std::string_view what);
    Status readInfo();

    // A queued transfer plus what it means to the caller.
    struct Op {
        TransferOp op;
        std::size_t step = 0;  // the caller's index (MemoryStep or element), for errors
    };
    // Runs ops through as few DAP_Transfer packets as the packet size allows, resending the
    // rest after a WAIT (within waitBudget) or a value mismatch (within the step's poll
    // timeout). Returns the words of the normal reads. On failure the error carries the
    // failing op's `step` as memory_step_evidence::kStep.
    Result<std::vector<std::uint32_t>> runOps(std::span<const Op> ops, Clock::Duration pollTimeout,
                                              std::string_view what);
    Error transferError(const TransferReply& reply, const Op& failed, std::string_view what,
                        std::optional<std::uint32_t> lastValue);
    Status clearSticky();

    // Queue helpers: SELECT only when it changes, CSW only when it changes for that AP.
    void queueSelect(std::vector<Op>& ops, std::uint32_t select, std::size_t step);
    void queueApSelect(std::vector<Op>& ops, std::uint8_t ap, std::uint16_t address, std::size_t step);
    void queueCsw(std::vector<Op>& ops, std::uint8_t ap, std::uint32_t csw, std::size_t step);
    void forgetState();
    Status ensureMatchRetry(Clock::Duration pollTimeout);

    std::shared_ptr<transport::BulkChannel> m_channel;
    ProbeInfo m_info;
    std::shared_ptr<Clock> m_clock;
    CmsisDapOptions m_options;
    DapInfo m_dap;
    ProbeCounters m_counters;
    bool m_attached = false;
    std::optional<std::uint32_t> m_select;
    std::optional<std::uint32_t> m_csw[256];
    std::optional<std::uint32_t> m_tar[256];  // the 16-byte block runMemorySteps left in TAR
    std::optional<std::uint32_t> m_matchMask;
    std::uint16_t m_matchRetry = 0;
    std::uint32_t m_swdKHz = 0;
    std::optional<std::uint8_t> m_lastPins;
};

}  // namespace rescue::probe::cmsisdap
