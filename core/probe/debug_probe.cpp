#include "core/probe/debug_probe.h"

#include <fmt/format.h>

namespace rescue::probe {

Result<std::uint32_t> DebugProbe::read32(std::uint8_t ap, std::uint32_t address) {
    auto bytes = readMemory(ap, address, 4, AccessWidth::Bits32);
    if (!bytes)
        return std::move(bytes).error();
    return readLe32(*bytes, 0);
}

Status DebugProbe::write32(std::uint8_t ap, std::uint32_t address, std::uint32_t value) {
    Bytes word;
    appendLe32(word, value);
    return writeMemory(ap, address, word, AccessWidth::Bits32);
}

namespace {

Error atStep(Error e, std::size_t index) {
    e.with(std::string(memory_step_evidence::kStep), std::to_string(index));
    return e;
}

}  // namespace

Result<std::vector<std::uint32_t>> DebugProbe::runMemorySteps(std::span<const MemoryStep> steps,
                                                              Clock::Duration pollTimeout) {
    std::vector<std::uint32_t> words;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const MemoryStep& step = steps[i];
        switch (step.kind) {
            case MemoryStep::Kind::Read: {
                auto word = read32(step.ap, step.address);
                if (!word)
                    return atStep(std::move(word).error(), i);
                words.push_back(*word);
                break;
            }
            case MemoryStep::Kind::Write:
                if (Status s = write32(step.ap, step.address, step.value); !s)
                    return atStep(std::move(s).error(), i);
                break;
            case MemoryStep::Kind::WaitUntil: {
                // The same loop the mailbox link always ran: read, compare, give up once the
                // deadline has passed (after at least one read, so a zero timeout still looks).
                Clock& c = clock();
                const auto deadline = c.now() + pollTimeout;
                for (;;) {
                    auto word = read32(step.ap, step.address);
                    if (!word)
                        return atStep(std::move(word).error(), i);
                    if ((*word & step.mask) == step.value)
                        break;
                    if (c.now() >= deadline) {
                        Error e =
                            makeError(std::string(probe_error::kMatchTimeout),
                                      fmt::format("The word at 0x{:08X} never matched the value waited for.",
                                                  step.address),
                                      "The target did not reach the expected state in time; check that it is "
                                      "powered and "
                                      "running, then try again.");
                        e.with("address", fmt::format("0x{:08X}", step.address))
                            .with("expected",
                                  fmt::format("0x{:08X} under mask 0x{:08X}", step.value, step.mask))
                            .with(std::string(memory_step_evidence::kLastValue),
                                  fmt::format("0x{:08X}", *word));
                        return atStep(std::move(e), i);
                    }
                }
                break;
            }
        }
    }
    return words;
}

}  // namespace rescue::probe
