#include "core/transport/bulk_channel.h"

#include <fmt/format.h>

namespace rescue::transport {

Error timeoutError(std::uint8_t endpoint, std::chrono::milliseconds timeout) {
    return makeError(std::string(channel_error::kTimeout),
                     fmt::format("The probe did not answer on endpoint 0x{:02X} within {} ms.", endpoint,
                                 timeout.count()),
                     "Check the probe's cable; if the probe is stuck, unplug it and plug it back in.")
        .with("endpoint", fmt::format("0x{:02X}", endpoint))
        .with("timeout", fmt::format("{} ms", timeout.count()));
}

Error disconnectedError(std::string_view what) {
    return makeError(std::string(channel_error::kDisconnected),
                     fmt::format("The probe is no longer connected ({}).", what),
                     "Reconnect the probe and open it again.");
}

Error overflowError(std::uint8_t endpoint, std::size_t available, std::size_t maxLength) {
    return makeError(std::string(channel_error::kOverflow),
                     fmt::format("The probe sent {} bytes on endpoint 0x{:02X} but only {} were expected.",
                                 available, endpoint, maxLength),
                     "This is a protocol mismatch between the driver and the probe firmware; update the "
                     "probe firmware or report the firmware version.")
        .with("endpoint", fmt::format("0x{:02X}", endpoint));
}

Error badEndpointError(std::uint8_t endpoint) {
    return makeError(std::string(channel_error::kBadEndpoint),
                     fmt::format("The probe has no endpoint 0x{:02X} for this transfer.", endpoint),
                     "The driver chose the endpoints of another probe model; check the USB PID.");
}

}  // namespace rescue::transport
