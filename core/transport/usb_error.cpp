#include "core/transport/usb_error.h"

#include <libusb.h>

#include <fmt/format.h>

#include "core/transport/bulk_channel.h"

namespace rescue::transport {

std::string accessHint() {
#if defined(__linux__)
    return fmt::format(
        "Install the udev rule that comes with Rescue Workbench ({0}, copy it to {1}/ if the package did "
        "not), then run `sudo udevadm control --reload-rules && sudo udevadm trigger` and unplug and replug "
        "the probe; on a system without a logind seat, add yourself to the plugdev group instead.",
        kUdevRuleName, kUdevRuleDir);
#elif defined(_WIN32)
    return "Install the WinUSB driver for the probe (ST's ST-LINK driver package does), then replug it.";
#else
    return "Give your user access to the probe's USB device, then replug it.";
#endif
}

Error libusbError(int code, std::string_view operation) {
    const std::string name = libusb_error_name(code);
    auto withEvidence = [&](Error e) {
        e.with("operation", std::string(operation)).with("libusb", fmt::format("{} ({})", name, code));
        return e;
    };
    switch (code) {
        case LIBUSB_ERROR_TIMEOUT:
            return withEvidence(makeError(std::string(channel_error::kTimeout),
                                          fmt::format("The probe did not answer in time ({}).", operation),
                                          "Check the probe's cable; if the probe is stuck, unplug it and "
                                          "plug it back in."));
        case LIBUSB_ERROR_NO_DEVICE:
            return withEvidence(disconnectedError(operation));
        case LIBUSB_ERROR_OVERFLOW:
            return withEvidence(makeError(
                std::string(channel_error::kOverflow),
                fmt::format("The probe sent more data than was expected ({}).", operation),
                "This is a protocol mismatch between the driver and the probe firmware; update the probe "
                "firmware or report the firmware version."));
        case LIBUSB_ERROR_PIPE:
            return withEvidence(makeError(
                std::string(usb_error::kStall),
                fmt::format("The probe stalled the endpoint and refused the transfer ({}).", operation),
                "The halt was cleared; retry the operation, and replug the probe if it happens again."));
        case LIBUSB_ERROR_ACCESS:
            return withEvidence(
                makeError(std::string(usb_error::kAccess),
                          fmt::format("You do not have permission to use this USB device ({}).", operation),
                          accessHint()));
        case LIBUSB_ERROR_BUSY:
            return withEvidence(makeError(
                std::string(usb_error::kBusy),
                fmt::format("Another program is using the probe ({}).", operation),
                "Close STM32CubeIDE, STM32CubeProgrammer, OpenOCD or ST's stlink-server, or connect through "
                "the ST-LINK server with stlink-tcp://127.0.0.1:7184 to share the probe."));
        case LIBUSB_ERROR_NOT_FOUND:
            return withEvidence(makeError(
                std::string(usb_error::kNotFound),
                fmt::format("The USB device or its interface is not there ({}).", operation),
                "Unplug the probe and plug it back in; if it persists, its firmware may be in a mode "
                "without the debug interface (update it with STM32CubeProgrammer)."));
        case LIBUSB_ERROR_INTERRUPTED:
            return withEvidence(makeError(std::string(channel_error::kTimeout),
                                          fmt::format("The USB transfer was interrupted ({}).", operation),
                                          "Retry the operation."));
        case LIBUSB_ERROR_NOT_SUPPORTED:
            return withEvidence(makeError(
                std::string(usb_error::kIo),
                fmt::format("This system's USB stack cannot do what was asked ({}).", operation),
                "On Windows the probe needs the WinUSB driver; elsewhere, check that usbfs is available."));
        case LIBUSB_ERROR_NO_MEM:
            return withEvidence(makeError(std::string(usb_error::kIo),
                                          fmt::format("The USB stack ran out of memory ({}).", operation),
                                          "Close other programs and retry."));
        default:
            return withEvidence(makeError(
                std::string(usb_error::kIo),
                fmt::format("A USB transfer failed with {} ({}).", name, operation),
                "Unplug the probe and plug it back in; use another cable or USB port if it happens again."));
    }
}

}  // namespace rescue::transport
