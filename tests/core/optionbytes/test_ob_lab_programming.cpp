// The host's option-byte programmer (option_programmer.h) and erase (flash_erase.h) against
// lab boards of every family, through the ordinary ST-LINK driver (and the lab's boot ROM
// services where the H7RS needs them): a WRP change and a lifecycle step programmed and read
// back; fields the chip keeps (frozen by a lock) reported one by one and never written twice;
// a change the chip refuses as a whole; a flash that stays busy ends with ob.timeout within
// its budget; mass and bank erase on open boards, and refused by WRP naming the sectors, the
// flag and the fix (h7s78-open-wrp-all), which then works.

#include <QtTest>

#include "core/arm/adiv5.h"
#include "core/device/catalog.h"
#include "core/optionbytes/assignment.h"
#include "core/optionbytes/flash_erase.h"
#include "core/optionbytes/option_programmer.h"
#include "core/optionbytes/option_reader.h"
#include "core/optionbytes/transition_policy.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
using namespace rescue::optionbytes;
using namespace std::chrono_literals;

namespace {

std::string describe(const Error& e) {
    return e.describe();
}

std::string evidence(const Error& e, std::string_view name) {
    std::string all;
    for (const auto& ev : e.evidence)
        if (ev.name == name)
            all += (all.empty() ? "" : "\n") + ev.value;
    return all;
}

// A shipped scenario by name, or "CHIP:STATE" for a board built here (no shipped H503 is open),
// with option bytes and chip parameters over it.
sim::Scenario scenario(const QString& name, const nlohmann::json& optionBytes = nlohmann::json::object(),
                       const nlohmann::json& chipParameters = nlohmann::json::object()) {
    sim::Scenario sc;
    if (name.contains(':')) {
        sc.name = "built-" + name.section(':', 0, 0).toLower().toStdString();
        sc.chip = name.section(':', 0, 0).toStdString();
        sc.lifecycle = name.section(':', 1).toStdString();
        sc.probe.model = "STLINK-V3SET";
    } else {
        sc = sim::loadScenarioByNameOrPath(name.toStdString()).value();
    }
    sc.seed = 3;
    sc.probe.nrstWired = true;
    for (const auto& [field, value] : optionBytes.items())
        sc.optionBytes[field] = value;
    sc.chipParameters = chipParameters;
    return sc;
}

// The lab probe with a count of the writes to each address (a retry would write twice).
class CountingProbe final : public testsupport::RomProbe {
public:
    using RomProbe::RomProbe;
    std::map<std::uint32_t, int> writes;
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data,
                       probe::AccessWidth width) override {
        ++writes[address];
        return RomProbe::writeMemory(ap, address, data, width);
    }
};

struct Bench {
    std::unique_ptr<testsupport::LabProbeRig> rig;
    device::Part part;
    std::unique_ptr<CountingProbe> probe;

    static std::unique_ptr<Bench> open(const sim::Scenario& sc) {
        auto rig = testsupport::LabProbeRig::create(sc);
        if (!rig) {
            qWarning("%s", describe(rig.error()).c_str());
            return nullptr;
        }
        auto b = std::make_unique<Bench>();
        b->rig = std::move(*rig);
        b->part = device::sharedCatalog().value()->resolvePart(sc.chip).value();
        b->probe = std::make_unique<CountingProbe>(*b->rig->probe, b->rig->labProbe().romServices());
        if (!b->rig->probe->attach() || !arm::powerUp(*b->rig->probe, 100ms)) {
            qWarning("the lab board's DP did not power up");
            return nullptr;
        }
        return b;
    }
    Result<OptionByteImage> read() { return readOptionBytes(*probe, part.family); }
    Result<ChangeRequest> request(const QStringList& assignments) {
        auto current = read();
        if (!current)
            return current.error();
        std::vector<Assignment> parsed;
        for (const auto& a : assignments) {
            auto p = parseAssignment(part.family->optionBytes, a.toStdString());
            if (!p)
                return p.error();
            parsed.push_back(*p);
        }
        return makeChangeRequest(*current, parsed);
    }
    std::string state() { return rig->state(); }
    std::uint32_t flashWord(std::uint32_t offset) {
        return probe->read32(1, part.family->flash.base + offset).valueOr(0);
    }
    void storeFlash(std::uint32_t offset) {
        rig->board().withChip([offset](sim::stm32::Stm32Chip& c) {
            c.flash().store(offset, Bytes{0x12, 0x34, 0x56, 0x78});
            return 0;
        });
    }
    bool sectorProtected(unsigned bank, unsigned sector) {
        return rig->board().withChip(
            [=](sim::stm32::Stm32Chip& c) { return c.optionBytes().sectorProtected(bank, sector); });
    }
    double labMs() { return toMilliseconds(rig->clock->now().time_since_epoch()); }
};

}  // namespace

class TestObLabProgramming : public QObject {
    Q_OBJECT

private slots:
    // A WRP change, then Open -> Provisioning, each programmed, read back and compared.
    void wrpChangeThenLifecycleStep_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("wrp");       // protects the first sector (group)
        QTest::addColumn<QString>("wrpField");  // as read back
        QTest::addColumn<uint>("wrpValue");
        QTest::newRow("H503") << "STM32H503RB:open"
                              << "WRPSGn1=0xFE"
                              << "WRPSGn1" << 0xFEu;
        QTest::newRow("H52x/H53x (h533-open-tz)") << "h533-open-tz"
                                                  << "WRPSGn1=0xFE"
                                                  << "WRPSGn1" << 0xFEu;
        QTest::newRow("H56x/H57x (h563-open-healthy)") << "h563-open-healthy"
                                                       << "WRPSGn1=0xFFFFFFFE"
                                                       << "WRPSGn1" << 0xFFFFFFFEu;
        QTest::newRow("H7Rx/H7Sx (h7s78-open-healthy)") << "h7s78-open-healthy"
                                                        << "WRPS0=0"
                                                        << "WRPS" << 0xFEu;
    }
    void wrpChangeThenLifecycleStep() {
        QFETCH(QString, board);
        QFETCH(QString, wrp);
        QFETCH(QString, wrpField);
        QFETCH(uint, wrpValue);
        auto b = Bench::open(scenario(board));
        QVERIFY(b);
        QVERIFY(!b->sectorProtected(1, 0));

        auto change = b->request({wrp});
        QVERIFY2(change.ok(), change.ok() ? "" : describe(change.error()).c_str());
        auto done = programOptionBytes(*b->probe, *change, &b->part);
        QVERIFY2(done.ok(), done.ok() ? "" : describe(done.error()).c_str());
        QCOMPARE(done->mismatches(), std::size_t{0});
        QVERIFY(!done->checks.empty());
        QVERIFY(done->after.has_value());
        QCOMPARE(done->after->field(wrpField.toStdString()).valueOr(0), std::uint32_t{wrpValue});
        QVERIFY(b->sectorProtected(1, 0));                            // the chip's own view
        QVERIFY(!b->sectorProtected(1, 1) || wrpField == "WRPSGn1");  // H5 groups may span sectors
        auto reread = b->read();
        QVERIFY(reread.ok());
        QCOMPARE(reread->field(wrpField.toStdString()).valueOr(0), std::uint32_t{wrpValue});

        // The lifecycle step: H5 PRODUCT_STATE through the registers, H7RS through the ROM.
        auto step = b->request({"PRODUCT_STATE=0x17"});
        QVERIFY2(step.ok(), step.ok() ? "" : describe(step.error()).c_str());
        auto stepped = programOptionBytes(*b->probe, *step, &b->part);
        QVERIFY2(stepped.ok(), stepped.ok() ? "" : describe(stepped.error()).c_str());
        QCOMPARE(stepped->mismatches(), std::size_t{0});
        QVERIFY(stepped->linkDropped);
        QCOMPARE(b->state(), std::string("provisioning"));
        QVERIFY(stepped->after.has_value());  // Provisioning keeps debug open: read back
        QCOMPARE(stepped->after->field(wrpField.toStdString()).valueOr(0), std::uint32_t{wrpValue});
        if (board.startsWith("h7s78"))
            QVERIFY2(!stepped->notes.empty(),
                     "the H7RS note that Provisioning does not show in the registers");
        else
            QCOMPARE(stepped->after->field("PRODUCT_STATE").valueOr(0), 0x17u);
    }

    // Fields a lock freezes are written once, kept by the chip, and reported one by one.
    void frozenFieldsReportedOneByOne_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QStringList>("set");
        QTest::addColumn<QStringList>("kept");  // fields the chip keeps
        QTest::addColumn<QString>("taken");     // a field it takes
        QTest::newRow("H503: NSBOOTADD under NSBOOT_LOCK")
            << "STM32H503RB:open" << QStringList{"NSBOOTADD=0x080100", "WRPSGn2=0xFE"}
            << QStringList{"NSBOOTADD"} << "WRPSGn2";
        QTest::newRow("H533: both boot addresses under their locks")
            << "h533-open-tz" << QStringList{"NSBOOTADD=0x080100", "SECBOOTADD=0x0C0100", "WRPSGn2=0xFE"}
            << QStringList{"NSBOOTADD", "SECBOOTADD"} << "WRPSGn2";
        QTest::newRow("H563: both boot addresses under their locks")
            << "h563-open-healthy"
            << QStringList{"NSBOOTADD=0x080100", "SECBOOTADD=0x0C0100", "WRPSGn2=0xFFFFFFFE"}
            << QStringList{"NSBOOTADD", "SECBOOTADD"} << "WRPSGn2";
    }
    void frozenFieldsReportedOneByOne() {
        QFETCH(QString, board);
        QFETCH(QStringList, set);
        QFETCH(QStringList, kept);
        QFETCH(QString, taken);
        nlohmann::json locks = {{"NSBOOT_LOCK", "0xB4"}};
        if (!board.contains("H503"))
            locks["SECBOOT_LOCK"] = "0xB4";
        auto b = Bench::open(scenario(board, locks));
        QVERIFY(b);
        auto change = b->request(set);
        QVERIFY2(change.ok(), change.ok() ? "" : describe(change.error()).c_str());
        auto done = programOptionBytes(*b->probe, *change, &b->part);
        QVERIFY2(done.ok(), done.ok() ? "" : describe(done.error()).c_str());
        QCOMPARE(done->mismatches(), std::size_t(kept.size()));
        for (const auto& c : done->checks)
            QVERIFY2(c.matches() != kept.contains(QString::fromStdString(c.field)), c.field.c_str());
        const Error e = mismatchError(*done);
        QCOMPARE(e.code, std::string("ob.verify-mismatch"));
        QVERIFY2(e.message.find(std::to_string(kept.size()) + " of the changed field") != std::string::npos,
                 e.message.c_str());
        for (const auto& k : kept)
            QVERIFY2(evidence(e, k.toStdString()).find("expected") != std::string::npos, describe(e).c_str());
        QVERIFY(evidence(e, taken.toStdString()).empty());
        QVERIFY(e.hint.find("Nothing was retried") != std::string::npos);
        // Never retried: every programming register written exactly once.
        const auto& table = b->part.family->optionBytes;
        for (const auto& reg : table.registers) {
            const auto it = b->probe->writes.find(table.prgAddress(reg));
            if (it != b->probe->writes.end())
                QVERIFY2(it->second == 1, reg.prgName.c_str());
        }
    }

    // A change the chip refuses as a whole (a coded field outside its values, which the host's
    // parser would have refused: built here as raw registers) leaves everything in force.
    void wholeChangeRefusedByTheChip_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("reg");
        QTest::addColumn<QString>("field");
        QTest::addColumn<uint>("bad");
        QTest::addColumn<QString>("flag");
        QTest::newRow("H563 TZEN 0x00 (OPTCHANGEERR)") << "h563-open-healthy"
                                                       << "OPTSR2"
                                                       << "TZEN" << 0x00u << "OPTCHANGEERR";
        QTest::newRow("H7S7 NVSTATE 0x00 (OPTERRF)") << "h7s78-open-healthy"
                                                     << "NVSR"
                                                     << "NVSTATE" << 0x00u << "OPTERRF";
    }
    void wholeChangeRefusedByTheChip() {
        QFETCH(QString, board);
        QFETCH(QString, reg);
        QFETCH(QString, field);
        QFETCH(uint, bad);
        QFETCH(QString, flag);
        auto b = Bench::open(scenario(board));
        QVERIFY(b);
        auto current = b->read();
        QVERIFY(current.ok());
        const auto* fd = b->part.family->optionBytes.field(field.toStdString());
        QVERIFY2(fd, "the catalog field");
        ChangeRequest r{*current, *current, std::nullopt};
        QCOMPARE(QString::fromStdString(fd->registerName), reg);
        const std::uint32_t before = current->registerValue(reg.toStdString()).value();
        QVERIFY(r.proposed.setRegister(reg.toStdString(), fd->insert(before, bad)).ok());
        auto done = programOptionBytes(*b->probe, r, &b->part);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, std::string("ob.option-change-refused"));
        QVERIFY2(done.error().message.find(flag.toStdString()) != std::string::npos,
                 done.error().message.c_str());
        QVERIFY(!done.error().hint.empty());
        auto after = b->read();
        QVERIFY(after.ok());
        QVERIFY(*after == *current);
        const auto* regDef = b->part.family->optionBytes.registerNamed(reg.toStdString());
        QVERIFY(regDef);
        QCOMPARE(b->probe->writes[b->part.family->optionBytes.prgAddress(*regDef)], 1);
    }

    // The flash never leaves BSY (a lab timing far beyond the budget): ob.timeout, on time.
    void busyFlashTimesOutWithinItsBudget_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("operation");  // program | mass
        QTest::newRow("H563 option programming") << "h563-open-healthy"
                                                 << "program";
        QTest::newRow("H7S7 option programming") << "h7s78-open-healthy"
                                                 << "program";
        QTest::newRow("H563 mass erase") << "h563-open-healthy"
                                         << "mass";
        QTest::newRow("H7S7 mass erase") << "h7s78-open-healthy"
                                         << "mass";
    }
    void busyFlashTimesOutWithinItsBudget() {
        QFETCH(QString, board);
        QFETCH(QString, operation);
        auto b = Bench::open(
            scenario(board, nlohmann::json::object(),
                     {{"flashTiming", {{"optionChangeMs", 3600000}, {"sectorEraseMs", 3600000}}}}));
        QVERIFY(b);
        const auto budget = 2s;
        const double began = b->labMs();
        Error e;
        if (operation == "program") {
            auto change = b->request({board.startsWith("h7s78") ? "WRPS0=0" : "WRPSGn1=0xFFFFFFFE"});
            QVERIFY(change.ok());
            ProgramOptions o;
            o.operationTimeout = budget;
            auto done = programOptionBytes(*b->probe, *change, &b->part, o);
            QVERIFY(!done.ok());
            e = done.error();
        } else {
            EraseOptions o;
            o.timeout = budget;
            auto done = eraseFlash(*b->probe, b->part, {EraseRequest::Kind::Mass, 1}, o);
            QVERIFY(!done.ok());
            e = done.error();
        }
        const double took = b->labMs() - began;
        QCOMPARE(e.code, std::string("ob.timeout"));
        QVERIFY2(e.message.find("more than 2000 ms") != std::string::npos, e.message.c_str());
        QVERIFY(!e.hint.empty());
        QVERIFY2(took >= 2000 && took < 2500, qPrintable(QString::number(took)));
    }

    // Erase on open boards: the flash reads blank afterwards.
    void eraseOnAnOpenBoard_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("kind");  // mass | bank1 | bank2
        for (const char* b : {"STM32H503RB:open", "h533-open-tz", "h563-open-healthy"})
            for (const char* k : {"mass", "bank1", "bank2"})
                QTest::newRow(qPrintable(QString("%1 %2").arg(b, k))) << b << k;
        QTest::newRow("h7s78-open-healthy mass") << "h7s78-open-healthy"
                                                 << "mass";
        QTest::newRow("h7s78-open-healthy bank1") << "h7s78-open-healthy"
                                                  << "bank1";
    }
    void eraseOnAnOpenBoard() {
        QFETCH(QString, board);
        QFETCH(QString, kind);
        auto b = Bench::open(scenario(board));
        QVERIFY(b);
        const std::uint32_t bank2 = b->part.banks() > 1 ? b->part.bankBytes() : 0;
        b->storeFlash(0x1000);
        if (bank2)
            b->storeFlash(bank2 + 0x1000);
        QCOMPARE(b->flashWord(0x1000), 0x78563412u);
        EraseRequest req{kind == "mass" ? EraseRequest::Kind::Mass : EraseRequest::Kind::Bank,
                         kind == "bank2" ? 2u : 1u};
        auto done = eraseFlash(*b->probe, b->part, req);
        QVERIFY2(done.ok(), done.ok() ? "" : describe(done.error()).c_str());
        QVERIFY(done->milliseconds > 0);
        QCOMPARE(b->flashWord(0x1000), kind == "bank2" ? 0x78563412u : 0xFFFFFFFFu);
        if (bank2)
            QCOMPARE(b->flashWord(bank2 + 0x1000), kind == "bank1" ? 0x78563412u : 0xFFFFFFFFu);
    }

    // Under WRP the erase names the flag, the protected sectors and the fix; the fix works.
    void eraseUnderWrpNamesSectorsAndFix_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("wrp");  // "" for the scenario's own
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("where");  // in the message
        QTest::addColumn<QString>("fix");    // in the hint
        QTest::newRow("h7s78-open-wrp-all mass") << "h7s78-open-wrp-all"
                                                 << ""
                                                 << "mass"
                                                 << "WRPERRF"
                                                 << "bank 1 sector(s) 0-7"
                                                 << "--set WRPS=0xFF";
        QTest::newRow("h7s78-open-wrp-all bank 1") << "h7s78-open-wrp-all"
                                                   << ""
                                                   << "bank1"
                                                   << "WRPERRF"
                                                   << "bank 1 sector(s) 0-7"
                                                   << "--set WRPS=0xFF";
        QTest::newRow("H563 bank 2 with group 0 of bank 2 protected") << "h563-open-healthy"
                                                                      << "0xFFFFFFFE"
                                                                      << "bank2"
                                                                      << "WRPERR"
                                                                      << "bank 2 sector(s) 0-3"
                                                                      << "--set WRPSGn2=0xFFFFFFFF";
        QTest::newRow("H503 mass with group 0 of bank 2 protected") << "STM32H503RB:open"
                                                                    << "0xFE"
                                                                    << "mass"
                                                                    << "WRPERR"
                                                                    << "bank 2 sector(s) 0"
                                                                    << "--set WRPSGn2=0xFF";
    }
    void eraseUnderWrpNamesSectorsAndFix() {
        QFETCH(QString, board);
        QFETCH(QString, wrp);
        QFETCH(QString, kind);
        QFETCH(QString, flag);
        QFETCH(QString, where);
        QFETCH(QString, fix);
        nlohmann::json ob = nlohmann::json::object();
        if (!wrp.isEmpty())
            ob["WRPSGn2"] = wrp.toStdString();
        auto b = Bench::open(scenario(board, ob));
        QVERIFY(b);
        b->storeFlash(0x1000);
        EraseRequest req{kind == "mass" ? EraseRequest::Kind::Mass : EraseRequest::Kind::Bank,
                         kind == "bank2" ? 2u : 1u};
        EraseOptions o;
        o.probeUri = "lab:" + b->rig->lab->scenario().name;
        auto refused = eraseFlash(*b->probe, b->part, req, o);
        QVERIFY(!refused.ok());
        const Error& e = refused.error();
        QCOMPARE(e.code, std::string("ob.erase-wrp"));
        QVERIFY2(e.message.find(flag.toStdString()) != std::string::npos, e.message.c_str());
        QVERIFY2(e.message.find(where.toStdString()) != std::string::npos, e.message.c_str());
        QVERIFY2(e.message.find("nothing was erased") != std::string::npos, e.message.c_str());
        QVERIFY2(!evidence(e, flag.toStdString()).empty(), describe(e).c_str());
        QVERIFY2(!evidence(e, "protected").empty(), describe(e).c_str());
        QVERIFY2(e.hint.find(fix.toStdString()) != std::string::npos, e.hint.c_str());
        QVERIFY2(e.hint.find("rescue ob write --probe " + o.probeUri) != std::string::npos, e.hint.c_str());
        QCOMPARE(b->flashWord(0x1000), 0x78563412u);  // nothing erased

        // The fix the error offers, programmed; then the same erase succeeds.
        QStringList clear;
        for (const auto& a : clearWrpAssignments(b->part))
            clear << QString::fromStdString(a);
        auto change = b->request(clear);
        QVERIFY2(change.ok(), change.ok() ? "" : describe(change.error()).c_str());
        auto cleared = programOptionBytes(*b->probe, *change, &b->part);
        QVERIFY2(cleared.ok(), cleared.ok() ? "" : describe(cleared.error()).c_str());
        QCOMPARE(cleared->mismatches(), std::size_t{0});
        auto erased = eraseFlash(*b->probe, b->part, req, o);
        QVERIFY2(erased.ok(), erased.ok() ? "" : describe(erased.error()).c_str());
        if (kind != "bank2")
            QCOMPARE(b->flashWord(0x1000), 0xFFFFFFFFu);
    }
};

QTEST_GUILESS_MAIN(TestObLabProgramming)
#include "test_ob_lab_programming.moc"
