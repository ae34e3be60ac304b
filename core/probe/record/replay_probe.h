#pragma once
// A probe that answers from a recording (recording.h), so a user's session can be run again
// offline: identification, the DA exchange, the wizard's diagnosis, all against what the
// user's board answered. Each call must be the next recorded one; the recorded value (or
// the recorded Error) is returned and the clock moves to the recorded end of the call, so
// the host's timeouts expire exactly where they did. A call that differs (method,
// arguments, or a redacted write of another length) fails with replay.diverged naming the
// sequence number, what was recorded and what was asked; every later call fails the same
// way (the session took another path). A call past the end fails with replay.ended.
//
// No ROM services and no lab bench (as on real hardware): what the chip did is in the
// recording already.

#include <functional>
#include <memory>
#include <optional>

#include "core/common/clock.h"
#include "core/probe/debug_probe.h"
#include "core/probe/record/recording.h"
#include "core/probe/record/recording_format.h"

namespace rescue::probe::record {

// One answered call, for a front end that shows the replay step by step.
struct ReplayStep {
    const RecordedCall* call = nullptr;
    int session = 0;
    std::size_t total = 0;  // calls in this session
};

class ReplayProbe final : public DebugProbe {
public:
    using Observer = std::function<void(const ReplayStep&)>;

    // Replays `recording.sessions[sessionIndex]`. The clock moves forward only; a clock that is not
    // virtual is replaced by a VirtualClock of the probe's own (recorded time, not wall time).
    ReplayProbe(std::shared_ptr<const Recording> recording, std::size_t sessionIndex,
                std::shared_ptr<Clock> clock, std::string uri);

    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // Called once, when the session first leaves the recording or runs past its end: the
    // layers above may turn the error into their own ("the debug port did not respond"), so
    // a front end hears the replay's own words here.
    void setStopObserver(std::function<void(const Error&)> observer) { m_onStop = std::move(observer); }
    // Calls answered so far, and whether every recorded call has been.
    std::size_t position() const { return m_position; }
    bool finished() const;
    const RecordedSession& session() const;
    std::shared_ptr<Clock> clockPtr() const { return m_clock; }

    const ProbeInfo& info() const override { return m_info; }
    ProbeCapabilities capabilities() const override;
    Clock& clock() override { return *m_clock; }
    Result<std::uint32_t> attach() override;
    Status detach() override;
    Result<double> targetVoltage() override;
    Result<std::uint32_t> setSwdFrequency(std::uint32_t kHz) override;
    Status driveNrst(NrstDrive drive) override;
    Result<std::uint32_t> readDp(std::uint16_t address) override;
    Status writeDp(std::uint16_t address, std::uint32_t value) override;
    Result<std::uint32_t> readAp(std::uint8_t ap, std::uint16_t address) override;
    Status writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) override;
    Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                             AccessWidth width) override;
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data, AccessWidth width) override;
    Result<std::vector<std::uint32_t>> runMemorySteps(std::span<const MemoryStep> steps,
                                                      Clock::Duration pollTimeout) override;
    ProbeCounters counters() const override { return m_counters; }

private:
    // The recorded call that answers `asked`, the clock moved past it; or why there is none.
    Result<const RecordedCall*> answer(const ProbeCall& asked);
    Result<std::uint32_t> word(const ProbeCall& asked);
    Status status(const ProbeCall& asked);

    std::shared_ptr<const Recording> m_recording;
    std::size_t m_session;
    std::shared_ptr<VirtualClock> m_clock;
    Clock::TimePoint m_epoch;
    ProbeInfo m_info;
    ProbeCounters m_counters;
    std::size_t m_position = 0;
    std::optional<Error> m_diverged;
    Observer m_observer;
    std::function<void(const Error&)> m_onStop;
    bool m_stopSaid = false;
    Error stopped(Error e);
};

}  // namespace rescue::probe::record
