#include "core/probe/stlink/stlink_version.h"

#include <charconv>

#include <fmt/format.h>

#include "core/probe/stlink/stlink_protocol.h"

namespace rescue::probe::stlink {

std::string FirmwareVersion::toString() const {
    std::string s = fmt::format("V{}", hardware);
    if (jtag || !msd)
        s += fmt::format("J{}", jtag);
    if (msd)
        s += fmt::format("M{}", msd);
    if (bridge)
        s += fmt::format("B{}", bridge);
    if (swim || !msd)
        s += fmt::format("S{}", swim);
    return s;
}

namespace {

// V2-1 PIDs that can also be STM8-only SWIM probes (section 3.1).
bool isV2_1Pid(std::uint16_t p) {
    return p == pid::kV2_1 || p == pid::kV2_1NoMsd;
}

Error malformed(std::string_view what, ByteView reply) {
    return makeError("probe.stlink.bad-version",
                     fmt::format("The ST-LINK sent a {} reply of {} bytes that cannot be decoded.", what,
                                 reply.size()),
                     "Unplug the probe and plug it back in; if it persists, update its firmware.")
        .with("reply", toHex(reply));
}

}  // namespace

Result<FirmwareVersion> decodeGetVersion(ByteView reply) {
    if (reply.size() < 6)
        return malformed("GET_VERSION", reply);
    const std::uint16_t word = readBe16(reply, 0);
    FirmwareVersion v;
    v.hardware = static_cast<std::uint8_t>((word >> 12) & 0x0F);
    const auto x = static_cast<std::uint8_t>((word >> 6) & 0x3F);
    const auto y = static_cast<std::uint8_t>(word & 0x3F);
    v.vid = readLe16(reply, 2);
    v.pid = readLe16(reply, 4);
    if (v.hardware >= 3)
        return v;  // x and y are 0; the numbers come from GET_VERSION_EX
    v.jtag = x;
    if (isV2_1Pid(v.pid)) {
        const bool swimOnly = (x <= 22 && y == 7) || (x >= 25 && y >= 7 && y <= 12);
        if (swimOnly) {
            v.jtag = 0;
            v.msd = x;
            v.swim = y;
        } else {
            v.msd = y;
        }
    } else {
        v.swim = y;
    }
    return v;
}

Status applyVersionEx(FirmwareVersion& version, ByteView reply) {
    if (reply.size() < 12)
        return malformed("GET_VERSION_EX", reply);
    version.hardware = reply[0];
    version.swim = reply[1];
    version.jtag = reply[2];
    version.msd = reply[3];
    version.bridge = reply[4];
    version.power = reply[5];
    version.vid = readLe16(reply, 8);
    version.pid = readLe16(reply, 10);
    return {};
}

std::optional<FirmwareVersion> parseVersionString(std::string_view text) {
    FirmwareVersion v;
    bool sawHardware = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const char tag = text[i++];
        unsigned value = 0;
        auto [end, ec] = std::from_chars(text.data() + i, text.data() + text.size(), value);
        if (ec != std::errc{} || value > 63)
            return std::nullopt;
        i = static_cast<std::size_t>(end - text.data());
        const auto n = static_cast<std::uint8_t>(value);
        switch (tag) {
            case 'V':
                v.hardware = n;
                sawHardware = true;
                break;
            case 'J':
                v.jtag = n;
                break;
            case 'M':
                v.msd = n;
                break;
            case 'B':
                v.bridge = n;
                break;
            case 'S':
                v.swim = n;
                break;
            case 'P':
                v.power = n;
                break;
            default:
                return std::nullopt;
        }
    }
    if (!sawHardware)
        return std::nullopt;
    return v;
}

Bytes encodeGetVersion(const FirmwareVersion& v) {
    std::uint16_t x = 0;
    std::uint16_t y = 0;
    if (v.hardware < 3) {
        x = v.jtag;
        y = isV2_1Pid(v.pid) ? v.msd : v.swim;
        if (isV2_1Pid(v.pid) && v.jtag == 0) {  // an STM8-only SWIM probe
            x = v.msd;
            y = v.swim;
        }
    }
    const auto word =
        static_cast<std::uint16_t>(((v.hardware & 0x0F) << 12) | ((x & 0x3F) << 6) | (y & 0x3F));
    Bytes out{static_cast<std::uint8_t>(word >> 8), static_cast<std::uint8_t>(word)};
    appendLe16(out, v.vid);
    appendLe16(out, v.pid);
    return out;
}

Bytes encodeGetVersionEx(const FirmwareVersion& v) {
    Bytes out{v.hardware, v.swim, v.jtag, v.msd, v.bridge, v.power, 0, 0};
    appendLe16(out, v.vid);
    appendLe16(out, v.pid);
    return out;
}

bool hasFeature(const FirmwareVersion& v, Feature f) {
    const unsigned j = v.jtag;
    if (v.isV3()) {
        switch (f) {
            case Feature::SwdSetFreq:
            case Feature::JtagDpReadNeedsRdbuff:
                return false;
            case Feature::BankedDpAndCsw:
            case Feature::RwMisc:
                return j >= 2;
            case Feature::Memory8Upto512:
            case Feature::BoardIdentifiers:
                return j >= 6;
            default:
                return true;
        }
    }
    if (v.hardware < 2)
        return false;
    switch (f) {
        case Feature::TraceAndTargetVoltage:
            return j >= 13;
        case Feature::LastRwStatus2:
            return j >= 15;
        case Feature::SwdSetFreq:
            return j >= 22;
        case Feature::ComFreq:
            return false;
        case Feature::JtagSetFreq:
        case Feature::DapRegisterAccess:
            return j >= 24;
        case Feature::JtagDpReadNeedsRdbuff:
            return j >= 24 && j < 32;
        case Feature::Memory16:
        case Feature::WriteMem32NoInc:
            return j >= 26;
        case Feature::MultiAp:
            return j >= 28;
        case Feature::CloseApStatus:
            return j >= 29;
        case Feature::BankedDpAndCsw:
        case Feature::RwMisc:
            return j >= 32;
        case Feature::Memory8Upto512:
            return false;
        case Feature::BoardIdentifiers:
            return j >= 36;
    }
    return false;
}

std::size_t maxMemory8(const FirmwareVersion& v) {
    return hasFeature(v, Feature::Memory8Upto512) ? kMaxMemory8V3 : kMaxMemory8V2;
}

bool supportsDapDirect(const FirmwareVersion& v) {
    return v.isV3() || (v.hardware == 2 && v.jtag >= 24);
}

}  // namespace rescue::probe::stlink
