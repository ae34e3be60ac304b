#include "core/sim/lab/lab_bench_probe.h"

namespace rescue::sim::lab {
namespace {

class BenchProbe final : public probe::DebugProbe {
public:
    BenchProbe(std::unique_ptr<probe::DebugProbe> inner, stm32::LabBoard& board, probe::RomServices* rom)
        : m_inner(std::move(inner)), m_bench(board), m_rom(rom) {}

    const probe::ProbeInfo& info() const override { return m_inner->info(); }
    probe::ProbeCapabilities capabilities() const override { return m_inner->capabilities(); }
    Clock& clock() override { return m_inner->clock(); }
    Result<std::uint32_t> attach() override { return m_inner->attach(); }
    Status detach() override { return m_inner->detach(); }
    Result<double> targetVoltage() override { return m_inner->targetVoltage(); }
    Result<std::uint32_t> setSwdFrequency(std::uint32_t kHz) override {
        return m_inner->setSwdFrequency(kHz);
    }
    Status driveNrst(probe::NrstDrive drive) override { return m_inner->driveNrst(drive); }
    Result<std::uint32_t> readDp(std::uint16_t a) override { return m_inner->readDp(a); }
    Status writeDp(std::uint16_t a, std::uint32_t v) override { return m_inner->writeDp(a, v); }
    Result<std::uint32_t> readAp(std::uint8_t ap, std::uint16_t a) override { return m_inner->readAp(ap, a); }
    Status writeAp(std::uint8_t ap, std::uint16_t a, std::uint32_t v) override {
        return m_inner->writeAp(ap, a, v);
    }
    Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                             probe::AccessWidth width) override {
        return m_inner->readMemory(ap, address, length, width);
    }
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data,
                       probe::AccessWidth width) override {
        return m_inner->writeMemory(ap, address, data, width);
    }
    Result<std::vector<std::uint32_t>> runMemorySteps(std::span<const probe::MemoryStep> steps,
                                                      Clock::Duration pollTimeout) override {
        return m_inner->runMemorySteps(steps, pollTimeout);
    }
    probe::ProbeCounters counters() const override { return m_inner->counters(); }
    probe::RomServices* romServices() override { return m_rom ? m_rom : m_inner->romServices(); }
    probe::LabBench* labBench() override { return &m_bench; }

private:
    std::unique_ptr<probe::DebugProbe> m_inner;
    BoardBench m_bench;
    probe::RomServices* m_rom;
};

}  // namespace

std::unique_ptr<probe::DebugProbe> withLabBench(std::unique_ptr<probe::DebugProbe> driver,
                                                stm32::LabBoard& board, probe::RomServices* rom) {
    return std::make_unique<BenchProbe>(std::move(driver), board, rom);
}

}  // namespace rescue::sim::lab
