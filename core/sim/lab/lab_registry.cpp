#include "core/sim/lab/lab_registry.h"

#include "core/sim/lab/lab_uri.h"

namespace rescue::sim::lab {

LabRegistry::LabRegistry(std::shared_ptr<Clock> clock, LabStore store, std::chrono::milliseconds lockWait)
    : m_clock(clock ? std::move(clock) : std::make_shared<SteadyClock>()),
      m_store(std::move(store)),
      m_lockWait(lockWait) {}

Result<std::shared_ptr<LabInstance>> LabRegistry::open(std::string_view uri) {
    auto scenario = loadLabUriScenario(uri);
    if (!scenario)
        return std::move(scenario).error();
    auto key = m_store.keyFor(*scenario);
    if (!key)
        return std::move(key).error();
    std::lock_guard lock(m_mutex);
    if (auto it = m_open.find(*key); it != m_open.end())
        return it->second;
    auto lab = LabInstance::openPersistent(std::move(scenario).value(), m_clock, m_store, m_lockWait);
    if (!lab)
        return std::move(lab).error();
    std::shared_ptr<LabInstance> shared = std::move(lab).value();
    m_open.emplace(*key, shared);
    return shared;
}

Status LabRegistry::saveAll() {
    std::lock_guard lock(m_mutex);
    Status first;
    for (auto& [key, lab] : m_open)
        if (Status s = lab->save(); !s && first.ok())
            first = std::move(s);
    return first;
}

Status LabRegistry::close(std::string_view uri) {
    auto scenario = loadLabUriScenario(uri);
    if (!scenario)
        return std::move(scenario).error();
    auto key = m_store.keyFor(*scenario);
    if (!key)
        return std::move(key).error();
    std::lock_guard lock(m_mutex);
    auto it = m_open.find(*key);
    if (it == m_open.end())
        return {};
    Status saved = it->second->save();
    m_open.erase(it);
    return saved;
}

std::vector<std::shared_ptr<LabInstance>> LabRegistry::openBoards() const {
    std::lock_guard lock(m_mutex);
    std::vector<std::shared_ptr<LabInstance>> out;
    for (const auto& [key, lab] : m_open)
        out.push_back(lab);
    return out;
}

}  // namespace rescue::sim::lab
