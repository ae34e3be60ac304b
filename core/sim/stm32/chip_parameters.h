#pragma once
// Everything about one simulated chip that is a number rather than a rule: identity values,
// where AP0 decodes DBGMCU, the boot ROM's Debug Authentication unknowns, flash timing.
// Defaults come from the catalog (resources/devices/*.json); a scenario may override any of
// them through "chip_parameters", which is how the lab models what the reference pages mark
// unknown ("unknown — configurable", adac-protocol.md section 17) without guessing in code.
//
// Keys a scenario may give (unknown keys are an error naming the key):
//   "revision": "0x1001" or a revision name ("Z")      DBGMCU_IDCODE REV_ID
//   "uid": 24 hex digits                                96-bit unique ID (default: derived
//                                                       from the scenario name and part)
//   "package": number                                   PACKAGE register
//   "ap0DbgmcuBase": "0xE00E4000"                       where AP0's ROM table points
//   "lockedDpSilent": true                              a Locked chip does not answer SWD
//   "access": {"tz-closed": {"ap0": "mailbox", "ap1": "none", "secureDebug": false}}
//                                                       what answers per lifecycle state
//   "openJumpStopsInProvisioning": bool                 the H533 field report's behaviour
//   "requestMagic": "0x53544441", "replyWord": "echo" or "0x44414F4B",
//   "ackPolarity": "code" | "svd-swapped", "graceWindowMs": n, "idleHostTimeoutMs": n,
//   "whenNotProvisioned": "answers-discovery" | "silent"          boot ROM DA unknowns
//   "adac": {...}                                       passed as is to the DA boot ROM service
//   "flashTiming": {"programUnitUs": n, "sectorEraseMs": n, "optionChangeMs": n, "otpUnitUs": n}
//   "regressionOverheadMs": n                           on top of erasing every sector
//   "externalFlashMb": n                                H7RS board flash behind XSPI
//   "application": "none" | "idle-loop"                 what the user flash holds at the start:
//                                                       erased (a core booting there locks up,
//                                                       as on a blank chip) or a minimal vector
//                                                       table whose reset handler loops

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/device/debug_authentication.h"
#include "core/device/lifecycle.h"
#include "core/device/part.h"

namespace rescue::sim::stm32 {

// Figures of the order STM32H5 / H7RS datasheets give (128-bit programming some tens of
// microseconds, 8 KB sector erase a few milliseconds) [unverified]: they set the pace of
// polls and benchmarks, no rule depends on them.
struct FlashTiming {
    Clock::Duration programUnit = std::chrono::microseconds(60);
    Clock::Duration sectorErase = std::chrono::milliseconds(2);
    Clock::Duration optionChange = std::chrono::milliseconds(5);
    Clock::Duration otpUnit = std::chrono::microseconds(60);
};

// Typical octal NOR flash figures (MX66UW1G45G class) [unverified].
struct NorFlashTiming {
    Clock::Duration pageProgram = std::chrono::microseconds(150);
    Clock::Duration sectorErase4k = std::chrono::milliseconds(30);
    Clock::Duration blockErase64k = std::chrono::milliseconds(200);
};

// A scenario's change to what answers in one lifecycle state (device::StateAccess).
struct ApAccessOverride {
    std::optional<device::ApAccess> ap0;
    std::optional<device::ApAccess> ap1;
    std::optional<bool> secureDebug;
};

// The boot ROM's Debug Authentication unknowns (adac-protocol.md section 17), from the
// catalog's debugAuthentication section unless the scenario overrides them. The DA boot
// ROM service reads them from here.
struct DaRomParameters {
    std::uint32_t requestMagic = 0;
    std::optional<std::uint32_t> replyWord;  // nullopt: the ROM echoes the request word
    unsigned hostAckBit = 0;
    unsigned devAckBit = 1;
    device::AckPolarity polarity = device::AckPolarity::DeviceCode;
    std::chrono::milliseconds graceWindow{0};
    std::chrono::milliseconds idleHostTimeout{1000};
    device::UnprovisionedBehaviour whenNotProvisioned = device::UnprovisionedBehaviour::AnswersDiscovery;
};

enum class StartupApplication { None, IdleLoop };

struct ChipParameters {
    // Identity.
    std::uint16_t revisionId = 0;
    std::array<std::uint8_t, 12> uid{};
    std::uint16_t packageCode = 0;

    // Debug access. AP0 is an APB-AP whose ROM table lists DBGMCU (cmsis-dap.md section 6:
    // "AP0 = APB-AP, ROM table 0xE00E0000" on H7RS, the same table address in psdb for H5).
    std::uint32_t ap0DbgmcuBase = 0;              // catalog dbgmcu.ap0Base
    std::vector<std::uint32_t> ap0DbgmcuAliases;  // catalog alternatives: decoded too
    std::uint32_t ap0RomTable = 0xE00E0000;
    // ADIv5 IDR values: an APB-AP (class MEM-AP, type APB2/3) and an AHB-AP as ST parts
    // report them; generic Arm values, not STM32 facts [inferred].
    std::uint32_t ap0Idr = 0x54770002;
    std::uint32_t ap1Idr = 0x84770001;
    // Locked: "no debug" (catalog access ap0 = none). The lab makes the whole SW-DP silent,
    // which is what ST-LINK reports as "no target" (stlink-protocol.md section 12.6).
    bool lockedDpSilent = true;
    std::map<std::string, ApAccessOverride> accessOverrides;  // by lifecycle state id

    // Lifecycle.
    bool openJumpStopsInProvisioning = false;

    // Boot ROM DA.
    DaRomParameters da;
    nlohmann::json adac = nlohmann::json::object();

    // Timing.
    FlashTiming flash;
    Clock::Duration regressionOverhead = std::chrono::milliseconds(10);
    std::uint32_t externalFlashBytes = 128u * 1024u * 1024u;
    NorFlashTiming nor;

    // Board content at the start (scenario only; flash state is saved with the board).
    StartupApplication application = StartupApplication::None;
};

// Catalog defaults for `part`, then the scenario's overrides. `identitySeed` derives the UID
// when the scenario does not fix it (same scenario, same UID). Errors name `origin` (the
// scenario file) and the key, and say what was expected.
Result<ChipParameters> makeChipParameters(const device::Part& part, const nlohmann::json& overrides,
                                          std::string_view origin, std::string_view identitySeed);

}  // namespace rescue::sim::stm32
