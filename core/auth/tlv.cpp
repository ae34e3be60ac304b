#include "core/auth/tlv.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::auth {

std::string tlvTypeName(std::uint16_t type) {
    const char* name = nullptr;
    switch (static_cast<TlvType>(type)) {
        case TlvType::AuthVersion:
            name = "ADAC_AUTH_VERSION";
            break;
        case TlvType::VendorId:
            name = "VENDOR_ID";
            break;
        case TlvType::SocClass:
            name = "SOC_CLASS";
            break;
        case TlvType::SocId:
            name = "SOC_ID";
            break;
        case TlvType::TargetIdentity:
            name = "TARGET_IDENTITY";
            break;
        case TlvType::HwPermissionsFixed:
            name = "HW_PERMISSIONS_FIXED";
            break;
        case TlvType::HwPermissionsMask:
            name = "HW_PERMISSIONS_MASK";
            break;
        case TlvType::PsaLifecycle:
            name = "PSA_LIFECYCLE";
            break;
        case TlvType::SwPartitionId:
            name = "SW_PARTITION_ID";
            break;
        case TlvType::SdaId:
            name = "SDA_ID";
            break;
        case TlvType::SdaVersion:
            name = "SDA_VERSION";
            break;
        case TlvType::EffectivePermissions:
            name = "EFFECTIVE_PERMISSIONS";
            break;
        case TlvType::TokenFormats:
            name = "TOKEN_FORMATS";
            break;
        case TlvType::CertFormats:
            name = "CERT_FORMATS";
            break;
        case TlvType::Cryptosystems:
            name = "CRYPTOSYSTEMS";
            break;
        case TlvType::PsaBinaryToken:
            name = "PSA_BINARY_TOKEN";
            break;
        case TlvType::PsaBinaryCertificate:
            name = "PSA_BINARY_CRT";
            break;
        case TlvType::PsaX509Certificate:
            name = "PSA_X509_CRT";
            break;
        case TlvType::StPassword:
            name = "ST_PASSWORD / ST_INTEGRITY";
            break;
        case TlvType::StHdpl1Status:
            name = "ST_HDPL1_STATUS";
            break;
        case TlvType::StHdpl2Status:
            name = "ST_HDPL2_STATUS";
            break;
        case TlvType::StHdpl3Status:
            name = "ST_HDPL3_STATUS";
            break;
    }
    if (name == nullptr)
        return fmt::format("TLV 0x{:04X}", type);
    return fmt::format("{} (0x{:04X})", name, type);
}

void appendTlv(Bytes& out, std::uint16_t type, ByteView value, TlvPadding padding) {
    appendLe16(out, 0);
    appendLe16(out, type);
    appendLe32(out, static_cast<std::uint32_t>(value.size()));
    out.insert(out.end(), value.begin(), value.end());
    if (padding == TlvPadding::Padded)
        out.resize(out.size() + (roundToWord(value.size()) - value.size()), 0);
}

Bytes encodeTlv(std::uint16_t type, ByteView value, TlvPadding padding) {
    Bytes out;
    appendTlv(out, type, value, padding);
    return out;
}

Bytes encodeTlvList(const std::vector<Tlv>& records, TlvPadding padding) {
    Bytes out;
    for (const auto& r : records)
        appendTlv(out, r.type, r.value, padding);
    return out;
}

Result<Tlv> parseTlv(ByteView bytes) {
    if (bytes.size() < kTlvHeaderSize)
        return makeError(
            "da.tlv.truncated",
            fmt::format("A TLV record needs an 8-byte header but only {} bytes are there.", bytes.size()));
    const std::uint16_t reserved = readLe16(bytes, 0);
    const std::uint16_t type = readLe16(bytes, 2);
    const std::uint32_t length = readLe32(bytes, 4);
    if (reserved != 0)
        return makeError(
                   "da.tlv.reserved",
                   fmt::format("The TLV header's reserved half-word is 0x{:04X}; it must be zero.", reserved))
            .with("TLV type", fmt::format("0x{:04X}", type));
    if (length > bytes.size() - kTlvHeaderSize)
        return makeError("da.tlv.truncated",
                         fmt::format("{} says its value is {} bytes but only {} bytes follow the header.",
                                     tlvTypeName(type), length, bytes.size() - kTlvHeaderSize));
    Tlv tlv;
    tlv.type = type;
    tlv.value.assign(bytes.begin() + kTlvHeaderSize, bytes.begin() + kTlvHeaderSize + length);
    return tlv;
}

Result<std::vector<Tlv>> parseTlvList(ByteView bytes, TlvPadding padding, std::vector<std::size_t>* offsets) {
    std::vector<Tlv> records;
    std::size_t offset = 0;
    while (bytes.size() - offset >= kTlvHeaderSize) {
        auto one = parseTlv(bytes.subspan(offset));
        if (!one) {
            Error e = std::move(one).error();
            e.with("offset", std::to_string(offset));
            return e;
        }
        if (offsets != nullptr)
            offsets->push_back(offset);
        const std::size_t length = one->value.size();
        records.push_back(std::move(*one));
        const std::size_t advance =
            kTlvHeaderSize + (padding == TlvPadding::Padded ? roundToWord(length) : length);
        // The last record of a padded list may end without its padding.
        offset = std::min(bytes.size(), offset + advance);
    }
    const ByteView rest = bytes.subspan(offset);
    if (!std::all_of(rest.begin(), rest.end(), [](std::uint8_t b) { return b == 0; }))
        return makeError("da.tlv.trailing-bytes",
                         fmt::format("{} bytes after the last TLV record are not zero padding.", rest.size()))
            .with("offset", std::to_string(offset));
    return records;
}

}  // namespace rescue::auth
