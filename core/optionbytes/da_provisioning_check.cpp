#include "core/optionbytes/da_provisioning_check.h"

#include <array>

#include <fmt/format.h>

#include "core/arm/adiv5.h"
#include "core/auth/da_session.h"

namespace rescue::optionbytes {

namespace {

const device::LifecycleState* stateFromDiscovery(const device::Family& family,
                                                 const std::array<std::uint8_t, 2>& psa) {
    const auto value = static_cast<std::uint16_t>((psa[0] << 8) | psa[1]);
    for (const auto& s : family.lifecycle.states)
        if (s.psaLifecycle && *s.psaLifecycle == value)
            return &s;
    return family.lifecycle.stateByCode(psa[1]);  // ST's code is the low byte on every family seen
}

}  // namespace

bool registersHideProvisioning(const device::Family& family) {
    const auto* field = family.optionBytes.field(family.lifecycle.stateField);
    const auto* provisioning = family.lifecycle.state("provisioning");
    return field && !field->isRegisterField() && provisioning && provisioning->registerMatch.empty();
}

DaProvisioningCheck checkDaProvisioning(probe::DebugProbe& probe,
                                        std::shared_ptr<const device::Catalog> catalog,
                                        std::shared_ptr<const device::Family> family,
                                        const device::LifecycleState* state, std::uint8_t coreAp) {
    (void)coreAp;
    return lookForDa(probe, std::move(catalog), std::move(family), state, false).da;
}

DaLook lookForDa(probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog,
                 std::shared_ptr<const device::Family> family, const device::LifecycleState* state,
                 bool askInOpen) {
    DaLook look;
    DaProvisioningCheck& check = look.da;
    if (!state || (state->id == "open" && !askInOpen)) {
        check.seen = "not asked: the boot ROM runs no Debug Authentication in Open";
        return look;
    }
    auth::DaSessionOptions options;
    options.family = family;
    auth::DaSession session(probe, std::move(catalog), options);
    Status opened = session.open();
    Result<auth::DaDiscovery> d = opened ? session.discover() : Result<auth::DaDiscovery>(opened.error());
    if (!d) {
        check.seen = fmt::format("DA discovery did not answer ({})", d.error().message);
    } else if (d->parsed.info.stIntegrity && *d->parsed.info.stIntegrity == 0xEAEAEAEAu) {
        check.status = DaProvisioning::Provisioned;
        check.seen = "DA discovery: ST provisioning integrity 0xEAEAEAEA (credentials provisioned)";
    } else {
        check.status = DaProvisioning::NotProvisioned;
        check.seen =
            d->parsed.info.stIntegrity
                ? fmt::format("DA discovery: ST provisioning integrity {:#x} (no credentials provisioned)",
                              *d->parsed.info.stIntegrity)
                : "DA discovery: no ST provisioning integrity record (no credentials provisioned)";
    }
    if (d && d->parsed.info.psaLifecycle)
        look.state = stateFromDiscovery(*family, *d->parsed.info.psaLifecycle);
    // The discovery left the chip waiting in its boot ROM's DA loop, where the core's AP is
    // closed: one plain reset (no request word) lets it boot, then reattach.
    Clock& clock = probe.clock();
    (void)probe.driveNrst(probe::NrstDrive::Low);
    clock.sleepFor(std::chrono::milliseconds(2));
    (void)probe.driveNrst(probe::NrstDrive::High);
    clock.sleepFor(std::chrono::milliseconds(50));
    (void)probe.attach();
    (void)arm::powerUp(probe, std::chrono::milliseconds(100));
    return look;
}

}  // namespace rescue::optionbytes
