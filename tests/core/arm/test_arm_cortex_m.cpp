// ADIv5 and Cortex-M over a DebugProbe (the ST-LINK driver into the lab), on the generic
// TestBoard and on real lab STM32 boards: DP power-up with both acknowledges, AP
// identification, sticky error clearing, halt and resume, vector catch on reset halting at
// the reset handler, and SYSRESETREQ leaving S_RESET_ST for the next DHCSR read.

#include <QtTest>

#include "../probe/stlink_test_rig.h"
#include "core/arm/adiv5.h"
#include "core/arm/cortex_m.h"

using namespace rescue;
using namespace rescue::arm;
using namespace rescue::testsupport;
using namespace std::chrono_literals;

namespace {

// One open, attached probe on a TestBoard or a lab board.
struct Target {
    std::unique_ptr<BoardRig> board;
    std::unique_ptr<LabRig> lab;
    std::unique_ptr<probe::stlink::StlinkProbe> probe;
    std::uint8_t coreAp = 1;
};

Result<Target> makeTarget(const QString& where) {
    Target t;
    Result<std::unique_ptr<probe::stlink::StlinkProbe>> p = Error{};
    if (where == "testboard") {
        t.board = std::make_unique<BoardRig>();
        p = t.board->open();
    } else {
        // A minimal application in flash so that a reset has a vector table to fetch.
        auto lab = LabRig::create(where.toStdString(), {}, {}, nlohmann::json{{"application", "idle-loop"}});
        if (!lab)
            return std::move(lab).error();
        t.lab = std::move(*lab);
        p = t.lab->open();
    }
    if (!p)
        return std::move(p).error();
    t.probe = std::move(*p);
    if (auto id = t.probe->attach(); !id)
        return std::move(id).error();
    return t;
}

}  // namespace

class TestArmCortexM : public QObject {
    Q_OBJECT

private slots:
    void targets_data() {
        QTest::addColumn<QString>("where");
        QTest::newRow("TestBoard") << "testboard";
        QTest::newRow("H563") << "h563-open-healthy";
        QTest::newRow("H7S7") << "h7s78-open-healthy";
    }

    void powerUpAndAps_data() { targets_data(); }
    void powerUpAndAps() {
        QFETCH(QString, where);
        auto t = makeTarget(where);
        QVERIFY2(t, t ? "" : t.error().describe().c_str());
        probe::DebugProbe& p = *t->probe;
        Status up = powerUp(p, 100ms);
        QVERIFY2(up, up ? "" : up.error().describe().c_str());
        auto cs = p.readDp(dp::kCtrlStat);
        QVERIFY(cs);
        QCOMPARE(*cs & dp::kPowerUpAcks, dp::kPowerUpAcks);

        auto core = readApIdr(p, t->coreAp);
        QVERIFY(core);
        QVERIFY2(isMemAp(*core), apKindName(*core).c_str());
        QVERIFY(apKindName(*core).find("AP") != std::string::npos);
        auto system = readApIdr(p, 0);
        QVERIFY(system);
        QVERIFY(isMemAp(*system));
        auto absent = readApIdr(p, 7);
        QVERIFY(absent);
        QCOMPARE(*absent, 0u);
        QCOMPARE(QString::fromStdString(apKindName(*absent)), QStringLiteral("no AP"));

        auto csw = readCsw(p, t->coreAp);
        QVERIFY(csw);
        QVERIFY(*csw & csw::kDeviceEn);
    }

    void stickyErrorCleared() {
        auto t = makeTarget("testboard");
        QVERIFY(t);
        probe::DebugProbe& p = *t->probe;
        QVERIFY(powerUp(p, 100ms));
        // A bus fault behind the driver's back (straight on the wire, SELECT left as the
        // probe set it): the board's DP raises STICKYERR and AP traffic faults until ABORT.
        QVERIFY(p.writeAp(1, ap::kCsw, 0xA2000012));
        QVERIFY(p.writeAp(1, ap::kTar, 0x60000000));
        QCOMPARE(t->board->board.read(true, ap::kDrw).ack, sim::SwdAck::Fault);
        QVERIFY(t->board->board.dp().stickyError());
        QVERIFY(!p.readAp(1, ap::kCsw));  // the driver clears it after a FAULT itself...
        QVERIFY(!t->board->board.dp().stickyError());
        QCOMPARE(t->board->board.read(true, ap::kDrw).ack, sim::SwdAck::Fault);
        auto cs = p.readDp(dp::kCtrlStat);
        QVERIFY(cs);
        QVERIFY(*cs & dp::kStickyErr);
        QVERIFY(clearStickyErrors(p));  // ...and so does the ADIv5 layer
        QVERIFY(!t->board->board.dp().stickyError());
        auto after = p.readDp(dp::kCtrlStat);
        QVERIFY(after);
        QCOMPARE(*after & dp::kStickyMask, 0u);
        QVERIFY(p.read32(1, 0x20000000));
    }

    void powerUpTimesOut() {
        auto t = makeTarget("testboard");
        QVERIFY(t);
        t->board->board.dp().setPowerUpAllowed(false);
        t->board->board.dp().powerLoss();
        const auto start = t->board->clock->now();
        Status up = powerUp(*t->probe, 50ms);
        QVERIFY(!up);
        QCOMPARE(QString::fromStdString(up.error().code), QStringLiteral("probe.timeout"));
        QVERIFY(!up.error().evidence.empty());
        const auto elapsed = t->board->clock->now() - start;
        QVERIFY(elapsed >= 50ms && elapsed < 1s);
    }

    void haltResume_data() { targets_data(); }
    void haltResume() {
        QFETCH(QString, where);
        auto t = makeTarget(where);
        QVERIFY2(t, t ? "" : t.error().describe().c_str());
        QVERIFY(powerUp(*t->probe, 100ms));
        CortexM core(*t->probe, t->coreAp);
        QVERIFY(core.halt());
        Status halted = core.waitForHalt(100ms);
        QVERIFY2(halted, halted ? "" : halted.error().describe().c_str());
        auto s = core.status();
        QVERIFY(s && s->debugEnabled());
        s = core.status();
        QVERIFY(s && s->halted());
        QVERIFY(core.resume());
        s = core.status();
        QVERIFY(s);
        QVERIFY(!s->halted());
        QVERIFY(s->debugEnabled());
        QVERIFY(!s->lockedUp());
        // A core that runs does not halt by waiting: a bounded, clear error.
        auto wait = core.waitForHalt(20ms);
        QVERIFY(!wait);
        QCOMPARE(QString::fromStdString(wait.error().code), QStringLiteral("probe.timeout"));
        QVERIFY(QString::fromStdString(wait.error().message).contains("kept running"));
    }

    void vectorCatchOnReset_data() { targets_data(); }
    void vectorCatchOnReset() {
        QFETCH(QString, where);
        auto t = makeTarget(where);
        QVERIFY2(t, t ? "" : t.error().describe().c_str());
        probe::DebugProbe& p = *t->probe;
        QVERIFY(powerUp(p, 100ms));
        CortexM core(p, t->coreAp);
        QVERIFY(core.halt());
        QVERIFY(core.waitForHalt(100ms));
        QVERIFY(core.setResetVectorCatch(true));
        auto demcrValue = core.readDemcr();
        QVERIFY(demcrValue && (*demcrValue & demcr::kVcCoreReset));
        (void)core.takeResetSeen();
        QVERIFY(core.resume());

        // SYSRESETREQ: the reset is caught on the first instruction.
        Status reset = core.systemReset();
        QVERIFY2(reset, reset ? "" : reset.error().describe().c_str());
        Status halted = core.waitForHalt(100ms);
        QVERIFY2(halted, halted ? "" : halted.error().describe().c_str());
        QVERIFY(core.takeResetSeen());
        auto dfsrValue = p.read32(t->coreAp, kDfsrAddress);
        QVERIFY(dfsrValue && (*dfsrValue & dfsr::kVCatch));

        // The PC is the reset handler the vector table names.
        auto vtor = p.read32(t->coreAp, kVtorAddress);
        QVERIFY(vtor);
        auto resetVector = p.read32(t->coreAp, *vtor + 4);
        QVERIFY(resetVector);
        auto pc = core.readCoreRegister(core_reg::kPc);
        QVERIFY2(pc, pc ? "" : pc.error().describe().c_str());
        QCOMPARE(*pc, *resetVector & ~1u);
        if (t->board)
            QCOMPARE(*pc, t->board->board.resetHandler());

        QVERIFY(core.setResetVectorCatch(false));
        QVERIFY(core.resume());
    }

    void systemResetSetsResetSticky_data() { targets_data(); }
    void systemResetSetsResetSticky() {
        QFETCH(QString, where);
        auto t = makeTarget(where);
        QVERIFY2(t, t ? "" : t.error().describe().c_str());
        QVERIFY(powerUp(*t->probe, 100ms));
        CortexM core(*t->probe, t->coreAp);
        QVERIFY(core.enableDebug());
        // Consume any reset indication left from power-up: the bit is clear-on-read.
        QVERIFY(core.status());
        auto quiet = core.status();
        QVERIFY(quiet);
        QVERIFY(!quiet->resetSinceLastRead());

        QVERIFY(core.systemReset());
        auto after = core.status();
        QVERIFY(after);
        QVERIFY(after->resetSinceLastRead());
        auto again = core.status();
        QVERIFY(again);
        QVERIFY2(!again->resetSinceLastRead(), "S_RESET_ST is sticky until read, then clear");
        QVERIFY(!again->lockedUp());
    }
};

QTEST_GUILESS_MAIN(TestArmCortexM)
#include "test_arm_cortex_m.moc"
