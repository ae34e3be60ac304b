#include "core/recovery/reset_strategy.h"

#include <fmt/format.h>

#include "core/auth/mailbox_link.h"
#include "core/recovery/prompts.h"

namespace rescue::recovery {
namespace {

using namespace std::chrono_literals;

std::string seconds(Clock::Duration d) {
    return fmt::format("{:g} s", toMilliseconds(d) / 1000.0);
}

// What the person should do differently on the next manual try.
std::string manualHint(const Error& e) {
    if (e.code == auth::da_error::kNrstNotEffective)
        return "The chip did not restart with the request: RESET was let go before the request was written, "
               "or it was not pressed. Keep holding it until you are asked to let go.";
    return fmt::format("The last try did not open ({}).", e.message);
}

}  // namespace

std::string_view resetMethodId(ResetMethod m) {
    switch (m) {
        case ResetMethod::ConnectUnderReset:
            return "connect-under-reset";
        case ResetMethod::ProbeNrst:
            return "probe-nrst";
        case ResetMethod::GuidedManual:
            return "guided-manual";
    }
    return "unknown";
}

std::string_view resetMethodName(ResetMethod m) {
    switch (m) {
        case ResetMethod::ConnectUnderReset:
            return "connect under reset (probe NRST held while attaching)";
        case ResetMethod::ProbeNrst:
            return "probe NRST pulse";
        case ResetMethod::GuidedManual:
            return "guided manual reset (the board's RESET button)";
    }
    return "unknown";
}

std::optional<ResetMethod> resetMethodFromId(std::string_view id) {
    for (auto m : {ResetMethod::ConnectUnderReset, ResetMethod::ProbeNrst, ResetMethod::GuidedManual})
        if (resetMethodId(m) == id)
            return m;
    return std::nullopt;
}

nlohmann::json timingToJson(const ResetTiming& t) {
    return {{"hold_before_request_ms", toMilliseconds(t.holdBeforeRequest)},
            {"answer_window_ms", toMilliseconds(t.answerWindow)},
            {"swd_khz", t.swdKHz}};
}

ResetTiming timingFromJson(const nlohmann::json& j, ResetTiming t) {
    if (!j.is_object())
        return t;
    auto ms = [](double v) {
        return std::chrono::duration_cast<Clock::Duration>(std::chrono::duration<double, std::milli>(v));
    };
    if (j.contains("hold_before_request_ms") && j["hold_before_request_ms"].is_number())
        t.holdBeforeRequest = ms(j["hold_before_request_ms"].get<double>());
    if (j.contains("answer_window_ms") && j["answer_window_ms"].is_number())
        t.answerWindow = ms(j["answer_window_ms"].get<double>());
    if (j.contains("swd_khz") && j["swd_khz"].is_number_unsigned())
        t.swdKHz = j["swd_khz"].get<std::uint32_t>();
    return t;
}

std::vector<ResetTry> resetSchedule(const ScheduleInput& in) {
    std::vector<ResetTry> s;
    const ResetTiming probeBase{0ms, in.replyBudget, 4000};
    if (in.remembered)
        if (auto m = resetMethodFromId(in.remembered->method))
            if (*m != ResetMethod::GuidedManual || in.personAvailable) {
                const ResetTiming base =
                    *m == ResetMethod::GuidedManual ? ResetTiming{0ms, 10s, 4000} : probeBase;
                s.push_back({*m, timingFromJson(in.remembered->timing, base),
                             fmt::format("remembered for this board: {}", resetMethodName(*m))});
            }
    const bool rememberedManual = !s.empty() && s.front().method == ResetMethod::GuidedManual;
    if (in.nrst != device::NrstVerdict::NotWired && !rememberedManual) {
        const ResetTry probeTries[] = {
            {ResetMethod::ConnectUnderReset, probeBase, "catalog timing: NRST held while attaching"},
            {ResetMethod::ProbeNrst,
             {20ms, in.replyBudget * 2, 1000},
             "attach first, NRST held 20 ms before the request, SWD 1 MHz, answer window doubled"},
        };
        for (unsigned i = 0; i < in.maxProbeTries && i < std::size(probeTries); ++i)
            s.push_back(probeTries[i]);
    }
    if (in.personAvailable) {
        // A remembered manual reset stands for the first manual row; the rest widen the window.
        const Clock::Duration windows[] = {10s, 15s, 20s};
        for (unsigned i = rememberedManual ? 1 : 0; i < in.maxManualTries && i < std::size(windows); ++i)
            s.push_back(
                {ResetMethod::GuidedManual,
                 {0ms, windows[i], 4000},
                 i == 0
                     ? std::string("the person holds RESET; the request is written while it is held")
                     : fmt::format("answer window {} -> {}", seconds(windows[i - 1]), seconds(windows[i]))});
    }
    return s;
}

bool worthRetrying(const Error& e) {
    return e.code != auth::da_error::kMailboxSilent && e.code != "da.no-dp" &&
           e.code != auth::da_error::kMailboxNotFound && e.code != auth::da_error::kFirmwareTooOld;
}

ResetStrategy::ResetStrategy(engine::JobContext& context, probe::DebugProbe& probe,
                             std::vector<ResetTry> schedule)
    : m_ctx(context), m_probe(probe), m_schedule(std::move(schedule)) {}

Status ResetStrategy::tryProbe(auth::DaSession& session, const ResetTry& t, bool underReset,
                               ResetOutcome& o) {
    ++o.probeResets;
    Clock& clock = m_probe.clock();
    auto release = [&] { (void)m_probe.driveNrst(probe::NrstDrive::High); };
    if (Status s = session.connect(underReset); !s) {
        release();
        return s;
    }
    if (!underReset)
        if (Status s = m_probe.driveNrst(probe::NrstDrive::Low); !s)
            return s;
    if (t.timing.holdBeforeRequest > Clock::Duration::zero())
        clock.sleepFor(t.timing.holdBeforeRequest, m_ctx.stopToken());
    if (Status s = session.writeRequest(); !s) {
        release();
        return s;
    }
    if (Status s = session.releaseNrst(); !s)
        return s;
    return session.awaitOpening(t.timing.answerWindow);
}

Status ResetStrategy::tryManual(auth::DaSession& session, const ResetTry& t, int n, const std::string& hint,
                                ResetOutcome& o) {
    auto pressed = m_ctx.ask(pressAndHoldPrompt(n, hint));
    if (!pressed || *pressed != answer::kHolding) {
        o.cancelled = true;
        return makeError("recovery.cancelled", "The manual reset was cancelled.",
                         "Run the wizard again when ready.");
    }
    ++o.manualResets;
    if (Status s = session.connect(false); !s)
        return s;
    // A request left by an earlier try may have been taken already (a tap restarted the chip
    // with it waiting): the ROM's answer is then in the mailbox, and writing again would feed
    // the open session a stray word. Take that answer instead.
    auto left = session.requestPending();
    if (!left)
        return left.error();
    if (!*left && session.awaitOpening(std::chrono::milliseconds(20))) {
        m_ctx.log(
            engine::LogLevel::Info, engine::channel::Wizard,
            "The chip already answered a request written earlier: its DA channel is open. You can let go of "
            "RESET.");
        return {};
    }
    // Write, then read back through AP0 that the word waits for the ROM; a word that did not
    // stay (the chip was between two resets and took it) is written again.
    bool pending = *left;
    if (pending)
        m_ctx.log(engine::LogLevel::Info, engine::channel::Wizard,
                  "The request word written earlier still waits in the chip's mailbox.");
    for (int k = 1; k <= 3 && !pending; ++k) {  // a word still waiting from an earlier try is kept
        if (Status s = session.writeRequest(); !s)
            return s;
        auto p = session.requestPending();
        if (!p)
            return p.error();
        pending = *p;
        m_ctx.log(engine::LogLevel::Info, engine::channel::Wizard,
                  pending
                      ? fmt::format("The request word waits in the chip's mailbox (write {}).", k)
                      : fmt::format(
                            "The request word did not stay in the mailbox (write {}); writing it again.", k));
    }
    if (!pending)
        return makeError("recovery.request-not-taken",
                         "The request word did not stay in the chip's mailbox while RESET was held.",
                         "Check SWDIO/SWCLK and that the button really holds NRST low; try again.");
    const auto window = std::chrono::duration_cast<std::chrono::milliseconds>(t.timing.answerWindow);
    auto released = m_ctx.ask(releasePrompt(n, window));
    if (!released || *released != answer::kRelease) {
        o.cancelled = true;
        return makeError("recovery.cancelled", "The manual reset was cancelled.",
                         "Run the wizard again when ready.");
    }
    return session.awaitOpening(t.timing.answerWindow);
}

ResetOutcome ResetStrategy::open(auth::DaSession& session) {
    ResetOutcome o;
    std::string hint;
    int manualNumber = 0;
    for (std::size_t i = 0; i < m_schedule.size() && !m_ctx.cancelled(); ++i) {
        const ResetTry& t = m_schedule[i];
        const bool manual = t.method == ResetMethod::GuidedManual;
        if (!manual && o.nrstIneffective)
            continue;  // the probe's NRST reaches nothing: only the person's button resets the chip
        ResetAttempt a;
        a.number = static_cast<int>(o.attempts.size()) + 1;
        a.tried = t;
        m_ctx.log(engine::LogLevel::Info, engine::channel::Wizard,
                  fmt::format("Reset try {}: {} ({}); answer window {}.", a.number, resetMethodName(t.method),
                              t.changed, seconds(t.timing.answerWindow)),
                  {{"try", a.number},
                   {"method", resetMethodId(t.method)},
                   {"timing", timingToJson(t.timing)},
                   {"changed", t.changed}});
        const auto start = m_probe.clock().now();
        (void)m_probe.setSwdFrequency(t.timing.swdKHz);
        Status s = manual ? tryManual(session, t, ++manualNumber, hint, o)
                          : tryProbe(session, t, t.method == ResetMethod::ConnectUnderReset, o);
        a.labMs = toMilliseconds(m_probe.clock().now() - start);
        a.opened = s.ok();
        if (!s.ok())
            a.error = s.error();
        o.attempts.push_back(a);
        if (s) {
            o.opened = true;
            m_ctx.log(
                engine::LogLevel::Info, engine::channel::Wizard,
                fmt::format("Reset try {} opened the chip's DA channel ({:.0f} ms).", a.number, a.labMs));
            return o;
        }
        o.lastError = s.error();
        m_ctx.log(engine::LogLevel::Warning, engine::channel::Wizard,
                  fmt::format("Reset try {} did not open: {}", a.number, s.error().message),
                  {{"try", a.number}, {"code", s.error().code}});
        if (o.cancelled)
            return o;
        if (!manual && s.error().code == auth::da_error::kNrstNotEffective) {
            o.nrstIneffective = true;
            m_ctx.log(
                engine::LogLevel::Warning, engine::channel::Wizard,
                "The probe's NRST pulse did not restart the chip (the request word stayed unread): NRST is "
                "not wired. Switching to a guided manual reset.");
        }
        if (!worthRetrying(s.error()))
            return o;
        hint = manual ? manualHint(s.error()) : std::string();
    }
    return o;
}

}  // namespace rescue::recovery
