#include "core/probe/stlink/stlink_protocol.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace rescue::probe::stlink {

const std::vector<UsbModel>& knownUsbModels() {
    static const std::vector<UsbModel> models = {
        {pid::kV1, "STLINK_V1", Generation::V1, false, 0x02, kInEndpoint, 0},
        {pid::kV2, "STLINK_V2", Generation::V2, false, 0x02, kInEndpoint, 0x83},
        {pid::kV2_1, "STLINK_V2_1", Generation::V2, false, 0x01, kInEndpoint, 0x82},
        {pid::kV2_1NoMsd, "STLINK_V2_1_NO_MSD", Generation::V2, false, 0x01, kInEndpoint, 0x82},
        {pid::kV2_1Audio, "STLINK_V2_1_AUDIO", Generation::V2, false, 0x01, kInEndpoint, 0x82},
        {pid::kV3UsbLoader, "STLINK_V3_USBLOADER", Generation::V3, true, 0x01, kInEndpoint, 0},
        {pid::kV3E, "STLINK_V3E", Generation::V3, true, 0x01, kInEndpoint, 0x82},
        {pid::kV3S, "STLINK_V3S", Generation::V3, true, 0x01, kInEndpoint, 0x82},
        {pid::kV3TwoVcp, "STLINK_V3_2VCP", Generation::V3, true, 0x01, kInEndpoint, 0x82},
        {pid::kV3ENoMsd, "STLINK_V3E_NO_MSD", Generation::V3, true, 0x01, kInEndpoint, 0x82},
        {pid::kV3PUsbLoader, "STLINK_V3P_USBLOADER", Generation::V3Pwr, true, 0x01, kInEndpoint, 0},
        {pid::kV3P, "STLINK_V3P", Generation::V3Pwr, true, 0x01, kInEndpoint, 0x82},
    };
    return models;
}

std::optional<UsbModel> usbModelForPid(std::uint16_t p) {
    const auto& models = knownUsbModels();
    auto it = std::find_if(models.begin(), models.end(), [p](const UsbModel& m) { return m.pid == p; });
    if (it == models.end())
        return std::nullopt;
    return *it;
}

std::string displayNameForPid(std::uint16_t vid, std::uint16_t pid) {
    const auto model = vid == kVid ? usbModelForPid(pid) : std::nullopt;
    if (!model || model->name.empty())
        return fmt::format("ST-LINK {:04X}:{:04X}", vid, pid);
    std::string name(model->name);
    std::replace(name.begin(), name.end(), '_', '-');
    return name;
}

std::string_view statusName(std::uint8_t status) {
    switch (static_cast<StlinkStatus>(status)) {
        case StlinkStatus::Ok:
            return "DEBUG_ERR_OK";
        case StlinkStatus::Fault:
            return "DEBUG_ERR_FAULT";
        case StlinkStatus::JtagUnknownError:
            return "JTAG_UNKNOWN_ERROR";
        case StlinkStatus::SpiError:
            return "SPI_ERROR";
        case StlinkStatus::DmaError:
            return "DMA_ERROR";
        case StlinkStatus::UnknownJtagChain:
            return "UNKNOWN_JTAG_CHAIN";
        case StlinkStatus::NoDeviceConnected:
            return "NO_DEVICE_CONNECTED";
        case StlinkStatus::InternalError:
            return "INTERNAL_ERROR";
        case StlinkStatus::JtagCmdWait:
            return "JTAG_CMD_WAIT";
        case StlinkStatus::JtagCmdError:
            return "JTAG_CMD_ERROR";
        case StlinkStatus::JtagGetIdcodeError:
            return "JTAG_GET_IDCODE_ERROR";
        case StlinkStatus::JtagAlignmentError:
            return "JTAG_ALIGNMENT_ERROR";
        case StlinkStatus::JtagDbgPowerError:
            return "JTAG_DBG_POWER_ERROR";
        case StlinkStatus::JtagWriteError:
            return "JTAG_WRITE_ERROR";
        case StlinkStatus::JtagWriteVerifError:
            return "JTAG_WRITE_VERIF_ERROR";
        case StlinkStatus::JtagAlreadyOpenedInOtherMode:
            return "JTAG_ALREADY_OPENED_IN_OTHER_MODE";
        case StlinkStatus::SwdApWait:
            return "SWD_AP_WAIT";
        case StlinkStatus::SwdApFault:
            return "SWD_AP_FAULT";
        case StlinkStatus::SwdApError:
            return "SWD_AP_ERROR";
        case StlinkStatus::SwdApParityError:
            return "SWD_AP_PARITY_ERROR";
        case StlinkStatus::SwdDpWait:
            return "SWD_DP_WAIT";
        case StlinkStatus::SwdDpFault:
            return "SWD_DP_FAULT";
        case StlinkStatus::SwdDpError:
            return "SWD_DP_ERROR";
        case StlinkStatus::SwdDpParityError:
            return "SWD_DP_PARITY_ERROR";
        case StlinkStatus::SwdApWdataError:
            return "SWD_AP_WDATA_ERROR";
        case StlinkStatus::SwdApStickyError:
            return "SWD_AP_STICKY_ERROR";
        case StlinkStatus::SwdApStickyOrunError:
            return "SWD_AP_STICKYORUN_ERROR";
        case StlinkStatus::BadAp:
            return "BAD_AP";
        case StlinkStatus::SwvNotAvailable:
            return "SWV_NOT_AVAILABLE";
        case StlinkStatus::JtagConfChanged:
            return "JTAG_CONF_CHANGED";
        case StlinkStatus::JtagFreqNotSupported:
            return "JTAG_FREQ_NOT_SUPPORTED";
        case StlinkStatus::JtagUnknownCmd:
            return "JTAG_UNKNOWN_CMD";
    }
    return "unknown status";
}

bool isWaitStatus(std::uint8_t status) {
    return status == static_cast<std::uint8_t>(StlinkStatus::SwdApWait) ||
           status == static_cast<std::uint8_t>(StlinkStatus::SwdDpWait);
}

namespace {

Request make(std::initializer_list<std::uint8_t> head, std::size_t replyLength) {
    Request r;
    std::copy(head.begin(), head.end(), r.block.begin());
    r.replyLength = replyLength;
    return r;
}

Request debug(std::uint8_t sub, std::size_t replyLength) {
    return make({cmd::kDebug, sub}, replyLength);
}

void put16(CommandBlock& b, std::size_t at, std::uint16_t v) {
    writeLe16(b, at, v);
}
void put32(CommandBlock& b, std::size_t at, std::uint32_t v) {
    writeLe32(b, at, v);
}

Request memory(std::uint8_t sub, const MemoryCommand& m, std::size_t replyLength) {
    Request r = debug(sub, replyLength);
    put32(r.block, 2, m.address);
    put16(r.block, 6, m.length);
    r.block[8] = m.apsel;
    // CSW bits 31:8 as a 24-bit LE value at cmd[9..11].
    r.block[9] = static_cast<std::uint8_t>(m.csw >> 8);
    r.block[10] = static_cast<std::uint8_t>(m.csw >> 16);
    r.block[11] = static_cast<std::uint8_t>(m.csw >> 24);
    return r;
}

Request memoryWrite(std::uint8_t sub, const MemoryCommand& m, ByteView data) {
    MemoryCommand withLength = m;
    withLength.length = static_cast<std::uint16_t>(data.size());
    Request r = memory(sub, withLength, 0);
    r.dataOut.assign(data.begin(), data.end());
    return r;
}

}  // namespace

namespace request {
Request getVersion() {
    return make({cmd::kGetVersion}, 6);
}
Request getVersionEx() {
    return make({cmd::kApiV3GetVersionEx}, 12);
}
Request getCurrentMode() {
    return make({cmd::kGetCurrentMode}, 2);
}
Request dfuExit() {
    return make({cmd::kDfu, cmd::kDfuExit}, 0);
}
Request swimExit() {
    return make({cmd::kSwim, cmd::kSwimExit}, 0);
}
Request debugExit() {
    return debug(dbg::kExit, 0);
}
Request getTargetVoltage() {
    return make({cmd::kGetTargetVoltage}, 8);
}
Request enterSwd() {
    return make({cmd::kDebug, dbg::kApiV2Enter, dbg::kEnterSwd}, 2);
}
Request readIdCodes() {
    return debug(dbg::kReadIdCodes, 12);
}
Request swdSetFreq(std::uint16_t divisor) {
    Request r = debug(dbg::kSwdSetFreq, 2);
    put16(r.block, 2, divisor);
    return r;
}
Request jtagSetFreq(std::uint16_t divisor) {
    Request r = debug(dbg::kJtagSetFreq, 2);
    put16(r.block, 2, divisor);
    return r;
}
Request getComFreq(bool jtag) {
    return make({cmd::kDebug, dbg::kGetComFreq, static_cast<std::uint8_t>(jtag ? 1 : 0)}, 52);
}
Request setComFreq(std::uint32_t kHz, bool jtag) {
    Request r = make({cmd::kDebug, dbg::kSetComFreq, static_cast<std::uint8_t>(jtag ? 1 : 0)}, 8);
    put32(r.block, 4, kHz);
    return r;
}
Request switchStlinkFreq(std::uint8_t prescaler) {
    return make({cmd::kDebug, dbg::kSwitchStlinkFreq, prescaler}, 8);
}
Request driveNrst(NrstDrive drive) {
    return make({cmd::kDebug, dbg::kDriveNrst, static_cast<std::uint8_t>(drive)}, 2);
}
Request readDapReg(std::uint16_t port, std::uint16_t address) {
    Request r = debug(dbg::kReadDapReg, 8);
    put16(r.block, 2, port);
    put16(r.block, 4, address);
    return r;
}
Request writeDapReg(std::uint16_t port, std::uint16_t address, std::uint32_t value) {
    Request r = debug(dbg::kWriteDapReg, 2);
    put16(r.block, 2, port);
    put16(r.block, 4, address);
    put32(r.block, 6, value);
    return r;
}
Request readMem32(const MemoryCommand& m) {
    return memory(dbg::kReadMem32, m, m.length);
}
Request readMem16(const MemoryCommand& m) {
    return memory(dbg::kReadMem16, m, m.length);
}
Request readMem8(const MemoryCommand& m) {
    return memory(dbg::kReadMem8, m, std::max<std::size_t>(m.length, 2));
}
Request readMem32NoInc(const MemoryCommand& m) {
    return memory(dbg::kReadMem32NoInc, m, m.length);
}
Request writeMem32(const MemoryCommand& m, ByteView data) {
    return memoryWrite(dbg::kWriteMem32, m, data);
}
Request writeMem16(const MemoryCommand& m, ByteView data) {
    return memoryWrite(dbg::kWriteMem16, m, data);
}
Request writeMem8(const MemoryCommand& m, ByteView data) {
    return memoryWrite(dbg::kWriteMem8, m, data);
}
Request writeMem32NoInc(const MemoryCommand& m, ByteView data) {
    return memoryWrite(dbg::kWriteMem32NoInc, m, data);
}
Request getLastRwStatus() {
    return debug(dbg::kGetLastRwStatus, 2);
}
Request getLastRwStatus2() {
    return debug(dbg::kGetLastRwStatus2, 12);
}
Request initAp(std::uint8_t apsel) {
    return make({cmd::kDebug, dbg::kInitAp, apsel}, 2);
}
Request closeApDbg(std::uint8_t apsel) {
    return make({cmd::kDebug, dbg::kCloseApDbg, apsel}, 2);
}
Request readDebugReg(std::uint32_t address) {
    Request r = debug(dbg::kReadDebugReg, 8);
    put32(r.block, 2, address);
    return r;
}
Request writeDebugReg(std::uint32_t address, std::uint32_t value) {
    Request r = debug(dbg::kWriteDebugReg, 2);
    put32(r.block, 2, address);
    put32(r.block, 6, value);
    return r;
}
Request readReg(std::uint8_t regsel) {
    return make({cmd::kDebug, dbg::kReadReg, regsel}, 8);
}
Request writeReg(std::uint8_t regsel, std::uint32_t value) {
    Request r = make({cmd::kDebug, dbg::kWriteReg, regsel}, 2);
    put32(r.block, 3, value);
    return r;
}
Request readAllRegs() {
    return debug(dbg::kReadAllRegs, 88);
}
Request resetSys() {
    return debug(dbg::kResetSys, 2);
}
Request getBoardIds() {
    return debug(dbg::kGetBoardIds, 128);
}
Request startTraceRx(std::uint16_t bufferSize, std::uint32_t baud) {
    Request r = debug(dbg::kStartTraceRx, 2);
    put16(r.block, 2, bufferSize);
    put32(r.block, 4, baud);
    return r;
}
Request stopTraceRx() {
    return debug(dbg::kStopTraceRx, 2);
}
Request getTraceNb() {
    return debug(dbg::kGetTraceNb, 2);
}
}  // namespace request

MemoryCommand decodeMemoryCommand(const CommandBlock& b) {
    MemoryCommand m;
    m.address = readLe32(b, 2);
    m.length = readLe16(b, 6);
    m.apsel = b[8];
    m.csw = (static_cast<std::uint32_t>(b[9]) << 8) | (static_cast<std::uint32_t>(b[10]) << 16) |
            (static_cast<std::uint32_t>(b[11]) << 24);
    return m;
}

std::size_t rwMiscDataLength(std::uint32_t items) {
    return ((static_cast<std::size_t>(items) + 3) & ~std::size_t{3}) + 4 * static_cast<std::size_t>(items);
}

Request rwMiscOut(const std::vector<MiscItem>& items) {
    Request r = debug(dbg::kRwMiscOut, 0);
    put32(r.block, 2, static_cast<std::uint32_t>(items.size()));
    const std::size_t opcodes = (items.size() + 3) & ~std::size_t{3};
    r.dataOut.assign(opcodes, 0);
    for (std::size_t i = 0; i < items.size(); ++i)
        r.dataOut[i] = static_cast<std::uint8_t>(items[i].op);
    for (const auto& item : items)
        appendLe32(r.dataOut, item.operand);
    return r;
}

Request rwMiscIn(std::size_t items) {
    return debug(dbg::kRwMiscIn, 8 * items);
}

std::optional<std::vector<MiscItem>> decodeRwMiscData(ByteView data, std::uint32_t items) {
    if (data.size() != rwMiscDataLength(items))
        return std::nullopt;
    const std::size_t operands = (static_cast<std::size_t>(items) + 3) & ~std::size_t{3};
    std::vector<MiscItem> out;
    out.reserve(items);
    for (std::size_t i = 0; i < items; ++i)
        out.push_back({static_cast<MiscOp>(data[i]), readLe32(data, operands + 4 * i)});
    return out;
}

std::optional<LastRwStatus> decodeLastRwStatus2(ByteView reply) {
    if (reply.size() < 12)
        return std::nullopt;
    return LastRwStatus{readLe16(reply, 0), readLe32(reply, 4)};
}

std::optional<double> decodeTargetVoltage(ByteView reply) {
    if (reply.size() < 8)
        return std::nullopt;
    const std::uint32_t adc0 = readLe32(reply, 0);
    const std::uint32_t adc1 = readLe32(reply, 4);
    if (adc0 == 0)
        return 0.0;
    return 2.0 * adc1 * 1.2 / adc0;
}

Bytes encodeTargetVoltage(double volts) {
    constexpr std::uint32_t adc0 = 1000;
    const double clamped = std::clamp(volts, 0.0, 10.0);
    const auto adc1 = static_cast<std::uint32_t>(std::lround(clamped * adc0 / 2.4));
    Bytes out;
    appendLe32(out, adc0);
    appendLe32(out, adc1);
    return out;
}

}  // namespace rescue::probe::stlink
