#pragma once
// Shared helpers for the auth suites: where ST's sample files are, reading them, and
// printing byte values in failure messages. Key material is only ever compared through
// fingerprints (SHA-256 of the public key) or hashes, so no failing test prints a secret.

#include <QString>
#include <QTest>

#include <filesystem>
#include <optional>
#include <string>

#include "core/auth/file_io.h"
#include "core/auth/keys.h"
#include "core/auth/sha256.h"
#include "core/common/bytes.h"

namespace authtest {

inline std::filesystem::path testdata() {
    return std::filesystem::path(RESCUE_TESTDATA_DIR);
}

inline bool haveSet(const std::string& set) {
    return std::filesystem::is_directory(testdata() / set);
}

inline QString skipReason(const std::string& set) {
    return QStringLiteral(
               "sample set %1 not found under %2 (ST's and Arm's DA files are not shipped with the "
               "repository)")
        .arg(QString::fromStdString(set), QString::fromStdString(testdata().string()));
}

#define AUTH_REQUIRE_SET(set)                             \
    do {                                                  \
        if (!authtest::haveSet(set))                      \
            QSKIP(qPrintable(authtest::skipReason(set))); \
    } while (false)

inline rescue::Bytes readOrEmpty(const std::filesystem::path& p) {
    auto r = rescue::auth::readCredentialFile(p);
    return r ? *r : rescue::Bytes{};
}

inline std::string textOf(const rescue::Bytes& b) {
    return std::string(b.begin(), b.end());
}

inline QString hex(rescue::ByteView b) {
    return QString::fromStdString(rescue::toHex(b));
}
inline QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
inline QString fingerprint(const rescue::auth::PublicKey& k) {
    return qs(k.fingerprintHex());
}
inline QString fingerprint(const rescue::auth::PrivateKey& k) {
    return fingerprint(k.publicKey());
}
inline QString digest(rescue::ByteView b) {
    return qs(rescue::toHex(rescue::auth::sha256(b)));
}

inline rescue::Bytes fromHexOrDie(const char* text) {
    return rescue::fromHex(text).value();
}

}  // namespace authtest
