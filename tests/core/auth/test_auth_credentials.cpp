// The credential generator: deterministic key sets, chains and .obk files in ST's layout.
// With ST's demo keys and ST's masks it reproduces ST's sample packages file for file; with
// the lab's seeds it reproduces the committed demo credentials in resources/credentials.

#include <QTemporaryDir>
#include <QTest>

#include <map>

#include "auth_test_support.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/chain_validation.h"
#include "core/auth/credential_generator.h"
#include "core/auth/obk_file.h"
#include "core/auth/password.h"
#include "demo_credentials_plan.h"

using namespace rescue;
using namespace rescue::auth;
using authtest::digest;
using authtest::fingerprint;
using authtest::qs;
namespace fs = std::filesystem;

namespace {

// relative path -> SHA-256 of the content (hashes, so a failure never prints a key)
std::map<QString, QString> treeDigests(const fs::path& root) {
    std::map<QString, QString> out;
    if (!fs::is_directory(root))
        return out;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file() || entry.path().filename() == "README.md")
            continue;
        out[qs(fs::relative(entry.path(), root).generic_string())] =
            digest(authtest::readOrEmpty(entry.path()));
    }
    return out;
}

CredentialRequest smallRequest(DaFamily family = DaFamily::Stm32H5) {
    CredentialRequest r;
    r.family = family;
    r.certificateMask = PermissionMask::fromU32(0x5077);
    r.obkMask = PermissionMask::fromU32(0x5077);
    return r;
}

}  // namespace

class TestAuthCredentials : public QObject {
    Q_OBJECT

private slots:
    void stPackagesRegenerateFileForFile_data() {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("family");
        QTest::addColumn<quint32>("passwordObkField");
        QTest::newRow("st-da-h7rs") << "st-da-h7rs"
                                    << "h7rs" << 0u;
        // ST's H5 password .obk carries 0x5077 although its XML says Reserved = 0.
        QTest::newRow("st-da-h5") << "st-da-h5"
                                  << "h5" << 0x5077u;
        QTest::newRow("st-da-h533") << "st-da-h533"
                                    << "h5" << 0x5077u;
    }
    void stPackagesRegenerateFileForFile() {
        QFETCH(QString, set);
        QFETCH(QString, family);
        QFETCH(quint32, passwordObkField);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path st = authtest::testdata() / set.toStdString();
        std::vector<PrivateKey> keys;
        for (const char* name : {"key_1_root.pem", "key_2_intermediate.pem", "key_3_leaf.pem"}) {
            auto k = PrivateKey::loadFile(st / "Keys" / name);
            QVERIFY(k.ok());
            keys.push_back(std::move(*k));
        }
        const auto stChain = loadChainFile(st / "Certificates/cert_leaf_chain.b64");
        const auto stObk = loadObkFile(st / "Binary/DA_Config.obk");
        const auto stPassword = loadPasswordFile(st / "Binary/password.bin");
        QVERIFY(stChain.ok() && stObk.ok() && stPassword.ok());

        CredentialRequest request;
        request.family = parseDaFamily(family.toStdString()).value();
        request.certificateMask = stChain->chain.certificates[0].permissions;
        request.obkMask = decodeDaConfiguration(*stObk)->permissions;
        request.obkFlag = stObk->flag;
        request.password = stPassword->password;
        request.passwordObkField = PermissionMask::fromU32(passwordObkField);
        auto made = assembleCredentials(std::move(keys), request);
        QVERIFY2(made.ok(), made.ok() ? "" : made.error().describe().c_str());

        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const fs::path out = scratch.path().toStdString();
        const Status written = writeCredentialSet(*made, out);
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().describe().c_str());

        const auto ours = treeDigests(out);
        const auto theirs = treeDigests(st);
        QCOMPARE(int(ours.size()), 14);  // 6 keys, 5 certificate files, 2 .obk, password.bin
        for (const auto& [path, hash] : ours) {
            QVERIFY2(theirs.count(path) == 1, qPrintable(path + " is not in ST's package"));
            QVERIFY2(theirs.at(path) == hash, qPrintable(path + " differs from ST's file"));
        }
    }

    void sameSeedSameCredentials() {
        auto r1 = makeSeededRandom(42);
        auto r2 = makeSeededRandom(42);
        auto r3 = makeSeededRandom(43);
        auto a = generateCredentials(smallRequest(), *r1);
        auto b = generateCredentials(smallRequest(), *r2);
        auto c = generateCredentials(smallRequest(), *r3);
        QVERIFY(a.ok() && b.ok() && c.ok());
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(fingerprint(a->keys[i]), fingerprint(b->keys[i]));
            QVERIFY(fingerprint(a->keys[i]) != fingerprint(c->keys[i]));
        }
        QVERIFY(chainToBytes(a->chain) == chainToBytes(b->chain));
        QVERIFY(serializeObkFile(a->daConfig) == serializeObkFile(b->daConfig));
        // Every key of a set is different.
        QVERIFY(fingerprint(a->keys[0]) != fingerprint(a->keys[1]));
        QVERIFY(fingerprint(a->keys[1]) != fingerprint(a->keys[2]));
    }

    void generatedChainsValidate_data() {
        QTest::addColumn<int>("intermediates");
        QTest::addColumn<QStringList>("chainFiles");
        QTest::newRow("root and leaf only") << 0 << QStringList{"cert_leaf_chain.b64"};
        QTest::newRow("one intermediate (ST)")
            << 1 << QStringList{"cert_intermediate_chain.b64", "cert_leaf_chain.b64"};
        QTest::newRow("two intermediates")
            << 2
            << QStringList{"cert_intermediate_1_chain.b64", "cert_intermediate_2_chain.b64",
                           "cert_leaf_chain.b64"};
    }
    void generatedChainsValidate() {
        QFETCH(int, intermediates);
        QFETCH(QStringList, chainFiles);
        auto random = makeSeededRandom(77);
        CredentialRequest request = smallRequest(DaFamily::Stm32H7rs);
        request.intermediates = intermediates;
        request.obkMask = PermissionMask::fromBits({0, 14});
        auto set = generateCredentials(request, *random);
        QVERIFY(set.ok());
        QCOMPARE(int(set->chain.certificates.size()), intermediates + 2);

        QTemporaryDir scratch;
        const fs::path out = scratch.path().toStdString();
        QVERIFY(writeCredentialSet(*set, out).ok());
        for (const QString& name : chainFiles)
            QVERIFY2(fs::exists(out / "Certificates" / name.toStdString()), qPrintable(name));

        // Everything read back from disk verifies together.
        auto chain = loadChainFile(out / "Certificates/cert_leaf_chain.b64");
        auto leaf =
            PrivateKey::loadFile(out / "Keys" / ("key_" + std::to_string(intermediates + 2) + "_leaf.pem"));
        auto root = PublicKey::loadFile(out / "Keys/key_1_root_pub.pem");
        auto obk = loadObkFile(out / "Binary/DA_Config.obk");
        QVERIFY(chain.ok() && leaf.ok() && root.ok() && obk.ok());
        auto config = decodeDaConfiguration(*obk);
        QVERIFY(config.ok());
        QCOMPARE(qs(toHex(config->credentialHash)), fingerprint(*root));
        QCOMPARE(obk->destination, 0x00510008u);
        ChainValidationOptions options;
        options.rootKeyHash = config->credentialHash;
        options.provisionedMask = config->permissions;
        options.signingKey = leaf->publicKey();
        options.requested = PermissionMask::fromBits({14});
        const ChainReport report = validateChain(chain->chain, options);
        QVERIFY2(report.ok(), report.ok() ? "" : report.first()->error.describe().c_str());
        QCOMPARE(report.effectivePermissions.bits(), (std::vector<int>{0, 14}));
    }

    void privateFilesAreOwnerOnlyAndNeverOverwritten() {
        auto random = makeSeededRandom(8);
        auto set = generateCredentials(smallRequest(), *random);
        QVERIFY(set.ok());
        QTemporaryDir scratch;
        const fs::path out = scratch.path().toStdString();
        QVERIFY(writeCredentialSet(*set, out).ok());
        const auto perms = fs::status(out / "Keys/key_3_leaf.pem").permissions();
        QCOMPARE(int(perms & (fs::perms::group_all | fs::perms::others_all)), 0);
        QVERIFY((fs::status(out / "Keys/key_3_leaf_pub.pem").permissions() & fs::perms::others_read) !=
                fs::perms::none);

        auto other = generateCredentials(smallRequest(), *random);
        QVERIFY(other.ok());
        const QString before = digest(authtest::readOrEmpty(out / "Keys/key_1_root.pem"));
        const Status again = writeCredentialSet(*other, out);
        QVERIFY(!again.ok());
        QCOMPARE(qs(again.error().code), QStringLiteral("da.credentials.exists"));
        QCOMPARE(digest(authtest::readOrEmpty(out / "Keys/key_1_root.pem")), before);
        QVERIFY(writeCredentialSet(*other, out, true).ok());
        QCOMPARE(digest(authtest::readOrEmpty(out / "Keys/key_1_root.pem")),
                 digest(other->rootKey().toPkcs8Pem().view()));
    }

    void refusedRequests_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("certificateMask");
        QTest::addColumn<QString>("obkMask");
        QTest::addColumn<int>("intermediates");
        QTest::addColumn<QString>("code");
        QTest::newRow("H5 .obk keeps only 32 bits")
            << "h5"
            << "0x5077"
            << "0x80000000000000000000000000004000" << 1 << "da.obk.mask-too-wide";
        QTest::newRow("empty certificate mask") << "h7rs"
                                                << "0x0"
                                                << "0x4000" << 1 << "da.credentials.empty-mask";
        QTest::newRow("absurd chain length") << "h7rs"
                                             << "0x4000"
                                             << "0x4000" << 20 << "da.credentials.intermediates";
        QTest::newRow("H7RS keeps all 128 bits") << "h7rs"
                                                 << "0x80000000000000000000000000004000"
                                                 << "0x80000000000000000000000000004000" << 1 << "";
    }
    void refusedRequests() {
        QFETCH(QString, family);
        QFETCH(QString, certificateMask);
        QFETCH(QString, obkMask);
        QFETCH(int, intermediates);
        QFETCH(QString, code);
        CredentialRequest request;
        request.family = parseDaFamily(family.toStdString()).value();
        request.certificateMask = PermissionMask::parse(certificateMask.toStdString()).value();
        request.obkMask = PermissionMask::parse(obkMask.toStdString()).value();
        request.intermediates = intermediates;
        auto random = makeSeededRandom(9);
        auto set = generateCredentials(request, *random);
        QCOMPARE(set.ok() ? QString() : qs(set.error().code), code);
    }

    void passwordTrio() {
        QTemporaryDir scratch;
        const fs::path out = scratch.path().toStdString();
        const std::string pw = "abcd1234";
        const ByteView bytes(reinterpret_cast<const std::uint8_t*>(pw.data()), pw.size());
        QVERIFY(writePasswordTrio(bytes, out).ok());
        auto tlv = loadPasswordFile(out / "da_password.bin");
        auto raw = loadPasswordFile(out / "user_password.bin");
        QVERIFY(tlv.ok() && raw.ok());
        QVERIFY(tlv->kind == PasswordFileKind::Tlv && raw->kind == PasswordFileKind::Raw);
        QVERIFY(tlv->password.equals(bytes) && raw->password.equals(bytes));
        QCOMPARE(authtest::hex(authtest::readOrEmpty(out / "board_password.bin")),
                 authtest::hex(passwordHash(bytes)));
        QCOMPARE(qs(writePasswordTrio(bytes, out).error().code), QStringLiteral("da.credentials.exists"));
    }

    // resources/credentials holds exactly what make_demo_credentials writes.
    void demoCredentialsAreReproducible() {
        const fs::path committed = fs::path(RESCUE_SOURCE_DIR) / "resources/credentials";
        if (!fs::exists(committed / "README.md"))
            QSKIP("resources/credentials has not been generated in this tree");
        QTemporaryDir scratch;
        const fs::path out = scratch.path().toStdString();
        const Status s = demo::writeDemoCredentials(out);
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().describe().c_str());
        const auto regenerated = treeDigests(out);
        const auto onDisk = treeDigests(committed);
        QVERIFY(!regenerated.empty());
        QCOMPARE(int(onDisk.size()), int(regenerated.size()));
        for (const auto& [path, hash] : regenerated) {
            QVERIFY2(onDisk.count(path) == 1, qPrintable(path + " is missing from resources/credentials"));
            QVERIFY2(onDisk.at(path) == hash, qPrintable(path + " differs from what the generator writes"));
        }
        // The lab's H7RS set authorises what the H7S7 field report's discovery listed.
        auto obk = decodeDaConfiguration(loadObkFile(committed / "h7rs/Binary/DA_Config.obk").value());
        QVERIFY(obk.ok());
        QCOMPARE(qs(obk->permissions.toHexInteger()), QStringLiteral("0x80000000000000000000000000004007"));
    }
};

QTEST_GUILESS_MAIN(TestAuthCredentials)
#include "test_auth_credentials.moc"
