#include "core/optionbytes/ob_target.h"

#include "core/device/target_identification.h"
#include "core/optionbytes/option_reader.h"

namespace rescue::optionbytes {

Result<ObTarget> openObTarget(probe::DebugProbe& probe, std::shared_ptr<const device::Catalog> catalog) {
    device::ConnectOptions options;
    options.mode = device::ConnectMode::HotPlug;  // look, do not disturb: nothing is reset
    options.checkNrst = false;
    auto id = device::identifyTarget(probe, *catalog, options);
    if (!id)
        return id.error();
    if (!id->family)
        return makeError("ob.no-target", "The target's family could not be identified.",
                         "Run rescue connect to see what answers.");
    if (id->blocker)
        return *id->blocker;
    std::optional<device::Part> part;
    if (!id->partLines.empty())
        if (auto p = catalog->resolvePart(id->partLines.front())) {
            part = *p;
            if (id->flashKb) {
                part->flashKb = *id->flashKb;
                part->flashSizeKnown = true;
            }
        }
    auto image = readOptionBytes(probe, id->family, id->coreAp);
    if (!image)
        return image.error();
    // H523 and H533 answer alike on the wire: name the family rather than guess the line.
    std::string deviceName = part && id->partLines.size() == 1 ? part->line : id->family->name;
    return ObTarget{std::move(catalog), std::move(part), std::move(deviceName),
                    id->lifecycle,      id->coreAp,      std::move(*image)};
}

}  // namespace rescue::optionbytes
