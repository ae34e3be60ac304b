#pragma once
// A block of 32-bit memory-mapped registers (a DBGMCU, a flash controller, an IDCODE
// register): each register has a stored value, the bits a bus write may change, and
// optional hooks for registers whose reads or writes have side effects. Byte and halfword
// accesses see the register's byte lanes, as on an AHB/APB peripheral.

#include <cstdint>
#include <functional>
#include <map>

#include "core/sim/arm/bus.h"

namespace rescue::sim::arm {

class RegisterBank : public Bus {
public:
    struct Register {
        std::uint32_t value = 0;
        std::uint32_t writableMask = 0;  // bits a bus write changes; 0 = read-only
        // Computes what a read returns from the stored value (clear-on-read, live status).
        std::function<std::uint32_t(std::uint32_t stored)> onRead;
        // Called after a bus write with the new stored value; may refuse with Fault or Wait.
        std::function<BusStatus(std::uint32_t written)> onWrite;
    };

    // What an access to an offset with no register does.
    enum class Unmapped : std::uint8_t { Fault, ReadAsZero };

    explicit RegisterBank(Unmapped unmapped = Unmapped::Fault) : m_unmapped(unmapped) {}

    // Defines (or redefines) the register at word offset `offset`.
    Register& define(std::uint32_t offset, std::uint32_t resetValue, std::uint32_t writableMask = 0);
    bool has(std::uint32_t offset) const { return m_registers.contains(offset & ~3u); }

    // Backdoor for the chip model and tests: no hooks, no masks; 0 when undefined.
    std::uint32_t value(std::uint32_t offset) const;
    void setValue(std::uint32_t offset, std::uint32_t value);

    BusRead read(std::uint32_t address, AccessSize size) override;
    BusStatus write(std::uint32_t address, std::uint32_t value, AccessSize size) override;

private:
    std::map<std::uint32_t, Register> m_registers;
    Unmapped m_unmapped;
};

}  // namespace rescue::sim::arm
