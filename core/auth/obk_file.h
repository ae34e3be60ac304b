#pragma once
// ST option-byte key files (`*.obk`, adac-protocol.md section 12): {u32 destination,
// u32 payload length, u32 flag} + payload. For debug authentication the payload is
// SHA-256(data) ‖ data with 64 bytes of data: the root-key hash (certificate method) or
// the password hash (password method), then the permission field, then zeros.
// DA_ConfigLock.obk (H7RS) carries "STDALOCKMGC" + 0xFF instead.

#include <cstdint>
#include <filesystem>
#include <optional>

#include "core/auth/permission_mask.h"
#include "core/auth/sha256.h"
#include "core/auth/st_permissions.h"
#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

constexpr std::size_t kObkHeaderSize = 12;
constexpr std::size_t kDaConfigDataSize = 64;
constexpr std::size_t kDaConfigPayloadSize = 32 + kDaConfigDataSize;  // 96: ST's ROM refuses other sizes
constexpr std::size_t kDaConfigLockPayloadSize = 32;

struct ObkFile {
    std::uint32_t destination = 0;
    std::uint32_t flag = 0;  // <DoEncryption> of ST's XML source
    Bytes payload;
    bool operator==(const ObkFile&) const = default;
};

// Header plus a payload of exactly the announced length.
Result<ObkFile> parseObkFile(ByteView bytes);
Result<ObkFile> loadObkFile(const std::filesystem::path& path);
Bytes serializeObkFile(const ObkFile& obk);

// H5 stores the permission set as a u32; H7RS stores all 128 bits.
enum class PermissionFieldWidth { Bits32, Bits128 };

// Where each DA file goes and how wide its permission field is, per family (ST's sample
// files; H7RS's middle destination byte is the ROTSR.DBG_AUTH code of the method).
struct DaObkLayout {
    std::uint32_t certificateDestination;
    std::uint32_t passwordDestination;
    std::optional<std::uint32_t> lockDestination;
    PermissionFieldWidth permissionWidth;
};
DaObkLayout daObkLayout(DaFamily family);

struct DaConfiguration {
    Sha256Digest credentialHash{};  // SHA-256(root X‖Y) or SHA-256(password)
    PermissionMask permissions;     // the permission field read as 128-bit LE (zero-extended)
    Bytes data;                     // all 64 data bytes, as stored
};

// A 96-byte payload whose first 32 bytes are SHA-256 of the other 64.
Result<DaConfiguration> decodeDaConfiguration(const ObkFile& obk);
// Refuses a mask wider than the field (an H5 mask above bit 31).
Result<ObkFile> buildDaConfiguration(std::uint32_t destination, std::uint32_t flag,
                                     const Sha256Digest& credentialHash, const PermissionMask& permissions,
                                     PermissionFieldWidth width);

ObkFile buildDaConfigLock(std::uint32_t destination, std::uint32_t flag);
bool isDaConfigLock(const ObkFile& obk);

}  // namespace rescue::auth
