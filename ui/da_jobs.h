#pragma once
// The DA panel's work: plain C++ over core/auth, no Qt, so the session jobs run on the engine's
// "probes" worker (beside the device panel's, on the same ProbeWorkspace and registry) and
// tests can call them directly.
//
// Secrets: keys and passwords are loaded by the panel before a job is submitted and travel
// into it as core values; the job registers the password on the engine's redactor while it
// runs, and logs neither. A key's passphrase never reaches the engine at all.
//
// Progress: every DaProgress of the session becomes one DA log line (what a person reads in
// the log) whose fields carry the step, so the panel follows the steps live from the log
// stream: {"da_step": "await-opening", "title", "phase": "started|done|failed", "detail",
// "elapsed_ms", "round_trips"}.

#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/auth/credential_check.h"
#include "core/auth/da_session.h"
#include "core/engine/engine.h"
#include "ui/probe_jobs.h"

namespace rescue::ui {

// Which files the person chose; which of them count depends on the method.
struct DaCredentialFiles {
    enum class Method { Certificate, Password };
    Method method = Method::Certificate;
    std::string keyFile;       // leaf private key (PEM/DER, PKCS#8 or SEC1, maybe encrypted)
    std::string chainFile;     // certificate chain, root first (.b64, PEM chain)
    std::string passwordFile;  // password.bin (0x8000 TLV) or a raw password file
};

// Loads the credentials of the chosen method; an unreadable file is its loader's error.
// `passphrase` is asked only for an encrypted key.
Result<auth::DaCredentials> loadDaCredentials(const DaCredentialFiles& files,
                                              const auth::PassphraseProvider& passphrase);

// Offline check before a board is touched (`rescue da verify`). `family` and `permissionBit`
// come from the last discovery when there is one.
struct DaVerifyResult {
    std::optional<Error> inputError;  // a file could not be read: nothing was checked
    auth::CredentialCheckReport report;
};
DaVerifyResult verifyDaCredentials(const DaCredentialFiles& files, const auth::PassphraseProvider& passphrase,
                                   std::optional<auth::DaFamily> family, std::optional<int> permissionBit);

// Opens the DA channel (one reset) and runs the discovery. Result:
// {"probe", "family" (catalog name), "da_family" ("h5" | "h7rs" | ""),
//  "discovery": {"lines": [{"label","value","text"}], "raw",
//                "offered": [{"bit","id","label","consequence"}], "listed_by_chip"},
//  where "offered" holds the family's permissions when the chip lists none (listed_by_chip
//  false: password chips list nothing and still grant what they were provisioned for),
//  "round_trips", "elapsed_ms", "lab"}.
engine::JobFunction makeDaDiscoverJob(std::shared_ptr<ProbeWorkspace> workspace, std::string uri);

struct DaAuthRequest {
    std::string uri;
    int permissionBit = 14;
    auth::DaCredentials credentials;
};
// Discovery and authentication in one reset, then the grant followed to its end. Result: the
// discovery's fields and {"method", "requested", "consequence", "state_before", "state_after",
// "ap1_open", "notes"}. A failure is the session's error, whose first evidence is its step.
engine::JobFunction makeDaAuthJob(std::shared_ptr<ProbeWorkspace> workspace, DaAuthRequest request);

// The short family name used in job results ("h5", "h7rs").
std::string daFamilyId(auth::DaFamily family);

}  // namespace rescue::ui
