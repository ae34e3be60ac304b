#include "core/optionbytes/flash_access.h"

#include <fmt/format.h>

#include "core/common/bytes.h"

namespace rescue::optionbytes {
namespace {

Error catalogError(const device::Family& f, std::string what) {
    return makeError("ob.catalog",
                     fmt::format("The catalog's FLASH register table of {} has no {}.", f.name, what),
                     "Check resources/devices/ (docs/device-catalog.md).");
}

}  // namespace

Result<std::uint32_t> FlashAccess::address(const char* reg) const {
    auto a = m_family.flashRegisters.address(reg);
    if (!a)
        return catalogError(m_family, reg);
    return *a;
}

Result<std::uint32_t> FlashAccess::bit(const char* reg, const char* field) const {
    const auto* r = m_family.flashRegisters.registerNamed(reg);
    const auto* f = r ? r->field(field) : nullptr;
    if (!f)
        return catalogError(m_family, fmt::format("{}.{}", reg, field));
    return f->mask();
}

Result<std::uint32_t> FlashAccess::read(const char* reg) {
    auto a = address(reg);
    if (!a)
        return a.error();
    return m_probe.read32(m_ap, *a);
}

Status FlashAccess::write(const char* reg, std::uint32_t value) {
    auto a = address(reg);
    if (!a)
        return a.error();
    return m_probe.write32(m_ap, *a, value);
}

Status FlashAccess::waitClear(const char* reg, std::uint32_t mask, Clock::Duration timeout,
                              const std::string& what) {
    Clock& clock = m_probe.clock();
    const auto deadline = clock.now() + timeout;
    std::uint32_t last = 0;
    for (;;) {
        auto v = read(reg);
        if (!v)
            return v.error();
        last = *v;
        if ((last & mask) == 0)
            return {};
        if (clock.now() >= deadline)
            break;
        clock.sleepFor(std::chrono::milliseconds(1));
    }
    Error e = makeError("ob.timeout",
                        fmt::format("The flash stayed busy for more than {:.0f} ms during {}.",
                                    toMilliseconds(timeout), what),
                        "Power-cycle the board and read the option bytes again before retrying.");
    e.with(reg, hex32(last));
    return e;
}

Status FlashAccess::unlock(const char* keyReg, std::uint32_t key1, std::uint32_t key2, const char* lockReg,
                           const char* lockField) {
    auto lockBit = bit(lockReg, lockField);
    if (!lockBit)
        return lockBit.error();
    auto v = read(lockReg);
    if (!v)
        return v.error();
    if (!(*v & *lockBit))
        return {};  // a key written while unlocked would lock the register until reset
    // A bus error on the key register is the same lock-out seen earlier: after a wrong or
    // cut-short key sequence (a reset or a pulled cable between the two keys, a retry that
    // starts again with key 1) the chip answers every key write with a bus error until reset.
    auto lockedOut = [&](const Error& cause) {
        Error e =
            makeError("ob.unlock-failed",
                      fmt::format("{} refused its unlock keys (the chip answered FAULT): an earlier key "
                                  "sequence was cut short, and the chip locks {} until the next reset.",
                                  keyReg, lockReg),
                      "Reset the board (RESET button, or power-cycle it) and try again.");
        e.with("cause", cause.code + ": " + cause.message);
        return e;
    };
    for (const std::uint32_t key : {key1, key2})
        if (Status s = write(keyReg, key); !s)
            return s.error().code == "probe.fault" ? Status(lockedOut(s.error())) : s;
    v = read(lockReg);
    if (!v)
        return v.error();
    if (*v & *lockBit) {
        Error e = makeError(
            "ob.unlock-failed",
            fmt::format("{} stayed locked after the key sequence: a wrong key earlier locked it until "
                        "the next reset.",
                        lockReg),
            "Reset the board (or power-cycle it) and try again.");
        e.with(lockReg, hex32(*v));
        return e;
    }
    return {};
}

std::vector<std::string> FlashAccess::setFlags(const char* reg, std::uint32_t value) const {
    std::vector<std::string> names;
    const auto* r = m_family.flashRegisters.registerNamed(reg);
    if (!r)
        return names;
    for (const auto& f : r->fields)
        if ((f.name.find("ERR") != std::string::npos) && (value & f.mask()))
            names.push_back(f.name);
    return names;
}

}  // namespace rescue::optionbytes
