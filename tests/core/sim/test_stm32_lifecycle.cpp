// Lifecycle rules as a host meets them: product-state changes programmed through the FLASH
// registers by the workbench's own option-byte programmer over the ST-LINK driver (H5
// PRODUCT_STATE with OPTSTRT, H7RS NVSTATE with PG_OPT) land, stop in Provisioning, or are
// refused with the option-change error flag and the state in force unchanged; the H7RS boot
// ROM service (-psrss); Locked is final; frozen fields.

#include <QtTest>

#include <fstream>

#include "stm32_test_support.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::stm32;
using namespace rescue::sim::stm32::test;

namespace {

using testsupport::LabProbeRig;

// The register in force with one field replaced (read-modify-write, as the host does).
std::uint32_t withField(const device::Family& f, std::uint32_t current, const char* field, std::uint32_t v) {
    return f.optionBytes.field(field)->insert(current, v);
}

// The programmer's report that the chip refused the change with its option-change error flag
// set (H5 NSSR.OPTCHANGEERR, H7RS OPTISR.OPTERRF): the flag register as it read it.
bool refusedWithFlag(const Result<optionbytes::ProgramOutcome>& r, const device::Family& f) {
    if (r.ok() || r.error().code != "ob.option-change-refused")
        return false;
    const bool h7 = f.flashRegisters.registerNamed("NSCR") == nullptr;
    const char* reg = h7 ? "OPTISR" : "NSSR";
    const std::uint32_t flag =
        f.flashRegisters.registerNamed(reg)->field(h7 ? "OPTERRF" : "OPTCHANGEERR")->mask();
    for (const auto& e : r.error().evidence)
        if (e.name == reg)
            return (std::stoul(e.value, nullptr, 16) & flag) != 0;
    return false;
}

std::unique_ptr<LabProbeRig> rigFor(const Scenario& s) {
    auto rig = LabProbeRig::create(s);
    if (!rig) {
        qWarning("%s", rig.error().describe().c_str());
        return nullptr;
    }
    if (!(*rig)->connect()) {
        qWarning("the lab board's DP did not power up");
        return nullptr;
    }
    return std::move(*rig);
}

std::map<std::string, nlohmann::json> options(const QString& text) {
    // "TZEN=0xB4 WRPSGn1=0xFE"
    std::map<std::string, nlohmann::json> out;
    for (const auto& item : text.split(' ', Qt::SkipEmptyParts)) {
        const auto kv = item.split('=');
        out[kv[0].toStdString()] = kv[1].toStdString();
    }
    return out;
}
}  // namespace

class TestStm32Lifecycle : public QObject {
    Q_OBJECT

private slots:
    void productStateThroughRegisters_data();
    void productStateThroughRegisters();
    void openJumpFlagComesFromTheCatalog();
    void transitionRequirementsComeFromTheCatalog();
    void rulesWhereNoProbeReaches_data();
    void rulesWhereNoProbeReaches();
    void h7rsNvstate_data();
    void h7rsNvstate();
    void h7rsBootRomService_data();
    void h7rsBootRomService();
    void optionValueRefused_data();
    void optionValueRefused();
    void frozenWrpInClosedStates_data();
    void frozenWrpInClosedStates();
};

// ---- H5 PRODUCT_STATE through OPTSR_PRG + OPTSTRT -----------------------------------------

void TestStm32Lifecycle::productStateThroughRegisters_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("optionBytes");
    QTest::addColumn<quint32>("requested");
    QTest::addColumn<quint32>("expected");  // PRODUCT_STATE in force afterwards
    QTest::addColumn<bool>("errorFlag");
    // Allowed forward transitions land (reference 3.2).
    QTest::newRow("H533 open -> provisioning") << "STM32H533RE"
                                               << "open"
                                               << "" << 0x17u << 0x17u << false;
    QTest::newRow("H533 provisioning -> closed") << "STM32H533RE"
                                                 << "provisioning"
                                                 << "" << 0x72u << 0x72u << false;
    QTest::newRow("H533 provisioning -> tz-closed") << "STM32H533RE"
                                                    << "provisioning"
                                                    << "TZEN=0xB4" << 0xC6u << 0xC6u << false;
    QTest::newRow("H533 provisioning -> irot-provisioned") << "STM32H533RE"
                                                           << "provisioning"
                                                           << "" << 0x2Eu << 0x2Eu << false;
    QTest::newRow("H563 tz-closed -> closed") << "STM32H563ZI"
                                              << "tz-closed"
                                              << "TZEN=0xB4" << 0x72u << 0x72u << false;
    QTest::newRow("H503 open -> provisioning") << "STM32H503RB"
                                               << "open"
                                               << "" << 0x17u << 0x17u << false;
    // The second field report: Open -> TZ-Closed in one step stopped in Provisioning.
    QTest::newRow("H533 open -> tz-closed stops in provisioning") << "STM32H533RE"
                                                                  << "open"
                                                                  << "TZEN=0xB4" << 0xC6u << 0x17u << false;
    QTest::newRow("H573 open -> closed stops in provisioning") << "STM32H573II"
                                                               << "open"
                                                               << "" << 0x72u << 0x17u << false;
    // Refused: the state in force stays, OPTCHANGEERR is set ("Expected value ... 0xED, found: 0x17").
    QTest::newRow("H533 provisioning -> open refused") << "STM32H533RE"
                                                       << "provisioning"
                                                       << "" << 0xEDu << 0x17u << true;
    QTest::newRow("H563 tz-closed -> open refused") << "STM32H563ZI"
                                                    << "tz-closed"
                                                    << "TZEN=0xB4" << 0xEDu << 0xC6u << true;
    QTest::newRow("H533 tz-closed -> provisioning refused") << "STM32H533RE"
                                                            << "tz-closed"
                                                            << "TZEN=0xB4" << 0x17u << 0xC6u << true;
    // TZ-Closed closes the secure world only: without TrustZone enabled there is none to close.
    QTest::newRow("H533 provisioning -> tz-closed refused without TZEN=0xB4")
        << "STM32H533RE"
        << "provisioning"
        << "TZEN=0xC3" << 0xC6u << 0x17u << true;
    QTest::newRow("H563 provisioning -> tz-closed refused without TZEN=0xB4") << "STM32H563ZI"
                                                                              << "provisioning"
                                                                              << "" << 0xC6u << 0x17u << true;
    QTest::newRow("H533 invalid code 0x12 refused") << "STM32H533RE"
                                                    << "provisioning"
                                                    << "" << 0x12u << 0x17u << true;
    QTest::newRow("H533 regression code is hardware-only") << "STM32H533RE"
                                                           << "provisioning"
                                                           << "" << 0x9Au << 0x17u << true;
    QTest::newRow("H503 has no tz-closed") << "STM32H503RB"
                                           << "provisioning"
                                           << "" << 0xC6u << 0x17u << true;
}

void TestStm32Lifecycle::productStateThroughRegisters() {
    QFETCH(QString, chip);
    QFETCH(QString, from);
    QFETCH(QString, optionBytes);
    QFETCH(quint32, requested);
    QFETCH(quint32, expected);
    QFETCH(bool, errorFlag);
    auto rig = rigFor(scenario(chip.toStdString(), from.toStdString(), options(optionBytes)));
    QVERIFY(rig);
    LabBoard& board = rig->board();
    const device::Family& f = board.chip().family();
    auto current = rig->readOptions();
    QVERIFY2(current.ok(), current.ok() ? "" : current.error().describe().c_str());
    const std::uint32_t before = current->registerValue("OPTSR").value();
    const std::uint32_t startCode = f.optionBytes.field("PRODUCT_STATE")->extract(before);
    auto done = rig->programRegister("OPTSR", withField(f, before, "PRODUCT_STATE", requested));
    // The chip takes the change, or refuses it with OPTCHANGEERR; nothing else goes wrong.
    QVERIFY2(done.ok() != errorFlag, done.ok() ? "taken" : done.error().describe().c_str());
    QCOMPARE(refusedWithFlag(done, f), errorFlag);

    const bool moved = expected != startCode;
    // A product-state change reloads the option bytes and drops the debug link.
    if (done.ok())
        QCOMPARE(done->linkDropped, moved);
    QVERIFY(rig->connect());
    QCOMPARE(board.chip().lifecycleState().code, expected);
    if (!rig->probe->read32(1, f.dbgmcu.ap1Base).ok()) {
        // Closed now: the host can no longer look; AP0 still answers.
        QVERIFY(board.chip().lifecycleState().access.ap1 == device::ApAccess::None);
        QVERIFY(rig->connect());
        QCOMPARE(rig->probe->read32(0, f.dbgmcu.ap0Base).valueOr(0), board.chip().idcode());
        QCOMPARE(board.chip().optionBytes().field("PRODUCT_STATE"), expected);
        QVERIFY(!errorFlag);
        QVERIFY(done.ok() && !done->after.has_value());  // nothing to read back
        return;
    }
    auto after = rig->readOptions();
    QVERIFY(after.ok());
    const std::uint32_t afterOptsr = after->registerValue("OPTSR").value();
    QCOMPARE(f.optionBytes.field("PRODUCT_STATE")->extract(afterOptsr), expected);
    // The read-back names a state that landed elsewhere than asked (Open -> TZ-Closed).
    if (done.ok())
        QCOMPARE(done->mismatches(), std::size_t(expected != requested ? 1 : 0));
    QCOMPARE(board.chip().flashController().lastOptionError().has_value(), errorFlag);
    // The other fields of OPTSR are untouched either way.
    QCOMPARE(afterOptsr & ~f.optionBytes.field("PRODUCT_STATE")->mask(),
             before & ~f.optionBytes.field("PRODUCT_STATE")->mask());
}

void TestStm32Lifecycle::openJumpFlagComesFromTheCatalog() {
    // With the reported behaviour switched off, Open -> TZ-Closed is simply refused.
    Scenario s = scenario("STM32H533RE", "open", {{"TZEN", "0xB4"}});
    s.chipParameters = {{"openJumpStopsInProvisioning", false}};
    auto rig = rigFor(s);
    QVERIFY(rig);
    const device::Family& f = rig->board().chip().family();
    auto current = rig->readOptions();
    QVERIFY(current.ok());
    const std::uint32_t before = current->registerValue("OPTSR").value();
    auto done = rig->programRegister("OPTSR", withField(f, before, "PRODUCT_STATE", 0xC6));
    QVERIFY(refusedWithFlag(done, f));
    QCOMPARE(rig->readOptions()->registerValue("OPTSR").value(), before);
    QCOMPARE(rig->board().chip().lifecycleState().id, std::string("open"));
}

void TestStm32Lifecycle::transitionRequirementsComeFromTheCatalog() {
    // A catalog whose Provisioning -> TZ-Closed row requires TZEN = 0xB4 (reference 3.1:
    // "TZ parts only, requires TZEN = 0xB4"): the chip refuses the request without it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string src = std::string(RESCUE_SOURCE_DIR) + "/resources/devices";
    for (const auto& entry : std::filesystem::directory_iterator(src))
        std::filesystem::copy_file(entry.path(),
                                   std::filesystem::path(dir.path().toStdString()) / entry.path().filename());
    const auto file = std::filesystem::path(dir.path().toStdString()) / "stm32h52x_h53x.json";
    nlohmann::json family = nlohmann::json::parse(std::ifstream(file));
    family["lifecycle"]["transitions"].push_back({{"from", "provisioning"},
                                                  {"to", "tz-closed"},
                                                  {"mechanism", "option-bytes"},
                                                  {"allowed", true},
                                                  {"evidence", "unverified"},
                                                  {"requires", {{{"field", "TZEN"}, {"value", "0xB4"}}}}});
    // The exact row must win over the combined one: put it first.
    auto& rows = family["lifecycle"]["transitions"];
    std::rotate(rows.rbegin(), rows.rbegin() + 1, rows.rend());
    std::ofstream(file) << family.dump(2);
    auto catalog = device::loadCatalog(dir.path().toStdString());
    if (!catalog)
        QFAIL(catalog.error().describe().c_str());

    for (const char* tzen : {"0xC3", "0xB4"}) {
        VirtualClock clock;
        auto board =
            makeLabBoard(scenario("STM32H533RE", "provisioning", {{"TZEN", tzen}}), **catalog, clock);
        QVERIFY(board);
        auto& chip = (*board)->chip();
        auto& ob = chip.optionBytes();
        ob.writePrg(*chip.family().optionBytes.registerNamed("OPTSR"),
                    withField(chip.family(), ob.cur().registers().at("OPTSR"), "PRODUCT_STATE", 0xC6));
        auto outcome = ob.program(ChangeSource::Debugger);
        QCOMPARE(outcome.ok(), std::string(tzen) == "0xB4");
        if (!outcome.ok())
            QVERIFY(outcome.error().message.find("TZEN") != std::string::npos);
    }
}

// ---- where no probe reaches: the model directly ------------------------------------------

void TestStm32Lifecycle::rulesWhereNoProbeReaches_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("from");
    QTest::addColumn<quint32>("requested");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("H563 closed -> locked") << "STM32H563ZI"
                                           << "closed" << 0x5Cu << 0x5Cu;
    QTest::newRow("H563 closed -> open refused") << "STM32H563ZI"
                                                 << "closed" << 0xEDu << 0x72u;
    QTest::newRow("H533 locked is final (open)") << "STM32H533RE"
                                                 << "locked" << 0xEDu << 0x5Cu;
    QTest::newRow("H533 locked is final (closed)") << "STM32H533RE"
                                                   << "locked" << 0x72u << 0x5Cu;
    QTest::newRow("H503 closed -> locked") << "STM32H503RB"
                                           << "closed" << 0x5Cu << 0x5Cu;
}

void TestStm32Lifecycle::rulesWhereNoProbeReaches() {
    QFETCH(QString, chip);
    QFETCH(QString, from);
    QFETCH(quint32, requested);
    QFETCH(quint32, expected);
    VirtualClock clock;
    auto board = makeBoard(scenario(chip.toStdString(), from.toStdString()), clock);
    QVERIFY(board);
    auto& ob = board->chip().optionBytes();
    const auto& f = board->chip().family();
    ob.writePrg(*f.optionBytes.registerNamed("OPTSR"),
                withField(f, ob.cur().registers().at("OPTSR"), "PRODUCT_STATE", requested));
    auto outcome = ob.program(ChangeSource::Debugger);
    QCOMPARE(outcome.ok(), requested == expected);
    QCOMPARE(ob.state().code, expected);
}

// ---- H7RS NVSTATE through NVSRP + PG_OPT ---------------------------------------------------

void TestStm32Lifecycle::h7rsNvstate_data() {
    QTest::addColumn<quint32>("nvstate");
    QTest::addColumn<quint32>("expected");
    QTest::addColumn<bool>("errorFlag");
    QTest::addColumn<QString>("state");
    // "NVSTATE toggles strictly between 0xB4 and 0x51; any other value raises OPTERRF".
    QTest::newRow("OPEN -> CLOSE") << 0x51u << 0x51u << false << "closed";
    QTest::newRow("invalid 0x12") << 0x12u << 0xB4u << true << "open";
    QTest::newRow("invalid 0xFF") << 0xFFu << 0xB4u << true << "open";
}

void TestStm32Lifecycle::h7rsNvstate() {
    QFETCH(quint32, nvstate);
    QFETCH(quint32, expected);
    QFETCH(bool, errorFlag);
    QFETCH(QString, state);
    auto rig = rigFor(scenario("STM32H7S7L8"));
    QVERIFY(rig);
    LabBoard& board = rig->board();
    const auto& f = board.chip().family();
    auto current = rig->readOptions();
    QVERIFY(current.ok());
    const std::uint32_t before = current->registerValue("NVSR").value();
    auto done = rig->programRegister("NVSR", withField(f, before, "NVSTATE", nvstate));
    QCOMPARE(board.chip().optionBytes().field("NVSTATE"), expected);
    QCOMPARE(board.chip().lifecycleState().id, state.toStdString());
    if (errorFlag) {
        QVERIFY2(refusedWithFlag(done, f), done.ok() ? "taken" : done.error().describe().c_str());
        QCOMPARE(rig->readOptions()->registerValue("NVSR").value(), before);
    } else {
        // Closed now: the link dropped under the programmer (which never writes NVSTATE for a
        // person: the validator refuses it, rule 17), AP1 closed; AP0 still answers.
        QVERIFY(!done.ok());
        QVERIFY(!refusedWithFlag(done, f));
        QVERIFY(rig->connect());
        QVERIFY(!rig->probe->read32(1, f.dbgmcu.ap1Base).ok());
        QVERIFY(rig->connect());
        QCOMPARE(rig->probe->read32(0, f.dbgmcu.ap0Base).valueOr(0), board.chip().idcode());
        // CLOSE -> OPEN is no option-byte change: only the regression's memory clear does it.
        auto& ob = board.chip().optionBytes();
        ob.writePrg(*f.optionBytes.registerNamed("NVSR"),
                    withField(f, ob.cur().registers().at("NVSR"), "NVSTATE", 0xB4));
        QVERIFY(!ob.programRegister(*f.optionBytes.registerNamed("NVSR"), ChangeSource::Debugger));
        QCOMPARE(ob.field("NVSTATE"), 0x51u);
    }
}

void TestStm32Lifecycle::h7rsBootRomService_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<quint32>("code");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("state");
    QTest::addColumn<quint32>("nvstate");
    QTest::newRow("-psrss 0x17 from open") << "open" << 0x17u << true << "provisioning" << 0xB4u;
    QTest::newRow("-psrss 0x72 from provisioning") << "provisioning" << 0x72u << true << "closed" << 0x51u;
    QTest::newRow("-psrss 0x5C from provisioning") << "provisioning" << 0x5Cu << true << "locked" << 0x51u;
    QTest::newRow("-psrss 0x72 from open refused") << "open" << 0x72u << false << "open" << 0xB4u;
    QTest::newRow("-psrss 0xED from closed refused") << "closed" << 0xEDu << false << "closed" << 0x51u;
    QTest::newRow("-psrss 0x72 from locked refused") << "locked" << 0x72u << false << "locked" << 0x51u;
    QTest::newRow("-psrss 0x12 refused") << "provisioning" << 0x12u << false << "provisioning" << 0xB4u;
}

void TestStm32Lifecycle::h7rsBootRomService() {
    QFETCH(QString, from);
    QFETCH(quint32, code);
    QFETCH(bool, accepted);
    QFETCH(QString, state);
    QFETCH(quint32, nvstate);
    VirtualClock clock;
    auto board = makeBoard(scenario("STM32H7S7L8", from.toStdString()), clock);
    QVERIFY(board);
    const Status s = board->chip().setProductState(static_cast<std::uint8_t>(code));
    QCOMPARE(s.ok(), accepted);
    QCOMPARE(board->chip().lifecycleState().id, state.toStdString());
    QCOMPARE(board->chip().optionBytes().field("NVSTATE"), nvstate);
    // On H5 the product state is an option byte: the service refuses.
    auto h5 = makeBoard(scenario("STM32H563ZI"), clock);
    QVERIFY(!h5->chip().setProductState(0x17));
}

// ---- values and frozen fields ---------------------------------------------------------------

void TestStm32Lifecycle::optionValueRefused_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("reg");
    QTest::addColumn<QString>("field");
    QTest::addColumn<quint32>("value");
    QTest::newRow("H563 TZEN 0x12") << "STM32H563ZI"
                                    << "OPTSR2"
                                    << "TZEN" << 0x12u;
    QTest::newRow("H533 BOOT_UBE 0x00") << "STM32H533RE"
                                        << "OPTSR"
                                        << "BOOT_UBE" << 0x00u;
    QTest::newRow("H563 NSBOOT_LOCK 0x55") << "STM32H563ZI"
                                           << "NSBOOTR"
                                           << "NSBOOT_LOCK" << 0x55u;
    QTest::newRow("H7S7 ITCM_AXI_SHARE bit 2") << "STM32H7S7L8"
                                               << "OBW2SR"
                                               << "ITCM_AXI_SHARE" << 0x4u;
}

void TestStm32Lifecycle::optionValueRefused() {
    QFETCH(QString, chip);
    QFETCH(QString, reg);
    QFETCH(QString, field);
    QFETCH(quint32, value);
    auto rig = rigFor(scenario(chip.toStdString()));
    QVERIFY(rig);
    LabBoard& board = rig->board();
    const auto& f = board.chip().family();
    auto current = rig->readOptions();
    QVERIFY(current.ok());
    const std::uint32_t before = current->registerValue(reg.toStdString()).value();
    auto done =
        rig->programRegister(reg.toStdString(), withField(f, before, field.toLatin1().constData(), value));
    QVERIFY2(refusedWithFlag(done, f), done.ok() ? "taken" : done.error().describe().c_str());
    QCOMPARE(rig->readOptions()->registerValue(reg.toStdString()).value(), before);
    QVERIFY(board.chip().flashController().lastOptionError()->message.find(field.toStdString()) !=
            std::string::npos);
}

void TestStm32Lifecycle::frozenWrpInClosedStates_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reg");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("frozen");
    QTest::newRow("H533 tz-closed") << "STM32H533RE"
                                    << "tz-closed"
                                    << "WRP1R"
                                    << "WRPSGn1" << true;
    QTest::newRow("H563 closed") << "STM32H563ZI"
                                 << "closed"
                                 << "WRP2R"
                                 << "WRPSGn2" << true;
    QTest::newRow("H503 closed") << "STM32H503RB"
                                 << "closed"
                                 << "WRP1R"
                                 << "WRPSGn1" << true;
    QTest::newRow("H7S7 closed") << "STM32H7S7L8"
                                 << "closed"
                                 << "WRPSR"
                                 << "WRPS" << true;
    QTest::newRow("H533 provisioning: not frozen") << "STM32H533RE"
                                                   << "provisioning"
                                                   << "WRP1R"
                                                   << "WRPSGn1" << false;
    QTest::newRow("H7S7 open: not frozen") << "STM32H7S7L8"
                                           << "open"
                                           << "WRPSR"
                                           << "WRPS" << false;
}

void TestStm32Lifecycle::frozenWrpInClosedStates() {
    QFETCH(QString, chip);
    QFETCH(QString, state);
    QFETCH(QString, reg);
    QFETCH(QString, field);
    QFETCH(bool, frozen);
    VirtualClock clock;
    const std::map<std::string, nlohmann::json> tz =
        state == "tz-closed" ? std::map<std::string, nlohmann::json>{{"TZEN", "0xB4"}}
                             : std::map<std::string, nlohmann::json>{};
    auto board = makeBoard(scenario(chip.toStdString(), state.toStdString(), tz), clock);
    QVERIFY(board);
    auto& ob = board->chip().optionBytes();
    const auto& f = board->chip().family();
    const auto* def = f.optionBytes.registerNamed(reg.toStdString());
    const std::uint32_t before = ob.cur().registers().at(def->name);
    ob.writePrg(*def, withField(f, before, field.toLatin1().constData(), 0));
    auto outcome = def->name == "WRPSR" ? ob.programRegister(*def, ChangeSource::Debugger)
                                        : ob.program(ChangeSource::Debugger);
    QVERIFY(outcome.ok());  // "writes have no effect": no error either
    QCOMPARE(ob.cur().registers().at(def->name) == before, frozen);
    QCOMPARE(!outcome->ignoredFields.empty(), frozen);
}

QTEST_GUILESS_MAIN(TestStm32Lifecycle)
#include "test_stm32_lifecycle.moc"
