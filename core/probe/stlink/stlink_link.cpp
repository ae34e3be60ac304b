#include "core/probe/stlink/stlink_link.h"

#include <fmt/format.h>

#include "core/probe/debug_probe.h"

namespace rescue::probe::stlink {

namespace {

// A bulk IN transfer ends at the first short packet, so one read returns the whole reply
// (section 2.1). The buffer is rounded up to a high-speed packet so that a device that
// pads its last packet cannot overflow it (section 2.2); the reply is then checked for
// its exact length.
constexpr std::size_t kReadGranule = 512;

std::size_t readBufferFor(std::size_t replyLength) {
    return (replyLength + kReadGranule - 1) / kReadGranule * kReadGranule;
}

}  // namespace

BulkStlinkLink::BulkStlinkLink(std::shared_ptr<transport::BulkChannel> channel, std::uint8_t outEndpoint,
                               std::uint8_t inEndpoint)
    : m_channel(std::move(channel)), m_out(outEndpoint), m_in(inEndpoint) {}

Result<Bytes> BulkStlinkLink::transact(const Request& request, std::chrono::milliseconds timeout) {
    ++m_roundTrips;
    if (Status s = m_channel->write(m_out, request.block, timeout); !s)
        return std::move(s).error();
    if (!request.dataOut.empty()) {
        if (Status s = m_channel->write(m_out, request.dataOut, timeout); !s)
            return std::move(s).error();
    }
    if (request.replyLength == 0)
        return Bytes{};
    auto reply = m_channel->read(m_in, readBufferFor(request.replyLength), timeout);
    if (!reply)
        return std::move(reply).error();
    if (reply->size() < request.replyLength) {
        return makeError(
                   std::string(probe_error::kBadReply),
                   fmt::format("The ST-LINK answered command 0x{:02X} 0x{:02X} with {} bytes instead of {}.",
                               request.block[0], request.block[1], reply->size(), request.replyLength),
                   "Unplug the probe and plug it back in; if it keeps happening, update its firmware.")
            .with("reply", toHex(*reply))
            .with("expected length", std::to_string(request.replyLength));
    }
    reply->resize(request.replyLength);
    return reply;
}

}  // namespace rescue::probe::stlink
