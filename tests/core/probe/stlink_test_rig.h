#pragma once
// Rigs for the driver suites: the StlinkProbe driver over BulkStlinkLink into a virtual
// ST-LINK, plugged into a TestBoard or into a real lab STM32 board (LabInstance), all on
// one VirtualClock so that waits and timeouts cost no wall time.

#include <functional>
#include <memory>
#include <string>

#include "core/common/clock.h"
#include "core/probe/stlink/stlink_link.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/stlink/virtual_stlink.h"
#include "support/test_board.h"

namespace rescue::testsupport {

// A link that runs a hook before a given exchange: lets a test pull the cable in the middle
// of a multi-command transfer.
class HookedLink final : public probe::stlink::StlinkLink {
public:
    HookedLink(std::unique_ptr<probe::stlink::StlinkLink> inner, std::uint64_t hookAt,
               std::function<void()> hook)
        : m_inner(std::move(inner)), m_hookAt(hookAt), m_hook(std::move(hook)) {}
    Result<Bytes> transact(const probe::stlink::Request& request,
                           std::chrono::milliseconds timeout) override {
        if (m_hook && m_inner->roundTrips() + 1 == m_hookAt)
            m_hook();
        return m_inner->transact(request, timeout);
    }
    std::uint64_t roundTrips() const override { return m_inner->roundTrips(); }
    void setHookAt(std::uint64_t exchange) { m_hookAt = exchange; }

private:
    std::unique_ptr<probe::stlink::StlinkLink> m_inner;
    std::uint64_t m_hookAt;
    std::function<void()> m_hook;
};

inline std::unique_ptr<probe::stlink::StlinkLink> linkTo(
    const std::shared_ptr<sim::stlink::VirtualStlink>& v) {
    return std::make_unique<probe::stlink::BulkStlinkLink>(v, v->identity().usb.outEndpoint);
}

// TestBoard + virtual ST-LINK of the given model and firmware.
struct BoardRig {
    explicit BoardRig(std::string_view model = "STLINK-V3SET", std::string_view firmware = {},
                      TestBoardConfig config = {})
        : board(config),
          virtualProbe(std::make_shared<sim::stlink::VirtualStlink>(
              sim::stlink::makeStlinkIdentity(model, firmware).value(), *clock, &board)) {}

    Result<std::unique_ptr<probe::stlink::StlinkProbe>> open(probe::stlink::StlinkProbeOptions options = {}) {
        return probe::stlink::StlinkProbe::open(linkTo(virtualProbe), probe::ProbeInfo{}, clock, options);
    }

    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    TestBoard board;
    std::shared_ptr<sim::stlink::VirtualStlink> virtualProbe;
};

// A shipped lab scenario, optionally with another probe model and firmware.
struct LabRig {
    static Result<std::unique_ptr<LabRig>> create(const std::string& scenarioName, std::string model = {},
                                                  std::string firmware = {},
                                                  nlohmann::json chipParameters = {}) {
        auto scenario = sim::loadScenarioByNameOrPath(scenarioName);
        if (!scenario)
            return std::move(scenario).error();
        if (!model.empty()) {
            scenario->probe.model = model;
            scenario->probe.firmware = firmware;
        }
        if (chipParameters.is_object())
            for (auto it = chipParameters.begin(); it != chipParameters.end(); ++it)
                scenario->chipParameters[it.key()] = it.value();
        auto rig = std::make_unique<LabRig>();
        auto instance = sim::lab::LabInstance::create(std::move(*scenario), rig->clock);
        if (!instance)
            return std::move(instance).error();
        rig->instance = std::move(*instance);
        return rig;
    }

    Result<std::unique_ptr<probe::stlink::StlinkProbe>> open(probe::stlink::StlinkProbeOptions options = {}) {
        probe::ProbeInfo info;
        info.uri = "lab:" + instance->scenario().name;
        info.transport = "lab";
        info.serial = instance->probeSerial();
        return probe::stlink::StlinkProbe::open(linkTo(instance->probe()), info, clock, options);
    }

    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    std::unique_ptr<sim::lab::LabInstance> instance;
};

}  // namespace rescue::testsupport
