#pragma once
// The command interpreter of a virtual ST-LINK: what the probe's firmware does with each
// 16-byte command block (docs/reference/stlink-protocol.md sections 3-12). It keeps the
// probe's state (mode, SWD clock, opened APs, last read/write status, RW_MISC results),
// honours the feature gates of its firmware version, and reaches the board only through
// SwdEngine. USB plumbing, latency and reply-level faults live in VirtualStlink.
//
// Choices where the reference is silent (all [inferred]):
// * Target commands outside DEBUG mode answer JTAG_CMD_ERROR (0x08).
// * With multi-AP firmware (V2 >= J28, V3) memory commands need INIT_AP for their AP first;
//   otherwise they fail with BAD_AP (0x1D), the status CLOSE_AP_DBG is known to return.
// * APIV2_ENTER with no board attached answers NO_DEVICE_CONNECTED (0x05); a board whose DP
//   does not answer gives SWD_DP_ERROR (0x16); power-up not acknowledged gives
//   JTAG_DBG_POWER_ERROR (0x0B). JTAG entry answers UNKNOWN_JTAG_CHAIN: the lab is SWD only.
// * A V2 SWD divisor outside the known tables answers JTAG_FREQ_NOT_SUPPORTED (0x41).
// * Firmware-default CSW (memory commands with CSW 0, or firmware without CSW support):
//   0xA2000000 | size | increment, OpenOCD's AHB default.
// * Unaligned 16/32-bit accesses answer JTAG_ALIGNMENT_ERROR (0x0A); transfers above the
//   size limits answer JTAG_CMD_ERROR (0x08).
// * DRIVE_NRST PULSE holds the line low for 1 ms of the probe's clock.

#include <bitset>
#include <chrono>
#include <cstdint>
#include <optional>

#include "core/common/bytes.h"
#include "core/common/clock.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/sim/stlink/fault_plan.h"
#include "core/sim/stlink/stlink_identity.h"
#include "core/sim/stlink/swd_engine.h"

namespace rescue::sim::stlink {

// How firmware too old for a command reacts (section 12.1): a reply of the expected
// length with status JTAG_UNKNOWN_CMD (0x42), or no reply at all.
enum class GatedCommandReply : std::uint8_t { UnknownCommandStatus, NoReply };

struct FirmwareOptions {
    GatedCommandReply gatedCommands = GatedCommandReply::UnknownCommandStatus;
    // How often the firmware repeats an SWD transfer that answered WAIT before reporting
    // SWD_AP_WAIT / SWD_DP_WAIT. Not published; a choice.
    unsigned waitRetries = 32;
    std::chrono::milliseconds nrstPulse{1};
};

class StlinkFirmware {
public:
    StlinkFirmware(StlinkIdentity identity, Clock& clock, FaultPlan& plan, FirmwareOptions options = {});

    void setTarget(SwdTarget* target);
    SwdTarget* target() const { return m_engine.target(); }

    // Bytes of the data-out phase that follow this command block (0: none).
    std::size_t dataOutLength(const probe::stlink::CommandBlock& block) const;
    // Runs one command; nullopt when the command has no IN phase.
    std::optional<Bytes> execute(const probe::stlink::CommandBlock& block, ByteView dataOut);

    const StlinkIdentity& identity() const { return m_identity; }
    probe::stlink::Mode mode() const { return m_mode; }
    std::uint32_t swdKHz() const { return m_swdKHz; }
    bool apOpen(std::uint8_t apsel) const { return m_openAps.test(apsel); }
    const SwdEngine& engine() const { return m_engine; }
    SwdEngine& engine() { return m_engine; }

private:
    using Block = probe::stlink::CommandBlock;
    std::optional<Bytes> executeDebug(const Block& b, ByteView data);
    std::optional<Bytes> memoryCommand(const Block& b, ByteView data);
    std::optional<Bytes> dapRegister(const Block& b);
    std::optional<Bytes> rwMiscOut(const Block& b, ByteView data);
    std::optional<Bytes> hlaCommand(const Block& b);
    std::optional<Bytes> enter(const Block& b);
    std::optional<Bytes> driveNrst(std::uint8_t how);
    std::optional<Bytes> gated(std::size_t replyLength) const;
    bool has(probe::stlink::Feature f) const;
    bool inDebug() const { return m_mode == probe::stlink::Mode::Debug; }
    std::uint32_t defaultCswHigh() const;

    StlinkIdentity m_identity;
    Clock& m_clock;
    FirmwareOptions m_options;
    SwdEngine m_engine;
    probe::stlink::Mode m_mode;
    std::uint32_t m_swdKHz;
    std::uint16_t m_jtagDivisor = 32;
    std::bitset<256> m_openAps;
    probe::stlink::LastRwStatus m_lastRw{static_cast<std::uint16_t>(probe::stlink::StlinkStatus::Ok), 0};
    Bytes m_miscResults;
};

}  // namespace rescue::sim::stlink
