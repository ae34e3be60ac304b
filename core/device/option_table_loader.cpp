// Parses and checks a family's "optionBytes" section: registers, fields, enumerations,
// write-protection layouts, freezes. Overlapping fields in one register are refused here,
// so decode/encode can rely on one meaning per bit.

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/device/catalog_loader.h"
#include "core/device/names.h"

namespace rescue::device::detail {

using optionbytes::EnumValue;
using optionbytes::FieldDef;
using optionbytes::FieldKind;
using optionbytes::FieldTable;
using optionbytes::RegisterDef;

namespace {

RegisterDef parseRegister(const JsonCursor& c) {
    c.allowOnly({"name", "curName", "prgName", "cur", "prg", "meaning"});
    RegisterDef r;
    r.name = c["name"].str();
    r.curName = c.has("curName") ? c["curName"].str() : r.name + "_CUR";
    r.prgName = c.has("prgName") ? c["prgName"].str() : r.name + "_PRG";
    r.curOffset = c["cur"].u32();
    r.prgOffset = c["prg"].u32();
    if (auto m = c.optional("meaning"))
        r.meaning = m->strOrEmpty();
    if (r.curOffset % 4 != 0)
        c["cur"].fail("catalog.bad-offset", "register offsets must be multiples of 4");
    if (r.prgOffset % 4 != 0)
        c["prg"].fail("catalog.bad-offset", "register offsets must be multiples of 4");
    return r;
}

std::vector<std::string> stringList(const JsonCursor& c) {
    std::vector<std::string> out;
    for (const auto& item : c.stringOrArray())
        out.push_back(item.str());
    return out;
}

FieldDef parseField(const JsonCursor& c, const FieldTable& table, const std::set<std::string>& stateIds) {
    c.allowOnly({"name",     "aliases",        "register",    "lsb",       "width",    "reset",
                 "kind",     "meaning",        "values",      "activeLow", "readOnly", "setOnly",
                 "setBy",    "serviceCommand", "aggregateOf", "frozenIn",  "frozenBy", "lines",
                 "protects", "addressShift"});
    FieldDef f;
    f.name = c["name"].str();
    if (auto a = c.optional("aliases"))
        f.aliases = stringList(*a);

    if (auto s = c.optional("setBy")) {
        auto text = s->str();
        if (text == "boot-rom-service")
            f.setBy = optionbytes::SetBy::BootRomService;
        else if (text != "option-register")
            s->expected("\"option-register\" or \"boot-rom-service\"");
    }
    if (auto s = c.optional("serviceCommand"))
        f.serviceCommand = s->str();

    if (f.isRegisterField()) {
        auto reg = c["register"];
        f.registerName = reg.str();
        const RegisterDef* r = table.registerNamed(f.registerName);
        if (!r)
            reg.fail(
                "catalog.unknown-reference",
                fmt::format("field \"{}\" names register \"{}\", which optionBytes.registers does not define",
                            f.name, f.registerName));
        f.registerName = r->name;
    } else if (c.has("register")) {
        c["register"].fail(
            "catalog.unknown-reference",
            "a field set through the boot ROM service has no register; write \"register\": null");
    }

    f.lsb = c["lsb"].uint(31);
    f.width = c["width"].uint(32);
    if (f.width == 0)
        c["width"].fail("catalog.out-of-range", "a field is at least 1 bit wide");
    if (f.lsb + f.width > 32)
        c["width"].fail("catalog.out-of-range",
                        fmt::format("bits {}..{} do not fit a 32-bit register", f.lsb, f.lsb + f.width - 1));

    auto kindCursor = c["kind"];
    auto kind = optionbytes::fieldKindFromString(kindCursor.str());
    if (!kind)
        kindCursor.expected("one of number, flag, enum, code, write-protection, address, index");
    f.kind = *kind;
    if (f.kind == FieldKind::Flag && f.width != 1)
        c["width"].fail("catalog.out-of-range", "a flag is exactly 1 bit wide");

    f.resetValue = c["reset"].u32();
    if (f.resetValue > f.maxValue())
        c["reset"].fail("catalog.out-of-range",
                        fmt::format("reset value {} does not fit {} bit(s)", hex32(f.resetValue), f.width));
    if (auto m = c.optional("meaning"))
        f.meaning = m->strOrEmpty();
    if (auto n = c.optional("note"))
        f.note = n->strOrEmpty();
    if (auto conf = c.optional("confirmed"))
        f.confirmed = conf->boolean();

    if (auto values = c.optional("values")) {
        for (const auto& v : values->array()) {
            v.allowOnly({"value", "name", "meaning"});
            EnumValue e;
            e.value = v["value"].u32();
            e.name = v["name"].str();
            if (auto m = v.optional("meaning"))
                e.meaning = m->strOrEmpty();
            if (e.value > f.maxValue())
                v["value"].fail("catalog.out-of-range",
                                fmt::format("value {} does not fit {} bit(s)", hex32(e.value), f.width));
            if (f.valueOf(e.value))
                v["value"].fail("catalog.duplicate", fmt::format("value {} is listed twice", hex32(e.value)));
            if (f.valueNamed(e.name))
                v["name"].fail("catalog.duplicate", fmt::format("value name \"{}\" is listed twice", e.name));
            f.values.push_back(std::move(e));
        }
    }
    if ((f.kind == FieldKind::Code || f.kind == FieldKind::Enum) && f.values.empty())
        c["kind"].fail("catalog.missing-field", "an enum or code field needs a \"values\" list");
    if (f.kind == FieldKind::Code && !f.valueOf(f.resetValue))
        c["reset"].fail("catalog.out-of-range",
                        fmt::format("reset value {} is not one of the field's codes", hex32(f.resetValue)));

    if (auto b = c.optional("activeLow"))
        f.activeLow = b->boolean();
    if (auto b = c.optional("readOnly"))
        f.readOnly = b->boolean();
    if (auto b = c.optional("setOnly"))
        f.setOnly = b->boolean();
    if (auto a = c.optional("aggregateOf"))
        f.aggregateOf = stringList(*a);
    if (auto l = c.optional("lines"))
        f.lines = stringList(*l);

    if (auto frozen = c.optional("frozenIn")) {
        for (const auto& s : frozen->stringOrArray()) {
            auto id = s.str();
            if (!stateIds.count(id))
                s.fail("catalog.unknown-reference",
                       fmt::format("\"{}\" is not a state of this family's lifecycle", id));
            f.frozenIn.push_back(id);
        }
    }

    if (auto p = c.optional("protects")) {
        p->allowOnly({"bank", "firstSector", "sectorsPerBit"});
        optionbytes::WriteProtectionLayout layout;
        layout.bank = (*p)["bank"].uint(2);
        if (layout.bank == 0)
            (*p)["bank"].fail("catalog.out-of-range", "banks are numbered from 1");
        if (auto fs = p->optional("firstSector"))
            layout.firstSector = fs->uint(1023);
        layout.sectorsPerBit = (*p)["sectorsPerBit"].uint(64);
        if (layout.sectorsPerBit == 0)
            (*p)["sectorsPerBit"].fail("catalog.out-of-range", "a protection bit guards at least one sector");
        f.protects = layout;
    }
    if (f.kind == FieldKind::WriteProtection && !f.protects)
        c["kind"].fail("catalog.missing-field", "a write-protection field needs \"protects\"");
    if (f.kind != FieldKind::WriteProtection && f.protects)
        c["protects"].fail("catalog.wrong-type", "only write-protection fields have \"protects\"");

    if (auto s = c.optional("addressShift"))
        f.addressShift = s->uint(31);
    if (f.kind == FieldKind::Address && f.addressShift == 0 && !c.has("addressShift"))
        c["kind"].fail("catalog.missing-field", "an address field needs \"addressShift\"");
    return f;
}

void checkNamesUnique(const JsonCursor& fieldsCursor, const FieldTable& table) {
    auto items = fieldsCursor.array();
    for (std::size_t i = 0; i < table.fields.size(); ++i) {
        const FieldDef& f = table.fields[i];
        // Each name (and alias) is checked against every field defined before it.
        auto check = [&](const std::string& n, const JsonCursor& where) {
            for (std::size_t j = 0; j < i; ++j)
                if (table.fields[j].matchesName(n))
                    where.fail("catalog.duplicate", fmt::format("name \"{}\" is already used by field \"{}\"",
                                                                n, table.fields[j].name));
            if (&n != &f.name && device::equalsIgnoreCase(n, f.name))
                where.fail("catalog.duplicate", fmt::format("alias \"{}\" repeats the field's own name", n));
        };
        check(f.name, items[i]["name"]);
        if (!f.aliases.empty()) {
            auto aliasCursors = items[i]["aliases"].stringOrArray();
            for (std::size_t k = 0; k < f.aliases.size(); ++k)
                check(f.aliases[k], aliasCursors[k]);
        }
    }
}

// One meaning per bit: primary fields of a register must not overlap. Aggregate views
// (H7RS "WRPS" over WRPS0..7) must cover exactly the bits of the fields they list.
void checkLayout(const JsonCursor& fieldsCursor, FieldTable& table) {
    auto items = fieldsCursor.array();
    for (std::size_t i = 0; i < table.fields.size(); ++i) {
        const FieldDef& f = table.fields[i];
        if (!f.isRegisterField())
            continue;
        if (f.isAggregate()) {
            std::uint32_t covered = 0;
            for (const auto& partName : f.aggregateOf) {
                const FieldDef* part = table.field(partName);
                if (!part || part->isAggregate() || part->registerName != f.registerName)
                    items[i]["aggregateOf"].fail(
                        "catalog.unknown-reference",
                        fmt::format("\"{}\" is not a field of register {}", partName, f.registerName));
                covered |= part->mask();
            }
            if (covered != f.mask())
                items[i]["aggregateOf"].fail("catalog.overlapping-fields",
                                             fmt::format("aggregate \"{}\" covers {} but its parts cover {}",
                                                         f.name, hex32(f.mask()), hex32(covered)));
            continue;
        }
        for (std::size_t j = 0; j < i; ++j) {
            const FieldDef& g = table.fields[j];
            if (g.isRegisterField() && !g.isAggregate() && g.registerName == f.registerName &&
                (g.mask() & f.mask()) != 0)
                items[i]["lsb"].fail(
                    "catalog.overlapping-fields",
                    fmt::format("field \"{}\" (bits {}..{}) overlaps field \"{}\" in register {}", f.name,
                                f.lsb, f.lsb + f.width - 1, g.name, f.registerName));
        }
    }
    for (auto& r : table.registers) {
        for (const FieldDef* f : table.fieldsOf(r.name)) {
            r.definedMask |= f->mask();
            r.resetValue = f->insert(r.resetValue, f->resetValue);
        }
    }
}

}  // namespace

optionbytes::FieldCondition parseCondition(const JsonCursor& c, const FieldTable& table) {
    c.allowOnly({"field", "value"});
    optionbytes::FieldCondition cond;
    auto fieldCursor = c["field"];
    const FieldDef* f = table.field(fieldCursor.str());
    if (!f)
        fieldCursor.fail("catalog.unknown-reference",
                         fmt::format("\"{}\" is not an option-byte field of this family", fieldCursor.str()));
    cond.field = f->name;
    cond.value = c["value"].u32();
    if (cond.value > f->maxValue())
        c["value"].fail("catalog.out-of-range", fmt::format("{} does not fit field {} ({} bits)",
                                                            hex32(cond.value), f->name, f->width));
    return cond;
}

FieldTable parseOptionTable(const JsonCursor& section, const std::set<std::string>& stateIds) {
    section.allowOnly({"registerBase", "registers", "fields"});
    FieldTable table;
    table.registerBase = section["registerBase"].u32();
    for (const auto& rc : section["registers"].array()) {
        RegisterDef r = parseRegister(rc);
        if (table.registerNamed(r.name) || table.registerNamed(r.curName) || table.registerNamed(r.prgName))
            rc["name"].fail("catalog.duplicate", fmt::format("register \"{}\" is defined twice", r.name));
        table.registers.push_back(std::move(r));
    }
    auto fieldsCursor = section["fields"];
    for (const auto& fc : fieldsCursor.array())
        table.fields.push_back(parseField(fc, table, stateIds));
    checkNamesUnique(fieldsCursor, table);
    checkLayout(fieldsCursor, table);

    // frozenBy names other fields, so it is read once every field is known.
    auto items = fieldsCursor.array();
    for (std::size_t i = 0; i < items.size(); ++i)
        if (auto by = items[i].optional("frozenBy"))
            for (const auto& cond : by->array())
                table.fields[i].frozenBy.push_back(parseCondition(cond, table));
    return table;
}

}  // namespace rescue::device::detail
