// The offline `rescue da` subcommands: credentials on disk, no probe.
//   da verify --cert C [--key K] [--obk O] [--xml X] [--permission NAME|BIT] [--family F]
//   da sign-token --key K --challenge HEX --permissions HEX --out FILE
//   da make-credentials --family F --permissions HEX|NAMES --out DIR [--intermediate]
// Keys are shown only as fingerprints (SHA-256 of X‖Y); passwords never. Exit codes: 0 all
// good, 1 a finding is an error, 2 unreadable input or bad arguments.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_credentials.h"
#include "app/cli/cli_output.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/passphrase_prompt.h"
#include "core/auth/credential_check.h"
#include "core/auth/credential_generator.h"
#include "core/auth/da_config_xml.h"
#include "core/auth/file_io.h"
#include "core/auth/password.h"
#include "core/auth/token.h"
#include "core/device/catalog.h"

namespace rescue::cli {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// A catalog family (for permission names and .obk destinations) and the DA family it
// belongs to (for permission widths and display names).
struct FamilyChoice {
    std::shared_ptr<const device::Family> family;
    auth::DaFamily da = auth::DaFamily::Stm32H5;
};

std::string defaultCatalogId(auth::DaFamily f) {
    return f == auth::DaFamily::Stm32H5 ? "stm32h56x-h57x" : "stm32h7rs";
}

Result<FamilyChoice> choose(const device::Catalog& catalog, std::shared_ptr<const device::Family> family) {
    std::optional<auth::DaFamily> da;
    for (auto id : family->devIds)
        if (!da)
            da = auth::daFamilyForDevId(id);
    if (!da)
        return makeError("cli.family",
                         fmt::format("{} has no Debug Authentication this build knows.", family->name));
    (void)catalog;
    return FamilyChoice{std::move(family), *da};
}

// A catalog id ("stm32h7rs"), a short family ("h5", "h7rs") or a part ("STM32H563ZI", "H533RE").
Result<FamilyChoice> resolveFamily(const std::string& text) {
    auto catalog = device::sharedCatalog();
    if (!catalog)
        return catalog.error();
    const device::Catalog& c = **catalog;
    const std::string l = lower(text);
    for (const std::string& id : {l, "stm32" + l})
        if (auto f = c.family(id))
            return choose(c, f);
    if (auto da = auth::parseDaFamily(l))
        return choose(c, c.family(defaultCatalogId(*da)));
    if (auto part = c.resolvePart(text))
        return choose(c, part->family);
    std::string ids;
    for (const auto& f : c.families())
        ids += (ids.empty() ? "" : ", ") + f->id;
    return makeError("cli.family", fmt::format("'{}' is not a family or part this build knows.", text),
                     fmt::format("Use one of {}, or h5 / h7rs.", ids));
}

// A permission name from the family's catalog (aliases too), or a bit number.
Result<auth::PermissionMask> parsePermissionName(const std::string& text,
                                                 const std::optional<FamilyChoice>& family) {
    if (!text.empty() &&
        std::all_of(text.begin(), text.end(), [](unsigned char ch) { return std::isdigit(ch); })) {
        const int bit = std::stoi(text.size() > 4 ? std::string("999") : text);
        if (bit < 0 || bit >= auth::PermissionMask::kBits)
            return makeError("cli.permission", fmt::format("Permission bit {} is outside 0..127.", text));
        auth::PermissionMask m;
        m.set(bit);
        return m;
    }
    if (!family)
        return makeError("cli.permission",
                         fmt::format("The permission name '{}' needs a family to be looked up.", text),
                         "Add --family (e.g. h5 or h7rs), give the .obk, or use the bit number (14 for full "
                         "regression).");
    if (const auto* p = family->family->da.permission(text)) {
        auth::PermissionMask m;
        m.set(static_cast<int>(p->bit));
        return m;
    }
    std::string names;
    for (const auto& p : family->family->da.permissions)
        names += (names.empty() ? "" : ", ") + p.name;
    return makeError("cli.permission",
                     fmt::format("{} has no permission named '{}'.", family->family->name, text),
                     fmt::format("Use one of {}, or a bit number.", names));
}

// "0x4000" (a 128-bit hex integer) or names separated by commas.
Result<auth::PermissionMask> parsePermissionSet(const std::string& text,
                                                const std::optional<FamilyChoice>& family) {
    const std::string l = lower(text);
    if (l.starts_with("0x"))
        return auth::PermissionMask::parse(text);
    auth::PermissionMask mask;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        item.erase(
            std::remove_if(item.begin(), item.end(), [](unsigned char ch) { return std::isspace(ch); }),
            item.end());
        if (!item.empty()) {
            auto m = parsePermissionName(item, family);
            if (!m)
                return m;
            mask |= *m;
        }
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    if (mask.empty())
        return makeError("cli.permission", "No permission was given.",
                         "Give a hex mask such as 0x4000 or names such as full-regression,debug-ns-l3.");
    return mask;
}

json fieldsJson(const std::vector<auth::DisplayField>& fields) {
    json j = json::object();
    for (const auto& f : fields)
        j[f.label] = f.value;
    return j;
}

void printFields(CliOutput& out, const std::vector<auth::DisplayField>& fields) {
    for (const auto& f : fields)
        out.line(fmt::format("  {:<20}{}", f.label, f.value));
}

Status checkPassphraseFile(CliOutput& out, const std::optional<fs::path>& file) {
    if (!file)
        return {};
    warnIfOthersCanRead(out, *file);
    auto bytes = auth::readCredentialFile(*file, 64 * 1024);
    if (!bytes)
        return bytes.error();
    std::fill(bytes->begin(), bytes->end(), 0);
    return {};
}

// ---- verify ------------------------------------------------------------------------------

struct VerifyArgs {
    std::optional<std::string> cert;
    std::optional<std::string> password;
    std::optional<std::string> key;
    std::optional<std::string> obk;
    std::optional<std::string> xml;
    std::optional<std::string> permission;
    std::optional<std::string> family;
    std::optional<fs::path> passphraseFile;
};

int inputError(CliOutput& out, Error e) {
    out.fail(e);
    return Usage;
}

int verify(CliOutput& out, const VerifyArgs& args) {
    auth::CredentialCheckInput in;
    if (auto s = checkPassphraseFile(out, args.passphraseFile); !s)
        return inputError(out, s.error());

    if (!args.cert && !args.password)
        return inputError(out, makeError("cli.usage", "Nothing to verify: give --cert (and/or --password).",
                                         "rescue da verify --cert cert_leaf_chain.b64 --key key_3_leaf.pem"));
    std::optional<auth::LoadedChain> chain;
    if (args.cert) {
        auto loaded = auth::loadChainFile(*args.cert);
        if (!loaded)
            return inputError(out, loaded.error());
        chain = std::move(*loaded);
        in.chain = chain->chain;
        out.data()["chain"] = {{"file", *args.cert},
                               {"format", std::string(auth::chainFileFormatName(chain->format))},
                               {"certificates", chain->chain.certificates.size()}};
    }
    if (args.password) {
        warnIfOthersCanRead(out, *args.password);
        auto pw = auth::loadPasswordFile(*args.password);
        if (!pw)
            return inputError(out, pw.error());
        in.passwordHash = auth::passwordHash(pw->password.view());
        out.data()["password"] = {{"file", *args.password},
                                  {"form", pw->kind == auth::PasswordFileKind::Tlv ? "TLV (0x8000)" : "raw"},
                                  {"bytes", pw->password.size()},
                                  {"sha256", toHex(*in.passwordHash)}};
    }

    if (args.key) {
        auth::PrivateKeyFormat format = auth::PrivateKeyFormat::Unknown;
        if (auto bytes = auth::readCredentialFile(*args.key)) {  // for its label only
            format = auth::detectPrivateKeyFormat(*bytes);
            std::fill(bytes->begin(), bytes->end(), 0);
        }
        warnIfOthersCanRead(out, *args.key);
        auto key = auth::PrivateKey::loadFile(*args.key, passphraseProvider(args.passphraseFile));
        if (!key)
            return inputError(out, key.error());
        in.signingKey = key->publicKey();
        out.data()["key"] = {{"file", *args.key},
                             {"format", std::string(auth::privateKeyFormatName(format))},
                             {"public_key_sha256", key->publicKey().fingerprintHex()}};
    }
    if (args.obk) {
        auto obk = auth::loadObkFile(*args.obk);
        if (!obk)
            return inputError(out, obk.error());
        in.obk = *obk;
    }
    if (args.xml) {
        auto xml = auth::loadDaConfigXml(*args.xml);
        if (!xml)
            return inputError(out, xml.error());
        in.xml = std::move(*xml);
        if (in.xml->method == auth::DaConfigMethod::Certificate) {
            // ST's XML names the root key file (often the private one: its public half is used).
            const fs::path ref = auth::resolveXmlReference(*args.xml, in.xml->rootKeyFile);
            if (auto pub = auth::PublicKey::loadFile(ref))
                in.xmlRootKey = *pub;
            else if (auto priv = auth::PrivateKey::loadFile(ref, passphraseProvider(args.passphraseFile)))
                in.xmlRootKey = priv->publicKey();
        }
    }

    std::optional<FamilyChoice> family;
    if (args.family) {
        auto f = resolveFamily(*args.family);
        if (!f)
            return inputError(out, f.error());
        family = *f;
    } else {
        std::optional<auth::DaFamily> inferred;
        if (in.obk)
            inferred = auth::daFamilyForDestination(in.obk->destination);
        if (!inferred && in.xml)
            inferred = auth::daFamilyForDestination(in.xml->destination);
        if (inferred)
            if (auto f = resolveFamily(defaultCatalogId(*inferred)))
                family = *f;
    }
    if (family)
        in.family = family->da;
    if (args.permission) {
        auto mask = parsePermissionName(*args.permission, family);
        if (!mask)
            return inputError(out, mask.error());
        in.requested = *mask;
        in.requestedName = *args.permission;
    }

    const auth::CredentialCheckReport report = auth::checkCredentials(in);
    if (family)
        out.data()["family"] = family->family->id;

    if (chain)
        out.line(fmt::format("{:<22}{} ({}), {} certificate(s)", "Certificate chain", *args.cert,
                             auth::chainFileFormatName(chain->format), chain->chain.certificates.size()));
    if (in.passwordHash)
        out.line(fmt::format("{:<22}{} ({}, {} bytes), SHA-256 {}", "Password", *args.password,
                             out.data()["password"]["form"].get<std::string>(),
                             out.data()["password"]["bytes"].get<std::size_t>(), toHex(*in.passwordHash)));
    auto& certs = out.data()["certificates"] = json::array();
    for (const auto& c : report.certificates) {
        out.line(fmt::format("Certificate {} of {}: {}", c.index + 1, report.certificates.size(), c.role));
        printFields(out, c.fields);
        certs.push_back({{"index", c.index}, {"role", c.role}, {"fields", fieldsJson(c.fields)}});
    }
    if (in.signingKey)
        out.line(fmt::format("{:<22}{} ({}), public key SHA-256 {}", "Private key", *args.key,
                             out.data()["key"]["format"].get<std::string>(),
                             in.signingKey->fingerprintHex()));
    if (args.obk) {
        out.line(fmt::format("{:<22}{}", ".obk", *args.obk));
        printFields(out, report.obk);
        out.data()["obk"] = fieldsJson(report.obk);
        out.data()["obk"]["file"] = *args.obk;
    }
    if (in.xml)
        out.line(fmt::format("{:<22}{} ({} method, destination 0x{:08X})", "DA configuration XML", *args.xml,
                             in.xml->method == auth::DaConfigMethod::Certificate ? "certificate" : "password",
                             in.xml->destination));
    if (report.effective)
        out.data()["effective_permissions"] = report.effective->toShortHex();
    if (in.requested)
        out.data()["requested_permissions"] = in.requested->toShortHex();

    auto& findings = out.data()["findings"] = json::array();
    int errors = 0, warnings = 0;
    out.line("Findings");
    for (const auto& f : report.findings) {
        json j = errorToJson(f.error);
        j["severity"] = std::string(auth::severityName(f.severity));
        if (f.certificate)
            j["certificate"] = *f.certificate + 1;
        findings.push_back(j);
        errors += f.severity == auth::Severity::Error;
        warnings += f.severity == auth::Severity::Warning;
        out.line(fmt::format("  {:<8}{} ({})", std::string(auth::severityName(f.severity)) + ":",
                             f.error.message, f.error.code));
        for (const auto& e : f.error.evidence)
            out.line(fmt::format("          {}: {}", e.name, e.value));
        if (!f.error.hint.empty() && f.severity != auth::Severity::Info)
            out.line(fmt::format("          hint: {}", f.error.hint));
    }
    out.data()["errors"] = errors;
    out.data()["warnings"] = warnings;
    if (errors > 0) {
        out.line(fmt::format("Result: {} error(s), {} warning(s): a device would refuse these credentials.",
                             errors, warnings));
        return TargetSaidNo;
    }
    out.line(fmt::format("Result: no error, {} warning(s).", warnings));
    return Done;
}

// ---- sign-token --------------------------------------------------------------------------

struct SignTokenArgs {
    std::string key;
    std::string challenge;
    std::string permissions;
    std::string outFile;
    std::optional<fs::path> passphraseFile;
};

Result<auth::ChallengeVector> parseChallenge(std::string text) {
    text.erase(
        std::remove_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) || c == ':'; }),
        text.end());
    if (lower(text).starts_with("0x"))
        text = text.substr(2);
    auto bytes = fromHex(text);
    if (!bytes || bytes->size() != 32)
        return makeError("cli.challenge",
                         fmt::format("The challenge must be 32 bytes as 64 hex digits; '{}' is not.", text),
                         "Copy the challenge vector of the AUTH_START reply (without its 4-byte header).");
    auth::ChallengeVector v{};
    std::copy(bytes->begin(), bytes->end(), v.begin());
    return v;
}

int signToken(CliOutput& out, const SignTokenArgs& args) {
    if (auto s = checkPassphraseFile(out, args.passphraseFile); !s)
        return inputError(out, s.error());
    auto challenge = parseChallenge(args.challenge);
    if (!challenge)
        return inputError(out, challenge.error());
    auto mask = auth::PermissionMask::parse(args.permissions);
    if (!mask)
        return inputError(out, mask.error());
    if (mask->empty())
        return inputError(out,
                          makeError("cli.permission", "The token asks for no permission (0x0).",
                                    "Give the permission set, e.g. 0x4000 for bit 14 (full regression)."));
    warnIfOthersCanRead(out, args.key);
    auto key = auth::PrivateKey::loadFile(args.key, passphraseProvider(args.passphraseFile));
    if (!key)
        return inputError(out, key.error());
    const auth::Token token = auth::buildToken(*mask, *challenge, *key);
    const Bytes tlv = auth::tokenTlv(token);
    if (auto s = auth::writeCredentialFile(args.outFile, tlv); !s) {
        out.fail(s.error());
        return Usage;
    }
    out.data()["out"] = args.outFile;
    out.data()["bytes"] = tlv.size();
    out.data()["requested_permissions"] = mask->toShortHex();
    out.data()["challenge"] = toHex(*challenge);
    out.data()["key_sha256"] = key->publicKey().fingerprintHex();
    out.data()["token"] = toHex(tlv);
    out.line(fmt::format("Token written to {} ({} bytes, TLV 0x0200 as sent in AUTH_RESPONSE).", args.outFile,
                         tlv.size()));
    out.line(fmt::format("  {:<22}{}", "Requested permissions", mask->toShortHex()));
    out.line(fmt::format("  {:<22}{}", "Challenge", toHex(*challenge)));
    out.line(fmt::format("  {:<22}SHA-256 {}", "Signed by key", key->publicKey().fingerprintHex()));
    return Done;
}

// ---- make-credentials --------------------------------------------------------------------

struct MakeArgs {
    std::string family;
    std::string permissions;
    std::string outDir;
    bool intermediate = false;
    unsigned obkFlag = 1;
};

int makeCredentials(CliOutput& out, const MakeArgs& args) {
    auto family = resolveFamily(args.family);
    if (!family)
        return inputError(out, family.error());
    auto mask = parsePermissionSet(args.permissions, *family);
    if (!mask)
        return inputError(out, mask.error());

    auth::CredentialRequest request;
    request.family = family->da;
    request.certificateMask = *mask;
    request.obkMask = *mask;
    request.intermediates = args.intermediate ? 1 : 0;
    request.obkFlag = args.obkFlag;
    auth::DaObkLayout layout = auth::daObkLayout(family->da);
    // The catalog's destinations win over the built-in defaults: they are the data a first
    // real board corrects.
    if (auto d = family->family->da.obkDestination("certificate"))
        layout.certificateDestination = *d;
    if (auto d = family->family->da.obkDestination("password"))
        layout.passwordDestination = *d;
    request.layout = layout;

    auto random = auth::makeSystemRandom();
    auto set = auth::generateCredentials(request, *random);
    if (!set)
        return inputError(out, set.error());
    if (auto s = auth::writeCredentialSet(*set, args.outDir); !s) {
        out.fail(s.error());
        return Usage;
    }
    const std::size_t count = set->keys.size();
    out.data()["out"] = args.outDir;
    out.data()["family"] = family->family->id;
    out.data()["permissions"] = mask->toShortHex();
    out.data()["root_key_sha256"] = set->rootKey().publicKey().fingerprintHex();
    out.data()["certificates"] = count;
    out.data()["obk_destination"] = fmt::format("0x{:08X}", set->daConfig.destination);
    out.line(fmt::format("Credentials for {} written under {}:", family->family->name, args.outDir));
    out.line(fmt::format("  Keys/              {} private keys (PKCS#8 PEM, owner-only) and their _pub.pem",
                         count));
    out.line(fmt::format(
        "  Certificates/      cert_leaf_chain.b64 and the single certificates ({} in the chain)", count));
    out.line(fmt::format("  Binary/            DA_Config.obk (destination 0x{:08X}, flag {})",
                         set->daConfig.destination, set->daConfig.flag));
    out.line(fmt::format("  {:<19}{}", "Permissions", auth::describePermissions(*mask, family->da)));
    out.line(fmt::format("  {:<19}SHA-256 {}", "Root key", set->rootKey().publicKey().fingerprintHex()));
    out.line(
        "Keep Keys/ private and backed up: a board provisioned with this root key can only be "
        "regressed with keys from this set.");
    return Done;
}

}  // namespace

void addDaOfflineCommands(CLI::App& da, CliState& state) {
    auto verifyArgs = std::make_shared<VerifyArgs>();
    auto* verifyCmd = da.add_subcommand(
        "verify",
        "Check a certificate chain, key and .obk offline (exit 0 good, 1 an error finding, 2 unreadable)");
    verifyCmd->add_option("--cert", verifyArgs->cert, "Certificate chain (.b64, .cert, PEM ADAC chain)");
    verifyCmd->add_option(
        "--password", verifyArgs->password,
        "Password file (password.bin TLV or raw), checked against a DA_ConfigWithPassword.obk");
    verifyCmd->add_option("--key", verifyArgs->key,
                          "Private key that signs the token (PEM: PKCS#8, SEC1, encrypted)");
    verifyCmd->add_option("--obk", verifyArgs->obk, "DA_Config.obk provisioned in the device");
    verifyCmd->add_option("--xml", verifyArgs->xml, "ST's DA_Config.xml the .obk was built from");
    verifyCmd->add_option("--permission", verifyArgs->permission,
                          "Permission to ask for: a catalog name (full-regression, ...) or a bit number");
    verifyCmd->add_option("--family", verifyArgs->family,
                          "Family or part: h5, h7rs, stm32h56x-h57x, STM32H563ZI, ...");
    verifyCmd->add_option("--passphrase-file", verifyArgs->passphraseFile,
                          "File whose first line is the key's passphrase (else asked on the terminal)");
    verifyCmd->callback([&state, verifyArgs] {
        state.action = [verifyArgs](CliOutput& out) { return verify(out, *verifyArgs); };
    });

    auto signArgs = std::make_shared<SignTokenArgs>();
    auto* sign = da.add_subcommand("sign-token", "Sign an ADAC token offline over a given challenge");
    sign->add_option("--key", signArgs->key, "Leaf private key (PEM)")->required();
    sign->add_option("--challenge", signArgs->challenge, "The 32-byte challenge vector, 64 hex digits")
        ->required();
    sign->add_option("--permissions", signArgs->permissions,
                     "Requested permissions, a 128-bit hex number (0x4000 = bit 14)")
        ->required();
    sign->add_option("--out", signArgs->outFile, "File for the token TLV, exactly as sent to the chip")
        ->required();
    sign->add_option("--passphrase-file", signArgs->passphraseFile,
                     "File whose first line is the key's passphrase");
    sign->callback([&state, signArgs] {
        state.action = [signArgs](CliOutput& out) { return signToken(out, *signArgs); };
    });

    auto makeArgs = std::make_shared<MakeArgs>();
    auto* make = da.add_subcommand(
        "make-credentials",
        "Create a root/leaf key set, its certificate chain and DA_Config.obk (ST's layout)");
    make->add_option("--family", makeArgs->family,
                     "Family or part: h5, h7rs, stm32h52x-h53x, STM32H563ZI, ...")
        ->required();
    make->add_option("--permissions", makeArgs->permissions,
                     "Permission mask: hex (0x5077) or names (full-regression,debug-ns-l3)")
        ->required();
    make->add_option("--out", makeArgs->outDir,
                     "Folder for Keys/, Certificates/ and Binary/ (never overwritten)")
        ->required();
    make->add_flag("--intermediate", makeArgs->intermediate,
                   "Add an intermediate certificate between root and leaf, as ST's sample sets have");
    make->add_option("--obk-flag", makeArgs->obkFlag, "The .obk flag word (<DoEncryption>), default 1")
        ->check(CLI::Range(0, 1));
    make->callback([&state, makeArgs] {
        state.action = [makeArgs](CliOutput& out) { return makeCredentials(out, *makeArgs); };
    });
}

}  // namespace rescue::cli
