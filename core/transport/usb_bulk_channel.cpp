#include "core/transport/usb_bulk_channel.h"

#include <libusb.h>

#include <fmt/format.h>

#include "core/transport/usb_error.h"

namespace rescue::transport {

namespace {

int millis(std::chrono::milliseconds timeout) {
    // libusb reads 0 as "no timeout": a wait must always end.
    return static_cast<int>(std::max<std::chrono::milliseconds::rep>(timeout.count(), 1));
}

std::string describe(const UsbDeviceInfo& d) {
    return fmt::format("USB device {:04X}:{:04X} at {}", d.vid, d.pid, d.location());
}

// The device enumerateUsb listed, found again in a fresh device list (with a reference).
libusb_device* findDevice(libusb_context* context, const UsbDeviceInfo& wanted) {
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(context, &list);
    if (count < 0)
        return nullptr;
    libusb_device* found = nullptr;
    for (ssize_t i = 0; i < count && !found; ++i) {
        libusb_device* d = list[i];
        libusb_device_descriptor descriptor{};
        if (libusb_get_device_descriptor(d, &descriptor) != LIBUSB_SUCCESS)
            continue;
        if (descriptor.idVendor == wanted.vid && descriptor.idProduct == wanted.pid &&
            libusb_get_bus_number(d) == wanted.bus && libusb_get_device_address(d) == wanted.address)
            found = libusb_ref_device(d);
    }
    libusb_free_device_list(list, 1);
    return found;
}

}  // namespace

Result<std::unique_ptr<UsbBulkChannel>> UsbBulkChannel::open(std::shared_ptr<UsbContext> context,
                                                             const UsbDeviceInfo& device,
                                                             UsbOpenOptions options) {
    libusb_device* usbDevice = findDevice(context->raw(), device);
    if (!usbDevice)
        return disconnectedError(fmt::format("{} is no longer there", describe(device)));
    libusb_device_handle* handle = nullptr;
    const int openRc = libusb_open(usbDevice, &handle);
    // Bulk endpoints of the interface, from the active configuration descriptor.
    std::vector<Endpoint> endpoints;
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_active_config_descriptor(usbDevice, &config) == LIBUSB_SUCCESS ||
        libusb_get_config_descriptor(usbDevice, 0, &config) == LIBUSB_SUCCESS) {
        for (int i = 0; i < config->bNumInterfaces; ++i) {
            const libusb_interface& interface = config->interface[i];
            for (int a = 0; a < interface.num_altsetting; ++a) {
                const libusb_interface_descriptor& alt = interface.altsetting[a];
                if (alt.bInterfaceNumber != options.interfaceNumber || alt.bAlternateSetting != 0)
                    continue;
                for (int e = 0; e < alt.bNumEndpoints; ++e) {
                    const libusb_endpoint_descriptor& ep = alt.endpoint[e];
                    if ((ep.bmAttributes & 0x03) == LIBUSB_TRANSFER_TYPE_BULK)
                        endpoints.push_back({ep.bEndpointAddress, ep.wMaxPacketSize});
                }
            }
        }
        libusb_free_config_descriptor(config);
    }
    libusb_unref_device(usbDevice);
    if (openRc != LIBUSB_SUCCESS)
        return libusbError(openRc, fmt::format("open {}", describe(device)));

    auto fail = [&](int rc, std::string what) {
        libusb_close(handle);
        return libusbError(rc, fmt::format("{} of {}", what, describe(device)));
    };
    // Linux: a kernel driver bound to the interface (usb-storage never is for interface 0 of
    // an ST-LINK, but a generic one may be) is detached on claim and re-attached on release.
    // Platforms without the feature report NOT_SUPPORTED, which is fine.
    libusb_set_auto_detach_kernel_driver(handle, 1);
    int active = 0;
    if (libusb_get_configuration(handle, &active) == LIBUSB_SUCCESS && active != options.configuration)
        if (const int rc = libusb_set_configuration(handle, options.configuration); rc != LIBUSB_SUCCESS)
            return fail(rc, fmt::format("set configuration {}", options.configuration));
    if (const int rc = libusb_claim_interface(handle, options.interfaceNumber); rc != LIBUSB_SUCCESS)
        return fail(rc, fmt::format("claim interface {}", options.interfaceNumber));
    // A program that died mid-transfer can leave an endpoint halted; clear them all so the
    // first command does not stall. Errors here are not fatal: the transfer will tell.
    for (const Endpoint& ep : endpoints)
        libusb_clear_halt(handle, ep.address);
    return std::unique_ptr<UsbBulkChannel>(new UsbBulkChannel(std::move(context), handle, device,
                                                              options.interfaceNumber, std::move(endpoints)));
}

UsbBulkChannel::UsbBulkChannel(std::shared_ptr<UsbContext> context, libusb_device_handle* handle,
                               UsbDeviceInfo device, int interfaceNumber, std::vector<Endpoint> endpoints)
    : m_context(std::move(context)),
      m_handle(handle),
      m_device(std::move(device)),
      m_interface(interfaceNumber),
      m_endpoints(std::move(endpoints)) {}

UsbBulkChannel::~UsbBulkChannel() {
    if (m_handle) {
        libusb_release_interface(m_handle, m_interface);
        libusb_close(m_handle);
    }
}

const UsbBulkChannel::Endpoint* UsbBulkChannel::endpoint(std::uint8_t address) const {
    for (const Endpoint& ep : m_endpoints)
        if (ep.address == address)
            return &ep;
    return nullptr;
}

Error UsbBulkChannel::transferError(int rc, std::uint8_t ep, std::string_view what) {
    // A stalled endpoint stays halted until the host clears it; clear it now so the next
    // command can go through, and report this one as failed.
    if (rc == LIBUSB_ERROR_PIPE)
        libusb_clear_halt(m_handle, ep);
    Error e = libusbError(rc, fmt::format("{} on endpoint 0x{:02X} of {}", what, ep, describe(m_device)));
    e.with("endpoint", fmt::format("0x{:02X}", ep));
    return e;
}

Status UsbBulkChannel::write(std::uint8_t ep, ByteView data, std::chrono::milliseconds timeout) {
    if ((ep & LIBUSB_ENDPOINT_IN) || (!m_endpoints.empty() && !endpoint(ep)))
        return badEndpointError(ep);
    int transferred = 0;
    // libusb takes a non-const buffer for both directions; an OUT transfer does not write it.
    auto* buffer = const_cast<unsigned char*>(data.data());
    const int rc = libusb_bulk_transfer(m_handle, ep, buffer, static_cast<int>(data.size()), &transferred,
                                        static_cast<unsigned>(millis(timeout)));
    if (rc == LIBUSB_ERROR_TIMEOUT)
        return timeoutError(ep, timeout)
            .with("sent", fmt::format("{} of {} bytes", transferred, data.size()));
    if (rc != LIBUSB_SUCCESS)
        return transferError(rc, ep, "bulk write");
    if (static_cast<std::size_t>(transferred) != data.size())
        return timeoutError(ep, timeout)
            .with("sent", fmt::format("{} of {} bytes", transferred, data.size()));
    return {};
}

Result<Bytes> UsbBulkChannel::read(std::uint8_t ep, std::size_t maxLength,
                                   std::chrono::milliseconds timeout) {
    const Endpoint* info = endpoint(ep);
    if (!(ep & LIBUSB_ENDPOINT_IN) || (!m_endpoints.empty() && !info))
        return badEndpointError(ep);
    const std::size_t packet = info ? std::max<std::size_t>(info->maxPacket, 1) : 64;
    Bytes buffer(std::max<std::size_t>((maxLength + packet - 1) / packet, 1) * packet);
    int transferred = 0;
    const int rc = libusb_bulk_transfer(m_handle, ep, buffer.data(), static_cast<int>(buffer.size()),
                                        &transferred, static_cast<unsigned>(millis(timeout)));
    if (rc == LIBUSB_ERROR_TIMEOUT && transferred == 0)
        return timeoutError(ep, timeout);
    if (rc != LIBUSB_SUCCESS && rc != LIBUSB_ERROR_TIMEOUT)
        return transferError(rc, ep, "bulk read");
    if (static_cast<std::size_t>(transferred) > maxLength)
        return overflowError(ep, static_cast<std::size_t>(transferred), maxLength);
    buffer.resize(static_cast<std::size_t>(transferred));
    return buffer;
}

}  // namespace rescue::transport
