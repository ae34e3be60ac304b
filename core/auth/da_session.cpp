#include "core/auth/da_session.h"

#include "core/common/translatable.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "core/arm/adiv5.h"
#include "core/auth/certificate.h"
#include "core/auth/password.h"
#include "core/common/bytes.h"
#include "core/optionbytes/decode.h"

namespace rescue::auth {
namespace {

constexpr auto kPowerUpTimeout = std::chrono::milliseconds(100);

bool isDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(),
                                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A mailbox error that already says what happened keeps its code; the step goes in the evidence.
bool isSilence(const Error& e) {
    return e.code == da_error::kChipSilent;
}

}  // namespace

std::string_view stepId(DaStep step) {
    switch (step) {
        case DaStep::Connect:
            return "connect";
        case DaStep::AssertReset:
            return "assert-reset";
        case DaStep::FindMailbox:
            return "find-mailbox";
        case DaStep::WriteRequest:
            return "write-request";
        case DaStep::ReleaseReset:
            return "release-reset";
        case DaStep::AwaitOpening:
            return "await-opening";
        case DaStep::Discovery:
            return "discovery";
        case DaStep::CheckCredentials:
            return "check-credentials";
        case DaStep::AuthStart:
            return "auth-start";
        case DaStep::Certificate:
            return "certificate";
        case DaStep::Token:
            return "token";
        case DaStep::Password:
            return "password";
        case DaStep::FollowAction:
            return "follow-action";
        case DaStep::VerifyState:
            return "verify-state";
    }
    return "unknown";
}

std::string_view stepTitle(DaStep step) {
    switch (step) {
        case DaStep::Connect:
            return RESCUE_TR_NOOP("Progress", "Connecting to the debug port");
        case DaStep::AssertReset:
            return RESCUE_TR_NOOP("Progress", "Asserting target reset");
        case DaStep::FindMailbox:
            return RESCUE_TR_NOOP("Progress", "Finding the DBGMCU mailbox through AP0");
        case DaStep::WriteRequest:
            return RESCUE_TR_NOOP("Progress", "Writing the request word");
        case DaStep::ReleaseReset:
            return RESCUE_TR_NOOP("Progress", "De-asserting target reset");
        case DaStep::AwaitOpening:
            return RESCUE_TR_NOOP("Progress", "Waiting for the chip's answer");
        case DaStep::Discovery:
            return RESCUE_TR_NOOP("Progress", "Discovery");
        case DaStep::CheckCredentials:
            return RESCUE_TR_NOOP("Progress", "Checking the credentials");
        case DaStep::AuthStart:
            return RESCUE_TR_NOOP("Progress", "Requesting a challenge");
        case DaStep::Certificate:
            return RESCUE_TR_NOOP("Progress", "Sending a certificate");
        case DaStep::Token:
            return RESCUE_TR_NOOP("Progress", "Sending the signed token");
        case DaStep::Password:
            return RESCUE_TR_NOOP("Progress", "Sending the password");
        case DaStep::FollowAction:
            return RESCUE_TR_NOOP("Progress", "Following the chip through the granted action");
        case DaStep::VerifyState:
            return RESCUE_TR_NOOP("Progress", "Reading the chip's state");
    }
    return RESCUE_TR_NOOP("Progress", "Unknown step");
}

std::string erasingConsequence(DaFamily family, const PermissionMask& requested) {
    const PermissionGrant g = interpretPermissions(family, requested);
    if (g.fullRegression)
        return "Full Regression erases the whole user flash, SRAM and the OBK (DA provisioning included) and "
               "returns the chip to Open.";
    if (g.partialRegression)
        return "Partial Regression erases the non-secure user flash and SRAM (the secure part is kept).";
    return {};
}

DaSession::DaSession(probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog,
                     DaSessionOptions options)
    : m_probe(probe),
      m_catalog(std::move(catalog)),
      m_options(std::move(options)),
      m_family(m_options.family),
      m_start(probe.clock().now()),
      m_roundTripsAtStart(probe.counters().roundTrips) {}

DaSession::~DaSession() = default;

std::uint64_t DaSession::roundTrips() const {
    return m_probe.counters().roundTrips - m_roundTripsAtStart;
}
Clock::Duration DaSession::elapsed() const {
    return m_probe.clock().now() - m_start;
}
std::uint64_t DaSession::mailboxPolls() const {
    return m_link ? m_link->polls() : 0;
}

std::optional<DaFamily> DaSession::daFamily() const {
    if (!m_family)
        return std::nullopt;
    for (std::uint16_t devId : m_family->devIds)
        if (auto f = daFamilyForDevId(devId))
            return f;
    return std::nullopt;
}

void DaSession::report(DaStep step, DaProgress::Phase phase, std::string detail) {
    if (!m_options.observer)
        return;
    DaProgress p;
    p.step = step;
    p.phase = phase;
    p.detail = std::move(detail);
    p.elapsedMs = toMilliseconds(elapsed());
    p.roundTrips = roundTrips();
    m_options.observer(p);
}

Error DaSession::fail(DaStep step, Error error) {
    error.evidence.insert(error.evidence.begin(), Evidence{"step", std::string(stepTitle(step))});
    report(step, DaProgress::Phase::Failed, error.message);
    return error;
}

// ---- opening ---------------------------------------------------------------------------------

Status DaSession::stopPoint(DaStep step) {
    if (!m_options.stopRequested || !m_options.stopRequested())
        return {};
    return fail(step, makeError("da.cancelled",
                                fmt::format("Cancelled before \"{}\": nothing that changes the chip was "
                                            "sent.",
                                            stepTitle(step)),
                                "A chip left waiting in its DA mode leaves it at the next reset."));
}

Status DaSession::connect(bool holdNrst) {
    if (Status s = stopPoint(DaStep::Connect); !s)
        return s;
    m_opened = false;
    m_ended = false;
    m_discovery.reset();
    m_challenge.reset();
    if (holdNrst) {
        report(DaStep::AssertReset, DaProgress::Phase::Started, {});
        if (!m_probe.capabilities().nrstLine)
            return fail(
                DaStep::AssertReset,
                makeError(std::string(da_error::kNrstNotEffective),
                          "NRST not effective: this probe cannot drive the reset line.",
                          "Run `rescue wizard` (or the GUI's Recover a stuck board), whose guided manual "
                          "reset has you hold the board's RESET button and release it when asked, or use a "
                          "probe with an NRST pin wired to the chip."));
        if (Status s = m_probe.driveNrst(probe::NrstDrive::Low); !s)
            return fail(DaStep::AssertReset, s.error());
        report(DaStep::AssertReset, DaProgress::Phase::Done, {});
    }
    report(DaStep::Connect, DaProgress::Phase::Started, {});
    auto dpidr = m_probe.attach();
    if (!dpidr)
        return fail(DaStep::Connect,
                    makeError("da.no-dp", "Nothing answers on SWD: the debug port did not respond.",
                              "Check SWDIO, SWCLK, GND and the target's power; lower the SWD clock.")
                        .with("probe", dpidr.error().message));
    (void)m_probe.setSwdFrequency(m_options.swdKHz);
    if (Status s = arm::powerUp(m_probe, kPowerUpTimeout); !s)
        return fail(DaStep::Connect, s.error());
    report(DaStep::Connect, DaProgress::Phase::Done, fmt::format("DPIDR {}", hex32(*dpidr)));

    report(DaStep::FindMailbox, DaProgress::Phase::Started, {});
    auto found = findMailbox(m_probe, *m_catalog, m_options.family);
    if (!found)
        return fail(DaStep::FindMailbox, found.error());
    m_family = found->family;
    m_link = std::make_unique<MailboxLink>(m_probe, found->layout, MailboxTiming::of(*m_family));
    report(DaStep::FindMailbox, DaProgress::Phase::Done,
           fmt::format("{} (DBGMCU_IDCODE {} at {} through AP0)", m_family->name, hex32(found->idcode),
                       hex32(found->layout.base)));
    return {};
}

Status DaSession::writeRequest() {
    if (!m_link)
        return fail(DaStep::WriteRequest, makeError("da.not-connected", "The session is not connected.",
                                                    "Connect first (connect() or open())."));
    report(DaStep::WriteRequest, DaProgress::Phase::Started, {});
    // A word the ROM left in DBG_AUTH_DEVICE for a session nobody finished (the host's read
    // of it was lost: a pulled cable, a dropped reply) stays there across NRST, since only a
    // power-on reset clears DBGMCU; the next opening then read it as the ROM's answer and
    // failed with da.bad-opening (found by the fault campaign, seed 103). Read it away first.
    const auto& layout = m_link->layout();
    if (auto ack = m_probe.read32(layout.ap, layout.ack); ack && (*ack & layout.devAckMask))
        (void)m_probe.read32(layout.ap, layout.device);
    if (Status s = m_link->writeRequest(); !s)
        return fail(DaStep::WriteRequest, s.error());
    report(DaStep::WriteRequest, DaProgress::Phase::Done, hex32(m_link->layout().requestMagic));
    return {};
}

Result<bool> DaSession::requestPending() {
    if (!m_link)
        return makeError("da.not-connected", "The session is not connected.",
                         "Connect first (connect() or open()).");
    return m_link->requestPending();
}

Status DaSession::releaseNrst() {
    report(DaStep::ReleaseReset, DaProgress::Phase::Started, {});
    if (Status s = m_probe.driveNrst(probe::NrstDrive::High); !s)
        return fail(DaStep::ReleaseReset, s.error());
    report(DaStep::ReleaseReset, DaProgress::Phase::Done, {});
    return {};
}

Status DaSession::awaitOpening(std::optional<Clock::Duration> budget) {
    if (!m_link)
        return fail(DaStep::AwaitOpening, makeError("da.not-connected", "The session is not connected.",
                                                    "Connect first (connect() or open())."));
    report(DaStep::AwaitOpening, DaProgress::Phase::Started, {});
    auto word = m_link->awaitOpening(budget.value_or(m_link->timing().replyBudget));
    if (!word)
        return fail(DaStep::AwaitOpening, word.error());
    m_opened = true;
    report(DaStep::AwaitOpening, DaProgress::Phase::Done,
           fmt::format("Communication with the target established ({})", hex32(*word)));
    return {};
}

Status DaSession::open() {
    if (Status s = connect(true); !s) {
        (void)m_probe.driveNrst(probe::NrstDrive::High);  // never leave the chip held
        return s;
    }
    if (Status s = writeRequest(); !s) {
        (void)m_probe.driveNrst(probe::NrstDrive::High);
        return s;
    }
    if (Status s = releaseNrst(); !s)
        return s;
    return awaitOpening();
}

// ---- discovery -------------------------------------------------------------------------------

Result<DaDiscovery> DaSession::discover() {
    if (!m_opened || m_ended)
        return fail(DaStep::Discovery, makeError("da.not-open", "The DA session is not open.",
                                                 "Open the session (a reset with the request word) first."));
    if (Status s = stopPoint(DaStep::Discovery); !s)
        return s.error();
    report(DaStep::Discovery, DaProgress::Phase::Started, {});
    auto reply = m_link->exchange(AdacCommand::Discovery);
    if (!reply)
        return fail(DaStep::Discovery, reply.error());
    if (!reply->is(AdacStatus::Success))
        return fail(DaStep::Discovery,
                    makeError("da.discovery-refused", "The chip refused the discovery request.",
                              "The chip is not in a DA-capable state; start a new session.")
                        .with("status", statusName(reply->status)));
    auto parsed = parseDiscovery(reply->data);
    if (!parsed)
        return fail(DaStep::Discovery,
                    makeError(std::string(da_error::kCorruptReply),
                              "The chip's discovery reply holds corrupted TLV records.",
                              "Start a new session; if it repeats, lower the SWD clock or check the wiring.")
                        .with("parser", parsed.error().message)
                        .with("raw", toHex(reply->data)));
    DaDiscovery d;
    d.raw = reply->data;
    d.parsed = std::move(*parsed);
    const auto fam = daFamily();
    d.lines = describeDiscovery(d.parsed.info, fam);
    if (d.parsed.info.hwPermissionsMask) {
        const PermissionMask& mask = *d.parsed.info.hwPermissionsMask;
        std::vector<int> seen;
        if (fam)
            for (const auto& p : stPermissions(*fam))
                if (mask.test(p.bit)) {
                    d.offered.push_back({p.bit, std::string(p.id), std::string(p.displayName)});
                    seen.push_back(p.bit);
                }
        for (int bit : mask.bits())
            if (std::find(seen.begin(), seen.end(), bit) == seen.end())
                d.offered.push_back(
                    {bit, "", fam ? permissionDisplayName(*fam, bit) : fmt::format("bit {}", bit)});
    }
    m_discovery = d;
    report(DaStep::Discovery, DaProgress::Phase::Done, fmt::format("{} records", d.parsed.records.size()));
    return d;
}

Result<PermissionMask> DaSession::permissionFromText(std::string_view text) const {
    if (isDigits(text)) {
        int bit = -1;
        std::from_chars(text.data(), text.data() + text.size(), bit);
        if (bit < 0 || bit >= PermissionMask::kBits)
            return makeError("da.unknown-permission",
                             fmt::format("Permission bit {} is outside 0..127.", text),
                             "Give a bit number from 0 to 127 or a permission name.");
        return PermissionMask::fromBits({bit});
    }
    if (m_family)
        if (const auto* p = m_family->da.permission(text))
            return PermissionMask::fromBits({static_cast<int>(p->bit)});
    if (auto fam = daFamily())
        if (const auto* p = findStPermission(*fam, text))
            return PermissionMask::fromBits({p->bit});
    std::vector<std::string> names;
    if (m_family)
        for (const auto& p : m_family->da.permissions)
            names.push_back(p.name);
    return makeError(
        "da.unknown-permission",
        fmt::format("'{}' is not a permission {} knows.", text, m_family ? m_family->name : "this chip"),
        names.empty() ? std::string("Give a bit number (0..127).")
                      : fmt::format("Use one of {} or a bit number.", fmt::join(names, ", ")));
}

// ---- authentication --------------------------------------------------------------------------

Status DaSession::checkOffered(const PermissionMask& requested) {
    if (requested.empty())
        return makeError("da.no-permission", "No permission was requested.",
                         "Name one permission (--permission).");
    // An empty list says nothing (password chips may list none); a list must hold the request.
    if (m_discovery && m_discovery->parsed.info.hwPermissionsMask &&
        !m_discovery->parsed.info.hwPermissionsMask->empty() &&
        !m_discovery->parsed.info.hwPermissionsMask->contains(requested)) {
        std::vector<std::string> offered;
        for (const auto& o : m_discovery->offered)
            offered.push_back(o.id.empty() ? o.label : o.id);
        return makeError("da.permission-not-offered",
                         "Permission not granted: the chip does not offer the requested permission.",
                         offered.empty()
                             ? std::string("The chip offers no permission; check its provisioning.")
                             : fmt::format("Ask for one the chip offers: {}.", fmt::join(offered, ", ")))
            .with("requested", requested.toShortHex())
            .with("offered", m_discovery->parsed.info.hwPermissionsMask->toShortHex());
    }
    return {};
}

Status DaSession::checkCertificates(const CertificateCredentials& c, const PermissionMask& requested) {
    const auto& certs = c.chain.certificates;
    if (certs.empty())
        return makeError("da.chain-empty", "The certificate chain is empty.",
                         "Give the chain file (.b64), root first.");
    if (!certs.front().hasRole(CertificateRole::Root)) {
        const bool rootLater = std::any_of(certs.begin(), certs.end(), [](const Certificate& x) {
            return x.hasRole(CertificateRole::Root);
        });
        return makeError(
                   "da.chain-order",
                   rootLater ? "The certificate chain is out of order: the root certificate is not first."
                             : "The certificate chain has no root certificate.",
                   "The chip takes the chain root first, then intermediates, then the leaf; use the chain "
                   "file as ST's tools write it (cert_leaf_chain.b64).")
            .with("first certificate", roleName(certs.front().role));
    }
    if (!certs.back().hasRole(CertificateRole::Leaf))
        return makeError("da.chain-truncated",
                         "The certificate chain is truncated: it ends without a leaf certificate.",
                         "Use the full chain file (root, intermediate, leaf), not a partial one.")
            .with("last certificate", roleName(certs.back().role))
            .with("certificates", std::to_string(certs.size()));
    for (std::size_t i = 1; i < certs.size(); ++i) {
        auto issuer = PublicKey::fromRaw(certs[i - 1].publicKey);
        if (!issuer || !verifyCertificateSignature(certs[i], *issuer))
            return makeError(
                "da.chain-broken",
                fmt::format("Certificate {} ({}) is not signed by certificate {}: the chain is broken "
                            "or out of order.",
                            i + 1, roleName(certs[i].role), i),
                "Use the chain file as ST's tools write it, root first.");
    }
    if (!c.leafKey)
        return makeError("da.no-key", "No private key was given for the leaf certificate.", "Give --key.");
    if (c.leafKey->publicKey().raw() != certs.back().publicKey)
        return makeError("da.key-mismatch",
                         "Wrong key: the private key does not belong to the leaf certificate of the chain.",
                         "Give the leaf key of the same set (key_3_leaf.pem next to cert_leaf_chain.b64).")
            .with("key fingerprint", c.leafKey->publicKey().fingerprintHex())
            .with("leaf certificate key", toHex(sha256(certs.back().publicKey)));
    for (std::size_t i = 0; i < certs.size(); ++i)
        if (!certs[i].permissions.contains(requested))
            return makeError(
                       "da.permission-not-in-certificate",
                       fmt::format("Permission not granted: certificate {} ({}) does not allow the requested "
                                   "permission.",
                                   i + 1, roleName(certs[i].role)),
                       "Ask for a permission every certificate of the chain allows, or issue new "
                       "certificates.")
                .with("requested", requested.toShortHex())
                .with("certificate mask", certs[i].permissions.toShortHex());
    if (m_discovery && m_discovery->parsed.info.cryptosystems) {
        const auto& cs = *m_discovery->parsed.info.cryptosystems;
        if (std::find(cs.begin(), cs.end(), kCryptosystemEcdsaP256) == cs.end())
            return makeError("da.cryptosystem", "The chip does not accept ECDSA P-256 certificates.",
                             "Check the discovery: this chip may be provisioned for the password method.");
    }
    return {};
}

Result<Challenge> DaSession::authStart() {
    report(DaStep::AuthStart, DaProgress::Phase::Started, {});
    if (!m_opened || m_ended)
        return fail(DaStep::AuthStart, makeError("da.not-open", "The DA session is not open.",
                                                 "Open the session (a reset with the request word) first."));
    auto reply = m_link->exchange(AdacCommand::AuthStart);
    if (!reply)
        return fail(DaStep::AuthStart, reply.error());
    if (!reply->is(AdacStatus::Success))
        return fail(DaStep::AuthStart,
                    makeError("da.auth-start-refused", "The chip refused to give a challenge.",
                              "Start a new session (a new reset).")
                        .with("status", statusName(reply->status)));
    auto challenge = decodeChallenge(reply->data);
    if (!challenge)
        return fail(DaStep::AuthStart, makeError(std::string(da_error::kCorruptReply),
                                                 "The chip's challenge is not a valid ADAC challenge.",
                                                 "Start a new session (a new reset).")
                                           .with("raw", toHex(reply->data)));
    m_challenge = challenge->vector;
    m_challengeAt = m_probe.clock().now();
    report(DaStep::AuthStart, DaProgress::Phase::Done, {});
    return challenge;
}

Status DaSession::sendCertificate(const Certificate& certificate, std::size_t index, std::size_t count) {
    const std::string what =
        fmt::format("certificate {} of {} ({})", index + 1, count, roleName(certificate.role));
    report(DaStep::Certificate, DaProgress::Phase::Started, what);
    const bool expiredBefore =
        m_challenge && m_probe.clock().now() - m_challengeAt > m_link->timing().wordTimeout;
    auto reply = m_link->exchange(AdacCommand::AuthResponse, certificateTlv(certificate));
    if (!reply) {
        Error e = reply.error();
        if (isSilence(e) && expiredBefore)
            e = makeError("da.challenge-expired",
                          "The challenge expired: the chip stopped waiting before the certificates arrived.",
                          "Start a new session and send the chain and token without pausing.");
        return fail(DaStep::Certificate, e.with("certificate", what));
    }
    if (reply->is(AdacStatus::NeedMoreData)) {
        report(DaStep::Certificate, DaProgress::Phase::Done, what);
        return {};
    }
    m_ended = true;  // a refused certificate ends the exchange (psa-adac)
    if (index == 0)
        if (auto open = refusedBecauseOpen("the chain", reply->status))
            return fail(DaStep::Certificate, *open);
    if (index == 0 && certificate.hasRole(CertificateRole::Root))
        return fail(
            DaStep::Certificate,
            makeError("da.root-mismatch",
                      "Wrong root: the chip refused the root certificate, whose key hash does not match "
                      "the root key provisioned in the chip.",
                      "Use the chain issued under the root key whose hash went into the chip's DA "
                      "configuration (.obk); `rescue da verify --obk` compares them.")
                .with("root key hash (SHA-256 of X||Y)", toHex(certificate.publicKeyHash()))
                .with("status", statusName(reply->status)));
    return fail(
        DaStep::Certificate,
        makeError("da.certificate-refused",
                  fmt::format("The chip refused {}: it is not signed by the previous certificate, or its "
                              "constraints (SoC class or id, lifecycle) do not fit this chip.",
                              what),
                  "Check the chain with `rescue da verify`, and its constraints against the discovery.")
            .with("status", statusName(reply->status)));
}

Status DaSession::sendToken(const Token& token, const ChallengeVector& signedOver) {
    report(DaStep::Token, DaProgress::Phase::Started, {});
    const bool expiredBefore =
        m_challenge && m_probe.clock().now() - m_challengeAt > m_link->timing().wordTimeout;
    auto reply = m_link->exchange(AdacCommand::AuthResponse, tokenTlv(token));
    if (!reply) {
        Error e = reply.error();
        if (isSilence(e) && expiredBefore)
            e = makeError("da.challenge-expired",
                          "The challenge expired: the chip stopped waiting before the token arrived.",
                          "Start a new session and send the token right after the challenge.");
        return fail(DaStep::Token, e);
    }
    if (reply->is(AdacStatus::Success)) {
        m_ended = true;
        report(DaStep::Token, DaProgress::Phase::Done,
               fmt::format("granted {}", token.requested.toShortHex()));
        return {};
    }
    m_ended = !reply->is(AdacStatus::NeedMoreData);
    if (m_challenge && *m_challenge != signedOver)
        return fail(DaStep::Token,
                    makeError("da.stale-challenge",
                              "Stale challenge: the chip refused a token signed over an older "
                              "challenge.",
                              "Sign the token over the challenge of the latest AUTH_START; start a "
                              "new session.")
                        .with("status", statusName(reply->status)));
    return fail(DaStep::Token,
                makeError("da.permission-not-granted",
                          "Permission not granted: the chip refused the token for the requested "
                          "permission.",
                          "The chip's provisioned mask or its hardware mask does not allow it; ask "
                          "for a permission the discovery offers.")
                    .with("requested", token.requested.toShortHex())
                    .with("status", statusName(reply->status)));
}

Status DaSession::sendPassword(ByteView password) {
    report(DaStep::Password, DaProgress::Phase::Started, {});
    const SecretBytes tlv = passwordTlv(password);
    auto reply = m_link->exchange(AdacCommand::AuthResponse, tlv.view());
    if (!reply)
        return fail(DaStep::Password, reply.error());
    m_ended = true;
    if (reply->is(AdacStatus::Success)) {
        report(DaStep::Password, DaProgress::Phase::Done, "accepted");
        return {};
    }
    if (auto open = refusedBecauseOpen("the password", reply->status))
        return fail(DaStep::Password, *open);
    return fail(DaStep::Password,
                makeError("da.password-refused",
                          "The chip refused the password: it does not match the hash "
                          "provisioned in the chip.",
                          "Give the password file provisioned into this chip (password.bin, or "
                          "the raw password file).")
                    .with("status", statusName(reply->status))
                    .with("password length", std::to_string(password.size())));
}

Result<DaOutcome> DaSession::authenticate(const DaCredentials& credentials, const PermissionMask& requested) {
    if (!m_discovery) {
        if (auto d = discover(); !d)
            return d.error();
    }
    report(DaStep::CheckCredentials, DaProgress::Phase::Started, {});
    if (Status s = checkOffered(requested); !s)
        return fail(DaStep::CheckCredentials, s.error());
    const auto* cert = std::get_if<CertificateCredentials>(&credentials);
    if (cert)
        if (Status s = checkCertificates(*cert, requested); !s)
            return fail(DaStep::CheckCredentials, s.error());
    report(DaStep::CheckCredentials, DaProgress::Phase::Done, {});

    if (Status s = stopPoint(DaStep::AuthStart); !s)
        return s.error();
    auto challenge = authStart();
    if (!challenge)
        return challenge.error();
    if (cert) {
        const auto& certs = cert->chain.certificates;
        for (std::size_t i = 0; i < certs.size(); ++i) {
            if (Status s = stopPoint(DaStep::Certificate); !s)
                return s.error();
            if (Status s = sendCertificate(certs[i], i, certs.size()); !s)
                return s.error();
        }
        if (Status s = stopPoint(DaStep::Token); !s)
            return s.error();
        const Token token = buildToken(requested, challenge->vector, *cert->leafKey);
        if (Status s = sendToken(token, challenge->vector); !s)
            return s.error();
    } else {
        const auto& pw = std::get<PasswordCredentials>(credentials);
        if (Status s = stopPoint(DaStep::Password); !s)
            return s.error();
        if (Status s = sendPassword(pw.password.view()); !s)
            return s.error();
    }
    return followGrant(requested);
}

// ---- after the grant -------------------------------------------------------------------------

Result<std::string> DaSession::readStateThroughAp1() {
    const auto& table = m_family->optionBytes;
    const std::uint8_t coreAp =
        m_family->accessPort("core") ? static_cast<std::uint8_t>(m_family->accessPort("core")->index) : 1;
    optionbytes::RegisterDump dump;
    for (const auto& reg : table.registers) {
        auto value = m_probe.read32(coreAp, table.curAddress(reg));
        if (!value) {
            (void)arm::clearStickyErrors(m_probe);
            return value.error();
        }
        dump[reg.curName] = *value;
    }
    auto decoded = optionbytes::decode(*m_family, dump);
    if (!decoded)
        return decoded.error();
    const auto& lc = m_family->lifecycle;
    // H7RS: no PRODUCT_STATE register; the state shows as a combination of fields.
    const bool byMatch = std::any_of(lc.states.begin(), lc.states.end(), [](const device::LifecycleState& s) {
        return !s.registerMatch.empty();
    });
    if (byMatch) {
        std::map<std::string, std::uint32_t> values;
        for (const auto& f : decoded->fields)
            values[f.field->name] = f.value;
        if (const auto* state = lc.stateFromFields(values))
            return state->id;
    }
    const auto* field = decoded->field(m_family->lifecycle.stateField);
    if (!field)
        return makeError("da.state-unreadable", "The option registers do not show the product state.");
    if (const auto* state = m_family->lifecycle.stateByCode(static_cast<std::uint8_t>(field->value)))
        return state->id;
    return field->valueName.empty() ? field->display : field->valueName;
}

const device::LifecycleState* DaSession::discoveredState() const {
    if (!m_family || !m_discovery || !m_discovery->parsed.info.psaLifecycle)
        return nullptr;
    const auto& b = *m_discovery->parsed.info.psaLifecycle;
    const auto code = static_cast<std::uint16_t>((b[0] << 8) | b[1]);
    for (const auto& state : m_family->lifecycle.states)
        if (state.psaLifecycle == code)
            return &state;
    return nullptr;
}

// Not a wrong credential: a chip in a full-debug state (Open) has no DA configuration to
// check one against (a full regression erased it, perhaps one a fault interrupted and the
// chip finished by itself).
std::optional<Error> DaSession::refusedBecauseOpen(std::string_view what, std::uint16_t status) const {
    const device::LifecycleState* state = discoveredState();
    if (!state || state->transient || state->access.ap1 != device::ApAccess::Full)
        return std::nullopt;
    return makeError(
               "da.chip-open",
               fmt::format("The chip is {} (its discovery says so): debug needs no authentication, and "
                           "an {} chip holds no DA configuration to check {} against, so it refused it.",
                           state->name, state->name, what),
               "Connect without DA (the device panel, `rescue probe info`). If a regression was under "
               "way, it has finished.")
        .with("status", statusName(status));
}

Result<DaOutcome> DaSession::followGrant(const PermissionMask& requested) {
    DaOutcome out;
    out.requested = requested;
    const auto fam = daFamily();
    if (fam)
        out.grant = interpretPermissions(*fam, requested);
    if (m_discovery && m_discovery->parsed.info.psaLifecycle)
        out.stateBefore = lifecycleName(*m_discovery->parsed.info.psaLifecycle);

    // What the chip should end up in: full regression -> Open; partial -> the catalog's
    // partial-regression target; debug re-open / forced download -> any readable state.
    std::string target;
    if (out.grant.fullRegression) {
        target = "open";
    } else if (out.grant.partialRegression) {
        for (const auto& t : m_family->lifecycle.transitions)
            if (t.mechanism == device::TransitionMechanism::DaPartialRegression && t.allowed && t.to != "*")
                target = t.to;
    }
    // The grant lands in a transient state (NS-Regression) that the hardware leaves by itself;
    // the chip settles where the catalog's hardware transition takes it (TZ-Closed).
    for (int hop = 0; hop < 4 && !target.empty(); ++hop) {
        const auto* state = m_family->lifecycle.state(target);
        if (!state || !state->transient)
            break;
        std::string next;
        for (const auto& t : m_family->lifecycle.transitions)
            if (t.from == target && t.mechanism == device::TransitionMechanism::Hardware && t.allowed &&
                t.to != "*")
                next = t.to;
        if (next.empty())
            break;
        target = next;
    }
    if (out.grant.forcedDownload && !out.grant.fullRegression && !out.grant.partialRegression &&
        out.grant.debugLevel == 0 && out.grant.secureDebugLevel == 0) {
        out.notes.push_back(
            "Forced download granted: the chip boots its bootloader; connect to it with a "
            "bootloader tool.");
        return out;
    }

    report(DaStep::FollowAction, DaProgress::Phase::Started,
           target.empty() ? std::string("waiting for AP1") : fmt::format("waiting for state {}", target));
    Clock& clock = m_probe.clock();
    const auto deadline = clock.now() + m_options.actionBudget;
    std::string lastSeen = "nothing answered on AP1";
    while (clock.now() < deadline) {
        clock.sleepFor(m_options.reconnectInterval);
        if (!m_probe.attach() || !arm::powerUp(m_probe, kPowerUpTimeout)) {
            lastSeen = "the debug port did not answer";
            continue;
        }
        auto state = readStateThroughAp1();
        if (!state) {
            lastSeen = state.error().message;
            continue;
        }
        lastSeen = "state " + *state;
        if (!target.empty() && *state != target)
            continue;
        out.stateAfter = *state;
        out.ap1Open = true;
        report(DaStep::FollowAction, DaProgress::Phase::Done, lastSeen);
        report(DaStep::VerifyState, DaProgress::Phase::Done, lastSeen);
        if (out.grant.fullRegression)
            out.notes.push_back("The user flash was erased and the chip is back in Open.");
        if (out.grant.partialRegression)
            out.notes.push_back("The non-secure user flash was erased.");
        if (out.grant.debugLevel > 0 || out.grant.secureDebugLevel > 0)
            out.notes.push_back("Debug is re-opened until the next power-off.");
        return out;
    }
    return fail(
        DaStep::FollowAction,
        makeError("da.action-timeout",
                  fmt::format("The chip did not come back {} within {:.0f} s after the grant.",
                              target.empty() ? std::string("on AP1") : "in state " + target,
                              std::chrono::duration<double>(m_options.actionBudget).count()),
                  "Power-cycle the board and connect again (`rescue connect`): the grant may still have "
                  "been applied.")
            .with("last seen", lastSeen));
}

}  // namespace rescue::auth
