// Parses one family file (schema "rescue.device-family/1"): identity, debug access, memory,
// registers, then lifecycle, DA and option bytes, which refer to each other and are checked
// against each other here.

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/device/catalog_loader.h"

namespace rescue::device::detail {

namespace {

std::uint16_t u16(const JsonCursor& c) {
    auto v = c.u32();
    if (v > 0xFFFF)
        c.fail("catalog.out-of-range", fmt::format("expected a 16-bit value, found {}", hex32(v)));
    return static_cast<std::uint16_t>(v);
}

std::optional<std::uint32_t> optionalAddress(const JsonCursor& parent, std::string_view key) {
    if (!parent.has(key))
        return std::nullopt;
    return parent[key].u32();
}

DbgmcuMap parseDbgmcu(const JsonCursor& c) {
    c.allowOnly({"ap1Base", "ap0Base", "registers", "srReset"});
    DbgmcuMap m;
    m.ap1Base = c["ap1Base"].u32();
    m.ap0Base = c["ap0Base"].u32();
    for (const auto& alt : c["ap0Base"].alternatives())
        m.ap0Alternatives.push_back(alt.u32());
    for (const auto& [name, offset] : c["registers"].members())
        m.offsets[name] = offset.u32();
    for (const char* required : {"IDCODE", "SR", "DBG_AUTH_HOST", "DBG_AUTH_DEVICE", "DBG_AUTH_ACK"})
        if (!m.offsets.count(required))
            c["registers"].fail("catalog.missing-field",
                                fmt::format("the DBGMCU register \"{}\" is missing", required));
    m.srReset = optionalAddress(c, "srReset");
    return m;
}

std::vector<RegisterBits> parseBits(const JsonCursor& c) {
    std::vector<RegisterBits> out;
    for (const auto& bc : c.array()) {
        bc.allowOnly({"name", "lsb", "width"});
        RegisterBits b;
        b.name = bc["name"].str();
        b.lsb = bc["lsb"].uint(31);
        if (auto w = bc.optional("width"))
            b.width = w->uint(32);
        if (b.width == 0 || b.lsb + b.width > 32)
            bc["lsb"].fail("catalog.out-of-range", "the bits do not fit a 32-bit register");
        for (const auto& other : out)
            if ((other.mask() & b.mask()) != 0)
                bc["lsb"].fail("catalog.overlapping-fields",
                               fmt::format("bits of \"{}\" overlap \"{}\"", b.name, other.name));
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<PeripheralRegister> parseRegisters(const JsonCursor& c) {
    std::vector<PeripheralRegister> out;
    for (const auto& rc : c.array()) {
        rc.allowOnly({"name", "offset", "fields"});
        PeripheralRegister r;
        r.name = rc["name"].str();
        r.offset = rc["offset"].u32();
        if (auto f = rc.optional("fields"))
            r.fields = parseBits(*f);
        for (const auto& other : out)
            if (other.name == r.name)
                rc["name"].fail("catalog.duplicate", fmt::format("register \"{}\" is listed twice", r.name));
        out.push_back(std::move(r));
    }
    return out;
}

RegisterBlock parsePeripheral(const JsonCursor& c) {
    c.allowOnly({"name", "base", "secureBase", "registers"});
    RegisterBlock b;
    b.name = c["name"].str();
    b.base = c["base"].u32();
    b.secureBase = optionalAddress(c, "secureBase");
    b.registers = parseRegisters(c["registers"]);
    return b;
}

FlashKeys parseKeys(const JsonCursor& c) {
    c.allowOnly({"key1", "key2", "optKey1", "optKey2", "obkKey1", "obkKey2"});
    FlashKeys k;
    k.key1 = c["key1"].u32();
    k.key2 = c["key2"].u32();
    k.optKey1 = c["optKey1"].u32();
    k.optKey2 = c["optKey2"].u32();
    k.obkKey1 = optionalAddress(c, "obkKey1");
    k.obkKey2 = optionalAddress(c, "obkKey2");
    return k;
}

FlashGeometry parseFlash(const JsonCursor& c) {
    c.allowOnly({"base", "secureBase", "banks", "sectorBytes", "programUnitBytes", "maxSectorsPerBank",
                 "maxKb", "bank2Offset"});
    FlashGeometry g;
    g.base = c["base"].u32();
    g.secureBase = optionalAddress(c, "secureBase");
    g.banks = c["banks"].uint(2);
    if (g.banks == 0)
        c["banks"].fail("catalog.out-of-range", "a flash has at least one bank");
    g.sectorBytes = c["sectorBytes"].u32();
    if (g.sectorBytes == 0)
        c["sectorBytes"].fail("catalog.out-of-range", "the sector size cannot be 0");
    g.programUnitBytes = c["programUnitBytes"].uint(256);
    g.maxSectorsPerBank = c["maxSectorsPerBank"].uint(4096);
    g.maxKb = c["maxKb"].u32();
    if (std::uint64_t(g.maxSectorsPerBank) * g.banks * g.sectorBytes != std::uint64_t(g.maxKb) * 1024)
        c["maxKb"].fail("catalog.out-of-range",
                        fmt::format("{} KB does not equal banks x maxSectorsPerBank x sectorBytes", g.maxKb));
    if (auto half = c.optional("bank2Offset"); half && half->str() != "half")
        half->expected("\"half\" (bank 2 starts at half the flash size)");
    return g;
}

MemoryRegion parseRegion(const JsonCursor& c) {
    c.allowOnly({"name", "kind", "base", "secureBase", "size"});
    MemoryRegion m;
    m.name = c["name"].str();
    m.kind = c["kind"].str();
    m.base = c["base"].u32();
    m.secureBase = optionalAddress(c, "secureBase");
    m.size = c["size"].u32();
    if (auto conf = c.optional("confirmed"))
        m.confirmed = conf->boolean();
    if (auto n = c.optional("note"))
        m.note = n->strOrEmpty();
    return m;
}

}  // namespace

Family parseFamily(const JsonCursor& root) {
    root.allowOnly({"schema",
                    "id",
                    "name",
                    "description",
                    "referenceManual",
                    "devIds",
                    "revisions",
                    "observedRevisionNames",
                    "core",
                    "trustZone",
                    "dpidr",
                    "accessPorts",
                    "dbgmcu",
                    "identity",
                    "flash",
                    "memory",
                    "peripherals",
                    "flashRegisters",
                    "lifecycle",
                    "debugAuthentication",
                    "optionBytes"});
    Family f;
    f.id = root["id"].str();
    f.name = root["name"].str();
    if (auto d = root.optional("description"))
        f.description = d->strOrEmpty();
    f.referenceManual = root["referenceManual"].str();

    for (const auto& d : root["devIds"].array()) {
        auto id = d.u32();
        if (id == 0 || id > 0xFFF)
            d.fail("catalog.out-of-range", fmt::format("a DEV_ID is 12 bits, found {}", hex32(id)));
        f.devIds.push_back(static_cast<std::uint16_t>(id));
    }
    if (f.devIds.empty())
        root["devIds"].fail("catalog.missing-field", "a family needs at least one DEV_ID");

    for (const auto& rc : root["revisions"].array()) {
        rc.allowOnly({"code", "name"});
        Revision r{u16(rc["code"]), rc["name"].str(), true};
        if (auto conf = rc.optional("confirmed"))
            r.confirmed = conf->boolean();
        if (f.revision(r.code))
            rc["code"].fail("catalog.duplicate",
                            fmt::format("revision code {} is listed twice", hex32(r.code)));
        f.revisions.push_back(std::move(r));
    }
    if (auto names = root.optional("observedRevisionNames"))
        for (const auto& n : names->array())
            f.observedRevisionNames.push_back(n.str());

    auto core = root["core"];
    core.allowOnly({"name", "cpuidPartno"});
    f.core = {core["name"].str(), u16(core["cpuidPartno"])};
    f.trustZone = root["trustZone"].boolean();
    f.dpidr = root["dpidr"].u32();

    for (const auto& ac : root["accessPorts"].array()) {
        ac.allowOnly({"index", "role", "description"});
        AccessPortRole ap{ac["index"].uint(255), ac["role"].str(), {}};
        if (auto d = ac.optional("description"))
            ap.description = d->strOrEmpty();
        if (ap.role != "dbgmcu" && ap.role != "core")
            ac["role"].expected("\"dbgmcu\" or \"core\"");
        f.accessPorts.push_back(std::move(ap));
    }
    if (!f.accessPort("dbgmcu") || !f.accessPort("core"))
        root["accessPorts"].fail("catalog.missing-field",
                                 "both a \"dbgmcu\" and a \"core\" access port are needed");

    f.dbgmcu = parseDbgmcu(root["dbgmcu"]);

    auto identity = root["identity"];
    identity.allowOnly({"uid", "flashSize", "package"});
    f.identity.uid = identity["uid"].u32();
    f.identity.flashSize = optionalAddress(identity, "flashSize");
    f.identity.package = optionalAddress(identity, "package");

    f.flash = parseFlash(root["flash"]);
    for (const auto& mc : root["memory"].array())
        f.memory.push_back(parseRegion(mc));
    if (auto peripherals = root.optional("peripherals"))
        for (const auto& pc : peripherals->array())
            f.peripherals.push_back(parsePeripheral(pc));

    auto flashRegs = root["flashRegisters"];
    flashRegs.allowOnly({"base", "secureBase", "keys", "registers"});
    f.flashRegisters.name = "FLASH";
    f.flashRegisters.base = flashRegs["base"].u32();
    f.flashRegisters.secureBase = optionalAddress(flashRegs, "secureBase");
    f.flashRegisters.registers = parseRegisters(flashRegs["registers"]);
    f.keys = parseKeys(flashRegs["keys"]);

    // Lifecycle and option bytes refer to each other: state ids first, then the field table
    // (frozenIn names states), then the full lifecycle (conditions name fields).
    std::set<std::string> stateIds;
    for (const auto& sc : root["lifecycle"]["states"].array())
        stateIds.insert(sc["id"].str());
    f.optionBytes = parseOptionTable(root["optionBytes"], stateIds);
    f.lifecycle = parseLifecycle(root["lifecycle"], f.optionBytes);
    f.da = parseDebugAuthentication(root["debugAuthentication"], f.optionBytes);
    return f;
}

}  // namespace rescue::device::detail
