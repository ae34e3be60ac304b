#pragma once
// One probe session picked by the input, for the driver targets (ST-LINK and CMSIS-DAP
// replies): an attach, then up to 64 calls of the DebugProbe interface, every one of them
// (value-match batches included). Each result must be a value or a readable Error, and a
// memory read that succeeds returns what was asked.

#include <chrono>
#include <cstdint>
#include <vector>

#include "core/probe/debug_probe.h"
#include "fuzz/fuzz_support.h"

namespace rescue::fuzz {

inline probe::AccessWidth widthFrom(std::uint8_t b) {
    switch (b % 3) {
        case 0:
            return probe::AccessWidth::Bits8;
        case 1:
            return probe::AccessWidth::Bits16;
        default:
            return probe::AccessWidth::Bits32;
    }
}

inline void runProbeSession(probe::DebugProbe& probe, Input& in) {
    checkResult(probe.attach());
    // Bounded: a few dozen operations is a long session, and each reads input bytes anyway.
    for (int step = 0; step < 64 && !in.empty(); ++step) {
        switch (in.u8() % 13) {
            case 0:
                checkResult(probe.attach());
                break;
            case 1:
                checkResult(probe.targetVoltage());
                break;
            case 2:
                checkResult(probe.setSwdFrequency(in.u16()));
                break;
            case 3:
                checkResult(probe.driveNrst(probe::NrstDrive(in.u8() % 3)));
                break;
            case 4:
                checkResult(probe.readDp(in.u8() & 0xFC));
                break;
            case 5:
                checkResult(probe.writeDp(in.u8() & 0xFC, in.u32()));
                break;
            case 6: {
                const std::uint8_t ap = in.u8();
                checkResult(probe.readAp(ap, in.u8() & 0xFC));
                break;
            }
            case 7: {
                const std::uint8_t ap = in.u8();
                const std::uint16_t address = in.u8() & 0xFC;
                checkResult(probe.writeAp(ap, address, in.u32()));
                break;
            }
            case 8: {
                const std::uint8_t ap = in.u8() % 3;
                const std::uint32_t address = in.u32();
                const std::size_t length = in.u16() % 9000;
                const probe::AccessWidth width = widthFrom(in.u8());
                auto read = probe.readMemory(ap, address, length, width);
                checkResult(read);
                if (read)
                    require(read->size() == length, "a memory read returned another length than asked");
                break;
            }
            case 9: {
                const std::uint8_t ap = in.u8() % 3;
                const std::uint32_t address = in.u32();
                const probe::AccessWidth width = widthFrom(in.u8());
                const Bytes bytes(in.u16() % 9000, 0xA5);
                checkResult(probe.writeMemory(ap, address, bytes, width));
                break;
            }
            case 10: {
                // A DA mailbox handshake as the session batches it (DBGMCU's mailbox words).
                std::vector<probe::MemoryStep> steps;
                const int count = in.u8() % 16;
                for (int i = 0; i < count; ++i)
                    steps.push_back({probe::MemoryStep::Kind(in.u8() % 3), 0, 0xE00E1100u + 4 * (in.u8() % 3),
                                     in.u32(), in.u32()});
                checkResult(probe.runMemorySteps(steps, std::chrono::milliseconds(in.u8())));
                break;
            }
            case 11:
                checkResult(probe.detach());
                break;
            default:
                (void)probe.counters();
                (void)probe.capabilities();
                break;
        }
    }
}

}  // namespace rescue::fuzz
