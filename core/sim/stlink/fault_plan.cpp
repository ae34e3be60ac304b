#include "core/sim/stlink/fault_plan.h"

#include <array>
#include <utility>

namespace rescue::sim::stlink {

namespace {
constexpr std::array<std::pair<FaultKind, std::string_view>, 11> kNames{{
    {FaultKind::Disconnect, "disconnect"},
    {FaultKind::WaitStorm, "wait-storm"},
    {FaultKind::ApFault, "ap-fault"},
    {FaultKind::ShortReply, "short-reply"},
    {FaultKind::OversizedReply, "oversized-reply"},
    {FaultKind::SilentReply, "silent-reply"},
    {FaultKind::LatencySpike, "latency-spike"},
    {FaultKind::ChipReset, "chip-reset"},
    {FaultKind::PowerLoss, "power-loss"},
    {FaultKind::ChipSilent, "chip-silent"},
    {FaultKind::ServerDrop, "server-drop"},
}};
}  // namespace

std::string_view faultKindName(FaultKind kind) {
    for (const auto& [k, name] : kNames)
        if (k == kind)
            return name;
    return "unknown";
}

bool faultKindFromName(std::string_view name, FaultKind& kind) {
    for (const auto& [k, n] : kNames)
        if (n == name) {
            kind = k;
            return true;
        }
    return false;
}

}  // namespace rescue::sim::stlink
