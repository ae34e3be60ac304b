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
        m_erase.reset();
        work();
    });
}

void FlashEngine::startErase(std::vector<FlashArray::Location> sectors, std::function<void()> done) {
    const auto duration = m_ctx.timing.sectorErase * static_cast<std::int64_t>(sectors.size());
    start(duration, [this, sectors, done = std::move(done)] {
        for (const auto& s : sectors)
            m_ctx.flash->eraseSector(s.bank, s.sector);
        done();
    });
    m_erase = EraseProgress{std::move(sectors), m_ctx.timeline->now()};
}

// What an erase cut short by a reset or a power loss leaves. RM0481 and RM0477 say nothing
// about it (stm32-lifecycle-and-option-bytes.md sections 5.2 and 6.4 only give the flags of
// a refused erase), so the lab assumes [inferred]: the controller erases the sectors one
// after the other in address order, each taking sectorErase; the sectors finished before
// the cut are erased, the one in progress is erased over the part of it its elapsed time
// covers (whole program units from its start) and keeps its old data beyond, and the
// sectors after it are untouched. On silicon a half-erased cell may read either way or
// trip ECC; the lab keeps it readable but not blank, so a blank check after the cut fails
// and nothing reads "erased" that is not.
void FlashEngine::abandonErase() {
    const EraseProgress erase = std::move(*m_erase);
    m_erase.reset();
    const auto per = m_ctx.timing.sectorErase;
    if (per.count() <= 0)
        return;
    const auto elapsed = m_ctx.timeline->now() - erase.start;
    const auto full = static_cast<std::size_t>(std::max<std::int64_t>(0, elapsed / per));
    for (std::size_t i = 0; i < full && i < erase.sectors.size(); ++i)
        m_ctx.flash->eraseSector(erase.sectors[i].bank, erase.sectors[i].sector);
    if (full >= erase.sectors.size())
        return;
    const auto into = elapsed - per * static_cast<std::int64_t>(full);
    const std::uint32_t sectorBytes = m_ctx.flash->sectorBytes();
    const std::uint32_t unit =
        std::max<std::uint32_t>(m_ctx.part ? m_ctx.part->family->flash.programUnitBytes : 16, 1);
    auto bytes = static_cast<std::uint32_t>(static_cast<double>(sectorBytes) * into.count() / per.count());
    bytes -= bytes % unit;
    if (bytes == 0)
        return;
    const auto& s = erase.sectors[full];
    m_ctx.flash->store(m_ctx.flash->sectorOffset(s.bank, s.sector), Bytes(bytes, 0xFF));
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
    if (m_op && m_erase)
        abandonErase();
    m_erase.reset();
    if (m_op)
        m_ctx.timeline->cancel(m_op);
    m_op = 0;
    m_optionChange = false;
}

FlashFault FlashEngine::eraseSector(unsigned bank, unsigned sector, std::function<void()> done) {
    if (m_ctx.options->sectorProtected(bank, sector))
        return FlashFault::WriteProtected;
    startErase({{bank, sector}}, std::move(done));
    return FlashFault::None;
}

FlashFault FlashEngine::eraseBank(unsigned bank, std::function<void()> done) {
    if (m_ctx.options->anyProtected(bank))
        return FlashFault::WriteProtected;
    std::vector<FlashArray::Location> sectors;
    for (unsigned s = 0; s < m_ctx.flash->sectorsPerBank(); ++s)
        sectors.push_back({bank, s});
    startErase(std::move(sectors), std::move(done));
    return FlashFault::None;
}

FlashFault FlashEngine::eraseAll(std::function<void()> done) {
    if (m_ctx.options->anyProtected(0))
        return FlashFault::WriteProtected;
    std::vector<FlashArray::Location> sectors;
    for (unsigned b = 1; b <= m_ctx.flash->banks(); ++b)
        for (unsigned s = 0; s < m_ctx.flash->sectorsPerBank(); ++s)
            sectors.push_back({b, s});
    startErase(std::move(sectors), std::move(done));
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
