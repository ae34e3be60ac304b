// Every DA sample file from ST's packages and from adac-rs parses and verifies: keys match
// their public files and their certificates, chains verify root to leaf, .obk files pass
// their integrity hash, carry SHA-256 of the root key and regenerate byte-exact from their
// XML values, password files agree with each other (testdata/README.md section 3).

#include <QRegularExpression>
#include <QTest>

#include "auth_test_support.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/chain_validation.h"
#include "core/auth/obk_file.h"
#include "core/auth/password.h"
#include "core/auth/st_permissions.h"

using namespace rescue;
using namespace rescue::auth;
using authtest::digest;
using authtest::fingerprint;
using authtest::hex;
using authtest::qs;
namespace fs = std::filesystem;

namespace {

const char* const kRoles[] = {"root", "intermediate", "leaf"};

// The value of <tag> (or of <Value> inside <tag>) in one of ST's XML files.
QString xmlValue(const fs::path& xml, const QString& tag) {
    const QString text = QString::fromStdString(authtest::textOf(authtest::readOrEmpty(xml)));
    QRegularExpression direct(QStringLiteral("<%1>\\s*([^<\\s]+)\\s*</%1>").arg(tag));
    if (auto m = direct.match(text); m.hasMatch())
        return m.captured(1);
    QRegularExpression nested(QStringLiteral("<%1>.*?<Value>\\s*([^<\\s]+)\\s*</Value>").arg(tag),
                              QRegularExpression::DotMatchesEverythingOption);
    return nested.match(text).captured(1);
}

std::uint32_t xmlU32(const fs::path& xml, const QString& tag) {
    bool ok = false;
    const std::uint32_t v = xmlValue(xml, tag).toUInt(&ok, 0);
    return ok ? v : 0xFFFFFFFF;
}

void addStSets() {
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("family");
    QTest::newRow("st-da-h7rs") << "st-da-h7rs"
                                << "h7rs";
    QTest::newRow("st-da-h5") << "st-da-h5"
                              << "h5";
    QTest::newRow("st-da-h533") << "st-da-h533"
                                << "h5";
}

}  // namespace

class TestAuthSamples : public QObject {
    Q_OBJECT

private slots:
    void keysMatchTheirPublicFiles_data() { addStSets(); }
    void keysMatchTheirPublicFiles() {
        QFETCH(QString, set);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path keys = authtest::testdata() / set.toStdString() / "Keys";
        for (int i = 0; i < 3; ++i) {
            const std::string stem = "key_" + std::to_string(i + 1) + "_" + kRoles[i];
            auto priv = PrivateKey::loadFile(keys / (stem + ".pem"));
            QVERIFY2(priv.ok(), priv.ok() ? "" : priv.error().describe().c_str());
            auto pub = PublicKey::loadFile(keys / (stem + "_pub.pem"));
            QVERIFY2(pub.ok(), pub.ok() ? "" : pub.error().describe().c_str());
            QCOMPARE(fingerprint(*priv), fingerprint(*pub));
            QVERIFY(detectPrivateKeyFormat(authtest::readOrEmpty(keys / (stem + ".pem"))) ==
                    PrivateKeyFormat::Pkcs8Pem);
        }
    }

    // Our PEM writers produce ST's files byte for byte (compared through their hashes).
    void keysExportInStsLayout_data() { addStSets(); }
    void keysExportInStsLayout() {
        QFETCH(QString, set);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path keys = authtest::testdata() / set.toStdString() / "Keys";
        for (int i = 0; i < 3; ++i) {
            const std::string stem = "key_" + std::to_string(i + 1) + "_" + kRoles[i];
            auto priv = PrivateKey::loadFile(keys / (stem + ".pem"));
            QVERIFY(priv.ok());
            QCOMPARE(digest(priv->toPkcs8Pem().view()),
                     digest(authtest::readOrEmpty(keys / (stem + ".pem"))));
            const std::string pubPem = priv->publicKey().toSpkiPem();
            QCOMPARE(qs(pubPem), qs(authtest::textOf(authtest::readOrEmpty(keys / (stem + "_pub.pem")))));
        }
    }

    void chainsVerifyRootToLeaf_data() { addStSets(); }
    void chainsVerifyRootToLeaf() {
        QFETCH(QString, set);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path dir = authtest::testdata() / set.toStdString();
        auto loaded = loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().describe().c_str());
        QVERIFY(loaded->format == ChainFileFormat::StBase64);
        const auto& certs = loaded->chain.certificates;
        QCOMPARE(int(certs.size()), 3);
        auto obk = loadObkFile(dir / "Binary/DA_Config.obk");
        QVERIFY(obk.ok());
        auto config = decodeDaConfiguration(*obk);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().describe().c_str());
        auto leafKey = PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
        QVERIFY(leafKey.ok());

        ChainValidationOptions options;
        options.rootKeyHash = config->credentialHash;
        options.provisionedMask = config->permissions;
        options.signingKey = leafKey->publicKey();
        options.requested = PermissionMask::fromBits({14});  // per=a, Full Regression
        const ChainReport report = validateChain(loaded->chain, options);
        QVERIFY2(report.ok(), report.ok() ? "" : report.first()->error.describe().c_str());
        // Effective = AND of the certificates and the .obk (H7RS: bit 12 only in the certificates).
        PermissionMask expected = config->permissions;
        for (const auto& c : certs)
            expected &= c.permissions;
        QVERIFY(report.effectivePermissions == expected);
        QVERIFY(report.effectivePermissions.test(14));

        for (int i = 0; i < 3; ++i) {
            QCOMPARE(int(certs[static_cast<std::size_t>(i)].role), i + 1);
            auto pub = PublicKey::loadFile(dir / "Keys" /
                                           ("key_" + std::to_string(i + 1) + "_" + kRoles[i] + "_pub.pem"));
            QVERIFY(pub.ok());
            QCOMPARE(hex(certs[static_cast<std::size_t>(i)].publicKey), hex(pub->raw()));
            // The single-certificate files are the pieces of the chain.
            auto single = loadChainFile(dir / "Certificates" / (std::string("cert_") + kRoles[i] + ".b64"));
            QVERIFY(single.ok());
            QVERIFY(single->chain.certificates.at(0) == certs[static_cast<std::size_t>(i)]);
        }
        auto intermediateChain = loadChainFile(dir / "Certificates/cert_intermediate_chain.b64");
        QVERIFY(intermediateChain.ok());
        QCOMPARE(int(intermediateChain->chain.certificates.size()), 2);
        QCOMPARE(qs(validateChain(intermediateChain->chain).first()->error.code),
                 QStringLiteral("da.chain.ends-on-intermediate"));
        // Writing the chain back gives ST's file, byte for byte.
        QCOMPARE(qs(chainToBase64(loaded->chain)),
                 qs(authtest::textOf(authtest::readOrEmpty(dir / "Certificates/cert_leaf_chain.b64"))));
    }

    void rootKeyHashIsTheObkHash_data() { addStSets(); }
    void rootKeyHashIsTheObkHash() {
        QFETCH(QString, set);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path dir = authtest::testdata() / set.toStdString();
        auto root = PublicKey::loadFile(dir / "Keys/key_1_root_pub.pem");
        QVERIFY(root.ok());
        auto config = decodeDaConfiguration(loadObkFile(dir / "Binary/DA_Config.obk").value());
        QVERIFY(config.ok());
        QCOMPARE(hex(config->credentialHash), fingerprint(*root));
        // adac-protocol.md section 7.2 quotes the demo root's hash.
        QCOMPARE(fingerprint(*root),
                 QStringLiteral("cc05b01317775c865a3f987d1778c12d7e517851a0f42dd92dfa6c1d859b25fe"));
    }

    // Regenerate DA_Config.obk from the root public key and the XML's mask, address and
    // flag; it must equal ST's file byte for byte.
    void daConfigRegeneratesFromItsXml_data() { addStSets(); }
    void daConfigRegeneratesFromItsXml() {
        QFETCH(QString, set);
        QFETCH(QString, family);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path dir = authtest::testdata() / set.toStdString();
        const fs::path xml = dir / "Config/DA_Config.xml";
        const auto fam = parseDaFamily(family.toStdString()).value();
        auto root = PublicKey::loadFile(dir / "Keys/key_1_root_pub.pem");
        QVERIFY(root.ok());
        auto mask = PermissionMask::parse(xmlValue(xml, "Permission").toStdString());
        QVERIFY(mask.ok());
        auto built = buildDaConfiguration(xmlU32(xml, "ObDestAddress"), xmlU32(xml, "DoEncryption"),
                                          root->fingerprint(), *mask, daObkLayout(fam).permissionWidth);
        QVERIFY(built.ok());
        QCOMPARE(xmlU32(xml, "ObDestAddress"), daObkLayout(fam).certificateDestination);
        const Bytes original = authtest::readOrEmpty(dir / "Binary/DA_Config.obk");
        QCOMPARE(hex(serializeObkFile(*built)), hex(original));
        auto parsed = parseObkFile(original);
        QVERIFY(parsed.ok());
        QVERIFY(*parsed == *built);
    }

    // DA_ConfigWithPassword.obk holds SHA-256 of the password inside password.bin. Its
    // permission word is 0 on H7RS, and 0x5077 on H5 although the XML says Reserved = 0
    // (adac-protocol.md section 12.1).
    void passwordObkMatchesPasswordBin_data() { addStSets(); }
    void passwordObkMatchesPasswordBin() {
        QFETCH(QString, set);
        QFETCH(QString, family);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path dir = authtest::testdata() / set.toStdString();
        const auto fam = parseDaFamily(family.toStdString()).value();
        auto pw = loadPasswordFile(dir / "Binary/password.bin");
        QVERIFY2(pw.ok(), pw.ok() ? "" : pw.error().describe().c_str());
        QVERIFY(pw->kind == PasswordFileKind::Tlv);
        QCOMPARE(int(pw->password.size()), 16);
        QCOMPARE(digest(authtest::readOrEmpty(dir / "Config/password.bin")),
                 digest(authtest::readOrEmpty(dir / "Binary/password.bin")));
        QCOMPARE(digest(passwordFileBytes(pw->password.view()).view()),
                 digest(authtest::readOrEmpty(dir / "Binary/password.bin")));

        auto obk = loadObkFile(dir / "Binary/DA_ConfigWithPassword.obk");
        QVERIFY(obk.ok());
        auto config = decodeDaConfiguration(*obk);
        QVERIFY(config.ok());
        QCOMPARE(hex(config->credentialHash), hex(passwordHash(pw->password.view())));

        const fs::path xml = dir / "Config/DA_ConfigWithPassword.xml";
        const PermissionMask field =
            fam == DaFamily::Stm32H5 ? PermissionMask::fromU32(0x5077) : PermissionMask();
        auto built =
            buildDaConfiguration(xmlU32(xml, "ObDestAddress"), xmlU32(xml, "DoEncryption"),
                                 passwordHash(pw->password.view()), field, daObkLayout(fam).permissionWidth);
        QVERIFY(built.ok());
        QCOMPARE(xmlU32(xml, "ObDestAddress"), daObkLayout(fam).passwordDestination);
        QCOMPARE(hex(serializeObkFile(*built)),
                 hex(authtest::readOrEmpty(dir / "Binary/DA_ConfigWithPassword.obk")));
    }

    void obkIntegrityDetectsAnyChangedByte() {
        AUTH_REQUIRE_SET("st-da-h7rs");
        const Bytes original =
            authtest::readOrEmpty(authtest::testdata() / "st-da-h7rs/Binary/DA_Config.obk");
        QCOMPARE(int(original.size()), 108);
        for (std::size_t offset = kObkHeaderSize; offset < original.size(); offset += 7) {
            Bytes changed = original;
            changed[offset] ^= 0x01;
            auto config = decodeDaConfiguration(parseObkFile(changed).value());
            QVERIFY(!config.ok());
            QCOMPARE(qs(config.error().code), QStringLiteral("da.obk.integrity"));
        }
        Bytes truncated(original.begin(), original.end() - 4);
        QCOMPARE(qs(parseObkFile(truncated).error().code), QStringLiteral("da.obk.length"));
    }

    void daConfigLock() {
        AUTH_REQUIRE_SET("st-da-h7rs");
        const fs::path file = authtest::testdata() / "st-da-h7rs/Binary/DA_ConfigLock.obk";
        auto obk = loadObkFile(file);
        QVERIFY(obk.ok());
        QVERIFY(isDaConfigLock(*obk));
        QCOMPARE(qs(decodeDaConfiguration(*obk).error().code), QStringLiteral("da.obk.lock-file"));
        const ObkFile rebuilt =
            buildDaConfigLock(daObkLayout(DaFamily::Stm32H7rs).lockDestination.value(), 1);
        QCOMPARE(hex(serializeObkFile(rebuilt)), hex(authtest::readOrEmpty(file)));
    }

    void h533BareRootCertificate() {
        AUTH_REQUIRE_SET("st-da-h533");
        const fs::path dir = authtest::testdata() / "st-da-h533";
        auto bare = loadChainFile(dir / "Certificates/cert_root.cert");
        QVERIFY2(bare.ok(), bare.ok() ? "" : bare.error().describe().c_str());
        QVERIFY(bare->format == ChainFileFormat::BareCertificate);
        auto tlv = loadChainFile(dir / "Certificates/cert_root.b64");
        QVERIFY(tlv.ok());
        const Certificate& a = bare->chain.certificates.at(0);
        const Certificate& b = tlv->chain.certificates.at(0);
        QCOMPARE(hex(a.publicKey), hex(b.publicKey));
        QVERIFY(a.permissions != b.permissions);
        QVERIFY(validateChain(bare->chain).ok());
        QCOMPARE(qs(certificateToBareBase64(a)),
                 qs(authtest::textOf(authtest::readOrEmpty(dir / "Certificates/cert_root.cert"))));
    }

    void h503PasswordFiles() {
        AUTH_REQUIRE_SET("st-da-h503");
        const fs::path dir = authtest::testdata() / "st-da-h503";
        auto tlv = loadPasswordFile(dir / "da_password.bin");
        auto raw = loadPasswordFile(dir / "user_password.bin");
        QVERIFY(tlv.ok() && raw.ok());
        QVERIFY(tlv->kind == PasswordFileKind::Tlv);
        QVERIFY(raw->kind == PasswordFileKind::Raw);
        QCOMPARE(int(raw->password.size()), 12);
        QVERIFY(tlv->password.equals(raw->password.view()));
        // board_password.bin is what goes to OTP: SHA-256 of the raw password.
        QCOMPARE(hex(passwordHash(raw->password.view())),
                 hex(authtest::readOrEmpty(dir / "board_password.bin")));
        QCOMPARE(digest(passwordFileBytes(raw->password.view()).view()),
                 digest(authtest::readOrEmpty(dir / "da_password.bin")));
    }

    void badPasswordFiles_data() {
        QTest::addColumn<QByteArray>("fileHex");
        QTest::addColumn<QString>("code");
        QTest::newRow("TLV of another type")
            << QByteArray("0000010204000000aabbccdd") << "da.password.tlv-type";
        QTest::newRow("TLV longer than the file")
            << QByteArray("0000008010000000aabbccdd") << "da.password.tlv-length";
        QTest::newRow("empty TLV") << QByteArray("0000008000000000") << "da.password.empty";
        QTest::newRow("empty file") << QByteArray() << "da.password.empty";
    }
    void badPasswordFiles() {
        QFETCH(QByteArray, fileHex);
        QFETCH(QString, code);
        auto r = parsePasswordFile(fromHex(fileHex.toStdString()).value());
        QVERIFY(!r.ok());
        QCOMPARE(qs(r.error().code), code);
    }

    // adac-rs: a four-certificate PEM chain with narrowing masks and a root with extensions.
    void adacRsChain() {
        AUTH_REQUIRE_SET("adac-rs");
        const fs::path dir = authtest::testdata() / "adac-rs";
        auto loaded = loadChainFile(dir / "chains/chain.EcdsaP256");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().describe().c_str());
        QVERIFY(loaded->format == ChainFileFormat::PemArmoured);
        const auto& certs = loaded->chain.certificates;
        QCOMPARE(int(certs.size()), 4);
        PermissionMask expected = PermissionMask::all();
        for (int i = 0; i < 4; ++i) {
            auto key = PrivateKey::loadFile(dir / "keys" / ("EcdsaP256Key-" + std::to_string(i) + ".pk8"));
            QVERIFY2(key.ok(), key.ok() ? "" : key.error().describe().c_str());
            QCOMPARE(hex(certs[static_cast<std::size_t>(i)].publicKey), hex(key->publicKey().raw()));
            expected &= certs[static_cast<std::size_t>(i)].permissions;
        }
        ChainValidationOptions options;
        options.rootKeyHash = sha256(certs[0].publicKey);
        const ChainReport report = validateChain(loaded->chain, options);
        QVERIFY2(report.ok(), report.ok() ? "" : report.first()->error.describe().c_str());
        QVERIFY(report.effectivePermissions == expected);
        QVERIFY(!report.effectivePermissions.empty());
        QCOMPARE(qs(chainToPem(loaded->chain)),
                 qs(authtest::textOf(authtest::readOrEmpty(dir / "chains/chain.EcdsaP256"))));
    }

    void adacRsRootWithExtensions() {
        AUTH_REQUIRE_SET("adac-rs");
        const fs::path dir = authtest::testdata() / "adac-rs";
        auto loaded = loadChainFile(dir / "roots/root.EcdsaP256");
        QVERIFY(loaded.ok());
        const Certificate& root = loaded->chain.certificates.at(0);
        QCOMPARE(int(root.extensionsBytes), 48);
        QCOMPARE(int(root.lifecycle), 0x3000);
        QVERIFY(validateChain(loaded->chain).ok());
        auto key = PrivateKey::loadFile(dir / "keys/EcdsaP256Key-0.pk8");
        QVERIFY(key.ok());
        QCOMPARE(fingerprint(*key),
                 QStringLiteral("f40c8fbf12db782afdf475966a068236e032ab80d1b7f1bc9fe7d87a88cb26d0"));
        // The extensions lie outside the signed bytes; only their hash protects them.
        CertificateChain damaged = loaded->chain;
        damaged.certificates[0].extensions[20] ^= 0x40;
        const ChainReport report = validateChain(damaged);
        QVERIFY(!report.ok());
        QCOMPARE(qs(report.first()->error.code), QStringLiteral("da.cert.extensions-hash"));
        // A platform scope that does not fit the root's lifecycle is reported.
        ChainValidationOptions scoped;
        scoped.platform = PlatformScope{0x2000, root.socClass, root.socId};
        QCOMPARE(qs(validateChain(loaded->chain, scoped).first()->error.code),
                 QStringLiteral("da.cert.scope-lifecycle"));
        QCOMPARE(qs(chainToPem(loaded->chain)),
                 qs(authtest::textOf(authtest::readOrEmpty(dir / "roots/root.EcdsaP256"))));
    }
};

QTEST_GUILESS_MAIN(TestAuthSamples)
#include "test_auth_samples.moc"
