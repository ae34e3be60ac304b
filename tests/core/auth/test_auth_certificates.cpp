// Certificates 0x0201 and chains: serialisation, signing, and the validation rules of
// adac-protocol.md sections 7, 8.3 and 16. Each row corrupts one byte of a chain (header
// fields, key, mask, signature, TLV header) and names the finding a person must see first.
// Rows run on a generated chain and, when the sample files are present, on ST's H7RS chain.

#include <QTest>

#include "auth_test_support.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/chain_validation.h"
#include "core/auth/credential_generator.h"
#include "core/auth/random_source.h"
#include "core/auth/tlv.h"

using namespace rescue;
using namespace rescue::auth;
using authtest::hex;
using authtest::qs;

namespace {

struct ChainUnderTest {
    Bytes bytes;               // concatenated TLVs
    Sha256Digest rootKeyHash;  // what the device has provisioned
    std::optional<PublicKey> leafKey;
};

std::optional<ChainUnderTest> chainFrom(const QString& source) {
    if (source == "generated") {
        auto random = makeSeededRandom(0xC0FFEE);
        CredentialRequest request;
        request.family = DaFamily::Stm32H7rs;
        request.certificateMask = PermissionMask::parse("0x80000000000000000000000000005007").value();
        request.obkMask = request.certificateMask;
        auto set = generateCredentials(request, *random);
        if (!set)
            return std::nullopt;
        return ChainUnderTest{chainToBytes(set->chain), set->rootKey().fingerprint(),
                              set->leafKey().publicKey()};
    }
    const auto dir = authtest::testdata() / source.toStdString();
    auto loaded = loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
    auto leaf = PublicKey::loadFile(dir / "Keys/key_3_leaf_pub.pem");
    if (!loaded || !leaf)
        return std::nullopt;
    return ChainUnderTest{chainToBytes(loaded->chain), loaded->chain.certificates[0].publicKeyHash(), *leaf};
}

// The first thing a person is told about these bytes: the file error, or the first finding.
struct FirstProblem {
    QString code;
    int index = -1;  // certificate of the finding; -1 when the file itself is refused
};

FirstProblem firstProblem(const ChainUnderTest& c, ByteView bytes) {
    auto chain = parseChainBytes(bytes);
    if (!chain)
        return {qs(chain.error().code), -1};
    ChainValidationOptions options;
    options.rootKeyHash = c.rootKeyHash;
    options.signingKey = c.leafKey;
    const ChainReport report = validateChain(*chain, options);
    if (report.ok())
        return {QString(), -1};
    return {qs(report.first()->error.code), report.first()->index ? int(*report.first()->index) : -1};
}

void addSources(const char* name, int cert, int offset, int mask, const char* code, int index) {
    for (const char* source : {"generated", "st-da-h7rs"})
        QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(source), QLatin1String(name))))
            << QString::fromLatin1(source) << cert << offset << mask << QString::fromLatin1(code) << index;
}

}  // namespace

class TestAuthCertificates : public QObject {
    Q_OBJECT

private slots:
    void singleByteCorruption_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("cert");    // 0 root, 1 intermediate, 2 leaf
        QTest::addColumn<int>("offset");  // within the TLV: 0..7 header, 8.. value
        QTest::addColumn<int>("xorMask");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("index");  // certificate of the first finding, -1 = file refused
        const int v = 8;                 // value offset inside a TLV
        addSources("uncorrupted", 0, 0, 0x00, "", -1);
        addSources("TLV reserved half-word", 0, 0, 0x01, "da.tlv.reserved", -1);
        addSources("TLV type becomes a token", 1, 2, 0x01, "da.chain.not-a-certificate", -1);
        addSources("TLV length one too long", 2, 4, 0x01, "da.tlv.truncated", -1);
        addSources("root format major", 0, v + 0, 0x01, "da.cert.version", 0);
        addSources("root format minor", 0, v + 1, 0x01, "da.cert.signature", 0);
        addSources("intermediate signature type", 1, v + 2, 0x02, "da.cert.cryptosystem", -1);
        addSources("leaf key type", 2, v + 3, 0x02, "da.cert.cryptosystem", -1);
        addSources("root role becomes intermediate", 0, v + 4, 0x03, "da.chain.order", 0);
        addSources("leaf role becomes intermediate", 2, v + 4, 0x01, "da.chain.ends-on-intermediate", 2);
        addSources("leaf role out of range", 2, v + 4, 0xFF, "da.cert.role", 2);
        addSources("intermediate usage", 1, v + 5, 0x02, "da.cert.signature", 1);
        addSources("root reserved", 0, v + 6, 0x80, "da.cert.signature", 0);
        addSources("root lifecycle", 0, v + 9, 0x30, "da.cert.signature", 0);
        addSources("leaf OEM constraint", 2, v + 10, 0x01, "da.cert.signature", 2);
        addSources("root extensions_bytes", 0, v + 12, 0x04, "da.cert.size", -1);
        addSources("intermediate SoC class", 1, v + 16, 0x85, "da.cert.signature", 1);
        addSources("leaf SoC ID", 2, v + 25, 0x01, "da.cert.signature", 2);
        addSources("root permission mask", 0, v + 36, 0x08, "da.cert.signature", 0);
        addSources("intermediate permission bit 127", 1, v + 51, 0x80, "da.cert.signature", 1);
        addSources("root public key", 0, v + 52, 0x01, "da.cert.root-hash-mismatch", 0);
        addSources("intermediate public key", 1, v + 62, 0x01, "da.cert.signature", 1);
        addSources("leaf public key, last byte of Y", 2, v + 115, 0x01, "da.cert.signature", 2);
        addSources("root extensions hash", 0, v + 116, 0x01, "da.cert.signature", 0);
        addSources("intermediate signature r", 1, v + 148, 0x01, "da.cert.signature", 1);
        addSources("leaf signature s", 2, v + 211, 0x01, "da.cert.signature", 2);
    }
    void singleByteCorruption() {
        QFETCH(QString, source);
        QFETCH(int, cert);
        QFETCH(int, offset);
        QFETCH(int, xorMask);
        QFETCH(QString, code);
        QFETCH(int, index);
        if (source != "generated")
            AUTH_REQUIRE_SET(source.toStdString());
        const auto chain = chainFrom(source);
        QVERIFY(chain.has_value());
        QCOMPARE(int(chain->bytes.size()), 3 * 220);
        Bytes damaged = chain->bytes;
        damaged[static_cast<std::size_t>(cert * 220 + offset)] ^= static_cast<std::uint8_t>(xorMask);
        const FirstProblem problem = firstProblem(*chain, damaged);
        QCOMPARE(problem.code, code);
        QCOMPARE(problem.index, index);
    }

    void findingsSayWhatAndWhere() {
        const auto chain = chainFrom("generated");
        QVERIFY(chain.has_value());
        Bytes damaged = chain->bytes;
        damaged[220 + 8 + 40] ^= 0x01;  // intermediate's mask
        const ChainReport report = validateChain(parseChainBytes(damaged).value());
        QVERIFY(!report.ok());
        const Error& e = report.first()->error;
        QVERIFY(e.message.find("intermediate") != std::string::npos);
        QVERIFY(!e.hint.empty());
        bool where = false;
        for (const auto& ev : e.evidence)
            where |= ev.name == "certificate" && ev.value == "2 of 3 (intermediate)";
        QVERIFY(where);
    }

    void chainOrder_data() {
        QTest::addColumn<QList<int>>("order");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("index");
        QTest::newRow("root, intermediate, leaf") << QList<int>{0, 1, 2} << "" << -1;
        QTest::newRow("leaf first (swapped)") << QList<int>{2, 1, 0} << "da.chain.order" << 0;
        QTest::newRow("root and intermediate swapped") << QList<int>{1, 0, 2} << "da.chain.order" << 0;
        QTest::newRow("leaf before intermediate") << QList<int>{0, 2, 1} << "da.chain.order" << 1;
        QTest::newRow("intermediate missing") << QList<int>{0, 2} << "da.cert.signature" << 1;
        QTest::newRow("root twice") << QList<int>{0, 0, 1, 2} << "da.chain.order" << 1;
        QTest::newRow("root alone") << QList<int>{0} << "da.chain.key-mismatch" << 0;
        QTest::newRow("ends on the intermediate") << QList<int>{0, 1} << "da.chain.ends-on-intermediate" << 1;
    }
    void chainOrder() {
        QFETCH(QList<int>, order);
        QFETCH(QString, code);
        QFETCH(int, index);
        const auto c = chainFrom("generated");
        QVERIFY(c.has_value());
        const CertificateChain base = parseChainBytes(c->bytes).value();
        CertificateChain chain;
        for (int i : order)
            chain.certificates.push_back(base.certificates.at(static_cast<std::size_t>(i)));
        const FirstProblem p = firstProblem(*c, chainToBytes(chain));
        QCOMPARE(p.code, code);
        QCOMPARE(p.index, index);
    }

    void wrongRootAndWrongKey() {
        auto random = makeSeededRandom(99);
        CredentialRequest request;
        request.certificateMask = PermissionMask::fromU32(0x5077);
        request.obkMask = request.certificateMask;
        auto a = generateCredentials(request, *random);
        auto b = generateCredentials(request, *random);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->rootKey().fingerprint() != b->rootKey().fingerprint());

        ChainValidationOptions otherRoot;
        otherRoot.rootKeyHash = b->rootKey().fingerprint();
        const ChainReport r1 = validateChain(a->chain, otherRoot);
        QCOMPARE(qs(r1.first()->error.code), QStringLiteral("da.cert.root-hash-mismatch"));
        QCOMPARE(int(r1.findings.size()), 1);

        ChainValidationOptions otherLeaf;
        otherLeaf.signingKey = b->leafKey().publicKey();
        QCOMPARE(qs(validateChain(a->chain, otherLeaf).first()->error.code),
                 QStringLiteral("da.chain.key-mismatch"));

        // A leaf of chain b under chain a's intermediate: its signature is by b's intermediate.
        CertificateChain mixed = a->chain;
        mixed.certificates[2] = b->chain.certificates[2];
        const ChainReport r3 = validateChain(mixed);
        QCOMPARE(qs(r3.first()->error.code), QStringLiteral("da.cert.signature"));
        QCOMPARE(int(r3.first()->index.value()), 2);
    }

    void permissionMasks_data() {
        QTest::addColumn<quint32>("rootMask");
        QTest::addColumn<quint32>("leafMask");
        QTest::addColumn<quint32>("obkMask");
        QTest::addColumn<quint32>("requested");
        QTest::addColumn<QString>("code");
        QTest::addColumn<quint32>("effective");
        QTest::newRow("all agree") << 0x5077u << 0x5077u << 0x5077u << 0x4000u << "" << 0x5077u;
        QTest::newRow("leaf narrows") << 0x5077u << 0x4000u << 0x5077u << 0x4000u << "" << 0x4000u;
        QTest::newRow("obk narrows") << 0x5077u << 0x5077u << 0x0007u << 0x0001u << "" << 0x0007u;
        QTest::newRow("request outside the leaf")
            << 0x5077u << 0x0007u << 0x5077u << 0x4000u << "da.permission.not-granted" << 0x0007u;
        QTest::newRow("request outside the obk")
            << 0x5077u << 0x5077u << 0x1000u << 0x4000u << "da.permission.not-granted" << 0x1000u;
        QTest::newRow("nothing in common")
            << 0x4000u << 0x0001u << 0x5077u << 0x0001u << "da.permission.empty" << 0u;
    }
    void permissionMasks() {
        QFETCH(quint32, rootMask);
        QFETCH(quint32, leafMask);
        QFETCH(quint32, obkMask);
        QFETCH(quint32, requested);
        QFETCH(QString, code);
        QFETCH(quint32, effective);
        auto random = makeSeededRandom(5);
        const PrivateKey root = PrivateKey::generate(*random);
        const PrivateKey leaf = PrivateKey::generate(*random);
        CertificateChain chain;
        chain.certificates.push_back(issueCertificate(
            CertificateRole::Root, PermissionMask::fromU32(rootMask), root.publicKey(), root));
        chain.certificates.push_back(issueCertificate(
            CertificateRole::Leaf, PermissionMask::fromU32(leafMask), leaf.publicKey(), root));
        ChainValidationOptions options;
        options.provisionedMask = PermissionMask::fromU32(obkMask);
        options.requested = PermissionMask::fromU32(requested);
        const ChainReport report = validateChain(chain, options);
        QCOMPARE(report.effectivePermissions.low32(), effective);
        QCOMPARE(report.ok() ? QString() : qs(report.first()->error.code), code);
    }

    void issueAndVerify() {
        auto random = makeSeededRandom(3);
        const PrivateKey root = PrivateKey::generate(*random);
        const PrivateKey other = PrivateKey::generate(*random);
        const PrivateKey subject = PrivateKey::generate(*random);
        const Certificate c =
            issueCertificate(CertificateRole::Intermediate, PermissionMask::all(), subject.publicKey(), root);
        QVERIFY(verifyCertificateSignature(c, root.publicKey()));
        QVERIFY(!verifyCertificateSignature(c, other.publicKey()));
        QVERIFY(!verifyCertificateSignature(c, subject.publicKey()));
        const Bytes tlv = certificateTlv(c);
        QCOMPARE(int(tlv.size()), 220);
        QCOMPARE(hex(ByteView(tlv).first(8)), QStringLiteral("00000102d4000000"));
        auto back = parseCertificateTlv(tlv);
        QVERIFY(back.ok());
        QVERIFY(*back == c);
        QCOMPARE(hex(certificateSignedBytes(c)), hex(ByteView(tlv).subspan(8, 148)));
    }

    void extensionsAreHashedAndSized() {
        auto random = makeSeededRandom(4);
        const PrivateKey root = PrivateKey::generate(*random);
        Certificate c;
        c.role = 1;
        c.publicKey = root.publicKey().raw();
        const Bytes ext = encodeTlv(0x8000, Bytes{1, 2, 3, 4, 5});  // 13 bytes, padded to 16
        setCertificateExtensions(c, ByteView(ext).first(13));
        QCOMPARE(int(c.extensionsBytes), 13);
        QCOMPARE(int(c.extensions.size()), 16);
        signCertificate(c, root);
        const Bytes value = serializeCertificate(c);
        QCOMPARE(int(value.size()), 212 + 16);
        auto back = parseCertificate(value);
        QVERIFY(back.ok());
        QVERIFY(checkCertificateFormat(*back).ok());
        Bytes shortened(value.begin(), value.end() - 4);
        QCOMPARE(qs(parseCertificate(shortened).error().code), QStringLiteral("da.cert.size"));
    }

    // The Arm SDM example chain has format version {0, 1}: a v1.0 verifier rejects it.
    void formatVersionZeroIsRejected() {
        auto random = makeSeededRandom(6);
        const PrivateKey root = PrivateKey::generate(*random);
        Certificate c =
            issueCertificate(CertificateRole::Root, PermissionMask::all(), root.publicKey(), root);
        c.versionMajor = 0;
        c.versionMinor = 1;
        signCertificate(c, root);
        QVERIFY(verifyCertificateSignature(c, root.publicKey()));
        const Status s = checkCertificateFormat(c);
        QVERIFY(!s.ok());
        QCOMPARE(qs(s.error().code), QStringLiteral("da.cert.version"));
        QVERIFY(s.error().message.find("0.1") != std::string::npos);
    }

    void chainFiles_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("not base64") << "AAAB!tQAAAAB"
                                    << "da.chain.base64";
        QTest::newRow("a key file") << "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
                                    << "da.chain.pem-label";
        QTest::newRow("empty") << ""
                               << "da.chain.empty";
        QTest::newRow("a lone TLV header") << "AAABAtQAAAA="
                                           << "da.tlv.truncated";
    }
    void chainFiles() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto r = parseChainText(text.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(qs(r.error().code), code);
        QVERIFY(!r.error().message.empty());
    }

    void chainFileFormatsRoundTrip() {
        const auto c = chainFrom("generated");
        QVERIFY(c.has_value());
        const CertificateChain chain = parseChainBytes(c->bytes).value();
        const std::string b64 = chainToBase64(chain);
        QVERIFY(b64.starts_with("AAABAtQAAAAB"));
        QVERIFY(b64.find('\n') == std::string::npos);
        auto fromB64 = parseChainText(b64);
        QVERIFY(fromB64.ok());
        QVERIFY(fromB64->format == ChainFileFormat::StBase64);
        QVERIFY(fromB64->chain == chain);

        const std::string pem = chainToPem(chain);
        QVERIFY(pem.starts_with("-----BEGIN ADAC CERTIFICATE CHAIN-----\n"));
        QVERIFY(pem.ends_with("-----END ADAC CERTIFICATE CHAIN-----\n"));
        auto fromPem = parseChainText(pem);
        QVERIFY(fromPem.ok());
        QVERIFY(fromPem->format == ChainFileFormat::PemArmoured);
        QVERIFY(fromPem->chain == chain);

        // base64 wrapped over several lines (as a person might paste it) still reads.
        std::string wrapped;
        for (std::size_t i = 0; i < b64.size(); i += 60)
            wrapped += b64.substr(i, 60) + "\r\n";
        QVERIFY(parseChainText(wrapped).ok());

        auto bare = parseChainText(certificateToBareBase64(chain.certificates[0]));
        QVERIFY(bare.ok());
        QVERIFY(bare->format == ChainFileFormat::BareCertificate);
    }
};

QTEST_GUILESS_MAIN(TestAuthCertificates)
#include "test_auth_certificates.moc"
