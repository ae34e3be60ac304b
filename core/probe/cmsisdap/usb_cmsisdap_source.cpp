#include "core/probe/cmsisdap/usb_cmsisdap_source.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <libusb.h>

#include "core/probe/stlink/usb_stlink_source.h"
#include "core/transport/usb_bulk_channel.h"
#include "core/transport/usb_error.h"

namespace rescue::probe::cmsisdap {
namespace {

std::string portPath(libusb_device* device) {
    std::array<std::uint8_t, 8> ports{};
    const int n = libusb_get_port_numbers(device, ports.data(), static_cast<int>(ports.size()));
    std::string path = fmt::format("{}", libusb_get_bus_number(device));
    for (int i = 0; i < n; ++i)
        path += fmt::format("{}{}", i == 0 ? '-' : '.', ports[static_cast<std::size_t>(i)]);
    return path;
}

std::string readAscii(libusb_device_handle* handle, std::uint8_t index) {
    if (index == 0)
        return {};
    std::array<unsigned char, 256> buffer{};
    const int n =
        libusb_get_string_descriptor_ascii(handle, index, buffer.data(), static_cast<int>(buffer.size()));
    if (n <= 0)
        return {};
    return std::string(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

// A vendor-class (or, as OpenOCD tolerates, any-class) interface whose first two endpoints are
// bulk OUT then bulk IN.
struct Candidate {
    int number;
    std::uint8_t iInterface, out, in;
};
std::vector<Candidate> bulkInterfaces(const libusb_config_descriptor* config) {
    std::vector<Candidate> found;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface& itf = config->interface[i];
        for (int a = 0; a < itf.num_altsetting; ++a) {
            const libusb_interface_descriptor& alt = itf.altsetting[a];
            if (alt.bAlternateSetting != 0 || alt.bNumEndpoints < 2)
                continue;
            const libusb_endpoint_descriptor& e0 = alt.endpoint[0];
            const libusb_endpoint_descriptor& e1 = alt.endpoint[1];
            const bool bulk0 = (e0.bmAttributes & 0x3) == LIBUSB_TRANSFER_TYPE_BULK;
            const bool bulk1 = (e1.bmAttributes & 0x3) == LIBUSB_TRANSFER_TYPE_BULK;
            if (bulk0 && bulk1 && !(e0.bEndpointAddress & LIBUSB_ENDPOINT_IN) &&
                (e1.bEndpointAddress & LIBUSB_ENDPOINT_IN))
                found.push_back(
                    {alt.bInterfaceNumber, alt.iInterface, e0.bEndpointAddress, e1.bEndpointAddress});
        }
    }
    return found;
}

}  // namespace

Result<std::vector<UsbCmsisDap>> findUsbCmsisDaps(transport::UsbContext& context) {
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(context.raw(), &list);
    if (count < 0)
        return transport::libusbError(static_cast<int>(count), "list USB devices");
    std::vector<UsbCmsisDap> found;
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device* device = list[i];
        libusb_device_descriptor descriptor{};
        if (libusb_get_device_descriptor(device, &descriptor) != LIBUSB_SUCCESS)
            continue;
        libusb_config_descriptor* config = nullptr;
        if (libusb_get_active_config_descriptor(device, &config) != LIBUSB_SUCCESS || !config)
            continue;
        const auto candidates = bulkInterfaces(config);
        libusb_free_config_descriptor(config);
        if (candidates.empty())
            continue;
        transport::UsbDeviceInfo info;
        info.vid = descriptor.idVendor;
        info.pid = descriptor.idProduct;
        info.bus = libusb_get_bus_number(device);
        info.address = libusb_get_device_address(device);
        info.portPath = portPath(device);
        libusb_device_handle* handle = nullptr;
        if (libusb_open(device, &handle) != LIBUSB_SUCCESS)
            continue;  // without its strings nothing says it is a CMSIS-DAP
        info.serial = readAscii(handle, descriptor.iSerialNumber);
        info.product = readAscii(handle, descriptor.iProduct);
        for (const Candidate& c : candidates) {
            const std::string itf = readAscii(handle, c.iInterface);
            if (itf.find("CMSIS-DAP") == std::string::npos &&
                info.product.find("CMSIS-DAP") == std::string::npos)
                continue;
            found.push_back({info, c.number, c.out, c.in});
            break;  // one v2 interface per probe
        }
        libusb_close(handle);
    }
    libusb_free_device_list(list, 1);
    return found;
}

ProbeInfo usbCmsisDapInfo(const UsbCmsisDap& probe) {
    ProbeInfo info;
    info.serial = probe.device.serial;
    info.uri = probe.device.serial.empty() ? std::string("cmsis-dap") : "cmsis-dap:" + probe.device.serial;
    info.transport = "cmsis-dap";
    info.model = probe.device.product.empty() ? std::string("CMSIS-DAP") : probe.device.product;
    return info;
}

UsbCmsisDapSource::UsbCmsisDapSource(std::shared_ptr<transport::UsbContext> context, CmsisDapOptions options)
    : m_context(std::move(context)), m_options(options) {}

Result<std::shared_ptr<transport::UsbContext>> UsbCmsisDapSource::context() {
    if (!m_context) {
        auto created = transport::UsbContext::create();
        if (!created)
            return created.error();
        m_context = *created;
    }
    return m_context;
}

Result<std::vector<ProbeInfo>> UsbCmsisDapSource::scan(const ScanOptions&) {
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    auto probes = findUsbCmsisDaps(**ctx);
    if (!probes)
        return probes.error();
    std::vector<ProbeInfo> out;
    for (const auto& p : *probes)
        out.push_back(usbCmsisDapInfo(p));
    return out;
}

Result<std::unique_ptr<DebugProbe>> UsbCmsisDapSource::open(const ProbeUri& uri) {
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    auto probes = findUsbCmsisDaps(**ctx);
    if (!probes)
        return probes.error();
    std::vector<UsbCmsisDap> candidates;
    std::copy_if(probes->begin(), probes->end(), std::back_inserter(candidates),
                 [&](const UsbCmsisDap& p) { return uri.serial.empty() || p.device.serial == uri.serial; });
    std::string seen;
    for (const auto& p : *probes)
        seen += fmt::format("{}{}", seen.empty() ? "" : ", ",
                            p.device.serial.empty() ? p.device.location() : p.device.serial);
    if (candidates.empty())
        return makeError(
            std::string(stlink::source_error::kNotFound),
            uri.serial.empty() ? std::string("No CMSIS-DAP v2 probe found on USB.")
                               : fmt::format("No CMSIS-DAP probe with serial {} is connected.", uri.serial),
            probes->empty() ? fmt::format("Check the USB cable and, on Linux, that the udev rule {} "
                                          "is installed (a CMSIS-DAP v1 HID probe is not supported).",
                                          transport::kUdevRuleName)
                            : fmt::format("Connected CMSIS-DAP probes: {}.", seen));
    if (candidates.size() > 1)
        return makeError(
            std::string(stlink::source_error::kAmbiguous),
            fmt::format("{} CMSIS-DAP probes are connected over USB; name one.", candidates.size()),
            fmt::format("Use --probe cmsis-dap:SERIAL with one of: {}.", seen));
    const UsbCmsisDap& found = candidates.front();
    transport::UsbOpenOptions open;
    open.interfaceNumber = found.interfaceNumber;
    auto channel = transport::UsbBulkChannel::open(*ctx, found.device, open);
    if (!channel)
        return channel.error();
    CmsisDapOptions options = m_options;
    options.outEndpoint = found.outEndpoint;
    options.inEndpoint = found.inEndpoint;
    auto probe = CmsisDapProbe::open(std::shared_ptr<transport::BulkChannel>(std::move(*channel)),
                                     usbCmsisDapInfo(found), std::make_shared<SteadyClock>(), options);
    if (!probe)
        return probe.error();
    return std::unique_ptr<DebugProbe>(std::move(*probe));
}

}  // namespace rescue::probe::cmsisdap
