// Option-byte field tables: decode register dumps into named fields, encode fields back,
// the blank image, look-ups by name and alias, register addresses, and H7RS's derived
// PRODUCT_STATE.

#include <QtTest>

#include <random>

#include "catalog_fixture.h"
#include "core/optionbytes/decode.h"
#include "core/optionbytes/encode.h"
#include "core/optionbytes/option_byte_image.h"

using namespace rescue;
using namespace rescue::optionbytes;
using rescue::test::family;

class TestOptionBytesCodec : public QObject {
    Q_OBJECT

    static void addFamilyRows() {
        QTest::addColumn<QString>("id");
        for (const char* id : {"stm32h503", "stm32h52x-h53x", "stm32h56x-h57x", "stm32h7rs"})
            QTest::newRow(id) << QString(id);
    }

private slots:
    void roundTripEveryRegister_data() { addFamilyRows(); }
    void roundTripEveryRegister() {
        QFETCH(QString, id);
        auto fam = family(id);
        const FieldTable& table = fam->optionBytes;
        std::mt19937 random(0x5EED + static_cast<unsigned>(id.size()));
        for (const auto& reg : table.registers) {
            QVERIFY2(reg.definedMask != 0, reg.name.c_str());
            for (int round = 0; round < 64; ++round) {
                std::uint32_t value = static_cast<std::uint32_t>(random()) & reg.definedMask;
                if (round == 0)
                    value = reg.definedMask;  // every defined bit set
                if (round == 1)
                    value = 0;

                auto decoded = decode(*fam, {{reg.curName, value}});
                QVERIFY(decoded);
                QCOMPARE(decoded->registers.size(), std::size_t(1));
                QCOMPARE(decoded->registers[0].reservedBits, 0u);
                FieldValues values;
                for (const auto& d : decoded->fields)
                    if (!d.derived && !d.field->isAggregate())
                        values.emplace_back(d.field->name, d.value);
                QCOMPARE(values.size(), table.fieldsOf(reg.name).size());

                auto encoded = encode(table, values, {{reg.name, 0u}});
                QVERIFY(encoded);
                QCOMPARE(encoded->at(reg.name), value);

                // The same through the image value type, field by field, from a blank chip.
                auto image = OptionByteImage::blank(fam);
                for (const auto& [name, v] : values)
                    QVERIFY(image.setField(name, v));
                auto read = image.registerValue(reg.prgName);
                QVERIFY(read);
                QCOMPARE(*read & reg.definedMask, value);
            }
        }
    }

    void reservedBitsAreReportedAndKept() {
        auto fam = family("stm32h56x-h57x");
        const std::uint32_t reservedBit5 = 1u << 5;  // OPTSR bit 5 is reserved
        auto decoded = decode(*fam, {{"OPTSR_CUR", 0x0000EDD8u | reservedBit5}});
        QVERIFY(decoded);
        QCOMPARE(decoded->registers[0].reservedBits, reservedBit5);
        auto encoded = encode(fam->optionBytes, {{"SWAP_BANK", 1}}, {{"OPTSR", 0x0000EDD8u | reservedBit5}});
        QVERIFY(encoded);
        QCOMPARE(encoded->at("OPTSR"), 0x8000EDD8u | reservedBit5);
    }

    void decodeShowsNamesAndUnknownValues_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reg");
        QTest::addColumn<uint>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<uint>("fieldValue");
        QTest::addColumn<QString>("display");
        QTest::addColumn<bool>("known");
        QTest::newRow("open") << "stm32h56x-h57x"
                              << "OPTSR" << 0x0000EDD8u << "PRODUCT_STATE" << 0xEDu << "0xED Open" << true;
        QTest::newRow("provisioning")
            << "stm32h52x-h53x"
            << "OPTSR_CUR" << 0x2D0017D8u << "PRODUCT_STATE" << 0x17u << "0x17 Provisioning" << true;
        QTest::newRow("invalid state code")
            << "stm32h56x-h57x"
            << "OPTSR" << 0x000012D8u << "PRODUCT_STATE" << 0x12u << "0x12 invalid/unknown" << false;
        QTest::newRow("H503 has no TZ-Closed")
            << "stm32h503"
            << "OPTSR" << 0x0000C6D8u << "PRODUCT_STATE" << 0xC6u << "0xC6 invalid/unknown" << false;
        QTest::newRow("TZ enabled") << "stm32h56x-h57x"
                                    << "OPTSR2" << 0xB4000000u << "TZEN" << 0xB4u << "0xB4 enabled" << true;
        QTest::newRow("BOOT_UBE ST-iRoT")
            << "stm32h56x-h57x"
            << "OPTSR" << (0xC3u << 22) << "BOOT_UBE" << 0xC3u << "0xC3 ST-iRoT" << true;
        QTest::newRow("boot address") << "stm32h56x-h57x"
                                      << "NSBOOTR" << 0x080000C3u << "NSBOOTADD" << 0x080000u
                                      << "0x080000 (address 0x08000000)" << true;
        QTest::newRow("boot lock frozen")
            << "stm32h52x-h53x"
            << "SECBOOTR" << 0x0C0000B4u << "SECBOOT_LOCK" << 0xB4u << "0xB4 frozen" << true;
        QTest::newRow("hdp end index") << "stm32h56x-h57x"
                                       << "HDP1R" << 0x000B0000u << "HDP1_END" << 11u << "11" << true;
        QTest::newRow("H7RS closed") << "stm32h7rs"
                                     << "NVSR" << 0x51u << "NVSTATE" << 0x51u << "0x51 CLOSE" << true;
        QTest::newRow("H7RS DBG_AUTH password")
            << "stm32h7rs"
            << "ROTSR" << 0x00008A6Au << "DBG_AUTH" << 0x8Au << "0x8A password" << true;
        QTest::newRow("H7RS reserved TCM size")
            << "stm32h7rs"
            << "OBW2SR" << 0x5u << "ITCM_AXI_SHARE" << 5u << "0x5 reserved/unknown" << false;
        QTest::newRow("H7RS alias") << "stm32h7rs"
                                    << "OBW1SR" << 0x100u << "OCTO1_HSLV" << 1u << "0x1 enabled" << true;
    }
    void decodeShowsNamesAndUnknownValues() {
        QFETCH(QString, id);
        QFETCH(QString, reg);
        QFETCH(uint, value);
        QFETCH(QString, field);
        QFETCH(uint, fieldValue);
        QFETCH(QString, display);
        QFETCH(bool, known);
        auto decoded = decode(*family(id), {{reg.toStdString(), value}});
        QVERIFY(decoded);
        const auto* d = decoded->field(field.toStdString());
        QVERIFY2(d, qPrintable(field));
        QCOMPARE(d->value, fieldValue);
        QCOMPARE(QString::fromStdString(d->display), display);
        QCOMPARE(d->known, known);
    }

    void decodeRefusesUnknownRegisters() {
        auto decoded = decode(*family("stm32h7rs"), {{"OPTSR", 0u}});
        QVERIFY(!decoded);
        QCOMPARE(QString::fromStdString(decoded.error().code),
                 QStringLiteral("optionbytes.unknown-register"));
        auto image =
            OptionByteImage::fromDump(family("stm32h503"), {{"SECBOOTR", 0u}});  // H503: no secure boot
        QVERIFY(!image);
    }

    void h7rsProductStateIsDerived_data() {
        QTest::addColumn<uint>("nvsr");
        QTest::addColumn<uint>("rotsr");
        QTest::addColumn<int>("code");  // -1: not derivable
        QTest::newRow("open, blank") << 0xB4u << 0x6A00FF6Au << 0xED;
        QTest::newRow("closed, certificates") << 0x51u << 0x6A0051B4u << 0x72;
        QTest::newRow("closed, password") << 0x51u << 0x6A008AB4u << 0x72;
        QTest::newRow("locked") << 0x51u << 0x6A00B4B4u << 0x5C;
        QTest::newRow("invalid NVSTATE") << 0x00u << 0x6A00FF6Au << -1;
    }
    void h7rsProductStateIsDerived() {
        QFETCH(uint, nvsr);
        QFETCH(uint, rotsr);
        QFETCH(int, code);
        auto fam = family("stm32h7rs");
        auto image = OptionByteImage::fromDump(fam, {{"NVSR", nvsr}, {"ROTSRP", rotsr}});
        QVERIFY(image);
        auto value = image->field("PRODUCT_STATE");
        auto decoded = decode(*image);
        const auto* d = decoded.field("PRODUCT_STATE");
        QVERIFY(d && d->derived);
        if (code < 0) {
            QVERIFY(!value);
            QVERIFY(!d->known);
            return;
        }
        QVERIFY(value);
        QCOMPARE(int(*value), code);
        QCOMPARE(int(d->value), code);
        QVERIFY(QString::fromStdString(d->display).contains("mapping unconfirmed"));
    }

    void h7rsProductStateIsNotARegister() {
        auto fam = family("stm32h7rs");
        const FieldDef* ps = fam->optionBytes.field("PRODUCT_STATE");
        QVERIFY(ps);
        QVERIFY(ps->setBy == SetBy::BootRomService);
        QCOMPARE(QString::fromStdString(ps->serviceCommand), QStringLiteral("-psrss"));
        auto image = OptionByteImage::blank(fam);
        auto s = image.setField("PRODUCT_STATE", 0x72);
        QVERIFY(!s);
        QCOMPARE(QString::fromStdString(s.error().code), QStringLiteral("optionbytes.service-only"));
        auto e = encode(fam->optionBytes, {{"PRODUCT_STATE", 0x72}});
        QVERIFY(!e);
        // On H5 the same name is a register field.
        QVERIFY(family("stm32h52x-h53x")->optionBytes.field("PRODUCT_STATE")->setBy == SetBy::OptionRegister);
    }

    void blankImageHasFactoryValues_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::addColumn<uint>("value");
        QTest::newRow("H5 open") << "stm32h56x-h57x"
                                 << "PRODUCT_STATE" << 0xEDu;
        QTest::newRow("H5 TZ off") << "stm32h52x-h53x"
                                   << "TZEN" << 0xC3u;
        QTest::newRow("H56x no WRP") << "stm32h56x-h57x"
                                     << "WRPSGn2" << 0xFFFFFFFFu;
        QTest::newRow("H53x no WRP") << "stm32h52x-h53x"
                                     << "WRPSG1" << 0xFFu;
        QTest::newRow("H5 no HDP start") << "stm32h56x-h57x"
                                         << "HDP1_STRT" << 1u;
        QTest::newRow("H5 no HDP end") << "stm32h56x-h57x"
                                       << "HDP1_END" << 0u;
        QTest::newRow("H5 boot address") << "stm32h503"
                                         << "NSBOOTADD" << 0x080000u;
        QTest::newRow("H5 boot unlocked") << "stm32h503"
                                          << "NSBOOT_LOCK" << 0xC3u;
        QTest::newRow("H5 OEM-iRoT") << "stm32h56x-h57x"
                                     << "BOOT_UBE" << 0xB4u;
        QTest::newRow("H7RS open") << "stm32h7rs"
                                   << "NVSTATE" << 0xB4u;
        QTest::newRow("H7RS DBG_AUTH unset") << "stm32h7rs"
                                             << "DBG_AUTH" << 0xFFu;
        QTest::newRow("H7RS not provisioned") << "stm32h7rs"
                                              << "OEM_PROVD" << 0x6Au;
        QTest::newRow("H7RS no WRP") << "stm32h7rs"
                                     << "WRPS" << 0xFFu;
        QTest::newRow("H7RS no HDP") << "stm32h7rs"
                                     << "HDP_AREA_START" << 0xFFu;
        QTest::newRow("H7RS open, derived") << "stm32h7rs"
                                            << "PRODUCT_STATE" << 0xEDu;
    }
    void blankImageHasFactoryValues() {
        QFETCH(QString, id);
        QFETCH(QString, field);
        QFETCH(uint, value);
        auto image = OptionByteImage::blank(family(id));
        auto v = image.field(field.toStdString());
        QVERIFY2(v, v ? "" : v.error().message.c_str());
        QCOMPARE(*v, value);
    }

    void lookupByNameOrAlias_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");  // empty: no such field
        QTest::newRow("CubeProgrammer name") << "stm32h56x-h57x"
                                             << "WRPSGn1"
                                             << "WRPSGn1";
        QTest::newRow("RM alias, lower case") << "stm32h56x-h57x"
                                              << "wrpsg1"
                                              << "WRPSGn1";
        QTest::newRow("upper case") << "stm32h52x-h53x"
                                    << "WRPSGN2"
                                    << "WRPSGn2";
        QTest::newRow("H7RS whole field") << "stm32h7rs"
                                          << "wrps"
                                          << "WRPS";
        QTest::newRow("H7RS per sector") << "stm32h7rs"
                                         << "WRPS5"
                                         << "WRPS5";
        QTest::newRow("H7RS SVD alias") << "stm32h7rs"
                                        << "octo2_hslv"
                                        << "XSPI2_HSLV";
        QTest::newRow("H7RS TCM") << "stm32h7rs"
                                  << "DTCM_AXI_SHARE"
                                  << "DTCM_AXI_SHARE";
        QTest::newRow("H503 SRAM1") << "stm32h503"
                                    << "sram1_ecc"
                                    << "SRAM1_ECC";
        QTest::newRow("H503 has no TZEN") << "stm32h503"
                                          << "TZEN"
                                          << "";
        QTest::newRow("no third bank") << "stm32h56x-h57x"
                                       << "WRPSG3"
                                       << "";
    }
    void lookupByNameOrAlias() {
        QFETCH(QString, id);
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        const FieldDef* f = family(id)->optionBytes.field(typed.toStdString());
        if (canonical.isEmpty()) {
            QVERIFY(!f);
            return;
        }
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->name), canonical);
    }

    void registerAddresses_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reg");
        QTest::addColumn<uint>("cur");
        QTest::addColumn<uint>("prg");
        QTest::newRow("H5 OPTSR") << "stm32h56x-h57x"
                                  << "OPTSR" << 0x40022050u << 0x40022054u;
        QTest::newRow("H5 WRP2R") << "stm32h52x-h53x"
                                  << "WRP2R_PRG" << 0x400221E8u << 0x400221ECu;
        QTest::newRow("H503 OPTSR2") << "stm32h503"
                                     << "optsr2_cur" << 0x40022070u << 0x40022074u;
        // ST's scripts: -obrss 0x5200221c (WRPSRP), 0x52002234 (HDPSRP).
        QTest::newRow("H7RS WRPSR") << "stm32h7rs"
                                    << "WRPSRP" << 0x52002218u << 0x5200221Cu;
        QTest::newRow("H7RS HDPSR") << "stm32h7rs"
                                    << "HDPSR" << 0x52002230u << 0x52002234u;
        QTest::newRow("H7RS NVSR") << "stm32h7rs"
                                   << "NVSR" << 0x52002200u << 0x52002204u;
    }
    void registerAddresses() {
        QFETCH(QString, id);
        QFETCH(QString, reg);
        QFETCH(uint, cur);
        QFETCH(uint, prg);
        const auto& table = family(id)->optionBytes;
        const RegisterDef* r = table.registerNamed(reg.toStdString());
        QVERIFY(r);
        QCOMPARE(table.curAddress(*r), cur);
        QCOMPARE(table.prgAddress(*r), prg);
    }

    void freezesAreData() {
        auto h56 = family("stm32h56x-h57x");
        const FieldDef* wrp = h56->optionBytes.field("WRPSGn1");
        QVERIFY(wrp->frozenInState("closed") && wrp->frozenInState("tz-closed") &&
                wrp->frozenInState("locked"));
        QVERIFY(!wrp->frozenInState("provisioning"));
        const FieldDef* bootAdd = h56->optionBytes.field("NSBOOTADD");
        QCOMPARE(bootAdd->frozenBy, (std::vector<FieldCondition>{{"NSBOOT_LOCK", 0xB4}}));
        QVERIFY(h56->optionBytes.field("LOCKBL")->setOnly);
        QVERIFY(family("stm32h7rs")->optionBytes.field("PERSO_OK")->readOnly);
        QVERIFY(!family("stm32h7rs")->optionBytes.field("IWDG_FZ_STOP")->confirmed);
        const FieldDef* irot = family("stm32h7rs")->optionBytes.field("IROT_SELECT");
        QVERIFY(irot->appliesToLine("STM32H7S7") && !irot->appliesToLine("STM32H7R7"));
    }

    void fieldsMissingOnAPartAreLeftOut() {
        auto h7r = rescue::test::part("STM32H7R7L8");
        auto h7s = rescue::test::part("STM32H7S7L8");
        auto dump = RegisterDump{{"ROTSR", 0x6A00FF6Au}};
        auto onR = decode(*h7r.family, dump, &h7r);
        auto onS = decode(*h7s.family, dump, &h7s);
        QVERIFY(onR && onS);
        QVERIFY(!onR->field("IROT_SELECT"));
        QVERIFY(onS->field("IROT_SELECT"));
    }
};

QTEST_GUILESS_MAIN(TestOptionBytesCodec)
#include "test_option_bytes_codec.moc"
