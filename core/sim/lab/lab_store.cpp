#include "core/sim/lab/lab_store.h"

#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "core/auth/sha256.h"
#include "core/common/paths.h"
#include "core/sim/lab/atomic_file.h"
#include "core/sim/lab/board_lock.h"

namespace rescue::sim::lab {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kSchema = "rescue.lab-store/1";

std::string utcNow() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

// The argument `rescue lab reset` takes for this board.
std::string resetArgument(const Scenario& scenario) {
    return isShippedScenario(scenario) ? scenario.name : scenario.sourceFile.string();
}

}  // namespace

bool isShippedScenario(const Scenario& scenario) {
    if (scenario.sourceFile.empty())
        return false;
    std::error_code ec;
    const fs::path dir = fs::weakly_canonical(shippedScenarioDir(), ec);
    const fs::path parent = fs::weakly_canonical(scenario.sourceFile, ec).parent_path();
    return !ec && parent == dir;
}

Error corruptStateError(const fs::path& file, const std::string& scenarioName, const std::string& detail) {
    Error e = makeError("lab.state-corrupt",
                        fmt::format("The saved state of lab board {} cannot be used: {} ({}).", scenarioName,
                                    detail, file.string()),
                        fmt::format("Run `rescue lab reset {}` to start again from the scenario (the saved "
                                    "state is discarded).",
                                    scenarioName));
    e.with("file", file.string()).with("detail", detail);
    return e;
}

LabStore::LabStore(fs::path directory) : m_directory(std::move(directory)) {}

fs::path LabStore::defaultDirectory() {
    return userDataDir() / "lab";
}

Result<std::string> LabStore::keyFor(const Scenario& scenario) const {
    if (scenario.sourceFile.empty())
        return makeError("lab.not-persistent",
                         fmt::format("The scenario \"{}\" was built in code, so its board cannot be saved.",
                                     scenario.name),
                         "Load the scenario from a file (lab:NAME or lab:path/to/file.json).");
    if (isShippedScenario(scenario))
        return scenario.name;
    std::error_code ec;
    const fs::path absolute = fs::weakly_canonical(fs::absolute(scenario.sourceFile), ec);
    const std::string text = (ec ? fs::absolute(scenario.sourceFile) : absolute).string();
    const auto digest =
        auth::sha256(ByteView(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
    return "file-" + toHex(ByteView(digest).first(8));
}

Result<fs::path> LabStore::stateFile(const Scenario& scenario) const {
    auto key = keyFor(scenario);
    if (!key)
        return std::move(key).error();
    return m_directory / (*key + ".json");
}

Result<fs::path> LabStore::lockFile(const Scenario& scenario) const {
    auto key = keyFor(scenario);
    if (!key)
        return std::move(key).error();
    return m_directory / (*key + ".lock");
}

Result<std::string> LabStore::fingerprint(const Scenario& scenario) const {
    std::vector<fs::path> files{scenario.sourceFile};
    if (scenario.da) {
        if (!scenario.da->rootPublicKey.empty())
            files.push_back(scenario.da->rootPublicKey);
        if (!scenario.da->passwordFile.empty())
            files.push_back(scenario.da->passwordFile);
    }
    // Each file's digest in turn, so that moving bytes between files changes the result.
    Bytes digests;
    for (const auto& file : files) {
        auto text = readFileIfExists(file);
        if (!text)
            return std::move(text).error();
        const std::string content = text->value_or(std::string());
        const auto d =
            auth::sha256(ByteView(reinterpret_cast<const std::uint8_t*>(content.data()), content.size()));
        digests.insert(digests.end(), d.begin(), d.end());
    }
    return auth::digestHex(auth::sha256(digests));
}

Result<StoredBoard> LabStore::load(const Scenario& scenario) const {
    auto file = stateFile(scenario);
    if (!file)
        return std::move(file).error();
    auto text = readFileIfExists(*file);
    if (!text)
        return std::move(text).error();
    StoredBoard out;
    if (!*text)
        return out;
    const json doc = json::parse(**text, nullptr, /*allow_exceptions=*/false);
    const std::string name = resetArgument(scenario);
    if (doc.is_discarded())
        return corruptStateError(*file, name, "the file is not valid JSON");
    if (!doc.is_object() || doc.value("schema", "") != kSchema)
        return corruptStateError(*file, name, fmt::format("expected a \"{}\" document", kSchema));
    if (!doc.contains("board") || !doc["board"].is_object())
        return corruptStateError(*file, name, "it has no \"board\" object");
    const json scenarioInfo = doc.value("scenario", json::object());
    const std::string savedPrint = scenarioInfo.is_object() ? scenarioInfo.value("sha256", "") : "";
    auto print = fingerprint(scenario);
    if (!print)
        return std::move(print).error();
    if (savedPrint != *print) {
        out.notes.push_back(
            fmt::format("The scenario {} (or a credential file it names) changed since this board was saved "
                        "on {}; the board "
                        "starts again from the scenario.",
                        scenario.sourceFile.string(), doc.value("saved_at", "an unknown date")));
        return out;
    }
    out.board = doc["board"];
    return out;
}

Status LabStore::save(const Scenario& scenario, const json& board) const {
    auto file = stateFile(scenario);
    if (!file)
        return std::move(file).error();
    auto print = fingerprint(scenario);
    if (!print)
        return std::move(print).error();
    const json doc = {
        {"schema", kSchema},
        {"scenario", {{"name", scenario.name}, {"file", scenario.sourceFile.string()}, {"sha256", *print}}},
        {"saved_at", utcNow()},
        {"board", board}};
    return writeFileAtomically(*file, doc.dump(1) + "\n");
}

Result<bool> LabStore::erase(const Scenario& scenario) const {
    auto file = stateFile(scenario);
    if (!file)
        return std::move(file).error();
    std::error_code ec;
    const bool removed = fs::remove(*file, ec);
    if (ec) {
        Error e =
            makeError("lab.store-io", fmt::format("Cannot remove {}: {}.", file->string(), ec.message()),
                      "Check the data directory's permissions.");
        e.with("file", file->string());
        return e;
    }
    return removed;
}

Result<bool> LabStore::reset(const Scenario& scenario, std::chrono::milliseconds lockWait) const {
    auto lockPath = lockFile(scenario);
    if (!lockPath)
        return std::move(lockPath).error();
    auto lock = BoardLock::acquire(*lockPath, resetArgument(scenario), lockWait);
    if (!lock)
        return std::move(lock).error();
    return erase(scenario);
}

}  // namespace rescue::sim::lab
