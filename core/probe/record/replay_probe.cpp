#include "core/probe/record/replay_probe.h"

#include <fmt/format.h>

namespace rescue::probe::record {
namespace {

std::shared_ptr<VirtualClock> virtualClock(std::shared_ptr<Clock> clock) {
    if (auto v = std::dynamic_pointer_cast<VirtualClock>(clock))
        return v;
    return std::make_shared<VirtualClock>();
}

}  // namespace

ReplayProbe::ReplayProbe(std::shared_ptr<const Recording> recording, std::size_t sessionIndex,
                         std::shared_ptr<Clock> clock, std::string uri)
    : m_recording(std::move(recording)),
      m_session(sessionIndex),
      m_clock(virtualClock(std::move(clock))),
      m_epoch(m_clock->now()) {
    m_info = m_recording->sessions.at(m_session).probe;
    m_info.uri = std::move(uri);
    m_info.transport = "replay";
    m_info.problem.clear();
    m_counters = session().countersAtStart;
}

const RecordedSession& ReplayProbe::session() const {
    return m_recording->sessions.at(m_session);
}

bool ReplayProbe::finished() const {
    return m_position >= session().calls.size();
}

ProbeCapabilities ReplayProbe::capabilities() const {
    return session().capabilities;
}

Error ReplayProbe::stopped(Error e) {
    if (!m_stopSaid && m_onStop) {
        m_stopSaid = true;
        m_onStop(e);
    }
    return e;
}

Result<const RecordedCall*> ReplayProbe::answer(const ProbeCall& asked) {
    if (m_diverged)
        return *m_diverged;
    const RecordedSession& s = session();
    const std::string askedText = describeCall(asked.op, asked.args);
    if (m_position >= s.calls.size()) {
        Error e = makeError(std::string(record_error::kEnded),
                            fmt::format("The recording ends after call {}: this session asked one more, {}.",
                                        s.calls.size(), askedText),
                            "The replayed session went further than the recorded one (another command or "
                            "other options); replay it with the command that was recorded.");
        e.with("asked", askedText).with("recorded calls", std::to_string(s.calls.size()));
        return stopped(std::move(e));
    }
    const RecordedCall& rec = s.calls[m_position];
    const ProbeCall compared = isRedacted(rec.args) ? redactedForm(asked) : asked;
    if (rec.op != compared.op || rec.args != compared.args) {
        const std::string recordedText = describeCall(rec.op, rec.args);
        Error e = makeError(std::string(record_error::kDiverged),
                            fmt::format("The session left the recording at call {}: the recording has {}, "
                                        "this session asked {}.",
                                        rec.seq, recordedText, askedText),
                            "Replay with the same command, options and credentials as the recorded session "
                            "(a redacted password must have the same length).");
        e.with("seq", std::to_string(rec.seq))
            .with("line", std::to_string(rec.line))
            .with("recorded", recordedText)
            .with("asked", askedText);
        m_diverged = e;
        return stopped(std::move(e));
    }
    ++m_position;
    // The clock stands where it stood when the recorded call returned (never backwards).
    const Clock::TimePoint end = m_epoch + std::chrono::nanoseconds(rec.tNs + rec.durNs);
    if (const auto now = m_clock->now(); end > now)
        m_clock->advance(end - now);
    m_counters = rec.counters;
    if (m_observer)
        m_observer(ReplayStep{&rec, s.number, s.calls.size()});
    return &rec;
}

Result<std::uint32_t> ReplayProbe::word(const ProbeCall& asked) {
    auto rec = answer(asked);
    if (!rec)
        return std::move(rec).error();
    if (!(*rec)->ok)
        return (*rec)->error;
    return (*rec)->word;
}

Status ReplayProbe::status(const ProbeCall& asked) {
    auto rec = answer(asked);
    if (!rec)
        return std::move(rec).error();
    if (!(*rec)->ok)
        return (*rec)->error;
    return {};
}

Result<std::uint32_t> ReplayProbe::attach() {
    return word(attachCall());
}
Status ReplayProbe::detach() {
    return status(detachCall());
}
Result<double> ReplayProbe::targetVoltage() {
    auto rec = answer(targetVoltageCall());
    if (!rec)
        return std::move(rec).error();
    if (!(*rec)->ok)
        return (*rec)->error;
    return (*rec)->number;
}
Result<std::uint32_t> ReplayProbe::setSwdFrequency(std::uint32_t kHz) {
    return word(setSwdFrequencyCall(kHz));
}
Status ReplayProbe::driveNrst(NrstDrive drive) {
    return status(driveNrstCall(drive));
}
Result<std::uint32_t> ReplayProbe::readDp(std::uint16_t address) {
    return word(readDpCall(address));
}
Status ReplayProbe::writeDp(std::uint16_t address, std::uint32_t value) {
    return status(writeDpCall(address, value, false));
}
Result<std::uint32_t> ReplayProbe::readAp(std::uint8_t ap, std::uint16_t address) {
    return word(readApCall(ap, address));
}
Status ReplayProbe::writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) {
    return status(writeApCall(ap, address, value, false));
}
Result<Bytes> ReplayProbe::readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                                      AccessWidth width) {
    auto rec = answer(readMemoryCall(ap, address, length, width));
    if (!rec)
        return std::move(rec).error();
    if (!(*rec)->ok)
        return (*rec)->error;
    return (*rec)->data;
}
Status ReplayProbe::writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data, AccessWidth width) {
    return status(writeMemoryCall(ap, address, data, width, false));
}

Result<std::vector<std::uint32_t>> ReplayProbe::runMemorySteps(std::span<const MemoryStep> steps,
                                                               Clock::Duration pollTimeout) {
    auto rec = answer(memoryStepsCall(steps, pollTimeout, false));
    if (!rec)
        return std::move(rec).error();
    if (!(*rec)->ok)
        return (*rec)->error;
    return (*rec)->words;
}

}  // namespace rescue::probe::record
