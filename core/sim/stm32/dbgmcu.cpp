#include "core/sim/stm32/dbgmcu.h"

namespace rescue::sim::stm32 {

using arm::AccessSize;
using arm::BusRead;
using arm::BusStatus;

namespace {
std::optional<std::uint32_t> offsetOf(const device::DbgmcuMap& map, const char* name) {
    auto it = map.offsets.find(name);
    if (it == map.offsets.end())
        return std::nullopt;
    return it->second;
}
}  // namespace

Dbgmcu::Dbgmcu(const device::DbgmcuMap& map, std::uint32_t idcode, const DaRomParameters& da)
    : m_offIdcode(offsetOf(map, "IDCODE")),
      m_offCr(offsetOf(map, "CR")),
      m_offSr(offsetOf(map, "SR")),
      m_offHost(offsetOf(map, "DBG_AUTH_HOST")),
      m_offDevice(offsetOf(map, "DBG_AUTH_DEVICE")),
      m_offAck(offsetOf(map, "DBG_AUTH_ACK")),
      m_idcode(idcode) {
    const bool swapped = da.polarity == device::AckPolarity::SvdSwapped;
    m_hostAckMask = 1u << (swapped ? da.devAckBit : da.hostAckBit);
    m_devAckMask = 1u << (swapped ? da.hostAckBit : da.devAckBit);
}

Dbgmcu::Reg Dbgmcu::regAt(std::uint32_t w) const {
    if (m_offIdcode && w == *m_offIdcode)
        return Reg::Idcode;
    if (m_offCr && w == *m_offCr)
        return Reg::Cr;
    if (m_offSr && w == *m_offSr)
        return Reg::Sr;
    if (m_offHost && w == *m_offHost)
        return Reg::Host;
    if (m_offDevice && w == *m_offDevice)
        return Reg::Device;
    if (m_offAck && w == *m_offAck)
        return Reg::Ack;
    return Reg::None;
}

std::uint32_t Dbgmcu::readWord(Reg r) {
    switch (r) {
        case Reg::Idcode:
            return m_idcode;
        case Reg::Cr:
            return m_cr;
        case Reg::Sr:
            return m_sr;
        case Reg::Host:
            return m_host;
        case Reg::Device:
            m_ack &= ~m_devAckMask;  // the host has taken the word
            return m_device;
        case Reg::Ack:
            return m_ack;
        case Reg::None:
            return 0;
    }
    return 0;
}

BusRead Dbgmcu::read(std::uint32_t offset, AccessSize size) {
    if (!arm::isAligned(offset, size))
        return {BusStatus::Fault, 0};
    const std::uint32_t word = readWord(regAt(offset & ~3u));
    return {BusStatus::Ok, (word >> (8 * (offset & 3u))) & arm::maskOf(size)};
}

BusStatus Dbgmcu::write(std::uint32_t offset, std::uint32_t value, AccessSize size) {
    if (!arm::isAligned(offset, size))
        return BusStatus::Fault;
    const Reg r = regAt(offset & ~3u);
    // Mailbox registers are word registers (13.2); a narrow write merges into the word.
    const unsigned shift = 8 * (offset & 3u);
    const std::uint32_t lanes = arm::maskOf(size) << shift;
    auto merge = [&](std::uint32_t current) { return (current & ~lanes) | ((value << shift) & lanes); };
    switch (r) {
        case Reg::Cr:
            m_cr = merge(m_cr);
            break;
        case Reg::Host:
            m_host = merge(m_host);
            m_ack |= m_hostAckMask;
            if (m_observer)
                m_observer();
            break;
        case Reg::Ack: {
            // The host may only acknowledge (clear) the device's flag.
            const std::uint32_t written = merge(m_ack);
            m_ack &= written | ~m_devAckMask;
            if (m_observer)
                m_observer();
            break;
        }
        case Reg::Idcode:
        case Reg::Sr:
        case Reg::Device:  // written by the device only
        case Reg::None:
            break;
    }
    return BusStatus::Ok;
}

void Dbgmcu::setApStatus(std::uint16_t present, std::uint16_t enabled) {
    m_sr = (std::uint32_t{enabled} << device::DbgmcuMap::kApEnabledLsb) |
           (std::uint32_t{present} << device::DbgmcuMap::kApPresentLsb);
}

std::uint32_t Dbgmcu::takeHostWord() {
    m_ack &= ~m_hostAckMask;
    return m_host;
}

void Dbgmcu::postDeviceWord(std::uint32_t word) {
    m_device = word;
    m_ack |= m_devAckMask;
}

void Dbgmcu::powerOnReset() {
    m_cr = 0;
    m_host = 0;
    m_device = 0;
    m_ack = 0;
}

}  // namespace rescue::sim::stm32
