#pragma once
// A minimal host side of STM32 debug authentication for lab suites and the lab_da benchmark:
// the DBGMCU mailbox over AP0 through a (virtual) ST-LINK's USB commands, word by word with
// the ACK handshake (adac-protocol.md sections 13.3 and 14.2), and ADAC packets on top.
// Addresses, the request word and the ACK bits come from the device catalog, as the real
// host will take them. It never retries a refused packet and every poll is bounded on the
// lab clock. The workbench's own DA session is a later issue's work.

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "core/auth/certificate_chain.h"
#include "core/auth/challenge.h"
#include "core/auth/keys.h"
#include "core/auth/packet.h"
#include "core/auth/token.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/device/family.h"
#include "support/stlink_host.h"

namespace rescue::testsupport {

struct MailboxLayout {
    std::uint32_t host = 0;    // DBG_AUTH_HOST through AP0
    std::uint32_t device = 0;  // DBG_AUTH_DEVICE
    std::uint32_t ack = 0;     // DBG_AUTH_ACK
    std::uint32_t hostAck = 1;
    std::uint32_t devAck = 2;
    std::uint32_t requestMagic = 0;
    std::optional<std::uint32_t> replyWord;  // nullopt: the ROM echoes the request word

    static MailboxLayout of(const device::Family& family) {
        using Side = device::DbgmcuMap::Side;
        MailboxLayout m;
        m.host = family.dbgmcu.address("DBG_AUTH_HOST", Side::Ap0).value_or(0);
        m.device = family.dbgmcu.address("DBG_AUTH_DEVICE", Side::Ap0).value_or(0);
        m.ack = family.dbgmcu.address("DBG_AUTH_ACK", Side::Ap0).value_or(0);
        m.hostAck = 1u << family.da.hostAckBit;
        m.devAck = 1u << family.da.devAckBit;
        m.requestMagic = family.da.requestMagic;
        m.replyWord = family.da.replyIsEcho ? std::nullopt : family.da.replyWord;
        return m;
    }
};

class MailboxHost {
public:
    MailboxHost(StlinkHost& probe, Clock& clock, MailboxLayout layout,
                Clock::Duration wordTimeout = std::chrono::seconds(1))
        : m_probe(probe), m_clock(clock), m_layout(layout), m_wordTimeout(wordTimeout) {}

    // Step 4 of section 14.2: the request word, written while NRST is held.
    Status writeRequest() { return m_probe.write32(0, m_layout.host, m_layout.requestMagic); }

    // Step 6: after NRST release, the ROM's first word. AP0 may fault or read zero meanwhile.
    Result<std::uint32_t> awaitOpening(Clock::Duration budget = std::chrono::seconds(1)) {
        auto word = receiveWord(budget, /*tolerateErrors=*/true);
        if (!word)
            return makeError("test.da.no-response",
                             "No response from the target: the ROM did not answer the request.");
        const std::uint32_t expected = m_layout.replyWord.value_or(m_layout.requestMagic);
        if (*word != expected)
            return makeError("test.da.bad-opening",
                             fmt::format("The ROM answered 0x{:08X}, expected 0x{:08X}.", *word, expected));
        return word;
    }

    Status sendWord(std::uint32_t word) {
        const auto deadline = m_clock.now() + m_wordTimeout;
        for (;;) {
            auto ack = m_probe.read32(0, m_layout.ack);
            if (!ack)
                return ack.error();
            ++m_polls;
            if ((*ack & m_layout.hostAck) == 0)
                return m_probe.write32(0, m_layout.host, word);
            if (m_clock.now() >= deadline)
                return makeError("test.da.timeout", "The ROM did not take the previous host word in time.");
        }
    }

    Result<std::uint32_t> receiveWord(Clock::Duration timeout, bool tolerateErrors = false) {
        const auto deadline = m_clock.now() + timeout;
        for (;;) {
            auto ack = m_probe.read32(0, m_layout.ack);
            ++m_polls;
            if (!ack && !tolerateErrors)
                return ack.error();
            if (ack && (*ack & m_layout.devAck) != 0)
                return m_probe.read32(0, m_layout.device);
            if (m_clock.now() >= deadline)
                return makeError("test.da.timeout", "The ROM sent no word in time.");
            if (!ack)  // a faulting AP answers at once: let the ROM's time pass
                m_clock.sleepFor(std::chrono::microseconds(100));
        }
    }

    Result<auth::AdacResponse> exchange(auth::AdacCommand command, ByteView data = {}) {
        const Bytes packet = auth::encodeRequest(auth::makeRequest(command, data));
        for (std::uint32_t word : auth::toWords(packet))
            if (Status s = sendWord(word); !s)
                return s.error();
        Bytes header;
        for (int i = 0; i < 2; ++i) {
            auto w = receiveWord(m_wordTimeout);
            if (!w)
                return w.error();
            appendLe32(header, *w);
        }
        auto length = auth::announcedDataBytes(header);
        if (!length)
            return length.error();
        Bytes response = header;
        for (std::size_t i = 0; i < *length / 4; ++i) {
            auto w = receiveWord(m_wordTimeout);
            if (!w)
                return w.error();
            appendLe32(response, *w);
        }
        return auth::decodeResponse(response);
    }

    std::uint64_t polls() const { return m_polls; }

private:
    StlinkHost& m_probe;
    Clock& m_clock;
    MailboxLayout m_layout;
    Clock::Duration m_wordTimeout;
    std::uint64_t m_polls = 0;
};

// What a host brings for the certificate method.
struct CertificateCredentials {
    auth::CertificateChain chain;  // root first
    const auth::PrivateKey* leafKey = nullptr;
    auth::PermissionMask requested;
};

// Drives the reset line: the probe's NRST when it is wired, else the board's button (the
// simulated operator of the first field report). true = hold in reset.
using ResetLine = std::function<Status(bool hold)>;

// One certificate authentication as ST's tool runs it (section 15.1): NRST held, SWD and AP0
// up, request word, NRST released, the ROM's opening word, DISCOVERY, AUTH_START, each
// certificate (NEED_MORE_DATA), the signed token (SUCCESS). `step` names where it stopped.
inline Status authenticateWithCertificates(StlinkHost& probe, MailboxHost& mailbox, const ResetLine& reset,
                                           const CertificateCredentials& credentials, std::string& step) {
    auto expect = [&](const Result<auth::AdacResponse>& r, auth::AdacStatus status) -> Status {
        if (!r)
            return r.error();
        if (!r->is(status))
            return makeError("test.da.refused",
                             fmt::format("{}: the ROM answered {}.", step, auth::statusName(r->status)));
        return {};
    };
    step = "assert reset";
    if (Status s = reset(true); !s)
        return s;
    step = "connect under reset";
    if (Status s = probe.connect({0}); !s)
        return s;
    step = "write the request word";
    if (Status s = mailbox.writeRequest(); !s)
        return s;
    step = "release reset";
    if (Status s = reset(false); !s)
        return s;
    step = "opening";
    if (auto w = mailbox.awaitOpening(); !w)
        return w.error();
    step = "DISCOVERY";
    if (Status s = expect(mailbox.exchange(auth::AdacCommand::Discovery), auth::AdacStatus::Success); !s)
        return s;
    step = "AUTH_START";
    auto start = mailbox.exchange(auth::AdacCommand::AuthStart);
    if (Status s = expect(start, auth::AdacStatus::Success); !s)
        return s;
    auto challenge = auth::decodeChallenge(start->data);
    if (!challenge)
        return challenge.error();
    for (std::size_t i = 0; i < credentials.chain.certificates.size(); ++i) {
        step = fmt::format("certificate {}", i + 1);
        const Bytes tlv = auth::certificateTlv(credentials.chain.certificates[i]);
        if (Status s = expect(mailbox.exchange(auth::AdacCommand::AuthResponse, tlv),
                              auth::AdacStatus::NeedMoreData);
            !s)
            return s;
    }
    step = "token";
    const auth::Token token =
        auth::buildToken(credentials.requested, challenge->vector, *credentials.leafKey);
    return expect(mailbox.exchange(auth::AdacCommand::AuthResponse, auth::tokenTlv(token)),
                  auth::AdacStatus::Success);
}

// True when the host reads the Open state from the option registers through AP1 (which
// only answers once the chip has rebooted after its regression).
inline bool hostSeesOpen(StlinkHost& probe, const device::Family& family) {
    const auto* open = family.lifecycle.state("open");
    if (!open)
        return false;
    const auto& table = family.optionBytes;
    auto fieldValue = [&](const std::string& name) -> std::optional<std::uint32_t> {
        const auto* f = table.field(name);
        const auto* reg = f ? table.registerNamed(f->registerName) : nullptr;
        if (!reg)
            return std::nullopt;
        auto word = probe.read32(1, table.curAddress(*reg));
        return word ? std::optional(f->extract(*word)) : std::nullopt;
    };
    if (!open->registerMatch.empty()) {
        for (const auto& c : open->registerMatch)
            if (fieldValue(c.field) != c.value)
                return false;
        return true;
    }
    return fieldValue(family.lifecycle.stateField) == open->code;
}

// Reconnects every `interval` until the host sees Open, within `budget` of lab time.
inline Status waitForOpen(StlinkHost& probe, Clock& clock, const device::Family& family,
                          Clock::Duration budget = std::chrono::seconds(30),
                          Clock::Duration interval = std::chrono::milliseconds(10)) {
    const auto deadline = clock.now() + budget;
    while (clock.now() < deadline) {
        if (probe.connect({0, 1}).ok() && hostSeesOpen(probe, family))
            return {};
        clock.sleepFor(interval);
    }
    return makeError("test.da.not-open", "The board did not come back in Open after the regression.");
}

}  // namespace rescue::testsupport
