#pragma once
// A driver with or without ST's boot ROM services: forwards every probe call to `inner` and
// answers romServices() with `rom`. With a lab board's LabRomServices it is what `lab:NAME`
// hands the CLI; with nullptr it is a real probe as far as the host's code can tell.
// A suite may derive from it to watch or change one call.

#include "core/probe/debug_probe.h"
#include "core/probe/rom_services.h"

namespace rescue::testsupport {

class RomProbe : public probe::DebugProbe {
public:
    RomProbe(probe::DebugProbe& inner, probe::RomServices* rom) : m_inner(inner), m_rom(rom) {}

    const probe::ProbeInfo& info() const override { return m_inner.info(); }
    probe::ProbeCapabilities capabilities() const override { return m_inner.capabilities(); }
    Clock& clock() override { return m_inner.clock(); }
    Result<std::uint32_t> attach() override { return m_inner.attach(); }
    Status detach() override { return m_inner.detach(); }
    Result<double> targetVoltage() override { return m_inner.targetVoltage(); }
    Result<std::uint32_t> setSwdFrequency(std::uint32_t kHz) override { return m_inner.setSwdFrequency(kHz); }
    Status driveNrst(probe::NrstDrive drive) override { return m_inner.driveNrst(drive); }
    Result<std::uint32_t> readDp(std::uint16_t address) override { return m_inner.readDp(address); }
    Status writeDp(std::uint16_t address, std::uint32_t value) override {
        return m_inner.writeDp(address, value);
    }
    Result<std::uint32_t> readAp(std::uint8_t ap, std::uint16_t address) override {
        return m_inner.readAp(ap, address);
    }
    Status writeAp(std::uint8_t ap, std::uint16_t address, std::uint32_t value) override {
        return m_inner.writeAp(ap, address, value);
    }
    Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                             probe::AccessWidth width) override {
        return m_inner.readMemory(ap, address, length, width);
    }
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data,
                       probe::AccessWidth width) override {
        return m_inner.writeMemory(ap, address, data, width);
    }
    Result<std::vector<std::uint32_t>> runMemorySteps(std::span<const probe::MemoryStep> steps,
                                                      Clock::Duration pollTimeout) override {
        return m_inner.runMemorySteps(steps, pollTimeout);
    }
    probe::ProbeCounters counters() const override { return m_inner.counters(); }
    probe::RomServices* romServices() override { return m_rom; }

private:
    probe::DebugProbe& m_inner;
    probe::RomServices* m_rom;
};

}  // namespace rescue::testsupport
