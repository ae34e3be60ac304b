// The shipped device catalog: every family loads, part numbers resolve, identity and debug
// addresses, lifecycle codes and transition rows, DA parameters, and the unconfirmed list.

#include <QtTest>

#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "core/device/catalog.h"

using namespace rescue;
using namespace rescue::device;

namespace {
std::filesystem::path catalogDir() {
    return std::filesystem::path(RESCUE_SOURCE_DIR) / "resources" / "devices";
}
}  // namespace

class TestDeviceCatalog : public QObject {
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

    std::shared_ptr<const Family> fam(const QString& id) {
        auto f = m_catalog->family(id.toStdString());
        if (!f)
            qFatal("family %s missing", qPrintable(id));
        return f;
    }

private slots:
    void initTestCase() {
        auto loaded = loadCatalog(catalogDir());
        if (!loaded)
            QFAIL(loaded.error().describe().c_str());
        m_catalog = *loaded;
    }

    void everyFamilyFileLoads_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<uint>("devId");
        QTest::addColumn<QString>("core");
        QTest::addColumn<bool>("trustZone");
        QTest::addColumn<uint>("banks");
        QTest::addColumn<QString>("manual");
        QTest::newRow("H503") << "stm32h503.json"
                              << "stm32h503" << 0x474u << "Cortex-M33" << false << 2u << "RM0492";
        QTest::newRow("H52x/H53x") << "stm32h52x_h53x.json"
                                   << "stm32h52x-h53x" << 0x478u << "Cortex-M33" << true << 2u << "RM0481";
        QTest::newRow("H56x/H57x") << "stm32h56x_h57x.json"
                                   << "stm32h56x-h57x" << 0x484u << "Cortex-M33" << true << 2u << "RM0481";
        QTest::newRow("H7Rx/7Sx") << "stm32h7rs.json"
                                  << "stm32h7rs" << 0x485u << "Cortex-M7" << false << 1u << "RM0477";
    }
    void everyFamilyFileLoads() {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(uint, devId);
        QFETCH(QString, core);
        QFETCH(bool, trustZone);
        QFETCH(uint, banks);
        QFETCH(QString, manual);
        auto f = m_catalog->family(id.toStdString());
        QVERIFY2(f, qPrintable(id));
        QCOMPARE(QString::fromStdString(f->file.filename().string()), file);
        QVERIFY(f->hasDevId(static_cast<std::uint16_t>(devId)));
        QCOMPARE(m_catalog->familyByDevId(static_cast<std::uint16_t>(devId)), f);
        QCOMPARE(QString::fromStdString(f->core.name), core);
        QCOMPARE(f->trustZone, trustZone);
        QCOMPARE(f->flash.banks, banks);
        QCOMPARE(QString::fromStdString(f->referenceManual), manual);
        QCOMPARE(f->accessPort("dbgmcu")->index, 0u);
        QCOMPARE(f->accessPort("core")->index, 1u);
        QCOMPARE(f->identity.uid, 0x08FFF800u);
        QVERIFY(!f->optionBytes.fields.empty());
        QVERIFY(f->optionBytes.field("PRODUCT_STATE"));
    }

    void unknownDevIdHasNoFamily() {
        QVERIFY(!m_catalog->familyByDevId(0x450));
        QCOMPARE(m_catalog->families().size(), std::size_t(4));
    }

    void partNumberResolves_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("family");
        QTest::addColumn<uint>("devId");
        QTest::addColumn<uint>("flashKb");
        QTest::addColumn<uint>("sectorsPerBank");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("sizeKnown");
        QTest::newRow("H533RE") << "STM32H533RE"
                                << "STM32H533"
                                << "stm32h52x-h53x" << 0x478u << 512u << 32u << "" << true;
        QTest::newRow("H563ZI") << "STM32H563ZI"
                                << "STM32H563"
                                << "stm32h56x-h57x" << 0x484u << 2048u << 128u << "" << true;
        QTest::newRow("H573II") << "STM32H573II"
                                << "STM32H573"
                                << "stm32h56x-h57x" << 0x484u << 2048u << 128u << "" << true;
        QTest::newRow("H503RB") << "STM32H503RB"
                                << "STM32H503"
                                << "stm32h503" << 0x474u << 128u << 8u << "" << true;
        QTest::newRow("H7S7L8H6H") << "STM32H7S7L8H6H"
                                   << "STM32H7S7"
                                   << "stm32h7rs" << 0x485u << 64u << 8u << "H6H" << true;
        QTest::newRow("H7S7L8") << "STM32H7S7L8"
                                << "STM32H7S7"
                                << "stm32h7rs" << 0x485u << 64u << 8u << "" << true;
        QTest::newRow("lower case, suffix") << "stm32h563zit6"
                                            << "STM32H563"
                                            << "stm32h56x-h57x" << 0x484u << 2048u << 128u << "T6" << true;
        QTest::newRow("no STM32 prefix") << "h533re"
                                         << "STM32H533"
                                         << "stm32h52x-h53x" << 0x478u << 512u << 32u << "" << true;
        QTest::newRow("spaces") << " STM32 H523 CC "
                                << "STM32H523"
                                << "stm32h52x-h53x" << 0x478u << 256u << 16u << "" << true;
        QTest::newRow("H563 1 MB") << "STM32H563VGT6"
                                   << "STM32H563"
                                   << "stm32h56x-h57x" << 0x484u << 1024u << 64u << "T6" << true;
        QTest::newRow("H562RG") << "STM32H562RG"
                                << "STM32H562"
                                << "stm32h56x-h57x" << 0x484u << 1024u << 64u << "" << true;
        QTest::newRow("H7R3") << "STM32H7R3L8"
                              << "STM32H7R3"
                              << "stm32h7rs" << 0x485u << 64u << 8u << "" << true;
        QTest::newRow("line only, one size") << "STM32H533"
                                             << "STM32H533"
                                             << "stm32h52x-h53x" << 0x478u << 512u << 32u << "" << true;
        QTest::newRow("line only, sizes differ")
            << "STM32H563"
            << "STM32H563"
            << "stm32h56x-h57x" << 0x484u << 2048u << 128u << "" << false;
    }
    void partNumberResolves() {
        QFETCH(QString, input);
        QFETCH(QString, line);
        QFETCH(QString, family);
        QFETCH(uint, devId);
        QFETCH(uint, flashKb);
        QFETCH(uint, sectorsPerBank);
        QFETCH(QString, suffix);
        QFETCH(bool, sizeKnown);
        auto part = m_catalog->resolvePart(input.toStdString());
        if (!part)
            QFAIL(part.error().describe().c_str());
        QCOMPARE(QString::fromStdString(part->line), line);
        QCOMPARE(QString::fromStdString(part->family->id), family);
        QVERIFY(part->family->hasDevId(static_cast<std::uint16_t>(devId)));
        QCOMPARE(part->flashKb, flashKb);
        QCOMPARE(part->sectorsPerBank(), sectorsPerBank);
        QCOMPARE(QString::fromStdString(part->suffix), suffix);
        QCOMPARE(part->flashSizeKnown, sizeKnown);
        QCOMPARE(part->sectorsPerBank() * part->banks() * part->family->flash.sectorBytes, flashKb * 1024u);
    }

    void bankTwoStartsAtHalfTheFlash() {
        auto big = m_catalog->resolvePart("STM32H563ZI");
        auto small = m_catalog->resolvePart("STM32H563ZG");
        QVERIFY(big && small);
        QCOMPARE(big->bankBase(2), 0x08100000u);
        QCOMPARE(small->bankBase(2), 0x08080000u);
    }

    void unknownPartSuggests_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("inMessage");
        QTest::addColumn<QString>("inHint");
        QTest::newRow("typo in line") << "STM32H564ZI"
                                      << "STM32H564ZI"
                                      << "STM32H563ZI";
        QTest::newRow("wrong flash code") << "STM32H573ZG"
                                          << "I = 2048 KB"
                                          << "STM32H573ZI";
        QTest::newRow("H503 has no E") << "stm32h503re"
                                       << "STM32H503RE"
                                       << "STM32H503RB";
        QTest::newRow("other family") << "STM32F407VG"
                                      << "STM32F407VG"
                                      << "Known lines: STM32H503";
        QTest::newRow("empty") << ""
                               << "No part number"
                               << "Known lines";
        QTest::newRow("digit as pin code") << "STM32H5631I"
                                           << "pin-count letter"
                                           << "Known lines";
        QTest::newRow("bad suffix") << "STM32H563ZIT6$"
                                    << "T6$"
                                    << "STM32H563ZI";
        QTest::newRow("H7S7 typo") << "STM32H7S8L8"
                                   << "STM32H7S8L8"
                                   << "STM32H7S7L8";
    }
    void unknownPartSuggests() {
        QFETCH(QString, input);
        QFETCH(QString, inMessage);
        QFETCH(QString, inHint);
        auto part = m_catalog->resolvePart(input.toStdString());
        QVERIFY(!part);
        QCOMPARE(QString::fromStdString(part.error().code), QStringLiteral("device.unknown-part"));
        QVERIFY2(QString::fromStdString(part.error().message).contains(inMessage),
                 part.error().message.c_str());
        QVERIFY2(QString::fromStdString(part.error().hint).contains(inHint), part.error().hint.c_str());
    }

    void dbgmcuAddresses_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("reg");
        QTest::addColumn<uint>("viaAp0");
        QTest::addColumn<uint>("viaAp1");
        QTest::newRow("H5 host") << "stm32h56x-h57x"
                                 << "DBG_AUTH_HOST" << 0xE0044100u << 0x44024100u;
        QTest::newRow("H5 device") << "stm32h52x-h53x"
                                   << "DBG_AUTH_DEVICE" << 0xE0044104u << 0x44024104u;
        QTest::newRow("H503 ack") << "stm32h503"
                                  << "DBG_AUTH_ACK" << 0xE0044108u << 0x44024108u;
        QTest::newRow("H5 idcode") << "stm32h56x-h57x"
                                   << "IDCODE" << 0xE0044000u << 0x44024000u;
        QTest::newRow("H7RS SR") << "stm32h7rs"
                                 << "SR" << 0xE00E10FCu << 0x5C0010FCu;
        QTest::newRow("H7RS device") << "stm32h7rs"
                                     << "dbg_auth_device" << 0xE00E1104u << 0x5C001104u;
    }
    void dbgmcuAddresses() {
        QFETCH(QString, family);
        QFETCH(QString, reg);
        QFETCH(uint, viaAp0);
        QFETCH(uint, viaAp1);
        const auto& d = fam(family)->dbgmcu;
        QCOMPARE(d.address(reg.toStdString(), DbgmcuMap::Side::Ap0).value_or(0), viaAp0);
        QCOMPARE(d.address(reg.toStdString(), DbgmcuMap::Side::Ap1).value_or(0), viaAp1);
    }

    void dbgmcuIdcodeAndStatusBits() {
        auto h5 = fam("stm32h56x-h57x");
        QCOMPARE(h5->dbgmcu.ap0Alternatives, std::vector<std::uint32_t>{0xE00E4000u});
        QCOMPARE(DbgmcuMap::devId(0x10010484u), std::uint16_t(0x484));
        QCOMPARE(DbgmcuMap::revId(0x10010484u), std::uint16_t(0x1001));
        auto h7 = fam("stm32h7rs");
        QCOMPARE(h7->dbgmcu.srReset.value_or(0), 0x00010003u);
        std::uint32_t sr = *h7->dbgmcu.srReset;
        QVERIFY(DbgmcuMap::apPresent(sr, 0) && DbgmcuMap::apPresent(sr, 1));
        QVERIFY(DbgmcuMap::apEnabled(sr, 0));
        QVERIFY(!DbgmcuMap::apEnabled(sr, 1));
        QVERIFY(h7->revision(0x2000) && h7->revision(0x2000)->name == "B");
        QVERIFY(!h7->revision(0x3000));
    }

    void memoryAndRegisters() {
        auto h5 = fam("stm32h56x-h57x");
        QCOMPARE(h5->flashRegisters.base, 0x40022000u);
        QCOMPARE(h5->flashRegisters.secureBase.value_or(0), 0x50022000u);
        QCOMPARE(h5->flashRegisters.address("NSCR").value_or(0), 0x40022028u);
        QCOMPARE(h5->flashRegisters.registerNamed("NSSR")->field("WRPERR")->lsb, 17u);
        QCOMPARE(h5->flashRegisters.registerNamed("NSSR")->field("OPTCHANGEERR")->lsb, 23u);
        QCOMPARE(h5->flashRegisters.registerNamed("NSCR")->field("SNB")->width, 7u);
        QCOMPARE(fam("stm32h52x-h53x")->flashRegisters.registerNamed("NSCR")->field("SNB")->width, 5u);
        QCOMPARE(fam("stm32h503")->flashRegisters.registerNamed("NSCR")->field("SNB")->width, 3u);
        QVERIFY(!fam("stm32h503")->flashRegisters.registerNamed("SECCR"));
        QCOMPARE(h5->keys.key1, 0x45670123u);
        QCOMPARE(h5->keys.optKey2, 0x4C5D6E7Fu);
        QCOMPARE(h5->keys.obkKey1.value_or(0), 0x192A083Bu);
        QVERIFY(!fam("stm32h503")->keys.obkKey1);
        // The .obk destination is the secure alias of OBK HDPL1.
        QCOMPARE(h5->region("OBK HDPL1")->secureBase.value_or(0),
                 h5->da.obkDestination("certificate").value_or(1));

        auto h7 = fam("stm32h7rs");
        QCOMPARE(h7->flashRegisters.address("OPTCR").value_or(0), 0x52002104u);
        QCOMPARE(h7->flashRegisters.registerNamed("ISR")->field("WRPERRF")->lsb, 17u);
        QCOMPARE(h7->keys.optKey1, 0x08192A3Bu);
        QCOMPARE(h7->region("XSPI2 window")->base, 0x70000000u);
        QVERIFY(!h7->identity.flashSize);
        QCOMPARE(h5->identity.flashSize.value_or(0), 0x08FFF80Cu);
    }

    void lifecycleCodes_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");  // -1: the family has no such state
        QTest::addColumn<bool>("settable");
        QTest::newRow("open") << "stm32h56x-h57x"
                              << "Open" << 0xED << true;
        QTest::newRow("provisioning") << "stm32h56x-h57x"
                                      << "PROVISIONING" << 0x17 << true;
        QTest::newRow("irot") << "stm32h52x-h53x"
                              << "iROT-Provisioned" << 0x2E << true;
        QTest::newRow("tz-closed spelt _") << "stm32h52x-h53x"
                                           << "TZ_Closed" << 0xC6 << true;
        QTest::newRow("closed") << "stm32h56x-h57x"
                                << "closed" << 0x72 << true;
        QTest::newRow("locked") << "stm32h503"
                                << "Locked" << 0x5C << true;
        QTest::newRow("regression") << "stm32h56x-h57x"
                                    << "Regression" << 0x9A << false;
        QTest::newRow("ns-regression") << "stm32h56x-h57x"
                                       << "ns regression" << 0xA3 << false;
        QTest::newRow("H503 has no TZ-Closed") << "stm32h503"
                                               << "TZ-Closed" << -1 << false;
        QTest::newRow("H503 has no NS-Regression") << "stm32h503"
                                                   << "NS-Regression" << -1 << false;
        QTest::newRow("H7RS closed") << "stm32h7rs"
                                     << "Closed" << 0x72 << true;
        QTest::newRow("H7RS provisioning") << "stm32h7rs"
                                           << "Provisioning" << 0x17 << true;
        QTest::newRow("H7RS has no TZ-Closed") << "stm32h7rs"
                                               << "TZ-Closed" << -1 << false;
    }
    void lifecycleCodes() {
        QFETCH(QString, family);
        QFETCH(QString, name);
        QFETCH(int, code);
        QFETCH(bool, settable);
        const auto& lc = fam(family)->lifecycle;
        const auto* byName = lc.state(name.toStdString());
        if (code < 0) {
            QVERIFY(!byName);
            return;
        }
        QVERIFY(byName);
        QCOMPARE(int(byName->code), code);
        QCOMPARE(byName->userSettable, settable);
        QCOMPARE(lc.stateByCode(static_cast<std::uint8_t>(code)), byName);
        // Every state code is also a value of the state field, by the same name.
        const auto* field = fam(family)->optionBytes.field(lc.stateField);
        QVERIFY(field && field->valueOf(byName->code));
    }

    void lockedIsFinalAndNoCodeIsInvented() {
        for (const auto& f : m_catalog->families()) {
            const auto* locked = f->lifecycle.state("locked");
            QVERIFY(locked && locked->final);
            QVERIFY(locked->access.ap1 == ApAccess::None);
            QVERIFY(!f->lifecycle.stateByCode(0x12));
        }
    }

    void transitionRows_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<int>("allowed");  // 1 allowed, 0 refused, -1 the data has no row
        QTest::addColumn<QString>("outcome");
        QTest::newRow("open->provisioning") << "stm32h52x-h53x"
                                            << "open"
                                            << "provisioning"
                                            << "option-bytes" << 1 << "";
        QTest::newRow("open->tz-closed in one step") << "stm32h52x-h53x"
                                                     << "open"
                                                     << "tz-closed"
                                                     << "option-bytes" << 0 << "provisioning";
        QTest::newRow("open->closed in one step") << "stm32h56x-h57x"
                                                  << "open"
                                                  << "closed"
                                                  << "option-bytes" << 0 << "provisioning";
        QTest::newRow("provisioning->closed") << "stm32h56x-h57x"
                                              << "provisioning"
                                              << "closed"
                                              << "option-bytes" << 1 << "";
        QTest::newRow("provisioning->open by OB") << "stm32h52x-h53x"
                                                  << "provisioning"
                                                  << "open"
                                                  << "option-bytes" << 0 << "";
        QTest::newRow("closed->open by OB") << "stm32h56x-h57x"
                                            << "closed"
                                            << "open"
                                            << "option-bytes" << 0 << "";
        QTest::newRow("closed->regression by DA") << "stm32h56x-h57x"
                                                  << "closed"
                                                  << "regression"
                                                  << "da-full-regression" << 1 << "";
        QTest::newRow("regression ends in open") << "stm32h503"
                                                 << "regression"
                                                 << "open"
                                                 << "hardware" << 1 << "";
        QTest::newRow("partial regression") << "stm32h56x-h57x"
                                            << "closed"
                                            << "ns-regression"
                                            << "da-partial-regression" << 1 << "";
        QTest::newRow("locked->open by DA") << "stm32h56x-h57x"
                                            << "locked"
                                            << "regression"
                                            << "da-full-regression" << 0 << "";
        QTest::newRow("locked->provisioning by OB") << "stm32h503"
                                                    << "locked"
                                                    << "provisioning"
                                                    << "option-bytes" << 0 << "";
        QTest::newRow("H7RS open->provisioning") << "stm32h7rs"
                                                 << "open"
                                                 << "provisioning"
                                                 << "boot-rom-service" << 1 << "";
        QTest::newRow("H7RS closed->open by DA") << "stm32h7rs"
                                                 << "closed"
                                                 << "open"
                                                 << "da-full-regression" << 1 << "";
        QTest::newRow("H7RS locked->open by DA") << "stm32h7rs"
                                                 << "locked"
                                                 << "open"
                                                 << "da-full-regression" << 0 << "";
        QTest::newRow("backward") << "stm32h56x-h57x"
                                  << "tz-closed"
                                  << "irot-provisioned"
                                  << "option-bytes" << 0 << "";
        QTest::newRow("undocumented") << "stm32h56x-h57x"
                                      << "provisioning"
                                      << "ns-regression"
                                      << "option-bytes" << -1 << "";
    }
    void transitionRows() {
        QFETCH(QString, family);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, mechanism);
        QFETCH(int, allowed);
        QFETCH(QString, outcome);
        auto mech = transitionMechanismFromString(mechanism.toStdString());
        QVERIFY(mech);
        const auto* rule = fam(family)->lifecycle.rule(from.toStdString(), to.toStdString(), *mech);
        if (allowed < 0) {
            QVERIFY(!rule);
            return;
        }
        QVERIFY(rule);
        QCOMPARE(rule->allowed, allowed == 1);
        QCOMPARE(QString::fromStdString(rule->outcome.value_or("")), outcome);
        QVERIFY(!rule->source.empty());
    }

    void partialRegressionNeedsTrustZone() {
        const auto* rule =
            fam("stm32h56x-h57x")
                ->lifecycle.rule("closed", "ns-regression", TransitionMechanism::DaPartialRegression);
        QVERIFY(rule);
        QCOMPARE(rule->requirements, (std::vector<optionbytes::FieldCondition>{{"TZEN", 0xB4}}));
    }

    void openJumpFlag_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("stops");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("H533 (field report)") << "stm32h52x-h53x" << true << true;
        QTest::newRow("H56x (assumed)") << "stm32h56x-h57x" << true << false;
        QTest::newRow("H503 (assumed)") << "stm32h503" << true << false;
        QTest::newRow("H7RS (not reported)") << "stm32h7rs" << false << false;
    }
    void openJumpFlag() {
        QFETCH(QString, family);
        QFETCH(bool, stops);
        QFETCH(bool, confirmed);
        QCOMPARE(fam(family)->lifecycle.openJumpStopsInProvisioning, stops);
        QCOMPARE(fam(family)->lifecycle.openJumpConfirmed, confirmed);
    }

    void accessPerState_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("ap0");
        QTest::addColumn<QString>("ap1");
        QTest::newRow("open") << "stm32h56x-h57x"
                              << "open"
                              << "mailbox"
                              << "full";
        QTest::newRow("provisioning: hot plug") << "stm32h52x-h53x"
                                                << "provisioning"
                                                << "mailbox"
                                                << "hot-plug";
        QTest::newRow("tz-closed: non-secure") << "stm32h52x-h53x"
                                               << "tz-closed"
                                               << "mailbox"
                                               << "non-secure";
        QTest::newRow("closed: only AP0") << "stm32h7rs"
                                          << "closed"
                                          << "mailbox"
                                          << "none";
        QTest::newRow("locked: nothing") << "stm32h503"
                                         << "locked"
                                         << "none"
                                         << "none";
    }
    void accessPerState() {
        QFETCH(QString, family);
        QFETCH(QString, state);
        QFETCH(QString, ap0);
        QFETCH(QString, ap1);
        const auto* s = fam(family)->lifecycle.state(state.toStdString());
        QVERIFY(s);
        QCOMPARE(QString::fromStdString(std::string(toString(s->access.ap0))), ap0);
        QCOMPARE(QString::fromStdString(std::string(toString(s->access.ap1))), ap1);
    }

    void permissions_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("bit");  // -1: not on this family
        QTest::newRow("H5 full regression") << "stm32h56x-h57x"
                                            << "full-regression" << 14;
        QTest::newRow("H503 full regression") << "stm32h503"
                                              << "full-regression" << 14;
        QTest::newRow("H7RS full regression") << "stm32h7rs"
                                              << "Full-Regression" << 14;
        QTest::newRow("H5 partial regression") << "stm32h52x-h53x"
                                               << "partial-regression" << 12;
        QTest::newRow("H503 no partial regression") << "stm32h503"
                                                    << "partial-regression" << -1;
        QTest::newRow("H7RS no partial regression") << "stm32h7rs"
                                                    << "partial-regression" << -1;
        QTest::newRow("H5 secure L3") << "stm32h56x-h57x"
                                      << "debug-s-l3" << 6;
        QTest::newRow("H5 secure L1") << "stm32h56x-h57x"
                                      << "debug-s-l1" << 4;
        QTest::newRow("H5 non-secure L2") << "stm32h56x-h57x"
                                          << "debug-ns-l2" << 1;
        QTest::newRow("H7RS L3") << "stm32h7rs"
                                 << "debug-ns-l3" << 2;
        QTest::newRow("H7RS L1 alias") << "stm32h7rs"
                                       << "debug-l1" << 0;
        QTest::newRow("H7RS no secure debug") << "stm32h7rs"
                                              << "debug-s-l1" << -1;
        QTest::newRow("H7RS forced download") << "stm32h7rs"
                                              << "forced-download" << 127;
        QTest::newRow("H5 no forced download") << "stm32h56x-h57x"
                                               << "forced-download" << -1;
    }
    void permissions() {
        QFETCH(QString, family);
        QFETCH(QString, name);
        QFETCH(int, bit);
        const auto* p = fam(family)->da.permission(name.toStdString());
        if (bit < 0) {
            QVERIFY(!p);
            return;
        }
        QVERIFY(p);
        QCOMPARE(int(p->bit), bit);
        QCOMPARE(fam(family)->da.permissionAtBit(p->bit), p);
    }

    void h7rsPermissionsMatchTheShippedObkMask() {
        // DA_Config.obk of the H7S78-DK grants 0x80000000000000000000000000004007 = bits 0, 1, 2, 14, 127:
        // exactly the named H7RS permissions (adac-protocol.md §5.3).
        std::set<unsigned> named;
        for (const auto& p : fam("stm32h7rs")->da.permissions)
            if (p.confirmed)
                named.insert(p.bit);
        QCOMPARE(named, (std::set<unsigned>{0, 1, 2, 14, 127}));
    }

    void daParameters() {
        for (const auto& f : m_catalog->families()) {
            QCOMPARE(f->da.requestMagic, 0x53544441u);  // "STDA"
            QCOMPARE(f->da.requestMagicAlternatives, std::vector<std::uint32_t>{0x4F454441u});
            QVERIFY(f->da.replyIsEcho);
            QCOMPARE(f->da.replyWordAlternatives, std::vector<std::uint32_t>{0x44414F4Bu});
            QCOMPARE(f->da.hostAckBit, 0u);
            QCOMPARE(f->da.devAckBit, 1u);
            QVERIFY(f->da.polarity == AckPolarity::DeviceCode);
            QCOMPARE(f->da.graceWindowMs, 0u);
            QVERIFY(f->da.idleHostTimeoutMs > 0);
            QVERIFY(f->da.whenNotProvisioned == UnprovisionedBehaviour::AnswersDiscovery);
            QCOMPARE(f->da.discovery.integrityProvisioned, 0xEAEAEAEAu);
            QCOMPARE(f->da.discovery.tokenFormats, std::vector<std::uint16_t>{0x0200});
            QCOMPARE(f->da.discovery.certFormats, std::vector<std::uint16_t>{0x0201});
            QCOMPARE(f->da.discovery.cryptosystems, std::vector<std::uint8_t>{0x01});
            QVERIFY(f->da.permission("full-regression"));
        }
        auto h5 = fam("stm32h56x-h57x");
        QCOMPARE(h5->da.discovery.sdaVersion, (std::array<std::uint8_t, 3>{2, 4, 0}));
        QCOMPARE(h5->da.obkDestination("password").value_or(0), 0x0FFD0100u);
        QCOMPARE(h5->da.method("password")->when->field, std::string("TZEN"));
        QCOMPARE(h5->da.method("password")->when->value, 0xC3u);
        auto h7 = fam("stm32h7rs");
        QCOMPARE(h7->da.discovery.sdaVersion, (std::array<std::uint8_t, 3>{1, 0, 0}));
        QCOMPARE(h7->da.discovery.hdplStatus.size(), std::size_t(3));
        QCOMPARE(h7->da.obkDestination("certificate").value_or(0), 0x00510008u);
        QCOMPARE(h7->da.obkDestination("password").value_or(0), 0x008A0008u);
        QCOMPARE(h7->da.obkDestination("lock").value_or(0), 0x00B40008u);
        auto h503 = fam("stm32h503");
        QVERIFY(h503->da.obk.empty());
        QCOMPARE(h503->da.passwordOtpAddress.value_or(0), 0x08FFF000u);
        QVERIFY(!h503->da.method("certificate"));
    }

    void h7rsObkDestinationsCarryDbgAuthCodes() {
        // The middle byte of each H7RS .obk destination is the ROTSR.DBG_AUTH code of its method.
        auto h7 = fam("stm32h7rs");
        const auto* dbgAuth = h7->optionBytes.field("DBG_AUTH");
        QVERIFY(dbgAuth);
        const std::map<std::string, std::string> expected{
            {"certificate", "ECDSA-P256"}, {"password", "password"}, {"lock", "locked"}};
        for (const auto& o : h7->da.obk) {
            const auto* v = dbgAuth->valueOf((o.destination >> 16) & 0xFF);
            QVERIFY2(v, o.method.c_str());
            QCOMPARE(v->name, expected.at(o.method));
        }
    }

    void unconfirmedValuesAreListedWithTheirSource() {
        const auto& list = m_catalog->unconfirmed();
        QVERIFY(list.size() > 20);
        std::set<std::string> filesWithAp0;
        for (const auto& u : list) {
            QVERIFY2(!u.source.empty(), (u.file + " " + u.where).c_str());
            if (u.where == "dbgmcu.ap0Base")
                filesWithAp0.insert(u.file);
        }
        // The AP0-side DBGMCU base is unconfirmed on every family (adac-protocol.md §17).
        QCOMPARE(filesWithAp0.size(), m_catalog->families().size());
        auto has = [&](const std::string& file, const std::string& where) {
            return std::any_of(list.begin(), list.end(),
                               [&](const Unconfirmed& u) { return u.file == file && u.where == where; });
        };
        QVERIFY(has("stm32h56x_h57x.json", "debugAuthentication.requestMagic"));
        QVERIFY(has("stm32h56x_h57x.json", "optionBytes.fields[TZEN].reset"));
        QVERIFY(has("stm32h7rs.json", "optionBytes.fields[HDP_AREA_START].width"));
        QVERIFY(has("stm32h7rs.json", "lifecycle.states[Closed].registerMatch"));
    }

    void documentationListsEveryUnconfirmedValue() {
        std::ifstream in(std::filesystem::path(RESCUE_SOURCE_DIR) / "docs" / "device-catalog.md");
        QVERIFY2(in, "docs/device-catalog.md is missing");
        std::vector<std::string> lines;
        for (std::string line; std::getline(in, line);)
            lines.push_back(line);
        for (const auto& u : m_catalog->unconfirmed()) {
            std::string where = "`" + u.where + "`";
            bool listed = std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
                return l.find(u.file) != std::string::npos && l.find(where) != std::string::npos;
            });
            // The message is the missing table row, ready to paste into the appendix.
            QVERIFY2(listed, ("docs/device-catalog.md lacks the row: | " + u.file + " | `" + u.where +
                              "` | " + u.source + " | " + u.note + " |")
                                 .c_str());
        }
    }

    void sharedCatalogIsLoadedOnceForAllThreads() {
        std::vector<const Catalog*> seen(8, nullptr);
        {
            std::vector<std::jthread> threads;
            for (std::size_t i = 0; i < seen.size(); ++i)
                threads.emplace_back([&seen, i] {
                    auto c = sharedCatalog();
                    seen[i] = c ? c->get() : nullptr;
                });
        }
        QVERIFY(seen[0] != nullptr);
        for (const auto* c : seen)
            QCOMPARE(c, seen[0]);
        QCOMPARE(sharedCatalog()->get(), seen[0]);
        QCOMPARE((*sharedCatalog())->families().size(), m_catalog->families().size());
    }
};

QTEST_GUILESS_MAIN(TestDeviceCatalog)
#include "test_device_catalog.moc"
