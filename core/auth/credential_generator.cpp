#include "core/auth/credential_generator.h"

#include <fmt/format.h>

#include "core/auth/file_io.h"
#include "core/auth/password.h"

namespace rescue::auth {

Certificate issueCertificate(CertificateRole role, const PermissionMask& mask, const PublicKey& subject,
                             const PrivateKey& issuer) {
    Certificate c;
    c.role = static_cast<std::uint8_t>(role);
    c.permissions = mask;
    c.publicKey = subject.raw();
    signCertificate(c, issuer);
    return c;
}

Result<CredentialSet> generateCredentials(const CredentialRequest& request, RandomSource& random) {
    if (request.intermediates < 0 || request.intermediates > 8)
        return makeError("da.credentials.intermediates",
                         fmt::format("{} intermediate certificates were asked for; 0 to 8 are supported.",
                                     request.intermediates));
    std::vector<PrivateKey> keys;
    for (int i = 0; i < request.intermediates + 2; ++i)
        keys.push_back(PrivateKey::generate(random));
    return assembleCredentials(std::move(keys), request);
}

Result<CredentialSet> assembleCredentials(std::vector<PrivateKey> keys, const CredentialRequest& request) {
    if (request.intermediates < 0 || keys.size() != static_cast<std::size_t>(request.intermediates) + 2)
        return makeError(
            "da.credentials.intermediates",
            fmt::format("{} keys were given for a chain with {} intermediate certificate(s); it needs "
                        "a root, the intermediates and a leaf.",
                        keys.size(), request.intermediates));
    if (request.certificateMask.empty())
        return makeError("da.credentials.empty-mask",
                         "The certificate permission mask is empty; nothing could be "
                         "granted with these credentials.");
    const DaObkLayout layout = request.layout.value_or(daObkLayout(request.family));

    CredentialSet set;
    set.family = request.family;
    set.keys = std::move(keys);
    const std::size_t count = set.keys.size();
    for (std::size_t i = 0; i < count; ++i) {
        const CertificateRole role = i == 0           ? CertificateRole::Root
                                     : i == count - 1 ? CertificateRole::Leaf
                                                      : CertificateRole::Intermediate;
        const PrivateKey& issuer = set.keys[i == 0 ? 0 : i - 1];
        set.chain.certificates.push_back(
            issueCertificate(role, request.certificateMask, set.keys[i].publicKey(), issuer));
    }

    auto daConfig =
        buildDaConfiguration(layout.certificateDestination, request.obkFlag, set.rootKey().fingerprint(),
                             request.obkMask, layout.permissionWidth);
    if (!daConfig)
        return std::move(daConfig).error();
    set.daConfig = std::move(*daConfig);

    if (request.password) {
        if (request.password->empty())
            return makeError("da.password.empty", "The password for the password method is empty.");
        auto pwConfig = buildDaConfiguration(layout.passwordDestination, request.obkFlag,
                                             passwordHash(request.password->view()), request.passwordObkField,
                                             layout.permissionWidth);
        if (!pwConfig)
            return std::move(pwConfig).error();
        set.password = request.password;
        set.passwordConfig = std::move(*pwConfig);
    }
    return set;
}

namespace {

struct PlannedFile {
    std::filesystem::path path;
    Bytes content;       // public content
    SecretBytes secret;  // or secret content
    bool isSecret = false;
};

Bytes textBytes(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

Status writeAll(const std::vector<PlannedFile>& files, bool overwrite) {
    if (!overwrite) {
        for (const auto& f : files) {
            std::error_code ec;
            if (std::filesystem::exists(f.path, ec))
                return makeError("da.credentials.exists",
                                 fmt::format("{} already exists; credentials are never overwritten silently.",
                                             f.path.string()),
                                 "Choose an empty folder, or move the old files away first.");
        }
    }
    for (const auto& f : files) {
        const Status s =
            f.isSecret ? writeSecretFile(f.path, f.secret.view()) : writeCredentialFile(f.path, f.content);
        if (!s)
            return s;
    }
    return {};
}

std::string roleFileStem(std::size_t index, std::size_t count) {
    if (index == 0)
        return "root";
    if (index + 1 == count)
        return "leaf";
    return count == 3 ? "intermediate" : fmt::format("intermediate_{}", index);
}

}  // namespace

Status writeCredentialSet(const CredentialSet& set, const std::filesystem::path& dir, bool overwrite) {
    std::vector<PlannedFile> files;
    const std::size_t count = set.keys.size();
    const auto keys = dir / "Keys";
    const auto certs = dir / "Certificates";
    const auto binary = dir / "Binary";
    CertificateChain prefix;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string stem = roleFileStem(i, count);
        const std::string keyStem = fmt::format("key_{}_{}", i + 1, stem);
        files.push_back({keys / (keyStem + ".pem"), {}, set.keys[i].toPkcs8Pem(), true});
        files.push_back(
            {keys / (keyStem + "_pub.pem"), textBytes(set.keys[i].publicKey().toSpkiPem()), {}, false});
        const Certificate& c = set.chain.certificates[i];
        files.push_back(
            {certs / ("cert_" + stem + ".b64"), textBytes(chainToBase64(CertificateChain{{c}})), {}, false});
        prefix.certificates.push_back(c);
        if (i > 0)
            files.push_back(
                {certs / ("cert_" + stem + "_chain.b64"), textBytes(chainToBase64(prefix)), {}, false});
    }
    files.push_back({binary / "DA_Config.obk", serializeObkFile(set.daConfig), {}, false});
    if (set.password && set.passwordConfig) {
        files.push_back({binary / "password.bin", {}, passwordFileBytes(set.password->view()), true});
        files.push_back(
            {binary / "DA_ConfigWithPassword.obk", serializeObkFile(*set.passwordConfig), {}, false});
    }
    return writeAll(files, overwrite);
}

Status writePasswordTrio(ByteView password, const std::filesystem::path& dir, bool overwrite) {
    if (password.empty())
        return makeError("da.password.empty", "The password is empty.");
    const Sha256Digest hash = passwordHash(password);
    std::vector<PlannedFile> files;
    files.push_back({dir / "da_password.bin", {}, passwordFileBytes(password), true});
    files.push_back({dir / "user_password.bin", {}, SecretBytes(password), true});
    files.push_back({dir / "board_password.bin", Bytes(hash.begin(), hash.end()), {}, false});
    return writeAll(files, overwrite);
}

}  // namespace rescue::auth
