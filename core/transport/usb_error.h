#pragma once
// libusb error codes -> Errors a person can act on. A pure function (no libusb call) so
// every row can be tested on a machine without USB. The codes a probe driver branches on
// are the BulkChannel ones (transport.timeout, transport.disconnected, transport.overflow);
// the others say why a probe cannot be used at all.

#include <string_view>

#include "core/common/error.h"

namespace rescue::transport {

namespace usb_error {
inline constexpr std::string_view kInit = "transport.usb-init";      // libusb cannot start
inline constexpr std::string_view kAccess = "transport.usb-access";  // permissions (udev rule)
inline constexpr std::string_view kBusy = "transport.usb-busy";      // another program claimed it
inline constexpr std::string_view kStall = "transport.usb-stall";    // endpoint halted (cleared)
inline constexpr std::string_view kNotFound = "transport.usb-not-found";
inline constexpr std::string_view kIo = "transport.usb-error";  // anything else
}  // namespace usb_error

// The udev rule the package installs (packaging/udev/) and where it goes.
inline constexpr std::string_view kUdevRuleName = "70-rescue-workbench.rules";
inline constexpr std::string_view kUdevRuleDir = "/etc/udev/rules.d";

// Maps a negative libusb return code (LIBUSB_ERROR_*) to an Error. `operation` says what was
// being done ("claim interface 0 of ST-LINK 0483:374B on bus 1 port 2"); it goes in the
// message and the evidence, with libusb's own name for the code.
Error libusbError(int code, std::string_view operation);

// The hint for a permission problem on this platform (on Linux: install the udev rule,
// reload udev, replug).
std::string accessHint();

}  // namespace rescue::transport
