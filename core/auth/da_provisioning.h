#pragma once
// Provisioning a Debug Authentication configuration from an ST .obk file, as
// `STM32_Programmer_CLI ... -sdp FILE.obk` does (adac-protocol.md 12, reference 5.3): the
// file is checked against the chip's family first (header, destination, size, payload hash),
// the chip must be in Provisioning, then the boot ROM service writes it. On a real probe
// (no RomServices: ST has not published that protocol) nothing is written and the outcome
// carries the exact STM32CubeProgrammer command that does it.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/auth/obk_file.h"
#include "core/common/result.h"
#include "core/device/catalog.h"
#include "core/optionbytes/transition_policy.h"
#include "core/probe/debug_probe.h"

namespace rescue::auth {

// What an .obk file holds for a family, once it is known to be one the family's ROM takes.
struct DaObkContents {
    std::string method;  // "certificate", "password", "certificate or password" (H5), "lock"
    std::uint32_t destination = 0;
    std::optional<DaConfiguration> configuration;  // empty for DA_ConfigLock
};

// "da.obk.*" errors with the file's evidence and what to use instead: a destination that is
// not one of the family's DA destinations, a payload of the wrong size, a payload whose
// SHA-256 does not match its data, a lock file on a family without one, H503 (no OBK).
Result<DaObkContents> checkDaObk(const ObkFile& obk, const device::Family& family);

// STM32_Programmer_CLI -c port=SWD speed=fast ap=1 mode=Hotplug -sdp FILE (ST's scripts).
std::string cubeSdpCommand(const std::filesystem::path& obkFile);

struct DaProvisionOptions {
    std::uint8_t ap = 1;
    // After writing, ask the chip with a DA discovery (one reset) whether it now reports a
    // configuration provisioned.
    bool verifyWithDiscovery = true;
};

struct DaProvisionOutcome {
    bool written = false;     // false: a real probe; run `cubeCommand` instead
    std::string cubeCommand;  // always set
    std::string family;       // family id
    std::string stateBefore;  // the lifecycle state's name ("Provisioning"), or as read
    DaObkContents contents;
    optionbytes::DaProvisioningCheck seen;  // the discovery after writing (lab only)
    std::vector<std::string> notes;
};

// Errors: identification (probe.*), "da.obk.*" (the file; nothing written),
// "da.provision-state" (not in Provisioning; nothing written), "da.provision-lock"
// (DA_ConfigLock: irreversible, never written by the workbench), the ROM's refusal (lab.*),
// "da.provision-not-seen" (written, but the discovery reports nothing provisioned).
Result<DaProvisionOutcome> provisionDaConfiguration(probe::DebugProbe& probe,
                                                    std::shared_ptr<const device::Catalog> catalog,
                                                    const ObkFile& obk, const std::filesystem::path& obkFile,
                                                    const DaProvisionOptions& options = {});

}  // namespace rescue::auth
