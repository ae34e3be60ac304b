#pragma once
// Makes a complete DA credential set the way ST's provisioning packages lay it out: a
// root / intermediate / leaf key set, the certificate chain files, and the DA .obk that
// provisions the root-key hash and permission mask (optionally the password method's
// password.bin and DA_ConfigWithPassword.obk too). Used by the virtual lab for its demo
// credentials and by `rescue da make-credentials`.

#include <filesystem>
#include <optional>
#include <vector>

#include "core/auth/certificate_chain.h"
#include "core/auth/keys.h"
#include "core/auth/obk_file.h"
#include "core/auth/random_source.h"
#include "core/auth/secret_bytes.h"
#include "core/auth/st_permissions.h"

namespace rescue::auth {

struct CredentialRequest {
    DaFamily family = DaFamily::Stm32H5;
    PermissionMask certificateMask;     // carried by every certificate
    PermissionMask obkMask;             // provisioned in DA_Config.obk
    int intermediates = 1;              // ST's sets have one
    std::uint32_t obkFlag = 1;          // <DoEncryption>
    std::optional<DaObkLayout> layout;  // default: daObkLayout(family)
    // Password method files, when set: password.bin and DA_ConfigWithPassword.obk, whose
    // permission field is passwordObkField (ST ships 0x5077 on H5 and 0 on H7RS).
    std::optional<SecretBytes> password;
    PermissionMask passwordObkField;
};

struct CredentialSet {
    DaFamily family = DaFamily::Stm32H5;
    std::vector<PrivateKey> keys;  // root, intermediate(s), leaf: keys[i] is certificate i's key
    CertificateChain chain;        // root first
    ObkFile daConfig;
    std::optional<SecretBytes> password;
    std::optional<ObkFile> passwordConfig;

    const PrivateKey& rootKey() const { return keys.front(); }
    const PrivateKey& leafKey() const { return keys.back(); }
};

// One certificate for `subject`, signed by `issuer` (pass the subject's own key for a root).
Certificate issueCertificate(CertificateRole role, const PermissionMask& mask, const PublicKey& subject,
                             const PrivateKey& issuer);

// Fresh keys from `random` (a seeded source gives the same set every time), then
// assembleCredentials().
Result<CredentialSet> generateCredentials(const CredentialRequest& request, RandomSource& random);
// Certificates and .obk files for existing keys (root first, `request.intermediates + 2`
// of them). Signatures are deterministic (RFC 6979): ST's demo keys and masks give ST's
// sample files byte for byte.
Result<CredentialSet> assembleCredentials(std::vector<PrivateKey> keys, const CredentialRequest& request);

// Writes ST's folder layout under `dir`:
//   Keys/key_1_root.pem, key_1_root_pub.pem, key_2_intermediate(.pem|_pub.pem), key_3_leaf(...)
//   Certificates/cert_root.b64, cert_intermediate.b64, cert_leaf.b64,
//                cert_intermediate_chain.b64, cert_leaf_chain.b64
//   Binary/DA_Config.obk (+ password.bin, DA_ConfigWithPassword.obk)
// Refuses to replace existing files unless `overwrite`: losing a provisioned root key
// means losing the board.
Status writeCredentialSet(const CredentialSet& set, const std::filesystem::path& dir, bool overwrite = false);

// ST's H503 password trio: da_password.bin (TLV), user_password.bin (raw) and
// board_password.bin (its SHA-256, what goes to OTP).
Status writePasswordTrio(ByteView password, const std::filesystem::path& dir, bool overwrite = false);

}  // namespace rescue::auth
