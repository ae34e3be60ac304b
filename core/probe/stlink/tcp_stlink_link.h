#pragma once
// StlinkLink through an ST-LINK server: each transact is one SEND_USB_CMD (reference
// section 13.3). The direction comes from the request's data phase (Write with the data-out
// bytes, Read with the reply length, Read of 0 bytes for a command without a data phase);
// the server performs the USB phases and returns exactly the bytes asked for.
//
// The link owns the connection id: destroying it sends CLOSE_DEV (best effort), so the
// server shows the probe free again.

#include <memory>

#include "core/probe/stlink/stlink_link.h"
#include "core/transport/stlink_tcp_client.h"

namespace rescue::probe::stlink {

class TcpStlinkLink final : public StlinkLink {
public:
    TcpStlinkLink(std::shared_ptr<transport::StlinkTcpClient> client, std::uint32_t connectId);
    ~TcpStlinkLink() override;
    TcpStlinkLink(const TcpStlinkLink&) = delete;
    TcpStlinkLink& operator=(const TcpStlinkLink&) = delete;

    // Transport errors come back as they are (transport.timeout, transport.disconnected);
    // the server's status words map through transport::serverStatusError, except
    // TRUNCATED_DATA (the probe's reply was short), which is probe.bad-reply.
    Result<Bytes> transact(const Request& request, std::chrono::milliseconds timeout) override;
    std::uint64_t roundTrips() const override { return m_roundTrips; }

    std::uint32_t connectId() const { return m_connectId; }
    transport::StlinkTcpClient& client() { return *m_client; }

private:
    std::shared_ptr<transport::StlinkTcpClient> m_client;
    std::uint32_t m_connectId = 0;
    std::uint64_t m_roundTrips = 0;
};

}  // namespace rescue::probe::stlink
