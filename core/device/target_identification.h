#pragma once
// Who is on the other end of the cable: connect in the chosen mode, then learn from the wire
// alone (never from a scenario) the DP, the DBGMCU IDCODE through whichever access port
// answers, the family and revision from the catalog, the flash size, the lifecycle as far as
// it can be read without Debug Authentication, an option-byte summary, which APs answer, and
// whether the probe's NRST reaches the chip.
//
// Hard failures (no voltage, no DP answer, probe errors) are errors whose sentence names the
// likely cause. A chip that answers on its DP but keeps the chosen AP closed is identified as
// far as it goes and carries a `blocker`: the CLI prints what it learned, then exits 3.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/device/catalog.h"
#include "core/device/nrst_check.h"
#include "core/probe/debug_probe.h"

namespace rescue::device {

enum class ConnectMode : std::uint8_t {
    Normal,      // attach; the core is halted while it is read, then resumed if it was running
    UnderReset,  // NRST held while attaching, the core caught at its reset vector, then released
    HotPlug,     // attach without reset or halt: the running code is left alone
};
std::string_view toString(ConnectMode mode);  // "normal", "under-reset", "hot-plug"
std::optional<ConnectMode> connectModeFromString(std::string_view text);

struct ConnectOptions {
    ConnectMode mode = ConnectMode::Normal;
    std::optional<std::uint8_t> ap;  // the core's AP; the family's default (AP1 on H5 and H7RS)
    std::uint32_t swdKHz = 4000;
    bool checkNrst = true;
};

struct ApReport {
    std::uint8_t index = 0;
    std::string role;                  // "dbgmcu", "core" (from the catalog once the family is known)
    std::optional<std::uint32_t> idr;  // read when the AP answers
    std::optional<bool> present;       // DBGMCU_SR, when it could be read
    std::optional<bool> enabled;
    // Whether a memory access through it worked (the IDR of a disabled AP still reads).
    std::optional<bool> memoryAccess;
    bool answers() const { return idr.has_value() && *idr != 0; }
};

struct OptionSummaryLine {
    std::string field;    // "PRODUCT_STATE"
    std::string display;  // "0xED Open"
};

struct TargetIdentity {
    ConnectMode mode = ConnectMode::Normal;
    std::uint8_t coreAp = 1;
    std::optional<double> targetVoltage;
    std::uint32_t dpidr = 0;
    std::optional<std::uint32_t> idcode;
    std::optional<std::uint8_t> idcodeAp;  // the AP the IDCODE was read through
    std::uint16_t devId = 0;
    std::uint16_t revId = 0;
    std::string revision;  // "Z", or "0x1001 (unknown)"
    std::shared_ptr<const Family> family;
    std::optional<std::uint32_t> flashKb;
    std::vector<std::string> partLines;  // catalog lines of this family with that flash size
    std::optional<std::uint32_t> dbgmcuSr;
    std::vector<ApReport> aps;
    std::string lifecycle = "unknown";  // a state name as ST writes it, or "unknown"
    std::string lifecycleSource;        // how it was learned, or why it could not be
    std::vector<OptionSummaryLine> optionBytes;
    bool coreHalted = false;  // left halted (under-reset connect)
    NrstCheck nrst;
    std::optional<Error> blocker;  // the chosen AP does not answer: what and why
    std::vector<std::string> notes;
};

Result<TargetIdentity> identifyTarget(probe::DebugProbe& probe, const Catalog& catalog,
                                      const ConnectOptions& options = {});

}  // namespace rescue::device
