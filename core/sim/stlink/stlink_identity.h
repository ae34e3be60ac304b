#pragma once
// Who a virtual ST-LINK says it is: model name, USB identity (PID, endpoints, speed),
// firmware version and serial. Presets for the probes the field reports and the lab use;
// docs/reference/stlink-protocol.md sections 1 and 3.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/stlink_version.h"

namespace rescue::sim::stlink {

struct StlinkIdentity {
    std::string modelName;                    // "STLINK-V3SET"
    probe::stlink::FirmwareVersion firmware;  // includes VID and PID
    probe::stlink::UsbModel usb;
    std::string serial;       // what GET_DEV_INFO and the USB iSerial report
    std::string mbedBoardId;  // four ASCII characters on Nucleo/Discovery on-board probes, else empty
};

// Preset names: "STLINK-V2", "STLINK-V2-1", "STLINK-V3SET", "STLINK-V3MINIE", "STLINK-V3E".
std::vector<std::string_view> stlinkModelNames();

// The preset for `modelName`, optionally with another firmware ("V2J37M26") and serial.
// Fails when the model is unknown or the version does not fit the model's hardware.
Result<StlinkIdentity> makeStlinkIdentity(std::string_view modelName, std::string_view firmware = {},
                                          std::string_view serial = {});

// The presets themselves, with their default firmware:
StlinkIdentity stlinkV2();       // ST-LINK/V2, 0483:3748, V2J46S7 (the H533 field report's probe)
StlinkIdentity stlinkV2_1();     // on-board V2-1, 0483:374B, V2J37M26 (the OpenOCD capture)
StlinkIdentity stlinkV3Set();    // STLINK-V3SET, 0483:374F, V3J17M10B6S1 (the H7S7 field report's probe)
StlinkIdentity stlinkV3MiniE();  // STLINK-V3MINIE, 0483:374F, V3J15M7B5S1
StlinkIdentity stlinkV3E();      // on-board STLINK-V3E, 0483:374E, V3J15M7B5S1

}  // namespace rescue::sim::stlink
