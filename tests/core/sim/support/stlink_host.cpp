#include "support/stlink_host.h"

#include <fmt/format.h>

namespace rescue::testsupport {

namespace ps = probe::stlink;

StlinkHost::StlinkHost(transport::BulkChannel& channel, std::uint8_t outEndpoint, std::uint8_t inEndpoint,
                       std::chrono::milliseconds timeout)
    : m_channel(channel), m_out(outEndpoint), m_in(inEndpoint), m_timeout(timeout) {}

Error StlinkHost::statusError(std::uint8_t status, const ps::Request& request) const {
    return makeError(fmt::format("probe.stlink.{}", ps::statusName(status)),
                     fmt::format("The ST-LINK answered {} (0x{:02X}).", ps::statusName(status), status))
        .with("command", toHex(ByteView(request.block).first(4)));
}

Result<Bytes> StlinkHost::transact(const ps::Request& request) {
    if (Status s = m_channel.write(m_out, request.block, m_timeout); !s)
        return s.error();
    if (!request.dataOut.empty())
        if (Status s = m_channel.write(m_out, request.dataOut, m_timeout); !s)
            return s.error();
    if (request.replyLength == 0)
        return Bytes{};
    auto reply = m_channel.read(m_in, std::max<std::size_t>(request.replyLength, 64), m_timeout);
    if (!reply)
        return reply;
    if (reply->size() < request.replyLength)
        return makeError("probe.stlink.short-reply",
                         fmt::format("The ST-LINK sent {} bytes where {} were expected.", reply->size(),
                                     request.replyLength))
            .with("reply", toHex(*reply));
    return reply;
}

Result<Bytes> StlinkHost::checked(const ps::Request& request) {
    auto reply = transact(request);
    if (reply && !reply->empty() && (*reply)[0] != static_cast<std::uint8_t>(ps::StlinkStatus::Ok))
        return statusError((*reply)[0], request);
    return reply;
}

Status StlinkHost::connect(std::initializer_list<std::uint8_t> aps) {
    auto mode = transact(ps::request::getCurrentMode());
    if (!mode)
        return mode.error();
    if ((*mode)[0] == static_cast<std::uint8_t>(ps::Mode::Dfu))
        if (auto r = transact(ps::request::dfuExit()); !r)
            return r.error();
    if ((*mode)[0] == static_cast<std::uint8_t>(ps::Mode::Debug))
        if (auto r = transact(ps::request::debugExit()); !r)
            return r.error();
    if (auto r = checked(ps::request::enterSwd()); !r)
        return r.error();
    for (std::uint8_t ap : aps)
        if (auto r = checked(ps::request::initAp(ap)); !r)
            return r.error();
    return {};
}

Result<std::uint32_t> StlinkHost::readDap(std::uint16_t port, std::uint16_t address) {
    auto r = checked(ps::request::readDapReg(port, address));
    if (!r)
        return r.error();
    return readLe32(*r, 4);
}

Status StlinkHost::writeDap(std::uint16_t port, std::uint16_t address, std::uint32_t value) {
    auto r = checked(ps::request::writeDapReg(port, address, value));
    if (!r)
        return r.error();
    return {};
}

Result<ps::LastRwStatus> StlinkHost::lastStatus() {
    auto r = transact(ps::request::getLastRwStatus2());
    if (!r)
        return r.error();
    return *ps::decodeLastRwStatus2(*r);
}

Result<Bytes> StlinkHost::readMemory(std::uint8_t ap, std::uint32_t address, std::uint16_t length,
                                     unsigned width) {
    const ps::MemoryCommand m{address, length, ap, 0xA2000000};
    const ps::Request request = width == 8    ? ps::request::readMem8(m)
                                : width == 16 ? ps::request::readMem16(m)
                                              : ps::request::readMem32(m);
    auto data = transact(request);
    if (!data)
        return data;
    auto status = lastStatus();
    if (!status)
        return status.error();
    if (status->status != static_cast<std::uint16_t>(ps::StlinkStatus::Ok))
        return statusError(static_cast<std::uint8_t>(status->status), request)
            .with("fault address", hex32(status->faultAddress));
    data->resize(length);
    return data;
}

Status StlinkHost::writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data, unsigned width) {
    const ps::MemoryCommand m{address, static_cast<std::uint16_t>(data.size()), ap, 0xA2000000};
    const ps::Request request = width == 8    ? ps::request::writeMem8(m, data)
                                : width == 16 ? ps::request::writeMem16(m, data)
                                              : ps::request::writeMem32(m, data);
    if (auto r = transact(request); !r)
        return r.error();
    auto status = lastStatus();
    if (!status)
        return status.error();
    if (status->status != static_cast<std::uint16_t>(ps::StlinkStatus::Ok))
        return statusError(static_cast<std::uint8_t>(status->status), request)
            .with("fault address", hex32(status->faultAddress));
    return {};
}

Result<std::uint32_t> StlinkHost::read32(std::uint8_t ap, std::uint32_t address) {
    auto r = readMemory(ap, address, 4);
    if (!r)
        return r.error();
    return readLe32(*r, 0);
}

Status StlinkHost::write32(std::uint8_t ap, std::uint32_t address, std::uint32_t value) {
    Bytes b;
    appendLe32(b, value);
    return writeMemory(ap, address, b);
}

}  // namespace rescue::testsupport
