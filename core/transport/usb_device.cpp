#include "core/transport/usb_device.h"

#include <libusb.h>

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "core/transport/usb_error.h"

namespace rescue::transport {

namespace {

// Old ST-LINK/V2 serials: 12 raw bytes in 12 UTF-16 units.
constexpr std::size_t kRawSerialUnits = 12;
constexpr std::uint16_t kEnglishUs = 0x0409;

bool serialCharacter(std::uint8_t c) {
    return std::isalnum(c) || c == '_' || c == '-' || c == '.' || c == ':';
}

std::string portPath(libusb_device* device) {
    std::array<std::uint8_t, 8> ports{};
    const int n = libusb_get_port_numbers(device, ports.data(), static_cast<int>(ports.size()));
    std::string path = fmt::format("{}", libusb_get_bus_number(device));
    for (int i = 0; i < n; ++i)
        path += fmt::format("{}{}", i == 0 ? '-' : '.', ports[static_cast<std::size_t>(i)]);
    return path;
}

// The raw descriptor, in the device's first language (English when it lists none).
std::string readString(libusb_device_handle* handle, std::uint8_t index, bool serial) {
    if (index == 0)
        return {};
    std::array<std::uint8_t, 255> buffer{};
    std::uint16_t language = kEnglishUs;
    if (libusb_get_string_descriptor(handle, 0, 0, buffer.data(), static_cast<int>(buffer.size())) >= 4)
        language = static_cast<std::uint16_t>(buffer[2] | (buffer[3] << 8));
    const int n =
        libusb_get_string_descriptor(handle, index, language, buffer.data(), static_cast<int>(buffer.size()));
    if (n < 2)
        return {};
    const ByteView descriptor(buffer.data(), static_cast<std::size_t>(n));
    if (serial)
        return serialFromStringDescriptor(descriptor);
    std::string text;
    for (std::size_t i = 2; i + 1 < descriptor.size() && i < descriptor[0]; i += 2)
        text.push_back(descriptor[i + 1] == 0 && descriptor[i] >= 0x20 && descriptor[i] < 0x7F
                           ? static_cast<char>(descriptor[i])
                           : '?');
    return text;
}

}  // namespace

std::string UsbDeviceInfo::location() const {
    return fmt::format("bus {} port {} address {}", bus, portPath, address);
}

std::string serialFromStringDescriptor(ByteView descriptor) {
    if (descriptor.size() < 2 || descriptor[1] != LIBUSB_DT_STRING)
        return {};
    const std::size_t length = std::min<std::size_t>(descriptor[0], descriptor.size());
    const std::size_t units = length >= 2 ? (length - 2) / 2 : 0;
    bool allLowBytes = true;
    bool allPrintable = true;
    for (std::size_t i = 0; i < units; ++i) {
        const std::uint8_t low = descriptor[2 + 2 * i];
        allLowBytes = allLowBytes && descriptor[3 + 2 * i] == 0;
        allPrintable = allPrintable && serialCharacter(low);
    }
    // A 12-character serial made of ordinary characters is taken as it is; only one with
    // bytes no serial would contain is the old firmware's raw form.
    if (units == kRawSerialUnits && allLowBytes && !allPrintable) {
        std::string hex;
        for (std::size_t i = 0; i < units; ++i)
            hex += fmt::format("{:02X}", descriptor[2 + 2 * i]);
        return hex;
    }
    std::string text;
    for (std::size_t i = 0; i < units; ++i) {
        const std::uint8_t low = descriptor[2 + 2 * i];
        const bool ascii = descriptor[3 + 2 * i] == 0 && low >= 0x20 && low < 0x7F;
        text.push_back(ascii ? static_cast<char>(low) : '?');
    }
    return text;
}

Result<std::vector<UsbDeviceInfo>> enumerateUsb(UsbContext& context, std::span<const UsbId> ids) {
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(context.raw(), &list);
    if (count < 0)
        return libusbError(static_cast<int>(count), "list USB devices");
    std::vector<UsbDeviceInfo> found;
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device* device = list[i];
        libusb_device_descriptor descriptor{};
        if (libusb_get_device_descriptor(device, &descriptor) != LIBUSB_SUCCESS)
            continue;
        const bool wanted = std::any_of(ids.begin(), ids.end(), [&](const UsbId& id) {
            return id.vid == descriptor.idVendor && id.pid == descriptor.idProduct;
        });
        if (!wanted)
            continue;
        UsbDeviceInfo info;
        info.vid = descriptor.idVendor;
        info.pid = descriptor.idProduct;
        info.bus = libusb_get_bus_number(device);
        info.address = libusb_get_device_address(device);
        info.portPath = portPath(device);
        libusb_device_handle* handle = nullptr;
        if (const int rc = libusb_open(device, &handle); rc != LIBUSB_SUCCESS) {
            const Error e = libusbError(
                rc, fmt::format("open USB device {:04X}:{:04X} at {}", info.vid, info.pid, info.location()));
            info.accessible = false;
            info.problem = e.message + " " + e.hint;
        } else {
            info.serial = readString(handle, descriptor.iSerialNumber, true);
            info.product = readString(handle, descriptor.iProduct, false);
            libusb_close(handle);
        }
        found.push_back(std::move(info));
    }
    libusb_free_device_list(list, 1);
    return found;
}

}  // namespace rescue::transport
