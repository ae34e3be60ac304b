#pragma once
// Offline verification of a DA credential set before a board is touched (`rescue da verify`,
// the GUI's verify panel): every certificate decoded for display, the chain checked as a
// device would (chain_validation.h), the private key against the leaf, the root key against
// the .obk, the requested permission against every mask, and the .obk and ST's XML against
// each other. The result is a list of findings, each one sentence with a hint and evidence,
// graded error (the device would refuse), warning (probably not what was meant) or info
// (shown so the person sees what was and was not checked). Nothing secret is in a finding:
// keys appear only as fingerprints, passwords only as hashes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/auth/certificate_chain.h"
#include "core/auth/da_config_xml.h"
#include "core/auth/keys.h"
#include "core/auth/obk_file.h"
#include "core/auth/permission_mask.h"
#include "core/auth/st_permissions.h"
#include "core/common/error.h"

namespace rescue::auth {

enum class Severity { Info, Warning, Error };
std::string_view severityName(Severity severity);  // "info", "warning", "error"

struct Finding {
    Severity severity = Severity::Error;
    Error error;                             // code, one sentence, evidence, hint
    std::optional<std::size_t> certificate;  // 0 = root, when the finding is about one certificate
};

struct DisplayField {
    std::string label;
    std::string value;
};

struct CertificateDisplay {
    std::size_t index = 0;
    std::string role;
    std::vector<DisplayField> fields;
};

struct CredentialCheckInput {
    std::optional<CertificateChain> chain;
    std::optional<PublicKey> signingKey;  // the public half of the private key given
    std::optional<ObkFile> obk;
    std::optional<DaConfigXml> xml;
    std::optional<PublicKey> xmlRootKey;  // the key file the XML names, when it could be read
    // Password method: SHA-256 of the password (never the password), compared with the .obk.
    std::optional<Sha256Digest> passwordHash;
    std::optional<PermissionMask> requested;
    std::string requestedName;       // as the person wrote it ("full-regression", "14")
    std::optional<DaFamily> family;  // for permission names and destinations; else from the .obk
};

struct CredentialCheckReport {
    std::optional<DaFamily> family;
    std::vector<CertificateDisplay> certificates;
    std::vector<DisplayField> obk;
    std::vector<Finding> findings;
    std::optional<PermissionMask> effective;  // AND of every mask, when there is a chain

    bool hasErrors() const;
    const Finding* find(std::string_view code) const;
};

CredentialCheckReport checkCredentials(const CredentialCheckInput& input);

// "0x5077 (Full Regression, Partial Regression, ...)", names from `family` when known.
std::string describePermissions(const PermissionMask& mask, std::optional<DaFamily> family);
CertificateDisplay describeCertificate(const Certificate& certificate, std::size_t index,
                                       std::optional<DaFamily> family);

}  // namespace rescue::auth
