// Write-protection polarity (bit 0 = protected) and the sector map per part, including
// parts whose flash is smaller than the field (unused group bits protect nothing).

#include <QtTest>

#include "catalog_fixture.h"
#include "core/optionbytes/decode.h"
#include "core/optionbytes/wrp_map.h"

using namespace rescue;
using namespace rescue::optionbytes;
using rescue::test::part;

namespace {
QString sectorList(const std::vector<unsigned>& sectors) {
    QStringList out;
    for (unsigned s : sectors)
        out << QString::number(s);
    return out.join(',');
}
QString range(unsigned first, unsigned last) {
    QStringList out;
    for (unsigned s = first; s <= last; ++s)
        out << QString::number(s);
    return out.join(',');
}
}  // namespace

class TestWrpMap : public QObject {
    Q_OBJECT

private slots:
    void polarityAndSectors_data() {
        QTest::addColumn<QString>("partNumber");
        QTest::addColumn<QString>("field");
        QTest::addColumn<uint>("value");
        QTest::addColumn<uint>("bank");
        QTest::addColumn<int>("groupsOnPart");
        QTest::addColumn<QString>("protectedSectors");
        QTest::addColumn<bool>("all");
        QTest::newRow("H563 2MB: none") << "STM32H563ZI"
                                        << "WRPSGn1" << 0xFFFFFFFFu << 1u << 32 << "" << false;
        QTest::newRow("H563 2MB: OEMiROT groups 0-2")
            << "STM32H563ZI"
            << "WRPSGn1" << 0xFFFFFFF8u << 1u << 32 << range(0, 11) << false;
        QTest::newRow("H563 2MB: group 0") << "STM32H563ZI"
                                           << "WRPSGn2" << 0xFFFFFFFEu << 2u << 32 << range(0, 3) << false;
        QTest::newRow("H563 2MB: last group")
            << "STM32H563ZI"
            << "WRPSGn1" << 0x7FFFFFFFu << 1u << 32 << range(124, 127) << false;
        QTest::newRow("H563 2MB: all") << "STM32H563ZI"
                                       << "WRPSGn1" << 0x00000000u << 1u << 32 << range(0, 127) << true;
        QTest::newRow("H563 1MB: upper bits unused") << "STM32H563ZG"
                                                     << "WRPSGn1" << 0x0000FFFFu << 1u << 16 << "" << false;
        QTest::newRow("H563 1MB: all 16 groups")
            << "STM32H563ZG"
            << "WRPSGn1" << 0xFFFF0000u << 1u << 16 << range(0, 63) << true;
        QTest::newRow("H533: bank 2 group 0") << "STM32H533RE"
                                              << "WRPSGn2" << 0xFEu << 2u << 8 << range(0, 3) << false;
        QTest::newRow("H533: all") << "STM32H533RE"
                                   << "WRPSG1" << 0x00u << 1u << 8 << range(0, 31) << true;
        QTest::newRow("H523 256KB: 4 groups") << "STM32H523CC"
                                              << "WRPSGn1" << 0xF0u << 1u << 4 << range(0, 15) << true;
        QTest::newRow("H503: one sector per bit") << "STM32H503RB"
                                                  << "WRPSGn1" << 0xFEu << 1u << 8 << "0" << false;
        QTest::newRow("H503: sector 7") << "STM32H503RB"
                                        << "WRPSGn2" << 0x7Fu << 2u << 8 << "7" << false;
        QTest::newRow("H7S7: field story, all zero") << "STM32H7S7L8H6H"
                                                     << "WRPS" << 0x00u << 1u << 8 << range(0, 7) << true;
        QTest::newRow("H7S7: all ones") << "STM32H7S7L8"
                                        << "WRPS" << 0xFFu << 1u << 8 << "" << false;
        QTest::newRow("H7S7: sectors 0 and 5") << "STM32H7S7L8"
                                               << "WRPS" << 0xDEu << 1u << 8 << "0,5" << false;
        QTest::newRow("H7S7: per-sector field") << "STM32H7S7L8"
                                                << "WRPS3" << 0x0u << 1u << 1 << "3" << true;
        QTest::newRow("H7S7: per-sector field off") << "STM32H7S7L8"
                                                    << "WRPS3" << 0x1u << 1u << 1 << "" << false;
    }
    void polarityAndSectors() {
        QFETCH(QString, partNumber);
        QFETCH(QString, field);
        QFETCH(uint, value);
        QFETCH(uint, bank);
        QFETCH(int, groupsOnPart);
        QFETCH(QString, protectedSectors);
        QFETCH(bool, all);
        auto p = part(partNumber);
        const FieldDef* f = p.family->optionBytes.field(field.toStdString());
        QVERIFY(f);
        QVERIFY(f->activeLow);
        auto map = wrpMap(*f, value, p);
        QVERIFY2(map, map ? "" : map.error().describe().c_str());
        QCOMPARE(map->bank, bank);
        QCOMPARE(int(map->groups.size()), groupsOnPart);
        QCOMPARE(sectorList(map->protectedSectors()), protectedSectors);
        QCOMPARE(map->allProtected(), all);
        QCOMPARE(map->anyProtected(), !protectedSectors.isEmpty());
    }

    void imageGivesOneMapPerBank() {
        auto h563 = part("STM32H563ZI");
        auto image = OptionByteImage::blank(h563.family);
        QVERIFY(image.setField("WRPSGn2", 0xFFFFFFF0u));
        auto maps = wrpMaps(image, h563);
        QCOMPARE(maps.size(), std::size_t(2));
        QVERIFY(!maps[0].anyProtected());
        QCOMPARE(sectorList(maps[1].protectedSectors()), range(0, 15));

        auto h7 = part("STM32H7S7L8");
        auto closed = OptionByteImage::fromDump(h7.family, {{"WRPSR", 0x00u}});
        QVERIFY(closed);
        auto h7maps = wrpMaps(*closed, h7);
        QCOMPARE(h7maps.size(), std::size_t(1));  // the whole WRPS field, not eight per-sector maps
        QCOMPARE(QString::fromStdString(h7maps[0].field), QStringLiteral("WRPS"));
        QVERIFY(h7maps[0].allProtected());
    }

    void valueProtecting_data() {
        QTest::addColumn<QString>("partNumber");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("sectors");
        QTest::addColumn<uint>("value");
        QTest::newRow("H563 boot area") << "STM32H563ZI"
                                        << "WRPSGn1"
                                        << "0,5,11" << 0xFFFFFFF8u;
        QTest::newRow("H563 last sector") << "STM32H563ZI"
                                          << "WRPSGn2"
                                          << "127" << 0x7FFFFFFFu;
        QTest::newRow("H503 sector 2") << "STM32H503RB"
                                       << "WRPSGn1"
                                       << "2" << 0xFBu;
        QTest::newRow("H7S7 sector 3") << "STM32H7S7L8"
                                       << "WRPS"
                                       << "3" << 0xF7u;
        QTest::newRow("nothing") << "STM32H7S7L8"
                                 << "WRPS"
                                 << "" << 0xFFu;
    }
    void valueProtecting() {
        QFETCH(QString, partNumber);
        QFETCH(QString, field);
        QFETCH(QString, sectors);
        QFETCH(uint, value);
        auto p = part(partNumber);
        std::vector<unsigned> list;
        for (const auto& s : sectors.split(',', Qt::SkipEmptyParts))
            list.push_back(s.toUInt());
        auto v = wrpValueProtecting(*p.family->optionBytes.field(field.toStdString()), list, p);
        QVERIFY(v);
        QCOMPARE(*v, value);
        // And back: the map of that value protects the groups holding those sectors.
        auto map = wrpMap(*p.family->optionBytes.field(field.toStdString()), *v, p);
        for (unsigned s : list) {
            auto prot = map->protectedSectors();
            QVERIFY(std::find(prot.begin(), prot.end(), s) != prot.end());
        }
    }

    void sectorBeyondThePartIsRefused() {
        auto p = part("STM32H563ZG");  // 64 sectors per bank
        auto v = wrpValueProtecting(*p.family->optionBytes.field("WRPSGn1"), {64}, p);
        QVERIFY(!v);
        QCOMPARE(QString::fromStdString(v.error().code), QStringLiteral("optionbytes.no-such-sector"));
        auto notWrp = wrpMap(*p.family->optionBytes.field("TZEN"), 0xB4, p);
        QVERIFY(!notWrp);
    }

    void decodeShowsSectorsForAPart() {
        auto p = part("STM32H7S7L8");
        auto decoded = decode(*p.family, {{"WRPSR", 0x00u}}, &p);
        QVERIFY(decoded);
        QVERIFY(QString::fromStdString(decoded->field("WRPS")->display).contains("every sector"));
        // A per-bit view protects its own sector, not the bank.
        QCOMPARE(QString::fromStdString(decoded->field("WRPS3")->display),
                 QStringLiteral("0x0: bank 1 sector 3 protected"));
        auto h563 = part("STM32H563ZI");
        auto d2 = decode(*h563.family, {{"WRP1R_CUR", 0xFFFFFFF8u}}, &h563);
        QVERIFY(d2);
        QCOMPARE(QString::fromStdString(d2->field("WRPSGn1")->display),
                 QStringLiteral("0xFFFFFFF8: bank 1 sectors 0-11 protected"));
        auto noPart = decode(*h563.family, {{"WRP1R", 0xFFFFFFF8u}});
        QCOMPARE(QString::fromStdString(noPart->field("WRPSGn1")->display),
                 QStringLiteral("0xFFFFFFF8: groups 0-2 protected"));
    }
};

QTEST_GUILESS_MAIN(TestWrpMap)
#include "test_wrp_map.moc"
