// NAME=VALUE as STM32CubeProgrammer takes it, including the exact -ob lines of ST's
// provisioning scripts (stm32-lifecycle-and-option-bytes.md §7), applied to a blank chip.

#include <QtTest>

#include "catalog_fixture.h"
#include "core/optionbytes/assignment.h"
#include "core/optionbytes/option_byte_image.h"

using namespace rescue;
using namespace rescue::optionbytes;
using rescue::test::family;

class TestObAssignments : public QObject {
    Q_OBJECT

private slots:
    void stScriptLines_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("reg");
        QTest::addColumn<uint>("mask");
        QTest::addColumn<uint>("expected");  // (register & mask) after applying the line to a blank chip

        const QString h56 = "stm32h56x-h57x";
        QTest::newRow("H563 TZ on") << h56 << "-ob TZEN=0xB4" << 1 << "OPTSR2" << 0xFF000000u << 0xB4000000u;
        QTest::newRow("H563 TZ off") << h56 << "-ob TZEN=0xC3" << 1 << "OPTSR2" << 0xFF000000u << 0xC3000000u;
        QTest::newRow("H563 remove protections")
            << h56
            << "-ob WRPSGn1=0xffffffff WRPSGn2=0xffffffff HDP1_STRT=1 HDP1_END=0 HDP2_STRT=1 HDP2_END=0" << 6
            << "HDP2R" << 0x007F007Fu << 0x00000001u;
        QTest::newRow("H563 watermarks")
            << h56 << "-ob SECWM1_STRT=0x0 SECWM1_END=0x7F SECWM2_STRT=0x0 SECWM2_END=0x7F" << 4 << "SECWM2R"
            << 0x007F007Fu << 0x007F0000u;
        QTest::newRow("H563 boot setup") << h56
                                         << "-ob SECBOOT_LOCK=0xC3 SWAP_BANK=0 SRAM2_RST=0 SRAM2_ECC=0 "
                                            "NSBOOTADD=0x80000 SECBOOTADD=0xC0000 "
                                            "BOOT_UBE=0xB4"
                                         << 7 << "SECBOOTR" << 0xFFFFFFFFu << 0x0C0000C3u;
        QTest::newRow("H563 OEMiROT hardening")
            << h56 << "-ob WRPSGn1=0xFFFFFFF8" << 1 << "WRP1R" << 0xFFFFFFFFu << 0xFFFFFFF8u;
        QTest::newRow("H563 hide boot")
            << h56 << "-ob HDP1_STRT=0 HDP1_END=0xB" << 2 << "HDP1R" << 0x007F007Fu << 0x000B0000u;
        QTest::newRow("H563 lock secure boot")
            << h56 << "-ob SECBOOT_LOCK=0xB4" << 1 << "SECBOOTR" << 0xFFu << 0xB4u;
        QTest::newRow("H563 provisioning")
            << h56 << "-ob PRODUCT_STATE=0x17" << 1 << "OPTSR" << 0xFF00u << 0x1700u;
        QTest::newRow("H563 closed") << h56 << "-ob PRODUCT_STATE=0x72" << 1 << "OPTSR" << 0xFF00u << 0x7200u;
        QTest::newRow("full command line")
            << h56 << "STM32_Programmer_CLI -c port=SWD speed=fast ap=1 mode=Hotplug -ob PRODUCT_STATE=0x2E"
            << 1 << "OPTSR" << 0xFF00u << 0x2E00u;
        QTest::newRow("H533 remove WRP") << "stm32h52x-h53x"
                                         << "-ob WRPSGn1=0xff WRPSGn2=0xff" << 2 << "WRP2R" << 0xFFu << 0xFFu;
        QTest::newRow("H533 watermark")
            << "stm32h52x-h53x"
            << "-ob SECWM1_END=0x1F" << 1 << "SECWM1R" << 0x001F0000u << 0x001F0000u;
        QTest::newRow("H503 setup") << "stm32h503"
                                    << "-ob WRPSGn1=0xff WRPSGn2=0xff NSBOOT_LOCK=0xC3 SRAM1_RST=0 "
                                       "SRAM1_ECC=0 NSBOOTADD=0x80000 SWAP_BANK=0"
                                    << 7 << "OPTSR2" << 0x600u << 0x000u;
        QTest::newRow("H503 password lock") << "stm32h503"
                                            << "-ob LOCKBL=0x1" << 1 << "OTPBLR" << 0xFFFFFFFFu << 1u;
        QTest::newRow("H7RS TCM") << "stm32h7rs"
                                  << "-ob DTCM_AXI_SHARE=0 ITCM_AXI_SHARE=0" << 2 << "OBW2SR" << 0x77u << 0u;
        QTest::newRow("H7RS open: remove WRP and HDP")
            << "stm32h7rs"
            << "-ob WRPS0=1 WRPS1=1 WRPS2=1 WRPS3=1 WRPS4=1 WRPS5=1 WRPS6=1 WRPS7=1 HDP_AREA_START=1 "
               "HDP_AREA_END=0"
            << 10 << "HDPSR" << 0x01FF01FFu << 0x00000001u;
        QTest::newRow("H7RS ECC") << "stm32h7rs"
                                  << "-ob ECC_ON_SRAM=1" << 1 << "OBW2SR" << 0x100u << 0x100u;
        QTest::newRow("H7RS XSPI1") << "stm32h7rs"
                                    << "-ob XSPI1_HSLV=1" << 1 << "OBW1SR" << 0x100u << 0x100u;
        QTest::newRow("H7RS XSPI2") << "stm32h7rs"
                                    << "-ob XSPI2_HSLV=1" << 1 << "OBW1SR" << 0x200u << 0x200u;
        QTest::newRow("H7RS whole WRPS field") << "stm32h7rs"
                                               << "-ob WRPS=0x00" << 1 << "WRPSR" << 0xFFu << 0x00u;
    }
    void stScriptLines() {
        QFETCH(QString, id);
        QFETCH(QString, line);
        QFETCH(int, count);
        QFETCH(QString, reg);
        QFETCH(uint, mask);
        QFETCH(uint, expected);
        auto fam = family(id);
        auto parsed = parseObArguments(fam->optionBytes, line.toStdString());
        QVERIFY2(parsed, parsed ? "" : parsed.error().describe().c_str());
        QCOMPARE(int(parsed->size()), count);
        auto image = OptionByteImage::blank(fam);
        for (const auto& a : *parsed)
            QVERIFY(image.setField(a.field->name, a.value));
        auto value = image.registerValue(reg.toStdString());
        QVERIFY(value);
        QCOMPARE(*value & mask, expected);
    }

    void valueForms_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<uint>("value");
        QTest::newRow("hex") << "stm32h56x-h57x"
                             << "PRODUCT_STATE=0x17"
                             << "PRODUCT_STATE" << 0x17u;
        QTest::newRow("upper hex prefix") << "stm32h56x-h57x"
                                          << "TZEN=0XB4"
                                          << "TZEN" << 0xB4u;
        QTest::newRow("decimal") << "stm32h56x-h57x"
                                 << "HDP1_END=11"
                                 << "HDP1_END" << 11u;
        QTest::newRow("binary") << "stm32h56x-h57x"
                                << "BOR_LEV=0b10"
                                << "BOR_LEV" << 2u;
        QTest::newRow("state name") << "stm32h56x-h57x"
                                    << "PRODUCT_STATE=provisioning"
                                    << "PRODUCT_STATE" << 0x17u;
        QTest::newRow("state name with _") << "stm32h52x-h53x"
                                           << "product_state=TZ_CLOSED"
                                           << "PRODUCT_STATE" << 0xC6u;
        QTest::newRow("enum name") << "stm32h56x-h57x"
                                   << "TZEN=enabled"
                                   << "TZEN" << 0xB4u;
        QTest::newRow("enum name, spaces around") << "stm32h56x-h57x"
                                                  << " SWAP_BANK = swapped "
                                                  << "SWAP_BANK" << 1u;
        QTest::newRow("alias") << "stm32h56x-h57x"
                               << "WRPSG2=0xFFFFFFF0"
                               << "WRPSGn2" << 0xFFFFFFF0u;
        QTest::newRow("H7RS code name") << "stm32h7rs"
                                        << "DBG_AUTH=password"
                                        << "DBG_AUTH" << 0x8Au;
        QTest::newRow("H7RS service field still parses") << "stm32h7rs"
                                                         << "PRODUCT_STATE=0x72"
                                                         << "PRODUCT_STATE" << 0x72u;
    }
    void valueForms() {
        QFETCH(QString, id);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(uint, value);
        auto a = parseAssignment(family(id)->optionBytes, text.toStdString());
        QVERIFY2(a, a ? "" : a.error().describe().c_str());
        QCOMPARE(QString::fromStdString(a->field->name), field);
        QCOMPARE(a->value, value);
    }

    void refusals_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("inHint");
        QTest::newRow("invalid state code") << "stm32h56x-h57x"
                                            << "PRODUCT_STATE=0x12"
                                            << "optionbytes.invalid-code"
                                            << "Provisioning (0x00000017)";
        QTest::newRow("H503 has no TZ-Closed") << "stm32h503"
                                               << "PRODUCT_STATE=0xC6"
                                               << "optionbytes.invalid-code"
                                               << "Closed";
        QTest::newRow("TZEN only two codes") << "stm32h56x-h57x"
                                             << "TZEN=0x00"
                                             << "optionbytes.invalid-code"
                                             << "enabled";
        QTest::newRow("NVSTATE only two codes") << "stm32h7rs"
                                                << "NVSTATE=0x00"
                                                << "optionbytes.invalid-code"
                                                << "CLOSE";
        QTest::newRow("one bit") << "stm32h56x-h57x"
                                 << "SWAP_BANK=2"
                                 << "optionbytes.value-out-of-range"
                                 << "";
        QTest::newRow("address written in full") << "stm32h56x-h57x"
                                                 << "NSBOOTADD=0x08000000"
                                                 << "optionbytes.value-out-of-range"
                                                 << "write 0x00080000";
        QTest::newRow("H53x WRP is 8 bits") << "stm32h52x-h53x"
                                            << "WRPSGn1=0x1FF"
                                            << "optionbytes.value-out-of-range"
                                            << "";
        QTest::newRow("unknown field") << "stm32h56x-h57x"
                                       << "PRODUCT_STAT=0x17"
                                       << "optionbytes.unknown-field"
                                       << "PRODUCT_STATE";
        QTest::newRow("H503 has no TZEN") << "stm32h503"
                                          << "TZEN=0xB4"
                                          << "optionbytes.unknown-field"
                                          << "";
        QTest::newRow("no value") << "stm32h56x-h57x"
                                  << "PRODUCT_STATE"
                                  << "optionbytes.syntax"
                                  << "";
        QTest::newRow("empty value") << "stm32h56x-h57x"
                                     << "PRODUCT_STATE="
                                     << "optionbytes.syntax"
                                     << "";
        QTest::newRow("word value") << "stm32h56x-h57x"
                                    << "SWAP_BANK=yes"
                                    << "optionbytes.bad-value"
                                    << "not swapped";
        QTest::newRow("bad hex") << "stm32h56x-h57x"
                                 << "TZEN=0xG4"
                                 << "optionbytes.bad-value"
                                 << "";
    }
    void refusals() {
        QFETCH(QString, id);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, inHint);
        auto a = parseAssignment(family(id)->optionBytes, text.toStdString());
        QVERIFY(!a);
        QCOMPARE(QString::fromStdString(a.error().code), code);
        QVERIFY(!a.error().message.empty());
        QVERIFY2(QString::fromStdString(a.error().hint).contains(inHint), a.error().hint.c_str());
    }

    void commandLineErrors() {
        const auto& table = family("stm32h56x-h57x")->optionBytes;
        auto none = parseObArguments(table, "-c port=SWD -ob");
        QVERIFY(!none);
        QCOMPARE(QString::fromStdString(none.error().code), QStringLiteral("optionbytes.syntax"));
        auto bad = parseObArguments(table, "-ob SWAP_BANK=0 TZEN=0x12");
        QVERIFY(!bad);
        QCOMPARE(QString::fromStdString(bad.error().code), QStringLiteral("optionbytes.invalid-code"));
        // Options after the -ob list are not assignments.
        auto stops = parseObArguments(table, "-ob SWAP_BANK=1 -c port=SWD");
        QVERIFY(stops);
        QCOMPARE(stops->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestObAssignments)
#include "test_ob_assignments.moc"
