#pragma once
// ST's boot ROM Debug Authentication service on a lab chip: the program that runs after each
// reset, looks for the request word in DBG_AUTH_HOST, and then serves the ADAC exchange over
// the DBGMCU mailbox word by word (adac-protocol.md sections 13.3, 14 and 16), with
// sim::AdacDevice doing the protocol and the checks, and the chip applying what was granted.
//
//   * The ROM looks for the request as it starts (it must already be there when NRST is
//     released); a grace window (catalog / chip_parameters graceWindowMs, default 0) lets
//     it look a little longer. Without the request the application boots and the mailbox
//     stays silent.
//   * It acknowledges with the reply word (echo of the request unless the catalog says
//     otherwise), then takes each host word as it arrives (HOST_ACK) and posts each reply
//     word when the host has read the previous one (DEV_ACK clear), polling every 50 us of
//     lab time as ST's device code polls its ACK register.
//   * A host silent for idleHostTimeoutMs, or a reply word left unread that long, ends the
//     session: the application boots.
//   * A chip with nothing provisioned answers discovery or stays silent
//     (whenNotProvisioned); a provisioning whose integrity check fails counts as nothing.
//   * When the loop ends (grant, terminal failure, RESUME_BOOT) and the last reply word has
//     been read, a grant is applied (chip.applyGrant: a regression reboots the chip when its
//     erase ends; a debug re-open lets the application boot with AP1 open); otherwise the
//     application boots. A reset or power loss aborts the session.
// The reference's "configurable" ADAC items come from chip_parameters.adac (parseAdacOptions).
//
// Not thread-safe: the board serialises every call (BootRomService contract).

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/result.h"
#include "core/sim/adac_device.h"
#include "core/sim/stm32/boot_rom_service.h"
#include "core/sim/stm32/stm32_chip.h"
#include "core/sim/stm32/timeline.h"

namespace rescue::sim::lab {

// chip_parameters.adac: {"discoveryPadding": "padded" | "unpadded", "requestDataCount":
// "words" | "bytes", "passwordHashInput": "exact-length" | "word-padded", and the booleans
// keepMaskAcrossAuthStart, emptyGrantIsFailure, refuseRequestOutsideGrant, checkPlatformScope,
// psaAdacExtraCommands, fillPermissionsFromProvisioning}. Errors name `origin` and the key.
Result<AdacDeviceOptions> parseAdacOptions(const nlohmann::json& adac, const stm32::Stm32Chip& chip,
                                           const std::string& origin);

// The ADAC device a chip's ROM runs right now: its provisioning (OBK / OTP), the catalog's
// discovery contents for its lifecycle state, its platform scope.
AdacDeviceConfig adacConfigFor(stm32::Stm32Chip& chip, const AdacDeviceOptions& options);

class DaBootRom final : public stm32::BootRomService {
public:
    explicit DaBootRom(AdacDeviceOptions options);

    stm32::BootDecision onBoot(stm32::Stm32Chip& chip) override;
    void onMailboxActivity(stm32::Stm32Chip& chip) override;
    void onAbort(stm32::Stm32Chip& chip) override;

    // For the lab's log and tests. lastGrant is set as soon as the ADAC device grants (it is
    // applied once the host has read the reply).
    unsigned sessions() const { return m_sessions; }
    bool inSession() const { return m_phase == Phase::Session || m_phase == Phase::Closing; }
    const std::optional<AdacGrant>& lastGrant() const { return m_lastGrant; }
    const std::optional<Error>& lastRejection() const { return m_lastRejection; }

private:
    enum class Phase { Idle, Grace, Session, Closing };

    bool provisioned(stm32::Stm32Chip& chip) const;
    bool requestPresent(stm32::Stm32Chip& chip) const;
    void startSession(stm32::Stm32Chip& chip);
    void pump(stm32::Stm32Chip& chip);
    void schedulePump(stm32::Stm32Chip& chip);
    void armIdleTimer(stm32::Stm32Chip& chip);
    void finish(stm32::Stm32Chip& chip);
    void cancelEvents(stm32::Stm32Chip& chip);

    AdacDeviceOptions m_options;
    Phase m_phase = Phase::Idle;
    std::unique_ptr<AdacDevice> m_device;
    std::deque<std::uint32_t> m_outbox;
    stm32::Timeline::EventId m_pumpEvent = 0;
    stm32::Timeline::EventId m_idleEvent = 0;
    stm32::Timeline::EventId m_graceEvent = 0;
    unsigned m_sessions = 0;
    std::optional<AdacGrant> m_lastGrant;
    std::optional<Error> m_lastRejection;
};

}  // namespace rescue::sim::lab
