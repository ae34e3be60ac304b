#pragma once
// Which USB devices are there: the ones whose VID:PID a driver asked for (ST-LINK today,
// CMSIS-DAP later: each driver passes its own id list), with what a person needs to tell
// them apart and whether this user may open them. Enumeration opens each matching device
// only to read its string descriptors; a device that cannot be opened is still listed,
// with `accessible` false and the reason in `problem`.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/result.h"
#include "core/transport/usb_context.h"

namespace rescue::transport {

struct UsbId {
    std::uint16_t vid = 0;
    std::uint16_t pid = 0;
};

struct UsbDeviceInfo {
    std::uint16_t vid = 0;
    std::uint16_t pid = 0;
    std::uint8_t bus = 0;
    std::string portPath;  // "1-2.3": bus, then the hub ports from the root (Linux sysfs style)
    std::uint8_t address = 0;
    std::string serial;   // empty when it could not be read
    std::string product;  // "STM32 STLink"
    bool accessible = true;
    std::string problem;  // why it cannot be opened, with the fix; empty when accessible

    // Stable while the device stays plugged in (bus + port path + address).
    std::string location() const;
    bool sameDevice(const UsbDeviceInfo& other) const {
        return bus == other.bus && portPath == other.portPath && address == other.address;
    }
};

// The devices matching `ids`, in libusb's order. An empty list when there are none (or
// when the system shows no USB devices at all); an error only when the device list itself
// cannot be read.
Result<std::vector<UsbDeviceInfo>> enumerateUsb(UsbContext& context, std::span<const UsbId> ids);

// A serial number from a raw USB string descriptor (bLength, bDescriptorType 3, UTF-16LE).
// Old ST-LINK/V2 firmware puts the 12 raw serial bytes in the low byte of each UTF-16 unit
// (bLength 26); like OpenOCD (stlink_usb_get_alternate_serial) those become 24 upper-case
// hex digits, the form ST's tools and the ST-LINK server show. Other characters outside
// ASCII become '?'.
std::string serialFromStringDescriptor(ByteView descriptor);

}  // namespace rescue::transport
