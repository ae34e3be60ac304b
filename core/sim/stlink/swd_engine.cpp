#include "core/sim/stlink/swd_engine.h"

#include "core/sim/arm/debug_port.h"
#include "core/sim/arm/mem_ap.h"

namespace rescue::sim::stlink {

namespace {
constexpr unsigned kPowerUpPolls = 100;
constexpr std::uint32_t kPowerUpRequest = arm::ctrlstat::kCdbgPwrUpReq | arm::ctrlstat::kCsysPwrUpReq;
constexpr std::uint32_t kPowerUpAcks = arm::ctrlstat::kCdbgPwrUpAck | arm::ctrlstat::kCsysPwrUpAck;
}  // namespace

SwdEngine::SwdEngine(FaultPlan& plan, unsigned waitRetries) : m_plan(plan), m_retries(waitRetries) {}

void SwdEngine::setTarget(SwdTarget* target) {
    m_target = target;
    m_selectValid = false;
}

StlinkStatus SwdEngine::statusOf(SwdAck ack, bool ap) {
    switch (ack) {
        case SwdAck::Ok:
            return StlinkStatus::Ok;
        case SwdAck::Wait:
            return ap ? StlinkStatus::SwdApWait : StlinkStatus::SwdDpWait;
        case SwdAck::Fault:
            return ap ? StlinkStatus::SwdApFault : StlinkStatus::SwdDpFault;
        case SwdAck::NoResponse:
            return StlinkStatus::SwdDpError;
    }
    return StlinkStatus::SwdDpError;
}

// One transfer, repeated while it answers WAIT (up to the retry budget).
SwdRead SwdEngine::rawRead(bool ap, std::uint8_t address) {
    if (!m_target)
        return {SwdAck::NoResponse, 0};
    SwdRead r;
    for (unsigned attempt = 0;; ++attempt) {
        ++m_transfers;
        if (m_plan.chipSilent) {
            r = {SwdAck::NoResponse, 0};
        } else if (ap && m_plan.apWaits > 0) {
            --m_plan.apWaits;
            r = {SwdAck::Wait, 0};
        } else if (ap && m_plan.apFaults > 0) {
            --m_plan.apFaults;
            r = {SwdAck::Fault, 0};
        } else {
            r = m_target->read(ap, address);
        }
        if (r.ack != SwdAck::Wait || attempt >= m_retries)
            return r;
        ++m_waitRetriesDone;
    }
}

SwdAck SwdEngine::rawWrite(bool ap, std::uint8_t address, std::uint32_t value) {
    if (!m_target)
        return SwdAck::NoResponse;
    SwdAck a;
    for (unsigned attempt = 0;; ++attempt) {
        ++m_transfers;
        if (m_plan.chipSilent) {
            a = SwdAck::NoResponse;
        } else if (ap && m_plan.apWaits > 0) {
            --m_plan.apWaits;
            a = SwdAck::Wait;
        } else if (ap && m_plan.apFaults > 0) {
            --m_plan.apFaults;
            a = SwdAck::Fault;
        } else {
            a = m_target->write(ap, address, value);
        }
        if (a != SwdAck::Wait || attempt >= m_retries)
            return a;
        ++m_waitRetriesDone;
    }
}

SwdOutcome SwdEngine::connect() {
    if (!m_target)
        return {StlinkStatus::NoDeviceConnected, 0};
    m_selectValid = false;
    ++m_transfers;
    m_target->lineReset();
    const SwdRead id = rawRead(false, arm::dp_reg::kDpidr);
    if (id.ack != SwdAck::Ok)
        return {statusOf(id.ack, false), 0};
    if (SwdAck a = rawWrite(false, arm::dp_reg::kAbort, arm::abort_bits::kClearAll); a != SwdAck::Ok)
        return {statusOf(a, false), 0};
    if (SwdOutcome s = select(0); !s.ok())
        return s;
    if (SwdAck a = rawWrite(false, arm::dp_reg::kCtrlStat, kPowerUpRequest); a != SwdAck::Ok)
        return {statusOf(a, false), 0};
    for (unsigned i = 0; i < kPowerUpPolls; ++i) {
        const SwdRead cs = rawRead(false, arm::dp_reg::kCtrlStat);
        if (cs.ack != SwdAck::Ok)
            return {statusOf(cs.ack, false), 0};
        if ((cs.value & kPowerUpAcks) == kPowerUpAcks)
            return {StlinkStatus::Ok, id.value};
    }
    return {StlinkStatus::JtagDbgPowerError, 0};
}

SwdOutcome SwdEngine::select(std::uint32_t value) {
    if (m_selectValid && m_select == value)
        return {};
    const SwdAck a = rawWrite(false, arm::dp_reg::kSelect, value);
    if (a != SwdAck::Ok) {
        m_selectValid = false;
        return {statusOf(a, false), 0};
    }
    m_select = value;
    m_selectValid = true;
    return {};
}

SwdOutcome SwdEngine::selectAp(std::uint8_t apsel, std::uint8_t offset) {
    const std::uint32_t dpBank = m_selectValid ? (m_select & 0xF) : 0;
    return select((std::uint32_t{apsel} << 24) | (offset & 0xF0u) | dpBank);
}

SwdOutcome SwdEngine::readDp(std::uint8_t reg, std::uint8_t bank) {
    reg &= 0xC;
    if (reg == arm::dp_reg::kCtrlStat) {
        const std::uint32_t apPart = m_selectValid ? (m_select & 0xFFFFFFF0u) : 0;
        if (SwdOutcome s = select(apPart | (bank & 0xFu)); !s.ok())
            return s;
    }
    const SwdRead r = rawRead(false, reg);
    return {statusOf(r.ack, false), r.ack == SwdAck::Ok ? r.value : 0};
}

SwdOutcome SwdEngine::writeDp(std::uint8_t reg, std::uint32_t value, std::uint8_t bank) {
    reg &= 0xC;
    if (reg == arm::dp_reg::kSelect) {
        m_selectValid = false;
        return select(value);
    }
    if (reg == arm::dp_reg::kCtrlStat) {
        const std::uint32_t apPart = m_selectValid ? (m_select & 0xFFFFFFF0u) : 0;
        if (SwdOutcome s = select(apPart | (bank & 0xFu)); !s.ok())
            return s;
    }
    return {statusOf(rawWrite(false, reg, value), false), 0};
}

SwdOutcome SwdEngine::readAp(std::uint8_t apsel, std::uint8_t offset) {
    if (SwdOutcome s = selectAp(apsel, offset); !s.ok())
        return s;
    const SwdRead r = rawRead(true, offset & 0xC);
    return {statusOf(r.ack, true), r.ack == SwdAck::Ok ? r.value : 0};
}

SwdOutcome SwdEngine::writeAp(std::uint8_t apsel, std::uint8_t offset, std::uint32_t value) {
    if (SwdOutcome s = selectAp(apsel, offset); !s.ok())
        return s;
    const SwdAck ack = rawWrite(true, offset & 0xC, value);
    if (ack == SwdAck::Ok && offset == arm::ap_reg::kTar)
        m_tar = value;
    else if (ack == SwdAck::Ok && offset == arm::ap_reg::kDrw && m_writeObserver)
        m_writeObserver(m_tar);
    return {statusOf(ack, true), 0};
}

namespace {
std::uint32_t cswFor(std::uint32_t cswHigh, arm::AccessSize size, bool increment) {
    std::uint32_t sizeBits = arm::csw::kSize32;
    if (size == arm::AccessSize::Byte)
        sizeBits = arm::csw::kSize8;
    else if (size == arm::AccessSize::Half)
        sizeBits = arm::csw::kSize16;
    return (cswHigh & 0xFFFFFF00u) | sizeBits |
           (increment ? arm::csw::kAddrIncSingle : arm::csw::kAddrIncOff);
}
}  // namespace

MemoryOutcome SwdEngine::readMemory(std::uint8_t apsel, std::uint32_t cswHigh, std::uint32_t address,
                                    arm::AccessSize size, bool increment, std::span<std::uint8_t> out) {
    const unsigned step = arm::bytesOf(size);
    if (SwdOutcome s = writeAp(apsel, arm::ap_reg::kCsw, cswFor(cswHigh, size, increment)); !s.ok())
        return {s.status, address};
    if (SwdOutcome s = writeAp(apsel, arm::ap_reg::kTar, address); !s.ok())
        return {s.status, address};
    for (std::size_t i = 0; i + step <= out.size(); i += step) {
        const std::uint32_t element = increment ? address + static_cast<std::uint32_t>(i) : address;
        const SwdOutcome r = readAp(apsel, arm::ap_reg::kDrw);
        if (!r.ok())
            return {r.status, element};
        const unsigned shift = step == 4 ? 0 : 8 * (element & 3u);
        const std::uint32_t lanes = r.value >> shift;
        for (unsigned b = 0; b < step; ++b)
            out[i + b] = static_cast<std::uint8_t>(lanes >> (8 * b));
    }
    return {};
}

MemoryOutcome SwdEngine::writeMemory(std::uint8_t apsel, std::uint32_t cswHigh, std::uint32_t address,
                                     arm::AccessSize size, bool increment, ByteView data) {
    const unsigned step = arm::bytesOf(size);
    if (SwdOutcome s = writeAp(apsel, arm::ap_reg::kCsw, cswFor(cswHigh, size, increment)); !s.ok())
        return {s.status, address};
    if (SwdOutcome s = writeAp(apsel, arm::ap_reg::kTar, address); !s.ok())
        return {s.status, address};
    for (std::size_t i = 0; i + step <= data.size(); i += step) {
        const std::uint32_t element = increment ? address + static_cast<std::uint32_t>(i) : address;
        std::uint32_t value = 0;
        for (unsigned b = 0; b < step; ++b)
            value |= std::uint32_t{data[i + b]} << (8 * b);
        // Narrow data travels on the byte lanes of its address.
        const unsigned shift = step == 4 ? 0 : 8 * (element & 3u);
        m_tar = element;  // what the MEM-AP's auto-increment makes of TAR
        const SwdOutcome w = writeAp(apsel, arm::ap_reg::kDrw, value << shift);
        if (!w.ok())
            return {w.status, element};
    }
    return {};
}

}  // namespace rescue::sim::stlink
