#include "core/probe/probe_source.h"

#include <fmt/format.h>

namespace rescue::probe {

void ProbeRegistry::add(std::unique_ptr<ProbeSource> source) {
    m_sources.push_back(std::move(source));
}

ScanReport ProbeRegistry::scan(const ScanOptions& options) {
    ScanReport report;
    for (const auto& source : m_sources) {
        if (source->scheme() == "lab" && !options.includeLab)
            continue;
        if (source->scheme() == "stlink-tcp" && options.tcpServers.empty())
            continue;
        auto found = source->scan(options);
        if (!found) {
            report.problems.push_back(found.error());
            continue;
        }
        for (auto& info : *found)
            report.probes.push_back(std::move(info));
    }
    return report;
}

Result<std::unique_ptr<DebugProbe>> ProbeRegistry::open(std::string_view uri) {
    auto parsed = parseProbeUri(uri);
    if (!parsed)
        return parsed.error();
    return open(*parsed);
}

Result<std::unique_ptr<DebugProbe>> ProbeRegistry::open(const ProbeUri& uri) {
    for (const auto& source : m_sources)
        if (source->scheme() == uri.scheme())
            return source->open(uri);
    return makeError("probe.no-source",
                     fmt::format("This build cannot open '{}': no {} probe support is included.",
                                 uri.toString(), uri.scheme()));
}

}  // namespace rescue::probe
