#pragma once
// Plain memories for simulated chips: RAM (read/write) and ROM / flash as the debugger
// sees it (readable; a bus write faults, the chip's flash controller programs it through
// the backdoor). Little-endian; misaligned halfword/word accesses fault, as ST-LINK and
// OpenOCD never issue them and a silent rotation would hide a host bug.

#include <cstdint>

#include "core/common/bytes.h"
#include "core/sim/arm/bus.h"

namespace rescue::sim::arm {

class Memory : public Bus {
public:
    enum class Access : std::uint8_t { ReadWrite, ReadOnly };

    // `fill` is the content at power-up: 0x00 for RAM in tests, 0xFF for erased flash.
    Memory(std::uint32_t size, Access access, std::uint8_t fill = 0x00);

    BusRead read(std::uint32_t address, AccessSize size) override;
    BusStatus write(std::uint32_t address, std::uint32_t value, AccessSize size) override;

    std::uint32_t size() const { return static_cast<std::uint32_t>(m_data.size()); }
    Access access() const { return m_access; }
    void setAccess(Access access) { m_access = access; }

    // Backdoor for the chip model and tests: no access rules, false when out of range.
    bool load(std::uint32_t offset, ByteView data);
    ByteView bytes() const { return m_data; }
    std::uint32_t word(std::uint32_t offset) const;
    void fill(std::uint8_t value);

private:
    bool inRange(std::uint32_t address, unsigned length) const;

    Bytes m_data;
    Access m_access;
};

}  // namespace rescue::sim::arm
