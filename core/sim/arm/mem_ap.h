#pragma once
// ADIv5 MEM-AP (AHB-AP / APB-AP): CSW, TAR, DRW with 8/16/32-bit transfers, byte-lane
// placement, single and packed auto-increment wrapping at the implementation's boundary,
// banked data registers BD0-BD3, CFG, BASE and IDR (docs/reference/cmsis-dap.md section 6).
//
// A chip can disable the AP (STM32: DBGMCU_SR.AP_ENABLED clear, e.g. AP1 in Closed). A
// disabled MEM-AP still answers its own registers (IDR, CFG, BASE, CSW, TAR) so that a host
// can identify it, reads CSW.DeviceEn = 0, and answers FAULT to every DRW/BDx transfer,
// which sets the DP's sticky error. That is the ADIv5 meaning of DeviceEn = 0 ("the AP
// cannot issue transactions"); the STM32 SVD text says debug access to the AP "is blocked",
// and tools then report "Cannot connect to access port 1". A chip that should look silent
// instead (no ACK at all) makes its DebugPort stop responding.

#include <cstdint>

#include "core/sim/arm/access_port.h"
#include "core/sim/arm/bus.h"

namespace rescue::sim::arm {

namespace csw {
inline constexpr std::uint32_t kSizeMask = 0x7;
inline constexpr std::uint32_t kSize8 = 0x0;
inline constexpr std::uint32_t kSize16 = 0x1;
inline constexpr std::uint32_t kSize32 = 0x2;
inline constexpr std::uint32_t kAddrIncShift = 4;
inline constexpr std::uint32_t kAddrIncMask = 0x30;
inline constexpr std::uint32_t kAddrIncOff = 0x00;
inline constexpr std::uint32_t kAddrIncSingle = 0x10;
inline constexpr std::uint32_t kAddrIncPacked = 0x20;
inline constexpr std::uint32_t kDeviceEn = 1u << 6;
inline constexpr std::uint32_t kTrInProg = 1u << 7;
inline constexpr std::uint32_t kSpiden = 1u << 23;
inline constexpr std::uint32_t kHnonsec = 1u << 30;
inline constexpr std::uint32_t kDbgSwEnable = 1u << 31;
// OpenOCD's AHB default: DbgSwEnable | master type debug | HPROT1, 32-bit, no increment.
inline constexpr std::uint32_t kOpenOcdDefault = 0xA2000000;
}  // namespace csw

namespace ap_reg {
inline constexpr std::uint8_t kCsw = 0x00;
inline constexpr std::uint8_t kTar = 0x04;
inline constexpr std::uint8_t kTarHigh = 0x08;
inline constexpr std::uint8_t kDrw = 0x0C;
inline constexpr std::uint8_t kBd0 = 0x10;
inline constexpr std::uint8_t kBd3 = 0x1C;
inline constexpr std::uint8_t kMbt = 0x20;
inline constexpr std::uint8_t kBaseHigh = 0xF0;
inline constexpr std::uint8_t kCfg = 0xF4;
inline constexpr std::uint8_t kBase = 0xF8;
inline constexpr std::uint8_t kIdr = 0xFC;
}  // namespace ap_reg

struct MemApConfig {
    std::uint32_t idr = 0x24770011;   // AHB-AP of a Cortex-M3/M4 (section 6 example)
    std::uint32_t base = 0xE00FF003;  // ROM table address | present | ADIv5 format
    std::uint32_t cfg = 0;            // little-endian, 32-bit addresses
    // Read-only CSW bits the implementation reports (e.g. SPIDEN on a TrustZone part).
    std::uint32_t cswFixedBits = 0;
    // CSW at reset: Prot = HPROT data|privileged, 32-bit; DeviceEn is computed.
    std::uint32_t cswReset = 0x03000002;
    // TAR auto-increment wraps inside this block: 1 KiB is what ADIv5 guarantees; a
    // Cortex-M3/M4 AHB-AP increments across 4 KiB (OpenOCD splits at 4 KiB for them).
    std::uint32_t autoIncrementBlock = 1024;
};

class MemAp : public AccessPort {
public:
    MemAp(Bus& bus, MemApConfig config = {});

    SwdRead read(std::uint8_t offset) override;
    SwdAck write(std::uint8_t offset, std::uint32_t value) override;

    // The board's switch (STM32 DBGMCU_SR.AP_ENABLED); see the header comment.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool enabled() const { return m_enabled; }

    std::uint32_t csw() const;
    std::uint32_t tar() const { return m_tar; }
    const MemApConfig& config() const { return m_config; }
    // Power-on reset of the AP's registers.
    void reset();

private:
    SwdRead transferRead(std::uint32_t address, bool increment);
    SwdAck transferWrite(std::uint32_t address, std::uint32_t value, bool increment);
    AccessSize size() const;
    std::uint32_t nextTar(std::uint32_t address, unsigned step) const;

    Bus& m_bus;
    MemApConfig m_config;
    std::uint32_t m_csw;
    std::uint32_t m_tar = 0;
    bool m_enabled = true;
};

}  // namespace rescue::sim::arm
