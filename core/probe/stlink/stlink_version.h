#pragma once
// ST-LINK firmware versions: decoding GET_VERSION / APIV3_GET_VERSION_EX replies, the
// version string tools print ("V2J37M26", "V3J17M10B6S1"), and the feature gates that
// follow from the JTAG/SWD firmware number (docs/reference/stlink-protocol.md section 3).

#include <cstdint>
#include <optional>
#include <string>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::probe::stlink {

struct FirmwareVersion {
    std::uint8_t hardware = 0;  // v: 1, 2, 3 (V3), 4 (V3PWR)
    std::uint8_t jtag = 0;      // JTAG/SWD firmware, the number the feature gates use
    std::uint8_t swim = 0;
    std::uint8_t msd = 0;     // mass storage / VCP
    std::uint8_t bridge = 0;  // V3 only
    std::uint8_t power = 0;   // V3PWR only
    std::uint16_t vid = 0;
    std::uint16_t pid = 0;

    // V3 and V3PWR speak API v3 (GET_VERSION_EX, SET_COM_FREQ); V2 and V2-1 speak API v2.
    bool isV3() const { return hardware >= 3; }
    // OpenOCD's format: V{v}J{jtag}M{msd}B{bridge}S{swim}, parts left out as it does.
    std::string toString() const;
    bool operator==(const FirmwareVersion&) const = default;
};

// Decodes the 6-byte GET_VERSION reply. For v >= 3 only hardware, VID and PID are filled
// (x and y are 0); complete it with applyVersionEx().
Result<FirmwareVersion> decodeGetVersion(ByteView reply);
// Fills the firmware numbers from the 12-byte APIV3_GET_VERSION_EX reply.
Status applyVersionEx(FirmwareVersion& version, ByteView reply);
// "V2J46S7", "V2J37M26", "V3J17M10B6S1" (also accepts the V1..V4 hardware prefix); the
// PID-dependent meaning of x/y is not part of a string, so vid/pid stay 0.
std::optional<FirmwareVersion> parseVersionString(std::string_view text);

// The bytes a probe with this version answers (the virtual ST-LINK uses these).
Bytes encodeGetVersion(const FirmwareVersion& version);
Bytes encodeGetVersionEx(const FirmwareVersion& version);

// OpenOCD's STLINK_F_* gates (section 3.2), named for what they allow.
enum class Feature : std::uint8_t {
    TraceAndTargetVoltage,  // SWO trace, GET_TARGET_VOLTAGE
    LastRwStatus2,          // 12-byte GETLASTRWSTATUS2, FPU registers via READREG
    SwdSetFreq,             // F2 43 divisor table (V2 only; V3 uses SET_COM_FREQ)
    ComFreq,                // F2 61 / F2 62 (V3 only)
    JtagSetFreq,
    DapRegisterAccess,      // READ/WRITE_DAP_REG
    JtagDpReadNeedsRdbuff,  // quirk of V2 J24..J31
    Memory16,               // 16-bit memory commands
    WriteMem32NoInc,
    MultiAp,           // INIT_AP / CLOSE_AP_DBG
    CloseApStatus,     // CLOSE_AP_DBG returns a meaningful status
    BankedDpAndCsw,    // banked DP registers, CSW + APSEL in memory commands, READMEM_32 no-inc
    RwMisc,            // RW_MISC_OUT / RW_MISC_IN
    Memory8Upto512,    // 8-bit commands up to 512 bytes
    BoardIdentifiers,  // GET_BOARD_IDENTIFIERS
};

bool hasFeature(const FirmwareVersion& version, Feature feature);
// Largest 8-bit memory transfer this firmware accepts.
std::size_t maxMemory8(const FirmwareVersion& version);

// Minimum versions tools enforce for dap-direct SWD (OpenOCD: V2 >= J24; V3 any).
bool supportsDapDirect(const FirmwareVersion& version);

}  // namespace rescue::probe::stlink
