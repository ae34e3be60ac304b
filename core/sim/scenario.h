#pragma once
// A lab scenario: which chip, which probe, in which state, with what provisioned. Loaded
// from JSON (resources/scenarios/*.json or a user's file). Only core/sim reads scenarios:
// the host side learns about a lab board through the wire, like on a real one.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/result.h"

namespace rescue::sim {

struct ProbeSpec {
    std::string model =
        "STLINK-V3SET";     // STLINK-V2, STLINK-V2-1, STLINK-V3SET, STLINK-V3MINIE, STLINK-V3E, CMSIS-DAP
    std::string firmware;   // e.g. "V3J17M10B6S1"; empty: the model's default
    std::string serial;     // empty: derived from the scenario name
    bool nrstWired = true;  // is the probe's T_NRST connected to the chip's NRST?
    double targetVoltage = 3.3;
    // CMSIS-DAP only: the USB packet size, 64 (a full-speed probe), 512 (high speed) or 1024.
    unsigned packetSize = 512;
    bool isCmsisDap() const { return model == "CMSIS-DAP"; }
};

enum class DaMethod { Certificate, Password };

struct DaSpec {
    DaMethod method = DaMethod::Certificate;
    std::filesystem::path rootPublicKey;  // certificate: PEM public key (absolute once loaded)
    std::string permissions;              // certificate: 128-bit mask, "0x..." as written
    std::filesystem::path passwordFile;   // password: the raw password (the chip keeps its hash)
};

struct Scenario {
    std::string name;
    std::string description;
    std::string chip;  // part number as a user writes it, e.g. "STM32H7S7L8"
    ProbeSpec probe;
    std::string lifecycle = "open";  // a state name or a code such as "0x17"
    std::optional<DaSpec> da;        // absent: nothing provisioned
    // Catalog field name -> value as written ("0x00", 255, "B4"...), applied over the blank chip.
    std::map<std::string, nlohmann::json> optionBytes;
    std::optional<std::uint64_t> seed;  // fixes the lab's randomness
    // Per-chip parameters that override the catalog for this board (timing, DA unknowns).
    nlohmann::json chipParameters = nlohmann::json::object();
    // Probe misbehaviour knobs, passed to the virtual probe as they are.
    nlohmann::json faults = nlohmann::json::object();
    std::filesystem::path sourceFile;  // where it was loaded from (empty when built in code)
};

// Parses a scenario; relative paths are resolved against `baseDir`. Errors name `origin`
// (the file), the field and what was expected.
Result<Scenario> parseScenario(const nlohmann::json& json, const std::filesystem::path& baseDir,
                               const std::string& origin);
Result<Scenario> loadScenarioFile(const std::filesystem::path& file);

// The shipped scenarios: resourceDir()/scenarios/*.json.
std::filesystem::path shippedScenarioDir();
struct ScenarioListing {
    std::string name;
    std::string description;
    std::filesystem::path file;
};
std::vector<ScenarioListing> listShippedScenarios();

// In `lab:X`, X is a path when it contains '/' or ends in ".json", else a shipped name.
Result<Scenario> loadScenarioByNameOrPath(const std::string& nameOrPath);

}  // namespace rescue::sim
