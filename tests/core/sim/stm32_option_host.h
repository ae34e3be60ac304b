#pragma once
// Option-byte programming the way a host does it on each family, through SwdHost and AP1,
// with register addresses and bits taken from the catalog (as the host side of the
// workbench will): H5 OPTKEYR + *_PRG + OPTSTRT, H7RS OPTKEYR + PG_OPT + *SRP.

#include "stm32_test_support.h"

namespace rescue::sim::stm32::test {

inline std::uint32_t flashReg(const device::Family& f, const char* name) {
    return *f.flashRegisters.address(name);
}

inline std::uint32_t flashBit(const device::Family& f, const char* reg, const char* field) {
    return f.flashRegisters.registerNamed(reg)->field(field)->mask();
}

inline std::uint32_t curAddress(const device::Family& f, const char* reg) {
    const auto& t = f.optionBytes;
    return t.curAddress(*t.registerNamed(reg));
}

inline std::uint32_t prgAddress(const device::Family& f, const char* reg) {
    const auto& t = f.optionBytes;
    return t.prgAddress(*t.registerNamed(reg));
}

inline bool isH7rs(const device::Family& f) {
    return f.flashRegisters.registerNamed("NSCR") == nullptr;
}

// Only when locked: a key written while unlocked is a repeated sequence (locks until reset).
inline void unlockOptions(SwdHost& host, const device::Family& f) {
    if (!(host.mustRead(1, flashReg(f, "OPTCR")) & flashBit(f, "OPTCR", "OPTLOCK")))
        return;
    host.write32(1, flashReg(f, "OPTKEYR"), f.keys.optKey1);
    host.write32(1, flashReg(f, "OPTKEYR"), f.keys.optKey2);
}

// Writes `value` to the programming copy of `reg` and launches the change; lets the
// option-change time pass. Returns the write's ack of the launch.
inline SwdAck programOption(SwdHost& host, LabBoard& board, VirtualClock& clock, const char* reg,
                            std::uint32_t value) {
    const device::Family& f = board.chip().family();
    unlockOptions(host, f);
    SwdAck ack;
    if (isH7rs(f)) {
        host.write32(1, flashReg(f, "OPTCR"), flashBit(f, "OPTCR", "PG_OPT"));
        ack = host.write32(1, prgAddress(f, reg), value);
    } else {
        host.write32(1, prgAddress(f, reg), value);
        ack = host.write32(1, flashReg(f, "OPTCR"), flashBit(f, "OPTCR", "OPTSTRT"));
    }
    clock.advance(std::chrono::milliseconds(50));
    board.sync();
    return ack;
}

// The register in force with one field replaced (read-modify-write, as hosts do).
inline std::uint32_t withField(const device::Family& f, std::uint32_t current, const char* field,
                               std::uint32_t v) {
    return f.optionBytes.field(field)->insert(current, v);
}

inline std::uint32_t optionErrorFlag(const device::Family& f) {
    return isH7rs(f) ? flashBit(f, "OPTISR", "OPTERRF") : flashBit(f, "NSSR", "OPTCHANGEERR");
}

inline std::uint32_t optionErrorRegister(const device::Family& f) {
    return flashReg(f, isH7rs(f) ? "OPTISR" : "NSSR");
}

}  // namespace rescue::sim::stm32::test
