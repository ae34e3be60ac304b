#include "core/auth/obk_file.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "core/auth/file_io.h"

namespace rescue::auth {
namespace {
constexpr char kLockMagic[] = "STDALOCKMGC";
constexpr std::size_t kLockMagicSize = sizeof(kLockMagic) - 1;
}  // namespace

Result<ObkFile> parseObkFile(ByteView b) {
    if (b.size() < kObkHeaderSize)
        return makeError(
            "da.obk.truncated",
            fmt::format("An .obk file starts with a 12-byte header; this one is {} bytes.", b.size()));
    ObkFile obk;
    obk.destination = readLe32(b, 0);
    const std::uint32_t length = readLe32(b, 4);
    obk.flag = readLe32(b, 8);
    // A length no credential file could have means the file is something else; its bytes are
    // not echoed (they may be a key or a password picked by mistake).
    if (length != b.size() - kObkHeaderSize && length > kMaxCredentialFileSize)
        return makeError(
            "da.obk.length",
            fmt::format("The file is not an .obk file: the length in its header does not describe "
                        "its {} bytes.",
                        b.size()),
            "Pick the DA_Config.obk (or DA_ConfigWithPassword.obk) made for the chip.");
    if (length != b.size() - kObkHeaderSize)
        return makeError("da.obk.length",
                         fmt::format("The .obk header announces {} payload bytes but the file holds {}.",
                                     length, b.size() - kObkHeaderSize),
                         "The file is truncated or is not an .obk file.");
    obk.payload.assign(b.begin() + kObkHeaderSize, b.end());
    return obk;
}

Result<ObkFile> loadObkFile(const std::filesystem::path& path) {
    auto bytes = readCredentialFile(path);
    if (!bytes)
        return std::move(bytes).error();
    auto obk = parseObkFile(*bytes);
    if (!obk) {
        Error e = std::move(obk).error();
        e.with("file", path.string());
        return e;
    }
    return obk;
}

Bytes serializeObkFile(const ObkFile& obk) {
    Bytes out;
    appendLe32(out, obk.destination);
    appendLe32(out, static_cast<std::uint32_t>(obk.payload.size()));
    appendLe32(out, obk.flag);
    out.insert(out.end(), obk.payload.begin(), obk.payload.end());
    return out;
}

DaObkLayout daObkLayout(DaFamily family) {
    if (family == DaFamily::Stm32H5)
        return {0x0FFD0100, 0x0FFD0100, std::nullopt, PermissionFieldWidth::Bits32};
    return {0x00510008, 0x008A0008, 0x00B40008, PermissionFieldWidth::Bits128};
}

Result<DaConfiguration> decodeDaConfiguration(const ObkFile& obk) {
    if (isDaConfigLock(obk))
        return makeError(
            "da.obk.lock-file",
            "This .obk is DA_ConfigLock (it locks the DA configuration) and holds no credential hash.");
    if (obk.payload.size() != kDaConfigPayloadSize)
        return makeError("da.obk.size",
                         fmt::format("A DA configuration payload is {} bytes; this one is {}.",
                                     kDaConfigPayloadSize, obk.payload.size()),
                         "ST's ROM refuses other sizes (RSSLIB_SETOBKEY_BAD_SIZE).");
    const ByteView payload(obk.payload);
    const ByteView data = payload.subspan(32);
    const Sha256Digest computed = sha256(data);
    if (!std::equal(computed.begin(), computed.end(), payload.begin()))
        return makeError("da.obk.integrity",
                         "The .obk integrity hash does not match its data; the file was changed or damaged.",
                         "Regenerate the .obk from its XML with ST's tools or rescue da make-credentials.")
            .with("stored hash", toHex(payload.first(32)))
            .with("computed hash", toHex(computed));
    DaConfiguration config;
    std::copy_n(data.begin(), 32, config.credentialHash.begin());
    config.permissions = PermissionMask::fromBytes(data.subspan(32, 16)).value();
    config.data.assign(data.begin(), data.end());
    return config;
}

Result<ObkFile> buildDaConfiguration(std::uint32_t destination, std::uint32_t flag,
                                     const Sha256Digest& credentialHash, const PermissionMask& permissions,
                                     PermissionFieldWidth width) {
    if (width == PermissionFieldWidth::Bits32 && !permissions.fitsIn32Bits())
        return makeError(
            "da.obk.mask-too-wide",
            fmt::format("The permission mask {} uses bits above 31, but this family's .obk stores "
                        "only 32 permission bits.",
                        permissions.toShortHex()));
    Bytes data(credentialHash.begin(), credentialHash.end());
    const auto& mask = permissions.bytes();
    data.insert(data.end(), mask.begin(), mask.begin() + (width == PermissionFieldWidth::Bits32 ? 4 : 16));
    data.resize(kDaConfigDataSize, 0);
    const Sha256Digest integrity = sha256(data);
    ObkFile obk{destination, flag, Bytes(integrity.begin(), integrity.end())};
    obk.payload.insert(obk.payload.end(), data.begin(), data.end());
    return obk;
}

ObkFile buildDaConfigLock(std::uint32_t destination, std::uint32_t flag) {
    ObkFile obk{destination, flag, Bytes(kLockMagic, kLockMagic + kLockMagicSize)};
    obk.payload.resize(kDaConfigLockPayloadSize, 0xFF);
    return obk;
}

bool isDaConfigLock(const ObkFile& obk) {
    return obk.payload.size() >= kLockMagicSize &&
           std::memcmp(obk.payload.data(), kLockMagic, kLockMagicSize) == 0;
}

}  // namespace rescue::auth
