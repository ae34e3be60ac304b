#pragma once
// The probe recording file (JSON lines, docs/probes.md "Record and replay"): what a call
// looks like on a line, shared by the recorder that writes it and the replay probe that
// compares a new call with it. One function builds a call's "op" and "args" for both sides,
// so a call made again the same way compares equal by construction.
//
//   {"format":"rescue-probe-recording","version":1,"session":1,"tool":...,"probe":{...},...}
//   {"seq":1,"op":"attach","args":{},"t_ns":0,"dur_ns":41000,"ok":true,"result":{"value":"0x6BA02477"},...}
//   {"seq":9,"op":"writeMemory","args":{"ap":0,"address":"0xE0044004","width":32,"length":4,
//    "redacted":true},...}                                  (a secret's words: no value at all)

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/common/bytes.h"
#include "core/common/error.h"
#include "core/probe/debug_probe.h"

namespace rescue::probe::record {

inline constexpr std::string_view kFormatName = "rescue-probe-recording";
inline constexpr int kFormatVersion = 1;

// Stable error codes of recording and replay.
namespace record_error {
inline constexpr std::string_view kOpenFailed = "record.open-failed";      // the file cannot be created
inline constexpr std::string_view kWriteFailed = "record.write-failed";    // a line could not be written
inline constexpr std::string_view kBadRecording = "replay.bad-recording";  // a line does not parse
inline constexpr std::string_view kDiverged = "replay.diverged";
inline constexpr std::string_view kEnded = "replay.ended";
}  // namespace record_error

// A call as the file names it: the method and its arguments (addresses as "0x0000ABCD").
struct ProbeCall {
    std::string op;
    nlohmann::json args = nlohmann::json::object();
};

ProbeCall attachCall();
ProbeCall detachCall();
ProbeCall targetVoltageCall();
ProbeCall setSwdFrequencyCall(std::uint32_t kHz);
ProbeCall driveNrstCall(NrstDrive drive);
ProbeCall readDpCall(std::uint16_t address);
ProbeCall writeDpCall(std::uint16_t address, std::uint32_t value, bool redacted);
ProbeCall readApCall(std::uint8_t ap, std::uint16_t address);
ProbeCall writeApCall(std::uint8_t ap, std::uint16_t address, std::uint32_t value, bool redacted);
ProbeCall readMemoryCall(std::uint8_t ap, std::uint32_t address, std::size_t length, AccessWidth width);
ProbeCall writeMemoryCall(std::uint8_t ap, std::uint32_t address, ByteView data, AccessWidth width,
                          bool redacted);
// One entry for the whole batch; `redacted` leaves out the value of every Write step.
ProbeCall memoryStepsCall(std::span<const MemoryStep> steps, Clock::Duration pollTimeout, bool redacted);

// The same call with its value left out, as a redacted write is recorded: compared with a
// redacted entry, only the method, the target and the length must match.
ProbeCall redactedForm(const ProbeCall& call);
bool isRedacted(const nlohmann::json& args);

// "readMemory(ap 0, 0xE0044000, 4 bytes, 32-bit)": a call in one line for errors and logs.
std::string describeCall(std::string_view op, const nlohmann::json& args);

nlohmann::json errorToJson(const Error& error);
Error errorFromJson(const nlohmann::json& json);  // tolerant: missing fields stay empty

nlohmann::json probeInfoToJson(const ProbeInfo& info);
ProbeInfo probeInfoFromJson(const nlohmann::json& json);
nlohmann::json capabilitiesToJson(const ProbeCapabilities& caps);
ProbeCapabilities capabilitiesFromJson(const nlohmann::json& json);

std::string_view nrstDriveName(NrstDrive drive);

}  // namespace rescue::probe::record
