#pragma once
// One libusb context, owned. Enumeration, opened channels and the hotplug watcher share it
// (std::shared_ptr), so it lives until the last of them is gone. libusb is thread-safe per
// context: several threads may transfer on it at once.

#include <memory>

#include "core/common/result.h"

struct libusb_context;

namespace rescue::transport {

class UsbContext {
public:
    // Fails with transport.usb-init and libusb's reason when libusb cannot start (no usbfs
    // in a container, no USB stack). A machine with USB but no probes is not an error.
    static Result<std::shared_ptr<UsbContext>> create();
    ~UsbContext();
    UsbContext(const UsbContext&) = delete;
    UsbContext& operator=(const UsbContext&) = delete;

    libusb_context* raw() const { return m_context; }
    // True when libusb reports arrival/removal events on this platform
    // (LIBUSB_CAP_HAS_HOTPLUG); UsbWatcher polls otherwise.
    bool hasHotplug() const;

private:
    explicit UsbContext(libusb_context* context) : m_context(context) {}
    libusb_context* m_context = nullptr;
};

}  // namespace rescue::transport
