#include "core/probe/record/recording_format.h"

#include <fmt/format.h>

namespace rescue::probe::record {
namespace {

using nlohmann::json;

std::string hex16(std::uint16_t v) {
    return fmt::format("0x{:02X}", v);
}

int widthBits(AccessWidth width) {
    return static_cast<int>(width) * 8;
}

ProbeCall call(std::string op, json args = json::object()) {
    return ProbeCall{std::move(op), std::move(args)};
}

std::string str(const json& j, const char* key) {
    if (!j.is_object() || !j.contains(key))
        return {};
    const json& v = j.at(key);
    if (v.is_string())
        return v.get<std::string>();
    return v.dump();
}

}  // namespace

ProbeCall attachCall() {
    return call("attach");
}
ProbeCall detachCall() {
    return call("detach");
}
ProbeCall targetVoltageCall() {
    return call("targetVoltage");
}
ProbeCall setSwdFrequencyCall(std::uint32_t kHz) {
    return call("setSwdFrequency", {{"khz", kHz}});
}
ProbeCall driveNrstCall(NrstDrive drive) {
    return call("driveNrst", {{"drive", std::string(nrstDriveName(drive))}});
}
ProbeCall readDpCall(std::uint16_t address) {
    return call("readDp", {{"address", hex16(address)}});
}
ProbeCall writeDpCall(std::uint16_t address, std::uint32_t value, bool redacted) {
    json args{{"address", hex16(address)}};
    if (redacted)
        args["redacted"] = true;
    else
        args["value"] = hex32(value);
    return call("writeDp", std::move(args));
}
ProbeCall readApCall(std::uint8_t ap, std::uint16_t address) {
    return call("readAp", {{"ap", ap}, {"address", hex16(address)}});
}
ProbeCall writeApCall(std::uint8_t ap, std::uint16_t address, std::uint32_t value, bool redacted) {
    json args{{"ap", ap}, {"address", hex16(address)}};
    if (redacted)
        args["redacted"] = true;
    else
        args["value"] = hex32(value);
    return call("writeAp", std::move(args));
}
ProbeCall readMemoryCall(std::uint8_t ap, std::uint32_t address, std::size_t length, AccessWidth width) {
    return call("readMemory",
                {{"ap", ap}, {"address", hex32(address)}, {"length", length}, {"width", widthBits(width)}});
}
ProbeCall writeMemoryCall(std::uint8_t ap, std::uint32_t address, ByteView data, AccessWidth width,
                          bool redacted) {
    json args{{"ap", ap}, {"address", hex32(address)}, {"length", data.size()}, {"width", widthBits(width)}};
    if (redacted)
        args["redacted"] = true;
    else
        args["data"] = toHex(data);
    return call("writeMemory", std::move(args));
}

ProbeCall memoryStepsCall(std::span<const MemoryStep> steps, Clock::Duration pollTimeout, bool redacted) {
    json list = json::array();
    for (const MemoryStep& s : steps) {
        json step{{"ap", s.ap}, {"address", hex32(s.address)}};
        switch (s.kind) {
            case MemoryStep::Kind::Read:
                step["kind"] = "read";
                break;
            case MemoryStep::Kind::Write:
                step["kind"] = "write";
                if (redacted)
                    step["redacted"] = true;
                else
                    step["value"] = hex32(s.value);
                break;
            case MemoryStep::Kind::WaitUntil:
                step["kind"] = "wait";
                step["value"] = hex32(s.value);
                step["mask"] = hex32(s.mask);
                break;
        }
        list.push_back(std::move(step));
    }
    json args{{"steps", std::move(list)},
              {"poll_timeout_ns", std::chrono::duration_cast<std::chrono::nanoseconds>(pollTimeout).count()}};
    if (redacted)
        args["redacted"] = true;
    return call("runMemorySteps", std::move(args));
}

ProbeCall redactedForm(const ProbeCall& c) {
    ProbeCall out = c;
    if (!out.args.is_object())
        return out;
    out.args.erase("value");
    out.args.erase("data");
    if (out.args.contains("steps") && out.args["steps"].is_array())
        for (auto& step : out.args["steps"])
            if (step.is_object() && step.value("kind", "") == "write") {
                step.erase("value");
                step["redacted"] = true;
            }
    out.args["redacted"] = true;
    return out;
}

bool isRedacted(const json& args) {
    return args.is_object() && args.contains("redacted") && args["redacted"] == true;
}

std::string describeCall(std::string_view op, const json& args) {
    std::string inner;
    auto add = [&inner](const std::string& part) {
        if (part.empty())
            return;
        if (!inner.empty())
            inner += ", ";
        inner += part;
    };
    if (args.is_object()) {
        if (args.contains("ap"))
            add("ap " + str(args, "ap"));
        if (args.contains("address"))
            add(str(args, "address"));
        if (args.contains("khz"))
            add(str(args, "khz") + " kHz");
        if (args.contains("drive"))
            add(str(args, "drive"));
        if (args.contains("length"))
            add(str(args, "length") + " bytes");
        if (args.contains("width"))
            add(str(args, "width") + "-bit");
        if (args.contains("value"))
            add("value " + str(args, "value"));
        if (args.contains("data")) {
            std::string data = str(args, "data");
            add("data " + (data.size() > 32 ? data.substr(0, 32) + "..." : data));
        }
        if (args.contains("steps") && args["steps"].is_array())
            add(fmt::format("{} steps", args["steps"].size()));
        if (isRedacted(args))
            add("value redacted");
    }
    return fmt::format("{}({})", op, inner);
}

json errorToJson(const Error& error) {
    json evidence = json::array();
    for (const auto& e : error.evidence)
        evidence.push_back({{"name", e.name}, {"value", e.value}});
    return {{"code", error.code}, {"message", error.message}, {"evidence", evidence}, {"hint", error.hint}};
}

Error errorFromJson(const json& j) {
    Error e;
    e.code = str(j, "code");
    e.message = str(j, "message");
    e.hint = str(j, "hint");
    if (j.is_object() && j.contains("evidence") && j["evidence"].is_array())
        for (const auto& item : j["evidence"])
            e.with(str(item, "name"), str(item, "value"));
    if (e.code.empty())
        e.code = "replay.recorded-error";
    return e;
}

json probeInfoToJson(const ProbeInfo& info) {
    json j{{"uri", info.uri},
           {"transport", info.transport},
           {"model", info.model},
           {"serial", info.serial},
           {"firmware", info.firmware}};
    j["target_voltage"] = info.targetVoltage ? json(*info.targetVoltage) : json(nullptr);
    return j;
}

ProbeInfo probeInfoFromJson(const json& j) {
    ProbeInfo info;
    info.uri = str(j, "uri");
    info.transport = str(j, "transport");
    info.model = str(j, "model");
    info.serial = str(j, "serial");
    info.firmware = str(j, "firmware");
    if (j.is_object() && j.contains("target_voltage") && j["target_voltage"].is_number())
        info.targetVoltage = j["target_voltage"].get<double>();
    return info;
}

json capabilitiesToJson(const ProbeCapabilities& caps) {
    return {{"nrst_line", caps.nrstLine},
            {"multi_ap", caps.multiAp},
            {"ap_choice_in_memory", caps.apChoiceInMemory},
            {"max_memory_block", caps.maxMemoryBlock}};
}

ProbeCapabilities capabilitiesFromJson(const json& j) {
    ProbeCapabilities caps;
    if (!j.is_object())
        return caps;
    auto flag = [&j](const char* key, bool fallback) {
        return j.contains(key) && j[key].is_boolean() ? j[key].get<bool>() : fallback;
    };
    caps.nrstLine = flag("nrst_line", caps.nrstLine);
    caps.multiAp = flag("multi_ap", caps.multiAp);
    caps.apChoiceInMemory = flag("ap_choice_in_memory", caps.apChoiceInMemory);
    if (j.contains("max_memory_block") && j["max_memory_block"].is_number_unsigned())
        caps.maxMemoryBlock = j["max_memory_block"].get<std::size_t>();
    return caps;
}

std::string_view nrstDriveName(NrstDrive drive) {
    switch (drive) {
        case NrstDrive::Low:
            return "low";
        case NrstDrive::High:
            return "high";
        case NrstDrive::Pulse:
            return "pulse";
    }
    return "low";
}

}  // namespace rescue::probe::record
