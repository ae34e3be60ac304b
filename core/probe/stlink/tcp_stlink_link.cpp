#include "core/probe/stlink/tcp_stlink_link.h"

#include <fmt/format.h>

#include "core/probe/debug_probe.h"

namespace rescue::probe::stlink {

TcpStlinkLink::TcpStlinkLink(std::shared_ptr<transport::StlinkTcpClient> client, std::uint32_t connectId)
    : m_client(std::move(client)), m_connectId(connectId) {}

TcpStlinkLink::~TcpStlinkLink() {
    // Nothing to tell anyone if it fails: the server drops the connection with the socket.
    if (m_client && m_client->connected()) {
        [[maybe_unused]] const Status closed = m_client->closeDevice(m_connectId);
    }
}

Result<Bytes> TcpStlinkLink::transact(const Request& request, std::chrono::milliseconds timeout) {
    const std::string command = fmt::format("{:02X} {:02X}", request.block[0], request.block[1]);
    if (!request.dataOut.empty() && request.replyLength > 0)
        return makeError(std::string(probe_error::kUnsupported),
                         fmt::format("ST-LINK command {} has both a data-out and a reply phase, which one "
                                     "ST-LINK server request cannot carry.",
                                     command),
                         "This is a driver bug; report it with the command bytes.");
    ++m_roundTrips;
    const bool write = request.phase() == DataPhase::Out;
    auto reply = m_client->sendUsbCommand(m_connectId, request.block,
                                          write ? tcp::Direction::Write : tcp::Direction::Read,
                                          request.dataOut, write ? 0 : request.replyLength, timeout);
    if (!reply)
        return std::move(reply).error();
    if (reply->status == tcp::status::kTruncatedData)
        return makeError(
                   std::string(probe_error::kBadReply),
                   fmt::format("The ST-LINK's reply to command {} was shorter than the {} bytes expected.",
                               command, request.replyLength),
                   "The probe firmware may not support this command; update it with STM32CubeProgrammer.")
            .with("server status", "TRUNCATED_DATA (0x00001052)");
    if (reply->status != tcp::status::kOk)
        return transport::serverStatusError(reply->status, fmt::format("run ST-LINK command {}", command),
                                            m_client->address());
    return std::move(reply->data);
}

}  // namespace rescue::probe::stlink
