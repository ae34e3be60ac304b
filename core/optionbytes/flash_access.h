#pragma once
// The FLASH controller as the host drives it, with names, addresses and bits from the
// catalog (flashRegisters): H5 NSKEYR / NSCR / NSSR / NSCCR and OPTSTRT, H7RS KEYR / CR / SR
// + ISR / ICR and PG_OPT. Shared by option programming and erase. Every wait runs on the
// probe's clock with a timeout.

#include <cstdint>
#include <string>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/device/family.h"
#include "core/probe/debug_probe.h"

namespace rescue::optionbytes {

class FlashAccess {
public:
    FlashAccess(probe::DebugProbe& probe, const device::Family& family, std::uint8_t ap)
        : m_probe(probe), m_family(family), m_ap(ap) {}

    bool h7rs() const { return m_family.flashRegisters.registerNamed("NSCR") == nullptr; }
    // Register names of this family's controller.
    const char* keyRegister() const { return h7rs() ? "KEYR" : "NSKEYR"; }
    const char* controlRegister() const { return h7rs() ? "CR" : "NSCR"; }
    const char* busyRegister() const { return h7rs() ? "SR" : "NSSR"; }
    const char* flagRegister() const { return h7rs() ? "ISR" : "NSSR"; }
    const char* clearRegister() const { return h7rs() ? "ICR" : "NSCCR"; }
    const char* optionFlagRegister() const { return h7rs() ? "OPTISR" : "NSSR"; }

    // Address and bit mask of a catalog register / field; "ob.catalog" when missing.
    Result<std::uint32_t> address(const char* reg) const;
    Result<std::uint32_t> bit(const char* reg, const char* field) const;
    Result<std::uint32_t> read(const char* reg);
    Status write(const char* reg, std::uint32_t value);

    // Waits until every bit of `mask` in `reg` reads 0.
    Status waitClear(const char* reg, std::uint32_t mask, Clock::Duration timeout, const std::string& what);
    // Unlocks with the catalog's keys when `lockBit` of `lockReg` reads 1.
    Status unlock(const char* keyReg, std::uint32_t key1, std::uint32_t key2, const char* lockReg,
                  const char* lockField);
    // Error flags of `reg` that are set, by name ("WRPERR"): those the catalog lists for it.
    std::vector<std::string> setFlags(const char* reg, std::uint32_t value) const;

    probe::DebugProbe& probe() { return m_probe; }
    std::uint8_t ap() const { return m_ap; }

private:
    probe::DebugProbe& m_probe;
    const device::Family& m_family;
    std::uint8_t m_ap;
};

}  // namespace rescue::optionbytes
