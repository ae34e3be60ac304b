#pragma once
// ST-LINK USB protocol facts shared by the host driver and the virtual ST-LINK: USB
// identities, command codes, status codes, modes and the byte layout of every command
// block with the length of its reply. Source: docs/reference/stlink-protocol.md (sections
// 1, 2, 4, 5, 8-11); the section numbers below refer to that page.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/bytes.h"

namespace rescue::probe::stlink {

// ---- USB identity (section 1) ----------------------------------------------------------

inline constexpr std::uint16_t kVid = 0x0483;

namespace pid {
inline constexpr std::uint16_t kV1 = 0x3744;
inline constexpr std::uint16_t kV2 = 0x3748;
inline constexpr std::uint16_t kV2_1 = 0x374B;
inline constexpr std::uint16_t kV2_1NoMsd = 0x3752;
inline constexpr std::uint16_t kV2_1Audio = 0x374A;
inline constexpr std::uint16_t kV3UsbLoader = 0x374D;
inline constexpr std::uint16_t kV3E = 0x374E;
inline constexpr std::uint16_t kV3S = 0x374F;  // STLINK-V3SET, V3MINI, V3MINIE
inline constexpr std::uint16_t kV3TwoVcp = 0x3753;
inline constexpr std::uint16_t kV3ENoMsd = 0x3754;
inline constexpr std::uint16_t kV3PUsbLoader = 0x3755;
inline constexpr std::uint16_t kV3P = 0x3757;
}  // namespace pid

enum class Generation : std::uint8_t { V1, V2, V3, V3Pwr };

struct UsbModel {
    std::uint16_t pid = 0;
    std::string_view name;
    Generation generation = Generation::V2;
    bool highSpeed = false;  // HS / 512-byte bulk packets, else FS / 64
    std::uint8_t outEndpoint = 0;
    std::uint8_t inEndpoint = 0;
    std::uint8_t traceEndpoint = 0;  // 0: none
    std::uint16_t maxPacket() const { return highSpeed ? 512 : 64; }
};

inline constexpr std::uint8_t kInEndpoint = 0x81;

// The table of section 1. Unknown PIDs follow OpenOCD's rule: V2 endpoints (OUT 0x02).
std::optional<UsbModel> usbModelForPid(std::uint16_t pid);
const std::vector<UsbModel>& knownUsbModels();
// What people read for a probe seen only by its IDs (USB listing, ST-LINK server listing, the
// driver after GET_VERSION): the table's OpenOCD identifier with hyphens ("STLINK-V2-1"), or
// "ST-LINK VID:PID" for a product the table does not know. One name on every transport.
std::string displayNameForPid(std::uint16_t vid, std::uint16_t pid);

// ---- framing (section 2) ---------------------------------------------------------------

inline constexpr std::size_t kCommandSize = 16;
using CommandBlock = std::array<std::uint8_t, kCommandSize>;

inline constexpr std::size_t kMaxMemoryTransfer = 6144;  // 16/32-bit commands (STLINK_DATA_SIZE)
inline constexpr std::size_t kMaxMemory8V2 = 64;         // 8-bit commands on V2
inline constexpr std::size_t kMaxMemory8V3 = 512;        // 8-bit commands on V3 >= J6
inline constexpr std::size_t kRwMiscMaxItemsV2 = 64;     // OpenOCD's hard-coded caps
inline constexpr std::size_t kRwMiscMaxItemsV3 = 1227;

// ---- command codes (section 5) ---------------------------------------------------------

namespace cmd {
inline constexpr std::uint8_t kGetVersion = 0xF1;
inline constexpr std::uint8_t kDebug = 0xF2;
inline constexpr std::uint8_t kDfu = 0xF3;
inline constexpr std::uint8_t kSwim = 0xF4;
inline constexpr std::uint8_t kGetCurrentMode = 0xF5;
inline constexpr std::uint8_t kGetTargetVoltage = 0xF7;
inline constexpr std::uint8_t kApiV3GetVersionEx = 0xFB;

inline constexpr std::uint8_t kDfuExit = 0x07;   // after kDfu
inline constexpr std::uint8_t kSwimExit = 0x01;  // after kSwim
}  // namespace cmd

// Second byte of a kDebug (F2) command.
namespace dbg {
inline constexpr std::uint8_t kReadMem32 = 0x07;
inline constexpr std::uint8_t kWriteMem32 = 0x08;
inline constexpr std::uint8_t kReadMem8 = 0x0C;
inline constexpr std::uint8_t kWriteMem8 = 0x0D;
inline constexpr std::uint8_t kApiV1Enter = 0x20;
inline constexpr std::uint8_t kExit = 0x21;
inline constexpr std::uint8_t kApiV2Enter = 0x30;
inline constexpr std::uint8_t kReadIdCodes = 0x31;
inline constexpr std::uint8_t kResetSys = 0x32;
inline constexpr std::uint8_t kReadReg = 0x33;
inline constexpr std::uint8_t kWriteReg = 0x34;
inline constexpr std::uint8_t kWriteDebugReg = 0x35;
inline constexpr std::uint8_t kReadDebugReg = 0x36;
inline constexpr std::uint8_t kReadAllRegs = 0x3A;
inline constexpr std::uint8_t kGetLastRwStatus = 0x3B;
inline constexpr std::uint8_t kDriveNrst = 0x3C;
inline constexpr std::uint8_t kGetLastRwStatus2 = 0x3E;
inline constexpr std::uint8_t kStartTraceRx = 0x40;
inline constexpr std::uint8_t kStopTraceRx = 0x41;
inline constexpr std::uint8_t kGetTraceNb = 0x42;
inline constexpr std::uint8_t kSwdSetFreq = 0x43;
inline constexpr std::uint8_t kJtagSetFreq = 0x44;
inline constexpr std::uint8_t kReadDapReg = 0x45;
inline constexpr std::uint8_t kWriteDapReg = 0x46;
inline constexpr std::uint8_t kReadMem16 = 0x47;
inline constexpr std::uint8_t kWriteMem16 = 0x48;
inline constexpr std::uint8_t kInitAp = 0x4B;
inline constexpr std::uint8_t kCloseApDbg = 0x4C;
inline constexpr std::uint8_t kWriteMem32NoInc = 0x50;
inline constexpr std::uint8_t kRwMiscOut = 0x51;
inline constexpr std::uint8_t kRwMiscIn = 0x52;
inline constexpr std::uint8_t kReadMem32NoInc = 0x54;
inline constexpr std::uint8_t kGetBoardIds = 0x56;
inline constexpr std::uint8_t kSetComFreq = 0x61;
inline constexpr std::uint8_t kGetComFreq = 0x62;
inline constexpr std::uint8_t kSwitchStlinkFreq = 0x63;

// Third byte of kApiV2Enter.
inline constexpr std::uint8_t kEnterSwd = 0xA3;
inline constexpr std::uint8_t kEnterJtagNoReset = 0xA4;
inline constexpr std::uint8_t kEnterJtagReset = 0x00;
}  // namespace dbg

// READ/WRITE_DAP_REG port value that addresses the DP (section 8).
inline constexpr std::uint16_t kDpPort = 0xFFFF;

enum class NrstDrive : std::uint8_t { Low = 0, High = 1, Pulse = 2 };

// ---- reply status byte (section 2.3) ---------------------------------------------------

enum class StlinkStatus : std::uint8_t {
    Ok = 0x80,
    Fault = 0x81,
    JtagUnknownError = 0x01,
    SpiError = 0x02,
    DmaError = 0x03,
    UnknownJtagChain = 0x04,
    NoDeviceConnected = 0x05,
    InternalError = 0x06,
    JtagCmdWait = 0x07,
    JtagCmdError = 0x08,
    JtagGetIdcodeError = 0x09,
    JtagAlignmentError = 0x0A,
    JtagDbgPowerError = 0x0B,
    JtagWriteError = 0x0C,
    JtagWriteVerifError = 0x0D,
    JtagAlreadyOpenedInOtherMode = 0x0E,
    SwdApWait = 0x10,
    SwdApFault = 0x11,
    SwdApError = 0x12,
    SwdApParityError = 0x13,
    SwdDpWait = 0x14,
    SwdDpFault = 0x15,
    SwdDpError = 0x16,
    SwdDpParityError = 0x17,
    SwdApWdataError = 0x18,
    SwdApStickyError = 0x19,
    SwdApStickyOrunError = 0x1A,
    BadAp = 0x1D,
    SwvNotAvailable = 0x20,
    JtagConfChanged = 0x40,
    JtagFreqNotSupported = 0x41,
    JtagUnknownCmd = 0x42,
};

// "SWD_AP_WAIT", "0x2F" for unknown values.
std::string_view statusName(std::uint8_t status);
// WAIT statuses the host retries (0x10, 0x14).
bool isWaitStatus(std::uint8_t status);

// ---- modes (section 4) -----------------------------------------------------------------

enum class Mode : std::uint8_t { Dfu = 0, Mass = 1, Debug = 2, Swim = 3, Bootloader = 4 };

// ---- command blocks and reply lengths (section 5) ---------------------------------------

// Which data phase follows the 16-byte command block.
enum class DataPhase : std::uint8_t { None, In, Out };

// One ST-LINK command ready for the wire: the block, the bytes of a data-out phase, and
// how many bytes the host must read back (0: no IN phase).
struct Request {
    CommandBlock block{};
    Bytes dataOut;
    std::size_t replyLength = 0;
    DataPhase phase() const {
        return !dataOut.empty() ? DataPhase::Out : (replyLength > 0 ? DataPhase::In : DataPhase::None);
    }
};

// Fields of cmd[2..11] of every memory command (section 9.1).
struct MemoryCommand {
    std::uint32_t address = 0;
    std::uint16_t length = 0;
    std::uint8_t apsel = 0;
    std::uint32_t csw = 0;  // full CSW value; only bits 31:8 travel, 0 = firmware default
};

namespace request {
Request getVersion();
Request getVersionEx();
Request getCurrentMode();
Request dfuExit();
Request swimExit();
Request debugExit();
Request getTargetVoltage();
Request enterSwd();
Request readIdCodes();
Request swdSetFreq(std::uint16_t divisor);
Request jtagSetFreq(std::uint16_t divisor);
Request getComFreq(bool jtag = false);
Request setComFreq(std::uint32_t kHz, bool jtag = false);
Request switchStlinkFreq(std::uint8_t prescaler);
Request driveNrst(NrstDrive drive);
Request readDapReg(std::uint16_t port, std::uint16_t address);
Request writeDapReg(std::uint16_t port, std::uint16_t address, std::uint32_t value);
Request readMem32(const MemoryCommand& m);
Request readMem16(const MemoryCommand& m);
Request readMem8(const MemoryCommand& m);  // replyLength = max(length, 2): the 1-byte quirk
Request readMem32NoInc(const MemoryCommand& m);
Request writeMem32(const MemoryCommand& m, ByteView data);
Request writeMem16(const MemoryCommand& m, ByteView data);
Request writeMem8(const MemoryCommand& m, ByteView data);
Request writeMem32NoInc(const MemoryCommand& m, ByteView data);
Request getLastRwStatus();
Request getLastRwStatus2();
Request initAp(std::uint8_t apsel);
Request closeApDbg(std::uint8_t apsel);
Request readDebugReg(std::uint32_t address);
Request writeDebugReg(std::uint32_t address, std::uint32_t value);
Request readReg(std::uint8_t regsel);
Request writeReg(std::uint8_t regsel, std::uint32_t value);
Request readAllRegs();
Request resetSys();
Request getBoardIds();
Request startTraceRx(std::uint16_t bufferSize, std::uint32_t baud);
Request stopTraceRx();
Request getTraceNb();
}  // namespace request

// Reads cmd[2..11] of a memory command.
MemoryCommand decodeMemoryCommand(const CommandBlock& block);

// ---- RW_MISC batching (section 10) -----------------------------------------------------

enum class MiscOp : std::uint8_t { Address = 1, Write = 2, Read = 3, ApNum = 5 };
struct MiscItem {
    MiscOp op = MiscOp::Read;
    std::uint32_t operand = 0;
};
// RW_MISC_OUT with its data phase: opcodes padded to 4, then one u32 per item.
Request rwMiscOut(const std::vector<MiscItem>& items);
// RW_MISC_IN; the reply is 8 * items bytes.
Request rwMiscIn(std::size_t items);
std::optional<std::vector<MiscItem>> decodeRwMiscData(ByteView data, std::uint32_t items);
std::size_t rwMiscDataLength(std::uint32_t items);

// ---- reply decoding ---------------------------------------------------------------------

struct LastRwStatus {
    std::uint16_t status = 0;
    std::uint32_t faultAddress = 0;
};
std::optional<LastRwStatus> decodeLastRwStatus2(ByteView reply);

// V = 2 * adc1 * 1.2 / adc0 (0 when adc0 is 0).
std::optional<double> decodeTargetVoltage(ByteView reply);
// The inverse, for the virtual probe: adc0 fixed at 1000 as in the capture of section 14.4.
Bytes encodeTargetVoltage(double volts);

}  // namespace rescue::probe::stlink
