#pragma once
// Where lab boards keep their state between commands: one JSON document per board under
// userDataDir()/lab/, so `da auth`, then `ob read`, then `erase` act on the same board until
// `rescue lab reset` puts it back to its scenario's start.
//
//   key          shipped scenario: its name ("h563-closed-da");
//                a scenario file: "file-" + 16 hex digits of SHA-256(absolute path)
//   <key>.json   {"schema": "rescue.lab-store/1", "scenario": {name, file, sha256},
//                 "saved_at": UTC time, "board": LabBoard::saveState()}
//   <key>.lock   BoardLock: one process at a time per board
//
// The scenario's fingerprint (SHA-256 over the scenario file and the credential files it
// names) is saved with the board; when it no longer matches, the board starts again from
// the scenario and the lab says so. Writes are atomic (atomic_file.h). A document that does
// not parse is an error naming the file and suggesting `rescue lab reset`, never a silent
// fresh start: the person may want to keep (or look at) that board.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/result.h"
#include "core/sim/scenario.h"

namespace rescue::sim::lab {

// What load() found.
struct StoredBoard {
    std::optional<nlohmann::json> board;  // LabBoard::saveState(); nullopt: start from the scenario
    std::vector<std::string> notes;       // for the person: why the board starts fresh, if it does
};

class LabStore {
public:
    explicit LabStore(std::filesystem::path directory = defaultDirectory());
    static std::filesystem::path defaultDirectory();  // userDataDir() / "lab"
    const std::filesystem::path& directory() const { return m_directory; }

    // Fails for a scenario built in code (no file to name it by).
    Result<std::string> keyFor(const Scenario& scenario) const;
    Result<std::filesystem::path> stateFile(const Scenario& scenario) const;
    Result<std::filesystem::path> lockFile(const Scenario& scenario) const;
    // SHA-256 (hex) of the scenario file followed by the files it names (root key, password).
    Result<std::string> fingerprint(const Scenario& scenario) const;

    // The saved board, or nullopt with a note when the scenario changed since it was saved.
    // lab.state-corrupt when the document is not a store document.
    Result<StoredBoard> load(const Scenario& scenario) const;
    Status save(const Scenario& scenario, const nlohmann::json& board) const;
    // Removes the saved state; true when there was one.
    Result<bool> erase(const Scenario& scenario) const;
    // `rescue lab reset`: erase() under the board's lock, so a running command keeps its
    // board (lab.board-busy) instead of writing it back over the reset a moment later.
    Result<bool> reset(const Scenario& scenario,
                       std::chrono::milliseconds lockWait = std::chrono::milliseconds(2000)) const;

private:
    std::filesystem::path m_directory;
};

// The error for a state document that cannot be used, naming the file and the way out.
Error corruptStateError(const std::filesystem::path& file, const std::string& scenarioName,
                        const std::string& detail);

// True when `scenario` was loaded from the shipped scenario folder.
bool isShippedScenario(const Scenario& scenario);

}  // namespace rescue::sim::lab
