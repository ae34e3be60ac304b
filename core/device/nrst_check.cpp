#include "core/device/nrst_check.h"

#include <chrono>

#include <fmt/format.h>

#include "core/arm/cortex_m.h"
#include "core/common/bytes.h"

namespace rescue::device {
namespace {

using namespace std::chrono_literals;

// How long NRST is held low and how long the chip gets to come out of reset. Generous on
// both sides: a real board's reset supervisor stretches short pulses, and the boot ROM runs
// before the core can be caught.
constexpr auto kPulse = 5ms;
constexpr auto kBoot = 20ms;

}  // namespace

std::string_view toString(NrstVerdict verdict) {
    switch (verdict) {
        case NrstVerdict::Wired:
            return "wired";
        case NrstVerdict::NotWired:
            return "not-wired";
        case NrstVerdict::NotChecked:
            return "not-checked";
    }
    return "not-checked";
}

NrstCheck nrstNotChecked(std::string reason) {
    NrstCheck check;
    check.verdict = NrstVerdict::NotChecked;
    check.sentence = std::move(reason);
    return check;
}

NrstCheck checkNrstWiring(probe::DebugProbe& probe, std::uint8_t coreAp) {
    arm::CortexM core(probe, coreAp);
    auto before = core.readDhcsr();  // reading clears the sticky S_RESET_ST
    if (!before)
        return nrstNotChecked(fmt::format(
            "NRST wiring was not checked: the core's DHCSR could not be read ({}).", before.error().message));
    const bool wasHalted = (*before & arm::dhcsr::kSHalt) != 0;
    auto demcr = core.readDemcr();
    if (!demcr)
        return nrstNotChecked(
            fmt::format("NRST wiring was not checked: DEMCR could not be read ({}).", demcr.error().message));
    if (Status s = core.setResetVectorCatch(true); !s)
        return nrstNotChecked(fmt::format("NRST wiring was not checked: {}", s.error().message));

    NrstCheck check;
    Clock& clock = probe.clock();
    Status pulse = probe.driveNrst(probe::NrstDrive::Low);
    if (pulse) {
        clock.sleepFor(kPulse);
        pulse = probe.driveNrst(probe::NrstDrive::High);
    }
    if (!pulse) {
        (void)probe.driveNrst(probe::NrstDrive::High);
        return nrstNotChecked(fmt::format("NRST wiring was not checked: the probe could not drive NRST ({}).",
                                          pulse.error().message));
    }
    clock.sleepFor(kBoot);

    // A chip that was reset may need its debug domain powered up again before DHCSR answers.
    auto after = core.readDhcsr();
    if (!after) {
        (void)probe.attach();
        after = core.readDhcsr();
    }
    if (!after)
        return nrstNotChecked(
            fmt::format("NRST wiring was not checked: the core did not answer after the NRST pulse ({}).",
                        after.error().message));

    check.evidence.push_back({"DHCSR before the pulse", hex32(*before)});
    check.evidence.push_back({"DHCSR after the pulse", hex32(*after)});
    const bool reset = (*after & arm::dhcsr::kSResetSt) != 0;
    if (reset) {
        check.verdict = NrstVerdict::Wired;
        check.sentence = "NRST is wired: pulsing it through the probe reset the chip.";
    } else {
        check.verdict = NrstVerdict::NotWired;
        check.sentence = "NRST is not connected to the probe: pulsing it did not reset the chip.";
        check.hint =
            "Connect the probe's NRST (T_NRST on STLINK-V3SET) to the board's NRST pin, or use the "
            "board's RESET button when a step needs a reset (the wizard guides it).";
    }

    // Leave the core as it was: vector catch off, running again if it was running.
    (void)core.writeDemcr(*demcr);
    if (reset && !wasHalted)
        (void)core.resume();
    return check;
}

}  // namespace rescue::device
