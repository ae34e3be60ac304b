#include "support/test_board.h"

#include <cassert>

namespace rescue::testsupport {

using namespace sim::arm;

TestBoard::TestBoard(TestBoardConfig config)
    : m_config(config),
      m_dp(DebugPortConfig{config.dpidr}),
      m_systemAp(m_systemApBus, MemApConfig{0x14770015 /* AHB5-AP-like system AP */, 0xE00E0003}),
      m_ram(config.ramSize, Memory::Access::ReadWrite),
      m_flash(config.flashSize, Memory::Access::ReadOnly, 0xFF),
      m_core(config.core, m_bus),
      m_coreAp(m_bus, MemApConfig{0x34770015 /* AHB5-AP */, 0xE00FF003}) {
    // AP0: a DBGMCU-like block whose first register is the IDCODE.
    m_dbgmcu.define(0, config.idcodeValue);
    [[maybe_unused]] Status s = m_systemApBus.map(config.idcodeAddress, 0x400, m_dbgmcu, "DBGMCU");
    assert(s.ok());
    // AP1: the core's view.
    s = m_bus.map(config.flashBase, config.flashSize, m_flash, "flash");
    assert(s.ok());
    s = m_bus.map(config.ramBase, config.ramSize, m_ram, "RAM");
    assert(s.ok());
    s = m_bus.map(kPpbBase, kPpbSize, m_core, "PPB");
    assert(s.ok());

    // A vector table: initial SP at the top of RAM, reset handler at flash + 0x100
    // holding `b .` (0xE7FE) so the core has something to run.
    Bytes vectors;
    appendLe32(vectors, config.ramBase + config.ramSize);
    appendLe32(vectors, resetHandler() | 1u);
    m_flash.load(0, vectors);
    m_flash.load(0x100, Bytes{0xFE, 0xE7});

    m_dp.attachAp(config.systemAp, &m_systemAp);
    m_dp.attachAp(config.coreAp, &m_coreAp);
    m_core.setResetVectorTable(config.flashBase);
    m_core.setSystemResetRequestHandler([this] {
        ++m_sysResetRequests;
        m_core.pulseReset(ResetKind::System);
    });
    m_core.releaseReset();  // power-up
}

void TestBoard::setProbeNrst(bool asserted) {
    if (asserted && !m_probeNrst)
        ++m_nrstAssertions;
    if (!m_config.nrstWired) {
        m_probeNrst = false;  // the pin goes nowhere
        return;
    }
    const bool wasLow = nrstLow();
    m_probeNrst = asserted;
    updateReset(wasLow);
}

void TestBoard::pressResetButton(bool pressed) {
    const bool wasLow = nrstLow();
    m_button = pressed;
    updateReset(wasLow);
}

void TestBoard::updateReset(bool wasLow) {
    const bool low = nrstLow();
    if (low == wasLow)
        return;
    if (low) {
        m_core.assertReset(ResetKind::System);
        if (m_config.swdGatedInReset)
            m_dp.setResponding(false);
    } else {
        if (m_config.swdGatedInReset) {
            m_dp.setResponding(true);
            m_dp.reset();  // the debug logic was held too: a line reset is needed again
        }
        m_core.releaseReset();
    }
}

}  // namespace rescue::testsupport
