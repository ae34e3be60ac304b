// The option-byte operations the CLI and the GUI share, against lab boards opened as `lab:NAME`
// (each suite has its own lab store): preview() grades a change and writes nothing (the board's
// option bytes read back unchanged), asks a DA discovery only where closing depends on it, and on
// the H7RS lets the discovery tell Provisioning from Open; run() refuses, wants the phrase, then
// writes and verifies; the erase operation names WRP and its offered fix clears it.
#include <QTemporaryDir>
#include <QtTest>

#include "core/common/clock.h"
#include "core/device/catalog.h"
#include "core/optionbytes/ob_change_operation.h"
#include "core/optionbytes/ob_erase_operation.h"
#include "core/optionbytes/ob_json.h"
#include "core/optionbytes/option_reader.h"
#include "core/sim/lab/lab_store.h"
#include "core/sim/lab/workbench_probes.h"

using namespace rescue;
using namespace rescue::optionbytes;

namespace {

// One opening of a lab board, as the CLI makes it.
struct Opened {
    std::unique_ptr<probe::ProbeRegistry> registry =
        sim::lab::makeWorkbenchProbeRegistry(std::make_shared<VirtualClock>());
    std::unique_ptr<probe::DebugProbe> probe;
    std::optional<ObTarget> target;

    explicit Opened(const std::string& uri) {
        auto p = registry->open(uri);
        if (!p)
            return;
        probe = std::move(*p);
        if (auto t = openObTarget(*probe, device::sharedCatalog().value()))
            target = std::move(*t);
    }
    ~Opened() {
        if (probe)
            (void)probe->detach();
    }
};

// The option registers in force, as a fresh opening reads them.
RegisterDump registersOf(const std::string& uri) {
    Opened o(uri);
    return o.target ? o.target->image.registers() : RegisterDump{};
}

bool has(const PolicyReport& r, const std::string& code, Grade grade) {
    for (const auto& f : r.findings)
        if (f.code == code && f.grade == grade)
            return true;
    return false;
}

// A board no shipped scenario has: H7S7 in Provisioning with certificate DA provisioned (its
// registers read like Open; only a discovery tells).
std::string writeH7Provisioning(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("h7s78-provisioning-da.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral(R"({"name": "h7s78-provisioning-da", "description": "Provisioning with DA",
        "chip": "STM32H7S7L8H6H", "probe": {"model": "STLINK-V3SET", "firmware": "V3J17M10B6S1", "nrst_wired": true},
        "lifecycle": "provisioning",
        "da": {"method": "certificate", "permissions": "0x00005077",
               "root_public_key": "%1/resources/credentials/h7rs/Keys/key_1_root_pub.pem"}})")
                .arg(QStringLiteral(RESCUE_SOURCE_DIR))
                .toUtf8());
    return "lab:" + path.toStdString();
}

}  // namespace

class TestObChangeOperation : public QObject {
    Q_OBJECT

private slots:
    void init() {
        std::error_code ignored;
        std::filesystem::remove_all(sim::lab::LabStore::defaultDirectory(), ignored);
    }

    void previewWritesNothing_data() {
        QTest::addColumn<QString>("board");  // empty: the H7S7 in Provisioning with DA
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<bool>("daAsked");
        QTest::addColumn<QString>("stateInForce");
        QTest::newRow("H533 Open -> TZ-Closed") << "h533-open-tz"
                                                << "PRODUCT_STATE=0xC6"
                                                << "ob.open-jump"
                                                << "refused" << true << "";
        QTest::newRow("H533 Open -> Provisioning") << "h533-open-tz"
                                                   << "PRODUCT_STATE=0x17"
                                                   << "ob.provisioning"
                                                   << "risky" << false << "";
        QTest::newRow("H533 Provisioning -> TZ-Closed, no DA") << "h533-provisioning-no-da"
                                                               << "PRODUCT_STATE=0xC6"
                                                               << "ob.close-without-da"
                                                               << "irreversible" << true << "";
        QTest::newRow("H563 WRP everything") << "h563-open-healthy"
                                             << "WRPSGn1=0"
                                             << "ob.wrp-all"
                                             << "risky" << false << "";
        QTest::newRow("H7S7 Open -> Closed") << "h7s78-open-healthy"
                                             << "PRODUCT_STATE=0x72"
                                             << "ob.open-jump"
                                             << "refused" << true << "open";
        // Registers read Open; the discovery's PSA lifecycle says Provisioning, so closing is
        // graded as closing with DA provisioned, not as a jump from Open.
        QTest::newRow("H7S7 Provisioning (reads Open) -> Closed, DA") << ""
                                                                      << "PRODUCT_STATE=0x72"
                                                                      << "ob.close"
                                                                      << "risky" << true << "provisioning";
    }
    void previewWritesNothing() {
        QFETCH(QString, board);
        QFETCH(QString, set);
        QFETCH(QString, finding);
        QFETCH(QString, grade);
        QFETCH(bool, daAsked);
        QFETCH(QString, stateInForce);
        QTemporaryDir dir;
        const std::string uri = board.isEmpty() ? writeH7Provisioning(dir) : "lab:" + board.toStdString();
        const RegisterDump before = registersOf(uri);
        QVERIFY(!before.empty());
        {
            Opened o(uri);
            QVERIFY(o.target);
            auto request = changeFromAssignments(*o.target, {set.toStdString()});
            QVERIFY2(request, request ? "" : request.error().message.c_str());
            ObChangeOperation op(*o.probe, *o.target, std::move(*request));
            const ChangePreview& p = op.preview();
            QString seen;
            for (const auto& f : p.report.findings)
                seen += QString::fromStdString(f.code + " " + std::string(toString(f.grade)) + "\n");
            QVERIFY2(has(p.report, finding.toStdString(),
                         grade == "refused"        ? Grade::Refused
                         : grade == "irreversible" ? Grade::Irreversible
                         : grade == "risky"        ? Grade::Risky
                                                   : Grade::Note),
                     qPrintable(seen));
            QCOMPARE(p.da.has_value(), daAsked);
            QCOMPARE(QString::fromStdString(p.stateInForce), stateInForce);
            QVERIFY(!p.changes.empty());
        }
        QVERIFY(registersOf(uri) == before);
    }

    // Without the phrase nothing is written; a wrong phrase neither; the right one writes and
    // every changed field is verified.
    void runWantsThePhrase() {
        const std::string uri = "lab:h533-provisioning-no-da";
        const RegisterDump before = registersOf(uri);
        std::string phrase;
        {
            Opened o(uri);
            ObChangeOperation op(*o.probe, *o.target,
                                 changeFromAssignments(*o.target, {"PRODUCT_STATE=0xC6"}).value());
            const auto phrases = op.preview().report.requiredPhrases();
            QCOMPARE(phrases.size(), std::size_t(1));
            phrase = phrases[0];
            auto r = op.run({"close it"});
            QVERIFY(!r);
            QCOMPARE(QString::fromStdString(r.error().code), QString("ob.unconfirmed"));
        }
        QVERIFY(registersOf(uri) == before);
        {
            Opened o(uri);
            ObChangeOperation op(*o.probe, *o.target,
                                 changeFromAssignments(*o.target, {"PRODUCT_STATE=0xC6"}).value());
            auto r = op.run({phrase});
            QVERIFY2(r, r ? "" : r.error().message.c_str());
            QVERIFY(r->written);
            QCOMPARE(r->program.mismatches(), std::size_t(0));
        }
        Opened after(uri);
        QVERIFY(after.target);
        QCOMPARE(QString::fromStdString(after.target->lifecycle), QString("TZ-Closed"));
    }

    void refusedWritesNothing() {
        const std::string uri = "lab:h533-open-tz";
        const RegisterDump before = registersOf(uri);
        {
            Opened o(uri);
            ObChangeOperation op(*o.probe, *o.target,
                                 changeFromAssignments(*o.target, {"PRODUCT_STATE=0xC6"}).value());
            auto r = op.run({});
            QVERIFY(!r);
            QCOMPARE(QString::fromStdString(r.error().code), QString("ob.refused"));
        }
        QVERIFY(registersOf(uri) == before);
    }

    // The first field report's WRP: erase names it, previewed from the option bytes already read;
    // the offered fix clears it and erase succeeds.
    void eraseNamesWrpAndItsFixWorks() {
        const std::string uri = "lab:h7s78-open-wrp-all";
        {
            Opened o(uri);
            QVERIFY(o.target);
            ObEraseOperation erase(*o.probe, *o.target, {}, uri);
            const ErasePreview p = erase.preview();
            QVERIFY(p.blockedByWrp);
            QVERIFY(!p.protection.empty() && p.protection[0].allProtected());
            auto r = erase.run();
            QVERIFY(!r);
            QCOMPARE(QString::fromStdString(r.error().code), QString("ob.erase-wrp"));
            QCOMPARE(QString::fromStdString(offeredFix(r.error())),
                     QString("rescue ob write --probe lab:h7s78-open-wrp-all --set WRPS=0xFF"));
            ObChangeOperation fix(*o.probe, *o.target, wrpFixChange(*o.target).value());
            auto written = fix.run({});
            QVERIFY2(written, written ? "" : written.error().message.c_str());
            QCOMPARE(written->program.mismatches(), std::size_t(0));
        }
        Opened o(uri);
        ObEraseOperation erase(*o.probe, *o.target, {}, uri);
        QVERIFY(!erase.preview().blockedByWrp);
        auto r = erase.run();
        QVERIFY2(r, r ? "" : r.error().message.c_str());
    }

    // A key sequence cut short (a reset or a pulled cable between the two keys, then a retry
    // starting again with key 1) locks the flash controller until reset, and the chip answers
    // key writes with a bus error: the erase says so and how to get out, not just "FAULT".
    void aLockedOutKeyRegisterIsExplained() {
        const std::string uri = "lab:h563-open-healthy";
        Opened o(uri);
        QVERIFY(o.target);
        const auto& regs = o.target->family().flashRegisters;
        const std::uint32_t keyr = regs.base + regs.registerNamed("NSKEYR")->offset;
        QVERIFY(o.probe->write32(1, keyr, o.target->family().keys.key1));
        QVERIFY(!o.probe->write32(1, keyr, o.target->family().keys.key1));  // a wrong second key: bus error
        ObEraseOperation erase(*o.probe, *o.target, {}, uri);
        auto r = erase.run();
        QVERIFY(!r);
        QCOMPARE(QString::fromStdString(r.error().code), QString("ob.unlock-failed"));
        QVERIFY2(r.error().message.find("until the next reset") != std::string::npos,
                 r.error().message.c_str());
        QVERIFY2(r.error().hint.find("Reset the board") != std::string::npos, r.error().hint.c_str());
    }

    void importFromAnotherFamilyIsRefused() {
        Opened h563("lab:h563-open-healthy");
        Opened h533("lab:h533-open-tz");
        const std::string text = exportJson(h563.target->image, h563.target->partPtr()).dump();
        QVERIFY(changeFromJson(*h563.target, text));
        auto r = changeFromJson(*h533.target, text);
        QVERIFY(!r);
        QCOMPARE(QString::fromStdString(r.error().code), QString("optionbytes.json-family"));
    }
};

QTEST_GUILESS_MAIN(TestObChangeOperation)
#include "test_ob_change_operation.moc"
