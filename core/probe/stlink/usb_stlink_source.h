#pragma once
// ST-LINKs on USB as a probe source: `usb` opens the only one, `stlink:SERIAL` the one with
// that serial. Listing needs no access to the probes beyond reading their descriptors, and
// lists a probe this user may not open with the reason and the fix (the udev rule).

#include <memory>
#include <vector>

#include "core/probe/probe_source.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/transport/usb_context.h"
#include "core/transport/usb_device.h"

namespace rescue::probe::stlink {

// Error codes of opening by `usb` / `stlink:SERIAL` (the TCP source uses them too).
namespace source_error {
inline constexpr std::string_view kNotFound = "probe.not-found";   // no such probe
inline constexpr std::string_view kAmbiguous = "probe.ambiguous";  // several, none named
inline constexpr std::string_view kInUse = "probe.in-use";         // another client has it
inline constexpr std::string_view kUnusable = "probe.unusable";    // listed, cannot be driven
}  // namespace source_error

class UsbStlinkSource final : public ProbeSource {
public:
    // Without a context, one is created at the first scan or open (and its failure reported
    // then), so a build without USB access still starts.
    explicit UsbStlinkSource(std::shared_ptr<transport::UsbContext> context = nullptr,
                             StlinkProbeOptions options = {});

    std::string_view scheme() const override { return "usb"; }
    Result<std::vector<ProbeInfo>> scan(const ScanOptions& options) override;
    Result<std::unique_ptr<DebugProbe>> open(const ProbeUri& uri) override;

    // Every ST-LINK VID:PID of the reference (knownUsbModels()); UsbWatcher takes the same.
    static std::vector<transport::UsbId> usbIds();

private:
    Result<std::shared_ptr<transport::UsbContext>> context();

    std::shared_ptr<transport::UsbContext> m_context;
    StlinkProbeOptions m_options;
};

// How a listed USB ST-LINK shows: uri "stlink:SERIAL", transport "usb", model from the PID,
// and `problem` when it cannot be opened (permissions, firmware-update mode, ST-LINK/V1).
ProbeInfo usbStlinkInfo(const transport::UsbDeviceInfo& device);

}  // namespace rescue::probe::stlink
