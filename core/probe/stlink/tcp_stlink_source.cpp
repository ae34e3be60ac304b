#include "core/probe/stlink/tcp_stlink_source.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/probe/stlink/tcp_stlink_link.h"
#include "core/probe/stlink/usb_stlink_source.h"

namespace rescue::probe::stlink {

namespace {

std::string serialList(const std::vector<transport::StlinkServerDevice>& devices) {
    std::string out;
    for (const auto& d : devices)
        out += fmt::format("{}{}", out.empty() ? "" : ", ", d.serial);
    return out;
}

// Connects and checks that the peer speaks the protocol (GET_SERVER_VERSION), so that a
// port with something else behind it fails here with the server named.
Result<std::shared_ptr<transport::StlinkTcpClient>> connectServer(
    const std::string& host, std::uint16_t port, const transport::StlinkTcpOptions& options) {
    auto client = transport::StlinkTcpClient::connect(host, port, options);
    if (!client)
        return client.error();
    std::shared_ptr<transport::StlinkTcpClient> shared = std::move(*client);
    auto version = shared->serverVersion();
    if (!version) {
        Error e = version.error();
        e.hint = fmt::format("Check that {} is an ST-LINK server (stlink-server or `rescue lab serve`). {}",
                             shared->address(), e.hint);
        return e;
    }
    return shared;
}

}  // namespace

TcpStlinkSource::TcpStlinkSource(TcpStlinkSourceOptions options) : m_options(options) {}

ProbeInfo tcpStlinkInfo(std::string_view host, std::uint16_t port,
                        const transport::StlinkServerDevice& device) {
    ProbeInfo info;
    info.serial = device.serial;
    info.uri = fmt::format("stlink-tcp://{}/{}", transport::formatHostPort(host, port), device.serial);
    info.transport = "stlink-tcp";
    info.model = displayNameForPid(device.vid, device.pid);
    if (device.inUse)
        info.problem =
            "Another client of the ST-LINK server (STM32CubeIDE, OpenOCD) has this probe open; "
            "end its debug session first.";
    return info;
}

Result<std::vector<ProbeInfo>> TcpStlinkSource::scan(const ScanOptions& options) {
    std::vector<ProbeInfo> out;
    transport::StlinkTcpOptions tcpOptions = m_options.tcp;
    tcpOptions.connectTimeout = std::min(tcpOptions.connectTimeout, options.timeout);
    tcpOptions.requestTimeout = std::min(tcpOptions.requestTimeout, options.timeout);
    for (const std::string& server : options.tcpServers) {
        auto address = transport::parseHostPort(server);
        if (!address)
            return address.error();
        auto client = connectServer(address->host, address->port, tcpOptions);
        if (!client)
            return client.error();
        auto devices = (*client)->listDevices();
        if (!devices)
            return devices.error();
        for (const auto& d : *devices)
            out.push_back(tcpStlinkInfo(address->host, address->port, d));
    }
    return out;
}

Result<std::unique_ptr<DebugProbe>> TcpStlinkSource::open(const ProbeUri& uri) {
    if (uri.kind != ProbeUri::Kind::StlinkTcp)
        return makeError("probe.no-source", fmt::format("'{}' is not an ST-LINK server URI.", uri.toString()),
                         "Name the server as stlink-tcp://HOST:PORT[/SERIAL].");
    const std::uint16_t port = uri.port != 0 ? uri.port : tcp::kDefaultPort;
    auto client = connectServer(uri.host, port, m_options.tcp);
    if (!client)
        return client.error();
    const std::string server = (*client)->address();
    auto devices = (*client)->listDevices();
    if (!devices)
        return devices.error();

    const transport::StlinkServerDevice* chosen = nullptr;
    if (!uri.serial.empty()) {
        auto it = std::find_if(devices->begin(), devices->end(), [&](const transport::StlinkServerDevice& d) {
            return d.serial == uri.serial;
        });
        if (it == devices->end())
            return makeError(std::string(source_error::kNotFound),
                             fmt::format("The ST-LINK server at {} has no ST-LINK with serial {}.", server,
                                         uri.serial),
                             devices->empty() ? std::string("The server sees no probe: check its USB cable.")
                                              : fmt::format("It has: {}.", serialList(*devices)))
                .with("server", server);
        chosen = &*it;
    } else if (devices->empty()) {
        return makeError(std::string(source_error::kNotFound),
                         fmt::format("The ST-LINK server at {} sees no ST-LINK.", server),
                         "Plug the probe into the server's machine (or give `rescue lab serve` a scenario).")
            .with("server", server);
    } else if (devices->size() > 1) {
        return makeError(
                   std::string(source_error::kAmbiguous),
                   fmt::format("The ST-LINK server at {} has {} ST-LINKs; name one.", server,
                               devices->size()),
                   fmt::format("Use stlink-tcp://{}/SERIAL with one of: {}.", server, serialList(*devices)))
            .with("server", server);
    } else {
        chosen = &devices->front();
    }
    if (chosen->inUse && !m_options.allowShared)
        return makeError(std::string(source_error::kInUse),
                         fmt::format(
                             "The ST-LINK {} is already open by another client of the ST-LINK server at {}.",
                             chosen->serial, server),
                         "End the other tool's debug session (STM32CubeIDE, OpenOCD) and try again.")
            .with("server", server);

    auto connectId = (*client)->openDevice(chosen->deviceId);
    if (!connectId)
        return connectId.error();
    ProbeInfo info = tcpStlinkInfo(uri.host, port, *chosen);
    info.problem.clear();
    auto link = std::make_unique<TcpStlinkLink>(*client, *connectId);
    auto probe = StlinkProbe::open(std::move(link), std::move(info),
                                   m_options.clock ? m_options.clock : std::make_shared<SteadyClock>(),
                                   m_options.probe);
    if (!probe)
        return probe.error();
    return std::unique_ptr<DebugProbe>(std::move(*probe));
}

}  // namespace rescue::probe::stlink
