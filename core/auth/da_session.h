#pragma once
// One Debug Authentication session with a chip (adac-protocol.md sections 14 and 15): open
// the channel (NRST held, request word, release, the ROM's answer), DISCOVERY, then, in the
// SAME opening, certificate or password authentication, and afterwards follow the chip
// through what it was granted (regression: erase, reboot, Open through AP1).
//
// The CLI, the GUI's DA panel and the wizard all drive this one class. Each step is
// reported to an observer as it starts and ends (the GUI shows progress, the engine's
// journal records it); every failure is an Error whose evidence names the step ("step")
// and whose sentence names the likely cause. The pieces of the opening are public so the
// wizard can sequence them around a person pressing RESET when the probe's NRST is not
// wired: connect(false) -> writeRequest() -> (person releases RESET) -> awaitOpening().
//
// Not thread-safe: one worker drives a session, as it drives the probe.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/auth/certificate_chain.h"
#include "core/auth/challenge.h"
#include "core/auth/discovery.h"
#include "core/auth/discovery_text.h"
#include "core/auth/keys.h"
#include "core/auth/mailbox_link.h"
#include "core/auth/secret_bytes.h"
#include "core/auth/st_permissions.h"
#include "core/auth/token.h"
#include "core/device/catalog.h"
#include "core/probe/debug_probe.h"

namespace rescue::auth {

enum class DaStep {
    Connect,           // attach, power up the debug domain
    AssertReset,       // probe NRST low
    FindMailbox,       // DBGMCU IDCODE through AP0
    WriteRequest,      // request word into DBG_AUTH_HOST
    ReleaseReset,      // probe NRST high
    AwaitOpening,      // the ROM's first word
    Discovery,         // DISCOVERY
    CheckCredentials,  // host-side checks before anything is sent
    AuthStart,         // AUTH_START, the challenge
    Certificate,       // one AUTH_RESPONSE per certificate, root first
    Token,             // the signed token
    Password,          // ST's password TLV
    FollowAction,      // the chip applies the grant (erase, reboot)
    VerifyState,       // state read through AP1 afterwards
};
std::string_view stepId(DaStep step);     // "await-opening"
std::string_view stepTitle(DaStep step);  // "Waiting for the chip's answer"

struct DaProgress {
    enum class Phase { Started, Done, Failed };
    DaStep step = DaStep::Connect;
    Phase phase = Phase::Started;
    std::string detail;    // "certificate 2 of 3 (intermediate)", the error's sentence
    double elapsedMs = 0;  // since the session began, on the probe's clock
    std::uint64_t roundTrips = 0;
};
using DaObserver = std::function<void(const DaProgress&)>;

struct DaSessionOptions {
    // Pin the family; otherwise it is found through AP0 (DBGMCU_IDCODE at the catalog's bases).
    std::shared_ptr<const device::Family> family;
    std::uint32_t swdKHz = 4000;
    // How long to follow a granted action (regression erase and reboot) until the state reads.
    Clock::Duration actionBudget = std::chrono::seconds(30);
    Clock::Duration reconnectInterval = std::chrono::milliseconds(10);
    DaObserver observer;
    // Asked before each step that sends something (the connection, discovery, the challenge,
    // each certificate, the token or password): true ends the session there with
    // da.cancelled. Never asked once the credentials are sent: the chip acts on them anyway.
    std::function<bool()> stopRequested;
};

// What DISCOVERY said, decoded and raw.
struct DaDiscovery {
    Bytes raw;  // the reply's data (the TLVs as received)
    ParsedDiscovery parsed;
    std::vector<DiscoveryLine> lines;  // CubeProgrammer's words and order
    struct Offer {
        int bit = 0;
        std::string id;     // "full-regression", or "" when ST has not published the bit
        std::string label;  // "Full Regression"
    };
    std::vector<Offer> offered;  // "permission if authorized", in CubeProgrammer's order
};

struct CertificateCredentials {
    CertificateChain chain;  // root first
    std::shared_ptr<const PrivateKey> leafKey;
};
struct PasswordCredentials {
    SecretBytes password;  // raw bytes (never logged)
};
using DaCredentials = std::variant<CertificateCredentials, PasswordCredentials>;

// What happened after the chip said SUCCESS.
struct DaOutcome {
    PermissionMask requested;
    PermissionGrant grant;           // what the requested bits mean on this family
    std::string stateBefore;         // from discovery ("closed")
    std::string stateAfter;          // read through AP1 afterwards, "" when not followed
    bool ap1Open = false;            // AP1 reads memory afterwards
    std::vector<std::string> notes;  // "user flash erased", ...
};

class DaSession {
public:
    DaSession(probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog,
              DaSessionOptions options = {});
    ~DaSession();
    DaSession(const DaSession&) = delete;
    DaSession& operator=(const DaSession&) = delete;

    // ---- the opening, in pieces (the wizard's manual path) ----
    // Attach and power up, with the probe's NRST held first when `holdNrst`; finds the
    // mailbox (and the family) through AP0.
    Status connect(bool holdNrst);
    Status writeRequest();
    // True while the request word written earlier still waits in DBG_AUTH_HOST (read through
    // AP0): the wizard's confirmation that the request took while a person holds RESET.
    Result<bool> requestPending();
    Status releaseNrst();
    // Waits for the ROM's first word; `budget` defaults to the catalog's replyBudgetMs.
    Status awaitOpening(std::optional<Clock::Duration> budget = std::nullopt);
    // connect(true), writeRequest(), releaseNrst(), awaitOpening(): one reset.
    Status open();
    bool isOpen() const { return m_opened; }

    // ---- inside the opened session ----
    Result<DaDiscovery> discover();
    // The whole authentication: host checks, AUTH_START, chain + token (or password); then
    // follows the granted action. `requested` must be one permission the discovery offers.
    Result<DaOutcome> authenticate(const DaCredentials& credentials, const PermissionMask& requested);

    // Finer steps for tests and the wizard.
    Result<Challenge> authStart();
    Status sendCertificate(const Certificate& certificate, std::size_t index, std::size_t count);
    // `signedOver` is the challenge the token was signed for (a refusal of a token signed over
    // an older challenge is reported as a stale challenge).
    Status sendToken(const Token& token, const ChallengeVector& signedOver);
    Status sendPassword(ByteView password);
    // Follows the chip after a grant: reconnects through AP1 until its state reads, within
    // options.actionBudget.
    Result<DaOutcome> followGrant(const PermissionMask& requested);

    // ---- what it knows ----
    const device::Family* family() const { return m_family.get(); }
    std::optional<DaFamily> daFamily() const;
    const std::optional<DaDiscovery>& lastDiscovery() const { return m_discovery; }
    std::uint64_t roundTrips() const;  // since the session was created
    Clock::Duration elapsed() const;
    std::uint64_t mailboxPolls() const;
    // A permission name or bit number ("full-regression", "debug-l2", "14") on this family.
    Result<PermissionMask> permissionFromText(std::string_view text) const;

private:
    struct StepScope;
    Error fail(DaStep step, Error error);
    // da.cancelled at `step` when the options' stopRequested says so.
    Status stopPoint(DaStep step);
    void report(DaStep step, DaProgress::Phase phase, std::string detail);
    Status checkCertificates(const CertificateCredentials& credentials, const PermissionMask& requested);
    Status checkOffered(const PermissionMask& requested);
    Result<std::string> readStateThroughAp1();
    // The catalog state the last discovery's lifecycle names; nullptr if none or unknown.
    const device::LifecycleState* discoveredState() const;
    std::optional<Error> refusedBecauseOpen(std::string_view what, std::uint16_t status) const;

    probe::DebugProbe& m_probe;
    std::shared_ptr<const device::Catalog> m_catalog;
    DaSessionOptions m_options;
    std::shared_ptr<const device::Family> m_family;
    std::unique_ptr<MailboxLink> m_link;
    std::optional<DaDiscovery> m_discovery;
    std::optional<ChallengeVector> m_challenge;
    Clock::TimePoint m_challengeAt{};
    Clock::TimePoint m_start;
    std::uint64_t m_roundTripsAtStart = 0;
    bool m_opened = false;
    bool m_ended = false;  // the chip left its DA loop (success or terminal failure)
};

// "Full Regression erases the user flash, ..." for the permissions that erase; empty else.
std::string erasingConsequence(DaFamily family, const PermissionMask& requested);

}  // namespace rescue::auth
