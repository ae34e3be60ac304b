#pragma once
// The ST-LINK server TCP front end (docs/reference/stlink-protocol.md sections 13-14): a
// listening socket on 127.0.0.1 (another address only when explicitly allowed: the
// protocol has no authentication), any number of clients served by one thread, requests
// framed by their first byte and handed to a ServerDispatcher, replies written back in
// full. OpenOCD's `st-link backend tcp PORT` connects to it as to ST's stlink-server.
//
// Every blocking call has a timeout: the thread polls with a short interval to notice
// stop(), a reply that cannot be sent within sendTimeout drops that client, and the
// probes' USB reads use the dispatcher's timeout. stop() (also run by the destructor)
// closes every socket and joins the thread.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>

#include "core/common/result.h"
#include "core/sim/stlink/server_dispatcher.h"

namespace rescue::sim::stlink {

struct StlinkServerOptions {
    std::string address = "127.0.0.1";
    std::uint16_t port = 0;  // 0: the system picks a free port (see StlinkServer::port())
    bool allowNonLoopback = false;
    ServerVersion version;
    std::chrono::milliseconds usbTimeout{500};  // OpenOCD gives each request 1 s in total
    std::chrono::milliseconds sendTimeout{1000};
    std::chrono::milliseconds pollInterval{20};
    std::size_t maxClients = 16;
};

struct StlinkServerStats {
    std::uint64_t connections = 0;
    std::uint64_t requests = 0;
    std::uint64_t droppedClients = 0;  // protocol errors and send timeouts
};

class StlinkServer {
public:
    explicit StlinkServer(StlinkServerOptions options = {});
    ~StlinkServer();
    StlinkServer(const StlinkServer&) = delete;
    StlinkServer& operator=(const StlinkServer&) = delete;

    ServerDispatcher& dispatcher() { return m_dispatcher; }
    Status addProbe(std::shared_ptr<VirtualStlink> probe) { return m_dispatcher.addProbe(std::move(probe)); }

    // Binds, listens and starts the thread. Fails on a non-loopback address unless
    // allowed, on an address that does not parse, or when the port is taken.
    Status start();
    void stop();
    bool running() const { return m_running.load(); }
    std::uint16_t port() const { return m_port; }
    StlinkServerStats stats() const;

private:
    void run();

    StlinkServerOptions m_options;
    ServerDispatcher m_dispatcher;
    int m_listenFd = -1;
    int m_wakeRead = -1;
    int m_wakeWrite = -1;
    std::uint16_t m_port = 0;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopRequested{false};
    std::thread m_thread;
    std::atomic<std::uint64_t> m_connections{0};
    std::atomic<std::uint64_t> m_requests{0};
    std::atomic<std::uint64_t> m_dropped{0};
};

}  // namespace rescue::sim::stlink
