#pragma once
// Internal to core/engine: the JobContext a running job receives from its worker.

#include "core/engine/engine_impl.h"

namespace rescue::engine {

class EngineJobContext final : public JobContext {
public:
    EngineJobContext(Engine::Impl& engine, JobRecord& job) : m_engine(engine), m_job(job) {}

    std::stop_token stopToken() const override { return m_job.stop.get_token(); }
    Clock& clock() override { return *m_engine.clock; }
    void log(LogLevel level, std::string_view channel, std::string text, nlohmann::json fields = {}) override;
    void progress(double fraction, std::string step, bool stoppable) override;
    void state(std::string subject, std::string state, std::string detail = {}) override;
    std::optional<std::string> ask(Prompt prompt) override;
    Redactor* redactor() override { return &m_engine.redactor; }

private:
    Engine::Impl& m_engine;
    JobRecord& m_job;
};

}  // namespace rescue::engine
