#pragma once
// The ST-LINK driver: DebugProbe over an StlinkLink, the same code for a probe on USB,
// behind an ST-LINK server and in the lab. Facts: docs/reference/stlink-protocol.md.
//
// What it does on the wire (the section numbers are the reference's):
//  * open(): GET_VERSION, GET_VERSION_EX on V3 (3.1), GET_CURRENT_MODE (4).
//  * attach(): leave DFU / mass storage / SWIM / an earlier debug session (4), read the
//    target voltage, set the SWD clock (6), APIV2_ENTER SWD, READ_IDCODES for DPIDR.
//  * DP/AP registers: READ/WRITE_DAP_REG (8), INIT_AP once per AP and session on multi-AP
//    firmware (11; IDR reads go without it, as OpenOCD does, so probing an absent AP does
//    not open it).
//  * Memory: READMEM/WRITEMEM 8/16/32 (9), split at the firmware's block size and at the
//    1 KiB TAR auto-increment boundary, each followed by GETLASTRWSTATUS2 (or the 2-byte
//    GETLASTRWSTATUS before J15).
//  * A WAIT status is retried (backing off from 100 us to 10 ms) until options.waitBudget
//    has passed on the session clock, then probe.wait. A FAULT clears the DP's sticky
//    flags through ABORT (when the firmware has DAP register access) so the session goes on.
//  * Feature gates (3.2): a command the firmware is too old for fails before anything is
//    sent, with probe.firmware-too-old naming the version that has it.

#include <bitset>
#include <chrono>
#include <memory>

#include "core/probe/debug_probe.h"
#include "core/probe/stlink/stlink_link.h"
#include "core/probe/stlink/stlink_version.h"

namespace rescue::probe::stlink {

struct StlinkProbeOptions {
    std::chrono::milliseconds commandTimeout{1000};  // per USB exchange
    std::chrono::milliseconds waitBudget{500};       // how long WAIT answers are retried
    std::uint32_t defaultSwdKHz = 4000;
    // Where a memory command must stop so that the MEM-AP's TAR auto-increment never has
    // to cross a boundary: ADIv5 guarantees 1 KiB (section 9.1).
    std::uint32_t autoIncrementBoundary = 1024;
};

class StlinkProbe final : public DebugProbe {
public:
    // Reads the firmware version (GET_VERSION, and GET_VERSION_EX on V3) and the current
    // mode; fills info.firmware and info.model (from the PID when the caller left it empty).
    // Does not touch the target: attach() does.
    static Result<std::unique_ptr<StlinkProbe>> open(std::unique_ptr<StlinkLink> link, ProbeInfo info,
                                                     std::shared_ptr<Clock> clock,
                                                     StlinkProbeOptions options = {});

    const ProbeInfo& info() const override { return m_info; }
    ProbeCapabilities capabilities() const override;
    Clock& clock() override { return *m_clock; }

    Result<std::uint32_t> attach() override;
    Status detach() override;

    Result<double> targetVoltage() override;
    Result<std::uint32_t> setSwdFrequency(std::uint32_t kHz) override;
    Status driveNrst(probe::NrstDrive drive) override;

    Result<std::uint32_t> readDp(std::uint16_t address) override;
    Status writeDp(std::uint16_t address, std::uint32_t value) override;
    Result<std::uint32_t> readAp(std::uint8_t ap, std::uint16_t address) override;
    Status writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) override;

    Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                             AccessWidth width = AccessWidth::Bits32) override;
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data,
                       AccessWidth width = AccessWidth::Bits32) override;

    ProbeCounters counters() const override;

    // ---- ST-LINK specifics ----
    const FirmwareVersion& firmware() const { return m_firmware; }
    // The mode GET_CURRENT_MODE reported at open() (0 DFU, 1 MASS, 2 DEBUG, 3 SWIM).
    std::uint8_t modeAtOpen() const { return m_modeAtOpen; }
    bool attached() const { return m_attached; }
    // The SWD clock last set (0 until set).
    std::uint32_t swdKHz() const { return m_swdKHz; }

private:
    StlinkProbe(std::unique_ptr<StlinkLink> link, ProbeInfo info, std::shared_ptr<Clock> clock,
                StlinkProbeOptions options);

    // One exchange; transport failures become probe.timeout / probe.disconnected /
    // probe.bad-reply naming `what`.
    Result<Bytes> exchange(const Request& request, std::string_view what);
    // exchange() and check the status byte at reply[0], retrying WAIT within the budget.
    Result<Bytes> command(const Request& request, std::string_view what);
    // Sleeps before the next WAIT retry; false when the budget is spent.
    bool backOff(Clock::TimePoint start, unsigned attempt);
    Error waitError(std::string_view what, std::uint8_t status) const;
    Error statusError(std::uint8_t status, std::string_view what, std::optional<std::uint32_t> address = {});
    Error tooOld(std::string_view what, std::string_view needed) const;
    Error notAttached(std::string_view what) const;
    void clearStickyErrors();

    Status requireDapAccess(std::string_view what) const;
    Status requireAp(std::uint8_t ap, std::string_view what) const;
    Status openAp(std::uint8_t ap);

    // One memory command (within the block and boundary limits) and its status read.
    Result<Bytes> memoryChunk(bool write, std::uint8_t ap, std::uint32_t address, ByteView data,
                              std::size_t length, AccessWidth width);
    Status checkMemoryArgs(std::uint8_t ap, std::uint32_t address, std::size_t length, AccessWidth width,
                           std::string_view what) const;
    std::size_t maxBlock(AccessWidth width) const;

    std::unique_ptr<StlinkLink> m_link;
    ProbeInfo m_info;
    std::shared_ptr<Clock> m_clock;
    StlinkProbeOptions m_options;
    FirmwareVersion m_firmware;
    std::uint8_t m_modeAtOpen = 0;
    bool m_attached = false;
    std::uint32_t m_swdKHz = 0;
    std::optional<double> m_lastVoltage;
    std::bitset<256> m_openAps;
    std::uint64_t m_waitRetries = 0;
};

}  // namespace rescue::probe::stlink
