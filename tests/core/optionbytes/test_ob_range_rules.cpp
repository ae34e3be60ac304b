// The validator's range rules against the shipped catalog (area_rule.cpp, boot_address_rule.cpp):
// HDP and SECWM areas (start > end is no area, an end past the bank is refused, hiding the
// boot sectors is risky), boot addresses outside user flash / system flash / SRAM or in the
// other security domain (risky), the boot locks (irreversible, with their phrase), and a field
// a boot lock freezes graded once. Every finding names its rule's source.
#include <QtTest>

#include "catalog_fixture.h"
#include "core/optionbytes/assignment.h"
#include "core/optionbytes/transition_policy.h"

using namespace rescue;
using namespace rescue::optionbytes;

namespace {

// `part` in Open (TrustZone on where the family has it), with `setup` in force.
OptionByteImage openImage(const device::Part& p, const QStringList& setup) {
    OptionByteImage img = OptionByteImage::blank(p.family);
    if (p.family->optionBytes.field("TZEN") && p.family->trustZone)
        (void)img.setField("TZEN", 0xB4);
    const auto* open = p.family->lifecycle.state("open");
    if (p.family->optionBytes.field(p.family->lifecycle.stateField)->isRegisterField())
        (void)img.setField(p.family->lifecycle.stateField, open->code);
    for (const auto& s : setup) {
        auto a = parseAssignment(img.table(), s.toStdString());
        if (!a || !img.setField(a->field->name, a->value))
            qFatal("setup %s", qPrintable(s));
    }
    return img;
}

PolicyReport check(const device::Part& part, const OptionByteImage& current, const QStringList& sets) {
    std::vector<Assignment> as;
    for (const auto& s : sets) {
        auto a = parseAssignment(current.table(), s.toStdString());
        if (!a)
            qFatal("%s", a.error().describe().c_str());
        as.push_back(*a);
    }
    auto req = makeChangeRequest(current, as);
    if (!req)
        qFatal("%s", req.error().describe().c_str());
    PolicyContext ctx;
    ctx.part = &part;
    ctx.da = {DaProvisioning::Provisioned, "test"};
    return TransitionPolicy(ctx).check(*req);
}

QString listed(const PolicyReport& r) {
    QStringList l;
    for (const auto& f : r.findings)
        l << QString::fromStdString(f.code + " [" + std::string(toString(f.grade)) + "] " + f.sentence);
    return l.join('\n');
}

}  // namespace

class TestObRangeRules : public QObject {
    Q_OBJECT

private slots:
    void rangeRules_data() {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QStringList>("setup");  // in force before the change
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QString>("code");  // expected finding
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("says");    // part of its sentence
        QTest::addColumn<QString>("source");  // part of its source
        QTest::addColumn<QString>("absent");  // a code that must not appear ("" none)
        const QStringList none;
        auto G = [](Grade g) { return int(g); };
        // HDP
        QTest::newRow("H563: HDP1 removed (start > end)")
            << "STM32H563ZI" << QStringList{"HDP1_STRT=2", "HDP1_END=5"}
            << QStringList{"HDP1_STRT=1", "HDP1_END=0"} << "ob.area-none" << G(Grade::Note)
            << "bank 1 has no hide-protection area any more"
            << "§8 rule 11"
            << "ob.area-outside-bank";
        QTest::newRow("H563ZG (64 sectors a bank): HDP1 end past the bank")
            << "STM32H563ZG" << none << QStringList{"HDP1_STRT=60", "HDP1_END=100"} << "ob.area-outside-bank"
            << G(Grade::Refused) << "bank 1 of STM32H563 has 64 sectors (0-63)"
            << "§8 rule 11"
            << "";
        QTest::newRow("H563ZI (128 sectors a bank): the same area fits")
            << "STM32H563ZI" << none << QStringList{"HDP2_STRT=60", "HDP2_END=100"} << "ob.hdp-area"
            << G(Grade::Note) << "sectors 60-100 of bank 2"
            << "§8 rule 11"
            << "ob.area-outside-bank";
        QTest::newRow("H563: ST's OEMiROT HDP over the boot sectors")
            << "STM32H563ZI" << none << QStringList{"HDP1_STRT=0", "HDP1_END=0xB"} << "ob.hdp-boot"
            << G(Grade::Risky) << "hold NSBOOTADD (0x08000000)"
            << "§8 rule 11"
            << "";
        QTest::newRow("H563: HDP over the secure boot address")
            << "STM32H563ZI" << QStringList{"SECBOOTADD=0x0C0040"} << QStringList{"HDP1_STRT=1", "HDP1_END=3"}
            << "ob.hdp-boot" << G(Grade::Risky) << "SECBOOTADD (0x0C004000)"
            << "§8 rule 11"
            << "";
        QTest::newRow("H533: HDP2 in bank 2 away from the boot")
            << "STM32H533RE" << none << QStringList{"HDP2_STRT=0", "HDP2_END=3"} << "ob.hdp-area"
            << G(Grade::Note) << "sectors 0-3 of bank 2"
            << "§4.5"
            << "ob.hdp-boot";
        QTest::newRow("H503: HDP1 over the boot sector")
            << "STM32H503RB" << none << QStringList{"HDP1_STRT=0", "HDP1_END=0"} << "ob.hdp-boot"
            << G(Grade::Risky) << "sectors 0 of bank 1"
            << "§8 rule 11"
            << "";
        QTest::newRow("H7S7: HDP blocks over the boot")
            << "STM32H7S7L8" << none << QStringList{"HDP_AREA_START=0", "HDP_AREA_END=0x1F"} << "ob.hdp-boot"
            << G(Grade::Risky) << "256-byte blocks 0-31 of bank 1"
            << "§6.2"
            << "";
        QTest::newRow("H7S7: HDP end past 64 KB")
            << "STM32H7S7L8" << none << QStringList{"HDP_AREA_START=0x10", "HDP_AREA_END=0x1FF"}
            << "ob.area-outside-bank" << G(Grade::Refused) << "has 256 256-byte blocks (0-255)"
            << "§8 rule 11"
            << "";
        QTest::newRow("H7S7: ST's script removes the HDP area")
            << "STM32H7S7L8" << QStringList{"HDP_AREA_START=0", "HDP_AREA_END=0x10"}
            << QStringList{"HDP_AREA_START=1", "HDP_AREA_END=0"} << "ob.area-none" << G(Grade::Note)
            << "no hide-protection area any more"
            << "§8 rule 11"
            << "";
        // SECWM
        QTest::newRow("H563: ST's initial TZ setting, all of bank 1 secure")
            << "STM32H563ZI" << QStringList{"SECWM1_STRT=1", "SECWM1_END=0"}
            << QStringList{"SECWM1_STRT=0", "SECWM1_END=0x7F"} << "ob.secwm-area" << G(Grade::Note)
            << "sectors 0-127 of bank 1 become secure"
            << "§8 rule 11"
            << "ob.area-outside-bank";
        QTest::newRow("H563ZG: SECWM end 0x7F is past its 64 sectors")
            << "STM32H563ZG" << QStringList{"SECWM1_STRT=1", "SECWM1_END=0"}
            << QStringList{"SECWM1_STRT=0", "SECWM1_END=0x7F"} << "ob.area-outside-bank" << G(Grade::Refused)
            << "SECWM1 would cover sectors 0-127"
            << "§8 rule 11"
            << "";
        QTest::newRow("H533: SECWM with TrustZone off has no effect")
            << "STM32H533RE" << QStringList{"TZEN=0xC3", "SECWM2_STRT=1", "SECWM2_END=0"}
            << QStringList{"SECWM2_STRT=0", "SECWM2_END=0x1F"} << "ob.secwm-area" << G(Grade::Note)
            << "the watermarks have no effect"
            << "§4.5"
            << "";
        QTest::newRow("H533: SECWM removed")
            << "STM32H533RE" << QStringList{"SECWM1_STRT=0", "SECWM1_END=0x1F"}
            << QStringList{"SECWM1_STRT=1", "SECWM1_END=0"} << "ob.area-none" << G(Grade::Note)
            << "bank 1 has no secure area any more"
            << "§8 rule 11"
            << "";
        // Boot addresses
        QTest::newRow("H563: NSBOOTADD into EDATA")
            << "STM32H563ZI" << none << QStringList{"NSBOOTADD=0x090000"} << "ob.boot-address"
            << G(Grade::Risky) << "boots from 0x09000000, which is not in the user flash"
            << "§8 rule 14"
            << "";
        QTest::newRow("H503RB: NSBOOTADD past its 128 KB")
            << "STM32H503RB" << none << QStringList{"NSBOOTADD=0x081000"} << "ob.boot-address"
            << G(Grade::Risky) << "no application starts"
            << "§8 rule 14"
            << "";
        QTest::newRow("H563: NSBOOTADD in the secure alias")
            << "STM32H563ZI" << none << QStringList{"NSBOOTADD=0x0C0000"} << "ob.boot-address-domain"
            << G(Grade::Risky) << "in the secure alias of the user flash"
            << "§4.5"
            << "ob.boot-address";
        QTest::newRow("H563: SECBOOTADD in the non-secure alias")
            << "STM32H563ZI" << none << QStringList{"SECBOOTADD=0x080000"} << "ob.boot-address-domain"
            << G(Grade::Risky) << "SECBOOTADD is the secure boot address"
            << "§8 rule 14"
            << "";
        QTest::newRow("H563: NSBOOTADD in SRAM1 is a boot region")
            << "STM32H563ZI" << none << QStringList{"NSBOOTADD=0x200000"} << "" << G(Grade::Note) << ""
            << ""
            << "ob.boot-address";
        QTest::newRow("H563: NSBOOTADD in the system flash is a boot region")
            << "STM32H563ZI" << none << QStringList{"NSBOOTADD=0x0BF800"} << "" << G(Grade::Note) << ""
            << ""
            << "ob.boot-address";
        QTest::newRow("H563: NSBOOTADD frozen by NSBOOT_LOCK is graded once")
            << "STM32H563ZI" << QStringList{"NSBOOT_LOCK=0xB4"} << QStringList{"NSBOOTADD=0x090000"}
            << "ob.frozen-by-lock" << G(Grade::Refused) << "frozen while NSBOOT_LOCK"
            << "§4.5"
            << "ob.boot-address";
        // Boot locks (rule 12): irreversible
        QTest::newRow("H563 NSBOOT_LOCK") << "STM32H563ZI" << none << QStringList{"NSBOOT_LOCK=0xB4"}
                                          << "ob.boot-lock" << G(Grade::Irreversible) << "for good"
                                          << "§8 rule 12"
                                          << "";
        QTest::newRow("H503 NSBOOT_LOCK") << "STM32H503RB" << none << QStringList{"NSBOOT_LOCK=0xB4"}
                                          << "ob.boot-lock" << G(Grade::Irreversible) << "for good"
                                          << "§8 rule 12"
                                          << "";
        QTest::newRow("H533 SECBOOT_LOCK") << "STM32H533RE" << none << QStringList{"SECBOOT_LOCK=0xB4"}
                                           << "ob.boot-lock" << G(Grade::Irreversible) << "for good"
                                           << "§8 rule 12"
                                           << "";
    }
    void rangeRules() {
        QFETCH(QString, part);
        QFETCH(QStringList, setup);
        QFETCH(QStringList, sets);
        QFETCH(QString, code);
        QFETCH(int, grade);
        QFETCH(QString, says);
        QFETCH(QString, source);
        QFETCH(QString, absent);
        const device::Part p = test::part(part);
        const PolicyReport r = check(p, openImage(p, setup), sets);
        bool found = code.isEmpty();
        for (const auto& f : r.findings) {
            QVERIFY2(!f.source.empty() && f.source.find("stm32-lifecycle-and-option-bytes.md") == 0,
                     f.code.c_str());
            QVERIFY2(f.sentence.ends_with("."), f.sentence.c_str());
            QVERIFY2(!f.instead.empty(), f.code.c_str());
            QVERIFY2(absent.isEmpty() || f.code != absent.toStdString(), qPrintable(listed(r)));
            if (f.code != code.toStdString())
                continue;
            found = true;
            QCOMPARE(int(f.grade), grade);
            QVERIFY2(QString::fromStdString(f.sentence).contains(says), qPrintable(listed(r)));
            QVERIFY2(QString::fromStdString(f.source).contains(source), f.source.c_str());
        }
        QVERIFY2(found, qPrintable(code + " not among:\n" + listed(r)));
        if (grade == int(Grade::Irreversible))
            QVERIFY(QString::fromStdString(r.requiredPhrases().front()).startsWith("freeze the boot of"));
    }
};

QTEST_GUILESS_MAIN(TestObRangeRules)
#include "test_ob_range_rules.moc"
