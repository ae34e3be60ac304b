#pragma once
// PSA ADAC type-length-value records (adac-protocol.md section 4): an 8-byte header
// {u16 reserved = 0, u16 type, u32 length in bytes}, the value, then zero padding to a
// word boundary. Discovery replies, AUTH_RESPONSE payloads, chain files and certificate
// extensions are all lists of these.

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/common/bytes.h"
#include "core/common/result.h"

namespace rescue::auth {

enum class TlvType : std::uint16_t {
    AuthVersion = 0x0001,
    VendorId = 0x0002,
    SocClass = 0x0003,
    SocId = 0x0004,
    TargetIdentity = 0x0005,
    HwPermissionsFixed = 0x0006,
    HwPermissionsMask = 0x0007,
    PsaLifecycle = 0x0008,
    SwPartitionId = 0x0009,
    SdaId = 0x000A,
    SdaVersion = 0x000B,
    EffectivePermissions = 0x000C,
    TokenFormats = 0x0100,
    CertFormats = 0x0101,
    Cryptosystems = 0x0102,
    PsaBinaryToken = 0x0200,
    PsaBinaryCertificate = 0x0201,
    PsaX509Certificate = 0x0202,
    // ST: in AUTH_RESPONSE the password, in discovery the provisioning integrity status.
    StPassword = 0x8000,
    StHdpl1Status = 0x8001,
    StHdpl2Status = 0x8002,
    StHdpl3Status = 0x8003,
};
constexpr TlvType kStProvisioningIntegrity = TlvType::StPassword;

constexpr std::size_t kTlvHeaderSize = 8;

constexpr std::size_t roundToWord(std::size_t n) {
    return (n + 3) & ~std::size_t{3};
}

// "VENDOR_ID (0x0002)"; unknown ids print as "TLV 0x1234".
std::string tlvTypeName(std::uint16_t type);

struct Tlv {
    std::uint16_t type = 0;
    Bytes value;
    bool operator==(const Tlv&) const = default;
};

// Where the next record starts: psa-adac and ST's MP21 pad every value to 4 bytes; ST's
// N6 discovery builder does not.
enum class TlvPadding { Padded, Unpadded };

void appendTlv(Bytes& out, std::uint16_t type, ByteView value, TlvPadding padding = TlvPadding::Padded);
Bytes encodeTlv(std::uint16_t type, ByteView value, TlvPadding padding = TlvPadding::Padded);
Bytes encodeTlvList(const std::vector<Tlv>& records, TlvPadding padding = TlvPadding::Padded);

// One record at the start of `bytes` (reserved must be 0, the value must fit). Bytes after
// the value are not looked at.
Result<Tlv> parseTlv(ByteView bytes);

// A whole list walked with one padding rule. Every header must have reserved = 0 and a
// length that fits; anything after the last record must be zero padding shorter than a
// header. `offsets` (optional) receives each record's offset for error reports.
Result<std::vector<Tlv>> parseTlvList(ByteView bytes, TlvPadding padding,
                                      std::vector<std::size_t>* offsets = nullptr);

}  // namespace rescue::auth
