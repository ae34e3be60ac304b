// loadCatalog(): reads every *.json of the catalog folder, parses family files and the part
// table, checks what spans files (family ids, DEV_IDs, part -> family), and records every
// unconfirmed value. Any problem is one Error naming the file and JSON path.

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "core/common/bytes.h"
#include "core/common/paths.h"
#include "core/device/catalog.h"
#include "core/device/catalog_loader.h"
#include "core/device/names.h"

namespace rescue::device {

namespace fs = std::filesystem;
using detail::JsonCursor;
using detail::LoadFailure;

struct CatalogBuilder {
    static std::shared_ptr<const Catalog> build(const fs::path& directory);
};

namespace {

constexpr std::string_view kFamilySchema = "rescue.device-family/1";
constexpr std::string_view kPartsSchema = "rescue.device-parts/1";

struct Document {
    fs::path path;
    std::shared_ptr<const std::string> name;
    nlohmann::json json;
    JsonCursor root() const { return JsonCursor(json, name); }
};

[[noreturn]] void failFile(const fs::path& path, std::string code, std::string problem, std::string hint) {
    Error e = makeError(std::move(code), fmt::format("{}: {}", path.string(), problem), std::move(hint));
    e.with("file", path.string());
    throw LoadFailure{std::move(e)};
}

Document readDocument(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        failFile(path, "catalog.unreadable", "the file cannot be opened.", "Check the file's permissions.");
    std::stringstream text;
    text << in.rdbuf();
    Document doc{path, std::make_shared<const std::string>(path.string()), {}};
    try {
        doc.json = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error& e) {
        failFile(path, "catalog.parse-error",
                 fmt::format("the file is not valid JSON near byte {} ({}).", e.byte, e.what()),
                 "Fix the JSON syntax (a missing comma or quote is the usual cause).");
    }
    if (!doc.json.is_object())
        doc.root().expected("a JSON object at the top of the file");
    return doc;
}

struct PartsTable {
    std::vector<std::pair<char, std::uint32_t>> flashSizeCodes;
    std::vector<PartLine> lines;
};

char codeChar(const JsonCursor& c) {
    auto text = c.str();
    if (text.size() != 1 || !std::isalnum(static_cast<unsigned char>(text[0])))
        c.expected("a one-character flash size code such as \"I\"");
    return toUpperAscii(text)[0];
}

PartsTable parseParts(const Document& doc, const std::map<std::string, std::shared_ptr<Family>>& families) {
    auto root = doc.root();
    root.allowOnly({"schema", "flashSizeCodes", "lines"});
    PartsTable t;
    for (const auto& c : root["flashSizeCodes"].array()) {
        c.allowOnly({"code", "kb"});
        char code = codeChar(c["code"]);
        for (const auto& [known, kb] : t.flashSizeCodes)
            if (known == code)
                c["code"].fail("catalog.duplicate",
                               fmt::format("flash size code \"{}\" is listed twice", code));
        t.flashSizeCodes.emplace_back(code, c["kb"].u32());
    }
    for (const auto& lc : root["lines"].array()) {
        lc.allowOnly({"line", "family", "flashCodes"});
        PartLine line;
        line.line = toUpperAscii(lc["line"].str());
        if (line.line.rfind("STM32", 0) != 0 || line.line.size() < 8)
            lc["line"].expected("a line name such as \"STM32H563\"");
        for (const auto& other : t.lines)
            if (other.line == line.line)
                lc["line"].fail("catalog.duplicate", fmt::format("line \"{}\" is listed twice", line.line));
        auto familyCursor = lc["family"];
        line.familyId = familyCursor.str();
        auto fam = families.find(line.familyId);
        if (fam == families.end()) {
            std::string known;
            for (const auto& [id, f] : families)
                known += (known.empty() ? "" : ", ") + id;
            familyCursor.fail(
                "catalog.unknown-family",
                fmt::format("family \"{}\" has no file in this catalog (known: {})", line.familyId, known));
        }
        const auto& geometry = fam->second->flash;
        for (const auto& cc : lc["flashCodes"].array()) {
            char code = codeChar(cc);
            auto size = std::find_if(t.flashSizeCodes.begin(), t.flashSizeCodes.end(),
                                     [&](const auto& p) { return p.first == code; });
            if (size == t.flashSizeCodes.end())
                cc.fail("catalog.unknown-reference",
                        fmt::format("flash size code \"{}\" is not in flashSizeCodes", code));
            std::uint64_t bytes = std::uint64_t(size->second) * 1024;
            std::uint64_t perBank = bytes / geometry.banks;
            if (bytes % (std::uint64_t(geometry.banks) * geometry.sectorBytes) != 0 ||
                perBank / geometry.sectorBytes > geometry.maxSectorsPerBank)
                cc.fail(
                    "catalog.out-of-range",
                    fmt::format("{} KB does not fit the family's flash ({} bank(s) of at most {} sectors)",
                                size->second, geometry.banks, geometry.maxSectorsPerBank));
            line.flashCodes.push_back(code);
        }
        if (line.flashCodes.empty())
            lc["flashCodes"].fail("catalog.missing-field", "a line needs at least one flash size code");
        t.lines.push_back(std::move(line));
    }
    return t;
}

// Field "lines" restrictions must name lines of the field's own family.
void checkFieldLines(const Document& doc, const Family& family, const std::vector<PartLine>& lines) {
    auto fields = doc.root()["optionBytes"]["fields"].array();
    for (std::size_t i = 0; i < family.optionBytes.fields.size(); ++i) {
        const auto& f = family.optionBytes.fields[i];
        for (const auto& l : f.lines) {
            bool ok = std::any_of(lines.begin(), lines.end(), [&](const PartLine& p) {
                return p.familyId == family.id && equalsIgnoreCase(p.line, l);
            });
            if (!ok)
                fields[i]["lines"].fail(
                    "catalog.unknown-reference",
                    fmt::format("\"{}\" is not a line of family {} in parts.json", l, family.id));
        }
    }
}

}  // namespace

std::shared_ptr<const Catalog> CatalogBuilder::build(const fs::path& directory) {
    std::error_code ec;
    if (!fs::is_directory(directory, ec))
        failFile(directory, "catalog.missing", "the device catalog folder does not exist.",
                 "Reinstall the workbench, or set RESCUE_RESOURCE_DIR to a folder that contains devices/.");
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(directory, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            paths.push_back(entry.path());
    if (ec)
        failFile(directory, "catalog.unreadable",
                 fmt::format("the folder cannot be listed ({}).", ec.message()),
                 "Check the folder's permissions.");
    std::sort(paths.begin(), paths.end());

    std::vector<Document> familyDocs;
    std::optional<Document> partsDoc;
    for (const auto& path : paths) {
        Document doc = readDocument(path);
        auto schema = doc.root()["schema"];
        auto kind = schema.str();
        if (kind == kFamilySchema) {
            familyDocs.push_back(std::move(doc));
        } else if (kind == kPartsSchema) {
            if (partsDoc)
                failFile(path, "catalog.duplicate",
                         fmt::format("a second part table; {} is already one.", partsDoc->path.string()),
                         "Keep one file with schema rescue.device-parts/1.");
            partsDoc = std::move(doc);
        } else {
            schema.expected(fmt::format("\"{}\" or \"{}\"", kFamilySchema, kPartsSchema));
        }
    }
    if (familyDocs.empty())
        failFile(directory, "catalog.empty", "the folder holds no device family file.",
                 "Reinstall the workbench, or point RESCUE_RESOURCE_DIR at the resources folder.");
    if (!partsDoc)
        failFile(directory, "catalog.missing-field", "the folder holds no part table (parts.json).",
                 "Reinstall the workbench, or restore parts.json.");

    auto catalog = std::make_shared<Catalog>();
    catalog->m_directory = directory;
    std::map<std::string, std::shared_ptr<Family>> byId;
    for (const auto& doc : familyDocs) {
        auto family = std::make_shared<Family>(detail::parseFamily(doc.root()));
        family->file = doc.path;
        if (byId.count(family->id))
            doc.root()["id"].fail("catalog.duplicate",
                                  fmt::format("family id \"{}\" is also used by {}", family->id,
                                              byId[family->id]->file.string()));
        auto devIdCursors = doc.root()["devIds"].array();
        for (const auto& [id, other] : byId)
            for (std::size_t k = 0; k < family->devIds.size(); ++k)
                if (other->hasDevId(family->devIds[k]))
                    devIdCursors[k].fail("catalog.duplicate",
                                         fmt::format("DEV_ID {} is also claimed by family {} ({})",
                                                     hex32(family->devIds[k]), id, other->file.string()));
        byId[family->id] = family;
        catalog->m_families.push_back(family);
        detail::collectUnconfirmed(doc.json, doc.path.filename().string(), catalog->m_unconfirmed);
    }

    PartsTable parts = parseParts(*partsDoc, byId);
    catalog->m_lines = std::move(parts.lines);
    catalog->m_flashSizeCodes = std::move(parts.flashSizeCodes);
    detail::collectUnconfirmed(partsDoc->json, partsDoc->path.filename().string(), catalog->m_unconfirmed);
    for (std::size_t i = 0; i < familyDocs.size(); ++i)
        checkFieldLines(familyDocs[i], *catalog->m_families[i], catalog->m_lines);
    return catalog;
}

Result<std::shared_ptr<const Catalog>> loadCatalog(const fs::path& directory) {
    try {
        return CatalogBuilder::build(directory);
    } catch (const LoadFailure& failure) {
        return failure.error;
    }
}

Result<std::shared_ptr<const Catalog>> sharedCatalog() {
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const Result<std::shared_ptr<const Catalog>> cached = loadCatalog(resourceDir() / "devices");
    return cached;
}

std::shared_ptr<const Family> Catalog::family(std::string_view id) const {
    for (const auto& f : m_families)
        if (equalsIgnoreCase(f->id, id))
            return f;
    return nullptr;
}

std::shared_ptr<const Family> Catalog::familyByDevId(std::uint16_t devId) const {
    for (const auto& f : m_families)
        if (f->hasDevId(devId))
            return f;
    return nullptr;
}

}  // namespace rescue::device
