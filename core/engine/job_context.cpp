// What a running job calls: its events, and prompts that wait for a person.

#include <cmath>

#include <fmt/format.h>

#include "core/engine/job_context_impl.h"

namespace rescue::engine {
namespace {

enum class PromptEnd { Answered, TimedOut, Withdrawn };

// How often a prompt waiting on a virtual clock checks whether someone moved it.
constexpr std::chrono::milliseconds kVirtualClockLook{20};

const char* toText(PromptEnd how) {
    switch (how) {
        case PromptEnd::Answered:
            return "answered";
        case PromptEnd::TimedOut:
            return "timed-out";
        case PromptEnd::Withdrawn:
            return "withdrawn";
    }
    return "withdrawn";
}

std::string labelOf(const Prompt& prompt, const std::string& choice) {
    for (const auto& c : prompt.choices)
        if (c.id == choice)
            return c.label.empty() ? c.id : c.label;
    return choice;
}

std::string outcomeSentence(const Prompt& prompt, PromptEnd how, const std::optional<std::string>& choice) {
    switch (how) {
        case PromptEnd::Answered:
            return fmt::format("Answer to \"{}\": {}.", prompt.title, labelOf(prompt, *choice));
        case PromptEnd::TimedOut:
            if (choice)
                return fmt::format("No answer to \"{}\" within {} ms; going on with \"{}\".", prompt.title,
                                   prompt.deadline->count(), labelOf(prompt, *choice));
            return fmt::format("No answer to \"{}\" within {} ms.", prompt.title, prompt.deadline->count());
        case PromptEnd::Withdrawn:
            break;
    }
    return fmt::format("The question \"{}\" was withdrawn because the job was cancelled.", prompt.title);
}

}  // namespace

void EngineJobContext::log(LogLevel level, std::string_view channel, std::string text,
                           nlohmann::json fields) {
    m_engine.emit(m_job.session, m_job.id,
                  LogLine{level, std::string(channel), std::move(text), std::move(fields)});
}

void EngineJobContext::progress(double fraction, std::string step, bool stoppable) {
    // The journal must read back what it wrote: NaN has no JSON form, so it means "unknown".
    if (std::isnan(fraction) || fraction < 0)
        fraction = -1.0;
    else if (fraction > 1)
        fraction = 1.0;
    m_engine.emit(m_job.session, m_job.id, Progress{fraction, std::move(step), stoppable});
}

void EngineJobContext::state(std::string subject, std::string state, std::string detail) {
    m_engine.emit(m_job.session, m_job.id,
                  StateChange{std::move(subject), std::move(state), std::move(detail)});
}

std::optional<std::string> EngineJobContext::ask(Prompt prompt) {
    return m_engine.ask(m_job, std::move(prompt));
}

std::optional<std::string> Engine::Impl::ask(JobRecord& job, Prompt prompt) {
    std::stop_token stop = job.stop.get_token();
    PendingPrompt pending;
    pending.job = job.id;
    for (const auto& c : prompt.choices)
        pending.choices.push_back(c.id);
    {
        std::lock_guard lock(mutex);
        prompt.id = nextPrompt++;
        prompts.emplace(prompt.id, std::move(pending));
    }
    const PromptId id = prompt.id;
    const auto shownAt = clock->now();
    emit(job.session, job.id, prompt);  // a listener may answer right here

    std::unique_lock lock(mutex);
    PendingPrompt& waiting = prompts.at(id);
    auto answered = [&] { return waiting.answer.has_value(); };
    std::optional<Clock::TimePoint> deadline;
    if (prompt.deadline)
        deadline = shownAt + std::chrono::duration_cast<Clock::Duration>(*prompt.deadline);
    auto lastSeen = clock->now();
    auto stillSince = std::chrono::steady_clock::now();
    PromptEnd how;
    for (;;) {
        if (waiting.answer) {
            how = PromptEnd::Answered;
            break;
        }
        if (stop.stop_requested()) {
            how = PromptEnd::Withdrawn;
            break;
        }
        if (deadline && clock->now() >= *deadline) {
            how = PromptEnd::TimedOut;
            break;
        }
        if (!deadline) {
            changed.wait(lock, stop, answered);
        } else if (!clock->isVirtual()) {
            changed.wait_for(lock, stop, *deadline - clock->now(), answered);
        } else {
            // Virtual time does not pass by waiting. While others move the clock (a lab
            // operator, another session's job) the deadline passes on their time; when nobody
            // answers and the clock stands still for promptGrace of real time, the person is
            // taken as not answering and the clock jumps to the deadline. The clock cannot
            // notify, so it is looked at every kVirtualClockLook.
            if (changed.wait_for(lock, stop,
                                 std::min<Clock::Duration>(options.promptGrace, kVirtualClockLook),
                                 answered) ||
                stop.stop_requested())
                continue;
            const auto now = clock->now();
            if (now != lastSeen) {
                lastSeen = now;
                stillSince = std::chrono::steady_clock::now();
            } else if (std::chrono::steady_clock::now() - stillSince >= options.promptGrace &&
                       now < *deadline) {
                lock.unlock();
                clock->sleepFor(*deadline - now, stop);
                lock.lock();
            }
        }
    }
    std::optional<std::string> choice;
    if (how == PromptEnd::Answered)
        choice = waiting.answer;
    else if (how == PromptEnd::TimedOut && !prompt.defaultChoice.empty())
        choice = prompt.defaultChoice;
    prompts.erase(id);
    lock.unlock();

    emit(job.session, job.id, StateChange{"prompt", toText(how), std::to_string(id)});
    nlohmann::json fields{{"prompt", id}, {"outcome", toText(how)}};
    fields["choice"] = choice ? nlohmann::json(*choice) : nlohmann::json();
    emit(job.session, job.id,
         LogLine{how == PromptEnd::TimedOut ? LogLevel::Warning : LogLevel::Info,
                 std::string(channel::Engine), outcomeSentence(prompt, how, choice), std::move(fields)});
    return choice;
}

}  // namespace rescue::engine
