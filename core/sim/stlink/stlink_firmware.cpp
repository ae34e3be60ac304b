#include "core/sim/stlink/stlink_firmware.h"

#include <algorithm>
#include <utility>

#include "core/probe/stlink/stlink_speed.h"
#include "core/sim/arm/cortex_m.h"
#include "core/sim/arm/debug_port.h"
#include "core/sim/arm/mem_ap.h"

namespace rescue::sim::stlink {

namespace ps = probe::stlink;
using ps::Feature;

namespace {

Bytes statusReply(StlinkStatus status, std::size_t length) {
    Bytes out(std::max<std::size_t>(length, 1), 0);
    out[0] = static_cast<std::uint8_t>(status);
    out.resize(length);
    return out;
}

Bytes statusValueReply(StlinkStatus status, std::uint32_t value) {
    Bytes out = statusReply(status, 8);
    writeLe32(out, 4, value);
    return out;
}

// Items RW_MISC accepts per command (section 10: OpenOCD's caps, taken as the firmware's).
std::size_t rwMiscCap(const ps::FirmwareVersion& v) {
    return v.isV3() ? ps::kRwMiscMaxItemsV3 : ps::kRwMiscMaxItemsV2;
}

// A data phase larger than this is a broken host, not a command to honour.
constexpr std::uint32_t kMaxMiscItems = 65535;

}  // namespace

StlinkFirmware::StlinkFirmware(StlinkIdentity identity, Clock& clock, FaultPlan& plan,
                               FirmwareOptions options)
    : m_identity(std::move(identity)),
      m_clock(clock),
      m_options(options),
      m_engine(plan, options.waitRetries),
      // Section 12.2: DFU or MASS at power-up; probes without a mass-storage function
      // come up in DFU.
      m_mode(m_identity.firmware.msd ? ps::Mode::Mass : ps::Mode::Dfu),
      m_swdKHz(m_identity.firmware.isV3() ? ps::kV3DefaultSwdKHz : ps::kV2DefaultSwdKHz) {}

void StlinkFirmware::setTarget(SwdTarget* target) {
    m_engine.setTarget(target);
}

bool StlinkFirmware::has(Feature f) const {
    return ps::hasFeature(m_identity.firmware, f);
}

std::uint32_t StlinkFirmware::defaultCswHigh() const {
    return arm::csw::kOpenOcdDefault;
}

std::optional<Bytes> StlinkFirmware::gated(std::size_t replyLength) const {
    if (m_options.gatedCommands == GatedCommandReply::NoReply || replyLength == 0)
        return std::nullopt;
    return statusReply(StlinkStatus::JtagUnknownCmd, replyLength);
}

std::size_t StlinkFirmware::dataOutLength(const Block& b) const {
    if (b[0] != ps::cmd::kDebug)
        return 0;
    switch (b[1]) {
        case ps::dbg::kWriteMem32:
        case ps::dbg::kWriteMem16:
        case ps::dbg::kWriteMem8:
        case ps::dbg::kWriteMem32NoInc:
            return readLe16(b, 6);
        case ps::dbg::kRwMiscOut: {
            const std::uint32_t items = readLe32(b, 2);
            return items > kMaxMiscItems ? 0 : ps::rwMiscDataLength(items);
        }
        default:
            return 0;
    }
}

std::optional<Bytes> StlinkFirmware::execute(const Block& b, ByteView data) {
    const auto& fw = m_identity.firmware;
    switch (b[0]) {
        case ps::cmd::kGetVersion:
            return ps::encodeGetVersion(fw);
        case ps::cmd::kApiV3GetVersionEx:
            if (!fw.isV3())
                return gated(12);
            return ps::encodeGetVersionEx(fw);
        case ps::cmd::kGetCurrentMode:
            return Bytes{static_cast<std::uint8_t>(m_mode), 0};
        case ps::cmd::kDfu:
            if (b[1] == ps::cmd::kDfuExit && m_mode == ps::Mode::Dfu)
                m_mode = ps::Mode::Mass;
            return std::nullopt;
        case ps::cmd::kSwim:
            if (b[1] == ps::cmd::kSwimExit && m_mode == ps::Mode::Swim)
                m_mode = ps::Mode::Mass;
            return std::nullopt;
        case ps::cmd::kGetTargetVoltage:
            if (!has(Feature::TraceAndTargetVoltage))
                return gated(8);
            return ps::encodeTargetVoltage(target() ? target()->targetVoltage() : 0.0);
        case ps::cmd::kDebug:
            return executeDebug(b, data);
        default:
            return statusReply(StlinkStatus::JtagUnknownCmd, 2);
    }
}

std::optional<Bytes> StlinkFirmware::executeDebug(const Block& b, ByteView data) {
    switch (b[1]) {
        case ps::dbg::kApiV2Enter:
            return enter(b);
        case ps::dbg::kExit:
            m_mode = ps::Mode::Mass;
            m_openAps.reset();
            return std::nullopt;
        case ps::dbg::kReadIdCodes: {
            Bytes out(12, 0);
            if (!inDebug()) {
                out[0] = static_cast<std::uint8_t>(StlinkStatus::JtagCmdError);
                return out;
            }
            const SwdOutcome id = m_engine.readDp(arm::dp_reg::kDpidr);
            out[0] = static_cast<std::uint8_t>(id.status);
            writeLe32(out, 4, id.value);
            return out;
        }
        case ps::dbg::kDriveNrst:
            return driveNrst(b[2]);
        case ps::dbg::kSwdSetFreq: {
            if (!has(Feature::SwdSetFreq))
                return gated(2);
            const auto kHz = ps::v2KHzForDivisor(readLe16(b, 2));
            if (!kHz)
                return statusReply(StlinkStatus::JtagFreqNotSupported, 2);
            m_swdKHz = *kHz;
            return statusReply(StlinkStatus::Ok, 2);
        }
        case ps::dbg::kJtagSetFreq:
            if (!has(Feature::JtagSetFreq))
                return gated(2);
            m_jtagDivisor = readLe16(b, 2);
            return statusReply(StlinkStatus::Ok, 2);
        case ps::dbg::kGetComFreq: {
            if (!has(Feature::ComFreq))
                return gated(52);
            const auto list = ps::v3SwdFrequenciesKHz();
            return ps::encodeComFrequencies(
                {static_cast<std::uint8_t>(StlinkStatus::Ok), m_swdKHz, {list.begin(), list.end()}});
        }
        case ps::dbg::kSetComFreq: {
            if (!has(Feature::ComFreq))
                return gated(8);
            const std::uint32_t actual = ps::v3PickFrequency(ps::v3SwdFrequenciesKHz(), readLe32(b, 4));
            if (b[2] == 0)
                m_swdKHz = actual;
            return statusValueReply(StlinkStatus::Ok, actual);
        }
        case ps::dbg::kSwitchStlinkFreq:
            if (!has(Feature::ComFreq))
                return gated(8);
            return statusReply(StlinkStatus::JtagConfChanged, 8);
        case ps::dbg::kReadDapReg:
        case ps::dbg::kWriteDapReg:
            return dapRegister(b);
        case ps::dbg::kReadMem32:
        case ps::dbg::kWriteMem32:
        case ps::dbg::kReadMem8:
        case ps::dbg::kWriteMem8:
        case ps::dbg::kReadMem16:
        case ps::dbg::kWriteMem16:
        case ps::dbg::kWriteMem32NoInc:
        case ps::dbg::kReadMem32NoInc:
            return memoryCommand(b, data);
        case ps::dbg::kGetLastRwStatus:
            return Bytes{static_cast<std::uint8_t>(m_lastRw.status), 0};
        case ps::dbg::kGetLastRwStatus2: {
            if (!has(Feature::LastRwStatus2))
                return gated(12);
            Bytes out(12, 0);
            writeLe16(out, 0, m_lastRw.status);
            writeLe32(out, 4, m_lastRw.faultAddress);
            return out;
        }
        case ps::dbg::kInitAp:
            if (!has(Feature::MultiAp))
                return gated(2);
            if (!inDebug())
                return statusReply(StlinkStatus::JtagCmdError, 2);
            m_openAps.set(b[2]);
            return statusReply(StlinkStatus::Ok, 2);
        case ps::dbg::kCloseApDbg: {
            if (!has(Feature::MultiAp))
                return gated(2);
            const bool wasOpen = m_openAps.test(b[2]);
            m_openAps.reset(b[2]);
            if (!wasOpen && has(Feature::CloseApStatus))
                return statusReply(StlinkStatus::BadAp, 2);
            return statusReply(StlinkStatus::Ok, 2);
        }
        case ps::dbg::kRwMiscOut:
            return rwMiscOut(b, data);
        case ps::dbg::kRwMiscIn: {
            if (!has(Feature::RwMisc))
                return gated(2);
            if (m_miscResults.empty())
                return std::nullopt;
            return std::exchange(m_miscResults, {});
        }
        case ps::dbg::kReadDebugReg:
        case ps::dbg::kWriteDebugReg:
        case ps::dbg::kReadReg:
        case ps::dbg::kWriteReg:
        case ps::dbg::kReadAllRegs:
        case ps::dbg::kResetSys:
            return hlaCommand(b);
        case ps::dbg::kStartTraceRx:
        case ps::dbg::kStopTraceRx:
            if (!has(Feature::TraceAndTargetVoltage))
                return gated(2);
            return statusReply(StlinkStatus::Ok, 2);
        case ps::dbg::kGetTraceNb:
            if (!has(Feature::TraceAndTargetVoltage))
                return gated(2);
            return Bytes{0, 0};  // no SWO bytes: the lab has no trace source
        case ps::dbg::kGetBoardIds: {
            if (!has(Feature::BoardIdentifiers))
                return gated(128);
            Bytes out = statusReply(StlinkStatus::Ok, 128);
            for (std::size_t i = 0; i < m_identity.mbedBoardId.size() && i < 4; ++i)
                out[2 + i] = static_cast<std::uint8_t>(m_identity.mbedBoardId[i]);
            return out;
        }
        default:
            return statusReply(StlinkStatus::JtagUnknownCmd, 2);
    }
}

std::optional<Bytes> StlinkFirmware::enter(const Block& b) {
    if (b[2] != ps::dbg::kEnterSwd) {
        if (b[2] == ps::dbg::kEnterJtagNoReset || b[2] == ps::dbg::kEnterJtagReset)
            return statusReply(StlinkStatus::UnknownJtagChain, 2);
        return statusReply(StlinkStatus::JtagUnknownCmd, 2);
    }
    const SwdOutcome c = m_engine.connect();
    if (c.ok()) {
        m_mode = ps::Mode::Debug;
        m_openAps.reset();
    }
    return statusReply(c.status, 2);
}

std::optional<Bytes> StlinkFirmware::driveNrst(std::uint8_t how) {
    SwdTarget* t = target();
    switch (static_cast<ps::NrstDrive>(how)) {
        case ps::NrstDrive::Low:
            if (t)
                t->setProbeNrst(true);
            break;
        case ps::NrstDrive::High:
            if (t)
                t->setProbeNrst(false);
            break;
        case ps::NrstDrive::Pulse:
            if (t)
                t->setProbeNrst(true);
            m_clock.sleepFor(m_options.nrstPulse);
            if (t)
                t->setProbeNrst(false);
            break;
        default:
            return statusReply(StlinkStatus::JtagCmdError, 2);
    }
    return statusReply(StlinkStatus::Ok, 2);
}

std::optional<Bytes> StlinkFirmware::dapRegister(const Block& b) {
    const bool isRead = b[1] == ps::dbg::kReadDapReg;
    const std::size_t replyLength = isRead ? 8 : 2;
    if (!has(Feature::DapRegisterAccess))
        return gated(replyLength);
    if (!inDebug())
        return statusReply(StlinkStatus::JtagCmdError, replyLength);
    const std::uint16_t port = readLe16(b, 2);
    const std::uint16_t address = readLe16(b, 4);
    const std::uint32_t value = readLe32(b, 6);
    SwdOutcome r;
    if (port == ps::kDpPort) {
        const auto reg = static_cast<std::uint8_t>(address & 0xF);
        const auto bank = static_cast<std::uint8_t>(has(Feature::BankedDpAndCsw) ? (address >> 4) & 0xF : 0);
        r = isRead ? m_engine.readDp(reg, bank) : m_engine.writeDp(reg, value, bank);
    } else if (port > 0xFF) {
        r = {StlinkStatus::BadAp, 0};
    } else {
        const auto apsel = static_cast<std::uint8_t>(port);
        const auto offset = static_cast<std::uint8_t>(address & 0xFC);
        r = isRead ? m_engine.readAp(apsel, offset) : m_engine.writeAp(apsel, offset, value);
    }
    return isRead ? statusValueReply(r.status, r.value) : statusReply(r.status, 2);
}

std::optional<Bytes> StlinkFirmware::memoryCommand(const Block& b, ByteView data) {
    const std::uint8_t op = b[1];
    const bool isRead = op == ps::dbg::kReadMem32 || op == ps::dbg::kReadMem8 || op == ps::dbg::kReadMem16 ||
                        op == ps::dbg::kReadMem32NoInc;
    arm::AccessSize size = arm::AccessSize::Word;
    if (op == ps::dbg::kReadMem8 || op == ps::dbg::kWriteMem8)
        size = arm::AccessSize::Byte;
    else if (op == ps::dbg::kReadMem16 || op == ps::dbg::kWriteMem16)
        size = arm::AccessSize::Half;
    const bool increment = op != ps::dbg::kWriteMem32NoInc && op != ps::dbg::kReadMem32NoInc;
    const ps::MemoryCommand m = ps::decodeMemoryCommand(b);
    // Section 2.2: a 1-byte 8-bit read returns 2 bytes.
    const std::size_t replyLength =
        isRead ? (size == arm::AccessSize::Byte && m.length == 1 ? 2 : m.length) : 0;

    const bool allowed = (size != arm::AccessSize::Half || has(Feature::Memory16)) &&
                         (op != ps::dbg::kWriteMem32NoInc || has(Feature::WriteMem32NoInc)) &&
                         (op != ps::dbg::kReadMem32NoInc || has(Feature::BankedDpAndCsw));
    if (!allowed)
        return gated(replyLength);

    Bytes out(replyLength, 0);
    auto finish = [&](StlinkStatus status, std::uint32_t faultAddress) -> std::optional<Bytes> {
        m_lastRw = {static_cast<std::uint16_t>(status), status == StlinkStatus::Ok ? 0 : faultAddress};
        if (!isRead)
            return std::nullopt;
        return out;
    };
    if (!inDebug())
        return finish(StlinkStatus::JtagCmdError, m.address);

    // Older firmware ignores APSEL and CSW and always uses AP0 with its own CSW.
    const bool cswCapable = has(Feature::BankedDpAndCsw);
    const std::uint8_t apsel = cswCapable ? m.apsel : 0;
    const std::uint32_t cswHigh = (cswCapable && m.csw != 0) ? m.csw : defaultCswHigh();
    if (has(Feature::MultiAp) && !m_openAps.test(apsel))
        return finish(StlinkStatus::BadAp, m.address);

    const std::size_t limit =
        size == arm::AccessSize::Byte ? ps::maxMemory8(m_identity.firmware) : ps::kMaxMemoryTransfer;
    if (m.length > limit)
        return finish(StlinkStatus::JtagCmdError, m.address);
    if (!arm::isAligned(m.address, size) || (m.length % arm::bytesOf(size)) != 0)
        return finish(StlinkStatus::JtagAlignmentError, m.address);

    MemoryOutcome r;
    if (isRead) {
        r = m_engine.readMemory(apsel, cswHigh, m.address, size, increment,
                                std::span<std::uint8_t>(out.data(), m.length));
    } else {
        Bytes payload(data.begin(), data.end());
        payload.resize(m.length, 0);
        r = m_engine.writeMemory(apsel, cswHigh, m.address, size, increment, payload);
    }
    return finish(r.status, r.faultAddress);
}

std::optional<Bytes> StlinkFirmware::rwMiscOut(const Block& b, ByteView data) {
    if (!has(Feature::RwMisc))
        return std::nullopt;
    const std::uint32_t count = readLe32(b, 2);
    m_miscResults.clear();
    if (count == 0 || count > kMaxMiscItems)
        return std::nullopt;
    Bytes values;
    Bytes statuses;
    auto items = ps::decodeRwMiscData(data, count);
    const bool usable = items && inDebug() && count <= rwMiscCap(m_identity.firmware);
    std::uint8_t apsel = 0;
    std::uint32_t address = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        StlinkStatus status = usable ? StlinkStatus::Ok : StlinkStatus::JtagCmdError;
        std::uint32_t value = 0;
        if (usable) {
            const ps::MiscItem& item = (*items)[i];
            switch (item.op) {
                case ps::MiscOp::ApNum:
                    apsel = static_cast<std::uint8_t>(item.operand);
                    break;
                case ps::MiscOp::Address:
                    address = item.operand;
                    break;
                case ps::MiscOp::Write: {
                    const Bytes word = [&] {
                        Bytes w;
                        appendLe32(w, item.operand);
                        return w;
                    }();
                    status =
                        m_engine
                            .writeMemory(apsel, defaultCswHigh(), address, arm::AccessSize::Word, false, word)
                            .status;
                    break;
                }
                case ps::MiscOp::Read: {
                    std::uint8_t word[4] = {};
                    status = m_engine
                                 .readMemory(apsel, defaultCswHigh(), item.operand, arm::AccessSize::Word,
                                             false, word)
                                 .status;
                    value = readLe32(word, 0);
                    break;
                }
                default:
                    status = StlinkStatus::JtagCmdError;
                    break;
            }
        }
        appendLe32(values, value);
        appendLe32(statuses, static_cast<std::uint32_t>(status));
    }
    m_miscResults = std::move(values);
    m_miscResults.insert(m_miscResults.end(), statuses.begin(), statuses.end());
    return std::nullopt;
}

std::optional<Bytes> StlinkFirmware::hlaCommand(const Block& b) {
    const std::uint8_t op = b[1];
    const std::size_t replyLength = op == ps::dbg::kReadAllRegs
                                        ? 88
                                        : ((op == ps::dbg::kReadDebugReg || op == ps::dbg::kReadReg) ? 8 : 2);
    if (!inDebug())
        return statusReply(StlinkStatus::JtagCmdError, replyLength);
    // The HLA commands predate multi-AP support: they work on AP0 with the default CSW.
    auto read32 = [&](std::uint32_t address, std::uint32_t& value) {
        std::uint8_t word[4] = {};
        const MemoryOutcome r =
            m_engine.readMemory(0, defaultCswHigh(), address, arm::AccessSize::Word, false, word);
        value = readLe32(word, 0);
        return r.status;
    };
    auto write32 = [&](std::uint32_t address, std::uint32_t value) {
        Bytes word;
        appendLe32(word, value);
        return m_engine.writeMemory(0, defaultCswHigh(), address, arm::AccessSize::Word, false, word).status;
    };
    auto readCoreRegister = [&](std::uint8_t regsel, std::uint32_t& value) {
        StlinkStatus s = write32(arm::scs::kDcrsr, regsel);
        if (s == StlinkStatus::Ok)
            s = read32(arm::scs::kDcrdr, value);
        return s;
    };

    switch (op) {
        case ps::dbg::kReadDebugReg: {
            std::uint32_t value = 0;
            const StlinkStatus s = read32(readLe32(b, 2), value);
            return statusValueReply(s, value);
        }
        case ps::dbg::kWriteDebugReg:
            return statusReply(write32(readLe32(b, 2), readLe32(b, 6)), 2);
        case ps::dbg::kReadReg: {
            std::uint32_t value = 0;
            const StlinkStatus s = readCoreRegister(b[2], value);
            return statusValueReply(s, value);
        }
        case ps::dbg::kWriteReg: {
            StlinkStatus s = write32(arm::scs::kDcrdr, readLe32(b, 3));
            if (s == StlinkStatus::Ok)
                s = write32(arm::scs::kDcrsr, b[2] | (1u << 16));
            return statusReply(s, 2);
        }
        case ps::dbg::kReadAllRegs: {
            Bytes out(88, 0);
            StlinkStatus s = StlinkStatus::Ok;
            for (std::uint8_t reg = 0; reg < 21 && s == StlinkStatus::Ok; ++reg) {
                std::uint32_t value = 0;
                s = readCoreRegister(reg, value);
                writeLe32(out, 4 + 4u * reg, value);
            }
            out[0] = static_cast<std::uint8_t>(s);
            return out;
        }
        case ps::dbg::kResetSys:
            return statusReply(write32(arm::scs::kAircr, arm::aircr::kVectKey | arm::aircr::kSysResetReq), 2);
        default:
            return statusReply(StlinkStatus::JtagUnknownCmd, 2);
    }
}

}  // namespace rescue::sim::stlink
