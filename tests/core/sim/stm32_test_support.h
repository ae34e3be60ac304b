#pragma once
// Shared by the STM32 lab suites: a board from an in-code scenario, and a minimal SWD host
// that talks to it through sim::SwdTarget exactly as a probe's firmware would (DP power-up,
// SELECT, CSW/TAR/DRW), so the suites check what a real probe would see.

#include <QtTest>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "core/common/clock.h"
#include "core/device/catalog.h"
#include "core/sim/arm/cortex_m.h"
#include "core/sim/scenario.h"
#include "core/sim/stm32/lab_board.h"
#include "core/sim/stm32/lab_board_factory.h"

namespace rescue::sim::stm32::test {

inline std::shared_ptr<const device::Catalog> catalog() {
    static auto loaded = device::loadCatalog(std::string(RESCUE_SOURCE_DIR) + "/resources/devices");
    if (!loaded)
        qFatal("catalog: %s", loaded.error().describe().c_str());
    return *loaded;
}

inline Scenario scenario(const std::string& chip, const std::string& lifecycle = "open",
                         std::map<std::string, nlohmann::json> optionBytes = {}) {
    Scenario s;
    s.name = "test-" + chip + "-" + lifecycle;
    s.chip = chip;
    s.lifecycle = lifecycle;
    s.optionBytes = std::move(optionBytes);
    s.seed = 7;
    return s;
}

// Builds the board or fails the test (QVERIFY needs a void function, hence the out param).
inline std::unique_ptr<LabBoard> makeBoard(const Scenario& s, Clock& clock) {
    auto board = makeLabBoard(s, *catalog(), clock);
    if (!board) {
        qWarning("%s", board.error().describe().c_str());
        return nullptr;
    }
    return std::move(board).value();
}

// What a probe's firmware does on the wire.
class SwdHost {
public:
    explicit SwdHost(SwdTarget& target) : m_t(target) {}

    // Line reset, DPIDR, clear errors, debug + system power-up. nullopt: no answer.
    std::optional<std::uint32_t> connect() {
        m_t.lineReset();
        const SwdRead id = m_t.read(false, 0x0);
        if (id.ack != SwdAck::Ok)
            return std::nullopt;
        m_t.write(false, 0x0, 0x1E);
        m_t.write(false, 0x4, 0x50000000);
        const SwdRead cs = m_t.read(false, 0x4);
        if (cs.ack != SwdAck::Ok || (cs.value & 0xA0000000u) != 0xA0000000u)
            return std::nullopt;
        m_selected = 0xFFFFFFFF;
        return id.value;
    }

    SwdAck select(std::uint8_t ap, std::uint8_t bank) {
        const std::uint32_t sel = (std::uint32_t{ap} << 24) | (std::uint32_t{bank} << 4);
        if (sel == m_selected)
            return SwdAck::Ok;
        const SwdAck a = m_t.write(false, 0x8, sel);
        if (a == SwdAck::Ok)
            m_selected = sel;
        return a;
    }

    SwdRead apReg(std::uint8_t ap, std::uint8_t offset) {
        if (const SwdAck a = select(ap, offset >> 4); a != SwdAck::Ok)
            return {a, 0};
        return recover(m_t.read(true, offset & 0xC));
    }

    SwdRead read32(std::uint8_t ap, std::uint32_t address) {
        if (auto a = setup(ap, address); a != SwdAck::Ok)
            return {a, 0};
        return recover(m_t.read(true, 0xC));
    }

    SwdAck write32(std::uint8_t ap, std::uint32_t address, std::uint32_t value) {
        if (auto a = setup(ap, address); a != SwdAck::Ok)
            return a;
        const SwdAck a = m_t.write(true, 0xC, value);
        if (a == SwdAck::Fault)
            m_t.write(false, 0x0, 0x1E);
        return a;
    }

    // A halfword write (CSW size 16), the value on its byte lanes.
    SwdAck write16(std::uint8_t ap, std::uint32_t address, std::uint16_t value) {
        if (auto a = select(ap, 0); a != SwdAck::Ok)
            return a;
        m_t.write(true, 0x0, 0xA2000001);
        m_t.write(true, 0x4, address);
        const SwdAck a = m_t.write(true, 0xC, std::uint32_t{value} << (8 * (address & 2u)));
        if (a == SwdAck::Fault)
            m_t.write(false, 0x0, 0x1E);
        return a;
    }

    // The value, or a test failure message naming the address.
    std::uint32_t mustRead(std::uint8_t ap, std::uint32_t address) {
        const SwdRead r = read32(ap, address);
        if (r.ack != SwdAck::Ok)
            qWarning("read AP%u 0x%08X failed (ack %d)", ap, address, static_cast<int>(r.ack));
        return r.value;
    }

private:
    SwdAck setup(std::uint8_t ap, std::uint32_t address) {
        if (auto a = select(ap, 0); a != SwdAck::Ok)
            return a;
        if (auto a = m_t.write(true, 0x0, 0xA2000002); a != SwdAck::Ok)  // CSW: 32-bit, no increment
            return a;
        return m_t.write(true, 0x4, address);
    }
    SwdRead recover(SwdRead r) {
        if (r.ack == SwdAck::Fault)
            m_t.write(false, 0x0, 0x1E);  // clear the sticky error, as probes do
        return r;
    }

    SwdTarget& m_t;
    std::uint32_t m_selected = 0xFFFFFFFF;
};

// Cortex-M debug registers a host uses.
inline constexpr std::uint32_t kDhcsr = arm::scs::kDhcsr;
inline constexpr std::uint32_t kDemcr = arm::scs::kDemcr;
inline constexpr std::uint32_t kAircr = arm::scs::kAircr;
inline constexpr std::uint32_t kDfsr = arm::scs::kDfsr;

}  // namespace rescue::sim::stm32::test
