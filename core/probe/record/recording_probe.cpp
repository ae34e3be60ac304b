#include "core/probe/record/recording_probe.h"

#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "core/common/version.h"

namespace rescue::probe::record {
namespace {

using ojson = nlohmann::ordered_json;

std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

std::int64_t nanoseconds(Clock::Duration d) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(d).count();
}

}  // namespace

RecordingProbe::RecordingProbe(std::unique_ptr<DebugProbe> inner, std::shared_ptr<RecordingSink> sink,
                               RecordingOptions options)
    : m_inner(std::move(inner)),
      m_sink(std::move(sink)),
      m_options(std::move(options)),
      m_start(m_inner->clock().now()) {
    ojson header;
    header["format"] = kFormatName;
    header["version"] = kFormatVersion;
    header["session"] = m_sink->nextSession();
    header["tool"] = fmt::format("rescue-workbench {}", version());
    header["started"] = utcNow();
    header["clock"] = m_inner->clock().isVirtual() ? "virtual" : "steady";
    header["probe"] = ojson::parse(probeInfoToJson(m_inner->info()).dump());
    header["capabilities"] = ojson::parse(capabilitiesToJson(m_inner->capabilities()).dump());
    const ProbeCounters counters = m_inner->counters();
    header["round_trips"] = counters.roundTrips;
    header["wait_retries"] = counters.waitRetries;
    m_sink->write(header);
}

bool RecordingProbe::secret(std::uint32_t word) const {
    return m_options.isSecretWord && m_options.isSecretWord(word);
}

bool RecordingProbe::secret(ByteView data) const {
    if (!m_options.isSecretWord)
        return false;
    // Word by word as the mailbox carries them (little-endian, the last one zero-padded).
    for (std::size_t at = 0; at < data.size(); at += 4) {
        std::uint32_t word = 0;
        for (std::size_t i = 0; i < 4 && at + i < data.size(); ++i)
            word |= std::uint32_t(data[at + i]) << (8 * i);
        if (secret(word))
            return true;
    }
    return false;
}

void RecordingProbe::writeLine(const ProbeCall& call, Clock::TimePoint start, Clock::TimePoint end,
                               const Error* error, ojson result) {
    ojson line;
    line["seq"] = ++m_seq;
    line["op"] = call.op;
    line["args"] = ojson::parse(call.args.dump());
    line["t_ns"] = nanoseconds(start - m_start);
    line["dur_ns"] = nanoseconds(end - start);
    line["ok"] = error == nullptr;
    if (error)
        line["error"] = ojson::parse(errorToJson(*error).dump());
    else if (!result.is_null())
        line["result"] = std::move(result);
    const ProbeCounters c = m_inner->counters();
    line["round_trips"] = c.roundTrips;
    line["wait_retries"] = c.waitRetries;
    m_sink->write(line);
}

template <class T, class Op, class ToJson>
Result<T> RecordingProbe::record(const ProbeCall& call, Op&& op, ToJson&& toJson) {
    Clock& c = m_inner->clock();
    const auto start = c.now();
    Result<T> r = op();
    const auto end = c.now();
    if (r)
        writeLine(call, start, end, nullptr, toJson(*r));
    else
        writeLine(call, start, end, &r.error(), nullptr);
    return r;
}

Status RecordingProbe::recordStatus(const ProbeCall& call, const std::function<Status()>& op) {
    Clock& c = m_inner->clock();
    const auto start = c.now();
    Status s = op();
    const auto end = c.now();
    writeLine(call, start, end, s ? nullptr : &s.error(), nullptr);
    return s;
}

Result<std::uint32_t> RecordingProbe::attach() {
    return record<std::uint32_t>(
        attachCall(), [&] { return m_inner->attach(); },
        [](std::uint32_t v) {
            return ojson{{"value", hex32(v)}};
        });
}

Status RecordingProbe::detach() {
    return recordStatus(detachCall(), [&] { return m_inner->detach(); });
}

Result<double> RecordingProbe::targetVoltage() {
    return record<double>(
        targetVoltageCall(), [&] { return m_inner->targetVoltage(); },
        [](double v) {
            return ojson{{"value", v}};
        });
}

Result<std::uint32_t> RecordingProbe::setSwdFrequency(std::uint32_t kHz) {
    return record<std::uint32_t>(
        setSwdFrequencyCall(kHz), [&] { return m_inner->setSwdFrequency(kHz); },
        [](std::uint32_t v) {
            return ojson{{"value", v}};
        });
}

Status RecordingProbe::driveNrst(NrstDrive drive) {
    return recordStatus(driveNrstCall(drive), [&] { return m_inner->driveNrst(drive); });
}

Result<std::uint32_t> RecordingProbe::readDp(std::uint16_t address) {
    return record<std::uint32_t>(
        readDpCall(address), [&] { return m_inner->readDp(address); },
        [](std::uint32_t v) {
            return ojson{{"value", hex32(v)}};
        });
}

Status RecordingProbe::writeDp(std::uint16_t address, std::uint32_t value) {
    return recordStatus(writeDpCall(address, value, secret(value)),
                        [&] { return m_inner->writeDp(address, value); });
}

Result<std::uint32_t> RecordingProbe::readAp(std::uint8_t ap, std::uint16_t address) {
    return record<std::uint32_t>(
        readApCall(ap, address), [&] { return m_inner->readAp(ap, address); },
        [](std::uint32_t v) {
            return ojson{{"value", hex32(v)}};
        });
}

Status RecordingProbe::writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) {
    return recordStatus(writeApCall(ap, address, value, secret(value)),
                        [&] { return m_inner->writeAp(ap, address, value); });
}

Result<Bytes> RecordingProbe::readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                                         AccessWidth width) {
    return record<Bytes>(
        readMemoryCall(ap, address, length, width),
        [&] { return m_inner->readMemory(ap, address, length, width); },
        [](const Bytes& data) {
            return ojson{{"data", toHex(data)}};
        });
}

Status RecordingProbe::writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data, AccessWidth width) {
    return recordStatus(writeMemoryCall(ap, address, data, width, secret(data)),
                        [&] { return m_inner->writeMemory(ap, address, data, width); });
}

Result<std::vector<std::uint32_t>> RecordingProbe::runMemorySteps(std::span<const MemoryStep> steps,
                                                                  Clock::Duration pollTimeout) {
    bool anySecret = false;
    for (const MemoryStep& s : steps)
        anySecret = anySecret || (s.kind == MemoryStep::Kind::Write && secret(s.value));
    return record<std::vector<std::uint32_t>>(
        memoryStepsCall(steps, pollTimeout, anySecret),
        [&] { return m_inner->runMemorySteps(steps, pollTimeout); },
        [](const std::vector<std::uint32_t>& words) {
            ojson values = ojson::array();
            for (std::uint32_t w : words)
                values.push_back(hex32(w));
            return ojson{{"values", std::move(values)}};
        });
}

}  // namespace rescue::probe::record
