// Tokens 0x0200: the known-answer vector of adac-protocol.md section 9.3 (ST's demo leaf key,
// challenge 00..1f, bits 0, 1, 2, 14, 127), and sign/verify rows: accepted for the right
// challenge and key, refused for any other.

#include <QTest>

#include "auth_test_support.h"
#include "core/auth/packet.h"
#include "core/auth/random_source.h"
#include "core/auth/tlv.h"
#include "core/auth/token.h"

using namespace rescue;
using namespace rescue::auth;
using authtest::hex;
using authtest::qs;

namespace {

ChallengeVector countingChallenge() {
    ChallengeVector c{};
    for (std::size_t i = 0; i < c.size(); ++i)
        c[i] = static_cast<std::uint8_t>(i);
    return c;
}

const char* const kKnownTokenTlv =
    "00 00 00 02 78 00 00 00 01 00 01 00 00 00 00 00"
    "07 40 00 00 00 00 00 00 00 00 00 00 00 00 00 80"
    "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
    "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
    "ff 21 fe c7 be 9f 12 49 ff e7 32 fe 67 f6 6d 0e"
    "75 7c b1 a0 f2 f2 bf d3 0f fc 06 97 ab ac f0 47"
    "9c 56 4a 9d 5d 7c 3b a7 67 93 e7 51 ef 99 48 53"
    "d2 46 fb 09 52 4a a2 0f 39 97 ec 4d 8c 6c bd aa";

}  // namespace

class TestAuthTokens : public QObject {
    Q_OBJECT

private slots:
    void knownAnswer() {
        AUTH_REQUIRE_SET("st-da-h7rs");
        auto leaf = PrivateKey::loadFile(authtest::testdata() / "st-da-h7rs/Keys/key_3_leaf.pem");
        QVERIFY(leaf.ok());
        const auto requested = PermissionMask::fromBits({0, 1, 2, 14, 127});
        const Token token = buildToken(requested, countingChallenge(), *leaf);

        QCOMPARE(hex(sha256(tokenSignedMessage(token, countingChallenge()))),
                 QStringLiteral("40d874529c2ae754ecb2ec86a58c603c0043b02f7907214d264f38c7c2499144"));
        QCOMPARE(hex(tokenTlv(token)), hex(authtest::fromHexOrDie(kKnownTokenTlv)));

        const Bytes packet = encodeRequest(makeRequest(AdacCommand::AuthResponse, tokenTlv(token)));
        const auto words = toWords(packet);
        QCOMPARE(int(words.size()), 34);
        const std::vector<std::uint32_t> head{0x00030000, 0x00000020, 0x02000000, 0x00000078, 0x00010001,
                                              0x00000000, 0x00004007, 0x00000000, 0x00000000, 0x80000000};
        QVERIFY(std::equal(head.begin(), head.end(), words.begin()));
        QCOMPARE(words[18], 0xc7fe21ffu);
        QCOMPARE(words[19], 0x49129fbeu);

        auto pub = PublicKey::loadFile(authtest::testdata() / "st-da-h7rs/Keys/key_3_leaf_pub.pem");
        QVERIFY(pub.ok());
        QVERIFY(verifyToken(token, countingChallenge(), *pub).ok());
    }

    void parseTheKnownToken() {
        const Bytes tlv = authtest::fromHexOrDie(kKnownTokenTlv);
        auto record = parseTlv(tlv);
        QVERIFY(record.ok());
        QCOMPARE(int(record->type), int(TlvType::PsaBinaryToken));
        auto token = parseToken(record->value);
        QVERIFY(token.ok());
        QCOMPARE(token->requested.bits(), (std::vector<int>{0, 1, 2, 14, 127}));
        QCOMPARE(hex(serializeToken(*token)), hex(record->value));
    }

    void verification_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("as signed") << "none"
                                   << "";
        QTest::newRow("other challenge (stale)") << "challenge"
                                                 << "da.token.signature";
        QTest::newRow("other key") << "key"
                                   << "da.token.signature";
        QTest::newRow("more permissions asked after signing") << "mask"
                                                              << "da.token.signature";
        QTest::newRow("signature bit flipped") << "signature"
                                               << "da.token.signature";
        QTest::newRow("format version 2") << "version"
                                          << "da.token.version";
        QTest::newRow("signature type 2") << "type"
                                          << "da.token.cryptosystem";
    }
    void verification() {
        QFETCH(QString, change);
        QFETCH(QString, code);
        auto random = makeSeededRandom(7);
        const PrivateKey leaf = PrivateKey::generate(*random);
        const PrivateKey other = PrivateKey::generate(*random);
        ChallengeVector challenge{};
        random->fill(challenge);
        Token token = buildToken(PermissionMask::fromBits({14}), challenge, leaf);
        ChallengeVector checkChallenge = challenge;
        const PublicKey* checkKey = &leaf.publicKey();
        if (change == "challenge")
            checkChallenge[31] ^= 1;
        else if (change == "key")
            checkKey = &other.publicKey();
        else if (change == "mask")
            token.requested.set(0);
        else if (change == "signature")
            token.signature[40] ^= 0x10;
        else if (change == "version")
            token.versionMajor = 2;
        else if (change == "type")
            token.signatureType = 2;
        const Status s = verifyToken(token, checkChallenge, *checkKey);
        if (code.isEmpty()) {
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().describe().c_str());
        } else {
            QVERIFY(!s.ok());
            QCOMPARE(qs(s.error().code), code);
        }
    }

    void deterministicSignatures() {
        auto random = makeSeededRandom(11);
        const PrivateKey leaf = PrivateKey::generate(*random);
        const ChallengeVector challenge = countingChallenge();
        const Token a = buildToken(PermissionMask::all(), challenge, leaf);
        const Token b = buildToken(PermissionMask::all(), challenge, leaf);
        QCOMPARE(hex(a.signature), hex(b.signature));  // RFC 6979
        ChallengeVector other = challenge;
        other[0] = 0xEE;
        QVERIFY(buildToken(PermissionMask::all(), other, leaf).signature != a.signature);
    }

    void badTokens_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("extensionsBytes");
        QTest::newRow("too short") << 119 << 0;
        QTest::newRow("extensions announced, not present") << 120 << 8;
        QTest::newRow("extensions present, not announced") << 128 << 0;
        QTest::newRow("extension length past the end") << 124 << 0x7fffffff;
    }
    void badTokens() {
        QFETCH(int, size);
        QFETCH(int, extensionsBytes);
        Bytes value(static_cast<std::size_t>(size), 0);
        value[0] = 1;
        if (size >= 8)
            writeLe32(value, token_offset::extensionsBytes, static_cast<std::uint32_t>(extensionsBytes));
        auto t = parseToken(value);
        QVERIFY(!t.ok());
        QCOMPARE(qs(t.error().code), QStringLiteral("da.token.size"));
    }

    void tokenWithExtensions() {
        Bytes value(128, 0);
        value[0] = 1;
        writeLe32(value, token_offset::extensionsBytes, 6);  // padded to 8
        auto t = parseToken(value);
        QVERIFY(t.ok());
        QCOMPARE(int(t->extensions.size()), 8);
        QCOMPARE(hex(serializeToken(*t)), hex(value));
    }
};

QTEST_GUILESS_MAIN(TestAuthTokens)
#include "test_auth_tokens.moc"
