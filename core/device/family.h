#pragma once
// One device family as the catalog describes it (resources/devices/<family>.json): identity
// registers, debug access, memory map, FLASH registers and keys, lifecycle, DA parameters
// and the option-byte field table. Immutable once loaded; shared through the Catalog.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/device/debug_authentication.h"
#include "core/device/lifecycle.h"
#include "core/optionbytes/field_table.h"

namespace rescue::device {

struct Revision {
    std::uint16_t code = 0;  // DBGMCU_IDCODE REV_ID [31:16]
    std::string name;        // "A", "Z", ...
    bool confirmed = true;
};

struct CoreInfo {
    std::string name;  // "Cortex-M33"
    std::uint16_t cpuidPartno = 0;
};

struct AccessPortRole {
    unsigned index = 0;
    std::string role;  // "dbgmcu" (DBGMCU + DA mailbox) or "core" (the CPU's MEM-AP)
    std::string description;
};

// DBGMCU as seen from each access port: AP1 reaches it on the CPU bus, AP0 on the debug APB
// (the only path while NRST is held).
struct DbgmcuMap {
    enum class Side { Ap0, Ap1 };

    std::uint32_t ap1Base = 0;
    std::uint32_t ap0Base = 0;  // unconfirmed on every family
    std::vector<std::uint32_t> ap0Alternatives;
    std::map<std::string, std::uint32_t> offsets;  // "IDCODE", "SR", "DBG_AUTH_HOST", ...
    std::optional<std::uint32_t> srReset;

    static constexpr unsigned kApPresentLsb = 0;   // SR [15:0]
    static constexpr unsigned kApEnabledLsb = 16;  // SR [31:16]

    std::optional<std::uint32_t> address(std::string_view registerName, Side side) const;
    static std::uint16_t devId(std::uint32_t idcode) { return static_cast<std::uint16_t>(idcode & 0xFFFu); }
    static std::uint16_t revId(std::uint32_t idcode) { return static_cast<std::uint16_t>(idcode >> 16); }
    static bool apPresent(std::uint32_t sr, unsigned ap) { return (sr >> (kApPresentLsb + ap)) & 1u; }
    static bool apEnabled(std::uint32_t sr, unsigned ap) { return (sr >> (kApEnabledLsb + ap)) & 1u; }
};

struct IdentityAddresses {
    std::uint32_t uid = 0;                   // 96-bit unique id
    std::optional<std::uint32_t> flashSize;  // u16 in KB; absent when the size is fixed
    std::optional<std::uint32_t> package;
};

struct FlashGeometry {
    std::uint32_t base = 0;
    std::optional<std::uint32_t> secureBase;
    unsigned banks = 1;
    std::uint32_t sectorBytes = 0;
    unsigned programUnitBytes = 16;
    unsigned maxSectorsPerBank = 0;
    std::uint32_t maxKb = 0;
};

struct MemoryRegion {
    std::string name;  // "OTP", "OBK HDPL1", "SRAM1", "XSPI2 window"
    std::string kind;  // "otp", "system", "edata", "obk", "sram", "external"
    std::uint32_t base = 0;
    std::optional<std::uint32_t> secureBase;
    std::uint32_t size = 0;
    bool confirmed = true;
    std::string note;
};

struct RegisterBits {
    std::string name;
    unsigned lsb = 0;
    unsigned width = 1;
    std::uint32_t mask() const { return (width >= 32 ? 0xFFFFFFFFu : ((1u << width) - 1u)) << lsb; }
};

struct PeripheralRegister {
    std::string name;
    std::uint32_t offset = 0;
    std::vector<RegisterBits> fields;
    const RegisterBits* field(std::string_view name) const;
};

struct RegisterBlock {
    std::string name;
    std::uint32_t base = 0;
    std::optional<std::uint32_t> secureBase;
    std::vector<PeripheralRegister> registers;
    const PeripheralRegister* registerNamed(std::string_view name) const;
    std::optional<std::uint32_t> address(std::string_view registerName) const;
};

struct FlashKeys {
    std::uint32_t key1 = 0, key2 = 0;        // NSKEYR / KEYR
    std::uint32_t optKey1 = 0, optKey2 = 0;  // OPTKEYR
    std::optional<std::uint32_t> obkKey1, obkKey2;
};

struct Family {
    std::string id;    // "stm32h56x-h57x"
    std::string name;  // "STM32H56x/H57x"
    std::string description;
    std::string referenceManual;
    std::filesystem::path file;

    std::vector<std::uint16_t> devIds;
    std::vector<Revision> revisions;
    std::vector<std::string> observedRevisionNames;  // printed by tools, code unknown ("Rev Y")
    CoreInfo core;
    bool trustZone = false;
    std::uint32_t dpidr = 0;
    std::vector<AccessPortRole> accessPorts;
    DbgmcuMap dbgmcu;
    IdentityAddresses identity;
    FlashGeometry flash;
    std::vector<MemoryRegion> memory;
    std::vector<RegisterBlock> peripherals;
    RegisterBlock flashRegisters;
    FlashKeys keys;
    Lifecycle lifecycle;
    DebugAuthentication da;
    optionbytes::FieldTable optionBytes;

    const Revision* revision(std::uint16_t revId) const;
    const MemoryRegion* region(std::string_view name) const;
    const RegisterBlock* peripheral(std::string_view name) const;
    const AccessPortRole* accessPort(std::string_view role) const;
    bool hasDevId(std::uint16_t devId) const;
};

}  // namespace rescue::device
