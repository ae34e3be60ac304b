#pragma once
// The DBGMCU mailbox over AP0 (adac-protocol.md sections 13 and 14.2): the host side of the
// word-by-word ACK handshake and ADAC packets on top. Everything ST has not published (the
// AP0-side base, the request and reply words, the ACK bits and their polarity, the budgets)
// comes from the device catalog, never from constants here.
//
//   send word:    poll DBG_AUTH_ACK until HOST_ACK == 0, write DBG_AUTH_HOST
//   receive word: poll DBG_AUTH_ACK until DEV_ACK == 1, read DBG_AUTH_DEVICE
//
// Every poll is bounded on the probe's clock. Errors carry stable codes (da_errors below) so
// the session can name the step and the likely cause.

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/auth/packet.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/device/catalog.h"
#include "core/probe/debug_probe.h"

namespace rescue::auth {

namespace da_error {
inline constexpr std::string_view kMailboxNotFound = "da.mailbox-not-found";
inline constexpr std::string_view kFirmwareTooOld = "da.firmware-too-old";
inline constexpr std::string_view kNrstNotEffective = "da.nrst-not-effective";
inline constexpr std::string_view kMailboxSilent = "da.mailbox-silent";
inline constexpr std::string_view kBadOpening = "da.bad-opening";
inline constexpr std::string_view kChipSilent = "da.chip-silent";
inline constexpr std::string_view kCorruptReply = "da.corrupt-reply";
inline constexpr std::string_view kProbe = "da.probe";
}  // namespace da_error

// Where the mailbox is and how it is spoken, for one family at one AP0-side base.
struct MailboxLayout {
    std::uint8_t ap = 0;
    std::uint32_t base = 0;  // DBGMCU as AP0 sees it
    std::uint32_t host = 0, device = 0, ack = 0;
    std::uint32_t hostAckMask = 1, devAckMask = 2;
    std::uint32_t requestMagic = 0;
    std::uint32_t expectedReply = 0;  // the request itself when the ROM echoes it
};

// The layout of `family` at `ap0Base` (the catalog's base or one of its alternatives);
// fails when the catalog lacks a mailbox register.
Result<MailboxLayout> mailboxLayout(const device::Family& family, std::uint32_t ap0Base);

// Budgets of one session, from the catalog (replyBudgetMs, idleHostTimeoutMs).
struct MailboxTiming {
    Clock::Duration replyBudget = std::chrono::seconds(1);  // first word after NRST release
    Clock::Duration wordTimeout = std::chrono::seconds(1);  // every other word
    Clock::Duration faultBackoff = std::chrono::microseconds(100);
    static MailboxTiming of(const device::Family& family);
};

// Which family sits behind AP0, found by reading DBGMCU_IDCODE at every AP0-side base the
// catalog names ("Unable to detect DBGMCU Mailbox" when none answers with a known DEV_ID).
struct FoundMailbox {
    std::shared_ptr<const device::Family> family;
    std::uint32_t idcode = 0;
    MailboxLayout layout;
};
Result<FoundMailbox> findMailbox(probe::DebugProbe& probe, const device::Catalog& catalog,
                                 std::shared_ptr<const device::Family> only = nullptr);

class MailboxLink {
public:
    MailboxLink(probe::DebugProbe& probe, MailboxLayout layout, MailboxTiming timing);

    const MailboxLayout& layout() const { return m_layout; }
    const MailboxTiming& timing() const { return m_timing; }

    // Step 4 of section 14.2: the request word, written while NRST is held.
    Status writeRequest();
    // Step 6: the ROM's first word within `budget`, tolerating AP0 faults meanwhile. When no
    // word comes, DBG_AUTH_ACK tells why: HOST_ACK still set means the ROM never took the
    // request (kNrstNotEffective: the chip did not reset, or its ROM does not look for DA);
    // HOST_ACK clear means it took the request and said nothing (kMailboxSilent).
    Result<std::uint32_t> awaitOpening(Clock::Duration budget);
    // True when the request word written earlier is still waiting in DBG_AUTH_HOST.
    Result<bool> requestPending();

    Status sendWord(std::uint32_t word);
    Result<std::uint32_t> receiveWord(Clock::Duration timeout);
    // One request packet out, one response packet back (header checked against
    // kMaxPacketDataWords: a wild data_count is kCorruptReply, not a long wait).
    Result<AdacResponse> exchange(AdacCommand command, ByteView data = {});

    // Ack waits asked of the probe (one per word moved, plus the opening's polls); a probe
    // that polls by itself may read the register more often than this.
    std::uint64_t polls() const { return m_polls; }

private:
    Error probeError(const Error& cause, std::string_view what) const;
    // The handshake of one word as memory steps: wait for the ACK bit, then move the word.
    void appendSend(std::vector<probe::MemoryStep>& steps, std::uint32_t word) const;
    void appendReceive(std::vector<probe::MemoryStep>& steps) const;
    // Runs a batch whose first `sendSteps` steps send words; maps a failure to the DA error of
    // the word it happened on (kChipSilent for a wait that ran out, da.probe otherwise).
    Result<std::vector<std::uint32_t>> run(const std::vector<probe::MemoryStep>& steps, std::size_t sendSteps,
                                           Clock::Duration timeout);

    probe::DebugProbe& m_probe;
    MailboxLayout m_layout;
    MailboxTiming m_timing;
    std::uint64_t m_polls = 0;
};

}  // namespace rescue::auth
