#pragma once
// A generic healthy board for lab tests: an SW-DP with AP0 (a MEM-AP over a small system
// bus exposing a DBGMCU-like IDCODE register) and AP1 (a MEM-AP over RAM, a flash-like ROM
// holding a vector table, and a Cortex-M's PPB). No STM32 rules: the STM32 chip models
// replace it. Knobs for tests: NRST wired or not, SWD gated while NRST is low, voltage.

#include <cstdint>

#include "core/sim/arm/cortex_m.h"
#include "core/sim/arm/debug_port.h"
#include "core/sim/arm/mem_ap.h"
#include "core/sim/arm/memory.h"
#include "core/sim/arm/register_bank.h"
#include "core/sim/arm/system_bus.h"
#include "core/sim/swd_target.h"

namespace rescue::testsupport {

struct TestBoardConfig {
    std::uint32_t dpidr = 0x6BA02477;
    std::uint32_t idcodeAddress = 0xE0044000;  // on AP0's bus
    std::uint32_t idcodeValue = 0x10010484;
    sim::arm::CortexMConfig core = sim::arm::cortexM33();
    std::uint32_t ramBase = 0x20000000;
    std::uint32_t ramSize = 64 * 1024;
    std::uint32_t flashBase = 0x08000000;
    std::uint32_t flashSize = 128 * 1024;
    bool nrstWired = true;
    bool swdGatedInReset = false;
    double voltage = 3.3;
    // AP numbers: the system AP and the core's AP (0 and 1 on STM32H5/H7RS).
    std::uint8_t systemAp = 0;
    std::uint8_t coreAp = 1;
};

class TestBoard final : public sim::SwdTarget {
public:
    explicit TestBoard(TestBoardConfig config = {});

    void lineReset() override { m_dp.lineReset(); }
    sim::SwdRead read(bool ap, std::uint8_t address) override { return m_dp.read(ap, address); }
    sim::SwdAck write(bool ap, std::uint8_t address, std::uint32_t value) override {
        return m_dp.write(ap, address, value);
    }
    void setProbeNrst(bool asserted) override;
    double targetVoltage() const override { return m_config.voltage; }

    // What the board's reset button does (whether or not the probe's NRST is wired).
    void pressResetButton(bool pressed);

    const TestBoardConfig& config() const { return m_config; }
    sim::arm::DebugPort& dp() { return m_dp; }
    sim::arm::MemAp& systemAp() { return m_systemAp; }
    sim::arm::MemAp& coreAp() { return m_coreAp; }
    sim::arm::CortexM& core() { return m_core; }
    sim::arm::Memory& ram() { return m_ram; }
    sim::arm::Memory& flash() { return m_flash; }
    sim::arm::RegisterBank& dbgmcu() { return m_dbgmcu; }
    bool nrstLow() const { return m_probeNrst || m_button; }
    unsigned probeNrstAssertions() const { return m_nrstAssertions; }
    unsigned systemResetRequests() const { return m_sysResetRequests; }
    // Where the reset handler starts (flash base + 0x100).
    std::uint32_t resetHandler() const { return m_config.flashBase + 0x100; }

private:
    void updateReset(bool wasLow);

    TestBoardConfig m_config;
    sim::arm::DebugPort m_dp;
    sim::arm::RegisterBank m_dbgmcu;
    sim::arm::SystemBus m_systemApBus;
    sim::arm::MemAp m_systemAp;
    sim::arm::Memory m_ram;
    sim::arm::Memory m_flash;
    sim::arm::SystemBus m_bus;
    sim::arm::CortexM m_core;
    sim::arm::MemAp m_coreAp;
    bool m_probeNrst = false;
    bool m_button = false;
    unsigned m_nrstAssertions = 0;
    unsigned m_sysResetRequests = 0;
};

}  // namespace rescue::testsupport
