#include "core/transport/usb_context.h"

#include <libusb.h>

#include <fmt/format.h>

#include "core/transport/usb_error.h"

namespace rescue::transport {

Result<std::shared_ptr<UsbContext>> UsbContext::create() {
    libusb_context* context = nullptr;
    if (const int rc = libusb_init(&context); rc != LIBUSB_SUCCESS) {
        Error e = makeError(std::string(usb_error::kInit),
                            fmt::format("USB probes cannot be used: libusb could not start ({}).",
                                        libusb_strerror(static_cast<libusb_error>(rc))),
                            "On Linux, USB needs /dev/bus/usb (pass it to a container with --device or "
                            "-v /dev/bus/usb:/dev/bus/usb); the lab and ST-LINK servers work without it.");
        e.with("libusb", fmt::format("{} ({})", libusb_error_name(rc), rc));
        return e;
    }
    return std::shared_ptr<UsbContext>(new UsbContext(context));
}

UsbContext::~UsbContext() {
    if (m_context)
        libusb_exit(m_context);
}

bool UsbContext::hasHotplug() const {
    return libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
}

}  // namespace rescue::transport
