#pragma once
// ST-LINKs behind an ST-LINK server as a probe source: `stlink-tcp://HOST:PORT[/SERIAL]`.
// ST's stlink-server lets the workbench share a probe with STM32CubeIDE; `rescue lab serve`
// puts a lab board behind the same protocol. Scanning asks the servers named in
// ScanOptions::tcpServers; listed probes are "stlink-tcp://HOST:PORT/SERIAL".

#include <memory>
#include <string>
#include <vector>

#include "core/probe/probe_source.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/transport/stlink_tcp_client.h"

namespace rescue::probe::stlink {

struct TcpStlinkSourceOptions {
    transport::StlinkTcpOptions tcp;
    StlinkProbeOptions probe;
    // Open a probe another client of the server already has open. Off by default, as in
    // OpenOCD: two debuggers driving one target undo each other's work.
    bool allowShared = false;
    // The clock the opened probe's waits run on: the steady clock by default; a lab served
    // over TCP in virtual time (the fault campaign) gives the lab's clock.
    std::shared_ptr<Clock> clock;
};

class TcpStlinkSource final : public ProbeSource {
public:
    explicit TcpStlinkSource(TcpStlinkSourceOptions options = {});

    std::string_view scheme() const override { return "stlink-tcp"; }
    // Asks every server in options.tcpServers ("HOST:PORT", port 7184 when left out); fails
    // naming the first server that cannot be asked.
    Result<std::vector<ProbeInfo>> scan(const ScanOptions& options) override;
    Result<std::unique_ptr<DebugProbe>> open(const ProbeUri& uri) override;

private:
    TcpStlinkSourceOptions m_options;
};

// How a probe behind a server shows: uri "stlink-tcp://HOST:PORT/SERIAL", transport
// "stlink-tcp", model from the PID, `problem` when another client has it open.
ProbeInfo tcpStlinkInfo(std::string_view host, std::uint16_t port,
                        const transport::StlinkServerDevice& device);

}  // namespace rescue::probe::stlink
