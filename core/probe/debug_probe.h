#pragma once
// The one driver interface every debug probe implements (sigrok's shape: a source scans
// and opens, a session does the work). ST-LINK over USB, over the ST-LINK server and into
// the lab is one implementation (probe/stlink/stlink_probe.h); CMSIS-DAP v2
// (probe/cmsisdap/) and the replay of a recorded session (probe/record/) are the others. Everything above it
// (core/arm, identification, DA, option bytes, the wizard) talks only to DebugProbe, so there is no "if
// simulated" anywhere outside core/sim.
//
// Register addresses are ADIv5 byte addresses including the bank: readAp(1, 0xFC) reads
// AP1's IDR. The probe does DP SELECT banking itself (the ST-LINK firmware does; a CMSIS-DAP
// driver writes SELECT), so callers never write SELECT.
//
// A DebugProbe is used by one thread at a time (the engine's worker for its session).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/probe/lab_bench.h"
#include "core/probe/rom_services.h"

namespace rescue::probe {

// Stable error codes of probe operations; arm/, identification and the wizard branch on
// them, people read the message (which says what happened and what to try).
namespace probe_error {
inline constexpr std::string_view kWait = "probe.wait";               // target kept answering WAIT
inline constexpr std::string_view kFault = "probe.fault";             // FAULT ack / sticky error
inline constexpr std::string_view kDpError = "probe.dp-error";        // DP parity/protocol error
inline constexpr std::string_view kNoTarget = "probe.no-target";      // nothing answers on SWD
inline constexpr std::string_view kApDisabled = "probe.ap-disabled";  // the AP does not answer
inline constexpr std::string_view kFirmwareTooOld = "probe.firmware-too-old";
inline constexpr std::string_view kBadReply = "probe.bad-reply";  // short/malformed reply
inline constexpr std::string_view kTimeout = "probe.timeout";     // probe did not answer
inline constexpr std::string_view kDisconnected = "probe.disconnected";
inline constexpr std::string_view kUnsupported = "probe.unsupported";
// A WaitUntil step of runMemorySteps never saw its value within the poll timeout.
inline constexpr std::string_view kMatchTimeout = "probe.match-timeout";
}  // namespace probe_error

enum class AccessWidth : std::uint8_t { Bits8 = 1, Bits16 = 2, Bits32 = 4 };

enum class NrstDrive : std::uint8_t { Low, High, Pulse };

// What a person and a script see of a probe, listed or open.
struct ProbeInfo {
    std::string uri;  // "stlink:0669FF...", "stlink-tcp://127.0.0.1:7184/0669FF...", "lab:h563-open-healthy"
    std::string transport;  // "usb", "stlink-tcp", "lab"
    std::string model;      // "STLINK-V3SET"
    std::string serial;
    std::string firmware;  // "V3J17M10B6S1"; empty until opened when the listing cannot tell
    std::optional<double> targetVoltage;
    // Why the probe is listed but cannot be opened (permissions, busy), with the fix.
    std::string problem;
};

struct ProbeCapabilities {
    bool nrstLine = true;          // can drive NRST
    bool multiAp = true;           // memory and register access on APs other than 0
    bool apChoiceInMemory = true;  // memory commands take an AP number
    std::size_t maxMemoryBlock = 6144;
};

// One 32-bit access of a batch (runMemorySteps). WaitUntil polls `address` until
// (word & mask) == value: the DA mailbox handshake is "wait for the ACK bit, then move a
// word", and a probe that can poll by itself (CMSIS-DAP value match) runs a whole batch of
// those in a few USB packets instead of one round trip per poll and per word.
struct MemoryStep {
    enum class Kind : std::uint8_t { Read, Write, WaitUntil };
    Kind kind;
    std::uint8_t ap;
    std::uint32_t address;
    std::uint32_t value = 0;
    std::uint32_t mask = 0xFFFFFFFF;
};

// Evidence names of a failed runMemorySteps, so a caller (the mailbox link) can tell which
// step of its batch failed and, for a match timeout, what the register last read.
namespace memory_step_evidence {
inline constexpr std::string_view kStep = "step";             // decimal index into the batch
inline constexpr std::string_view kLastValue = "last value";  // "0x%08X" of the last poll
}  // namespace memory_step_evidence

struct ProbeCounters {
    std::uint64_t roundTrips = 0;  // host <-> probe exchanges (USB command + reply)
    std::uint64_t waitRetries = 0;
};

class DebugProbe {
public:
    virtual ~DebugProbe() = default;

    virtual const ProbeInfo& info() const = 0;
    virtual ProbeCapabilities capabilities() const = 0;
    // The clock every wait of this session runs on (virtual for lab boards in tests).
    virtual Clock& clock() = 0;

    // Puts the probe in SWD debug mode (leaving DFU / mass storage / SWIM as needed) and
    // attaches: line reset and DPIDR read. Returns DPIDR. Safe to call again after a
    // target reset or an error.
    virtual Result<std::uint32_t> attach() = 0;
    // Leaves debug mode; the probe may be opened again.
    virtual Status detach() = 0;

    virtual Result<double> targetVoltage() = 0;
    // Sets the SWD clock to the highest supported frequency <= kHz; returns what was set.
    virtual Result<std::uint32_t> setSwdFrequency(std::uint32_t kHz) = 0;
    virtual Status driveNrst(NrstDrive drive) = 0;

    virtual Result<std::uint32_t> readDp(std::uint16_t address) = 0;
    virtual Status writeDp(std::uint16_t address, std::uint32_t value) = 0;
    virtual Result<std::uint32_t> readAp(std::uint8_t ap, std::uint16_t address) = 0;
    virtual Status writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) = 0;

    // Memory through a MEM-AP. `address` and `length` must be multiples of the width; the
    // driver splits into the probe's block sizes and at 1 KiB TAR auto-increment bounds.
    // A bus fault fails with kFault and the faulting address in the error's evidence.
    virtual Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                                     AccessWidth width = AccessWidth::Bits32) = 0;
    virtual Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data,
                               AccessWidth width = AccessWidth::Bits32) = 0;

    // Runs the steps in order through a MEM-AP, 32-bit. WaitUntil polls until
    // (word & mask) == value, for at most `pollTimeout` on clock() (each WaitUntil step has
    // its own `pollTimeout`, and reads at least once); a poll that never matches fails with
    // kMatchTimeout. Any failure carries memory_step_evidence::kStep (the failing step's
    // index), and a match timeout kLastValue (the last word read). Returns the words of the
    // Read steps, in order. The base implementation is readMemory/writeMemory with a
    // host-side poll loop: one round trip per access; CMSIS-DAP overrides it with value match.
    virtual Result<std::vector<std::uint32_t>> runMemorySteps(std::span<const MemoryStep> steps,
                                                              Clock::Duration pollTimeout);

    virtual ProbeCounters counters() const = 0;

    // ST's boot ROM services (-psrss, -obrss) when this probe can reach them: only the lab's
    // probes can (rom_services.h); null on real hardware.
    virtual RomServices* romServices() { return nullptr; }
    // The lab board's RESET button, for the simulated operator (lab_bench.h); null on real
    // hardware, where a person presses the button.
    virtual LabBench* labBench() { return nullptr; }

    // Conveniences over readMemory/writeMemory.
    Result<std::uint32_t> read32(std::uint8_t ap, std::uint32_t address);
    Status write32(std::uint8_t ap, std::uint32_t address, std::uint32_t value);
};

}  // namespace rescue::probe
