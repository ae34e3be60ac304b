#pragma once
// Test helper: records every event an engine delivers (listeners run on worker threads)
// and checks the engine-wide invariants on the way: sequence numbers strictly increase,
// wall time and clock time are set. Waiting is always bounded, never a fixed sleep.

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include <QtTest>

#include "core/engine/engine.h"

namespace rescue::engine::test {
// QCOMPARE cannot print the engine's enums (their toString returns a string_view and ADL
// prefers it to QTest's), so tests compare their names.
inline QString name(JobOutcome outcome) {
    return QString::fromUtf8(toString(outcome).data(), qsizetype(toString(outcome).size()));
}
inline QString name(LogLevel level) {
    return QString::fromUtf8(toString(level).data(), qsizetype(toString(level).size()));
}
}  // namespace rescue::engine::test

namespace rescue::engine::test {

class EventRecorder {
public:
    explicit EventRecorder(Engine& engine) : m_engine(&engine) {
        m_handle = engine.addListener([this](const Event& e) { record(e); });
    }
    ~EventRecorder() { detach(); }
    EventRecorder(const EventRecorder&) = delete;
    EventRecorder& operator=(const EventRecorder&) = delete;

    // Stops listening (the engine may be destroyed after this).
    void detach() {
        if (m_engine)
            m_engine->removeListener(m_handle);
        m_engine = nullptr;
    }

    std::vector<Event> events() const {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    std::vector<Event> forJob(JobId job) const {
        std::vector<Event> out;
        for (auto& e : events())
            if (e.job == job)
                out.push_back(e);
        return out;
    }
    // Problems with the engine-wide invariants seen so far (empty when all is well).
    std::vector<std::string> violations() const {
        std::lock_guard lock(m_mutex);
        return m_violations;
    }
    // The same as one line, for QVERIFY2 (which evaluates its message even on success).
    std::string violationText() const {
        std::string out;
        for (const auto& v : violations())
            out += (out.empty() ? "" : "; ") + v;
        return out;
    }

    bool waitUntil(const std::function<bool(const std::vector<Event>&)>& done,
                   std::chrono::milliseconds timeout = std::chrono::seconds(5)) const {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [&] { return done(m_events); });
    }

    // The first prompt the job shows, waiting for it if need be.
    std::optional<Prompt> waitForPrompt(JobId job,
                                        std::chrono::milliseconds timeout = std::chrono::seconds(5)) const {
        std::optional<Prompt> found;
        waitUntil(
            [&](const std::vector<Event>& all) {
                for (const auto& e : all)
                    if (e.job == job)
                        if (auto* p = std::get_if<Prompt>(&e.payload)) {
                            found = *p;
                            return true;
                        }
                return false;
            },
            timeout);
        return found;
    }

    template <class Payload>
    static std::vector<Payload> payloads(const std::vector<Event>& events) {
        std::vector<Payload> out;
        for (const auto& e : events)
            if (auto* p = std::get_if<Payload>(&e.payload))
                out.push_back(*p);
        return out;
    }

private:
    void record(const Event& e) {
        std::lock_guard lock(m_mutex);
        if (!m_events.empty() && e.sequence <= m_events.back().sequence)
            m_violations.push_back("sequence " + std::to_string(e.sequence) + " after " +
                                   std::to_string(m_events.back().sequence));
        if (e.wallTime.time_since_epoch().count() == 0)
            m_violations.push_back("wall time not set on event " + std::to_string(e.sequence));
        m_events.push_back(e);
        m_changed.notify_all();
    }

    Engine* m_engine;
    int m_handle = 0;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::vector<Event> m_events;
    std::vector<std::string> m_violations;
};

// Collects events somewhere that outlives the engine, so the events its destructor emits
// (sessions closing, jobs cancelled) are kept too.
struct CollectedEvents {
    std::mutex mutex;
    std::vector<Event> events;
    EventListener listener() {
        return [this](const Event& e) {
            std::lock_guard lock(mutex);
            events.push_back(e);
        };
    }
};

// A door a test opens for a job that must wait (bounded, so a broken engine cannot hang
// the suite).
class Gate {
public:
    void open() {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }
    bool waitOpen(std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [&] { return m_open; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
};

}  // namespace rescue::engine::test
