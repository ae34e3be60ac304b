#pragma once
// The parts both STM32 flash controllers share: the key-register lock, the 16-byte program
// buffer, the timed operations with their write-protection and programming checks, and a
// look-up of register offsets and bits by their catalog names. Internal to core/sim/stm32.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/result.h"
#include "core/device/family.h"
#include "core/sim/arm/bus.h"
#include "core/sim/stm32/flash_controller.h"

namespace rescue::sim::stm32::detail {

// KEYR / OPTKEYR: key1 then key2 unlocks; a wrong or repeated sequence blocks until reset.
class KeyLock {
public:
    KeyLock(std::uint32_t key1, std::uint32_t key2) : m_key1(key1), m_key2(key2) {}
    // false: the write violated the sequence (the bus answers with an error).
    bool write(std::uint32_t value);
    bool locked() const { return m_locked; }
    bool blocked() const { return m_blocked; }
    void lock() {
        m_locked = true;
        m_stage = 0;
    }
    void reset() {
        lock();
        m_blocked = false;
    }

private:
    std::uint32_t m_key1, m_key2;
    bool m_locked = true;
    bool m_blocked = false;
    int m_stage = 0;
};

// Collects the writes of one program unit.
class ProgramBuffer {
public:
    explicit ProgramBuffer(unsigned unitBytes) : m_unit(unitBytes), m_data(unitBytes, 0xFF) {}
    enum class Add { Accepted, Complete, OtherUnit, Rewrite, TooWide };
    Add add(std::uint32_t offset, std::uint32_t value, arm::AccessSize size);
    bool empty() const { return m_written == 0; }
    std::uint32_t unitOffset() const { return m_base; }
    const Bytes& data() const { return m_data; }  // unwritten bytes are 0xFF
    void clear();

private:
    unsigned m_unit;
    std::uint32_t m_base = 0;
    Bytes m_data;
    std::uint64_t m_mask = 0;  // bytes written so far (units up to 64 bytes)
    unsigned m_written = 0;
};

enum class FlashFault { None, WriteProtected, Sequence, Inconsistent, Strobe };

// Timed operations on the flash array and the OTP area, one at a time.
class FlashEngine {
public:
    explicit FlashEngine(const FlashContext& context) : m_ctx(context) {}

    bool busy() const { return m_op != 0; }
    // The caller needs the flash: let the running operation finish first (an AHB stall).
    void waitIdle();
    // A reset or power loss in the middle: a program or an option change leaves the old
    // cells; an erase leaves what it had done so far (see abandonErase in the .cpp).
    void abandon();

    // Each checks first and returns the fault without starting; `done` runs at the end.
    FlashFault eraseSector(unsigned bank, unsigned sector, std::function<void()> done);
    FlashFault eraseBank(unsigned bank, std::function<void()> done);
    FlashFault eraseAll(std::function<void()> done);
    FlashFault program(std::uint32_t offset, const Bytes& unit, std::function<void()> done);
    FlashFault programOtp(std::uint32_t offset, const Bytes& unit, std::function<void()> done);
    // An option-byte change: busy for the option time, then `atEnd`.
    void runOptionChange(std::function<void()> atEnd);
    bool optionChangeRunning() const { return busy() && m_optionChange; }

    const FlashContext& context() const { return m_ctx; }

private:
    void start(Clock::Duration duration, std::function<void()> work, bool optionChange = false);
    void startErase(std::vector<FlashArray::Location> sectors, std::function<void()> done);
    void abandonErase();
    bool otpBlockLocked(std::uint32_t offset) const;

    FlashContext m_ctx;
    Timeline::EventId m_op = 0;
    bool m_optionChange = false;
    // The erase in progress: its sectors in the order the controller erases them.
    struct EraseProgress {
        std::vector<FlashArray::Location> sectors;
        Clock::TimePoint start{};
    };
    std::optional<EraseProgress> m_erase;
};

// A bus slave made of two functions (the controllers' memory ports).
class FunctionBus : public arm::Bus {
public:
    using ReadFn = std::function<arm::BusRead(std::uint32_t, arm::AccessSize)>;
    using WriteFn = std::function<arm::BusStatus(std::uint32_t, std::uint32_t, arm::AccessSize)>;
    FunctionBus(ReadFn r, WriteFn w) : m_read(std::move(r)), m_write(std::move(w)) {}
    arm::BusRead read(std::uint32_t a, arm::AccessSize s) override { return m_read(a, s); }
    arm::BusStatus write(std::uint32_t a, std::uint32_t v, arm::AccessSize s) override {
        return m_write(a, v, s);
    }

private:
    ReadFn m_read;
    WriteFn m_write;
};

// Register offsets and bit masks by catalog name; the first missing one is remembered so
// the factory can report it.
class RegisterNames {
public:
    explicit RegisterNames(const device::RegisterBlock& block) : m_block(block) {}
    std::uint32_t offset(std::string_view reg);
    std::uint32_t bit(std::string_view reg, std::string_view field);  // mask in place
    struct Span {
        unsigned lsb = 0;
        std::uint32_t mask = 0;  // in place
        std::uint32_t get(std::uint32_t v) const { return (v & mask) >> lsb; }
    };
    Span span(std::string_view reg, std::string_view field);
    bool has(std::string_view reg) const { return m_block.registerNamed(reg) != nullptr; }
    const std::optional<Error>& missing() const { return m_missing; }

private:
    void miss(std::string what);
    const device::RegisterBlock& m_block;
    std::optional<Error> m_missing;
};

// Word-wide access to a register value with byte lanes (a narrow read or write of a
// controller register).
inline std::uint32_t laneRead(std::uint32_t word, std::uint32_t offset, arm::AccessSize size) {
    return (word >> (8 * (offset & 3u))) & arm::maskOf(size);
}
inline std::uint32_t laneMerge(std::uint32_t word, std::uint32_t offset, std::uint32_t value,
                               arm::AccessSize size) {
    const unsigned shift = 8 * (offset & 3u);
    const std::uint32_t lanes = arm::maskOf(size) << shift;
    return (word & ~lanes) | ((value << shift) & lanes);
}

}  // namespace rescue::sim::stm32::detail
