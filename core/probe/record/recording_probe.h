#pragma once
// A decorator that records a probe session: every call is forwarded to the wrapped probe and
// written to the recording as one JSON line (recording_format.h) with its arguments, its
// result (the value, or the Error's code, message, evidence and hint), the probe's clock at
// the call and its duration, and the probe's counters after it. The first line of each
// session is a header: the format and its version, the tool, the probe and the start time.
//
// Secrets: a write whose 32-bit word the secret test recognises (a password's mailbox words:
// the engine's Redactor knows them, core/engine/secret_words.h) is recorded with its target
// and length only, {"redacted": true}, never its value. The test is asked on every write,
// so a secret registered after the probe was opened is covered from then on.
//
//   auto sink = RecordingSink::create("session.jsonl");
//   auto probe = std::make_unique<RecordingProbe>(std::move(opened), *sink, options);

#include <functional>
#include <memory>

#include "core/probe/debug_probe.h"
#include "core/probe/record/recording_format.h"
#include "core/probe/record/recording_sink.h"

namespace rescue::probe::record {

// True for a word that must never reach the file.
using SecretWordTest = std::function<bool(std::uint32_t word)>;

struct RecordingOptions {
    SecretWordTest isSecretWord;  // none: nothing is redacted
};

class RecordingProbe final : public DebugProbe {
public:
    RecordingProbe(std::unique_ptr<DebugProbe> inner, std::shared_ptr<RecordingSink> sink,
                   RecordingOptions options = {});

    DebugProbe& inner() { return *m_inner; }
    const RecordingSink& sink() const { return *m_sink; }
    std::uint64_t calls() const { return m_seq; }

    const ProbeInfo& info() const override { return m_inner->info(); }
    ProbeCapabilities capabilities() const override { return m_inner->capabilities(); }
    Clock& clock() override { return m_inner->clock(); }
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
    // One entry for the batch, so a probe that polls by itself is recorded as it works.
    Result<std::vector<std::uint32_t>> runMemorySteps(std::span<const MemoryStep> steps,
                                                      Clock::Duration pollTimeout) override;
    ProbeCounters counters() const override { return m_inner->counters(); }
    // Forwarded unrecorded: the lab's ROM services and RESET button act on the board, not
    // through the probe's wire (a replay has neither, like a real probe).
    RomServices* romServices() override { return m_inner->romServices(); }
    LabBench* labBench() override { return m_inner->labBench(); }

private:
    bool secret(std::uint32_t word) const;
    bool secret(ByteView data) const;
    // Runs `op` on the inner probe and writes its line; `result` turns the value into JSON.
    template <class T, class Op, class ToJson>
    Result<T> record(const ProbeCall& call, Op&& op, ToJson&& result);
    Status recordStatus(const ProbeCall& call, const std::function<Status()>& op);
    void writeLine(const ProbeCall& call, Clock::TimePoint start, Clock::TimePoint end, const Error* error,
                   nlohmann::ordered_json result);

    std::unique_ptr<DebugProbe> m_inner;
    std::shared_ptr<RecordingSink> m_sink;
    RecordingOptions m_options;
    Clock::TimePoint m_start;
    std::uint64_t m_seq = 0;
};

}  // namespace rescue::probe::record
