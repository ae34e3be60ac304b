#include "core/auth/da_provisioning.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/device/target_identification.h"
#include "core/optionbytes/da_provisioning_check.h"
#include "core/probe/rom_services.h"

namespace rescue::auth {
namespace {

Error obkError(std::string code, std::string message, std::string hint, const ObkFile& obk) {
    Error e = makeError(std::move(code), std::move(message), std::move(hint));
    e.with("destination", hex32(obk.destination)).with("payload bytes", std::to_string(obk.payload.size()));
    return e;
}

std::string destinationsOf(const device::Family& family) {
    std::string text;
    for (const auto& d : family.da.obk)
        text += fmt::format("{}{} ({})", text.empty() ? "" : ", ", hex32(d.destination), d.method);
    return text;
}

// The H7RS product state is not an option register: its registers read Provisioning like
// Open, so only the ROM knows (it refuses the file outside Provisioning).
bool stateHiddenFromRegisters(const device::Family& family) {
    const auto* field = family.optionBytes.field(family.lifecycle.stateField);
    return !field || !field->isRegisterField();
}

}  // namespace

std::string cubeSdpCommand(const std::filesystem::path& obkFile) {
    return fmt::format("STM32_Programmer_CLI -c port=SWD speed=fast ap=1 mode=Hotplug -sdp {}",
                       obkFile.string());
}

Result<DaObkContents> checkDaObk(const ObkFile& obk, const device::Family& family) {
    if (family.da.obk.empty())
        return obkError(
            "da.obk.no-obk", fmt::format("{} has no option-byte keys: it takes no .obk file.", family.name),
            family.da.passwordOtpAddress
                ? fmt::format("Its DA password hash goes to OTP at {} (STM32_Programmer_CLI -w "
                              "board_password.bin {}, then -ob LOCKBL=0x1).",
                              hex32(*family.da.passwordOtpAddress), hex32(*family.da.passwordOtpAddress))
                : std::string(),
            obk);
    DaObkContents contents;
    contents.destination = obk.destination;
    std::vector<std::string> methods;
    for (const auto& d : family.da.obk)
        if (d.destination == obk.destination)
            methods.push_back(d.method);
    if (methods.empty())
        return obkError("da.obk.destination",
                        fmt::format("The .obk goes to {}, which is not a DA configuration destination of {}.",
                                    hex32(obk.destination), family.name),
                        fmt::format("Use the DA_Config.obk or DA_ConfigWithPassword.obk made for {} "
                                    "(destinations {}).",
                                    family.name, destinationsOf(family)),
                        obk);
    if (isDaConfigLock(obk)) {
        if (std::find(methods.begin(), methods.end(), "lock") == methods.end())
            return obkError("da.obk.lock-file",
                            "This .obk is DA_ConfigLock, but it does not go to the lock destination.",
                            "Use ST's DA_ConfigLock.obk for this family unchanged.", obk);
        if (obk.payload.size() != kDaConfigLockPayloadSize)
            return obkError("da.obk.size",
                            fmt::format("A DA_ConfigLock payload is {} bytes; this one is {}.",
                                        kDaConfigLockPayloadSize, obk.payload.size()),
                            "ST's ROM refuses other sizes (RSSLIB_SETOBKEY_BAD_SIZE).", obk);
        contents.method = "lock";
        return contents;
    }
    auto config = decodeDaConfiguration(obk);
    if (!config) {
        Error e = std::move(config).error();
        e.with("destination", hex32(obk.destination));
        return e;
    }
    methods.erase(std::remove(methods.begin(), methods.end(), "lock"), methods.end());
    // H5: one destination for both methods; TZEN decides how the ROM reads the hash.
    contents.method = methods.size() == 1 ? methods.front() : "certificate or password";
    contents.configuration = std::move(*config);
    return contents;
}

Result<DaProvisionOutcome> provisionDaConfiguration(probe::DebugProbe& probe,
                                                    std::shared_ptr<const device::Catalog> catalog,
                                                    const ObkFile& obk, const std::filesystem::path& obkFile,
                                                    const DaProvisionOptions& options) {
    DaProvisionOutcome outcome;
    outcome.cubeCommand = cubeSdpCommand(obkFile);

    // Hot-plug, as ST's scripts connect for -sdp: the running code is left alone.
    device::ConnectOptions connect;
    connect.mode = device::ConnectMode::HotPlug;
    connect.ap = options.ap;
    connect.checkNrst = false;
    auto id = device::identifyTarget(probe, *catalog, connect);
    if (!id)
        return std::move(id).error();
    if (!id->family) {
        Error e =
            makeError("da.provision-unknown-chip",
                      "The chip is not one the device catalog knows, so its .obk destinations are unknown.",
                      "Check the part with rescue connect, or run: " + outcome.cubeCommand);
        e.with("DEV_ID", fmt::format("{:#05x}", id->devId));
        return e;
    }
    const device::Family& family = *id->family;
    outcome.family = family.id;
    outcome.stateBefore = id->lifecycle;

    // The file first: nothing reaches the chip unless its ROM would take it.
    auto contents = checkDaObk(obk, family);
    if (!contents) {
        Error e = std::move(contents).error();
        e.with("family", family.name).with("file", obkFile.string());
        return e;
    }
    outcome.contents = std::move(*contents);
    // DA_ConfigLock sets DBG_AUTH to "locked": no debug authentication ever, so no regression
    // either once the chip is closed (reference 6.3, rule 18). The workbench never writes it.
    if (outcome.contents.method == "lock") {
        Error e = makeError("da.provision-lock",
                            "DA_ConfigLock.obk allows no Debug Authentication ever: once the chip is closed, "
                            "nothing can bring it back to Open, so the workbench does not write it.",
                            "Provision DA_Config.obk or DA_ConfigWithPassword.obk instead; if the lock is "
                            "really wanted, run: " +
                                outcome.cubeCommand);
        e.with("file", obkFile.string()).with("command", outcome.cubeCommand);
        return e;
    }
    if (outcome.contents.method == "certificate or password") {
        std::string tzen = "could not be read";
        for (const auto& line : id->optionBytes)
            if (line.field == "TZEN")
                tzen = "reads " + line.display;
        outcome.notes.push_back(
            fmt::format("On this family TZEN chooses how the boot ROM reads the configuration: certificates "
                        "with TZEN = 0xB4, password with TZEN = 0xC3 (TZEN {}).",
                        tzen));
    }

    const device::LifecycleState* state = family.lifecycle.state(id->lifecycle);
    if (state)
        outcome.stateBefore = state->name;
    const bool hidden = stateHiddenFromRegisters(family) && state && state->id == "open";
    if (state && state->id != "provisioning" && !hidden) {
        Error e = makeError(
            "da.provision-state",
            fmt::format("A DA configuration is provisioned only in Provisioning; the chip is in {}.",
                        state->name),
            state->id == "open"
                ? "Move the chip to Provisioning first (rescue ob write --set PRODUCT_STATE=0x17), then "
                  "provision."
                : "The configuration in a closed chip cannot be replaced; a DA full regression brings the "
                  "chip back to Open (rescue da auth ... --permission full-regression --yes).");
        e.with("lifecycle state", state->name).with("source", id->lifecycleSource);
        return e;
    }
    if (!state)
        outcome.notes.push_back(
            fmt::format("The product state could not be read ({}); the boot ROM takes the "
                        "file only in Provisioning.",
                        id->lifecycleSource));
    else if (hidden)
        outcome.notes.push_back(
            fmt::format("{} registers read Provisioning like Open; the boot ROM takes the file only in "
                        "Provisioning.",
                        family.name));

    probe::RomServices* rom = probe.romServices();
    if (!rom) {
        outcome.notes.push_back(
            "This probe cannot reach ST's boot ROM service (its protocol is not public): "
            "nothing was written. Run: " +
            outcome.cubeCommand);
        return outcome;
    }
    if (Status s = rom->provisionObk(obk); !s) {
        Error e = std::move(s).error();
        e.with("file", obkFile.string());
        if (e.hint.empty())
            e.hint = "Check the chip is in Provisioning and the file is the one made for this chip.";
        return e;
    }
    outcome.written = true;
    if (!options.verifyWithDiscovery)
        return outcome;

    // The ROM took the file: a discovery says whether it now reads a configuration (in
    // Provisioning, which the H7RS registers cannot show, so it is named here).
    outcome.seen = optionbytes::checkDaProvisioning(probe, catalog, id->family,
                                                    family.lifecycle.state("provisioning"), options.ap);
    if (outcome.seen.status == optionbytes::DaProvisioning::NotProvisioned) {
        Error e =
            makeError("da.provision-not-seen",
                      "The boot ROM took the .obk, but a DA discovery still reports no configuration.",
                      "Check that the file matches this chip's DA method (H5: TZEN), then provision again.");
        e.with("discovery", outcome.seen.seen).with("file", obkFile.string());
        return e;
    }
    return outcome;
}

}  // namespace rescue::auth
