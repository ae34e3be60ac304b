#pragma once
// ST's DA configuration XML (TrustedPackageCreator's `DA_Config.xml` and
// `DA_ConfigWithPassword.xml`, adac-protocol.md section 12.3), the source ST's tools build the
// DA .obk from: <Info> {ObDestAddress, DoEncryption, GlobalAlign, MCU}, then either a <File>
// naming the root public key plus a <Permission>, or a <Text> password plus a reserved <Data>
// word, and the <Output> file name. Only these flat elements are read; the file is small
// and machine-written, so a tag scanner is enough and needs no XML library.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/auth/keys.h"
#include "core/auth/obk_file.h"
#include "core/auth/permission_mask.h"
#include "core/auth/secret_bytes.h"
#include "core/auth/st_permissions.h"
#include "core/common/result.h"

namespace rescue::auth {

enum class DaConfigMethod { Certificate, Password };

struct DaConfigXml {
    DaConfigMethod method = DaConfigMethod::Certificate;
    std::string title;
    std::string mcu;  // "STM32H7S78", "STM32H533/523"; empty when absent (NUCLEO-H563ZI)
    std::uint32_t destination = 0;
    std::uint32_t flag = 0;  // <DoEncryption>
    std::optional<std::uint32_t> globalAlign;
    // Certificate method.
    std::string rootKeyFile;  // as written in the XML, relative to the XML's folder
    std::string keyType;      // "ecdsa-p256"
    std::optional<PermissionMask> permission;
    // Password method: the <Text> value (secret) and the reserved <Data> word.
    std::optional<SecretBytes> password;
    std::optional<std::uint32_t> reservedWord;
    std::string outputFile;  // as written
};

Result<DaConfigXml> parseDaConfigXml(std::string_view text);
Result<DaConfigXml> loadDaConfigXml(const std::filesystem::path& path);

// A path written in the XML (Windows or POSIX separators, "./" or ".\") made relative to
// the XML's folder.
std::filesystem::path resolveXmlReference(const std::filesystem::path& xmlFile, std::string_view reference);

// The family whose DA destinations include the XML's <ObDestAddress>.
std::optional<DaFamily> daFamilyForDestination(std::uint32_t destination);

// The .obk ST's tool builds from the XML: root-key hash (certificate method, `rootKey`
// required) or password hash, then the permission field (the family's width) or the
// reserved word.
Result<ObkFile> buildObkFromXml(const DaConfigXml& xml, const std::optional<PublicKey>& rootKey,
                                DaFamily family);

}  // namespace rescue::auth
