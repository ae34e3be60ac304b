// ADAC wire codec: packets, TLV records, the challenge, discovery (encode, tolerant parse,
// human decoding as STM32CubeProgrammer prints it) and permission masks. Expected bytes come
// from adac-protocol.md (sections 2, 4, 5, 10, 11.3) and the H7S7 field log.

#include <QTest>

#include "auth_test_support.h"
#include "core/auth/challenge.h"
#include "core/auth/discovery.h"
#include "core/auth/discovery_text.h"
#include "core/auth/packet.h"
#include "core/auth/password.h"
#include "core/auth/permission_mask.h"
#include "core/auth/st_permissions.h"
#include "core/auth/tlv.h"

using namespace rescue;
using namespace rescue::auth;
using authtest::hex;
using authtest::qs;

namespace {

QString wordsText(ByteView bytes) {
    QStringList parts;
    for (auto w : toWords(bytes))
        parts << QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return parts.join(QLatin1Char(' '));
}

Bytes bytesOf(const QByteArray& hexText) {
    return fromHex(hexText.toStdString()).value();
}

// What CubeProgrammer printed for the STM32H7S7 of the field report (section 5.3).
DiscoveryInfo h7s7ClosedDiscovery() {
    DiscoveryInfo d;
    d.authVersion = {{1, 0}};
    d.vendorId = {{0x20, 0x00}};
    d.socClass = 0x485;
    std::array<std::uint8_t, 16> id{};
    writeLe32(id, 0, 0x00450059);
    writeLe32(id, 4, 0x30335112);
    writeLe32(id, 8, 0x38323634);
    d.socId = id;
    d.psaLifecycle = stLifecycleBytes(0x72);
    d.sdaId = {{1, 0, 0, 0}};
    d.tokenFormats = std::vector<std::uint16_t>{0x0200};
    d.certFormats = std::vector<std::uint16_t>{0x0201};
    d.cryptosystems = std::vector<std::uint8_t>{0x01};
    d.stIntegrity = kStIntegrityProvisioned;
    d.hdpl1Status = 0xA;
    d.hdpl2Status = 0xA;
    d.hdpl3Status = 0x0;
    d.hwPermissionsMask = PermissionMask::parse("0x80000000000000000000000000004007").value();
    return d;
}

}  // namespace

class TestAuthCodec : public QObject {
    Q_OBJECT

private slots:
    void requestWords_data() {
        QTest::addColumn<int>("command");
        QTest::addColumn<QByteArray>("payloadHex");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("DISCOVERY") << 1 << QByteArray() << "00010000 00000000";
        QTest::newRow("AUTH_START") << 2 << QByteArray() << "00020000 00000000";
        // Section 11.3: the password "0123456789012345" as an AUTH_RESPONSE.
        QTest::newRow("AUTH_RESPONSE password")
            << 3 << QByteArray("000000801000000030313233343536373839303132333435")
            << "00030000 00000006 80000000 00000010 33323130 37363534 31303938 35343332";
        QTest::newRow("payload padded to a word")
            << 0x8001 << QByteArray("aabbcc") << "80010000 00000001 00ccbbaa";
    }
    void requestWords() {
        QFETCH(int, command);
        QFETCH(QByteArray, payloadHex);
        QFETCH(QString, expectedWords);
        const AdacRequest request{static_cast<std::uint16_t>(command), bytesOf(payloadHex)};
        const Bytes packet = encodeRequest(request);
        QCOMPARE(wordsText(packet), expectedWords);
        auto back = decodeRequest(packet);
        QVERIFY(back.ok());
        QCOMPARE(back->command, request.command);
        QCOMPARE(back->data.size(), (request.data.size() + 3) / 4 * 4);
    }

    void passwordTlvMatchesTheReferenceWordStream() {
        const std::string pw = "0123456789012345";
        const SecretBytes tlv =
            passwordTlv(ByteView(reinterpret_cast<const std::uint8_t*>(pw.data()), pw.size()));
        const Bytes packet = encodeRequest(makeRequest(AdacCommand::AuthResponse, tlv.view()));
        QCOMPARE(wordsText(packet),
                 QStringLiteral("00030000 00000006 80000000 00000010 33323130 37363534 31303938 "
                                "35343332"));
    }

    void responses_data() {
        QTest::addColumn<QByteArray>("packetHex");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("dataBytes");
        QTest::newRow("SUCCESS, no data") << QByteArray("0000000000000000") << 0 << 0;
        QTest::newRow("NEED_MORE_DATA") << QByteArray("0000020000000000") << 2 << 0;
        QTest::newRow("INVALID_COMMAND") << QByteArray("0000ff7f00000000") << 0x7FFF << 0;
        QTest::newRow("challenge, 9 words") << QByteArray(
                                                   "0000000009000000"
                                                   "01000000" +
                                                   QByteArray(64, '7'))
                                            << 0 << 36;
    }
    void responses() {
        QFETCH(QByteArray, packetHex);
        QFETCH(int, status);
        QFETCH(int, dataBytes);
        auto r = decodeResponse(bytesOf(packetHex));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        QCOMPARE(int(r->status), status);
        QCOMPARE(int(r->data.size()), dataBytes);
        QCOMPARE(hex(encodeResponse(*r)), QString::fromLatin1(packetHex));
    }

    void badPackets_data() {
        QTest::addColumn<QByteArray>("packetHex");
        QTest::addColumn<QString>("code");
        QTest::newRow("short header") << QByteArray("000002000000") << "da.packet.truncated";
        QTest::newRow("reserved half-word set") << QByteArray("0100020000000000") << "da.packet.reserved";
        QTest::newRow("count says 2 words, 1 sent")
            << QByteArray("000003000200000011223344") << "da.packet.length";
        QTest::newRow("count says 0, 1 word sent")
            << QByteArray("000003000000000011223344") << "da.packet.length";
        QTest::newRow("desynchronised count") << QByteArray("00000300ffffff7f") << "da.packet.data-count";
    }
    void badPackets() {
        QFETCH(QByteArray, packetHex);
        QFETCH(QString, code);
        auto r = decodeRequest(bytesOf(packetHex));
        QVERIFY(!r.ok());
        QCOMPARE(qs(r.error().code), code);
        QVERIFY(!r.error().message.empty());
    }

    void dataCountInBytes() {
        // MP21's receive code reads data_count as bytes: the same packet says 4, not 1.
        const AdacRequest request{3, Bytes{1, 2, 3, 4}};
        const Bytes packet = encodeRequest(request, DataCountUnit::Bytes);
        QCOMPARE(readLe32(packet, 4), 4u);
        QVERIFY(decodeRequest(packet, DataCountUnit::Bytes).ok());
        QVERIFY(!decodeRequest(packet, DataCountUnit::Words).ok());
    }

    void tlvPadding_data() {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("paddedSize");
        for (int len : {0, 1, 2, 3, 4, 5, 212})
            QTest::newRow(qPrintable(QStringLiteral("%1 value bytes").arg(len)))
                << len << 8 + (len + 3) / 4 * 4;
    }
    void tlvPadding() {
        QFETCH(int, length);
        QFETCH(int, paddedSize);
        const Bytes value(static_cast<std::size_t>(length), 0xAB);
        const Bytes padded = encodeTlv(0x0102, value);
        QCOMPARE(int(padded.size()), paddedSize);
        QCOMPARE(int(encodeTlv(0x0102, value, TlvPadding::Unpadded).size()), 8 + length);
        QCOMPARE(hex(ByteView(padded).first(4)), QStringLiteral("00000201"));  // word0 = type << 16
        auto back = parseTlv(padded);
        QVERIFY(back.ok());
        QCOMPARE(int(back->type), 0x0102);
        QVERIFY(back->value == value);
    }

    void tlvListWalks() {
        const std::vector<Tlv> records{
            {0x0001, {1, 0}}, {0x0002, {0x20, 0}}, {0x0102, {1}}, {0x0004, Bytes(16, 7)}};
        for (TlvPadding layout : {TlvPadding::Padded, TlvPadding::Unpadded}) {
            const Bytes list = encodeTlvList(records, layout);
            auto back = parseTlvList(list, layout);
            QVERIFY(back.ok());
            QVERIFY(*back == records);
        }
    }

    void badTlvLists_data() {
        QTest::addColumn<QByteArray>("listHex");
        QTest::addColumn<QString>("code");
        QTest::newRow("reserved set") << QByteArray("0100010002000000010000000") + "0"
                                      << "da.tlv.reserved";
        QTest::newRow("length past the end") << QByteArray("0000010009000000010000") << "da.tlv.truncated";
        QTest::newRow("garbage after the list")
            << QByteArray("000001000200000001000000ffff") << "da.tlv.trailing-bytes";
    }
    void badTlvLists() {
        QFETCH(QByteArray, listHex);
        QFETCH(QString, code);
        auto r = parseTlvList(bytesOf(listHex), TlvPadding::Padded);
        QVERIFY(!r.ok());
        QCOMPARE(qs(r.error().code), code);
    }

    void challengeRoundTrip() {
        Challenge c;
        for (std::size_t i = 0; i < c.vector.size(); ++i)
            c.vector[i] = static_cast<std::uint8_t>(i);
        const Bytes wire = encodeChallenge(c);
        QCOMPARE(int(wire.size()), 36);
        QCOMPARE(hex(ByteView(wire).first(4)), QStringLiteral("01000000"));
        auto back = decodeChallenge(wire);
        QVERIFY(back.ok());
        QVERIFY(*back == c);
        QCOMPARE(qs(decodeChallenge(ByteView(wire).first(35)).error().code),
                 QStringLiteral("da.challenge.size"));
        Bytes v2 = wire;
        v2[0] = 2;
        QCOMPARE(qs(decodeChallenge(v2).error().code), QStringLiteral("da.challenge.version"));
    }

    // Section 5.2: the MP21 template, padded, 108 bytes.
    void discoveryMatchesTheMp21Template() {
        DiscoveryInfo d;
        d.authVersion = {{1, 0}};
        d.vendorId = {{0x00, 0x20}};
        d.socClass = 0x503;
        std::array<std::uint8_t, 16> uid{};
        for (std::size_t i = 0; i < 12; ++i)
            uid[i] = static_cast<std::uint8_t>(0xA0 + i);
        d.socId = uid;
        d.psaLifecycle = {{0x00, 0x30}};
        d.tokenFormats = std::vector<std::uint16_t>{0x0200};
        d.certFormats = std::vector<std::uint16_t>{0x0201};
        d.cryptosystems = std::vector<std::uint8_t>{0x01};
        const Bytes wire = encodeDiscovery(d);
        const QString expected = QStringLiteral(
            "000001000200000001000000"
            "000002000200000000200000"
            "000003000400000003050000"
            "0000040010000000a0a1a2a3a4a5a6a7a8a9aaab00000000"
            "000008000200000000300000"
            "000000010200000000020000"
            "000001010200000001020000"
            "000002010100000001000000");
        QCOMPARE(int(wire.size()), 108);
        QCOMPARE(hex(wire), expected);
        auto parsed = parseDiscovery(wire);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->info == d);
        QCOMPARE(qs(lifecycleName(*d.psaLifecycle)), QStringLiteral("PSA_LIFECYCLE_SECURED (0x3000)"));
    }

    void tolerantDiscoveryParser_data() {
        QTest::addColumn<bool>("padded");
        QTest::newRow("padded (psa-adac, MP21)") << true;
        QTest::newRow("unpadded (ST N6 builder)") << false;
    }
    void tolerantDiscoveryParser() {
        QFETCH(bool, padded);
        const DiscoveryInfo d = h7s7ClosedDiscovery();
        const TlvPadding layout = padded ? TlvPadding::Padded : TlvPadding::Unpadded;
        const Bytes wire = encodeDiscovery(d, layout);
        QCOMPARE(int(wire.size() % 4), 0);
        auto parsed = parseDiscovery(wire);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
        QCOMPARE(parsed->layout == TlvPadding::Padded, padded);
        QVERIFY(parsed->info == d);
    }

    void unparsableDiscoveryKeepsTheRawBytes() {
        const Bytes garbage = bytesOf("0000010002000000010000ffeeddccbbaa998877");
        auto parsed = parseDiscovery(garbage);
        QVERIFY(!parsed.ok());
        QCOMPARE(qs(parsed.error().code), QStringLiteral("da.discovery.unparsable"));
        bool rawKept = false;
        for (const auto& e : parsed.error().evidence)
            rawKept |= e.name == "raw" && e.value == toHex(garbage);
        QVERIFY(rawKept);
    }

    void unknownRecordsAreKept() {
        DiscoveryInfo d;
        d.authVersion = {{1, 0}};
        d.otherRecords.push_back({0x0005, {1, 2, 3, 4}});
        auto parsed = parseDiscovery(encodeDiscovery(d));
        QVERIFY(parsed.ok());
        QCOMPARE(int(parsed->info.otherRecords.size()), 1);
        QCOMPARE(int(parsed->info.otherRecords[0].type), 5);
    }

    // The lines of the field log (STM32CubeProgrammer v2.19, STM32H7S7 in CLOSED state).
    void describeLikeCubeProgrammer() {
        auto parsed = parseDiscovery(encodeDiscovery(h7s7ClosedDiscovery()));
        QVERIFY(parsed.ok());
        QStringList lines;
        QStringList permissions;
        for (const auto& line : describeDiscovery(parsed->info)) {
            if (line.label == "permission if authorized")
                permissions << qs(line.value);
            else
                lines << qs(formatDiscoveryLine(line));
        }
        const QStringList expected{
            "target ID.......................:0x485",
            "SoC ID..........................:0x00000000_38323634_30335112_00450059",
            "SDA version.....................:1.0.0",
            "Vendor ID.......................:STMicroelectronics",
            "PSA lifecycle...................:ST_LIFECYCLE_CLOSED",
            "PSA auth version................:1.0",
            "ST HDPL1 status.................:0xa",
            "ST HDPL2 status.................:0xa",
            "ST HDPL3 status.................:0x0",
            "Token Formats...................:0x200",
            "Certificate Formats.............:0x201",
            "cryptosystems...................:Ecdsa-P256 SHA256",
            "ST provisioning integrity status:0xeaeaeaea",
        };
        QCOMPARE(lines, expected);
        QCOMPARE(permissions,
                 (QStringList{"Full Regression", "Level 3 Intrusive Debug", "Level 2 Intrusive Debug",
                              "Level 1 Intrusive Debug", "Forced Download"}));
    }

    void lifecycleNames_data() {
        QTest::addColumn<QByteArray>("bytesHex");
        QTest::addColumn<QString>("name");
        QTest::newRow("N6 sample 20 17") << QByteArray("2017") << "ST_LIFECYCLE_PROVISIONING";
        QTest::newRow("closed") << QByteArray("3072") << "ST_LIFECYCLE_CLOSED";
        QTest::newRow("open") << QByteArray("10ed") << "ST_LIFECYCLE_OPEN";
        QTest::newRow("TZ-closed") << QByteArray("30c6") << "ST_LIFECYCLE_TZ_CLOSED";
        QTest::newRow("PSA secured, LE") << QByteArray("0030") << "PSA_LIFECYCLE_SECURED (0x3000)";
        QTest::newRow("nonsense") << QByteArray("0101") << "unknown (bytes 01 01)";
    }
    void lifecycleNames() {
        QFETCH(QByteArray, bytesHex);
        QFETCH(QString, name);
        const Bytes b = bytesOf(bytesHex);
        QCOMPARE(qs(lifecycleName({b[0], b[1]})), name);
    }

    void permissionParsing_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("storedHex");
        QTest::addColumn<QString>("error");
        QTest::newRow("H7RS scenario mask") << "0x80000000000000000000000000004007"
                                            << "07400000000000000000000000000080"
                                            << "";
        QTest::newRow("H5 XML mask") << "0x00005077"
                                     << "77500000000000000000000000000000"
                                     << "";
        QTest::newRow("no prefix, separators") << "5077_0000_0001"
                                               << "01000000775000000000000000000000"
                                               << "";
        QTest::newRow("leading zeros beyond 32 digits") << "0x000080000000000000000000000000004007"
                                                        << "07400000000000000000000000000080"
                                                        << "";
        QTest::newRow("129 bits") << "0x180000000000000000000000000004007"
                                  << ""
                                  << "da.permission.too-wide";
        QTest::newRow("not hex") << "0xfull"
                                 << ""
                                 << "da.permission.syntax";
        QTest::newRow("empty") << "0x"
                               << ""
                               << "da.permission.syntax";
    }
    void permissionParsing() {
        QFETCH(QString, text);
        QFETCH(QString, storedHex);
        QFETCH(QString, error);
        auto m = PermissionMask::parse(text.toStdString());
        if (!error.isEmpty()) {
            QVERIFY(!m.ok());
            QCOMPARE(qs(m.error().code), error);
            return;
        }
        QVERIFY(m.ok());
        QCOMPARE(hex(m->bytes()), storedHex);
        auto again = PermissionMask::parse(m->toHexInteger());
        QVERIFY(again.ok());
        QVERIFY(*again == *m);
    }

    void permissionSets() {
        const auto h7 = PermissionMask::parse("0x80000000000000000000000000004007").value();
        QCOMPARE(h7.bits(), (std::vector<int>{0, 1, 2, 14, 127}));
        const auto certs = PermissionMask::parse("0x80000000000000000000000000005007").value();
        QVERIFY(certs.contains(h7));
        QVERIFY(!h7.contains(certs));
        QVERIFY((certs & h7) == h7);
        QCOMPARE(qs(h7.toShortHex()), QStringLiteral("0x80000000000000000000000000004007"));
        QCOMPARE(qs(PermissionMask().toShortHex()), QStringLiteral("0x0"));
        QVERIFY(PermissionMask::fromU32(0x5077) == PermissionMask::parse("0x5077").value());
        QVERIFY(!h7.fitsIn32Bits());
        QCOMPARE(h7.low32(), 0x4007u);
    }

    void stPermissionNames_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mask");
        QTest::newRow("H7RS full regression") << "h7rs"
                                              << "full-regression"
                                              << "0x4000";
        QTest::newRow("H7RS names from the log") << "h7rs"
                                                 << "Full Regression, Level 3 Intrusive Debug"
                                                 << "0x4004";
        QTest::newRow("H7RS short alias") << "h7rs"
                                          << "debug-l2,forced-download"
                                          << "0x80000000000000000000000000000002";
        QTest::newRow("H5 secure and non-secure debug") << "h5"
                                                        << "debug-s-l3,debug-ns-l1"
                                                        << "0x41";
        QTest::newRow("H5 partial regression") << "STM32H5"
                                               << "partial-regression"
                                               << "0x1000";
        QTest::newRow("hex passes through") << "h5"
                                            << "0x00005077"
                                            << "0x5077";
        QTest::newRow("forced download is not an H5 name") << "h5"
                                                           << "forced-download"
                                                           << "";
        QTest::newRow("secure debug is not an H7RS name") << "h7rs"
                                                          << "debug-s-l1"
                                                          << "";
    }
    void stPermissionNames() {
        QFETCH(QString, family);
        QFETCH(QString, text);
        QFETCH(QString, mask);
        const auto f = parseDaFamily(family.toStdString());
        QVERIFY(f.has_value());
        auto m = parsePermissions(*f, text.toStdString());
        if (mask.isEmpty()) {
            QVERIFY(!m.ok());
            QCOMPARE(qs(m.error().code), QStringLiteral("da.permission.unknown-name"));
            QVERIFY(m.error().hint.find("full-regression") != std::string::npos);
            return;
        }
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().describe().c_str());
        QCOMPARE(qs(m->toShortHex()), mask);
    }

    void grantsForTheChipModel() {
        const auto h7 = PermissionMask::parse("0x80000000000000000000000000005007").value();
        const PermissionGrant g = interpretPermissions(DaFamily::Stm32H7rs, h7);
        QVERIFY(g.fullRegression);
        QVERIFY(g.forcedDownload);
        QVERIFY(!g.partialRegression);
        QCOMPARE(g.debugLevel, 3);
        QCOMPARE(g.unknownBits, std::vector<int>{12});  // in ST's H7RS certificates, meaning unpublished

        const PermissionGrant h5 = interpretPermissions(DaFamily::Stm32H5, PermissionMask::fromU32(0x5077));
        QVERIFY(h5.fullRegression && h5.partialRegression);
        QCOMPARE(h5.debugLevel, 3);
        QCOMPARE(h5.secureDebugLevel, 3);
        QVERIFY(h5.unknownBits.empty());
        QCOMPARE(qs(permissionDisplayName(DaFamily::Stm32H5, 99)),
                 QStringLiteral("permission bit 99 (meaning not published)"));
    }

    void familyFromDevId() {
        QVERIFY(daFamilyForDevId(0x485) == DaFamily::Stm32H7rs);
        for (std::uint32_t id : {0x474u, 0x478u, 0x484u})
            QVERIFY(daFamilyForDevId(id) == DaFamily::Stm32H5);
        QVERIFY(!daFamilyForDevId(0x450).has_value());
    }
};

QTEST_GUILESS_MAIN(TestAuthCodec)
#include "test_auth_codec.moc"
