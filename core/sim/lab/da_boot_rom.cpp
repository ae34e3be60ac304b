#include "core/sim/lab/da_boot_rom.h"

#include <chrono>

#include <fmt/format.h>

#include "core/auth/st_permissions.h"

namespace rescue::sim::lab {

namespace {

using nlohmann::json;
using stm32::BootDecision;
using stm32::Stm32Chip;

// How often the ROM looks at DEV_ACK while a reply word waits to be read. ST's device code
// spins on the register; 50 us keeps the lab's event count low while
// staying far below a probe round trip (125 us at best).
constexpr auto kDevicePoll = std::chrono::microseconds(50);

Error adacKeyError(const std::string& origin, const std::string& key, const std::string& expected,
                   const json& found) {
    Error e = makeError("scenario.invalid",
                        fmt::format("{}: field \"chip_parameters.adac.{}\" {}, found {}.", origin, key,
                                    expected, found.dump()),
                        "See core/sim/lab/da_boot_rom.h for the ADAC device options.");
    e.with("file", origin).with("field", "chip_parameters.adac." + key);
    return e;
}

}  // namespace

Result<AdacDeviceOptions> parseAdacOptions(const json& adac, const Stm32Chip& chip,
                                           const std::string& origin) {
    AdacDeviceOptions o;
    const auto& profile = chip.family().da.discovery;
    o.discoveryPadding = profile.padded ? auth::TlvPadding::Padded : auth::TlvPadding::Unpadded;
    // What the password method grants: the regression the reference pages describe.
    if (const auto* full = auth::findStPermission(chip.daFamily(), "full-regression"))
        o.passwordGrant = auth::PermissionMask::fromBits({full->bit});
    if (adac.is_null())
        return o;
    if (!adac.is_object())
        return adacKeyError(origin, "", "must be an object", adac);
    const std::pair<const char*, bool AdacDeviceOptions::*> flags[] = {
        {"keepMaskAcrossAuthStart", &AdacDeviceOptions::keepMaskAcrossAuthStart},
        {"emptyGrantIsFailure", &AdacDeviceOptions::emptyGrantIsFailure},
        {"refuseRequestOutsideGrant", &AdacDeviceOptions::refuseRequestOutsideGrant},
        {"checkPlatformScope", &AdacDeviceOptions::checkPlatformScope},
        {"psaAdacExtraCommands", &AdacDeviceOptions::psaAdacExtraCommands},
        {"fillPermissionsFromProvisioning", &AdacDeviceOptions::fillPermissionsFromProvisioning},
    };
    for (const auto& item : adac.items()) {
        const std::string& key = item.key();
        const json& v = item.value();
        bool known = false;
        for (const auto& [name, member] : flags)
            if (key == name) {
                if (!v.is_boolean())
                    return adacKeyError(origin, key, "must be true or false", v);
                o.*member = v.get<bool>();
                known = true;
            }
        if (known)
            continue;
        const std::string text = v.is_string() ? v.get<std::string>() : std::string();
        if (key == "discoveryPadding") {
            if (text != "padded" && text != "unpadded")
                return adacKeyError(origin, key, "must be \"padded\" or \"unpadded\"", v);
            o.discoveryPadding = text == "padded" ? auth::TlvPadding::Padded : auth::TlvPadding::Unpadded;
        } else if (key == "requestDataCount") {
            if (text != "words" && text != "bytes")
                return adacKeyError(origin, key, "must be \"words\" or \"bytes\"", v);
            o.requestDataCount = text == "words" ? auth::DataCountUnit::Words : auth::DataCountUnit::Bytes;
        } else if (key == "passwordHashInput") {
            if (text != "exact-length" && text != "word-padded")
                return adacKeyError(origin, key, "must be \"exact-length\" or \"word-padded\"", v);
            o.passwordHashInput = text == "exact-length" ? auth::PasswordHashInput::ExactLength
                                                         : auth::PasswordHashInput::WordPadded;
        } else {
            return adacKeyError(origin, key,
                                "is not an ADAC device option (known: discoveryPadding, requestDataCount, "
                                "passwordHashInput, keepMaskAcrossAuthStart, emptyGrantIsFailure, "
                                "refuseRequestOutsideGrant, checkPlatformScope, psaAdacExtraCommands, "
                                "fillPermissionsFromProvisioning)",
                                v);
        }
    }
    return o;
}

AdacDeviceConfig adacConfigFor(Stm32Chip& chip, const AdacDeviceOptions& options) {
    AdacDeviceConfig config;
    config.options = options;
    const auto stored = chip.daConfiguration();
    if (stored && stored->integrityValid) {
        if (stored->method == stm32::StoredDaConfiguration::Method::Certificate)
            config.provisioning = AdacProvisioning::certificate(stored->credentialHash, stored->permissions);
        else if (stored->method == stm32::StoredDaConfiguration::Method::Password)
            config.provisioning = AdacProvisioning::password(stored->credentialHash);
    }
    const auto& profile = chip.family().da.discovery;
    const auto& state = chip.lifecycleState();
    const std::uint16_t lifecycle = state.psaLifecycle.value_or(0);
    const std::uint32_t devId = chip.idcode() & 0xFFFu;
    std::array<std::uint8_t, 16> socId{};
    std::copy(chip.uid().begin(), chip.uid().end(), socId.begin());

    auth::DiscoveryInfo& d = config.discovery;
    d.authVersion = profile.authVersion;
    if (profile.vendorIdBytes.size() == 2)
        d.vendorId = std::array<std::uint8_t, 2>{profile.vendorIdBytes[0], profile.vendorIdBytes[1]};
    d.socClass = devId;
    d.socId = socId;
    if (state.psaLifecycle)
        d.psaLifecycle = std::array<std::uint8_t, 2>{static_cast<std::uint8_t>(lifecycle >> 8),
                                                     static_cast<std::uint8_t>(lifecycle & 0xFF)};
    d.sdaId =
        std::array<std::uint8_t, 4>{profile.sdaVersion[0], profile.sdaVersion[1], profile.sdaVersion[2], 0};
    if (!profile.tokenFormats.empty())
        d.tokenFormats = profile.tokenFormats;
    if (!profile.certFormats.empty())
        d.certFormats = profile.certFormats;
    const bool password = config.provisioning.method == AdacMethod::Password;
    const auto& crypto = password ? profile.passwordCryptosystems : profile.cryptosystems;
    if (!crypto.empty())
        d.cryptosystems = crypto;
    d.stIntegrity = config.provisioning.method != AdacMethod::None ? profile.integrityProvisioned
                                                                   : profile.integrityNotProvisioned;
    for (const auto& [name, value] : profile.hdplStatus) {
        if (name == "HDPL1")
            d.hdpl1Status = value;
        else if (name == "HDPL2")
            d.hdpl2Status = value;
        else if (name == "HDPL3")
            d.hdpl3Status = value;
    }
    config.platform.lifecycle = lifecycle;
    config.platform.socClass = devId;
    config.platform.socId = socId;
    return config;
}

DaBootRom::DaBootRom(AdacDeviceOptions options) : m_options(std::move(options)) {}

bool DaBootRom::provisioned(Stm32Chip& chip) const {
    const auto stored = chip.daConfiguration();
    return stored && stored->integrityValid && stored->method != stm32::StoredDaConfiguration::Method::Lock;
}

bool DaBootRom::requestPresent(Stm32Chip& chip) const {
    return chip.dbgmcu().hostWordPending() &&
           chip.dbgmcu().peekHostWord() == chip.parameters().da.requestMagic;
}

BootDecision DaBootRom::onBoot(Stm32Chip& chip) {
    cancelEvents(chip);
    m_phase = Phase::Idle;
    m_outbox.clear();
    m_device.reset();
    if (!provisioned(chip) &&
        chip.parameters().da.whenNotProvisioned == device::UnprovisionedBehaviour::Silent)
        return BootDecision::BootApplication;
    if (requestPresent(chip)) {
        startSession(chip);
        return BootDecision::StayInRom;
    }
    const auto grace = chip.parameters().da.graceWindow;
    if (grace.count() <= 0)
        return BootDecision::BootApplication;
    m_phase = Phase::Grace;
    m_graceEvent = chip.timeline().after(grace, [this, &chip] {
        m_graceEvent = 0;
        if (m_phase == Phase::Grace) {
            m_phase = Phase::Idle;
            chip.leaveBootRom();
        }
    });
    return BootDecision::StayInRom;
}

void DaBootRom::startSession(Stm32Chip& chip) {
    if (m_graceEvent)
        chip.timeline().cancel(m_graceEvent);
    m_graceEvent = 0;
    const std::uint32_t request = chip.dbgmcu().takeHostWord();
    m_device = std::make_unique<AdacDevice>(adacConfigFor(chip, m_options), chip.random().handle());
    m_phase = Phase::Session;
    ++m_sessions;
    m_outbox.push_back(chip.parameters().da.replyWord.value_or(request));
    armIdleTimer(chip);
    pump(chip);
}

void DaBootRom::onMailboxActivity(Stm32Chip& chip) {
    if (m_phase == Phase::Grace) {
        if (requestPresent(chip))
            startSession(chip);
        return;
    }
    if (m_phase != Phase::Session || !m_device)
        return;
    if (chip.dbgmcu().hostWordPending()) {
        const std::uint32_t word = chip.dbgmcu().takeHostWord();
        for (std::uint32_t reply : m_device->receiveWord(word))
            m_outbox.push_back(reply);
        armIdleTimer(chip);
        if (m_device->lastRejection())
            m_lastRejection = m_device->lastRejection();
        if (m_device->grant())
            m_lastGrant = m_device->grant();
        if (!m_device->listening())
            m_phase = Phase::Closing;  // ignores further words; finishes once the replies are read
    }
    pump(chip);
}

// Posts the next reply word once the host has read the previous one.
void DaBootRom::pump(Stm32Chip& chip) {
    if (m_phase != Phase::Session && m_phase != Phase::Closing)
        return;
    auto& mailbox = chip.dbgmcu();
    if (!mailbox.deviceWordUnread()) {
        if (!m_outbox.empty()) {
            mailbox.postDeviceWord(m_outbox.front());
            m_outbox.pop_front();
            armIdleTimer(chip);  // the host has this long to read it
        } else if (m_phase == Phase::Closing) {
            finish(chip);
            return;
        }
    }
    if (!m_outbox.empty() || mailbox.deviceWordUnread())
        schedulePump(chip);
}

void DaBootRom::schedulePump(Stm32Chip& chip) {
    if (m_pumpEvent && chip.timeline().pending(m_pumpEvent))
        return;
    m_pumpEvent = chip.timeline().after(kDevicePoll, [this, &chip] {
        m_pumpEvent = 0;
        pump(chip);
    });
}

void DaBootRom::armIdleTimer(Stm32Chip& chip) {
    if (m_idleEvent)
        chip.timeline().cancel(m_idleEvent);
    m_idleEvent = chip.timeline().after(chip.parameters().da.idleHostTimeout, [this, &chip] {
        m_idleEvent = 0;
        // The host went quiet (or left a reply unread): the ROM gives up and boots on.
        finish(chip);
    });
}

void DaBootRom::finish(Stm32Chip& chip) {
    cancelEvents(chip);
    std::optional<AdacGrant> grant = m_device ? m_device->grant() : std::nullopt;
    m_phase = Phase::Idle;
    m_outbox.clear();
    m_device.reset();
    if (grant) {
        const auth::PermissionGrant action = auth::interpretPermissions(chip.daFamily(), grant->effective);
        const Status applied = chip.applyGrant(action);
        // A regression reboots the chip by itself when its erase ends.
        if (applied && (action.fullRegression || action.partialRegression))
            return;
        if (!applied)
            m_lastRejection = applied.error();
    }
    chip.leaveBootRom();
}

void DaBootRom::onAbort(Stm32Chip& chip) {
    cancelEvents(chip);
    m_phase = Phase::Idle;
    m_outbox.clear();
    m_device.reset();
}

void DaBootRom::cancelEvents(Stm32Chip& chip) {
    for (auto* id : {&m_pumpEvent, &m_idleEvent, &m_graceEvent}) {
        if (*id)
            chip.timeline().cancel(*id);
        *id = 0;
    }
}

}  // namespace rescue::sim::lab
