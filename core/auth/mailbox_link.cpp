#include "core/auth/mailbox_link.h"

#include <charconv>

#include <fmt/format.h>

#include "core/arm/adiv5.h"
#include "core/common/bytes.h"

namespace rescue::auth {
namespace {

std::optional<std::uint32_t> offsetOf(const device::DbgmcuMap& map, std::string_view name) {
    auto a = map.address(name, device::DbgmcuMap::Side::Ap0);
    if (!a)
        return std::nullopt;
    return *a - map.ap0Base;
}

}  // namespace

Result<MailboxLayout> mailboxLayout(const device::Family& family, std::uint32_t ap0Base) {
    const auto host = offsetOf(family.dbgmcu, "DBG_AUTH_HOST");
    const auto device = offsetOf(family.dbgmcu, "DBG_AUTH_DEVICE");
    const auto ack = offsetOf(family.dbgmcu, "DBG_AUTH_ACK");
    if (!host || !device || !ack)
        return makeError("da.catalog",
                         fmt::format("The catalog entry of {} has no DA mailbox registers.", family.name),
                         "Add DBG_AUTH_HOST, DBG_AUTH_DEVICE and DBG_AUTH_ACK to its dbgmcu.registers.");
    const auto& da = family.da;
    MailboxLayout m;
    m.base = ap0Base;
    m.host = ap0Base + *host;
    m.device = ap0Base + *device;
    m.ack = ap0Base + *ack;
    m.hostAckMask = 1u << da.hostAckBit;
    m.devAckMask = 1u << da.devAckBit;
    // The SVD text describes the two bits the other way round; the catalog says which to use.
    if (da.polarity == device::AckPolarity::SvdSwapped)
        std::swap(m.hostAckMask, m.devAckMask);
    m.requestMagic = da.requestMagic;
    m.expectedReply = da.replyIsEcho ? da.requestMagic : da.replyWord.value_or(da.requestMagic);
    return m;
}

MailboxTiming MailboxTiming::of(const device::Family& family) {
    MailboxTiming t;
    if (family.da.replyBudgetMs > 0)
        t.replyBudget = std::chrono::milliseconds(family.da.replyBudgetMs);
    if (family.da.idleHostTimeoutMs > 0)
        t.wordTimeout = std::chrono::milliseconds(family.da.idleHostTimeoutMs);
    return t;
}

Result<FoundMailbox> findMailbox(probe::DebugProbe& probe, const device::Catalog& catalog,
                                 std::shared_ptr<const device::Family> only) {
    std::vector<std::shared_ptr<const device::Family>> families;
    if (only)
        families.push_back(only);
    else
        families = catalog.families();
    std::optional<Error> firstError;
    std::vector<std::string> tried;
    for (const auto& family : families) {
        std::vector<std::uint32_t> bases{family->dbgmcu.ap0Base};
        for (std::uint32_t alt : family->dbgmcu.ap0Alternatives)
            bases.push_back(alt);
        const auto idOffset = offsetOf(family->dbgmcu, "IDCODE").value_or(0);
        for (std::uint32_t base : bases) {
            tried.push_back(hex32(base + idOffset));
            auto idcode = probe.read32(0, base + idOffset);
            if (!idcode) {
                if (idcode.error().code == probe::probe_error::kFirmwareTooOld ||
                    idcode.error().code == probe::probe_error::kUnsupported)
                    return makeError(
                               std::string(da_error::kFirmwareTooOld),
                               "The probe's firmware cannot reach AP0, where the DA mailbox is.",
                               "Update the ST-LINK firmware (STM32CubeProgrammer's firmware upgrade, or "
                               "STLinkUpgrade) to a version with multi-AP support, then try again.")
                        .with("probe", idcode.error().message);
                if (!firstError)
                    firstError = idcode.error();
                (void)arm::clearStickyErrors(probe);
                continue;
            }
            if (family->hasDevId(device::DbgmcuMap::devId(*idcode))) {
                auto layout = mailboxLayout(*family, base);
                if (!layout)
                    return layout.error();
                return FoundMailbox{family, *idcode, *layout};
            }
        }
    }
    Error e =
        makeError(std::string(da_error::kMailboxNotFound),
                  "Unable to detect the DBGMCU mailbox: no known DBGMCU answered through AP0.",
                  "Check the SWD wiring and that the board is powered; a chip in a Locked state, or one "
                  "whose debug port is not an STM32H5/H7RS, answers nothing here.");
    e.with("addresses tried", fmt::format("{}", fmt::join(tried, ", ")));
    if (firstError)
        e.with("first AP0 error", firstError->message);
    return e;
}

MailboxLink::MailboxLink(probe::DebugProbe& probe, MailboxLayout layout, MailboxTiming timing)
    : m_probe(probe), m_layout(layout), m_timing(timing) {}

Error MailboxLink::probeError(const Error& cause, std::string_view what) const {
    Error e = makeError(std::string(da_error::kProbe), fmt::format("The probe failed while {}.", what),
                        "Check the probe's USB connection and the SWD wiring, then run the command again.");
    e.with("probe error", cause.code).with("probe says", cause.message);
    return e;
}

Status MailboxLink::writeRequest() {
    if (Status s = m_probe.write32(m_layout.ap, m_layout.host, m_layout.requestMagic); !s)
        return probeError(s.error(), "writing the request word to DBG_AUTH_HOST");
    return {};
}

Result<bool> MailboxLink::requestPending() {
    auto ack = m_probe.read32(m_layout.ap, m_layout.ack);
    if (!ack)
        return probeError(ack.error(), "reading DBG_AUTH_ACK");
    return (*ack & m_layout.hostAckMask) != 0;
}

Result<std::uint32_t> MailboxLink::awaitOpening(Clock::Duration budget) {
    Clock& clock = m_probe.clock();
    const auto start = clock.now();
    const auto deadline = start + budget;
    std::optional<std::uint32_t> lastAck;
    bool requestTaken = false;
    for (;;) {
        auto ack = m_probe.read32(m_layout.ap, m_layout.ack);
        ++m_polls;
        if (ack) {
            lastAck = *ack;
            if ((*ack & m_layout.hostAckMask) == 0)
                requestTaken = true;
            if ((*ack & m_layout.devAckMask) != 0) {
                auto word = m_probe.read32(m_layout.ap, m_layout.device);
                if (!word)
                    return probeError(word.error(), "reading the chip's first word");
                if (*word != m_layout.expectedReply)
                    return makeError(std::string(da_error::kBadOpening),
                                     "The chip answered the request with an unexpected word.",
                                     "The catalog's reply word for this family may be wrong (it is not "
                                     "published by ST); compare with the word shown and adjust the catalog.")
                        .with("received", hex32(*word))
                        .with("expected", hex32(m_layout.expectedReply));
                return *word;
            }
        } else {
            // AP0 may fault while the ROM brings the debug APB up: let its time pass.
            (void)arm::clearStickyErrors(m_probe);
            clock.sleepFor(m_timing.faultBackoff);
        }
        if (clock.now() >= deadline)
            break;
    }
    const std::string waited = fmt::format("{:.0f} ms", toMilliseconds(clock.now() - start));
    if (lastAck && !requestTaken) {
        Error e = makeError(std::string(da_error::kNrstNotEffective),
                            "NRST not effective: the chip never took the request word, so it did not go "
                            "through a reset while the word was waiting.",
                            "Check that the probe's T_NRST pin is wired to the chip's NRST (an STLINK-V3SET "
                            "does not reset through JTAG TRST), or run `rescue wizard` (or the GUI's Recover "
                            "a stuck board), whose guided manual reset has you hold the board's RESET button "
                            "and release it when asked. If NRST is "
                            "wired, the chip may not be in a DA-capable state (Open, or Closed without DA "
                            "provisioned answers nothing).");
        e.with("DBG_AUTH_ACK", hex32(*lastAck))
            .with("HOST_ACK", "still set after the release")
            .with("waited", waited);
        return e;
    }
    Error e = makeError(std::string(da_error::kMailboxSilent),
                        "No response from the target: the mailbox stayed silent after the request.",
                        "The chip may not be in a DA-capable state (Open, or Closed without DA provisioned), "
                        "or the catalog's request word is not the one this ROM expects.");
    if (lastAck)
        e.with("DBG_AUTH_ACK", hex32(*lastAck));
    else
        e.with("DBG_AUTH_ACK", "never readable (AP0 faulted)");
    e.with("waited", waited);
    return e;
}

namespace {

using probe::MemoryStep;

// The index of the failing step, from the evidence runMemorySteps attaches.
std::optional<std::size_t> failedStep(const Error& e) {
    for (const Evidence& ev : e.evidence)
        if (ev.name == probe::memory_step_evidence::kStep) {
            std::size_t index = 0;
            const char* end = ev.value.data() + ev.value.size();
            if (std::from_chars(ev.value.data(), end, index).ptr == end)
                return index;
        }
    return std::nullopt;
}

std::string lastValue(const Error& e) {
    for (const Evidence& ev : e.evidence)
        if (ev.name == probe::memory_step_evidence::kLastValue)
            return ev.value;
    return "unknown";
}

}  // namespace

void MailboxLink::appendSend(std::vector<probe::MemoryStep>& steps, std::uint32_t word) const {
    steps.push_back({MemoryStep::Kind::WaitUntil, m_layout.ap, m_layout.ack, 0, m_layout.hostAckMask});
    steps.push_back({MemoryStep::Kind::Write, m_layout.ap, m_layout.host, word});
}

void MailboxLink::appendReceive(std::vector<probe::MemoryStep>& steps) const {
    steps.push_back(
        {MemoryStep::Kind::WaitUntil, m_layout.ap, m_layout.ack, m_layout.devAckMask, m_layout.devAckMask});
    steps.push_back({MemoryStep::Kind::Read, m_layout.ap, m_layout.device});
}

Result<std::vector<std::uint32_t>> MailboxLink::run(const std::vector<probe::MemoryStep>& steps,
                                                    std::size_t sendSteps, Clock::Duration timeout) {
    for (const MemoryStep& step : steps)
        if (step.kind == MemoryStep::Kind::WaitUntil)
            ++m_polls;
    auto words = m_probe.runMemorySteps(steps, timeout);
    if (words)
        return words;
    const Error& cause = words.error();
    const std::size_t index = failedStep(cause).value_or(0);
    const bool sending = index < sendSteps;
    const bool polling = index < steps.size() && steps[index].kind == MemoryStep::Kind::WaitUntil;
    if (cause.code == probe::probe_error::kMatchTimeout) {
        if (sending)
            return makeError(std::string(da_error::kChipSilent),
                             "The chip stopped taking words from the host: it left the DA session.",
                             "Start again: the chip needs a new reset for a new session.")
                .with("DBG_AUTH_ACK", lastValue(cause));
        return makeError(std::string(da_error::kChipSilent),
                         "The chip went silent in the middle of the DA session.",
                         "The chip was reset, lost power or gave up on the session; check power and the "
                         "reset line, then start again.")
            .with("DBG_AUTH_ACK", lastValue(cause))
            .with("waited", fmt::format("{:.0f} ms", toMilliseconds(timeout)));
    }
    if (sending)
        return probeError(cause,
                          polling ? "polling DBG_AUTH_ACK before a host word" : "writing DBG_AUTH_HOST");
    return probeError(cause, polling ? "polling DBG_AUTH_ACK for a chip word" : "reading DBG_AUTH_DEVICE");
}

Status MailboxLink::sendWord(std::uint32_t word) {
    std::vector<MemoryStep> steps;
    appendSend(steps, word);
    auto r = run(steps, steps.size(), m_timing.wordTimeout);
    if (!r)
        return std::move(r).error();
    return {};
}

Result<std::uint32_t> MailboxLink::receiveWord(Clock::Duration timeout) {
    std::vector<MemoryStep> steps;
    appendReceive(steps);
    auto words = run(steps, 0, timeout);
    if (!words)
        return std::move(words).error();
    return words->at(0);
}

Result<AdacResponse> MailboxLink::exchange(AdacCommand command, ByteView data) {
    // Two batches: every request word and the reply's two header words, then the reply's data
    // words (their count is in the header). A probe that polls by itself (CMSIS-DAP value
    // match) runs each batch in as few USB packets as its packet size allows; the others run
    // it as the same round trips as word by word.
    const Bytes packet = encodeRequest(makeRequest(command, data));
    std::vector<MemoryStep> steps;
    for (std::uint32_t word : toWords(packet))
        appendSend(steps, word);
    const std::size_t sendSteps = steps.size();
    appendReceive(steps);
    appendReceive(steps);
    auto header = run(steps, sendSteps, m_timing.wordTimeout);
    if (!header)
        return std::move(header).error();
    Bytes response;
    for (std::uint32_t w : *header)
        appendLe32(response, w);
    auto length = announcedDataBytes(response);
    if (!length)
        return makeError(std::string(da_error::kCorruptReply),
                         "The chip's reply header is not a valid ADAC packet header.",
                         "The mailbox stream is out of step or corrupted; start a new session (a new reset).")
            .with("header", toHex(response))
            .with("parser", length.error().message);
    if (*length > 0) {
        steps.clear();
        for (std::size_t i = 0; i < *length / 4; ++i)
            appendReceive(steps);
        auto body = run(steps, 0, m_timing.wordTimeout);
        if (!body)
            return std::move(body).error();
        for (std::uint32_t w : *body)
            appendLe32(response, w);
    }
    auto decoded = decodeResponse(response);
    if (!decoded)
        return makeError(
                   std::string(da_error::kCorruptReply), "The chip's reply is not a valid ADAC packet.",
                   "Start a new session (a new reset); if it repeats, the SWD link is unreliable: lower "
                   "the SWD clock.")
            .with("packet", toHex(response))
            .with("parser", decoded.error().message);
    return decoded;
}

}  // namespace rescue::auth
