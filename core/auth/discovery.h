#pragma once
// The DISCOVERY reply (adac-protocol.md section 5): a list of TLVs describing the device
// and what it would grant. Every field is optional (ST's ROM versions differ); unknown
// records are kept. The host parser is tolerant as section 5.4 says: padded walk first,
// then ST's N6-style unpadded walk, and no guessing beyond that.

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/auth/permission_mask.h"
#include "core/auth/tlv.h"
#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

constexpr std::uint32_t kStIntegrityProvisioned = 0xEAEAEAEA;

struct DiscoveryInfo {
    std::optional<std::array<std::uint8_t, 2>> authVersion;  // {major, minor}
    std::optional<std::array<std::uint8_t, 2>> vendorId;     // raw: ST sends 20 00 or 00 20
    std::optional<std::uint32_t> socClass;                   // ST: DBGMCU DEV_ID
    std::optional<std::array<std::uint8_t, 16>> socId;       // UID words 0..2 + 4 zero bytes
    std::optional<PermissionMask> hwPermissionsFixed;
    std::optional<PermissionMask> hwPermissionsMask;          // "permission if authorized"
    std::optional<std::array<std::uint8_t, 2>> psaLifecycle;  // raw bytes, see lifecycle helpers
    std::optional<std::array<std::uint8_t, 4>> sdaId;         // {major, minor, patch, 0}
    std::optional<PermissionMask> effectivePermissions;
    std::optional<std::vector<std::uint16_t>> tokenFormats;
    std::optional<std::vector<std::uint16_t>> certFormats;
    std::optional<std::vector<std::uint8_t>> cryptosystems;
    std::optional<std::uint32_t> stIntegrity;  // 0xEAEAEAEA = credentials provisioned
    std::optional<std::uint32_t> hdpl1Status, hdpl2Status, hdpl3Status;
    std::vector<Tlv> otherRecords;  // anything else, in wire order

    bool operator==(const DiscoveryInfo&) const = default;
};

// Records in MP21's template order, then the ST records, then otherRecords.
std::vector<Tlv> discoveryRecords(const DiscoveryInfo& info);
Bytes encodeDiscovery(const DiscoveryInfo& info, TlvPadding padding = TlvPadding::Padded);

// Typed view of a record list. A known record with the wrong size is an error.
Result<DiscoveryInfo> discoveryFromRecords(const std::vector<Tlv>& records);

struct ParsedDiscovery {
    DiscoveryInfo info;
    TlvPadding layout = TlvPadding::Padded;  // which walk worked
    std::vector<Tlv> records;
};
// Section 5.4 steps 2-4; step 1 (data_count against the bytes received) is decodeResponse's.
Result<ParsedDiscovery> parseDiscovery(ByteView data);

// ST product-state codes as they appear in PSA_LIFECYCLE's second byte (a choice the
// reference documents: {PSA major byte, ST state code}, e.g. 30 72 = Closed).
std::array<std::uint8_t, 2> stLifecycleBytes(std::uint8_t productState);

}  // namespace rescue::auth
