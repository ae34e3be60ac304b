#include "app/cli/cli_credentials.h"

#include "core/auth/certificate_chain.h"
#include "core/auth/keys.h"
#include "core/auth/password.h"

namespace rescue::cli {

std::optional<CliCredentials> loadCliCredentials(CliOutput& out, const std::string& keyFile,
                                                 const std::string& chainFile,
                                                 const std::string& passwordFile) {
    CliCredentials credentials;
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
        auto key = auth::PrivateKey::loadFile(keyFile);
        if (!key) {
            out.fail(key.error());
            return std::nullopt;
        }
        credentials.certificate =
            auth::CertificateCredentials{chain->chain, std::make_shared<auth::PrivateKey>(std::move(*key))};
    }
    if (!passwordFile.empty()) {
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
