#pragma once
// Probe URIs, accepted everywhere a probe is named (CLI --probe, GUI, scripts):
//   usb                              the only ST-LINK on USB (an error names them when several)
//   stlink:SERIAL                    the ST-LINK with this serial on USB
//   stlink-tcp://HOST:PORT[/SERIAL]  through an ST-LINK server (port 7184 by default)
//   cmsis-dap                        the only CMSIS-DAP v2 probe on USB
//   cmsis-dap:SERIAL                 the CMSIS-DAP v2 probe with this serial
//   lab:NAME | lab:PATH              a lab board (a path when it contains '/' or ends in .json)
//   replay:FILE                      a recorded session answered from its file (record/replay_probe.h)

#include <cstdint>
#include <string>
#include <string_view>

#include "core/common/result.h"

namespace rescue::probe {

struct ProbeUri {
    enum class Kind : std::uint8_t { Usb, Stlink, StlinkTcp, Lab, Replay, CmsisDap };
    Kind kind = Kind::Usb;
    std::string serial;  // Stlink, optional for StlinkTcp and CmsisDap
    std::string host;    // StlinkTcp
    std::uint16_t port = 0;
    std::string lab;        // Lab: the name or path after "lab:"
    std::string recording;  // Replay: the file after "replay:"

    std::string toString() const;
    // The scheme this URI's source handles: "usb" (Usb and Stlink), "stlink-tcp", "lab", "replay",
    // "cmsis-dap".
    std::string_view scheme() const;
};

// Fails with "probe.bad-uri" and a message listing the accepted forms.
Result<ProbeUri> parseProbeUri(std::string_view text);

}  // namespace rescue::probe
