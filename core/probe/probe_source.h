#pragma once
// Where probes come from (sigrok's driver shape): a source lists what it can see and opens
// a URI it handles. USB ST-LINKs, ST-LINK servers and the lab are sources; the app decides
// which ones it offers (the CLI and the GUI add the lab source from core/sim; core/probe
// knows nothing about the lab).

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/probe/debug_probe.h"
#include "core/probe/probe_uri.h"

namespace rescue::probe {

struct ScanOptions {
    // ST-LINK servers to ask as well ("HOST:PORT"); none by default.
    std::vector<std::string> tcpServers;
    bool includeLab = true;
    std::chrono::milliseconds timeout{2000};
};

class ProbeSource {
public:
    virtual ~ProbeSource() = default;
    // "usb", "stlink-tcp", "lab": the ProbeUri::scheme() values it opens.
    virtual std::string_view scheme() const = 0;
    // What is there now. A source that cannot look (no libusb context, server unreachable)
    // returns an error; the registry reports it beside the others' results.
    virtual Result<std::vector<ProbeInfo>> scan(const ScanOptions& options) = 0;
    virtual Result<std::unique_ptr<DebugProbe>> open(const ProbeUri& uri) = 0;
};

struct ScanReport {
    std::vector<ProbeInfo> probes;
    std::vector<Error> problems;  // one per source that could not look
};

class ProbeRegistry {
public:
    void add(std::unique_ptr<ProbeSource> source);
    ScanReport scan(const ScanOptions& options = {});
    // Parses and opens; "probe.no-source" when nothing handles the scheme.
    Result<std::unique_ptr<DebugProbe>> open(std::string_view uri);
    Result<std::unique_ptr<DebugProbe>> open(const ProbeUri& uri);

private:
    std::vector<std::unique_ptr<ProbeSource>> m_sources;
};

}  // namespace rescue::probe
