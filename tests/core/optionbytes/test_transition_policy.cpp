// TransitionPolicy against the shipped catalog: every lifecycle pair of every family graded
// (with and without a DA configuration provisioned), the TZ-Closed requirement, and the field
// rules a person meets (WRP polarity and freezes, boot locks, OTP, coded values, phrases).
#include <QtTest>

#include "catalog_fixture.h"
#include "core/optionbytes/assignment.h"
#include "core/optionbytes/transition_policy.h"

using namespace rescue;
using namespace rescue::optionbytes;

namespace {

// One grade letter per (from, to): '-' no finding about the state, 'K' risky, 'I' irreversible,
// 'R' refused. Rows and columns follow the catalog's state order.
struct Grid {
    const char* family;
    const char* part;
    std::vector<const char*> withDa;     // DA configuration provisioned
    std::vector<const char*> withoutDa;  // none provisioned
};

const std::vector<Grid>& grids() {
    static const std::vector<Grid> g = {
        // open prov irot closed locked regression
        {"stm32h503",
         "STM32H503RB",
         {"-KRRRR", "R-KKIR", "RR-KIR", "RRR-IR", "RRRR-R", "RRRRR-"},
         {"-KRRRR", "R-IIIR", "RR-IIR", "RRR-IR", "RRRR-R", "RRRRR-"}},
        // open prov irot tz-closed closed locked regression ns-regression
        {"stm32h52x-h53x",
         "STM32H533RE",
         {"-KRRRRRR", "R-KKKIRR", "RR-KKIRR", "RRR-KIRR", "RRRR-IRR", "RRRRR-RR", "RRRRRR-R", "RRRRRRR-"},
         {"-KRRRRRR", "R-IIIIRR", "RR-IIIRR", "RRR-IIRR", "RRRR-IRR", "RRRRR-RR", "RRRRRR-R", "RRRRRRR-"}},
        {"stm32h56x-h57x",
         "STM32H563ZI",
         {"-KRRRRRR", "R-KKKIRR", "RR-KKIRR", "RRR-KIRR", "RRRR-IRR", "RRRRR-RR", "RRRRRR-R", "RRRRRRR-"},
         {"-KRRRRRR", "R-IIIIRR", "RR-IIIRR", "RRR-IIRR", "RRRR-IRR", "RRRRR-RR", "RRRRRR-R", "RRRRRRR-"}},
        // open prov closed locked (H7RS: closed -> locked has no row: refused)
        {"stm32h7rs", "STM32H7S7L8", {"-KRR", "R-KI", "RR-R", "RRR-"}, {"-KRR", "R-II", "RR-R", "RRR-"}},
    };
    return g;
}

char letter(const PolicyReport& r, const std::string& stateField) {
    bool any = false;
    Grade g = Grade::Note;
    for (const auto& f : r.findings)
        if (f.field == stateField && f.grade != Grade::Note) {
            any = true;
            g = std::max(g, f.grade);
        }
    if (!any)
        return '-';
    switch (g) {
        case Grade::Refused:
            return 'R';
        case Grade::Irreversible:
            return 'I';
        case Grade::Risky:
            return 'K';
        default:
            return '-';
    }
}

// A chip of `family` in `state`, TrustZone enabled where the family has it.
OptionByteImage imageIn(const std::shared_ptr<const device::Family>& f, const device::LifecycleState& s) {
    OptionByteImage img = OptionByteImage::blank(f);
    if (f->optionBytes.field("TZEN") && f->trustZone)
        (void)img.setField("TZEN", 0xB4);
    if (f->optionBytes.field(f->lifecycle.stateField)->isRegisterField())
        (void)img.setField(f->lifecycle.stateField, s.code);
    else
        for (const auto& c : s.registerMatch)
            (void)img.setField(c.field, c.value);
    return img;
}

PolicyReport check(const device::Part& part, const OptionByteImage& current,
                   const std::vector<std::string>& sets, DaProvisioning da = DaProvisioning::Provisioned) {
    std::vector<Assignment> as;
    for (const auto& s : sets) {
        auto a = parseAssignment(current.table(), s);
        if (!a)
            qFatal("%s", a.error().describe().c_str());
        as.push_back(*a);
    }
    auto req = makeChangeRequest(current, as);
    if (!req)
        qFatal("%s", req.error().describe().c_str());
    PolicyContext ctx;
    ctx.part = &part;
    ctx.da = {da, "test"};
    return TransitionPolicy(ctx).check(*req);
}

bool has(const PolicyReport& r, const char* code, Grade g) {
    for (const auto& f : r.findings)
        if (f.code == code && f.grade == g)
            return true;
    return false;
}

}  // namespace

class TestTransitionPolicy : public QObject {
    Q_OBJECT

private slots:
    void everyLifecyclePair_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("daProvisioned");
        QTest::addColumn<QChar>("expected");
        for (const auto& g : grids()) {
            auto f = test::family(g.family);
            QCOMPARE(g.withDa.size(), f->lifecycle.states.size());
            for (int da = 0; da < 2; ++da) {
                const auto& rows = da ? g.withDa : g.withoutDa;
                for (std::size_t i = 0; i < rows.size(); ++i)
                    for (std::size_t j = 0; j < f->lifecycle.states.size(); ++j) {
                        const auto& from = f->lifecycle.states[i];
                        const auto& to = f->lifecycle.states[j];
                        QTest::addRow("%s %s->%s %s", g.family, from.id.c_str(), to.id.c_str(),
                                      da ? "da" : "no-da")
                            << g.family << g.part << QString::fromStdString(from.id)
                            << QString::fromStdString(to.id) << bool(da) << QChar(rows[i][j]);
                    }
            }
        }
    }
    void everyLifecyclePair() {
        QFETCH(QString, family);
        QFETCH(QString, part);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, daProvisioned);
        QFETCH(QChar, expected);
        auto f = test::family(family);
        const device::Part p = test::part(part);
        const auto* fromState = f->lifecycle.state(from.toStdString());
        const auto* toState = f->lifecycle.state(to.toStdString());
        OptionByteImage cur = imageIn(f, *fromState);
        ChangeRequest req{cur, cur, toState->code};
        if (f->optionBytes.field(f->lifecycle.stateField)->isRegisterField())
            (void)req.proposed.setField(f->lifecycle.stateField, toState->code);
        if (fromState == toState)
            req.productState.reset();
        PolicyContext ctx;
        ctx.part = &p;
        ctx.da = {daProvisioned ? DaProvisioning::Provisioned : DaProvisioning::NotProvisioned, "test"};
        if (fromState->registerMatch.empty() &&
            !f->optionBytes.field(f->lifecycle.stateField)->isRegisterField())
            ctx.stateInForce = fromState->id;  // H7RS Provisioning reads like Open: told by discovery
        const PolicyReport r = TransitionPolicy(ctx).check(req);
        QCOMPARE(QChar(letter(r, f->lifecycle.stateField)), expected);
        // Every finding can be acted on: a sentence, a source, and for refusals what to do instead.
        for (const auto& finding : r.findings) {
            QVERIFY(finding.sentence.ends_with("."));
            QVERIFY(!finding.source.empty());
            if (finding.grade == Grade::Refused)
                QVERIFY2(!finding.instead.empty(), finding.code.c_str());
        }
        // Irreversible lifecycle moves carry a phrase naming the device.
        if (expected == 'I')
            QVERIFY(!r.requiredPhrases().empty() && r.requiredPhrases()[0].find(p.line) != std::string::npos);
    }

    void secondFieldReportMessages() {
        const device::Part p = test::part("STM32H533RE");
        auto f = p.family;
        OptionByteImage open = imageIn(f, *f->lifecycle.state("open"));
        PolicyReport jump = check(p, open, {"PRODUCT_STATE=0xC6"});
        QVERIFY(has(jump, "ob.open-jump", Grade::Refused));
        QVERIFY(jump.findings[0].instead.find("PRODUCT_STATE=0x17") != std::string::npos);
        QVERIFY(jump.findings[0].instead.find("PRODUCT_STATE=0xC6") != std::string::npos);

        OptionByteImage prov = imageIn(f, *f->lifecycle.state("provisioning"));
        PolicyReport back = check(p, prov, {"PRODUCT_STATE=0xED"});
        QVERIFY(has(back, "ob.regression-not-ob", Grade::Refused));
        QVERIFY(back.findings[0].sentence.find("DA full regression, not an option-byte write") !=
                std::string::npos);
        QVERIFY(back.findings[0].instead.find("rescue da auth --probe URI --permission full-regression") !=
                std::string::npos);

        PolicyReport close = check(p, prov, {"PRODUCT_STATE=0xC6"}, DaProvisioning::NotProvisioned);
        QVERIFY(has(close, "ob.close-without-da", Grade::Irreversible));
        QCOMPARE(close.requiredPhrases(), std::vector<std::string>{"close STM32H533 without DA"});
        QVERIFY(!close.allowsWrite({}));
        QVERIFY(!close.allowsWrite({"close stm32h533 without da"}));  // exact
        QVERIFY(close.allowsWrite({"close STM32H533 without DA"}));

        PolicyReport unknown = check(p, prov, {"PRODUCT_STATE=0x72"}, DaProvisioning::Unknown);
        QVERIFY(has(unknown, "ob.close-without-da", Grade::Irreversible));
        QVERIFY(unknown.findings[0].sentence.find("could not be checked") != std::string::npos);
    }

    void tzClosedNeedsTzen_data() {
        QTest::addColumn<quint32>("tzen");
        QTest::addColumn<bool>("refused");
        QTest::newRow("TZEN 0xB4") << 0xB4u << false;
        QTest::newRow("TZEN 0xC3") << 0xC3u << true;
    }
    void tzClosedNeedsTzen() {
        QFETCH(quint32, tzen);
        QFETCH(bool, refused);
        const device::Part p = test::part("STM32H563ZI");
        OptionByteImage prov = imageIn(p.family, *p.family->lifecycle.state("provisioning"));
        QVERIFY(prov.setField("TZEN", tzen));
        PolicyReport r = check(p, prov, {"PRODUCT_STATE=0xC6"});
        QCOMPARE(has(r, "ob.requirement", Grade::Refused), refused);
    }

    void fieldRules_data() {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("phrase");
        auto G = [](Grade g) { return int(g); };
        QTest::newRow("H563 WRP all protected in Open")
            << "STM32H563ZI"
            << "open" << QStringList{"WRPSGn1=0"} << "ob.wrp-all" << G(Grade::Risky) << "";
        QTest::newRow("H563 WRP groups 0-2 in Open (ST's hardening)")
            << "STM32H563ZI"
            << "open" << QStringList{"WRPSGn1=0xFFFFFFF8"} << "ob.wrp-protect" << G(Grade::Risky) << "";
        QTest::newRow("H563 WRP change in Closed has no effect")
            << "STM32H563ZI"
            << "closed" << QStringList{"WRPSGn1=0"} << "ob.frozen-in-state" << G(Grade::Refused) << "";
        QTest::newRow("H533 WRP change in TZ-Closed has no effect")
            << "STM32H533RE"
            << "tz-closed" << QStringList{"WRPSGn2=0"} << "ob.frozen-in-state" << G(Grade::Refused) << "";
        QTest::newRow("H7S7 WRPS all protected")
            << "STM32H7S7L8"
            << "open" << QStringList{"WRPS=0"} << "ob.wrp-all" << G(Grade::Risky) << "";
        QTest::newRow("H7S7 one WRPS bit")
            << "STM32H7S7L8"
            << "open" << QStringList{"WRPS3=0"} << "ob.wrp-protect" << G(Grade::Risky) << "";
        QTest::newRow("H563 SECBOOT_LOCK")
            << "STM32H563ZI"
            << "open" << QStringList{"SECBOOT_LOCK=0xB4"} << "ob.boot-lock" << G(Grade::Irreversible)
            << "freeze the boot of STM32H563 forever";
        QTest::newRow("H563 TZEN in Open")
            << "STM32H563ZI"
            << "open" << QStringList{"TZEN=0xC3"} << "ob.tzen" << G(Grade::Risky) << "";
        QTest::newRow("H563 TZEN in Closed")
            << "STM32H563ZI"
            << "closed" << QStringList{"TZEN=0xC3"} << "ob.frozen-in-state" << G(Grade::Refused) << "";
        QTest::newRow("H563 Locked") << "STM32H563ZI"
                                     << "provisioning" << QStringList{"PRODUCT_STATE=Locked"} << "ob.lock"
                                     << G(Grade::Irreversible) << "lock STM32H563 forever";
        QTest::newRow("H563 Regression code") << "STM32H563ZI"
                                              << "provisioning" << QStringList{"PRODUCT_STATE=0x9A"}
                                              << "ob.state-hardware-only" << G(Grade::Refused) << "";
        QTest::newRow("H7S7 NVSTATE directly")
            << "STM32H7S7L8"
            << "open" << QStringList{"NVSTATE=0x51"} << "ob.nvstate-direct" << G(Grade::Refused) << "";
        QTest::newRow("H7S7 DBG_AUTH locked") << "STM32H7S7L8"
                                              << "open" << QStringList{"DBG_AUTH=0xB4"} << "ob.debug-locked"
                                              << G(Grade::Irreversible) << "lock debug of STM32H7S7 forever";
        QTest::newRow("H7S7 Open -> Closed")
            << "STM32H7S7L8"
            << "open" << QStringList{"PRODUCT_STATE=0x72"} << "ob.open-jump" << G(Grade::Refused) << "";
    }
    void fieldRules() {
        QFETCH(QString, part);
        QFETCH(QString, state);
        QFETCH(QStringList, sets);
        QFETCH(QString, code);
        QFETCH(int, grade);
        QFETCH(QString, phrase);
        const device::Part p = test::part(part);
        OptionByteImage cur = imageIn(p.family, *p.family->lifecycle.state(state.toStdString()));
        std::vector<std::string> s;
        for (const auto& x : sets)
            s.push_back(x.toStdString());
        PolicyReport r = check(p, cur, s);
        QVERIFY2(has(r, code.toLatin1().constData(), Grade(grade)), code.toLatin1().constData());
        if (!phrase.isEmpty())
            QVERIFY(r.requiredPhrases() == std::vector<std::string>{phrase.toStdString()});
    }

    void noChangeNoFindings() {
        const device::Part p = test::part("STM32H563ZI");
        OptionByteImage cur = imageIn(p.family, *p.family->lifecycle.state("open"));
        PolicyReport r = check(p, cur, {"TZEN=0xB4"});
        QVERIFY(r.findings.empty());
        QVERIFY(r.allowsWrite({}));
    }

    void clearingWrpIsAllowedInOpen() {
        const device::Part p = test::part("STM32H7S7L8");
        OptionByteImage cur = imageIn(p.family, *p.family->lifecycle.state("open"));
        QVERIFY(cur.setField("WRPS", 0));
        PolicyReport r = check(p, cur, {"WRPS=0xFF"});
        QVERIFY(!r.refused());
        QVERIFY(!r.needsConfirmation());
    }
};

QTEST_GUILESS_MAIN(TestTransitionPolicy)
#include "test_transition_policy.moc"
