#pragma once
// The one thing every probe transport does: move bulk packets to and from numbered USB
// endpoints. libusb, the ST-LINK server TCP tunnel and the in-process virtual probes all
// implement it, so a probe driver written against it runs unchanged on hardware and in
// the lab.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::transport {

// Stable error codes a BulkChannel reports; drivers branch on them (retry on timeout,
// give up on disconnected), people read the message.
namespace channel_error {
inline constexpr std::string_view kTimeout = "transport.timeout";
inline constexpr std::string_view kDisconnected = "transport.disconnected";
// The device sent more than the caller's buffer holds (libusb LIBUSB_ERROR_OVERFLOW):
// the packet is lost, so the caller must read with a buffer of at least wMaxPacketSize.
inline constexpr std::string_view kOverflow = "transport.overflow";
inline constexpr std::string_view kBadEndpoint = "transport.bad-endpoint";
}  // namespace channel_error

class BulkChannel {
public:
    virtual ~BulkChannel() = default;

    // One bulk OUT transfer. Fails with kTimeout when the device does not take the data
    // in time, kDisconnected when it is gone.
    virtual Status write(std::uint8_t endpoint, ByteView data, std::chrono::milliseconds timeout) = 0;

    // One bulk IN transfer of at most `maxLength` bytes. A device with nothing to send lets
    // the read time out (kTimeout); a device with more than `maxLength` ready fails with
    // kOverflow.
    virtual Result<Bytes> read(std::uint8_t endpoint, std::size_t maxLength,
                               std::chrono::milliseconds timeout) = 0;
};

Error timeoutError(std::uint8_t endpoint, std::chrono::milliseconds timeout);
Error disconnectedError(std::string_view what);
Error overflowError(std::uint8_t endpoint, std::size_t available, std::size_t maxLength);
Error badEndpointError(std::uint8_t endpoint);

// True when `error` carries the given channel_error code.
inline bool isChannelError(const Error& error, std::string_view code) {
    return error.code == code;
}

}  // namespace rescue::transport
