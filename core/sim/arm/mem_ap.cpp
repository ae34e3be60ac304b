#include "core/sim/arm/mem_ap.h"

namespace rescue::sim::arm {

namespace {
// CSW bits a write may change: Size, AddrInc, Mode, Prot/HNONSEC/DbgSwEnable.
constexpr std::uint32_t kCswWritable = 0xFF000F37;

SwdAck ackOf(BusStatus s) {
    switch (s) {
        case BusStatus::Ok:
            return SwdAck::Ok;
        case BusStatus::Wait:
            return SwdAck::Wait;
        case BusStatus::Fault:
            return SwdAck::Fault;
    }
    return SwdAck::Fault;
}
}  // namespace

MemAp::MemAp(Bus& bus, MemApConfig config) : m_bus(bus), m_config(config), m_csw(config.cswReset) {}

void MemAp::reset() {
    m_csw = m_config.cswReset;
    m_tar = 0;
}

std::uint32_t MemAp::csw() const {
    std::uint32_t v = (m_csw & kCswWritable) | m_config.cswFixedBits;
    if (m_enabled)
        v |= csw::kDeviceEn;
    return v;
}

AccessSize MemAp::size() const {
    switch (m_csw & csw::kSizeMask) {
        case csw::kSize8:
            return AccessSize::Byte;
        case csw::kSize16:
            return AccessSize::Half;
        default:
            return AccessSize::Word;
    }
}

std::uint32_t MemAp::nextTar(std::uint32_t address, unsigned step) const {
    const std::uint32_t block = m_config.autoIncrementBlock;
    const std::uint32_t mask = block - 1;
    return (address & ~mask) | ((address + step) & mask);
}

SwdRead MemAp::read(std::uint8_t offset) {
    switch (offset) {
        case ap_reg::kCsw:
            return {SwdAck::Ok, csw()};
        case ap_reg::kTar:
            return {SwdAck::Ok, m_tar};
        case ap_reg::kDrw:
            return transferRead(m_tar, true);
        case ap_reg::kCfg:
            return {SwdAck::Ok, m_config.cfg};
        case ap_reg::kBase:
            return {SwdAck::Ok, m_config.base};
        case ap_reg::kIdr:
            return {SwdAck::Ok, m_config.idr};
        default:
            break;
    }
    if (offset >= ap_reg::kBd0 && offset <= ap_reg::kBd3) {
        if (!m_enabled)
            return {SwdAck::Fault, 0};
        const std::uint32_t address = (m_tar & ~0xFu) | (offset & 0xCu);
        const BusRead r = m_bus.read(address, AccessSize::Word);
        return {ackOf(r.status), r.status == BusStatus::Ok ? r.value : 0};
    }
    return {SwdAck::Ok, 0};  // TAR high, MBT, BASE high and reserved registers read as zero
}

SwdAck MemAp::write(std::uint8_t offset, std::uint32_t value) {
    switch (offset) {
        case ap_reg::kCsw: {
            std::uint32_t next = value & kCswWritable;
            // An unsupported size (3..7) leaves the current size: the AP supports 8/16/32 only.
            if ((next & csw::kSizeMask) > csw::kSize32)
                next = (next & ~csw::kSizeMask) | (m_csw & csw::kSizeMask);
            m_csw = next;
            return SwdAck::Ok;
        }
        case ap_reg::kTar:
            m_tar = value;
            return SwdAck::Ok;
        case ap_reg::kDrw:
            return transferWrite(m_tar, value, true);
        default:
            break;
    }
    if (offset >= ap_reg::kBd0 && offset <= ap_reg::kBd3) {
        if (!m_enabled)
            return SwdAck::Fault;
        const std::uint32_t address = (m_tar & ~0xFu) | (offset & 0xCu);
        return ackOf(m_bus.write(address, value, AccessSize::Word));
    }
    return SwdAck::Ok;  // read-only and reserved registers ignore writes
}

SwdRead MemAp::transferRead(std::uint32_t address, bool increment) {
    if (!m_enabled)
        return {SwdAck::Fault, 0};
    const AccessSize s = size();
    const std::uint32_t inc = (m_csw & csw::kAddrIncMask);
    const bool packed = inc == csw::kAddrIncPacked && s != AccessSize::Word;
    std::uint32_t data = 0;
    std::uint32_t a = address;
    // Packed: as many transfers as fit in the rest of the 32-bit word, each on its lane.
    do {
        const BusRead r = m_bus.read(a, s);
        if (r.status != BusStatus::Ok)
            return {ackOf(r.status), 0};
        data |= (r.value & maskOf(s)) << (8 * (a & 3u));
        if (increment && inc != csw::kAddrIncOff)
            m_tar = nextTar(a, bytesOf(s));
        a += bytesOf(s);
    } while (packed && (a & 3u) != 0);
    return {SwdAck::Ok, data};
}

SwdAck MemAp::transferWrite(std::uint32_t address, std::uint32_t value, bool increment) {
    if (!m_enabled)
        return SwdAck::Fault;
    const AccessSize s = size();
    const std::uint32_t inc = (m_csw & csw::kAddrIncMask);
    const bool packed = inc == csw::kAddrIncPacked && s != AccessSize::Word;
    std::uint32_t a = address;
    do {
        const std::uint32_t lane = (value >> (8 * (a & 3u))) & maskOf(s);
        const BusStatus st = m_bus.write(a, lane, s);
        if (st != BusStatus::Ok)
            return ackOf(st);
        if (increment && inc != csw::kAddrIncOff)
            m_tar = nextTar(a, bytesOf(s));
        a += bytesOf(s);
    } while (packed && (a & 3u) != 0);
    return SwdAck::Ok;
}

}  // namespace rescue::sim::arm
