#pragma once
// Resolves lab probe URIs to running lab boards: the host-side probe layer asks for
// "lab:h563-closed-da" and gets the LabInstance whose VirtualStlink it opens a BulkChannel
// into. Each board is opened from the lab store once per registry (its lock held while
// open) and shared by everyone who asks again; saveAll() writes every open board back, as
// each CLI command does before it exits.

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_store.h"

namespace rescue::sim::lab {

class LabRegistry {
public:
    explicit LabRegistry(std::shared_ptr<Clock> clock, LabStore store = LabStore(),
                         std::chrono::milliseconds lockWait = std::chrono::milliseconds(2000));

    // "lab:NAME" or "lab:path.json": the board with its saved state. The same instance for
    // the same board (lab:NAME and the shipped file's path are the same board).
    Result<std::shared_ptr<LabInstance>> open(std::string_view uri);
    // Writes every open board to the store; tries them all and returns the first error.
    Status saveAll();
    // Saves the board and lets it go (its lock is released once nobody holds the instance).
    Status close(std::string_view uri);
    std::vector<std::shared_ptr<LabInstance>> openBoards() const;

    const LabStore& store() const { return m_store; }
    Clock& clock() { return *m_clock; }

private:
    std::shared_ptr<Clock> m_clock;
    LabStore m_store;
    std::chrono::milliseconds m_lockWait;
    mutable std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<LabInstance>> m_open;  // by store key
};

}  // namespace rescue::sim::lab
