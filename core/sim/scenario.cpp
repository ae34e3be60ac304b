#include "core/sim/scenario.h"

#include <algorithm>
#include <fstream>

#include <fmt/format.h>

#include "core/common/paths.h"

namespace rescue::sim {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

Error fieldError(const std::string& origin, const std::string& field, const std::string& expected,
                 const json* found = nullptr) {
    std::string message = fmt::format("{}: field \"{}\" {}", origin, field, expected);
    if (found)
        message += fmt::format(", found {}", found->dump());
    message += ".";
    return makeError("scenario.invalid", message,
                     "See docs/scenarios.md for the scenario format, or `rescue lab list` for examples.");
}

// Reads an optional string field; an absent field keeps `out` unchanged.
Status readString(const json& obj, const char* key, const std::string& path, const std::string& origin,
                  std::string& out) {
    auto it = obj.find(key);
    if (it == obj.end())
        return {};
    if (!it->is_string())
        return fieldError(origin, path + key, "must be a string", &*it);
    out = it->get<std::string>();
    return {};
}

Status readBool(const json& obj, const char* key, const std::string& path, const std::string& origin,
                bool& out) {
    auto it = obj.find(key);
    if (it == obj.end())
        return {};
    if (!it->is_boolean())
        return fieldError(origin, path + key, "must be true or false", &*it);
    out = it->get<bool>();
    return {};
}

// JSON text "42" parses as unsigned, a json built in code from 42 as signed: accept both.
bool isNonNegativeInteger(const json& j) {
    return j.is_number_unsigned() || (j.is_number_integer() && j.get<std::int64_t>() >= 0);
}

Status checkKnownKeys(const json& obj, std::initializer_list<const char*> known, const std::string& path,
                      const std::string& origin) {
    for (const auto& item : obj.items()) {
        const std::string& key = item.key();  // clang 14 cannot capture a structured binding
        if (std::none_of(known.begin(), known.end(), [&](const char* k) { return key == k; })) {
            std::string list;
            for (const char* k : known)
                list += std::string(list.empty() ? "" : ", ") + k;
            return fieldError(origin, path + key, "is not a scenario field (known: " + list + ")");
        }
    }
    return {};
}

Status parseProbe(const json& j, const std::string& origin, ProbeSpec& probe) {
    if (!j.is_object())
        return fieldError(origin, "probe", "must be an object", &j);
    if (auto s =
            checkKnownKeys(j, {"model", "firmware", "serial", "nrst_wired", "target_voltage", "packet_size"},
                           "probe.", origin);
        !s)
        return s;
    if (auto s = readString(j, "model", "probe.", origin, probe.model); !s)
        return s;
    static const char* models[] = {"STLINK-V2",      "STLINK-V2-1", "STLINK-V3SET",
                                   "STLINK-V3MINIE", "STLINK-V3E",  "CMSIS-DAP"};
    if (std::none_of(std::begin(models), std::end(models), [&](const char* m) { return probe.model == m; }))
        return fieldError(
            origin, "probe.model",
            "must be one of STLINK-V2, STLINK-V2-1, STLINK-V3SET, STLINK-V3MINIE, STLINK-V3E, CMSIS-DAP",
            &j["model"]);
    if (auto it = j.find("packet_size"); it != j.end()) {
        if (!probe.isCmsisDap())
            return fieldError(origin, "probe.packet_size", "is only for \"model\": \"CMSIS-DAP\"", &*it);
        if (!it->is_number_unsigned() ||
            (it->get<unsigned>() != 64 && it->get<unsigned>() != 512 && it->get<unsigned>() != 1024))
            return fieldError(origin, "probe.packet_size",
                              "must be 64 (full speed), 512 (high speed) or 1024", &*it);
        probe.packetSize = it->get<unsigned>();
    }
    if (auto s = readString(j, "firmware", "probe.", origin, probe.firmware); !s)
        return s;
    if (auto s = readString(j, "serial", "probe.", origin, probe.serial); !s)
        return s;
    if (auto s = readBool(j, "nrst_wired", "probe.", origin, probe.nrstWired); !s)
        return s;
    if (auto it = j.find("target_voltage"); it != j.end()) {
        if (!it->is_number() || it->get<double>() < 0.0 || it->get<double>() > 5.5)
            return fieldError(origin, "probe.target_voltage", "must be a number of volts between 0 and 5.5",
                              &*it);
        probe.targetVoltage = it->get<double>();
    }
    return {};
}

Status parseDa(const json& j, const fs::path& baseDir, const std::string& origin, DaSpec& da) {
    if (!j.is_object())
        return fieldError(origin, "da", "must be an object (omit it when nothing is provisioned)", &j);
    if (auto s =
            checkKnownKeys(j, {"method", "root_public_key", "permissions", "password_file"}, "da.", origin);
        !s)
        return s;
    std::string method;
    if (auto s = readString(j, "method", "da.", origin, method); !s)
        return s;
    if (method == "certificate") {
        da.method = DaMethod::Certificate;
        std::string key, permissions;
        if (auto s = readString(j, "root_public_key", "da.", origin, key); !s)
            return s;
        if (key.empty())
            return fieldError(origin, "da.root_public_key",
                              "is required with method \"certificate\" (a PEM public key file)");
        if (auto s = readString(j, "permissions", "da.", origin, permissions); !s)
            return s;
        if (permissions.empty())
            return fieldError(origin, "da.permissions",
                              "is required with method \"certificate\" (a 128-bit mask such as "
                              "\"0x80000000000000000000000000004007\")");
        da.rootPublicKey = baseDir / key;
        da.permissions = permissions;
        if (!fs::is_regular_file(da.rootPublicKey))
            return fieldError(origin, "da.root_public_key",
                              "names a file that does not exist: " + da.rootPublicKey.string());
    } else if (method == "password") {
        da.method = DaMethod::Password;
        std::string file;
        if (auto s = readString(j, "password_file", "da.", origin, file); !s)
            return s;
        if (file.empty())
            return fieldError(origin, "da.password_file", "is required with method \"password\"");
        da.passwordFile = baseDir / file;
        if (!fs::is_regular_file(da.passwordFile))
            return fieldError(origin, "da.password_file",
                              "names a file that does not exist: " + da.passwordFile.string());
    } else {
        return fieldError(origin, "da.method", "must be \"certificate\" or \"password\"",
                          j.contains("method") ? &j["method"] : nullptr);
    }
    return {};
}

}  // namespace

Result<Scenario> parseScenario(const json& j, const fs::path& baseDir, const std::string& origin) {
    if (!j.is_object())
        return makeError("scenario.invalid", origin + ": a scenario must be a JSON object.");
    if (auto s = checkKnownKeys(j,
                                {"name", "description", "chip", "probe", "lifecycle", "da", "option_bytes",
                                 "seed", "chip_parameters", "faults"},
                                "", origin);
        !s)
        return std::move(s).error();

    Scenario sc;
    if (auto s = readString(j, "name", "", origin, sc.name); !s)
        return std::move(s).error();
    if (sc.name.empty())
        return fieldError(origin, "name", "is required (a short name such as \"h563-closed-da\")");
    if (auto s = readString(j, "description", "", origin, sc.description); !s)
        return std::move(s).error();
    if (auto s = readString(j, "chip", "", origin, sc.chip); !s)
        return std::move(s).error();
    if (sc.chip.empty())
        return fieldError(origin, "chip", "is required (a part number such as \"STM32H563ZI\")");
    if (auto it = j.find("probe"); it != j.end())
        if (auto s = parseProbe(*it, origin, sc.probe); !s)
            return std::move(s).error();
    if (auto it = j.find("lifecycle"); it != j.end()) {
        if (!it->is_string() || it->get<std::string>().empty())
            return fieldError(
                origin, "lifecycle",
                "must be a state name (open, provisioning, irot-provisioned, tz-closed, closed, "
                "locked) or a code such as \"0x17\"",
                &*it);
        sc.lifecycle = it->get<std::string>();
    }
    if (auto it = j.find("da"); it != j.end()) {
        DaSpec da;
        if (auto s = parseDa(*it, baseDir, origin, da); !s)
            return std::move(s).error();
        sc.da = da;
    }
    if (auto it = j.find("option_bytes"); it != j.end()) {
        if (!it->is_object())
            return fieldError(origin, "option_bytes", "must be an object of field name to value", &*it);
        for (const auto& [field, value] : it->items()) {
            if (!value.is_string() && !isNonNegativeInteger(value))
                return fieldError(origin, "option_bytes." + field,
                                  "must be a number or a string such as \"0xFF\"", &value);
            sc.optionBytes[field] = value;
        }
    }
    if (auto it = j.find("seed"); it != j.end()) {
        if (!isNonNegativeInteger(*it))
            return fieldError(origin, "seed", "must be a non-negative integer", &*it);
        sc.seed = it->get<std::uint64_t>();
    }
    if (auto it = j.find("chip_parameters"); it != j.end()) {
        if (!it->is_object())
            return fieldError(origin, "chip_parameters", "must be an object", &*it);
        sc.chipParameters = *it;
    }
    if (auto it = j.find("faults"); it != j.end()) {
        if (!it->is_object())
            return fieldError(origin, "faults", "must be an object", &*it);
        sc.faults = *it;
    }
    return sc;
}

Result<Scenario> loadScenarioFile(const fs::path& file) {
    // A folder opens as a stream on Linux and throws on the first read: say what it is instead.
    std::error_code ec;
    if (fs::exists(file, ec) && !fs::is_regular_file(file, ec))
        return makeError("scenario.unreadable",
                         "The scenario " + file.string() + " is not a file (a folder or a device).",
                         "Give a scenario .json file or a shipped name; `rescue lab list` shows them.");
    std::ifstream in(file);
    if (!in)
        return makeError("scenario.unreadable", "Cannot read the scenario file " + file.string() + ".",
                         "Check the path; `rescue lab list` shows the shipped scenarios.");
    json j = json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded())
        return makeError("scenario.invalid", file.string() + ": not valid JSON.",
                         "Check the file with a JSON validator (a missing comma or quote is typical).");
    auto sc = parseScenario(j, file.parent_path(), file.string());
    if (sc)
        sc->sourceFile = fs::absolute(file);
    return sc;
}

fs::path shippedScenarioDir() {
    return resourceDir() / "scenarios";
}

std::vector<ScenarioListing> listShippedScenarios() {
    std::vector<ScenarioListing> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(shippedScenarioDir(), ec)) {
        if (entry.path().extension() != ".json")
            continue;
        auto sc = loadScenarioFile(entry.path());
        // A broken shipped file is listed under its file name so that it is noticed.
        out.push_back({sc ? sc->name : entry.path().stem().string(),
                       sc ? sc->description : "INVALID: " + sc.error().message, entry.path()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return out;
}

Result<Scenario> loadScenarioByNameOrPath(const std::string& nameOrPath) {
    const bool isPath = nameOrPath.find('/') != std::string::npos || nameOrPath.ends_with(".json");
    if (isPath)
        return loadScenarioFile(nameOrPath);
    for (const auto& listing : listShippedScenarios())
        if (listing.name == nameOrPath)
            return loadScenarioFile(listing.file);
    std::string names;
    for (const auto& listing : listShippedScenarios())
        names += (names.empty() ? "" : ", ") + listing.name;
    return makeError("scenario.unknown", "There is no lab scenario named \"" + nameOrPath + "\".",
                     "Shipped scenarios: " + names + ". A path must contain '/' or end in .json.");
}

}  // namespace rescue::sim
