#include "app/cli/cli_credentials.h"

#include <algorithm>

#include "app/cli/passphrase_prompt.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/file_io.h"
#include "core/auth/keys.h"
#include "core/auth/password.h"

namespace rescue::cli {

void warnIfOthersCanRead(CliOutput& out, const std::filesystem::path& secretFile) {
    if (auto warning = auth::secretFilePermissionWarning(secretFile))
        out.warnOnce(std::filesystem::absolute(secretFile).lexically_normal().string(), *warning);
}

std::optional<CliCredentials> loadCliCredentials(CliOutput& out, const std::string& keyFile,
                                                 const std::string& chainFile,
                                                 const std::string& passwordFile,
                                                 const std::string& passphraseFile) {
    CliCredentials credentials;
    if (!passphraseFile.empty() && keyFile.empty()) {
        out.fail(makeError("cli.usage",
                           "--passphrase-file is for an encrypted --key, and no --key was given.",
                           "Give the encrypted leaf key with --key, or leave --passphrase-file out."));
        return std::nullopt;
    }
    if (!passphraseFile.empty()) {
        // Read once here so a missing file is the person's input error, named as such.
        auto bytes = auth::readCredentialFile(passphraseFile);
        if (!bytes) {
            Error e = std::move(bytes).error();
            e.with("option", "--passphrase-file");
            out.fail(e);
            return std::nullopt;
        }
        std::fill(bytes->begin(), bytes->end(), 0);
        warnIfOthersCanRead(out, passphraseFile);
    }
    if (!keyFile.empty() || !chainFile.empty()) {
        if (keyFile.empty() || chainFile.empty()) {
            out.fail(makeError("cli.usage", "The certificate method needs both --key and --cert.",
                               "Give the leaf key (key_3_leaf.pem) and the chain (cert_leaf_chain.b64)."));
            return std::nullopt;
        }
        auto chain = auth::loadChainFile(chainFile);
        if (!chain) {
            out.fail(chain.error());
            return std::nullopt;
        }
        warnIfOthersCanRead(out, keyFile);
        auto key = auth::PrivateKey::loadFile(
            keyFile, passphraseProvider(passphraseFile.empty()
                                            ? std::nullopt
                                            : std::optional<std::filesystem::path>(passphraseFile)));
        if (!key) {
            out.fail(key.error());
            return std::nullopt;
        }
        credentials.certificate =
            auth::CertificateCredentials{chain->chain, std::make_shared<auth::PrivateKey>(std::move(*key))};
    }
    if (!passwordFile.empty()) {
        warnIfOthersCanRead(out, passwordFile);
        auto pw = auth::loadPasswordFile(passwordFile);
        if (!pw) {
            out.fail(pw.error());
            return std::nullopt;
        }
        credentials.password = auth::PasswordCredentials{pw->password};
    }
    return credentials;
}

}  // namespace rescue::cli
