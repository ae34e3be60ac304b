#include "core/auth/discovery.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::auth {
namespace {

std::uint16_t id(TlvType t) {
    return static_cast<std::uint16_t>(t);
}

template <std::size_t N>
Bytes raw(const std::array<std::uint8_t, N>& a) {
    return Bytes(a.begin(), a.end());
}

Bytes u32(std::uint32_t v) {
    Bytes b;
    appendLe32(b, v);
    return b;
}

Bytes u16List(const std::vector<std::uint16_t>& list) {
    Bytes b;
    for (auto v : list)
        appendLe16(b, v);
    return b;
}

Error sizeError(const Tlv& r, std::string_view expected) {
    return makeError("da.discovery.record-size", fmt::format("Discovery record {} is {} bytes; {} expected.",
                                                             tlvTypeName(r.type), r.value.size(), expected))
        .with("record", toHex(r.value));
}

template <std::size_t N>
Result<std::array<std::uint8_t, N>> fixed(const Tlv& r) {
    if (r.value.size() != N)
        return sizeError(r, std::to_string(N));
    std::array<std::uint8_t, N> a{};
    std::copy_n(r.value.begin(), N, a.begin());
    return a;
}

bool plausibleType(std::uint16_t type) {
    return type <= 0x0202 || (type >= 0x8000 && type <= 0x80FF);
}

}  // namespace

std::vector<Tlv> discoveryRecords(const DiscoveryInfo& i) {
    std::vector<Tlv> r;
    if (i.authVersion)
        r.push_back({id(TlvType::AuthVersion), raw(*i.authVersion)});
    if (i.vendorId)
        r.push_back({id(TlvType::VendorId), raw(*i.vendorId)});
    if (i.socClass)
        r.push_back({id(TlvType::SocClass), u32(*i.socClass)});
    if (i.socId)
        r.push_back({id(TlvType::SocId), raw(*i.socId)});
    if (i.psaLifecycle)
        r.push_back({id(TlvType::PsaLifecycle), raw(*i.psaLifecycle)});
    if (i.tokenFormats)
        r.push_back({id(TlvType::TokenFormats), u16List(*i.tokenFormats)});
    if (i.certFormats)
        r.push_back({id(TlvType::CertFormats), u16List(*i.certFormats)});
    if (i.cryptosystems)
        r.push_back({id(TlvType::Cryptosystems), Bytes(i.cryptosystems->begin(), i.cryptosystems->end())});
    if (i.sdaId)
        r.push_back({id(TlvType::SdaId), raw(*i.sdaId)});
    if (i.hwPermissionsFixed)
        r.push_back({id(TlvType::HwPermissionsFixed), raw(i.hwPermissionsFixed->bytes())});
    if (i.hwPermissionsMask)
        r.push_back({id(TlvType::HwPermissionsMask), raw(i.hwPermissionsMask->bytes())});
    if (i.effectivePermissions)
        r.push_back({id(TlvType::EffectivePermissions), raw(i.effectivePermissions->bytes())});
    if (i.stIntegrity)
        r.push_back({id(kStProvisioningIntegrity), u32(*i.stIntegrity)});
    if (i.hdpl1Status)
        r.push_back({id(TlvType::StHdpl1Status), u32(*i.hdpl1Status)});
    if (i.hdpl2Status)
        r.push_back({id(TlvType::StHdpl2Status), u32(*i.hdpl2Status)});
    if (i.hdpl3Status)
        r.push_back({id(TlvType::StHdpl3Status), u32(*i.hdpl3Status)});
    r.insert(r.end(), i.otherRecords.begin(), i.otherRecords.end());
    return r;
}

Bytes encodeDiscovery(const DiscoveryInfo& info, TlvPadding padding) {
    Bytes out = encodeTlvList(discoveryRecords(info), padding);
    out.resize(roundToWord(out.size()), 0);  // the reply itself is whole words
    return out;
}

Result<DiscoveryInfo> discoveryFromRecords(const std::vector<Tlv>& records) {
    DiscoveryInfo info;
    for (const Tlv& r : records) {
        auto takeMask = [&](std::optional<PermissionMask>& field) -> Status {
            auto m = PermissionMask::fromBytes(r.value);
            if (!m)
                return sizeError(r, "16");
            field = *m;
            return {};
        };
        auto takeU32 = [&](std::optional<std::uint32_t>& field) -> Status {
            if (r.value.size() != 4)
                return sizeError(r, "4");
            field = readLe32(r.value, 0);
            return {};
        };
        auto takeU16List = [&](std::optional<std::vector<std::uint16_t>>& field) -> Status {
            if (r.value.size() % 2 != 0)
                return sizeError(r, "an even number of");
            std::vector<std::uint16_t> list;
            for (std::size_t o = 0; o + 2 <= r.value.size(); o += 2)
                list.push_back(readLe16(r.value, o));
            field = std::move(list);
            return {};
        };
        Status s;
        switch (static_cast<TlvType>(r.type)) {
            case TlvType::AuthVersion: {
                auto a = fixed<2>(r);
                if (!a)
                    return std::move(a).error();
                info.authVersion = *a;
                break;
            }
            case TlvType::VendorId: {
                auto a = fixed<2>(r);
                if (!a)
                    return std::move(a).error();
                info.vendorId = *a;
                break;
            }
            case TlvType::SocClass:
                s = takeU32(info.socClass);
                break;
            case TlvType::SocId: {
                auto a = fixed<16>(r);
                if (!a)
                    return std::move(a).error();
                info.socId = *a;
                break;
            }
            case TlvType::HwPermissionsFixed:
                s = takeMask(info.hwPermissionsFixed);
                break;
            case TlvType::HwPermissionsMask:
                s = takeMask(info.hwPermissionsMask);
                break;
            case TlvType::EffectivePermissions:
                s = takeMask(info.effectivePermissions);
                break;
            case TlvType::PsaLifecycle: {
                auto a = fixed<2>(r);
                if (!a)
                    return std::move(a).error();
                info.psaLifecycle = *a;
                break;
            }
            case TlvType::SdaId: {
                auto a = fixed<4>(r);
                if (!a)
                    return std::move(a).error();
                info.sdaId = *a;
                break;
            }
            case TlvType::TokenFormats:
                s = takeU16List(info.tokenFormats);
                break;
            case TlvType::CertFormats:
                s = takeU16List(info.certFormats);
                break;
            case TlvType::Cryptosystems:
                info.cryptosystems = r.value;
                break;
            case TlvType::StPassword:
                s = takeU32(info.stIntegrity);
                break;
            case TlvType::StHdpl1Status:
                s = takeU32(info.hdpl1Status);
                break;
            case TlvType::StHdpl2Status:
                s = takeU32(info.hdpl2Status);
                break;
            case TlvType::StHdpl3Status:
                s = takeU32(info.hdpl3Status);
                break;
            default:
                info.otherRecords.push_back(r);
                break;
        }
        if (!s)
            return s.error();
    }
    return info;
}

Result<ParsedDiscovery> parseDiscovery(ByteView data) {
    std::vector<Error> attempts;
    for (TlvPadding layout : {TlvPadding::Padded, TlvPadding::Unpadded}) {
        auto records = parseTlvList(data, layout);
        if (!records) {
            attempts.push_back(std::move(records).error());
            continue;
        }
        const auto implausible = std::find_if(records->begin(), records->end(),
                                              [](const Tlv& r) { return !plausibleType(r.type); });
        if (implausible != records->end()) {
            attempts.push_back(
                makeError("da.discovery.unknown-type",
                          fmt::format("record type 0x{:04X} is implausible", implausible->type)));
            continue;
        }
        auto info = discoveryFromRecords(*records);
        if (!info) {
            attempts.push_back(std::move(info).error());
            continue;
        }
        return ParsedDiscovery{std::move(*info), layout, std::move(*records)};
    }
    Error e = makeError(
        "da.discovery.unparsable",
        "The discovery reply is neither a padded nor an unpadded TLV list; it is kept as raw bytes.",
        "Report the raw bytes; the device's ROM may use a layout this version does not know.");
    e.with("raw", toHex(data));
    e.with("padded walk", attempts.size() > 0 ? attempts[0].message : "");
    e.with("unpadded walk", attempts.size() > 1 ? attempts[1].message : "");
    return e;
}

std::array<std::uint8_t, 2> stLifecycleBytes(std::uint8_t productState) {
    // PSA lifecycle majors (ACS): 0x10 assembly & test, 0x20 PSA-RoT provisioning, 0x30
    // secured, 0x50 recoverable debug. Which one ST pairs with each state is our choice.
    std::uint8_t major = 0x30;
    switch (productState) {
        case 0xED:
            major = 0x10;
            break;  // Open
        case 0x17:  // Provisioning
        case 0x2E:
            major = 0x20;
            break;  // iROT-Provisioned
        case 0x9A:
        case 0x6A:
            major = 0x50;
            break;  // Regression
        default:
            major = 0x30;
            break;  // TZ-Closed, Closed, Locked
    }
    return {major, productState};
}

}  // namespace rescue::auth
