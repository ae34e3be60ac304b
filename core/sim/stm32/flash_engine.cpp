#include "core/sim/stm32/flash_engine.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::sim::stm32::detail {

// ---- KeyLock ------------------------------------------------------------------------------

bool KeyLock::write(std::uint32_t value) {
    if (m_blocked || !m_locked) {
        // A key while unlocked is a repeated sequence: locked until the next reset.
        m_blocked = true;
        lock();
        return false;
    }
    if (m_stage == 0 && value == m_key1) {
        m_stage = 1;
        return true;
    }
    if (m_stage == 1 && value == m_key2) {
        m_stage = 0;
        m_locked = false;
        return true;
    }
    m_blocked = true;
    lock();
    return false;
}

// ---- ProgramBuffer -------------------------------------------------------------------------

ProgramBuffer::Add ProgramBuffer::add(std::uint32_t offset, std::uint32_t value, arm::AccessSize size) {
    const std::uint32_t base = offset - offset % m_unit;
    if (!empty() && base != m_base)
        return Add::OtherUnit;
    const unsigned n = arm::bytesOf(size);
    if ((offset - base) + n > m_unit)
        return Add::TooWide;  // wider than the program unit (a word write to 16-bit OTP)
    m_base = base;
    for (unsigned i = 0; i < n; ++i)
        if (m_mask & (std::uint64_t{1} << ((offset - base) + i)))
            return Add::Rewrite;
    for (unsigned i = 0; i < n; ++i) {
        const unsigned at = (offset - base) + i;
        m_data[at] = static_cast<std::uint8_t>(value >> (8 * i));
        m_mask |= std::uint64_t{1} << at;
        ++m_written;
    }
    return m_written == m_unit ? Add::Complete : Add::Accepted;
}

void ProgramBuffer::clear() {
    std::fill(m_data.begin(), m_data.end(), std::uint8_t{0xFF});
    m_mask = 0;
    m_written = 0;
}

// ---- FlashEngine ---------------------------------------------------------------------------

void FlashEngine::start(Clock::Duration duration, std::function<void()> work, bool optionChange) {
    m_optionChange = optionChange;
    m_op = m_ctx.timeline->after(duration, [this, work = std::move(work)] {
        m_op = 0;
        m_optionChange = false;
        work();
    });
}

void FlashEngine::waitIdle() {
    for (int attempt = 0; attempt < 4 && busy(); ++attempt)
        if (auto due = m_ctx.timeline->dueTime(m_op))
            m_ctx.timeline->stallUntil(*due);
    // A stall handler on a real clock may wake a hair early; the AHB would still wait.
    if (auto due = busy() ? m_ctx.timeline->dueTime(m_op) : std::nullopt)
        m_ctx.timeline->advanceTo(*due);
}

void FlashEngine::abandon() {
    if (m_op)
        m_ctx.timeline->cancel(m_op);
    m_op = 0;
    m_optionChange = false;
}

FlashFault FlashEngine::eraseSector(unsigned bank, unsigned sector, std::function<void()> done) {
    if (m_ctx.options->sectorProtected(bank, sector))
        return FlashFault::WriteProtected;
    start(m_ctx.timing.sectorErase, [this, bank, sector, done = std::move(done)] {
        m_ctx.flash->eraseSector(bank, sector);
        done();
    });
    return FlashFault::None;
}

FlashFault FlashEngine::eraseBank(unsigned bank, std::function<void()> done) {
    if (m_ctx.options->anyProtected(bank))
        return FlashFault::WriteProtected;
    start(m_ctx.timing.sectorErase * m_ctx.flash->sectorsPerBank(), [this, bank, done = std::move(done)] {
        m_ctx.flash->eraseBank(bank);
        done();
    });
    return FlashFault::None;
}

FlashFault FlashEngine::eraseAll(std::function<void()> done) {
    if (m_ctx.options->anyProtected(0))
        return FlashFault::WriteProtected;
    const auto sectors = m_ctx.flash->sectorsPerBank() * m_ctx.flash->banks();
    start(m_ctx.timing.sectorErase * sectors, [this, done = std::move(done)] {
        m_ctx.flash->eraseAll();
        done();
    });
    return FlashFault::None;
}

FlashFault FlashEngine::program(std::uint32_t offset, const Bytes& unit, std::function<void()> done) {
    const auto at = m_ctx.flash->locate(offset);
    if (m_ctx.options->sectorProtected(at.bank, at.sector))
        return FlashFault::WriteProtected;
    const bool erased = m_ctx.flash->isErased(offset, static_cast<std::uint32_t>(unit.size()));
    const bool allZero = std::all_of(unit.begin(), unit.end(), [](std::uint8_t b) { return b == 0; });
    if (!erased && !allZero)
        return FlashFault::Sequence;
    start(m_ctx.timing.programUnit, [this, offset, unit, done = std::move(done)] {
        m_ctx.flash->store(offset, unit);
        done();
    });
    return FlashFault::None;
}

bool FlashEngine::otpBlockLocked(std::uint32_t offset) const {
    const auto& table = m_ctx.options->family().optionBytes;
    auto lockField =
        std::find_if(table.fields.begin(), table.fields.end(),
                     [](const optionbytes::FieldDef& f) { return f.setOnly && f.isRegisterField(); });
    if (lockField == table.fields.end() || lockField->width == 0 || !m_ctx.otp)
        return false;
    const std::uint32_t blockBytes = m_ctx.otp->size() / lockField->width;
    if (blockBytes == 0)
        return false;
    return (m_ctx.options->field(lockField->name) >> (offset / blockBytes)) & 1u;
}

FlashFault FlashEngine::programOtp(std::uint32_t offset, const Bytes& unit, std::function<void()> done) {
    if (!m_ctx.otp)
        return FlashFault::Sequence;
    if (otpBlockLocked(offset))
        return FlashFault::WriteProtected;
    const ByteView cells = m_ctx.otp->bytes().subspan(offset, unit.size());
    if (!std::all_of(cells.begin(), cells.end(), [](std::uint8_t b) { return b == 0xFF; }))
        return FlashFault::Sequence;  // one-time programmable
    start(m_ctx.timing.otpUnit, [this, offset, unit, done = std::move(done)] {
        m_ctx.otp->load(offset, unit);
        done();
    });
    return FlashFault::None;
}

void FlashEngine::runOptionChange(std::function<void()> atEnd) {
    start(m_ctx.timing.optionChange, std::move(atEnd), true);
}

// ---- RegisterNames -------------------------------------------------------------------------

void RegisterNames::miss(std::string what) {
    if (m_missing)
        return;
    Error e = makeError("lab.catalog-incomplete",
                        fmt::format("The catalog's FLASH register table has no {}, which the lab's flash "
                                    "controller needs.",
                                    what),
                        "Check flashRegisters in the family's resources/devices file.");
    e.with("missing", what);
    m_missing = std::move(e);
}

std::uint32_t RegisterNames::offset(std::string_view reg) {
    if (const auto* r = m_block.registerNamed(reg))
        return r->offset;
    miss(fmt::format("register {}", reg));
    return 0xFFFFFFFFu;
}

std::uint32_t RegisterNames::bit(std::string_view reg, std::string_view field) {
    return span(reg, field).mask;
}

RegisterNames::Span RegisterNames::span(std::string_view reg, std::string_view field) {
    if (const auto* r = m_block.registerNamed(reg))
        if (const auto* f = r->field(field))
            return {f->lsb, f->mask()};
    miss(fmt::format("field {}.{}", reg, field));
    return {};
}

}  // namespace rescue::sim::stm32::detail
