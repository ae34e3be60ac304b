// LabBoard::saveState / restoreState: a board's state as JSON, so that a lab board keeps
// its state between CLI commands (saved under the user's data directory by the lab CLI).

#include <fmt/format.h>

#include "core/device/names.h"
#include "core/sim/stm32/lab_board.h"
#include "core/sim/stm32/sparse_image.h"

namespace rescue::sim::stm32 {

namespace {

using nlohmann::json;

constexpr const char* kSchema = "rescue.lab-board/1";
constexpr std::uint8_t kCoreRegisters[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 20};

Error malformed(const std::string& detail) {
    Error e = makeError("lab.state-malformed", fmt::format("The saved board state is malformed: {}.", detail),
                        "Reset the lab board to its scenario (rescue lab reset).");
    e.with("detail", detail);
    return e;
}

std::optional<std::uint32_t> number(const json& v) {
    if (v.is_number_integer() && v.get<std::int64_t>() >= 0)
        return static_cast<std::uint32_t>(v.get<std::uint64_t>());
    if (v.is_string())
        return device::parseNumber(v.get<std::string>());
    return std::nullopt;
}

// Everything restoreState() writes, parsed and checked before anything changes.
struct ParsedState {
    bool power = true;
    bool probeNrst = false;
    bool button = false;
    std::map<std::string, std::uint32_t> options;
    bool provisioningMark = false;
    std::vector<SparseRun> flash, otp, obk, external;
    std::map<std::string, std::vector<SparseRun>> sram;
    std::map<std::uint32_t, Bytes> obkKeys;
    DebugReopen reopen;
    std::uint64_t seed = 0;
    std::uint64_t drawn = 0;
    std::optional<json> core;
};

Result<ParsedState> parse(Stm32Chip& chip, const json& s) {
    if (!s.is_object() || s.value("schema", "") != kSchema)
        return malformed(fmt::format("expected a \"{}\" document", kSchema));
    if (s.value("part", "") != chip.part().partNumber) {
        Error e = makeError("lab.state-other-part",
                            fmt::format("The saved board state is for {}, not {}.", s.value("part", "?"),
                                        chip.part().partNumber),
                            "Reset the lab board to its scenario (rescue lab reset).");
        e.with("saved part", s.value("part", "?")).with("board part", chip.part().partNumber);
        return e;
    }
    ParsedState p;
    p.power = s.value("power", true);
    p.probeNrst = s.value("probeNrst", false);
    p.button = s.value("resetButton", false);
    p.provisioningMark = s.value("provisioningMark", false);
    if (!s.contains("optionBytes") || !s["optionBytes"].is_object())
        return malformed("no optionBytes object");
    for (const auto& [name, value] : s["optionBytes"].items()) {
        auto n = number(value);
        if (!n || !chip.family().optionBytes.registerNamed(name))
            return malformed(fmt::format("option register {} is unknown or not a number", name));
        p.options[name] = *n;
    }
    auto runs = [&](const char* key, std::uint64_t size, std::vector<SparseRun>& out) -> Status {
        auto r = decodeSparse(s.contains(key) ? s[key] : json(), size, key);
        if (!r)
            return std::move(r).error();
        out = std::move(r).value();
        return {};
    };
    if (auto st = runs("flash", chip.flash().size(), p.flash); !st)
        return std::move(st).error();
    if (auto st = runs("otp", chip.otp() ? chip.otp()->size() : 0, p.otp); !st)
        return std::move(st).error();
    if (auto st = runs("obk", chip.obk() ? chip.obk()->size() : 0, p.obk); !st)
        return std::move(st).error();
    if (auto st = runs("externalFlash", chip.externalFlash() ? chip.externalFlash()->size() : 0, p.external);
        !st)
        return std::move(st).error();
    if (s.contains("sram")) {
        for (auto& block : chip.sram()) {
            auto r =
                decodeSparse(s["sram"].value(block.name, json()), block.memory->size(), "sram." + block.name);
            if (!r)
                return std::move(r).error();
            p.sram[block.name] = std::move(r).value();
        }
    }
    for (const auto& key : s.value("obkKeys", json::array())) {
        auto dest = key.is_object() ? number(key.value("destination", json())) : std::nullopt;
        auto payload = key.is_object() ? fromBase64(key.value("payload", "")) : std::nullopt;
        if (!dest || !payload)
            return malformed("an obkKeys entry needs destination and base64 payload");
        p.obkKeys[*dest] = std::move(*payload);
    }
    const json reopen = s.value("debugReopen", json::object());
    p.reopen.nonSecureLevel = reopen.value("nonSecure", 0);
    p.reopen.secureLevel = reopen.value("secure", 0);
    const json random = s.value("random", json::object());
    p.seed = random.value("seed", chip.random().seed());
    p.drawn = random.value("drawn", std::uint64_t{0});
    if (p.drawn > (std::uint64_t{1} << 32))
        return malformed("random.drawn is implausibly large");
    if (s.contains("core") && s["core"].is_object())
        p.core = s["core"];
    return p;
}

json saveCore(arm::CortexM& core) {
    json regs = json::object();
    for (auto r : kCoreRegisters)
        regs[std::to_string(r)] = hex32(core.coreRegister(r));
    return {{"halted", core.halted()},
            {"debugEnabled", (core.peekDhcsr() & arm::dhcsr::kCDebugEn) != 0},
            {"demcr", hex32(core.demcr())},
            {"registers", regs}};
}

void restoreCore(arm::CortexM& core, const json& c) {
    auto ppbWrite = [&](std::uint32_t address, std::uint32_t value) {
        (void)core.write(address - arm::kPpbBase, value, arm::AccessSize::Word);
    };
    if (auto demcr = number(c.value("demcr", json())))
        ppbWrite(arm::scs::kDemcr, *demcr);
    const bool debug = c.value("debugEnabled", false);
    const bool halted = c.value("halted", false);
    if (debug || halted)
        ppbWrite(arm::scs::kDhcsr,
                 arm::dhcsr::kDbgKey | arm::dhcsr::kCDebugEn | (halted ? arm::dhcsr::kCHalt : 0u));
    const json registers = c.value("registers", json::object());
    for (const auto& [key, value] : registers.items()) {
        auto n = number(value);
        auto r = device::parseNumber(key);
        if (n && r && *r < arm::core_reg::kCount)
            core.setCoreRegister(static_cast<std::uint8_t>(*r), *n);
    }
}

}  // namespace

json LabBoard::saveState() {
    std::lock_guard lock(m_mutex);
    syncLocked();
    Stm32Chip& chip = *m_chip;
    json s;
    s["schema"] = kSchema;
    s["part"] = chip.part().partNumber;
    s["family"] = chip.family().id;
    s["power"] = chip.powered();
    s["probeNrst"] = m_probeNrst;
    s["resetButton"] = m_button;
    json options = json::object();
    for (const auto& [name, value] : chip.optionBytes().cur().registers())
        options[name] = hex32(value);
    s["optionBytes"] = options;
    s["provisioningMark"] = chip.optionBytes().provisioningMark();
    s["lifecycle"] = chip.lifecycleState().id;  // for a person reading the file; derived on restore
    s["flash"] = encodeSparse(chip.flash().bytes(), 0xFF);
    if (chip.otp())
        s["otp"] = encodeSparse(chip.otp()->bytes(), 0xFF);
    if (chip.obk())
        s["obk"] = encodeSparse(chip.obk()->bytes(), 0xFF);
    json keys = json::array();
    for (const auto& [dest, payload] : chip.obkKeys())
        keys.push_back({{"destination", hex32(dest)}, {"payload", toBase64(payload)}});
    s["obkKeys"] = keys;
    if (auto* nor = chip.externalFlash()) {
        json runs = json::array();
        for (const auto& [offset, sector] : nor->sectors())
            runs.push_back({{"offset", hex32(offset)}, {"data", toBase64(sector)}});
        s["externalFlash"] = runs;
    }
    json sram = json::object();
    for (auto& block : chip.sram())
        sram[block.name] = encodeSparse(block.memory->bytes(), 0x00);
    s["sram"] = sram;
    s["debugReopen"] = {{"nonSecure", chip.debugReopen().nonSecureLevel},
                        {"secure", chip.debugReopen().secureLevel}};
    s["random"] = {{"seed", chip.random().seed()}, {"drawn", chip.random().drawn()}};
    if (chip.phase() == ChipPhase::Application)
        s["core"] = saveCore(chip.core());
    return s;
}

Status LabBoard::restoreState(const json& state) {
    std::lock_guard lock(m_mutex);
    syncLocked();
    Stm32Chip& chip = *m_chip;
    auto parsed = parse(chip, state);
    if (!parsed)
        return std::move(parsed).error();
    ParsedState& p = *parsed;

    chip.powerOff();
    chip.flash().eraseAll();
    for (const auto& run : p.flash)
        chip.flash().store(run.offset, run.data);
    for (auto [memory, runs] : {std::pair{chip.otp(), &p.otp}, std::pair{chip.obk(), &p.obk}})
        if (memory) {
            memory->fill(0xFF);
            for (const auto& run : *runs)
                memory->load(run.offset, run.data);
        }
    if (auto* nor = chip.externalFlash()) {
        nor->eraseChip();
        for (const auto& run : p.external)
            nor->load(run.offset, run.data);
    }
    for (const auto& [name, value] : p.options)
        (void)chip.optionBytes().setRegister(name, value);
    chip.optionBytes().setProvisioningMark(p.provisioningMark);
    chip.restoreObkKeys(std::move(p.obkKeys));
    chip.random().restore(p.seed, p.drawn);

    m_probeNrst = p.probeNrst;
    m_button = p.button;
    applyNrst();
    if (p.power) {
        chip.powerOn();
        for (auto& block : chip.sram())
            for (const auto& run : p.sram[block.name])
                block.memory->load(run.offset, run.data);
        chip.restoreDebugReopen(p.reopen);
        if (p.core && chip.phase() == ChipPhase::Application)
            restoreCore(chip.core(), *p.core);
    }
    return {};
}

}  // namespace rescue::sim::stm32
