#include "core/sim/stlink/stlink_identity.h"

#include <fmt/format.h>

namespace rescue::sim::stlink {

namespace ps = probe::stlink;

namespace {

struct Preset {
    std::string_view model;
    std::uint16_t pid;
    std::string_view firmware;
    std::string_view serial;
    std::string_view mbedBoardId;
};

// Serials are made up in the 24-hex-digit form recent probes report.
constexpr Preset kPresets[] = {
    {"STLINK-V2", ps::pid::kV2, "V2J46S7", "48FF6E066772525156391287", ""},
    {"STLINK-V2-1", ps::pid::kV2_1, "V2J37M26", "0671FF535155878281123456", "0776"},
    {"STLINK-V3SET", ps::pid::kV3S, "V3J17M10B6S1", "002F00183438510B34313939", ""},
    {"STLINK-V3MINIE", ps::pid::kV3S, "V3J15M7B5S1", "003A00253132511233353533", ""},
    {"STLINK-V3E", ps::pid::kV3E, "V3J15M7B5S1", "004500313433510637363934", "0879"},
};

const Preset* findPreset(std::string_view model) {
    for (const auto& p : kPresets)
        if (p.model == model)
            return &p;
    return nullptr;
}

StlinkIdentity build(const Preset& p, const ps::FirmwareVersion& version, std::string_view serial) {
    StlinkIdentity id;
    id.modelName = std::string(p.model);
    id.firmware = version;
    id.firmware.vid = ps::kVid;
    id.firmware.pid = p.pid;
    id.usb = *ps::usbModelForPid(p.pid);
    id.serial = std::string(serial.empty() ? p.serial : serial);
    id.mbedBoardId = std::string(p.mbedBoardId);
    return id;
}

StlinkIdentity preset(std::string_view model) {
    auto r = makeStlinkIdentity(model);
    return std::move(r).value();
}

}  // namespace

std::vector<std::string_view> stlinkModelNames() {
    std::vector<std::string_view> names;
    for (const auto& p : kPresets)
        names.push_back(p.model);
    return names;
}

Result<StlinkIdentity> makeStlinkIdentity(std::string_view modelName, std::string_view firmware,
                                          std::string_view serial) {
    const Preset* p = findPreset(modelName);
    if (!p)
        return makeError("sim.stlink.unknown-model",
                         fmt::format("There is no virtual ST-LINK model named '{}'.", modelName),
                         fmt::format("Use one of: {}.", fmt::join(stlinkModelNames(), ", ")));
    const std::string_view text = firmware.empty() ? p->firmware : firmware;
    auto version = ps::parseVersionString(text);
    const bool v3Model = ps::usbModelForPid(p->pid)->generation != ps::Generation::V2;
    if (!version || version->isV3() != v3Model || version->hardware < 2)
        return makeError("sim.stlink.bad-firmware",
                         fmt::format("The firmware '{}' does not fit a {}.", text, modelName),
                         v3Model ? "Give a V3 version such as V3J17M10B6S1."
                                 : "Give a V2 version such as V2J46S7 or V2J37M26.");
    if (serial.size() > 32)
        return makeError(
            "sim.stlink.bad-serial",
            fmt::format("The serial '{}' is longer than the 32 characters a probe reports.", serial));
    return build(*p, *version, serial);
}

StlinkIdentity stlinkV2() {
    return preset("STLINK-V2");
}
StlinkIdentity stlinkV2_1() {
    return preset("STLINK-V2-1");
}
StlinkIdentity stlinkV3Set() {
    return preset("STLINK-V3SET");
}
StlinkIdentity stlinkV3MiniE() {
    return preset("STLINK-V3MINIE");
}
StlinkIdentity stlinkV3E() {
    return preset("STLINK-V3E");
}

}  // namespace rescue::sim::stlink
