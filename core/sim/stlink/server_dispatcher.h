#pragma once
// The ST-LINK server protocol without the sockets (docs/reference/stlink-protocol.md
// section 13): a registry of virtual probes by serial, the connections clients opened on
// them, and one complete request in -> one complete reply out. StlinkServer feeds it bytes
// from TCP; tests can drive it directly.
//
// Choices where the reference is silent [inferred]:
// * Several clients may open the same probe (sharing is the server's purpose); the in-use
//   flag of GET_DEV_INFO tells whether any connection has it open.
// * SEND_USB_CMD whose USB phase fails answers a status word and still the `size` bytes the
//   client waits for (zeros): TIMEOUT (0x1001) when the probe sent nothing, TRUNCATED_DATA
//   (0x1052) when it sent fewer bytes than asked, TCP_ERROR (0x2001) when the probe is
//   disconnected, BAD_PARAMETER (0x1002) for an unknown connect id.
// * GET_NB_OF_DEV_CLIENTS: request `07 00 00 00 <u32 device_id>`, reply status + u32 count.

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/result.h"
#include "core/sim/stlink/virtual_stlink.h"

namespace rescue::sim::stlink {

struct ServerVersion {
    std::uint32_t api = 3;  // >= 2: full-size memory packets; >= 3: OpenOCD uses RW_MISC
    std::uint32_t major = 2;
    std::uint32_t minor = 1;
    std::uint32_t build = 0;
};

class ServerDispatcher {
public:
    using ClientId = std::uint64_t;

    explicit ServerDispatcher(ServerVersion version = {},
                              std::chrono::milliseconds usbTimeout = std::chrono::milliseconds(500));

    // Registry. Serials must be unique and at most 32 characters.
    Status addProbe(std::shared_ptr<VirtualStlink> probe);
    bool removeProbe(std::string_view serial);
    std::vector<std::string> serials() const;

    // How long a complete request starting with these bytes is: nullopt while more bytes
    // are needed to tell; an error for a request the server cannot frame (unknown command,
    // oversized data phase), after which the connection must be closed.
    Result<std::optional<std::size_t>> requestLength(ByteView pending) const;

    // Handles one complete request from `client` and returns the reply bytes.
    Bytes handle(ClientId client, ByteView request);
    // The client went away: its open connections close.
    void clientClosed(ClientId client);
    // True (once) when a probe's fault plan fired a ServerDrop while serving the request
    // just handled: the server closes that client's socket instead of replying.
    bool takeConnectionDrop() {
        std::lock_guard lock(m_mutex);
        bool drop = false;
        for (auto& d : m_devices)
            drop = d.probe->takeConnectionDrop() || drop;
        return drop;
    }

    // One line per request in the style of the reference's captures (appendix A).
    void setTraceSink(std::function<void(const std::string&)> sink);

private:
    struct Device {
        std::uint32_t id = 0;
        std::shared_ptr<VirtualStlink> probe;
    };
    struct Connection {
        ClientId client = 0;
        std::uint32_t deviceId = 0;
    };

    Bytes sendUsbCommand(ClientId client, ByteView request);
    const Device* deviceById(std::uint32_t id) const;
    unsigned openCount(std::uint32_t deviceId) const;
    void trace(const std::string& line);

    ServerVersion m_version;
    std::chrono::milliseconds m_usbTimeout;
    mutable std::mutex m_mutex;
    std::vector<Device> m_devices;
    std::map<std::uint32_t, Connection> m_connections;  // by connect id
    std::uint32_t m_nextDeviceId = 0x1234;
    std::uint32_t m_nextConnectId = 0x00C0FFEE;
    std::function<void(const std::string&)> m_trace;
};

}  // namespace rescue::sim::stlink
