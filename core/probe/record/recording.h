#pragma once
// A recording read back (recording_format.h): its probe sessions, each a header and the calls
// in order, every value checked as it is read so the replay probe never meets a surprise.
// A line that is not JSON, not a known call, out of sequence or with a value of the wrong
// shape fails the whole file with replay.bad-recording naming the line and what is wrong
// (a truncated last line says the recording was cut short). This parser is a fuzz target.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/bytes.h"
#include "core/common/result.h"
#include "core/probe/debug_probe.h"

namespace rescue::probe::record {

struct RecordedCall {
    std::uint64_t seq = 0;
    std::size_t line = 0;  // 1-based line of the file
    std::string op;
    nlohmann::json args;
    std::int64_t tNs = 0;    // the probe's clock at the call, from the session's start
    std::int64_t durNs = 0;  // how long the call took on that clock
    bool ok = true;
    Error error;                       // when !ok
    std::uint32_t word = 0;            // attach, readDp, readAp, setSwdFrequency
    double number = 0;                 // targetVoltage
    Bytes data;                        // readMemory
    std::vector<std::uint32_t> words;  // runMemorySteps: the Read steps' words
    ProbeCounters counters;            // after the call
};

struct RecordedSession {
    int number = 0;
    std::size_t line = 0;
    std::string tool;
    std::string started;
    std::string clock;  // "virtual" or "steady"
    ProbeInfo probe;
    ProbeCapabilities capabilities;
    ProbeCounters countersAtStart;  // the probe's counters when the recording began
    std::vector<RecordedCall> calls;
};

struct Recording {
    std::string name;  // the file's name, for messages
    std::vector<RecordedSession> sessions;
};

Result<Recording> parseRecording(std::string_view text, std::string name = "the recording");
Result<Recording> loadRecording(const std::filesystem::path& path);

}  // namespace rescue::probe::record
