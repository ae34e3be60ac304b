#pragma once
// A simulated bus slave: what a MEM-AP or a core sees when it issues one transfer. Values
// are right-aligned (an 8-bit read returns the byte in bits 7:0); byte-lane placement on
// the 32-bit data bus is the MEM-AP's job. Addresses are offsets from the start of the
// region the slave is mapped at (see SystemBus).

#include <cstdint>

namespace rescue::sim::arm {

enum class BusStatus : std::uint8_t {
    Ok,
    Fault,  // error response (unmapped, protected, read-only): the MEM-AP answers FAULT
    Wait,   // not ready yet (a slow peripheral, a flash busy programming): try again
};

enum class AccessSize : std::uint8_t { Byte = 1, Half = 2, Word = 4 };

inline constexpr unsigned bytesOf(AccessSize s) {
    return static_cast<unsigned>(s);
}
inline constexpr std::uint32_t maskOf(AccessSize s) {
    return s == AccessSize::Word ? 0xFFFFFFFFu : (s == AccessSize::Half ? 0xFFFFu : 0xFFu);
}
inline constexpr bool isAligned(std::uint32_t address, AccessSize s) {
    return (address & (bytesOf(s) - 1)) == 0;
}

struct BusRead {
    BusStatus status = BusStatus::Fault;
    std::uint32_t value = 0;
};

class Bus {
public:
    virtual ~Bus() = default;
    virtual BusRead read(std::uint32_t address, AccessSize size) = 0;
    virtual BusStatus write(std::uint32_t address, std::uint32_t value, AccessSize size) = 0;
};

}  // namespace rescue::sim::arm
