#include "core/sim/stlink/server_dispatcher.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/probe/stlink/stlink_tcp_protocol.h"

namespace rescue::sim::stlink {

namespace tcp = probe::stlink::tcp;

namespace {

Bytes statusOnly(std::uint32_t status) {
    Bytes out;
    appendLe32(out, status);
    return out;
}

Bytes statusWithZeros(std::uint32_t status, std::size_t size) {
    Bytes out = statusOnly(status);
    out.resize(4 + size, 0);
    return out;
}

}  // namespace

ServerDispatcher::ServerDispatcher(ServerVersion version, std::chrono::milliseconds usbTimeout)
    : m_version(version), m_usbTimeout(usbTimeout) {}

Status ServerDispatcher::addProbe(std::shared_ptr<VirtualStlink> probe) {
    if (!probe)
        return makeError("sim.stlink-server.no-probe", "No virtual ST-LINK was given to the server.");
    const std::string& serial = probe->identity().serial;
    if (serial.size() > tcp::kSerialFieldSize)
        return makeError("sim.stlink-server.bad-serial",
                         fmt::format("The serial '{}' does not fit the server's 32-byte field.", serial));
    std::lock_guard lock(m_mutex);
    for (const auto& d : m_devices)
        if (d.probe->identity().serial == serial)
            return makeError("sim.stlink-server.duplicate-serial",
                             fmt::format("A virtual ST-LINK with serial {} is already registered.", serial),
                             "Give every virtual probe its own serial.");
    m_devices.push_back({m_nextDeviceId++, std::move(probe)});
    return {};
}

bool ServerDispatcher::removeProbe(std::string_view serial) {
    std::lock_guard lock(m_mutex);
    auto it = std::find_if(m_devices.begin(), m_devices.end(),
                           [&](const Device& d) { return d.probe->identity().serial == serial; });
    if (it == m_devices.end())
        return false;
    const std::uint32_t id = it->id;
    m_devices.erase(it);
    std::erase_if(m_connections, [id](const auto& entry) { return entry.second.deviceId == id; });
    return true;
}

std::vector<std::string> ServerDispatcher::serials() const {
    std::lock_guard lock(m_mutex);
    std::vector<std::string> out;
    for (const auto& d : m_devices)
        out.push_back(d.probe->identity().serial);
    return out;
}

void ServerDispatcher::setTraceSink(std::function<void(const std::string&)> sink) {
    std::lock_guard lock(m_mutex);
    m_trace = std::move(sink);
}

void ServerDispatcher::trace(const std::string& line) {
    std::function<void(const std::string&)> sink;
    {
        std::lock_guard lock(m_mutex);
        sink = m_trace;
    }
    if (sink)
        sink(line);
}

Result<std::optional<std::size_t>> ServerDispatcher::requestLength(ByteView pending) const {
    const tcp::RequestSize r = tcp::requestSize(pending.data(), pending.size());
    if (!r.known)
        return makeError(
            "sim.stlink-server.unknown-command",
            fmt::format("The client sent an unknown ST-LINK server command 0x{:02X}.", pending[0]),
            "The client speaks another protocol or a newer server API.");
    if (r.size && *r.size > tcp::kMaxRequest)
        return makeError("sim.stlink-server.request-too-large",
                         fmt::format("The client announced a request of {} bytes; the limit is {}.", *r.size,
                                     tcp::kMaxRequest));
    if (pending.size() >= tcp::kSendUsbHeaderSize && pending[0] == tcp::cmd::kSendUsbCmd) {
        const auto direction = static_cast<tcp::Direction>(pending[24]);
        const std::uint32_t size = readLe32(pending, 28);
        if (direction != tcp::Direction::Write && std::size_t{size} + 4 > tcp::kMaxReply)
            return makeError("sim.stlink-server.reply-too-large",
                             fmt::format("The client asked for a reply of {} bytes; the limit is {}.",
                                         size + 4, tcp::kMaxReply));
    }
    return r.size;
}

const ServerDispatcher::Device* ServerDispatcher::deviceById(std::uint32_t id) const {
    for (const auto& d : m_devices)
        if (d.id == id)
            return &d;
    return nullptr;
}

unsigned ServerDispatcher::openCount(std::uint32_t deviceId) const {
    return static_cast<unsigned>(std::count_if(m_connections.begin(), m_connections.end(),
                                               [&](const auto& e) { return e.second.deviceId == deviceId; }));
}

Bytes ServerDispatcher::handle(ClientId client, ByteView request) {
    switch (request[0]) {
        case tcp::cmd::kGetServerVersion: {
            trace(fmt::format("TCP GET_SERVER_VERSION client_api={}", request[1]));
            Bytes out;
            appendLe32(out, m_version.api);
            appendLe32(out, m_version.major);
            appendLe32(out, m_version.minor);
            appendLe32(out, m_version.build);
            return out;
        }
        case tcp::cmd::kRefreshDeviceList:
            trace(fmt::format("TCP REFRESH_DEVICE_LIST {}", toHex(request.subspan(1))));
            return statusOnly(tcp::status::kOk);
        case tcp::cmd::kGetNbDev: {
            trace("TCP GET_NB_DEV");
            std::lock_guard lock(m_mutex);
            return statusOnly(static_cast<std::uint32_t>(m_devices.size()));  // a count, not a status
        }
        case tcp::cmd::kGetDevInfo: {
            trace(fmt::format("TCP GET_DEV_INFO {}", toHex(request.subspan(1))));
            std::lock_guard lock(m_mutex);
            const std::size_t index = request[1];
            if (index >= m_devices.size())
                return statusWithZeros(tcp::status::kBadParameter, tcp::kDevInfoReplySize - 4);
            const Device& d = m_devices[index];
            Bytes out = statusOnly(tcp::status::kOk);
            appendLe32(out, d.id);
            const std::string& serial = d.probe->identity().serial;
            Bytes field(tcp::kSerialFieldSize, 0);
            std::copy(serial.begin(), serial.end(), field.begin());
            out.insert(out.end(), field.begin(), field.end());
            appendLe16(out, d.probe->identity().firmware.vid);
            appendLe16(out, d.probe->identity().firmware.pid);
            out.push_back(openCount(d.id) > 0 ? 1 : 0);
            return out;
        }
        case tcp::cmd::kOpenDev: {
            trace(fmt::format("TCP OPEN_DEV {}", toHex(request.subspan(1))));
            std::lock_guard lock(m_mutex);
            const std::uint32_t id = readLe32(request, 4);
            Bytes out;
            if (!deviceById(id)) {
                out = statusOnly(tcp::status::kOpenError);
                appendLe32(out, 0);
                return out;
            }
            const std::uint32_t connectId = m_nextConnectId++;
            m_connections[connectId] = {client, id};
            out = statusOnly(tcp::status::kOk);
            appendLe32(out, connectId);
            return out;
        }
        case tcp::cmd::kCloseDev: {
            trace(fmt::format("TCP CLOSE_DEV {}", toHex(request.subspan(1))));
            std::lock_guard lock(m_mutex);
            auto it = m_connections.find(readLe32(request, 4));
            if (it == m_connections.end() || it->second.client != client)
                return statusOnly(tcp::status::kBadParameter);
            m_connections.erase(it);
            return statusOnly(tcp::status::kOk);
        }
        case tcp::cmd::kGetNbOfDevClients: {
            std::lock_guard lock(m_mutex);
            const std::uint32_t id = readLe32(request, 4);
            Bytes out = statusOnly(deviceById(id) ? tcp::status::kOk : tcp::status::kBadParameter);
            appendLe32(out, openCount(id));
            return out;
        }
        case tcp::cmd::kSendUsbCmd:
            return sendUsbCommand(client, request);
        default:
            return statusOnly(tcp::status::kCmdNotAvailable);
    }
}

namespace {

// What a trace line shows of a command block: the command, its subcommand and the address or
// port that follows (six bytes), never the value a write carries after them. A DA password
// reaches the chip as such values (32-bit words written to the mailbox), and a trace is a log
// like any other: no secret in it. The values the host writes in a data phase are hidden the
// same way (their size is shown); what the probe answers is the chip's and stays visible.
std::string tracedCommand(ByteView block) {
    constexpr std::size_t kShown = 6;
    if (block.size() <= kShown)
        return toHex(block);
    return toHex(block.first(kShown)) + "..";
}

}  // namespace

Bytes ServerDispatcher::sendUsbCommand(ClientId client, ByteView request) {
    const std::uint32_t connectId = readLe32(request, 4);
    const ByteView block = request.subspan(8, probe::stlink::kCommandSize);
    const auto direction = static_cast<tcp::Direction>(request[24]);
    const std::uint32_t size = readLe32(request, 28);
    const std::size_t replyData = direction == tcp::Direction::Write ? 0 : size;

    std::shared_ptr<VirtualStlink> probe;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_connections.find(connectId);
        if (it != m_connections.end() && it->second.client == client)
            if (const Device* d = deviceById(it->second.deviceId))
                probe = d->probe;
    }
    if (!probe)
        return statusWithZeros(tcp::status::kBadParameter, replyData);

    const auto& usb = probe->identity().usb;
    auto fail = [&](const Error& e) {
        if (e.code == transport::channel_error::kDisconnected)
            return statusWithZeros(tcp::status::kTcpError, replyData);
        return statusWithZeros(tcp::status::kTimeout, replyData);
    };

    if (direction == tcp::Direction::ReadSwo) {
        auto r = probe->read(usb.traceEndpoint, size, m_usbTimeout);
        trace(fmt::format("USB dir=3 size={}", size));
        if (!r)
            return fail(r.error());
        Bytes out = statusOnly(tcp::status::kOk);
        out.insert(out.end(), r->begin(), r->end());
        out.resize(4 + size, 0);
        return out;
    }

    if (Status s = probe->write(usb.outEndpoint, block, m_usbTimeout); !s)
        return fail(s.error());
    if (direction == tcp::Direction::Write) {
        const ByteView data = request.subspan(tcp::kSendUsbHeaderSize, size);
        if (size > 0)
            if (Status s = probe->write(usb.outEndpoint, data, m_usbTimeout); !s)
                return fail(s.error());
        trace(fmt::format("USB dir=0 size={:<4} cmd={} wdata=[{} bytes] ->", size, tracedCommand(block),
                          data.size()));
        return statusOnly(tcp::status::kOk);
    }
    if (size == 0) {
        trace(fmt::format("USB dir=1 size=0    cmd={} ->", tracedCommand(block)));
        return statusOnly(tcp::status::kOk);  // a command without an IN phase
    }
    // Read at least one USB packet, as a libusb client must (section 2.2), then deliver
    // exactly what the client asked for.
    auto r = probe->read(usb.inEndpoint, std::max<std::size_t>(size, usb.maxPacket()), m_usbTimeout);
    if (!r) {
        trace(fmt::format("USB dir=1 size={:<4} cmd={} -> ({})", size, tracedCommand(block), r.error().code));
        return fail(r.error());
    }
    Bytes out = statusOnly(r->size() < size ? tcp::status::kTruncatedData : tcp::status::kOk);
    out.insert(out.end(), r->begin(),
               r->begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(r->size(), size)));
    out.resize(4 + size, 0);
    trace(fmt::format("USB dir=1 size={:<4} cmd={} -> {}", size, tracedCommand(block),
                      toHex(ByteView(*r).first(std::min<std::size_t>(r->size(), 16)))));
    return out;
}

void ServerDispatcher::clientClosed(ClientId client) {
    std::lock_guard lock(m_mutex);
    std::erase_if(m_connections, [client](const auto& e) { return e.second.client == client; });
}

}  // namespace rescue::sim::stlink
