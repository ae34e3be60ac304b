#pragma once
// ADIv5 debug port and access-port basics over any DebugProbe (Arm IHI 0031): power-up,
// sticky errors, AP identification. SELECT banking is the probe's job (see debug_probe.h).
//
// (Interface agreed by the lead for target identification; the implementation belongs with
// the arm layer in adiv5.cpp.)

#include <cstdint>

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
}  // namespace dp

namespace ap {
inline constexpr std::uint16_t kCsw = 0x00;
inline constexpr std::uint16_t kTar = 0x04;
inline constexpr std::uint16_t kDrw = 0x0C;
inline constexpr std::uint16_t kBase = 0xF8;
inline constexpr std::uint16_t kIdr = 0xFC;
}  // namespace ap

// Requests debug and system power (CTRL/STAT CDBGPWRUPREQ | CSYSPWRUPREQ) and waits for both
// ACKs within `timeout` on the probe's clock; fails with probe.timeout naming the ACK missing.
Status powerUp(probe::DebugProbe& probe, Clock::Duration timeout);
// Clears STICKYERR / STICKYCMP / STICKYORUN / WDATAERR through ABORT.
Status clearStickyErrors(probe::DebugProbe& probe);
// The AP's IDR; 0 when nothing is implemented at that index.
Result<std::uint32_t> readApIdr(probe::DebugProbe& probe, std::uint8_t apIndex);
// IDR CLASS (bits 16:13) is 8 for a MEM-AP.
bool isMemAp(std::uint32_t idr);

}  // namespace rescue::arm
