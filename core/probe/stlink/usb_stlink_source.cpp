#include "core/probe/stlink/usb_stlink_source.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/probe/stlink/stlink_link.h"
#include "core/transport/usb_bulk_channel.h"
#include "core/transport/usb_error.h"

namespace rescue::probe::stlink {

namespace {

std::string serialList(const std::vector<transport::UsbDeviceInfo>& devices) {
    std::string out;
    for (const auto& d : devices)
        out += fmt::format("{}{}", out.empty() ? "" : ", ", d.serial.empty() ? d.location() : d.serial);
    return out;
}

// Why a listed ST-LINK cannot be driven even when the user may open it.
std::string modelProblem(std::uint16_t productId) {
    if (productId == pid::kV1)
        return "ST-LINK/V1 speaks a SCSI-wrapped protocol this workbench does not support; use an ST-LINK/V2 "
               "or later.";
    if (productId == pid::kV3UsbLoader || productId == pid::kV3PUsbLoader)
        return "The ST-LINK is in firmware-update mode; finish or cancel the update in STM32CubeProgrammer, "
               "then unplug and replug it.";
    return {};
}

}  // namespace

UsbStlinkSource::UsbStlinkSource(std::shared_ptr<transport::UsbContext> context, StlinkProbeOptions options)
    : m_context(std::move(context)), m_options(options) {}

std::vector<transport::UsbId> UsbStlinkSource::usbIds() {
    std::vector<transport::UsbId> ids;
    for (const UsbModel& m : knownUsbModels())
        ids.push_back({kVid, m.pid});
    return ids;
}

Result<std::shared_ptr<transport::UsbContext>> UsbStlinkSource::context() {
    if (!m_context) {
        auto created = transport::UsbContext::create();
        if (!created)
            return created.error();
        m_context = *created;
    }
    return m_context;
}

ProbeInfo usbStlinkInfo(const transport::UsbDeviceInfo& device) {
    ProbeInfo info;
    info.serial = device.serial;
    // Without a serial only `usb` can name it (when it is the only one).
    info.uri = device.serial.empty() ? std::string("usb") : "stlink:" + device.serial;
    info.transport = "usb";
    info.model = displayNameForPid(device.vid, device.pid);
    if (!device.accessible)
        info.problem = device.problem;
    else if (device.serial.empty())
        info.problem = "The ST-LINK's serial number could not be read; unplug and replug it.";
    else
        info.problem = modelProblem(device.pid);
    return info;
}

Result<std::vector<ProbeInfo>> UsbStlinkSource::scan(const ScanOptions&) {
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    const auto ids = usbIds();
    auto devices = transport::enumerateUsb(**ctx, ids);
    if (!devices)
        return devices.error();
    std::vector<ProbeInfo> out;
    for (const auto& d : *devices)
        out.push_back(usbStlinkInfo(d));
    return out;
}

Result<std::unique_ptr<DebugProbe>> UsbStlinkSource::open(const ProbeUri& uri) {
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    const auto ids = usbIds();
    auto devices = transport::enumerateUsb(**ctx, ids);
    if (!devices)
        return devices.error();

    std::vector<transport::UsbDeviceInfo> candidates;
    if (uri.kind == ProbeUri::Kind::Stlink) {
        std::copy_if(devices->begin(), devices->end(), std::back_inserter(candidates),
                     [&](const transport::UsbDeviceInfo& d) { return d.serial == uri.serial; });
        if (candidates.empty()) {
            Error e =
                makeError(std::string(source_error::kNotFound),
                          fmt::format("No ST-LINK with serial {} is connected over USB.", uri.serial),
                          devices->empty() ? "Check the USB cable; `rescue probes` lists the probes it sees."
                                           : fmt::format("Connected ST-LINKs: {}.", serialList(*devices)));
            return e.with("serial", uri.serial);
        }
    } else {
        candidates = *devices;
        if (candidates.empty())
            return makeError(
                std::string(source_error::kNotFound), "No ST-LINK found on USB.",
                fmt::format("Check the USB cable (a charge-only cable shows nothing) and, on Linux, "
                            "that the udev rule {} is installed; `rescue probes` lists what is seen.",
                            transport::kUdevRuleName));
        if (candidates.size() > 1)
            return makeError(
                std::string(source_error::kAmbiguous),
                fmt::format("{} ST-LINKs are connected over USB; name one.", candidates.size()),
                fmt::format("Use --probe stlink:SERIAL with one of: {}.", serialList(candidates)));
    }
    const transport::UsbDeviceInfo& device = candidates.front();
    ProbeInfo info = usbStlinkInfo(device);
    if (!device.accessible)
        return makeError(std::string(transport::usb_error::kAccess),
                         fmt::format("You do not have permission to use the ST-LINK {}.", info.serial),
                         transport::accessHint())
            .with("device", device.location());
    if (const std::string problem = modelProblem(device.pid); !problem.empty())
        return makeError(std::string(source_error::kUnusable),
                         fmt::format("The ST-LINK {} cannot be used for debugging.", info.serial), problem)
            .with("USB id", fmt::format("{:04X}:{:04X}", device.vid, device.pid));

    info.problem.clear();  // an unreadable serial does not stop `usb` from opening the only probe
    auto channel = transport::UsbBulkChannel::open(*ctx, device);
    if (!channel)
        return channel.error();
    const auto model = usbModelForPid(device.pid);
    const std::uint8_t out = model ? model->outEndpoint : 0x02;  // unknown PIDs: OpenOCD's V2 rule
    auto link =
        std::make_unique<BulkStlinkLink>(std::shared_ptr<transport::BulkChannel>(std::move(*channel)), out);
    auto probe =
        StlinkProbe::open(std::move(link), std::move(info), std::make_shared<SteadyClock>(), m_options);
    if (!probe)
        return probe.error();
    return std::unique_ptr<DebugProbe>(std::move(*probe));
}

}  // namespace rescue::probe::stlink
