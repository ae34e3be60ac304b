#include "core/sim/arm/debug_port.h"

namespace rescue::sim::arm {

namespace {
// CTRL/STAT bits a write sets directly (the sticky flags are cleared through ABORT in SWD).
constexpr std::uint32_t kCtrlWritable = ctrlstat::kOrunDetect | 0x00000F0Cu /* TRNMODE, MASKLANE */ |
                                        0x001FF000u /* TRNCNT */ | ctrlstat::kCdbgRstReq |
                                        ctrlstat::kCdbgPwrUpReq | ctrlstat::kCsysPwrUpReq;
}  // namespace

DebugPort::DebugPort(DebugPortConfig config) : m_config(config) {}

void DebugPort::attachAp(std::uint8_t apsel, AccessPort* ap) {
    m_aps[apsel] = ap;
}

void DebugPort::lineReset() {
    if (!m_responding)
        return;
    m_line = Line::NeedsIdRead;
}

void DebugPort::setPowerUpAllowed(bool allowed) {
    m_powerUpAllowed = allowed;
}

void DebugPort::powerLoss() {
    m_control &= ~(ctrlstat::kCdbgPwrUpReq | ctrlstat::kCsysPwrUpReq | ctrlstat::kCdbgRstReq);
}

void DebugPort::reset() {
    m_line = Line::NeedsLineReset;
    m_control = 0;
    m_sticky = 0;
    m_select = 0;
    m_dlcr = 0;
    m_rdbuff = 0;
    m_lastRead = 0;
}

std::uint32_t DebugPort::ctrlStat() const {
    std::uint32_t v = (m_control & kCtrlWritable) | m_sticky;
    // The acknowledges mirror the requests when the power controller grants them.
    if (m_powerUpAllowed) {
        if (m_control & ctrlstat::kCdbgPwrUpReq)
            v |= ctrlstat::kCdbgPwrUpAck;
        if (m_control & ctrlstat::kCsysPwrUpReq)
            v |= ctrlstat::kCsysPwrUpAck;
    }
    if (m_control & ctrlstat::kCdbgRstReq)
        v |= ctrlstat::kCdbgRstAck;
    return v;
}

SwdRead DebugPort::read(bool ap, std::uint8_t address) {
    if (!m_responding)
        return {SwdAck::NoResponse, 0};
    address &= 0xC;
    if (m_line == Line::NeedsLineReset)
        return {SwdAck::NoResponse, 0};
    if (m_line == Line::NeedsIdRead) {
        // After a line reset the only transaction the DP accepts is a DPIDR read.
        if (ap || address != dp_reg::kDpidr)
            return {SwdAck::NoResponse, 0};
        m_line = Line::Active;
    }
    SwdRead r = ap ? readAp(address) : readDp(address);
    if (r.ack == SwdAck::Ok)
        m_lastRead = r.value;
    return r;
}

SwdAck DebugPort::write(bool ap, std::uint8_t address, std::uint32_t value) {
    if (!m_responding || m_line != Line::Active)
        return SwdAck::NoResponse;
    address &= 0xC;
    return ap ? writeAp(address, value) : writeDp(address, value);
}

SwdRead DebugPort::readDp(std::uint8_t address) {
    switch (address) {
        case dp_reg::kDpidr:
            return {SwdAck::Ok, m_config.dpidr};
        case dp_reg::kCtrlStat:
            switch (m_select & 0xF) {
                case 0:
                    return {SwdAck::Ok, ctrlStat()};
                case 1:
                    return {SwdAck::Ok, m_dlcr};
                case 2:
                    return {SwdAck::Ok, m_config.targetId};
                case 3:
                    return {SwdAck::Ok, m_config.dlpidr};
                default:
                    return {SwdAck::Ok, 0};  // EVENTSTAT and reserved banks
            }
        case dp_reg::kResend:
            return {SwdAck::Ok, m_lastRead};
        case dp_reg::kRdbuff:
            if (stickyError())
                return {SwdAck::Fault, 0};
            return {SwdAck::Ok, m_rdbuff};
        default:
            return {SwdAck::Ok, 0};
    }
}

SwdAck DebugPort::writeDp(std::uint8_t address, std::uint32_t value) {
    switch (address) {
        case dp_reg::kAbort:
            if (value & abort_bits::kDapAbort) {
                if (AccessPort* ap = selectedAp())
                    ap->abort();
            }
            if (value & abort_bits::kStkCmpClr)
                m_sticky &= ~ctrlstat::kStickyCmp;
            if (value & abort_bits::kStkErrClr)
                m_sticky &= ~ctrlstat::kStickyErr;
            if (value & abort_bits::kWdErrClr)
                m_sticky &= ~ctrlstat::kWdataErr;
            if (value & abort_bits::kOrunErrClr)
                m_sticky &= ~ctrlstat::kStickyOrun;
            return SwdAck::Ok;
        case dp_reg::kCtrlStat:
            if ((m_select & 0xF) == 1) {
                m_dlcr = value;
                return SwdAck::Ok;
            }
            if ((m_select & 0xF) != 0)
                return SwdAck::Ok;  // read-only banks ignore writes
            m_control = value & kCtrlWritable;
            return SwdAck::Ok;
        case dp_reg::kSelect:
            m_select = value;
            return SwdAck::Ok;
        default:
            return SwdAck::Ok;  // TARGETSEL: only meaningful on a multidrop line
    }
}

AccessPort* DebugPort::selectedAp() const {
    return m_aps[(m_select >> 24) & 0xFF];
}

std::uint8_t DebugPort::apOffset(std::uint8_t address) const {
    return static_cast<std::uint8_t>((m_select & 0xF0) | (address & 0xC));
}

bool DebugPort::apBlocked() {
    if (stickyError())
        return true;
    if (m_config.apRequiresDebugPower && !debugPowered()) {
        m_sticky |= ctrlstat::kStickyErr;
        return true;
    }
    return false;
}

SwdRead DebugPort::readAp(std::uint8_t address) {
    if (apBlocked())
        return {SwdAck::Fault, 0};
    AccessPort* ap = selectedAp();
    if (!ap) {
        m_rdbuff = 0;
        return {SwdAck::Ok, 0};
    }
    const SwdRead r = ap->read(apOffset(address));
    if (r.ack == SwdAck::Fault)
        m_sticky |= ctrlstat::kStickyErr;
    if (r.ack == SwdAck::Ok)
        m_rdbuff = r.value;
    return r;
}

SwdAck DebugPort::writeAp(std::uint8_t address, std::uint32_t value) {
    if (apBlocked())
        return SwdAck::Fault;
    AccessPort* ap = selectedAp();
    if (!ap)
        return SwdAck::Ok;
    const SwdAck a = ap->write(apOffset(address), value);
    if (a == SwdAck::Fault)
        m_sticky |= ctrlstat::kStickyErr;
    return a;
}

}  // namespace rescue::sim::arm
