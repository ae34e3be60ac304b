#include "core/auth/credential_check.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/auth/chain_validation.h"
#include "core/auth/password.h"
#include "core/common/bytes.h"

namespace rescue::auth {
namespace {

bool allZero(const std::array<std::uint8_t, 16>& a) {
    return std::all_of(a.begin(), a.end(), [](std::uint8_t b) { return b == 0; });
}

std::string usageName(std::uint8_t usage) {
    switch (usage) {
        case 0:
            return "0 (neutral)";
        case 1:
            return "1 (standard authentication)";
        case 2:
            return "2 (RMA)";
        default:
            return fmt::format("0x{:02X} (unknown)", usage);
    }
}

std::string destinationMeaning(std::uint32_t destination) {
    for (DaFamily f : {DaFamily::Stm32H5, DaFamily::Stm32H7rs}) {
        const DaObkLayout l = daObkLayout(f);
        const std::string fam(daFamilyName(f));
        if (destination == l.certificateDestination && destination == l.passwordDestination)
            return fam + " DA configuration (certificate or password method)";
        if (destination == l.certificateDestination)
            return fam + " DA configuration, certificate method";
        if (destination == l.passwordDestination)
            return fam + " DA configuration, password method";
        if (l.lockDestination && destination == *l.lockDestination)
            return fam + " DA configuration lock";
    }
    return "not a DA destination ST's samples use";
}

class Collector {
public:
    explicit Collector(CredentialCheckReport& report) : m_report(report) {}
    Error& add(Severity s, Error e, std::optional<std::size_t> cert = std::nullopt) {
        m_report.findings.push_back({s, std::move(e), cert});
        return m_report.findings.back().error;
    }
    Error& error(Error e, std::optional<std::size_t> cert = std::nullopt) {
        return add(Severity::Error, std::move(e), cert);
    }
    Error& warning(Error e, std::optional<std::size_t> cert = std::nullopt) {
        return add(Severity::Warning, std::move(e), cert);
    }
    Error& info(Error e, std::optional<std::size_t> cert = std::nullopt) {
        return add(Severity::Info, std::move(e), cert);
    }

private:
    CredentialCheckReport& m_report;
};

// The .obk: its header, integrity and what it provisions. Returns the decoded configuration.
std::optional<DaConfiguration> checkObk(const ObkFile& obk, std::optional<DaFamily> family,
                                        CredentialCheckReport& report, Collector& out) {
    report.obk.push_back(
        {"Destination", fmt::format("{} ({})", hex32(obk.destination), destinationMeaning(obk.destination))});
    report.obk.push_back({"Payload", fmt::format("{} bytes", obk.payload.size())});
    report.obk.push_back({"Flag (DoEncryption)", std::to_string(obk.flag)});
    if (obk.flag > 1)
        out.warning(
            makeError("da.obk.flag",
                      fmt::format("The .obk flag word is {}; ST's files carry 0 or 1 (<DoEncryption>).",
                                  hex32(obk.flag)),
                      "Regenerate the .obk from its XML; the header may be damaged."));
    if (family) {
        const DaObkLayout l = daObkLayout(*family);
        if (obk.destination != l.certificateDestination && obk.destination != l.passwordDestination &&
            (!l.lockDestination || obk.destination != *l.lockDestination))
            out
                .warning(makeError(
                    "da.obk.destination",
                    fmt::format("The .obk goes to {}, which is not where {} keeps its DA configuration.",
                                hex32(obk.destination), daFamilyName(*family)),
                    fmt::format("Use an .obk made for {} (destination {}).", daFamilyName(*family),
                                hex32(l.certificateDestination))))
                .with("destination", hex32(obk.destination));
        else if (obk.destination != l.certificateDestination)
            out.warning(makeError(
                "da.obk.not-certificate",
                fmt::format("The .obk is the {} configuration, not the certificate method's.",
                            obk.destination == l.passwordDestination ? "password method's" : "lock"),
                "Give DA_Config.obk to check a certificate chain."));
    }
    if (isDaConfigLock(obk)) {
        out.error(
            makeError("da.obk.lock-file",
                      "The .obk is DA_ConfigLock: it locks the DA configuration and holds no root key hash.",
                      "Give DA_Config.obk (the certificate method's configuration) instead."));
        return std::nullopt;
    }
    auto config = decodeDaConfiguration(obk);
    if (!config) {
        out.error(config.error());
        return std::nullopt;
    }
    // After the hash and the permission field (4 bytes on H5, 16 on H7RS) ST writes zeros.
    const std::size_t fieldEnd = 32 + (daObkLayout(family.value_or(DaFamily::Stm32H7rs)).permissionWidth ==
                                               PermissionFieldWidth::Bits32
                                           ? 4
                                           : 16);
    const auto nonZero = std::find_if(config->data.begin() + static_cast<std::ptrdiff_t>(fieldEnd),
                                      config->data.end(), [](std::uint8_t b) { return b != 0; });
    if (nonZero != config->data.end())
        out.warning(
            makeError(
                "da.obk.reserved",
                fmt::format("The .obk data has non-zero bytes after its permission field (data byte {}); "
                            "ST's tools write zeros there.",
                            nonZero - config->data.begin()),
                "Regenerate the .obk from its XML; the file may have been edited.")
                .with("file offset",
                      std::to_string(kObkHeaderSize + 32 +
                                     static_cast<std::size_t>(nonZero - config->data.begin()))));
    report.obk.push_back({"Integrity", "SHA-256 of the data matches"});
    report.obk.push_back({"Credential hash", toHex(config->credentialHash)});
    report.obk.push_back({"Permissions", describePermissions(config->permissions, family)});
    return *config;
}

// Which masks lack the bits of `requested`: every certificate and the .obk, by name.
std::string whereMissing(const PermissionMask& requested, const CertificateChain& chain,
                         const std::optional<DaConfiguration>& config) {
    std::string s;
    auto add = [&](const std::string& what) { s += (s.empty() ? "" : ", ") + what; };
    for (std::size_t i = 0; i < chain.certificates.size(); ++i)
        if (!chain.certificates[i].permissions.contains(requested))
            add(fmt::format("certificate {} ({})", i + 1, roleName(chain.certificates[i].role)));
    if (config && !config->permissions.contains(requested))
        add("the .obk");
    return s;
}

void checkScope(const Certificate& c, std::size_t i, std::optional<DaFamily> family, Collector& out) {
    if (c.reserved != 0)
        out.warning(
            makeError("da.cert.reserved",
                      fmt::format("The {} certificate's reserved (policies) field is 0x{:04X}; ADAC 1.0 "
                                  "requires 0.",
                                  roleName(c.role), c.reserved),
                      "Re-issue the certificate with a current ADAC tool."),
            i);
    if (c.lifecycle != 0)
        out.info(makeError("da.cert.scope-lifecycle",
                           fmt::format("The {} certificate is limited to PSA lifecycle 0x{:04X}.",
                                       roleName(c.role), c.lifecycle),
                           "The device must report this lifecycle in its discovery."),
                 i);
    if (c.socClass != 0) {
        Error& e = out.info(makeError("da.cert.scope-soc-class",
                                      fmt::format("The {} certificate is limited to SoC class 0x{:08X}.",
                                                  roleName(c.role), c.socClass),
                                      "The device's discovery must report this SoC class (its DEV_ID)."),
                            i);
        (void)e;
        const auto classFamily = daFamilyForDevId(c.socClass);
        if (family && classFamily != family)
            out.warning(
                makeError("da.cert.soc-class-family",
                          fmt::format("The {} certificate is limited to SoC class 0x{:08X}, which is not an "
                                      "{} device.",
                                      roleName(c.role), c.socClass, daFamilyName(*family)),
                          "An ST device reports its DEV_ID as SoC class; the chip would refuse this "
                          "certificate."),
                i);
    }
    if (!allZero(c.socId))
        out.info(makeError("da.cert.scope-soc-id",
                           fmt::format("The {} certificate is limited to one chip (SoC ID {}).",
                                       roleName(c.role), toHex(c.socId)),
                           "Only the chip whose discovery reports this SoC ID accepts it."),
                 i);
}

void checkXml(const CredentialCheckInput& in, std::optional<DaFamily> family,
              const std::optional<DaConfiguration>& config, Collector& out) {
    const DaConfigXml& xml = *in.xml;
    if (in.obk) {
        if (xml.destination != in.obk->destination)
            out.error(
                makeError("da.xml.obk-destination",
                          fmt::format("The XML's <ObDestAddress> is {} but the .obk goes to {}.",
                                      hex32(xml.destination), hex32(in.obk->destination)),
                          "The .obk was not built from this XML; rebuild it or give the matching pair."));
        if (xml.flag != in.obk->flag)
            out.warning(
                makeError("da.xml.obk-flag",
                          fmt::format("The XML's <DoEncryption> is {} but the .obk's flag is {}.", xml.flag,
                                      in.obk->flag),
                          "The .obk was not built from this XML; rebuild it or give the matching pair."));
        if (config && xml.method == DaConfigMethod::Certificate && xml.permission &&
            *xml.permission != config->permissions)
            out.error(
                makeError("da.xml.obk-permissions",
                          fmt::format("The XML's <Permission> is {} but the .obk provisions {}.",
                                      xml.permission->toShortHex(), config->permissions.toShortHex()),
                          "The .obk was not built from this XML; rebuild it or give the matching pair."));
        if (config && xml.method == DaConfigMethod::Password && xml.password &&
            passwordHash(xml.password->view()) != config->credentialHash)
            out.error(makeError(
                "da.xml.obk-password", "The XML's password is not the one whose hash the .obk provisions.",
                "The .obk was not built from this XML; rebuild it or give the matching pair."));
    }
    if (xml.method == DaConfigMethod::Certificate) {
        if (!in.xmlRootKey) {
            out.info(makeError(
                "da.xml.root-key-unread",
                fmt::format("The root key the XML names ({}) could not be read, so it was not compared "
                            "with the chain.",
                            xml.rootKeyFile),
                "Keep the XML next to its Keys folder, as in ST's package."));
            return;
        }
        if (in.chain && !in.chain->certificates.empty() &&
            in.xmlRootKey->raw() != in.chain->certificates.front().publicKey)
            out.error(makeError("da.xml.root-mismatch",
                                "The root key the XML names is not the chain's root certificate key.",
                                "Provision and sign with the same root key.")
                          .with("XML root key fingerprint", in.xmlRootKey->fingerprintHex())
                          .with("chain root key fingerprint",
                                toHex(in.chain->certificates.front().publicKeyHash())));
        if (in.obk && family) {
            auto built = buildObkFromXml(xml, in.xmlRootKey, *family);
            if (built && serializeObkFile(*built) != serializeObkFile(*in.obk))
                out.error(makeError("da.xml.obk-differs",
                                    "The .obk is not what ST's tool builds from this XML and its root key.",
                                    "Rebuild the .obk from the XML, or give the XML it was built from."));
        }
    }
}

}  // namespace

std::string_view severityName(Severity severity) {
    switch (severity) {
        case Severity::Info:
            return "info";
        case Severity::Warning:
            return "warning";
        case Severity::Error:
            return "error";
    }
    return "error";
}

bool CredentialCheckReport::hasErrors() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

const Finding* CredentialCheckReport::find(std::string_view code) const {
    for (const auto& f : findings)
        if (f.error.code == code)
            return &f;
    return nullptr;
}

std::string describePermissions(const PermissionMask& mask, std::optional<DaFamily> family) {
    if (mask.empty())
        return "0x0 (none)";
    std::string names;
    for (int bit : mask.bits()) {
        const std::string name = family ? permissionDisplayName(*family, bit) : fmt::format("bit {}", bit);
        names += (names.empty() ? "" : ", ") + name;
    }
    return fmt::format("{} ({})", mask.toShortHex(), names);
}

CertificateDisplay describeCertificate(const Certificate& c, std::size_t index,
                                       std::optional<DaFamily> family) {
    CertificateDisplay d;
    d.index = index;
    d.role = roleName(c.role);
    auto field = [&](std::string label, std::string value) {
        d.fields.push_back({std::move(label), std::move(value)});
    };
    field("Format version", fmt::format("{}.{}", c.versionMajor, c.versionMinor));
    field("Key / signature",
          c.keyType == kCryptosystemEcdsaP256 && c.signatureType == kCryptosystemEcdsaP256
              ? std::string("ECDSA P-256 / SHA-256 (0x01)")
              : fmt::format("key 0x{:02X}, signature 0x{:02X}", c.keyType, c.signatureType));
    field("Role", fmt::format("{} ({})", roleName(c.role), c.role));
    field("Usage", usageName(c.usage));
    field("Lifecycle", c.lifecycle == 0 ? std::string("any (0)") : fmt::format("0x{:04X}", c.lifecycle));
    field("OEM constraint", fmt::format("0x{:04X}", c.oemConstraint));
    std::string socClass = c.socClass == 0 ? std::string("any (0)") : hex32(c.socClass);
    if (c.socClass != 0)
        if (auto f = daFamilyForDevId(c.socClass))
            socClass += fmt::format(" ({})", daFamilyName(*f));
    field("SoC class", socClass);
    field("SoC ID", allZero(c.socId) ? std::string("any (all zero)") : toHex(c.socId));
    field("Permissions", describePermissions(c.permissions, family));
    field("Public key", "SHA-256 " + toHex(c.publicKeyHash()));
    field("Extensions", c.extensionsBytes == 0
                            ? std::string("none")
                            : fmt::format("{} bytes, hash {}", c.extensionsBytes, toHex(c.extensionsHash)));
    return d;
}

CredentialCheckReport checkCredentials(const CredentialCheckInput& in) {
    CredentialCheckReport report;
    Collector out(report);
    report.family = in.family;
    if (!report.family && in.obk)
        report.family = daFamilyForDestination(in.obk->destination);
    if (!report.family && in.xml)
        report.family = daFamilyForDestination(in.xml->destination);
    const std::optional<DaFamily> family = report.family;

    std::optional<DaConfiguration> config;
    if (in.obk)
        config = checkObk(*in.obk, family, report, out);

    if (in.chain) {
        const CertificateChain& chain = *in.chain;
        for (std::size_t i = 0; i < chain.certificates.size(); ++i) {
            CertificateDisplay d = describeCertificate(chain.certificates[i], i, family);
            const Certificate& c = chain.certificates[i];
            auto issuer = PublicKey::fromRaw(i == 0 ? c.publicKey : chain.certificates[i - 1].publicKey);
            const bool verified = issuer && verifyCertificateSignature(c, *issuer);
            d.fields.push_back({"Signature", verified
                                                 ? (i == 0 ? "verified with its own key"
                                                           : "verified with the previous certificate's key")
                                                 : "does NOT verify"});
            report.certificates.push_back(std::move(d));
        }

        ChainValidationOptions options;
        if (config && in.obk && !isDaConfigLock(*in.obk)) {
            options.rootKeyHash = config->credentialHash;
            options.provisionedMask = config->permissions;
        }
        options.requested = in.requested;
        options.signingKey = in.signingKey;
        const ChainReport chainReport = validateChain(chain, options);
        report.effective = chainReport.effectivePermissions;
        for (const ChainFinding& f : chainReport.findings) {
            Error e = f.error;
            if (e.code == "da.permission.not-granted" && in.requested) {
                if (!in.requestedName.empty())
                    e.message = fmt::format("The requested permission {} is not granted: {}",
                                            in.requestedName, e.message);
                e.with("missing in", whereMissing(*in.requested, chain, config));
            }
            out.error(std::move(e), f.index);
        }
        for (std::size_t i = 0; i < chain.certificates.size(); ++i)
            checkScope(chain.certificates[i], i, family, out);

        // ST's H7RS set carries bit 12 in the certificates but not in the .obk: legal, shown.
        if (config) {
            PermissionMask certOnly = PermissionMask::all();
            for (const auto& c : chain.certificates)
                certOnly &= c.permissions;
            PermissionMask dropped;
            for (int b : certOnly.bits())
                if (!config->permissions.test(b))
                    dropped.set(b);
            if (!dropped.empty())
                out.info(
                    makeError("da.permission.obk-narrower",
                              fmt::format("The .obk does not provision {}, which the certificates allow; the "
                                          "device will not grant it.",
                                          describePermissions(dropped, family)),
                              "Nothing to do unless you need that permission."));
        }
        if (report.effective && !report.effective->empty())
            out.info(makeError("da.permission.effective",
                               fmt::format("The chain{} can grant {}.", config ? " and the .obk" : "",
                                           describePermissions(*report.effective, family))));
    } else if (!in.passwordHash) {
        out.info(makeError("da.chain.not-given",
                           "No certificate chain was given, so no certificate was checked."));
    }
    if (in.passwordHash) {
        if (!config)
            out.info(
                makeError("da.obk.not-given",
                          "No readable DA_ConfigWithPassword.obk was given, so the password was not compared "
                          "with what the device has provisioned.",
                          "Add --obk with the DA_ConfigWithPassword.obk that was provisioned."));
        else if (*in.passwordHash != config->credentialHash)
            out.error(
                makeError("da.password.hash-mismatch",
                          "The password is not the one the .obk provisions: its SHA-256 differs.",
                          "Use the password file made with this DA_ConfigWithPassword.obk (ST's samples: "
                          "password.bin).")
                    .with("password SHA-256", toHex(*in.passwordHash))
                    .with("provisioned hash", toHex(config->credentialHash)));
        else
            out.info(
                makeError("da.password.matches", "The password's SHA-256 is the hash the .obk provisions."));
    }

    if (in.requested && family)
        for (int b : in.requested->bits())
            if (!findStPermission(*family, b))
                out.warning(makeError("da.permission.unknown-bit",
                                      fmt::format("Permission bit {} has no published meaning on {}.", b,
                                                  daFamilyName(*family)),
                                      "Ask for a named permission, e.g. full-regression."));
    if (!in.signingKey && in.chain)
        out.info(makeError(
            "da.key.not-given",
            "No private key was given, so whether it belongs to the leaf certificate was not checked.",
            "Add --key with the leaf key (key_3_leaf.pem)."));
    if (!in.obk && in.chain)
        out.info(makeError(
            "da.obk.not-given",
            "No .obk was given, so the root key was not compared with what the device has provisioned.",
            "Add --obk with the DA_Config.obk that was provisioned."));
    if (!in.requested && in.chain)
        out.info(makeError("da.permission.not-given",
                           "No permission was asked for, so the masks were not checked against a request.",
                           "Add --permission full-regression (or the name or bit you will ask for)."));
    if (in.xml)
        checkXml(in, family, config, out);
    return report;
}

}  // namespace rescue::auth
