#pragma once
// A family's lifecycle (product states) as data: the states with their codes, what answers
// on the debug port in each, and the transition table with the evidence behind every row.
// Nothing here decides; the option-byte validator and the chip model read these rows.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/optionbytes/field_table.h"

namespace rescue::device {

enum class ApAccess {
    Full,       // normal connect
    HotPlug,    // connect without reset only; user code not running
    NonSecure,  // non-secure world only
    Mailbox,    // AP0: DBGMCU and the DA mailbox answer
    None,
    Unknown,
};

enum class DaAvailability { NotNeeded, Yes, No };

struct StateAccess {
    ApAccess ap0 = ApAccess::Unknown;
    ApAccess ap1 = ApAccess::Unknown;
    bool secureDebug = false;
    DaAvailability da = DaAvailability::No;
    std::string bootloader;  // "yes", "no", "via-irot-on-failure"
};

struct LifecycleState {
    std::string id;    // "tz-closed": stable id used in data and code
    std::string name;  // "TZ-Closed": as ST writes it
    std::uint8_t code = 0;
    bool userSettable = false;  // may be requested (option byte or boot ROM service)
    bool transient = false;     // hardware-only (Regression, NS-Regression)
    bool final = false;         // nothing leaves it (Locked)
    StateAccess access;
    // How the state shows in option registers when there is no PRODUCT_STATE register (H7RS).
    std::vector<optionbytes::FieldCondition> registerMatch;
    bool registerMatchConfirmed = true;
    std::optional<std::uint16_t> psaLifecycle;  // what a DA discovery reports (a choice, unconfirmed)
    bool confirmed = true;
    std::string note;
};

enum class TransitionMechanism {
    OptionBytes,     // PRODUCT_STATE write (H5) or NVSTATE write (H7RS)
    BootRomService,  // ST's RSS service (-psrss on H7RS)
    DaFullRegression,
    DaPartialRegression,
    Hardware,  // the chip moves on by itself (Regression -> Open)
    Any,       // a rule that holds whatever is tried (Locked -> anything)
};

enum class EvidenceLevel { Script, Header, Svd, Log, Forum, Wiki, AppNote, ThirdParty, Inferred, Unverified };

struct Transition {
    std::string from;
    std::string to;  // a state id, or "*" for every other state
    TransitionMechanism mechanism = TransitionMechanism::OptionBytes;
    bool allowed = false;
    std::optional<std::string>
        outcome;  // where the chip was seen to end up instead (Open -> X: Provisioning)
    std::vector<optionbytes::FieldCondition> requirements;  // e.g. TZEN = 0xB4 for a partial regression
    EvidenceLevel evidence = EvidenceLevel::Unverified;
    std::string source;
    std::string note;
    bool confirmed = true;
};

class Lifecycle {
public:
    std::string stateField;  // the option field that carries the state ("PRODUCT_STATE")
    // Reported: asking Open for any state other than Provisioning leaves the chip in Provisioning.
    bool openJumpStopsInProvisioning = false;
    bool openJumpConfirmed = false;
    std::vector<LifecycleState> states;
    std::vector<Transition> transitions;

    // By id or name in any spelling ("TZ-Closed", "tz_closed", "TZ CLOSED").
    const LifecycleState* state(std::string_view idOrName) const;
    const LifecycleState* stateByCode(std::uint8_t code) const;
    // The row that decides from -> to for one mechanism: exact rows win over "*" rows; a row
    // with mechanism Any applies to every mechanism. nullptr: the data says nothing.
    const Transition* rule(std::string_view from, std::string_view to, TransitionMechanism mechanism) const;
    // Every row for from -> to, exact rows first.
    std::vector<const Transition*> rules(std::string_view from, std::string_view to) const;
    // The state whose registerMatch holds for these field values (most specific first).
    const LifecycleState* stateFromFields(const std::map<std::string, std::uint32_t>& fieldValues) const;
};

std::string_view toString(TransitionMechanism m);
std::string_view toString(EvidenceLevel e);
std::string_view toString(ApAccess a);
std::optional<TransitionMechanism> transitionMechanismFromString(std::string_view text);
std::optional<EvidenceLevel> evidenceLevelFromString(std::string_view text);
std::optional<ApAccess> apAccessFromString(std::string_view text);

}  // namespace rescue::device
