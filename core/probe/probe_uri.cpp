#include "core/probe/probe_uri.h"

#include <charconv>

#include <fmt/format.h>

#include "core/probe/stlink/stlink_tcp_protocol.h"

namespace rescue::probe {
namespace {

constexpr std::string_view kForms =
    "usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME|PATH or replay:FILE";

Error badUri(std::string_view text, std::string_view why) {
    return makeError("probe.bad-uri", fmt::format("'{}' is not a probe URI: {}.", text, why),
                     fmt::format("Name a probe as {}; `rescue probes` lists them.", kForms));
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

Result<ProbeUri> parseTcp(std::string_view text, std::string_view rest) {
    ProbeUri uri;
    uri.kind = ProbeUri::Kind::StlinkTcp;
    uri.port = stlink::tcp::kDefaultPort;
    std::string_view authority = rest;
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        authority = rest.substr(0, slash);
        uri.serial = std::string(rest.substr(slash + 1));
        if (uri.serial.find('/') != std::string::npos)
            return badUri(text, "a serial cannot contain '/'");
    }
    std::string_view host = authority;
    if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        const std::string_view port = authority.substr(colon + 1);
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
        if (ec != std::errc() || end != port.data() + port.size() || value == 0 || value > 65535)
            return badUri(text, fmt::format("the port '{}' is not a number from 1 to 65535", port));
        uri.port = static_cast<std::uint16_t>(value);
    }
    if (host.empty())
        return badUri(text, "the ST-LINK server's host is missing");
    uri.host = std::string(host);
    return uri;
}

}  // namespace

std::string_view ProbeUri::scheme() const {
    switch (kind) {
        case Kind::Usb:
        case Kind::Stlink:
            return "usb";
        case Kind::StlinkTcp:
            return "stlink-tcp";
        case Kind::Lab:
            return "lab";
        case Kind::CmsisDap:
            return "cmsis-dap";
        case Kind::Replay:
            return "replay";
    }
    return "usb";
}

std::string ProbeUri::toString() const {
    switch (kind) {
        case Kind::Usb:
            return "usb";
        case Kind::Stlink:
            return "stlink:" + serial;
        case Kind::StlinkTcp:
            return fmt::format("stlink-tcp://{}:{}{}{}", host, port, serial.empty() ? "" : "/", serial);
        case Kind::Lab:
            return "lab:" + lab;
        case Kind::CmsisDap:
            return serial.empty() ? std::string("cmsis-dap") : "cmsis-dap:" + serial;
        case Kind::Replay:
            return "replay:" + recording;
    }
    return {};
}

Result<ProbeUri> parseProbeUri(std::string_view text) {
    if (text.empty())
        return badUri(text, "it is empty");
    if (text == "usb")
        return ProbeUri{};
    if (startsWith(text, "stlink-tcp://"))
        return parseTcp(text, text.substr(13));
    if (startsWith(text, "stlink:")) {
        ProbeUri uri;
        uri.kind = ProbeUri::Kind::Stlink;
        uri.serial = std::string(text.substr(7));
        if (uri.serial.empty())
            return badUri(text, "the serial after 'stlink:' is missing");
        return uri;
    }
    if (text == "cmsis-dap") {
        ProbeUri uri;
        uri.kind = ProbeUri::Kind::CmsisDap;
        return uri;
    }
    if (startsWith(text, "cmsis-dap:")) {
        ProbeUri uri;
        uri.kind = ProbeUri::Kind::CmsisDap;
        uri.serial = std::string(text.substr(10));
        if (uri.serial.empty())
            return badUri(text, "the serial after 'cmsis-dap:' is missing");
        return uri;
    }
    if (startsWith(text, "lab:")) {
        ProbeUri uri;
        uri.kind = ProbeUri::Kind::Lab;
        uri.lab = std::string(text.substr(4));
        if (uri.lab.empty())
            return badUri(text, "the scenario after 'lab:' is missing");
        return uri;
    }
    if (startsWith(text, "replay:")) {
        ProbeUri uri;
        uri.kind = ProbeUri::Kind::Replay;
        uri.recording = std::string(text.substr(7));
        if (uri.recording.empty())
            return badUri(text, "the recording file after 'replay:' is missing");
        return uri;
    }
    return badUri(text, "the scheme is not one the workbench knows");
}

}  // namespace rescue::probe
