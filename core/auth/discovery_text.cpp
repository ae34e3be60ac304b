#include "core/auth/discovery_text.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::auth {

std::string lifecycleName(const std::array<std::uint8_t, 2>& b) {
    switch (b[1]) {
        case 0xED:
            return "ST_LIFECYCLE_OPEN";
        case 0x17:
            return "ST_LIFECYCLE_PROVISIONING";
        case 0x2E:
            return "ST_LIFECYCLE_IROT_PROVISIONED";
        case 0xC6:
            return "ST_LIFECYCLE_TZ_CLOSED";
        case 0x72:
            return "ST_LIFECYCLE_CLOSED";
        case 0x5C:
            return "ST_LIFECYCLE_LOCKED";
        case 0x9A:
            return "ST_LIFECYCLE_REGRESSION";
        default:
            break;
    }
    // Not an ST state code: read it as a PSA lifecycle (major = value & 0xFF00), in either
    // byte order since ST's implementations disagree.
    for (std::uint16_t value : {static_cast<std::uint16_t>((b[0] << 8) | b[1]), readLe16(b, 0)}) {
        switch (value & 0xFF00) {
            case 0x1000:
                return fmt::format("PSA_LIFECYCLE_ASSEMBLY_AND_TEST (0x{:04X})", value);
            case 0x2000:
                return fmt::format("PSA_LIFECYCLE_PSA_ROT_PROVISIONING (0x{:04X})", value);
            case 0x3000:
                return fmt::format("PSA_LIFECYCLE_SECURED (0x{:04X})", value);
            case 0x4000:
                return fmt::format("PSA_LIFECYCLE_NON_PSA_ROT_DEBUG (0x{:04X})", value);
            case 0x5000:
                return fmt::format("PSA_LIFECYCLE_RECOVERABLE_PSA_ROT_DEBUG (0x{:04X})", value);
            case 0x6000:
                return fmt::format("PSA_LIFECYCLE_DECOMMISSIONED (0x{:04X})", value);
            default:
                break;
        }
    }
    return fmt::format("unknown (bytes {:02x} {:02x})", b[0], b[1]);
}

std::string socIdText(const std::array<std::uint8_t, 16>& id) {
    return fmt::format("0x{:08x}_{:08x}_{:08x}_{:08x}", readLe32(id, 12), readLe32(id, 8), readLe32(id, 4),
                       readLe32(id, 0));
}

std::string cryptosystemName(std::uint8_t k) {
    switch (k) {
        case 0x01:
            return "Ecdsa-P256 SHA256";
        case 0x02:
            return "Ecdsa-P521 SHA512";
        case 0x03:
            return "Rsa-3072 SHA256";
        case 0x04:
            return "Rsa-4096 SHA256";
        case 0x05:
            return "Ed25519 SHA512";
        case 0x06:
            return "Ed448 SHAKE256";
        case 0x07:
            return "SM2 SM3";
        case 0x08:
            return "CMAC-AES";
        case 0x09:
            return "HMAC-SHA256";
        case 0x80:
            return "ST password (0x80)";
        default:
            return fmt::format("0x{:02x}", k);
    }
}

std::vector<DiscoveryLine> describeDiscovery(const DiscoveryInfo& info, std::optional<DaFamily> family) {
    std::vector<DiscoveryLine> out;
    auto add = [&](std::string label, std::string value) {
        out.push_back({std::move(label), std::move(value)});
    };
    auto hexList = [](const std::vector<std::uint16_t>& list) {
        std::string s;
        for (auto v : list)
            s += (s.empty() ? "" : ", ") + fmt::format("{:#x}", v);
        return s;
    };

    if (info.socClass)
        add("target ID", fmt::format("{:#x}", *info.socClass));
    if (info.socId)
        add("SoC ID", socIdText(*info.socId));
    if (info.sdaId)
        add("SDA version", fmt::format("{}.{}.{}", (*info.sdaId)[0], (*info.sdaId)[1], (*info.sdaId)[2]));
    if (info.vendorId) {
        const auto& v = *info.vendorId;
        // JEP106 0x20; ST's ROMs disagree on the byte order, so accept both.
        const bool st = (v[0] == 0x20 && v[1] == 0x00) || (v[0] == 0x00 && v[1] == 0x20);
        add("Vendor ID", st ? "STMicroelectronics" : fmt::format("{:#06x}", readLe16(v, 0)));
    }
    if (info.psaLifecycle)
        add("PSA lifecycle", lifecycleName(*info.psaLifecycle));
    if (info.authVersion)
        add("PSA auth version", fmt::format("{}.{}", (*info.authVersion)[0], (*info.authVersion)[1]));
    if (info.hdpl1Status)
        add("ST HDPL1 status", fmt::format("{:#x}", *info.hdpl1Status));
    if (info.hdpl2Status)
        add("ST HDPL2 status", fmt::format("{:#x}", *info.hdpl2Status));
    if (info.hdpl3Status)
        add("ST HDPL3 status", fmt::format("{:#x}", *info.hdpl3Status));
    if (info.tokenFormats)
        add("Token Formats", hexList(*info.tokenFormats));
    if (info.certFormats)
        add("Certificate Formats", hexList(*info.certFormats));
    if (info.cryptosystems)
        for (auto k : *info.cryptosystems)
            add("cryptosystems", cryptosystemName(k));
    if (info.stIntegrity)
        add("ST provisioning integrity status", fmt::format("{:#x}", *info.stIntegrity));

    if (info.hwPermissionsMask) {
        if (!family && info.socClass)
            family = daFamilyForDevId(*info.socClass);
        const PermissionMask& mask = *info.hwPermissionsMask;
        std::vector<int> listed;
        if (family) {
            for (const auto& p : stPermissions(*family))
                if (mask.test(p.bit)) {
                    add("permission if authorized", std::string(p.displayName));
                    listed.push_back(p.bit);
                }
        }
        for (int bit : mask.bits())
            if (std::find(listed.begin(), listed.end(), bit) == listed.end())
                add("permission if authorized",
                    family ? permissionDisplayName(*family, bit) : fmt::format("permission bit {}", bit));
    }
    for (const auto& r : info.otherRecords)
        add(tlvTypeName(r.type), toHex(r.value));
    return out;
}

std::string formatDiscoveryLine(const DiscoveryLine& line) {
    std::string label = line.label;
    if (label.size() < 32)
        label.append(32 - label.size(), '.');
    return label + ":" + line.value;
}

}  // namespace rescue::auth
