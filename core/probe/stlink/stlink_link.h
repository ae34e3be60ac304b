#pragma once
// The pipe to one ST-LINK: one command block, its data-out phase, and exactly the reply
// length the reference gives. Two ways to carry it, one driver above them:
//   BulkStlinkLink  over a transport::BulkChannel: libusb on a desk, the lab's VirtualStlink
//                   in-process (the same bytes either way);
//   TcpStlinkLink   tunnelled through an ST-LINK server (SEND_USB_CMD), see tcp_stlink_link.h.

#include <chrono>
#include <cstdint>
#include <memory>

#include "core/common/result.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/transport/bulk_channel.h"

namespace rescue::probe::stlink {

class StlinkLink {
public:
    virtual ~StlinkLink() = default;
    // Sends request.block, then request.dataOut when not empty, then reads
    // request.replyLength bytes when not 0. Transport errors come back as they are
    // (transport.timeout, transport.disconnected); a short reply is "probe.bad-reply".
    virtual Result<Bytes> transact(const Request& request, std::chrono::milliseconds timeout) = 0;
    // Exchanges made so far (one per transact).
    virtual std::uint64_t roundTrips() const = 0;
};

class BulkStlinkLink final : public StlinkLink {
public:
    BulkStlinkLink(std::shared_ptr<transport::BulkChannel> channel, std::uint8_t outEndpoint,
                   std::uint8_t inEndpoint = kInEndpoint);
    Result<Bytes> transact(const Request& request, std::chrono::milliseconds timeout) override;
    std::uint64_t roundTrips() const override { return m_roundTrips; }

private:
    std::shared_ptr<transport::BulkChannel> m_channel;
    std::uint8_t m_out;
    std::uint8_t m_in;
    std::uint64_t m_roundTrips = 0;
};

}  // namespace rescue::probe::stlink
