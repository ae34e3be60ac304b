#pragma once
// Mass or bank erase as an operation with a preview (kpmcore style), shared by `rescue erase`
// and the GUI's editor. preview() reads nothing new: from the option bytes already read it
// says which sectors write protection guards and whether they stand in the erase's way.
// run() erases; when WRP refuses it, the error names the sectors and the offered fix
// (offeredFix() gives the command; wrpFixChange() in ob_change_operation.h the change).

#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/optionbytes/flash_erase.h"
#include "core/optionbytes/ob_target.h"
#include "core/optionbytes/wrp_map.h"
#include "core/probe/debug_probe.h"

namespace rescue::optionbytes {

struct ErasePreview {
    std::vector<WrpMap> protection;  // the maps of the banks the erase touches
    bool blockedByWrp = false;       // a protected sector in the way: the chip will refuse
};

class ObEraseOperation {
public:
    // `probeUri` names the probe in the commands the errors offer.
    ObEraseOperation(probe::DebugProbe& probe, const ObTarget& target, EraseRequest request,
                     std::string probeUri);

    ErasePreview preview() const;
    // "ob.no-target" when the part (its sectors) is unknown, else eraseFlash()'s errors.
    Result<EraseOutcome> run();

private:
    probe::DebugProbe& m_probe;
    const ObTarget& m_target;
    EraseRequest m_request;
    std::string m_probeUri;
};

// The command an "ob.erase-wrp" error offers (its "fix" evidence), empty when there is none.
std::string offeredFix(const Error& error);

}  // namespace rescue::optionbytes
