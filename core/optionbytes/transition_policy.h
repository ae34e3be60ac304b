#pragma once
// TransitionPolicy: every proposed option-byte change is checked here before anything is
// written (stm32-lifecycle-and-option-bytes.md section 8). It reads the catalog's lifecycle
// rows and field table (frozen states, set-only bits, coded values, WRP polarity) and grades
// what it finds: refused, irreversible, risky, note. Pure: no probe, no I/O; the caller
// brings what only the chip can tell (whether a DA configuration is provisioned, seen
// through a DA discovery where the state allows).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/device/part.h"
#include "core/optionbytes/assignment.h"
#include "core/optionbytes/finding.h"
#include "core/optionbytes/option_byte_image.h"

namespace rescue::optionbytes {

enum class DaProvisioning { Unknown, Provisioned, NotProvisioned };

struct DaProvisioningCheck {
    DaProvisioning status = DaProvisioning::Unknown;
    std::string seen;  // what was looked at and what it said ("DA discovery: ST integrity 0xEAEAEAEA")
};

// One change: the option bytes in force, the ones wanted, and the product state asked for
// (H5: mirrors PRODUCT_STATE of `proposed`; H7RS: set through the boot ROM service).
struct ChangeRequest {
    OptionByteImage current;
    OptionByteImage proposed;
    std::optional<std::uint8_t> productState;

    // Changes of a register field that are not the product state, by field name.
    bool changesRegisters() const { return current.registers() != proposed.registers(); }
};

// `current` with the assignments applied (`--set NAME=VALUE`, `-ob` lines). PRODUCT_STATE goes
// to productState on every family; a boot-ROM-service field other than it is refused.
Result<ChangeRequest> makeChangeRequest(const OptionByteImage& current,
                                        const std::vector<Assignment>& assignments);
// `current` -> `target` (an imported image), product state included when it differs.
ChangeRequest makeChangeRequest(const OptionByteImage& current, const OptionByteImage& target);

struct PolicyContext {
    const device::Part* part = nullptr;  // WRP sector maps and the device's name; family name without
    DaProvisioningCheck da;
    // The state in force when the registers cannot show it (H7RS Provisioning reads like Open;
    // a DA discovery's PSA lifecycle or the lab tells it). Empty: read from the image.
    std::string stateInForce;
    // How phrases name the device ("STM32H533"); empty: the part's line, else the family's name.
    // Set it when the wire cannot tell lines apart (H523 and H533 share a DEV_ID and sizes).
    std::string deviceName;
};

class TransitionPolicy {
public:
    explicit TransitionPolicy(PolicyContext context) : m_context(std::move(context)) {}
    PolicyReport check(const ChangeRequest& request) const;

private:
    PolicyContext m_context;
};

// The lifecycle state the image is in (H5 PRODUCT_STATE, H7RS derived), null when unknown.
const device::LifecycleState* stateOf(const OptionByteImage& image);

}  // namespace rescue::optionbytes
