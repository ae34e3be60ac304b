#pragma once
// ADIv5 debug port and access-port basics over any DebugProbe (Arm IHI 0031): power-up,
// sticky errors, AP identification. SELECT banking is the probe's job (see debug_probe.h).
//
// (Interface agreed by the lead for target identification; the implementation is in
// adiv5.cpp. Additions below the agreed part are marked.)

#include <cstdint>
#include <string>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/probe/debug_probe.h"

namespace rescue::arm {

namespace dp {
inline constexpr std::uint16_t kDpidr = 0x0;
inline constexpr std::uint16_t kAbort = 0x0;  // write side
inline constexpr std::uint16_t kCtrlStat = 0x4;
inline constexpr std::uint16_t kSelect = 0x8;
inline constexpr std::uint16_t kRdbuff = 0xC;

inline constexpr std::uint32_t kCsysPwrUpAck = 1u << 31;
inline constexpr std::uint32_t kCsysPwrUpReq = 1u << 30;
inline constexpr std::uint32_t kCdbgPwrUpAck = 1u << 29;
inline constexpr std::uint32_t kCdbgPwrUpReq = 1u << 28;
inline constexpr std::uint32_t kStickyErr = 1u << 5;
inline constexpr std::uint32_t kStickyCmp = 1u << 4;
inline constexpr std::uint32_t kStickyOrun = 1u << 1;

// ABORT bits that clear the sticky flags.
inline constexpr std::uint32_t kAbortClearAll = 0x1E;  // ORUNERRCLR | WDERRCLR | STKERRCLR | STKCMPCLR

// Added: the other sticky flag, and the masks the functions below use.
inline constexpr std::uint32_t kWdataErr = 1u << 7;
inline constexpr std::uint32_t kStickyMask = kStickyOrun | kStickyCmp | kStickyErr | kWdataErr;
inline constexpr std::uint32_t kPowerUpRequests = kCdbgPwrUpReq | kCsysPwrUpReq;
inline constexpr std::uint32_t kPowerUpAcks = kCdbgPwrUpAck | kCsysPwrUpAck;
}  // namespace dp

namespace ap {
inline constexpr std::uint16_t kCsw = 0x00;
inline constexpr std::uint16_t kTar = 0x04;
inline constexpr std::uint16_t kDrw = 0x0C;
inline constexpr std::uint16_t kBase = 0xF8;
inline constexpr std::uint16_t kIdr = 0xFC;
inline constexpr std::uint16_t kCfg = 0xF4;  // added
}  // namespace ap

// Requests debug and system power (CTRL/STAT CDBGPWRUPREQ | CSYSPWRUPREQ) and waits for both
// ACKs within `timeout` on the probe's clock; fails with probe.timeout naming the ACK missing.
// Sticky flags left by an earlier session are cleared first.
Status powerUp(probe::DebugProbe& probe, Clock::Duration timeout);
// Clears STICKYERR / STICKYCMP / STICKYORUN / WDATAERR through ABORT.
Status clearStickyErrors(probe::DebugProbe& probe);
// The AP's IDR; 0 when nothing is implemented at that index.
Result<std::uint32_t> readApIdr(probe::DebugProbe& probe, std::uint8_t apIndex);
// IDR CLASS (bits 16:13) is 8 for a MEM-AP.
bool isMemAp(std::uint32_t idr);

// ---- added ------------------------------------------------------------------------------

// MEM-AP CSW bits (ADIv5.2 C2.6.4).
namespace csw {
inline constexpr std::uint32_t kSizeMask = 0x7;
inline constexpr std::uint32_t kSize8 = 0x0;
inline constexpr std::uint32_t kSize16 = 0x1;
inline constexpr std::uint32_t kSize32 = 0x2;
inline constexpr std::uint32_t kAddrIncSingle = 1u << 4;
inline constexpr std::uint32_t kDeviceEn = 1u << 6;
inline constexpr std::uint32_t kTrInProg = 1u << 7;
inline constexpr std::uint32_t kSpiden = 1u << 23;
inline constexpr std::uint32_t kHnonsec = 1u << 30;
inline constexpr std::uint32_t kDbgSwEnable = 1u << 31;
}  // namespace csw

// The IDR's bus type in words: "AHB5-AP", "APB-AP", "AXI-AP", "MEM-AP", "JTAG-AP",
// "unknown AP", "no AP" (IDR 0).
std::string apKindName(std::uint32_t idr);

Result<std::uint32_t> readCsw(probe::DebugProbe& probe, std::uint8_t apIndex);
Status writeCsw(probe::DebugProbe& probe, std::uint8_t apIndex, std::uint32_t value);

}  // namespace rescue::arm
