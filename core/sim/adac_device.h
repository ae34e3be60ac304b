#pragma once
// The device side of ADAC as an STM32 boot ROM runs it (adac-protocol.md sections 11.2 and
// 16), independent of the mailbox: request packets in, response packets out. It follows
// the psa-adac state machine INIT -> CHALLENGE -> ROOT -> CHAIN* -> LEAF -> SUCCESS |
// FAILURE, checks certificate chains, tokens and ST passwords like the reference
// implementation, and reports what it granted for the chip model to apply. Everything the
// reference marks unknown is an option; discovery contents come from the catalog.

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/auth/chain_validation.h"
#include "core/auth/challenge.h"
#include "core/auth/discovery.h"
#include "core/auth/keys.h"
#include "core/auth/obk_file.h"
#include "core/auth/packet.h"
#include "core/auth/password.h"
#include "core/auth/permission_mask.h"
#include "core/auth/random_source.h"
#include "core/common/bytes.h"
#include "core/common/error.h"

namespace rescue::sim {

enum class AdacMethod { None, Certificate, Password };

// What the device has provisioned (in OBK, or OTP on an H503).
struct AdacProvisioning {
    AdacMethod method = AdacMethod::None;
    auth::Sha256Digest rootKeyHash{};     // certificate: SHA-256 of the root X‖Y
    auth::PermissionMask permissionMask;  // certificate: the .obk mask
    auth::Sha256Digest passwordHash{};    // password: SHA-256 of the password

    static AdacProvisioning certificate(const auth::Sha256Digest& rootKeyHash,
                                        const auth::PermissionMask& mask);
    static AdacProvisioning password(const auth::Sha256Digest& passwordHash);
    // What the ROM reads from a DA .obk: integrity-checked hash and permission field.
    static Result<AdacProvisioning> fromObk(const auth::ObkFile& obk, AdacMethod method);
};

// The reference's "unknown — configurable" items (section 17), defaulting to its choices.
struct AdacDeviceOptions {
    auth::TlvPadding discoveryPadding = auth::TlvPadding::Padded;       // N6 sends unpadded
    auth::DataCountUnit requestDataCount = auth::DataCountUnit::Words;  // MP21 reads bytes
    bool keepMaskAcrossAuthStart = false;    // psa-adac keeps it; the spec resets to all-ones
    bool emptyGrantIsFailure = true;         // AN6008; psa-adac applies the empty mask
    bool refuseRequestOutsideGrant = false;  // "the requested action fits the authorised list"
    bool checkPlatformScope = true;          // certificate lifecycle / soc_class / soc_id
    auth::PasswordHashInput passwordHashInput = auth::PasswordHashInput::ExactLength;
    bool psaAdacExtraCommands = false;  // answer commands 4..7 as psa-adac; else INVALID_COMMAND
    auth::PermissionMask hardwareMask = auth::PermissionMask::all();
    auth::PermissionMask passwordGrant;  // what the password method grants (full regression)
    // Fill HW_PERMISSIONS_MASK ("permission if authorized") from the provisioned mask when the
    // discovery contents do not set it.
    bool fillPermissionsFromProvisioning = true;
};

struct AdacDeviceConfig {
    AdacProvisioning provisioning;
    auth::DiscoveryInfo discovery;  // catalog-driven contents
    auth::PlatformScope platform;   // this chip's lifecycle, SoC class and SoC ID
    AdacDeviceOptions options;
};

enum class AdacState { Init, Challenge, Root, Chain, Leaf, Success, Failure };
const char* adacStateName(AdacState state);

struct AdacGrant {
    AdacMethod method = AdacMethod::None;
    auth::PermissionMask requested;
    auth::PermissionMask effective;  // what the chip applies
};

class AdacDevice {
public:
    AdacDevice(AdacDeviceConfig config, std::unique_ptr<auth::RandomSource> random);

    // One request packet in, the response packet out. Empty once the ROM has left its
    // authentication loop (after a grant, a terminal failure or RESUME_BOOT): like the real
    // ROM it ignores everything until the next reset (reopen()).
    Bytes handleRequest(ByteView requestPacket);
    // The same over mailbox words: feed each DBG_AUTH_HOST word; when a request is complete
    // the response words come back (empty otherwise, and after the loop has ended).
    std::vector<std::uint32_t> receiveWord(std::uint32_t word);

    // A reset and a new channel opening: a fresh session, same provisioning and RNG stream.
    void reopen();

    bool listening() const { return m_listening; }
    AdacState state() const { return m_state; }
    const std::optional<AdacGrant>& grant() const { return m_grant; }
    // Why the last request was refused, for the lab's log. Never contains secrets.
    const std::optional<Error>& lastRejection() const { return m_lastRejection; }
    const AdacDeviceConfig& config() const { return m_config; }

private:
    auth::AdacResponse dispatch(const auth::AdacRequest& request);
    auth::AdacResponse discovery() const;
    auth::AdacResponse authStart();
    auth::AdacResponse authResponse(ByteView data);
    auth::AdacResponse certificate(ByteView value);
    auth::AdacResponse token(ByteView value);
    auth::AdacResponse password(ByteView value);
    auth::AdacResponse finishGrant(const auth::PermissionMask& requested, auth::PermissionMask effective);
    // FAILURE that keeps the loop running (psa-adac's non-terminal cases).
    auth::AdacResponse refuse(Error why);
    // FAILURE that ends the exchange until the next reset.
    auth::AdacResponse fail(Error why);

    AdacDeviceConfig m_config;
    std::unique_ptr<auth::RandomSource> m_random;
    bool m_listening = true;
    AdacState m_state = AdacState::Init;
    std::optional<auth::ChallengeVector> m_challenge;
    std::optional<auth::PublicKey> m_currentKey;
    auth::PermissionMask m_mask = auth::PermissionMask::all();
    std::optional<AdacGrant> m_grant;
    std::optional<Error> m_lastRejection;
    Bytes m_pendingWords;  // receiveWord() assembly buffer
};

}  // namespace rescue::sim
