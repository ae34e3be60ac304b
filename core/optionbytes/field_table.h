#pragma once
// The option-byte field table of one device family, as described by its catalog file
// (resources/devices/<family>.json, section "optionBytes"). Pure data plus look-ups; the
// codec (decode, encode, NAME=VALUE) lives next to it in this room.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rescue::optionbytes {

// Register name -> 32-bit value, e.g. {"OPTSR", 0x00ED00F8}. Keys are the canonical register
// names of the table ("OPTSR", "WRPSR"); look-ups also accept the copy names ("OPTSR_CUR").
using RegisterDump = std::map<std::string, std::uint32_t>;

// "field = value", used for lifecycle register matches, field freezes and DA method choice.
struct FieldCondition {
    std::string field;
    std::uint32_t value = 0;
    bool operator==(const FieldCondition&) const = default;
};

struct EnumValue {
    std::uint32_t value = 0;
    std::string name;
    std::string meaning;
};

enum class FieldKind {
    Number,           // free-form count or mask
    Flag,             // one bit, named states optional
    Enum,             // named values; others decode as "reserved/unknown"
    Code,             // only listed values are valid (Hamming-coded bytes: PRODUCT_STATE, TZEN, ...)
    WriteProtection,  // bit = 0 protects (see `protects`)
    Address,          // holds address bits above `addressShift`
    Index,            // a sector or block index
};

enum class SetBy {
    OptionRegister,  // written through the *_PRG / *SRP copy
    BootRomService,  // not a register: set through ST's boot ROM service (H7RS -psrss)
};

// Which sectors a write-protection field guards: bit n guards sectors
// firstSector + n*sectorsPerBit .. + sectorsPerBit-1 of `bank` (1-based).
struct WriteProtectionLayout {
    unsigned bank = 1;
    unsigned firstSector = 0;
    unsigned sectorsPerBit = 1;
};

struct FieldDef {
    std::string name;                  // STM32CubeProgrammer's name, e.g. "WRPSGn1"
    std::vector<std::string> aliases;  // reference-manual names, e.g. "WRPSG1"
    std::string registerName;          // empty when setBy == BootRomService
    unsigned lsb = 0;
    unsigned width = 0;
    std::uint32_t resetValue = 0;  // blank-device / reset value of the field
    FieldKind kind = FieldKind::Number;
    std::string meaning;
    std::vector<EnumValue> values;
    bool activeLow = false;  // WRP polarity: 0 = protected
    bool readOnly = false;   // set by ST production (PERSO_OK)
    bool setOnly = false;    // bits only go 0 -> 1 (OTP locks)
    SetBy setBy = SetBy::OptionRegister;
    std::string serviceCommand;            // e.g. "-psrss" when setBy == BootRomService
    std::vector<std::string> aggregateOf;  // a whole-field view over narrower fields (H7RS "WRPS")
    std::vector<std::string> frozenIn;     // lifecycle state ids in which writes have no effect
    std::vector<FieldCondition> frozenBy;  // e.g. NSBOOTADD frozen while NSBOOT_LOCK = 0xB4
    std::vector<std::string> lines;        // empty = every part of the family, else e.g. {"STM32H7S7"}
    std::optional<WriteProtectionLayout> protects;
    unsigned addressShift = 0;
    bool confirmed = true;  // false: the reference marks the field itself as unverified
    std::string note;

    std::uint32_t mask() const;      // in register position
    std::uint32_t maxValue() const;  // largest value the field holds
    std::uint32_t extract(std::uint32_t registerValue) const;
    std::uint32_t insert(std::uint32_t registerValue, std::uint32_t fieldValue) const;
    bool isAggregate() const { return !aggregateOf.empty(); }
    bool isRegisterField() const { return setBy == SetBy::OptionRegister; }
    const EnumValue* valueNamed(std::string_view name) const;  // case-insensitive
    const EnumValue* valueOf(std::uint32_t value) const;
    bool appliesToLine(std::string_view line) const;  // "STM32H7S7"
    bool frozenInState(std::string_view stateId) const;
    bool matchesName(std::string_view nameOrAlias) const;  // case-insensitive
};

struct RegisterDef {
    std::string name;     // "OPTSR", "WRPSR"
    std::string curName;  // "OPTSR_CUR", "WRPSR": the copy in force (read-only)
    std::string prgName;  // "OPTSR_PRG", "WRPSRP": the copy to program
    std::uint32_t curOffset = 0;
    std::uint32_t prgOffset = 0;
    std::string meaning;
    std::uint32_t definedMask = 0;  // bits covered by fields; the rest is reserved (keep as read)
    std::uint32_t resetValue = 0;   // the fields' reset values composed

    bool matchesName(std::string_view text) const;  // name, curName or prgName, any case
};

class FieldTable {
public:
    std::uint32_t registerBase = 0;  // FLASH register block the offsets are relative to
    std::vector<RegisterDef> registers;
    std::vector<FieldDef> fields;

    // By CubeProgrammer name or reference-manual alias, case-insensitive.
    const FieldDef* field(std::string_view nameOrAlias) const;
    // By canonical name or copy name ("OPTSR", "optsr_cur", "WRPSRP"), case-insensitive.
    const RegisterDef* registerNamed(std::string_view name) const;
    // Primary (non-aggregate) register fields of one register, in table order.
    std::vector<const FieldDef*> fieldsOf(std::string_view registerName) const;
    // Field names closest to a mistyped one, best first (for "did you mean").
    std::vector<std::string> closestNames(std::string_view typed, std::size_t max = 3) const;

    std::uint32_t curAddress(const RegisterDef& r) const { return registerBase + r.curOffset; }
    std::uint32_t prgAddress(const RegisterDef& r) const { return registerBase + r.prgOffset; }
};

std::string_view toString(FieldKind kind);
std::optional<FieldKind> fieldKindFromString(std::string_view text);

}  // namespace rescue::optionbytes
