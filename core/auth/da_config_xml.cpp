#include "core/auth/da_config_xml.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/auth/file_io.h"
#include "core/auth/password.h"

namespace rescue::auth {
namespace {

std::string trim(std::string_view s) {
    auto notSpace = [](char c) { return !std::isspace(static_cast<unsigned char>(c)); };
    const auto b = std::find_if(s.begin(), s.end(), notSpace);
    const auto e = std::find_if(s.rbegin(), s.rend(), notSpace).base();
    return b < e ? std::string(b, e) : std::string();
}

// The text between <tag> and </tag>, searched from `from`; nothing when the element is absent.
std::optional<std::string_view> element(std::string_view text, std::string_view tag, std::size_t from = 0) {
    const std::string open = fmt::format("<{}>", tag);
    const std::string close = fmt::format("</{}>", tag);
    const auto b = text.find(open, from);
    if (b == std::string_view::npos)
        return std::nullopt;
    const auto start = b + open.size();
    const auto e = text.find(close, start);
    if (e == std::string_view::npos)
        return std::nullopt;
    return text.substr(start, e - start);
}

std::optional<std::string> value(std::string_view section, std::string_view tag) {
    auto v = element(section, tag);
    if (!v)
        return std::nullopt;
    return trim(*v);
}

std::optional<std::uint32_t> parseU32(const std::optional<std::string>& text) {
    if (!text || text->empty())
        return std::nullopt;
    try {
        std::size_t used = 0;
        const unsigned long long v = std::stoull(*text, &used, 0);
        if (used != text->size() || v > 0xFFFFFFFFull)
            return std::nullopt;
        return static_cast<std::uint32_t>(v);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

Error xmlError(std::string code, std::string message) {
    return makeError(
        std::move(code), std::move(message),
        "Give the DA_Config.xml or DA_ConfigWithPassword.xml from ST's ROT_Provisioning/DA/Config "
        "folder.");
}

}  // namespace

Result<DaConfigXml> parseDaConfigXml(std::string_view text) {
    const auto obdata = element(text, "Obdata");
    if (!obdata)
        return xmlError("da.xml.not-da-config",
                        "The XML has no <Obdata> element, so it is not an ST DA configuration.");
    const auto info = element(*obdata, "Info");
    if (!info)
        return xmlError("da.xml.no-info", "The DA configuration XML has no <Info> element.");
    DaConfigXml xml;
    xml.title = value(*info, "Title").value_or("");
    xml.mcu = value(*info, "MCU").value_or("");
    const auto destination = parseU32(value(*info, "ObDestAddress"));
    if (!destination)
        return xmlError("da.xml.destination", "The DA configuration XML has no readable <ObDestAddress>.");
    xml.destination = *destination;
    const auto flag = parseU32(value(*info, "DoEncryption"));
    if (!flag)
        return xmlError("da.xml.flag", "The DA configuration XML has no readable <DoEncryption>.");
    xml.flag = *flag;
    xml.globalAlign = parseU32(value(*info, "GlobalAlign"));
    if (auto output = element(*obdata, "Output"))
        xml.outputFile = value(*output, "Value").value_or("");

    if (auto file = element(*obdata, "File")) {
        xml.method = DaConfigMethod::Certificate;
        xml.rootKeyFile = value(*file, "Value").value_or("");
        xml.keyType = value(*file, "KeyType").value_or("");
        const auto permission = element(*obdata, "Permission");
        const auto permissionText = permission ? value(*permission, "Value") : std::nullopt;
        if (!permissionText)
            return xmlError("da.xml.permission",
                            "The DA configuration XML names a root key but no <Permission>.");
        auto mask = PermissionMask::parse(*permissionText);
        if (!mask)
            return xmlError(
                "da.xml.permission",
                fmt::format("The XML's <Permission> \"{}\" is not a hex integer.", *permissionText));
        xml.permission = *mask;
        if (xml.rootKeyFile.empty())
            return xmlError("da.xml.root-key", "The DA configuration XML's <File> names no root key file.");
        return xml;
    }
    if (auto textEntry = element(*obdata, "Text")) {
        xml.method = DaConfigMethod::Password;
        // Not trimmed beyond the element's own whitespace: spaces inside a password count.
        auto pw = element(*textEntry, "Value");
        if (!pw || pw->empty())
            return xmlError("da.xml.password",
                            "The password DA configuration XML has no <Text> password value.");
        xml.password = SecretBytes(ByteView(reinterpret_cast<const std::uint8_t*>(pw->data()), pw->size()));
        if (auto data = element(*obdata, "Data"))
            xml.reservedWord = parseU32(value(*data, "Value"));
        return xml;
    }
    return xmlError("da.xml.method",
                    "The DA configuration XML has neither a root key <File> nor a password <Text> entry.");
}

Result<DaConfigXml> loadDaConfigXml(const std::filesystem::path& path) {
    auto bytes = readCredentialFile(path);
    if (!bytes)
        return std::move(bytes).error();
    auto xml =
        parseDaConfigXml(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
    std::fill(bytes->begin(), bytes->end(), 0);  // a password XML holds the password
    if (!xml) {
        Error e = std::move(xml).error();
        e.with("file", path.string());
        return e;
    }
    return xml;
}

std::filesystem::path resolveXmlReference(const std::filesystem::path& xmlFile, std::string_view reference) {
    std::string r(reference);
    std::replace(r.begin(), r.end(), '\\', '/');
    const std::filesystem::path p(r);
    if (p.is_absolute())
        return p.lexically_normal();
    return (xmlFile.parent_path() / p).lexically_normal();
}

std::optional<DaFamily> daFamilyForDestination(std::uint32_t destination) {
    for (DaFamily f : {DaFamily::Stm32H5, DaFamily::Stm32H7rs}) {
        const DaObkLayout l = daObkLayout(f);
        if (destination == l.certificateDestination || destination == l.passwordDestination ||
            (l.lockDestination && destination == *l.lockDestination))
            return f;
    }
    return std::nullopt;
}

Result<ObkFile> buildObkFromXml(const DaConfigXml& xml, const std::optional<PublicKey>& rootKey,
                                DaFamily family) {
    const PermissionFieldWidth width = daObkLayout(family).permissionWidth;
    if (xml.method == DaConfigMethod::Certificate) {
        if (!rootKey)
            return makeError("da.xml.root-key",
                             "Building the .obk of a certificate configuration needs its root key.",
                             fmt::format("Give the root public key the XML names ({}).", xml.rootKeyFile));
        return buildDaConfiguration(xml.destination, xml.flag, rootKey->fingerprint(),
                                    xml.permission.value_or(PermissionMask()), width);
    }
    return buildDaConfiguration(xml.destination, xml.flag, passwordHash(xml.password.value().view()),
                                PermissionMask::fromU32(xml.reservedWord.value_or(0)), width);
}

}  // namespace rescue::auth
