// Offline credential check (core/auth/credential_check.h), key formats (PKCS#8, SEC1,
// encrypted PKCS#8, OpenSSL legacy PEM) and ST's DA_Config.xml. ST's samples all pass; a
// changed byte anywhere in a chain, an .obk or a key gives the finding that names it.
// ST's files are read from the shared testdata folder at run time (never copied here); the
// suites skip with the reason when it is absent. No secret is ever printed: keys are compared
// through fingerprints, and failure messages show codes and sentences only.

#include <QByteArray>
#include <QTest>

#include <functional>
#include <set>

#include "auth_test_support.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/credential_check.h"
#include "core/auth/da_config_xml.h"
#include "core/auth/obk_file.h"
#include "core/auth/password.h"
#include "core/auth/tlv.h"

using namespace rescue;
using namespace rescue::auth;
using authtest::qs;
namespace fs = std::filesystem;

namespace {

QString codes(const CredentialCheckReport& r, bool errorsOnly = false) {
    QStringList l;
    for (const auto& f : r.findings)
        if (!errorsOnly || f.severity == Severity::Error)
            l << qs(std::string(severityName(f.severity)) + ":" + f.error.code);
    return l.join(", ");
}

bool hasCode(const CredentialCheckReport& r, const std::string& code) {
    return r.find(code) != nullptr;
}

PermissionMask bit(int b) {
    PermissionMask m;
    m.set(b);
    return m;
}

// Everything a full check of one ST set needs, loaded once per test.
struct StSet {
    fs::path dir;
    DaFamily family = DaFamily::Stm32H5;
    Bytes chainBytes;  // cert_leaf_chain.b64 decoded
    Bytes obkBytes;
    std::optional<PublicKey> leaf;

    static StSet load(const std::string& name, DaFamily family) {
        StSet s;
        s.dir = authtest::testdata() / name;
        s.family = family;
        s.chainBytes = chainToBytes(loadChainFile(s.dir / "Certificates/cert_leaf_chain.b64").value().chain);
        s.obkBytes = authtest::readOrEmpty(s.dir / "Binary/DA_Config.obk");
        s.leaf = PrivateKey::loadFile(s.dir / "Keys/key_3_leaf.pem").value().publicKey();
        return s;
    }

    // Parse failures are findings too (what `rescue da verify` reports before anything else).
    std::set<std::string> check(const Bytes& chain, const Bytes& obk, std::string* sentence = nullptr) const {
        auto parsedChain = parseChainBytes(chain);
        if (!parsedChain)
            return {parsedChain.error().code};
        auto parsedObk = parseObkFile(obk);
        if (!parsedObk)
            return {parsedObk.error().code};
        CredentialCheckInput in;
        in.chain = *parsedChain;
        in.obk = *parsedObk;
        in.signingKey = leaf;
        in.requested = bit(14);
        in.family = family;
        const CredentialCheckReport r = checkCredentials(in);
        std::set<std::string> out;
        for (const auto& f : r.findings)
            if (f.severity != Severity::Info)
                out.insert(f.error.code);
        if (sentence)
            *sentence = codes(r).toStdString();
        return out;
    }
};

void addStSets() {
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("family");
    QTest::newRow("st-da-h7rs") << "st-da-h7rs" << int(DaFamily::Stm32H7rs);
    QTest::newRow("st-da-h5") << "st-da-h5" << int(DaFamily::Stm32H5);
    QTest::newRow("st-da-h533") << "st-da-h533" << int(DaFamily::Stm32H5);
}

// The DER inside a PEM file (PEM text is base64 between the armour lines).
QByteArray pemBody(const Bytes& pem) {
    QList<QByteArray> lines =
        QByteArray(reinterpret_cast<const char*>(pem.data()), qsizetype(pem.size())).split('\n');
    QByteArray b64;
    for (const auto& l : lines)
        if (!l.startsWith("-----") && !l.contains(':'))
            b64 += l.trimmed();
    return QByteArray::fromBase64(b64);
}

Bytes toPem(const QByteArray& der, const char* label, const QByteArray& headers = {}) {
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n" + headers;
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + "\n";
    out += QByteArray("-----END ") + label + "-----\n";
    return Bytes(out.begin(), out.end());
}

Bytes toBytes(const QByteArray& a) {
    return Bytes(a.begin(), a.end());
}

// ST's PKCS#8 files (138 bytes DER) carry ECPrivateKey {1, d, [1] public key} at offset 29;
// that is SEC1 without curve parameters. OpenSSL's SEC1 adds [0] prime256v1 after d.
QByteArray sec1FromStPkcs8(const QByteArray& pkcs8, bool withCurve) {
    QByteArray sec1 = pkcs8.mid(29);
    if (!withCurve)
        return sec1;
    const QByteArray curve = QByteArray::fromHex("a00a06082a8648ce3d030107");
    sec1.insert(2 + 3 + 2 + 32, curve);
    sec1[1] = char(quint8(sec1[1]) + curve.size());
    return sec1;
}

}  // namespace

class TestAuthCredentialCheck : public QObject {
    Q_OBJECT

private slots:
    // ---- ST's samples pass -------------------------------------------------------------

    void stSamplesPass_data() { addStSets(); }
    void stSamplesPass() {
        QFETCH(QString, set);
        QFETCH(int, family);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path dir = authtest::testdata() / set.toStdString();
        CredentialCheckInput in;
        in.chain = loadChainFile(dir / "Certificates/cert_leaf_chain.b64").value().chain;
        in.signingKey = PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem").value().publicKey();
        in.obk = loadObkFile(dir / "Binary/DA_Config.obk").value();
        in.xml = loadDaConfigXml(dir / "Config/DA_Config.xml").value();
        in.xmlRootKey = PublicKey::loadFile(dir / "Keys/key_1_root_pub.pem").value();
        in.requested = bit(14);
        in.requestedName = "full-regression";
        const CredentialCheckReport r = checkCredentials(in);
        QVERIFY2(!r.hasErrors(), qPrintable(codes(r)));
        for (const auto& f : r.findings)
            QVERIFY2(f.severity == Severity::Info, qPrintable(codes(r)));
        // Without --family the family comes from the .obk destination.
        QVERIFY(r.family == DaFamily(family));
        QCOMPARE(int(r.certificates.size()), 3);
        QCOMPARE(qs(r.certificates[0].role), QStringLiteral("root"));
        QCOMPARE(qs(r.certificates[2].role), QStringLiteral("leaf"));
        QVERIFY(r.effective && r.effective->test(14));
        // Every decoded field is there for display, the signature included.
        QStringList labels;
        for (const auto& f : r.certificates[1].fields)
            labels << qs(f.label);
        for (const char* l : {"Format version", "Role", "Usage", "Lifecycle", "SoC class", "SoC ID",
                              "Permissions", "Public key", "Extensions", "Signature"})
            QVERIFY2(labels.contains(QString::fromLatin1(l)), qPrintable(labels.join(", ")));
        QCOMPARE(qs(r.certificates[1].fields.back().value),
                 QStringLiteral("verified with the previous certificate's key"));
        // H7RS: bit 12 is in the certificates but not in the .obk; shown, not an error.
        QCOMPARE(hasCode(r, "da.permission.obk-narrower"), DaFamily(family) == DaFamily::Stm32H7rs);
    }

    void otherStFilesPass() {
        AUTH_REQUIRE_SET("st-da-h533");
        const fs::path dir = authtest::testdata() / "st-da-h533";
        // A root-only bare certificate signs its own token: the root key is the signing key.
        CredentialCheckInput in;
        in.chain = loadChainFile(dir / "Certificates/cert_root.cert").value().chain;
        in.signingKey = PrivateKey::loadFile(dir / "Keys/key_1_root.pem").value().publicKey();
        in.obk = loadObkFile(dir / "Binary/DA_Config.obk").value();
        in.requested = bit(14);
        const CredentialCheckReport r = checkCredentials(in);
        QVERIFY2(!r.hasErrors(), qPrintable(codes(r)));
    }

    void adacRsChainPasses() {
        AUTH_REQUIRE_SET("adac-rs");
        const fs::path dir = authtest::testdata() / "adac-rs";
        CredentialCheckInput in;
        in.chain = loadChainFile(dir / "chains/chain.EcdsaP256").value().chain;
        in.signingKey = PrivateKey::loadFile(dir / "keys/EcdsaP256Key-3.pk8").value().publicKey();
        const CredentialCheckReport r = checkCredentials(in);
        QVERIFY2(!r.hasErrors(), qPrintable(codes(r)));
        QVERIFY(hasCode(r, "da.obk.not-given"));
        QVERIFY(hasCode(r, "da.permission.not-given"));
        // adac-rs scopes its chain to SoC class 0x12345678: shown, and flagged for an ST family.
        QVERIFY(hasCode(r, "da.cert.scope-soc-class"));
        in.family = DaFamily::Stm32H5;
        QVERIFY(hasCode(checkCredentials(in), "da.cert.soc-class-family"));
    }

    // ---- permissions -----------------------------------------------------------------------

    void requestedPermission_data() {
        QTest::addColumn<int>("requestBit");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("missingIn");
        QTest::newRow("full regression (bit 14) is granted") << 14 << QString() << QString();
        QTest::newRow("bit 12: certificates only, not the .obk") << 12 << "da.permission.not-granted"
                                                                 << "the .obk";
        QTest::newRow("bit 3: nowhere")
            << 3 << "da.permission.not-granted"
            << "certificate 1 (root), certificate 2 (intermediate), certificate 3 (leaf), the .obk";
        QTest::newRow("forced download (bit 127) is granted") << 127 << QString() << QString();
    }
    void requestedPermission() {
        QFETCH(int, requestBit);
        QFETCH(QString, code);
        QFETCH(QString, missingIn);
        AUTH_REQUIRE_SET("st-da-h7rs");
        const fs::path dir = authtest::testdata() / "st-da-h7rs";
        CredentialCheckInput in;
        in.chain = loadChainFile(dir / "Certificates/cert_leaf_chain.b64").value().chain;
        in.obk = loadObkFile(dir / "Binary/DA_Config.obk").value();
        in.requested = bit(requestBit);
        const CredentialCheckReport r = checkCredentials(in);
        if (code.isEmpty()) {
            QVERIFY2(!r.hasErrors(), qPrintable(codes(r)));
            return;
        }
        const Finding* f = r.find(code.toStdString());
        QVERIFY2(f, qPrintable(codes(r)));
        QVERIFY(f->severity == Severity::Error);
        QString where;
        for (const auto& e : f->error.evidence)
            if (e.name == "missing in")
                where = qs(e.value);
        QCOMPARE(where, missingIn);
    }

    // ---- every byte of a chain -------------------------------------------------------------
    // One row per field of each certificate; inside a row every byte of the field is changed
    // (bit 0 flipped), so all 660 bytes of ST's leaf chain are covered. Expected findings:
    //  - TLV header: the record no longer reads as a certificate (parse codes);
    //  - version major: da.cert.version; key/signature type: da.cert.cryptosystem;
    //  - extensions_bytes: the size no longer matches (da.cert.size);
    //  - role: the order rules (root 1->0 unknown role, intermediate 2->3 a leaf too early,
    //    leaf 3->2 the chain ends on an intermediate);
    //  - public key: not a P-256 point (a flipped coordinate is off the curve);
    //  - every other signed byte and the signature itself: da.cert.signature.
    void everyChainByte_data() {
        QTest::addColumn<int>("certificate");
        QTest::addColumn<int>("from");  // offset inside the 220-byte TLV
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("expected");  // any of these codes names the damage
        struct Field {
            const char* name;
            int from, to;
            QStringList codes;
        };
        const QStringList sig{"da.cert.signature"};
        const QList<Field> fields{
            {"TLV reserved", 0, 2, {"da.tlv.reserved"}},
            {"TLV type", 2, 4, {"da.chain.not-a-certificate"}},
            {"TLV length",
             4,
             8,
             {"da.tlv.truncated", "da.cert.size", "da.tlv.reserved", "da.tlv.trailing-bytes"}},
            {"version major", 8, 9, {"da.cert.version"}},
            {"version minor", 9, 10, sig},
            {"signature type", 10, 11, {"da.cert.cryptosystem"}},
            {"key type", 11, 12, {"da.cert.cryptosystem"}},
            {"usage", 13, 14, sig},
            {"reserved", 14, 16, {"da.cert.reserved"}},
            {"lifecycle", 16, 18, sig},
            {"oem constraint", 18, 20, sig},
            {"extensions_bytes", 20, 24, {"da.cert.size"}},
            {"soc class", 24, 28, sig},
            {"soc id", 28, 44, sig},
            {"permissions", 44, 60, sig},
            {"public key", 60, 124, {"da.cert.public-key"}},
            {"extensions hash", 124, 156, sig},
            {"signature", 156, 220, sig},
        };
        const char* roles[] = {"root", "intermediate", "leaf"};
        const QStringList roleCodes[] = {
            {"da.cert.role"}, {"da.chain.order"}, {"da.chain.ends-on-intermediate"}};
        for (int c = 0; c < 3; ++c) {
            for (const auto& f : fields)
                QTest::addRow("%s: %s", roles[c], f.name) << c << f.from << f.to << f.codes;
            QTest::addRow("%s: role", roles[c]) << c << 12 << 13 << roleCodes[c];
        }
    }
    void everyChainByte() {
        QFETCH(int, certificate);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, expected);
        AUTH_REQUIRE_SET("st-da-h7rs");
        const StSet s = StSet::load("st-da-h7rs", DaFamily::Stm32H7rs);
        QVERIFY(s.check(s.chainBytes, s.obkBytes).empty());
        for (int offset = from; offset < to; ++offset) {
            Bytes changed = s.chainBytes;
            changed[std::size_t(certificate * 220 + offset)] ^= 0x01;
            std::string all;
            const auto found = s.check(changed, s.obkBytes, &all);
            const bool named = std::any_of(expected.begin(), expected.end(), [&](const QString& c) {
                return found.count(c.toStdString()) > 0;
            });
            QVERIFY2(named, qPrintable(QStringLiteral("byte %1 of certificate %2: expected one of %3, got %4")
                                           .arg(offset)
                                           .arg(certificate + 1)
                                           .arg(expected.join("/"), qs(all))));
        }
    }

    // ---- every byte of an .obk -------------------------------------------------------------
    // Straight corruption: header fields are judged on their own, any payload byte breaks the
    // integrity hash. "Re-hashed" rows change the data and fix the hash, as a tool that
    // rebuilt the file from a wrong input would: then the root hash, the mask and the zero
    // tail are judged against the chain and the request.
    void everyObkByte_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<quint8>("flip");
        QTest::addColumn<bool>("rehash");
        QTest::addColumn<QString>("expected");  // empty: no warning or error at all
        QTest::newRow("destination") << 0 << 4 << quint8(0x01) << false << "da.obk.destination";
        QTest::newRow("payload length") << 4 << 8 << quint8(0x01) << false << "da.obk.length";
        QTest::newRow("flag 1 -> 0 (DoEncryption off: legal)") << 8 << 9 << quint8(0x01) << false << "";
        QTest::newRow("flag high bytes") << 9 << 12 << quint8(0x01) << false << "da.obk.flag";
        QTest::newRow("integrity hash") << 12 << 44 << quint8(0x01) << false << "da.obk.integrity";
        QTest::newRow("root key hash") << 44 << 76 << quint8(0x01) << false << "da.obk.integrity";
        QTest::newRow("permissions") << 76 << 92 << quint8(0x01) << false << "da.obk.integrity";
        QTest::newRow("zero tail") << 92 << 108 << quint8(0x01) << false << "da.obk.integrity";
        QTest::newRow("re-hashed root key hash")
            << 44 << 76 << quint8(0x01) << true << "da.cert.root-hash-mismatch";
        QTest::newRow("re-hashed: full regression bit removed")
            << 77 << 78 << quint8(0x40) << true << "da.permission.not-granted";
        QTest::newRow("re-hashed zero tail") << 92 << 108 << quint8(0x01) << true << "da.obk.reserved";
    }
    void everyObkByte() {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(quint8, flip);
        QFETCH(bool, rehash);
        QFETCH(QString, expected);
        AUTH_REQUIRE_SET("st-da-h7rs");
        const StSet s = StSet::load("st-da-h7rs", DaFamily::Stm32H7rs);
        for (int offset = from; offset < to; ++offset) {
            Bytes changed = s.obkBytes;
            changed[std::size_t(offset)] ^= flip;
            if (rehash) {
                const Sha256Digest h = sha256(ByteView(changed).subspan(44));
                std::copy(h.begin(), h.end(), changed.begin() + 12);
            }
            std::string all;
            const auto found = s.check(s.chainBytes, changed, &all);
            if (expected.isEmpty())
                QVERIFY2(found.empty(), qPrintable(QStringLiteral("byte %1: %2").arg(offset).arg(qs(all))));
            else
                QVERIFY2(
                    found.count(expected.toStdString()),
                    qPrintable(
                        QStringLiteral("byte %1: expected %2, got %3").arg(offset).arg(expected, qs(all))));
        }
    }

    // ---- keys --------------------------------------------------------------------------------
    // ST's leaf key in every form a person may hold it; each loads to the same key.
    void keyFormats_data() {
        QTest::addColumn<QString>("form");
        QTest::newRow("PKCS#8 PEM (ST)") << "pkcs8-pem";
        QTest::newRow("PKCS#8 DER") << "pkcs8-der";
        QTest::newRow("SEC1 PEM with curve") << "sec1-curve";
        QTest::newRow("SEC1 PEM without curve") << "sec1-bare";
        QTest::newRow("SEC1 DER") << "sec1-der";
    }
    void keyFormats() {
        QFETCH(QString, form);
        AUTH_REQUIRE_SET("st-da-h7rs");
        const fs::path file = authtest::testdata() / "st-da-h7rs/Keys/key_3_leaf.pem";
        const Bytes pem = authtest::readOrEmpty(file);
        const QByteArray der = pemBody(pem);
        QCOMPARE(int(der.size()), 138);
        Bytes input;
        if (form == "pkcs8-pem")
            input = pem;
        else if (form == "pkcs8-der")
            input = toBytes(der);
        else if (form == "sec1-curve")
            input = toPem(sec1FromStPkcs8(der, true), "EC PRIVATE KEY");
        else if (form == "sec1-bare")
            input = toPem(sec1FromStPkcs8(der, false), "EC PRIVATE KEY");
        else
            input = toBytes(sec1FromStPkcs8(der, true));
        auto key = PrivateKey::parse(input);
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().describe().c_str());
        QCOMPARE(
            authtest::fingerprint(*key),
            authtest::fingerprint(
                PublicKey::loadFile(authtest::testdata() / "st-da-h7rs/Keys/key_3_leaf_pub.pem").value()));
    }

    void sec1OnAnotherCurveIsRefused() {
        AUTH_REQUIRE_SET("st-da-h7rs");
        QByteArray sec1 = sec1FromStPkcs8(
            pemBody(authtest::readOrEmpty(authtest::testdata() / "st-da-h7rs/Keys/key_3_leaf.pem")), true);
        const qsizetype at = sec1.indexOf(QByteArray::fromHex("2a8648ce3d030107"));
        QVERIFY(at > 0);
        sec1.replace(at, 8, QByteArray::fromHex("2a8648ce3d030106"));  // prime239v3
        auto key = PrivateKey::parse(toPem(sec1, "EC PRIVATE KEY"));
        QVERIFY(!key.ok());
        QCOMPARE(qs(key.error().code), QStringLiteral("da.key.not-p256"));
    }

    // OpenSSL's legacy encryption is refused before any decryption, with the exact command.
    void legacyEncryptedPemIsRefusedWithTheCommand() {
        const QByteArray headers =
            "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n\n";
        const Bytes legacy = toPem(QByteArray(121, 'x'), "EC PRIVATE KEY", headers);
        QVERIFY(detectPrivateKeyFormat(legacy) == PrivateKeyFormat::LegacyEncryptedPem);
        auto key = PrivateKey::parse(legacy, {}, "board/key_3_leaf.pem");
        QVERIFY(!key.ok());
        QCOMPARE(qs(key.error().code), QStringLiteral("da.key.legacy-encrypted"));
        QVERIFY2(key.error().hint.find("openssl pkcs8 -topk8 -v2 aes-256-cbc -in board/key_3_leaf.pem -out "
                                       "board/key_3_leaf_pkcs8.pem") != std::string::npos,
                 key.error().hint.c_str());
    }

    void encryptedKeyWithoutPassphrase() {
        const Bytes encrypted = toPem(QByteArray(200, '\x30'), "ENCRYPTED PRIVATE KEY");
        auto key = PrivateKey::parse(encrypted);
        QVERIFY(!key.ok());
        QCOMPARE(qs(key.error().code), QStringLiteral("da.key.passphrase-needed"));
        // The person declined the prompt: the same finding, not a crash.
        int asked = 0;
        auto declined = PrivateKey::parse(encrypted, [&](const std::string&) {
            ++asked;
            return std::optional<SecretBytes>();
        });
        QCOMPARE(asked, 1);
        QCOMPARE(qs(declined.error().code), QStringLiteral("da.key.passphrase-needed"));
    }

    void wrongFilesForAKey_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("public key") << "Keys/key_3_leaf_pub.pem"
                                    << "da.key.public-not-private";
        QTest::newRow("certificate chain") << "Certificates/cert_leaf_chain.b64"
                                           << "da.key.unreadable";
        QTest::newRow("obk") << "Binary/DA_Config.obk"
                             << "da.key.unreadable";
    }
    void wrongFilesForAKey() {
        QFETCH(QString, file);
        QFETCH(QString, code);
        AUTH_REQUIRE_SET("st-da-h7rs");
        auto key = PrivateKey::loadFile(authtest::testdata() / "st-da-h7rs" / file.toStdString());
        QVERIFY(!key.ok());
        QCOMPARE(qs(key.error().code), code);
    }

    // Representative bytes of each DER field of ST's 138-byte PKCS#8 key: a changed byte of
    // the same field takes the same decoder path, so one byte per field stands for the field.
    void keyFieldCorruption_data() {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("outer SEQUENCE tag") << 0 << QStringList{"da.key.unreadable"};
        QTest::newRow("PKCS#8 version") << 5 << QStringList{"da.key.unreadable"};
        QTest::newRow("algorithm OID") << 14 << QStringList{"da.key.unreadable", "da.key.not-p256"};
        QTest::newRow("curve OID") << 26 << QStringList{"da.key.unreadable", "da.key.not-p256"};
        QTest::newRow("ECPrivateKey version") << 33 << QStringList{"da.key.unreadable"};
        QTest::newRow("private scalar, first byte") << 36 << QStringList{"da.key.inconsistent"};
        QTest::newRow("private scalar, last byte") << 67 << QStringList{"da.key.inconsistent"};
        QTest::newRow("public key X") << 80 << QStringList{"da.key.unreadable", "da.key.inconsistent"};
        QTest::newRow("public key Y") << 137 << QStringList{"da.key.unreadable", "da.key.inconsistent"};
    }
    void keyFieldCorruption() {
        QFETCH(int, offset);
        QFETCH(QStringList, codes);
        AUTH_REQUIRE_SET("st-da-h7rs");
        QByteArray der =
            pemBody(authtest::readOrEmpty(authtest::testdata() / "st-da-h7rs/Keys/key_3_leaf.pem"));
        der[offset] = char(der[offset] ^ 0x01);
        auto key = PrivateKey::parse(toPem(der, "PRIVATE KEY"));
        QVERIFY(!key.ok());
        QVERIFY2(codes.contains(qs(key.error().code)), key.error().code.c_str());
    }

    // A well-formed key whose scalar is 34 bytes, past the P-256 group order: it loaded and
    // threw out of the first signature (fuzz_keys; tests/fuzz/regressions/keys/scalar-past-order.pem).
    void keyWhoseScalarIsPastTheOrder() {
        const auto bytes = authtest::readOrEmpty(fs::path(RESCUE_SOURCE_DIR) /
                                                 "tests/fuzz/regressions/keys/scalar-past-order.pem");
        QVERIFY(!bytes.empty());
        auto key = PrivateKey::parse(bytes);
        QVERIFY(!key.ok());
        QCOMPARE(qs(key.error().code), QStringLiteral("da.key.inconsistent"));
        QVERIFY2(key.error().message.find("group order") != std::string::npos, key.error().message.c_str());
    }

    void keyOfAnotherCertificate() {
        AUTH_REQUIRE_SET("st-da-h7rs");
        const fs::path dir = authtest::testdata() / "st-da-h7rs";
        CredentialCheckInput in;
        in.chain = loadChainFile(dir / "Certificates/cert_leaf_chain.b64").value().chain;
        in.signingKey = PrivateKey::loadFile(dir / "Keys/key_2_intermediate.pem").value().publicKey();
        const CredentialCheckReport r = checkCredentials(in);
        QVERIFY2(hasCode(r, "da.chain.key-mismatch"), qPrintable(codes(r)));
    }

    // ---- ST's XML ----------------------------------------------------------------------------

    void xmlRebuildsTheObk_data() { addStSets(); }
    void xmlRebuildsTheObk() {
        QFETCH(QString, set);
        QFETCH(int, family);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path dir = authtest::testdata() / set.toStdString();
        auto xml = loadDaConfigXml(dir / "Config/DA_Config.xml");
        QVERIFY2(xml.ok(), xml.ok() ? "" : xml.error().describe().c_str());
        QVERIFY(xml->method == DaConfigMethod::Certificate);
        QVERIFY(daFamilyForDestination(xml->destination) == DaFamily(family));
        QCOMPARE(qs(xml->keyType), QStringLiteral("ecdsa-p256"));
        // The key reference resolves against the XML's folder, Windows separators included.
        const fs::path keyFile = resolveXmlReference(dir / "Config/DA_Config.xml", xml->rootKeyFile);
        QCOMPARE(qs(keyFile.string()), qs((dir / "Keys/key_1_root.pem").lexically_normal().string()));
        const PublicKey root = PrivateKey::loadFile(keyFile).value().publicKey();
        auto built = buildObkFromXml(*xml, root, DaFamily(family));
        QVERIFY(built.ok());
        QCOMPARE(authtest::hex(serializeObkFile(*built)),
                 authtest::hex(authtest::readOrEmpty(dir / "Binary/DA_Config.obk")));

        auto pw = loadDaConfigXml(dir / "Config/DA_ConfigWithPassword.xml");
        QVERIFY(pw.ok());
        QVERIFY(pw->method == DaConfigMethod::Password);
        QVERIFY(pw->password &&
                pw->password->equals(loadPasswordFile(dir / "Binary/password.bin").value().password.view()));
        QCOMPARE(int(pw->reservedWord.value_or(99)), 0);
    }

    void xmlAgainstAnotherSetsObk() {
        AUTH_REQUIRE_SET("st-da-h7rs");
        AUTH_REQUIRE_SET("st-da-h5");
        CredentialCheckInput in;
        in.chain =
            loadChainFile(authtest::testdata() / "st-da-h7rs/Certificates/cert_leaf_chain.b64").value().chain;
        in.obk = loadObkFile(authtest::testdata() / "st-da-h7rs/Binary/DA_Config.obk").value();
        in.xml = loadDaConfigXml(authtest::testdata() / "st-da-h5/Config/DA_Config.xml").value();
        in.xmlRootKey =
            PublicKey::loadFile(authtest::testdata() / "st-da-h5/Keys/key_1_root_pub.pem").value();
        const CredentialCheckReport r = checkCredentials(in);
        QVERIFY2(hasCode(r, "da.xml.obk-destination"), qPrintable(codes(r)));
        QVERIFY2(hasCode(r, "da.xml.obk-permissions"), qPrintable(codes(r)));
    }

    void badXml_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("not ST's format") << QByteArray("<a><b/></a>") << "da.xml.not-da-config";
        QTest::newRow("no destination")
            << QByteArray("<Obdata><Info><DoEncryption>1</DoEncryption></Info></Obdata>")
            << "da.xml.destination";
        QTest::newRow("root key without permission")
            << QByteArray(
                   "<Obdata><Info><ObDestAddress>0x00510008</ObDestAddress><DoEncryption>1</DoEncryption>"
                   "</Info><File><Value>k.pem</Value></File></Obdata>")
            << "da.xml.permission";
        QTest::newRow("neither method")
            << QByteArray(
                   "<Obdata><Info><ObDestAddress>0x00510008</ObDestAddress><DoEncryption>1</DoEncryption>"
                   "</Info></Obdata>")
            << "da.xml.method";
    }
    void badXml() {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto xml = parseDaConfigXml(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(!xml.ok());
        QCOMPARE(qs(xml.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestAuthCredentialCheck)
#include "test_auth_credential_check.moc"
