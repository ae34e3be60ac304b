#pragma once
// ADIv5 SW-DP (docs/reference/cmsis-dap.md sections 4-5): DPIDR, CTRL/STAT with the
// power-up request -> acknowledge handshake, sticky errors cleared through ABORT, SELECT
// banking (APSEL, APBANKSEL, DPBANKSEL), RDBUFF, and the line state (after a line reset
// only a DPIDR read is accepted). A board wraps it to implement sim::SwdTarget and flips
// its switches: not responding at all (unpowered, gated under reset, locked), power-up
// requests not acknowledged, debug domain power lost.
//
// Like the SwdTarget it serves, it hides the posted-read pipeline: an AP read returns the
// register's value at once, and RDBUFF returns the last AP read again.
// Not thread-safe: the board (and the probe driving it) serialise access.

#include <array>
#include <cstdint>

#include "core/sim/arm/access_port.h"
#include "core/sim/swd_target.h"

namespace rescue::sim::arm {

namespace dp_reg {
inline constexpr std::uint8_t kDpidr = 0x0;  // read
inline constexpr std::uint8_t kAbort = 0x0;  // write
inline constexpr std::uint8_t kCtrlStat = 0x4;
inline constexpr std::uint8_t kResend = 0x8;     // read
inline constexpr std::uint8_t kSelect = 0x8;     // write
inline constexpr std::uint8_t kRdbuff = 0xC;     // read
inline constexpr std::uint8_t kTargetSel = 0xC;  // write
}  // namespace dp_reg

namespace ctrlstat {
inline constexpr std::uint32_t kOrunDetect = 1u << 0;
inline constexpr std::uint32_t kStickyOrun = 1u << 1;
inline constexpr std::uint32_t kStickyCmp = 1u << 4;
inline constexpr std::uint32_t kStickyErr = 1u << 5;
inline constexpr std::uint32_t kReadOk = 1u << 6;
inline constexpr std::uint32_t kWdataErr = 1u << 7;
inline constexpr std::uint32_t kCdbgRstReq = 1u << 26;
inline constexpr std::uint32_t kCdbgRstAck = 1u << 27;
inline constexpr std::uint32_t kCdbgPwrUpReq = 1u << 28;
inline constexpr std::uint32_t kCdbgPwrUpAck = 1u << 29;
inline constexpr std::uint32_t kCsysPwrUpReq = 1u << 30;
inline constexpr std::uint32_t kCsysPwrUpAck = 1u << 31;
inline constexpr std::uint32_t kStickyMask = kStickyOrun | kStickyCmp | kStickyErr | kWdataErr;
}  // namespace ctrlstat

namespace abort_bits {
inline constexpr std::uint32_t kDapAbort = 1u << 0;
inline constexpr std::uint32_t kStkCmpClr = 1u << 1;
inline constexpr std::uint32_t kStkErrClr = 1u << 2;
inline constexpr std::uint32_t kWdErrClr = 1u << 3;
inline constexpr std::uint32_t kOrunErrClr = 1u << 4;
inline constexpr std::uint32_t kClearAll = 0x1E;
}  // namespace abort_bits

struct DebugPortConfig {
    // 0x6BA02477: Arm SW-DP v2 (Cortex-M7/M33 parts); 0x1BA01477: SW-DP v1 (Cortex-M3/M4).
    std::uint32_t dpidr = 0x6BA02477;
    std::uint32_t targetId = 0;  // DPv2 bank 2
    std::uint32_t dlpidr = 0;    // DPv2 bank 3
    // AP accesses while CDBGPWRUPACK is clear answer FAULT (sticky error), as a debug
    // domain that is not powered cannot serve them.
    bool apRequiresDebugPower = true;
};

class DebugPort {
public:
    explicit DebugPort(DebugPortConfig config = {});

    // Attaches `ap` as APSEL `apsel` (not owned); nullptr detaches. A missing AP reads as
    // zero (IDR 0 = no AP), which is how hosts scan.
    void attachAp(std::uint8_t apsel, AccessPort* ap);

    // ---- the wire ----
    void lineReset();
    SwdRead read(bool ap, std::uint8_t address);
    SwdAck write(bool ap, std::uint8_t address, std::uint32_t value);

    // ---- the board's switches ----
    // false: nothing drives SWDIO (every access answers NoResponse, line resets do nothing).
    void setResponding(bool responding) { m_responding = responding; }
    bool responding() const { return m_responding; }
    // false: CDBGPWRUPREQ / CSYSPWRUPREQ stay unacknowledged.
    void setPowerUpAllowed(bool allowed);
    // The debug and system power domains went down: requests and acknowledges drop.
    void powerLoss();
    // Power-on reset of the DP: registers cleared, a line reset is needed before any access.
    void reset();

    // ---- inspection (no side effects) ----
    std::uint32_t ctrlStat() const;
    std::uint32_t select() const { return m_select; }
    bool debugPowered() const { return (ctrlStat() & ctrlstat::kCdbgPwrUpAck) != 0; }
    bool stickyError() const { return (m_sticky & ctrlstat::kStickyMask) != 0; }
    bool lineActive() const { return m_line == Line::Active; }
    const DebugPortConfig& config() const { return m_config; }

private:
    enum class Line : std::uint8_t { NeedsLineReset, NeedsIdRead, Active };

    SwdRead readDp(std::uint8_t address);
    SwdAck writeDp(std::uint8_t address, std::uint32_t value);
    SwdRead readAp(std::uint8_t address);
    SwdAck writeAp(std::uint8_t address, std::uint32_t value);
    // Rejects AP traffic when a sticky flag is set or the debug domain is off.
    bool apBlocked();
    AccessPort* selectedAp() const;
    std::uint8_t apOffset(std::uint8_t address) const;

    DebugPortConfig m_config;
    std::array<AccessPort*, 256> m_aps{};
    Line m_line = Line::NeedsLineReset;
    bool m_responding = true;
    bool m_powerUpAllowed = true;
    std::uint32_t m_control = 0;  // the writable CTRL/STAT bits as last written
    std::uint32_t m_sticky = 0;
    std::uint32_t m_select = 0;
    std::uint32_t m_dlcr = 0;
    std::uint32_t m_rdbuff = 0;
    std::uint32_t m_lastRead = 0;  // RESEND
};

}  // namespace rescue::sim::arm
