#include "core/probe/stlink/stlink_probe.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/probe/stlink/stlink_speed.h"
#include "core/transport/bulk_channel.h"

namespace rescue::probe::stlink {

namespace {

using namespace std::chrono_literals;

constexpr std::uint8_t kOk = static_cast<std::uint8_t>(StlinkStatus::Ok);
// Below this the board is taken as unpowered (STM32 parts need at least 1.71 V).
constexpr double kPoweredVolts = 1.5;
constexpr Clock::Duration kFirstBackOff = 100us;
constexpr Clock::Duration kMaxBackOff = 10ms;
constexpr std::uint16_t kDpAbort = 0x0;
constexpr std::uint16_t kDpCtrlStat = 0x4;
constexpr std::uint32_t kAbortClearAll = 0x1E;  // ORUNERRCLR | WDERRCLR | STKERRCLR | STKCMPCLR
constexpr std::uint32_t kCtrlStatOrunDetect = 1u << 0;
constexpr std::uint16_t kApIdr = 0xFC;

const std::string kFirmwareHint =
    "Update the probe's firmware with STM32CubeProgrammer (Firmware upgrade) or ST's ST-LinkUpgrade tool.";

std::string statusText(std::uint8_t status) {
    return fmt::format("{} (0x{:02X})", statusName(status), status);
}

bool isFaultStatus(std::uint8_t s) {
    switch (static_cast<StlinkStatus>(s)) {
        case StlinkStatus::Fault:
        case StlinkStatus::JtagUnknownError:  // old firmware's memory fault
        case StlinkStatus::SwdApFault:
        case StlinkStatus::SwdDpFault:
        case StlinkStatus::SwdApWdataError:
        case StlinkStatus::SwdApStickyError:
        case StlinkStatus::SwdApStickyOrunError:
        case StlinkStatus::JtagWriteError:
            return true;
        default:
            return false;
    }
}

bool isNoTargetStatus(std::uint8_t s) {
    switch (static_cast<StlinkStatus>(s)) {
        case StlinkStatus::NoDeviceConnected:
        case StlinkStatus::SwdDpError:
        case StlinkStatus::JtagGetIdcodeError:
        case StlinkStatus::UnknownJtagChain:
        case StlinkStatus::JtagDbgPowerError:
            return true;
        default:
            return false;
    }
}

const char* widthName(AccessWidth w) {
    switch (w) {
        case AccessWidth::Bits8:
            return "8-bit";
        case AccessWidth::Bits16:
            return "16-bit";
        case AccessWidth::Bits32:
            break;
    }
    return "32-bit";
}

std::string apName(std::uint8_t ap) {
    return fmt::format("AP{}", ap);
}

}  // namespace

// ---- opening ---------------------------------------------------------------------------

StlinkProbe::StlinkProbe(std::unique_ptr<StlinkLink> link, ProbeInfo info, std::shared_ptr<Clock> clock,
                         StlinkProbeOptions options)
    : m_link(std::move(link)), m_info(std::move(info)), m_clock(std::move(clock)), m_options(options) {}

Result<std::unique_ptr<StlinkProbe>> StlinkProbe::open(std::unique_ptr<StlinkLink> link, ProbeInfo info,
                                                       std::shared_ptr<Clock> clock,
                                                       StlinkProbeOptions options) {
    std::unique_ptr<StlinkProbe> p(
        new StlinkProbe(std::move(link), std::move(info), std::move(clock), options));
    auto version = p->exchange(request::getVersion(), "reading the firmware version");
    if (!version)
        return std::move(version).error();
    auto decoded = decodeGetVersion(*version);
    if (!decoded)
        return std::move(decoded).error();
    p->m_firmware = *decoded;
    if (p->m_firmware.hardware < 2) {
        return makeError(std::string(probe_error::kUnsupported),
                         "This is an ST-LINK/V1, which Rescue Workbench does not support.",
                         "Use an ST-LINK/V2, V2-1 or V3.")
            .with("GET_VERSION", toHex(*version));
    }
    if (p->m_firmware.isV3()) {
        auto ex = p->exchange(request::getVersionEx(), "reading the V3 firmware version");
        if (!ex)
            return std::move(ex).error();
        if (Status s = applyVersionEx(p->m_firmware, *ex); !s)
            return std::move(s).error();
    }
    p->m_info.firmware = p->m_firmware.toString();
    if (p->m_info.model.empty())
        p->m_info.model = displayNameForPid(p->m_firmware.vid, p->m_firmware.pid);
    auto mode = p->exchange(request::getCurrentMode(), "reading the probe's mode");
    if (!mode)
        return std::move(mode).error();
    p->m_modeAtOpen = (*mode)[0];
    return p;
}

ProbeCapabilities StlinkProbe::capabilities() const {
    ProbeCapabilities c;
    c.nrstLine = m_firmware.hardware >= 2;
    c.multiAp = hasFeature(m_firmware, Feature::MultiAp);
    c.apChoiceInMemory = hasFeature(m_firmware, Feature::BankedDpAndCsw);
    c.maxMemoryBlock = kMaxMemoryTransfer;
    return c;
}

ProbeCounters StlinkProbe::counters() const {
    return {m_link->roundTrips(), m_waitRetries};
}

// ---- exchanges and errors --------------------------------------------------------------

Result<Bytes> StlinkProbe::exchange(const Request& request, std::string_view what) {
    auto reply = m_link->transact(request, m_options.commandTimeout);
    if (reply)
        return reply;
    Error e = std::move(reply).error();
    const std::string model = m_info.model.empty() ? std::string("ST-LINK") : m_info.model;
    if (e.code == transport::channel_error::kTimeout) {
        Error out = makeError(std::string(probe_error::kTimeout),
                              fmt::format("The {} did not answer while {} (waited {} ms).", model, what,
                                          m_options.commandTimeout.count()),
                              "Unplug the probe and plug it back in; close any other program using it.");
        out.evidence = std::move(e.evidence);
        return out;
    }
    if (e.code == transport::channel_error::kDisconnected) {
        Error out =
            makeError(std::string(probe_error::kDisconnected),
                      fmt::format("The {} went away while {}: it was unplugged or reset.", model, what),
                      "Reconnect the probe and open it again.");
        out.evidence = std::move(e.evidence);
        return out;
    }
    if (e.code != probe_error::kBadReply) {
        // Overflow, bad endpoint or anything else the transport reports: the reply cannot
        // be trusted.
        e.with("transport error", e.code);
        e.code = std::string(probe_error::kBadReply);
    }
    e.message = fmt::format("The {} sent a reply that does not fit while {}: {}", model, what, e.message);
    return e;
}

bool StlinkProbe::backOff(Clock::TimePoint start, unsigned attempt) {
    const Clock::Duration elapsed = m_clock->now() - start;
    const Clock::Duration budget = m_options.waitBudget;
    if (elapsed >= budget)
        return false;
    Clock::Duration pause = kFirstBackOff * (1u << std::min(attempt, 10u));
    pause = std::min({pause, kMaxBackOff, budget - elapsed});
    m_clock->sleepFor(pause);
    ++m_waitRetries;
    return true;
}

Error StlinkProbe::waitError(std::string_view what, std::uint8_t status) const {
    return makeError(
               std::string(probe_error::kWait),
               fmt::format("The target kept answering WAIT for {} ms while {}: its bus or core stays busy.",
                           m_options.waitBudget.count(), what),
               "Try again; if it persists the core may be in a low-power mode or a flash operation may "
               "be stuck: connect under reset.")
        .with("ST-LINK status", statusText(status));
}

Error StlinkProbe::tooOld(std::string_view what, std::string_view needed) const {
    return makeError(std::string(probe_error::kFirmwareTooOld),
                     fmt::format("The ST-LINK firmware {} is too old for {}: that needs {} or later.",
                                 m_firmware.toString(), what, needed),
                     kFirmwareHint)
        .with("firmware", m_firmware.toString())
        .with("needed", std::string(needed));
}

Error StlinkProbe::notAttached(std::string_view what) const {
    return makeError(std::string(probe_error::kUnsupported),
                     fmt::format("The probe is not attached to the target, so it cannot do {}.", what),
                     "Connect to the target first.");
}

Error StlinkProbe::statusError(std::uint8_t status, std::string_view what,
                               std::optional<std::uint32_t> address) {
    const std::string st = statusText(status);
    Error e;
    if (isFaultStatus(status)) {
        e = makeError(std::string(probe_error::kFault),
                      address
                          ? fmt::format("The target answered FAULT while {} (at 0x{:08X}): nothing is mapped "
                                        "there or the access is refused (lifecycle, TrustZone or a "
                                        "clock-gated bus).",
                                        what, *address)
                          : fmt::format("The target answered FAULT while {}: the access is refused or the "
                                        "register does not exist.",
                                        what),
                      "Check the address and the access port; on a closed or TrustZone-enabled chip the "
                      "access may need Debug Authentication.");
        if (address)
            e.with("fault address", fmt::format("0x{:08X}", *address));
        clearStickyErrors();
    } else if (isNoTargetStatus(status)) {
        e = makeError(
            std::string(probe_error::kDpError),
            fmt::format("The target's debug port stopped answering while {}: it may have been reset, "
                        "powered down or put into a low-power mode.",
                        what),
            "Connect again; if the chip resets or sleeps, connect under reset.");
        if (status == static_cast<std::uint8_t>(StlinkStatus::NoDeviceConnected))
            e.code = std::string(probe_error::kNoTarget);
    } else if (status == static_cast<std::uint8_t>(StlinkStatus::SwdApParityError) ||
               status == static_cast<std::uint8_t>(StlinkStatus::SwdDpParityError) ||
               status == static_cast<std::uint8_t>(StlinkStatus::SwdApError)) {
        e = makeError(std::string(probe_error::kDpError),
                      fmt::format("The SWD link failed while {} (a parity or protocol error).", what),
                      "Lower the SWD clock and check the wires and their length.");
    } else if (status == static_cast<std::uint8_t>(StlinkStatus::BadAp)) {
        e = makeError(
            std::string(probe_error::kApDisabled),
            fmt::format("The access port does not answer while {}: it is absent or disabled.", what),
            "Use another access port; the chip's lifecycle state may disable this one.");
    } else if (status == static_cast<std::uint8_t>(StlinkStatus::JtagUnknownCmd)) {
        e = makeError(std::string(probe_error::kFirmwareTooOld),
                      fmt::format("The ST-LINK firmware {} does not know the command for {}.",
                                  m_firmware.toString(), what),
                      kFirmwareHint);
    } else if (status == static_cast<std::uint8_t>(StlinkStatus::JtagAlignmentError)) {
        e = makeError(std::string(probe_error::kUnsupported),
                      fmt::format("The ST-LINK refused an unaligned access while {}.", what),
                      "Align the address and length to the access width.");
    } else {
        e = makeError(std::string(probe_error::kDpError),
                      fmt::format("The ST-LINK reported {} while {}.", st, what),
                      "Connect again; if it persists, unplug the probe and plug it back in.");
    }
    e.with("ST-LINK status", st);
    return e;
}

// ABORT with every sticky-clear bit, so one FAULT does not poison the next transfers.
// Best effort: an error here is not the error the caller is told about.
void StlinkProbe::clearStickyErrors() {
    if (!m_attached || !hasFeature(m_firmware, Feature::DapRegisterAccess))
        return;
    (void)exchange(request::writeDapReg(kDpPort, kDpAbort, kAbortClearAll), "clearing sticky errors");
}

Result<Bytes> StlinkProbe::command(const Request& request, std::string_view what) {
    const Clock::TimePoint start = m_clock->now();
    for (unsigned attempt = 0;; ++attempt) {
        auto reply = exchange(request, what);
        if (!reply)
            return reply;
        if (reply->empty())
            return makeError(std::string(probe_error::kBadReply),
                             fmt::format("The ST-LINK sent an empty reply while {}.", what));
        const std::uint8_t status = (*reply)[0];
        if (status == kOk)
            return reply;
        if (isWaitStatus(status)) {
            if (!backOff(start, attempt))
                return waitError(what, status);
            continue;
        }
        return statusError(status, what);
    }
}

// ---- session ---------------------------------------------------------------------------

Result<std::uint32_t> StlinkProbe::attach() {
    m_attached = false;
    m_openAps.reset();

    auto mode = exchange(request::getCurrentMode(), "reading the probe's mode");
    if (!mode)
        return std::move(mode).error();
    Result<Bytes> left = Bytes{};
    switch (static_cast<Mode>((*mode)[0])) {
        case Mode::Dfu:
            left = exchange(request::dfuExit(), "leaving DFU mode");
            break;
        case Mode::Swim:
            left = exchange(request::swimExit(), "leaving SWIM mode");
            break;
        case Mode::Debug:
            // An earlier session (ours or another tool's): start from a clean state.
            left = exchange(request::debugExit(), "leaving the earlier debug session");
            break;
        default:
            break;
    }
    if (!left)
        return std::move(left).error();

    if (hasFeature(m_firmware, Feature::TraceAndTargetVoltage)) {
        if (auto v = targetVoltage(); !v)
            return std::move(v).error();
    }
    if (auto f = setSwdFrequency(m_swdKHz ? m_swdKHz : m_options.defaultSwdKHz); !f)
        return std::move(f).error();

    const Clock::TimePoint start = m_clock->now();
    for (unsigned attempt = 0;; ++attempt) {
        auto entered = exchange(request::enterSwd(), "entering SWD mode");
        if (!entered)
            return std::move(entered).error();
        const std::uint8_t status = (*entered)[0];
        if (status == kOk)
            break;
        if (isWaitStatus(status) && backOff(start, attempt))
            continue;
        if (isWaitStatus(status))
            return waitError("entering SWD mode", status);
        if (!isNoTargetStatus(status))
            return statusError(status, "entering SWD mode");

        const std::string volts =
            m_lastVoltage ? fmt::format("{:.2f} V", *m_lastVoltage) : std::string("not measured");
        Error e;
        if (m_lastVoltage && *m_lastVoltage < kPoweredVolts) {
            e = makeError(
                std::string(probe_error::kNoTarget),
                fmt::format("Nothing answers on SWD: the probe sees {} on the target supply, so the "
                            "board is probably not powered.",
                            volts),
                "Power the board and connect the probe's VREF/T_VCC pin to the board's supply.");
        } else if (status == static_cast<std::uint8_t>(StlinkStatus::JtagDbgPowerError)) {
            e = makeError(std::string(probe_error::kNoTarget),
                          fmt::format("The debug port answered but did not power up its debug domain (target "
                                      "supply {}): the chip may be held in reset or in a low-power mode.",
                                      volts),
                          "Release the reset button or connect under reset.");
        } else {
            e = makeError(
                std::string(probe_error::kNoTarget),
                fmt::format("Nothing answers on SWD although the target supply reads {}: check the "
                            "SWDIO, SWCLK and GND wires; the chip may also be held in reset or have "
                            "its debug port disabled.",
                            volts),
                "Check the wiring, lower the SWD clock, or connect under reset.");
        }
        e.with("ST-LINK status", statusText(status)).with("target voltage", volts);
        return e;
    }

    auto ids = command(request::readIdCodes(), "reading DPIDR");
    if (!ids)
        return std::move(ids).error();
    m_attached = true;
    return readLe32(*ids, 4);
}

Status StlinkProbe::detach() {
    if (hasFeature(m_firmware, Feature::MultiAp)) {
        for (unsigned ap = 0; ap < m_openAps.size(); ++ap) {
            if (m_openAps.test(ap))
                (void)exchange(request::closeApDbg(static_cast<std::uint8_t>(ap)), "closing an access port");
        }
    }
    m_openAps.reset();
    const bool wasAttached = std::exchange(m_attached, false);
    if (!wasAttached)
        return {};
    if (auto r = exchange(request::debugExit(), "leaving debug mode"); !r)
        return std::move(r).error();
    return {};
}

Result<double> StlinkProbe::targetVoltage() {
    if (!hasFeature(m_firmware, Feature::TraceAndTargetVoltage))
        return tooOld("reading the target voltage", "V2J13");
    auto reply = exchange(request::getTargetVoltage(), "reading the target voltage");
    if (!reply)
        return std::move(reply).error();
    const auto volts = decodeTargetVoltage(*reply);
    if (!volts)
        return makeError(std::string(probe_error::kBadReply),
                         "The ST-LINK's target voltage reply is malformed.")
            .with("reply", toHex(*reply));
    m_lastVoltage = *volts;
    m_info.targetVoltage = *volts;
    return *volts;
}

Result<std::uint32_t> StlinkProbe::setSwdFrequency(std::uint32_t kHz) {
    if (m_firmware.isV3()) {
        auto list = command(request::getComFreq(false), "reading the SWD clock list");
        if (!list)
            return std::move(list).error();
        const auto decoded = decodeComFrequencies(*list);
        if (!decoded || decoded->kHz.empty())
            return makeError(std::string(probe_error::kBadReply),
                             "The ST-LINK's list of SWD clock frequencies is malformed or empty.")
                .with("reply", toHex(*list));
        const std::uint32_t pick = v3PickFrequency(decoded->kHz, kHz);
        auto set =
            command(request::setComFreq(pick, false), fmt::format("setting the SWD clock to {} kHz", pick));
        if (!set)
            return std::move(set).error();
        m_swdKHz = readLe32(*set, 4) ? readLe32(*set, 4) : pick;
        return m_swdKHz;
    }
    if (!hasFeature(m_firmware, Feature::SwdSetFreq)) {
        // Firmware before J22 runs at its power-on clock and cannot change it.
        m_swdKHz = kV2DefaultSwdKHz;
        return m_swdKHz;
    }
    const SwdSpeed speed = v2SpeedForKHz(kHz);
    if (auto r = command(request::swdSetFreq(speed.divisor),
                         fmt::format("setting the SWD clock to {} kHz", speed.kHz));
        !r)
        return std::move(r).error();
    m_swdKHz = speed.kHz;
    return m_swdKHz;
}

Status StlinkProbe::driveNrst(probe::NrstDrive drive) {
    stlink::NrstDrive how = stlink::NrstDrive::Pulse;
    const char* what = "pulsing NRST";
    switch (drive) {
        case probe::NrstDrive::Low:
            how = stlink::NrstDrive::Low;
            what = "driving NRST low";
            break;
        case probe::NrstDrive::High:
            how = stlink::NrstDrive::High;
            what = "releasing NRST";
            break;
        case probe::NrstDrive::Pulse:
            break;
    }
    if (auto r = command(request::driveNrst(how), what); !r)
        return std::move(r).error();
    return {};
}

// ---- DP and AP registers ---------------------------------------------------------------

Status StlinkProbe::requireDapAccess(std::string_view what) const {
    if (!hasFeature(m_firmware, Feature::DapRegisterAccess))
        return tooOld(what, "V2J24 (any V3)");
    if (!m_attached)
        return notAttached(what);
    return {};
}

Status StlinkProbe::requireAp(std::uint8_t ap, std::string_view what) const {
    if (ap != 0 && !hasFeature(m_firmware, Feature::MultiAp))
        return tooOld(what, "V2J28 (multi-AP support; any V3)");
    return {};
}

Status StlinkProbe::openAp(std::uint8_t ap) {
    if (!hasFeature(m_firmware, Feature::MultiAp) || m_openAps.test(ap))
        return {};
    if (auto r = command(request::initAp(ap), fmt::format("opening {}", apName(ap))); !r)
        return std::move(r).error();
    m_openAps.set(ap);
    return {};
}

Result<std::uint32_t> StlinkProbe::readDp(std::uint16_t address) {
    const std::string what = fmt::format("reading DP register 0x{:02X}", address);
    if (Status s = requireDapAccess(what); !s)
        return std::move(s).error();
    if ((address & 0xF0) != 0 && !hasFeature(m_firmware, Feature::BankedDpAndCsw))
        return tooOld(what, "V2J32 or V3J2 (banked DP registers)");
    auto r = command(request::readDapReg(kDpPort, address), what);
    if (!r)
        return std::move(r).error();
    return readLe32(*r, 4);
}

Status StlinkProbe::writeDp(std::uint16_t address, std::uint32_t value) {
    const std::string what = fmt::format("writing DP register 0x{:02X}", address);
    if (Status s = requireDapAccess(what); !s)
        return s;
    if ((address & 0xF0) != 0 && !hasFeature(m_firmware, Feature::BankedDpAndCsw))
        return tooOld(what, "V2J32 or V3J2 (banked DP registers)");
    // OpenOCD strips ORUNDETECT from CTRL/STAT writes: ST-LINK firmware does not handle
    // overrun detection (section 8).
    if ((address & 0xF) == kDpCtrlStat)
        value &= ~kCtrlStatOrunDetect;
    if (auto r = command(request::writeDapReg(kDpPort, address, value), what); !r)
        return std::move(r).error();
    return {};
}

Result<std::uint32_t> StlinkProbe::readAp(std::uint8_t ap, std::uint16_t address) {
    const std::string what = fmt::format("reading {} register 0x{:02X}", apName(ap), address);
    if (Status s = requireDapAccess(what); !s)
        return std::move(s).error();
    if (Status s = requireAp(ap, what); !s)
        return std::move(s).error();
    if (address != kApIdr) {
        if (Status s = openAp(ap); !s)
            return std::move(s).error();
    }
    auto r = command(request::readDapReg(ap, address), what);
    if (!r)
        return std::move(r).error();
    return readLe32(*r, 4);
}

Status StlinkProbe::writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) {
    const std::string what = fmt::format("writing {} register 0x{:02X}", apName(ap), address);
    if (Status s = requireDapAccess(what); !s)
        return s;
    if (Status s = requireAp(ap, what); !s)
        return s;
    if (Status s = openAp(ap); !s)
        return s;
    if (auto r = command(request::writeDapReg(ap, address, value), what); !r)
        return std::move(r).error();
    return {};
}

// ---- memory ----------------------------------------------------------------------------

std::size_t StlinkProbe::maxBlock(AccessWidth width) const {
    return width == AccessWidth::Bits8 ? maxMemory8(m_firmware) : kMaxMemoryTransfer;
}

Status StlinkProbe::checkMemoryArgs(std::uint8_t ap, std::uint32_t address, std::size_t length,
                                    AccessWidth width, std::string_view what) const {
    const auto bytes = static_cast<std::uint32_t>(width);
    if (address % bytes != 0 || length % bytes != 0) {
        return makeError(std::string(probe_error::kUnsupported),
                         fmt::format("Cannot do {}: a {} access needs an address and a length that are "
                                     "multiples of {}.",
                                     what, widthName(width), bytes),
                         "Use 8-bit accesses for unaligned data.");
    }
    if (std::uint64_t{address} + length > 0x1'0000'0000ull) {
        return makeError(
            std::string(probe_error::kUnsupported),
            fmt::format("Cannot do {}: it runs past the end of the 32-bit address space.", what));
    }
    if (ap != 0 && !hasFeature(m_firmware, Feature::BankedDpAndCsw))
        return tooOld(what, "V2J32 or V3J2 (access port choice in memory commands)");
    if (width == AccessWidth::Bits16 && !hasFeature(m_firmware, Feature::Memory16))
        return tooOld(what, "V2J26 (16-bit memory access; any V3)");
    if (!m_attached)
        return notAttached(what);
    return {};
}

Result<Bytes> StlinkProbe::memoryChunk(bool write, std::uint8_t ap, std::uint32_t address, ByteView data,
                                       std::size_t length, AccessWidth width) {
    const std::string what =
        fmt::format("{} {} bytes at 0x{:08X} through {} ({})", write ? "writing" : "reading", length, address,
                    apName(ap), widthName(width));
    const MemoryCommand m{address, static_cast<std::uint16_t>(length), ap, 0};
    Request req;
    switch (width) {
        case AccessWidth::Bits8:
            req = write ? request::writeMem8(m, data) : request::readMem8(m);
            break;
        case AccessWidth::Bits16:
            req = write ? request::writeMem16(m, data) : request::readMem16(m);
            break;
        case AccessWidth::Bits32:
            req = write ? request::writeMem32(m, data) : request::readMem32(m);
            break;
    }
    const bool status2 = hasFeature(m_firmware, Feature::LastRwStatus2);
    const Clock::TimePoint start = m_clock->now();
    for (unsigned attempt = 0;; ++attempt) {
        auto reply = exchange(req, what);
        if (!reply)
            return reply;
        auto st = exchange(status2 ? request::getLastRwStatus2() : request::getLastRwStatus(), what);
        if (!st)
            return std::move(st).error();
        std::uint16_t status = (*st)[0];
        std::optional<std::uint32_t> faultAddress;
        if (status2) {
            const auto decoded = decodeLastRwStatus2(*st);
            if (!decoded)
                return makeError(std::string(probe_error::kBadReply),
                                 fmt::format("The ST-LINK's status reply is malformed after {}.", what))
                    .with("reply", toHex(*st));
            status = decoded->status;
            faultAddress = decoded->faultAddress;
        }
        if (status == kOk) {
            reply->resize(write ? 0 : length);  // the 1-byte 8-bit read returns 2
            return reply;
        }
        const auto s8 = static_cast<std::uint8_t>(status);
        if (isWaitStatus(s8)) {
            if (!backOff(start, attempt))
                return waitError(what, s8);
            continue;
        }
        // Firmware without GETLASTRWSTATUS2 cannot say which element failed.
        return statusError(s8, what, faultAddress.value_or(address));
    }
}

Result<Bytes> StlinkProbe::readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                                      AccessWidth width) {
    const std::string what =
        fmt::format("reading {} bytes at 0x{:08X} through {}", length, address, apName(ap));
    if (Status s = checkMemoryArgs(ap, address, length, width, what); !s)
        return std::move(s).error();
    if (length == 0)
        return Bytes{};
    if (Status s = openAp(ap); !s)
        return std::move(s).error();
    Bytes out;
    out.reserve(length);
    const std::uint32_t boundary = std::max<std::uint32_t>(m_options.autoIncrementBoundary, 4);
    std::uint32_t at = address;
    std::size_t remaining = length;
    while (remaining > 0) {
        const std::size_t chunk =
            std::min({remaining, maxBlock(width), std::size_t{boundary - at % boundary}});
        auto part = memoryChunk(false, ap, at, {}, chunk, width);
        if (!part)
            return std::move(part).error();
        out.insert(out.end(), part->begin(), part->end());
        at += static_cast<std::uint32_t>(chunk);
        remaining -= chunk;
    }
    return out;
}

Status StlinkProbe::writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data, AccessWidth width) {
    const std::string what =
        fmt::format("writing {} bytes at 0x{:08X} through {}", data.size(), address, apName(ap));
    if (Status s = checkMemoryArgs(ap, address, data.size(), width, what); !s)
        return s;
    if (data.empty())
        return {};
    if (Status s = openAp(ap); !s)
        return s;
    const std::uint32_t boundary = std::max<std::uint32_t>(m_options.autoIncrementBoundary, 4);
    std::uint32_t at = address;
    std::size_t done = 0;
    while (done < data.size()) {
        const std::size_t chunk =
            std::min({data.size() - done, maxBlock(width), std::size_t{boundary - at % boundary}});
        auto r = memoryChunk(true, ap, at, data.subspan(done, chunk), chunk, width);
        if (!r)
            return std::move(r).error();
        at += static_cast<std::uint32_t>(chunk);
        done += chunk;
    }
    return {};
}

}  // namespace rescue::probe::stlink
