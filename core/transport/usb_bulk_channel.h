#pragma once
// A BulkChannel over one claimed libusb interface: what a real ST-LINK (and later a
// CMSIS-DAP v2 probe) is on a desk. Opening claims the interface, detaching a kernel
// driver where one holds it (libusb's auto-detach, re-attached on release), and clears
// halts left on the bulk endpoints by a previous program. Transfers are synchronous with
// the caller's timeout; libusb errors map to the channel_error codes (usb_error.h).
//
// Like every BulkChannel it is used by one thread at a time (the session's worker).

#include <memory>
#include <vector>

#include "core/transport/bulk_channel.h"
#include "core/transport/usb_context.h"
#include "core/transport/usb_device.h"

struct libusb_device_handle;

namespace rescue::transport {

struct UsbOpenOptions {
    int interfaceNumber = 0;  // the ST-LINK debug interface
    int configuration = 1;    // set only when the active one differs (avoids a device reset)
};

class UsbBulkChannel final : public BulkChannel {
public:
    // Opens the device `device` names (by bus, port path and address, as enumerateUsb
    // listed it). Fails with transport.usb-access (and the udev fix), transport.usb-busy,
    // transport.disconnected when it is gone.
    static Result<std::unique_ptr<UsbBulkChannel>> open(std::shared_ptr<UsbContext> context,
                                                        const UsbDeviceInfo& device,
                                                        UsbOpenOptions options = {});
    ~UsbBulkChannel() override;
    UsbBulkChannel(const UsbBulkChannel&) = delete;
    UsbBulkChannel& operator=(const UsbBulkChannel&) = delete;

    Status write(std::uint8_t endpoint, ByteView data, std::chrono::milliseconds timeout) override;
    // Reads into a buffer rounded up to the endpoint's packet size so that libusb never
    // loses a packet; more than `maxLength` bytes is still kOverflow, as the interface says.
    Result<Bytes> read(std::uint8_t endpoint, std::size_t maxLength,
                       std::chrono::milliseconds timeout) override;

    const UsbDeviceInfo& device() const { return m_device; }

private:
    struct Endpoint {
        std::uint8_t address = 0;
        std::size_t maxPacket = 64;
    };
    UsbBulkChannel(std::shared_ptr<UsbContext> context, libusb_device_handle* handle, UsbDeviceInfo device,
                   int interfaceNumber, std::vector<Endpoint> endpoints);
    const Endpoint* endpoint(std::uint8_t address) const;
    Error transferError(int rc, std::uint8_t endpoint, std::string_view what);

    std::shared_ptr<UsbContext> m_context;
    libusb_device_handle* m_handle = nullptr;
    UsbDeviceInfo m_device;
    int m_interface = 0;
    std::vector<Endpoint> m_endpoints;
};

}  // namespace rescue::transport
