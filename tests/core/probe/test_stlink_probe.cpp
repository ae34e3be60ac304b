// The ST-LINK driver (StlinkProbe over BulkStlinkLink) against the lab in-process: a virtual
// ST-LINK of each model plugged into a generic TestBoard and into real lab STM32 boards. What
// a person checks: the firmware string, the DPIDR the catalog gives, the DBGMCU IDCODE through
// the right AP, memory that round-trips at every width (across 1 KiB bounds and beyond one
// 6144-byte block), NRST doing something to the board, the voltage, round trips counted; old
// firmware refused with the version it needs; and every probe misbehaviour (WAIT storm,
// FAULT, short reply, silence, a pulled cable) ending in a clear error, fast, without a hang.

#include <QtTest>

#include "core/device/catalog.h"
#include "core/probe/stlink/stlink_probe.h"
#include "stlink_test_rig.h"

using namespace rescue;
using namespace rescue::probe;
using namespace rescue::probe::stlink;
using namespace rescue::testsupport;
using namespace std::chrono_literals;

namespace {

constexpr std::uint32_t kTestBoardRam = 0x20000000;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Deterministic, position-dependent bytes so a misplaced chunk shows.
Bytes pattern(std::size_t n, std::uint8_t seed) {
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i)
        b[i] = static_cast<std::uint8_t>((i * 7 + seed + (i >> 8)) & 0xFF);
    return b;
}

std::string evidence(const Error& e, std::string_view name) {
    for (const auto& ev : e.evidence)
        if (ev.name == name)
            return ev.value;
    return {};
}

// Every error a person reads is one sentence ending in a full stop, with a hint.
void checkReadable(const Error& e) {
    QVERIFY2(!e.message.empty() && e.message.back() == '.', e.message.c_str());
    QVERIFY2(!e.hint.empty(), e.code.c_str());
}

}  // namespace

class TestStlinkProbe : public QObject {
    Q_OBJECT

private slots:
    // ---- TestBoard ----
    void testBoard_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QString>("expectedModel");
        QTest::newRow("V2 J37") << "STLINK-V2"
                                << "V2J37S7"
                                << "STLINK-V2";
        QTest::newRow("V2 J46") << "STLINK-V2"
                                << "V2J46S7"
                                << "STLINK-V2";
        QTest::newRow("V2-1 J37") << "STLINK-V2-1"
                                  << "V2J37M26"
                                  << "STLINK-V2-1";
        QTest::newRow("V3SET J17") << "STLINK-V3SET"
                                   << "V3J17M10B6S1"
                                   << "STLINK-V3S";
    }
    void testBoard() {
        QFETCH(QString, model);
        QFETCH(QString, firmware);
        QFETCH(QString, expectedModel);
        BoardRig rig(model.toStdString(), firmware.toStdString());
        auto opened = rig.open();
        QVERIFY2(opened, opened ? "" : opened.error().describe().c_str());
        StlinkProbe& p = **opened;
        QCOMPARE(q(p.info().firmware), firmware);
        QCOMPARE(q(p.info().model), expectedModel);

        auto dpidr = p.attach();
        QVERIFY2(dpidr, dpidr ? "" : dpidr.error().describe().c_str());
        QCOMPARE(*dpidr, rig.board.config().dpidr);
        QVERIFY(p.attached());
        QCOMPARE(rig.virtualProbe->mode(), Mode::Debug);
        // The default clock request (4000 kHz) gives what the model supports at most.
        QCOMPARE(p.swdKHz(), rig.virtualProbe->swdKHz());

        auto volts = p.targetVoltage();
        QVERIFY(volts);
        QVERIFY(qAbs(*volts - 3.3) < 0.01);
        QVERIFY(p.info().targetVoltage.has_value());

        // DBGMCU IDCODE through the system AP, CPUID through the core AP.
        auto idcode = p.read32(0, rig.board.config().idcodeAddress);
        QVERIFY2(idcode, idcode ? "" : idcode.error().describe().c_str());
        QCOMPARE(*idcode, rig.board.config().idcodeValue);
        auto cpuid = p.read32(1, 0xE000ED00);
        QVERIFY(cpuid);
        QCOMPARE((*cpuid >> 4) & 0xFFFu, 0xD21u);

        // Memory round trips: width x span (unaligned to 1 KiB, beyond one 6144-byte block).
        struct Span {
            std::uint32_t offset;
            std::size_t length;
            AccessWidth width;
        };
        const Span spans[] = {
            {0x000, 4, AccessWidth::Bits32},
            {0x3F8, 2056, AccessWidth::Bits32},
            {0x104, 8192 + 12, AccessWidth::Bits32},
            {0x3FE, 1030, AccessWidth::Bits16},
            {0x802, 6400, AccessWidth::Bits16},
            {0x3FF, 3, AccessWidth::Bits8},
            {0x1, 1, AccessWidth::Bits8},
            {0x7F1, 1500, AccessWidth::Bits8},
        };
        std::uint8_t seed = 1;
        const auto before = p.counters().roundTrips;
        for (const Span& s : spans) {
            const Bytes data = pattern(s.length, seed++);
            const std::uint32_t address = kTestBoardRam + 0x4000 + s.offset;
            Status w = p.writeMemory(1, address, data, s.width);
            QVERIFY2(w, w ? "" : w.error().describe().c_str());
            // Lab-side truth: the board's RAM holds the bytes.
            const ByteView ram = rig.board.ram().bytes().subspan(address - kTestBoardRam, s.length);
            QCOMPARE(Bytes(ram.begin(), ram.end()), data);
            auto r = p.readMemory(1, address, s.length, s.width);
            QVERIFY2(r, r ? "" : r.error().describe().c_str());
            QCOMPARE(*r, data);
        }
        // Round trips: the driver counts what the probe served.
        QVERIFY(p.counters().roundTrips > before + 2 * std::size(spans));
        QCOMPARE(p.counters().roundTrips, rig.virtualProbe->counters().roundTrips);

        // NRST: low holds the board in reset, high releases it, a pulse asserts it once.
        QVERIFY(p.driveNrst(probe::NrstDrive::Low));
        QVERIFY(rig.board.nrstLow());
        QVERIFY(p.driveNrst(probe::NrstDrive::High));
        QVERIFY(!rig.board.nrstLow());
        const unsigned assertions = rig.board.probeNrstAssertions();
        QVERIFY(p.driveNrst(probe::NrstDrive::Pulse));
        QCOMPARE(rig.board.probeNrstAssertions(), assertions + 1);
        QVERIFY(!rig.board.nrstLow());

        // A reset leaves the session usable after attach() again; detach leaves debug mode.
        QVERIFY(p.attach());
        QVERIFY(p.detach());
        QCOMPARE(rig.virtualProbe->mode(), Mode::Mass);
        QVERIFY(!p.attached());
    }

    void swdClock_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("request");
        QTest::addColumn<int>("expected");
        QTest::newRow("V2 4000") << "STLINK-V2" << 4000 << 4000;
        QTest::newRow("V2 1000") << "STLINK-V2" << 1000 << 950;
        QTest::newRow("V2 1") << "STLINK-V2" << 1 << 5;
        QTest::newRow("V3 4000") << "STLINK-V3SET" << 4000 << 3300;
        QTest::newRow("V3 24000") << "STLINK-V3SET" << 24000 << 24000;
    }
    void swdClock() {
        QFETCH(QString, model);
        QFETCH(int, request);
        QFETCH(int, expected);
        BoardRig rig(model.toStdString());
        auto p = rig.open();
        QVERIFY(p);
        auto set = (*p)->setSwdFrequency(static_cast<std::uint32_t>(request));
        QVERIFY2(set, set ? "" : set.error().describe().c_str());
        QCOMPARE(int(*set), expected);
        QCOMPARE(int(rig.virtualProbe->swdKHz()), expected);
    }

    void dapRegisters() {
        BoardRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        auto dpidr = (*p)->readDp(0x0);
        QVERIFY(dpidr);
        QCOMPARE(*dpidr, rig.board.config().dpidr);
        auto idr = (*p)->readAp(1, 0xFC);
        QVERIFY(idr);
        QCOMPARE(*idr, 0x34770015u);
        // TAR write and read back through the AP's registers.
        QVERIFY((*p)->writeAp(1, 0x04, 0x20000100));
        auto tar = (*p)->readAp(1, 0x04);
        QVERIFY(tar);
        QCOMPARE(*tar, 0x20000100u);
    }

    // ---- firmware gates ----
    void oldFirmware_data() {
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("needed");
        QTest::newRow("J24: AP1 register") << "V2J24S4"
                                           << "ap1-register"
                                           << "V2J28";
        QTest::newRow("J27: AP1 register") << "V2J27S6"
                                           << "ap1-register"
                                           << "V2J28";
        QTest::newRow("J28: AP1 memory") << "V2J28S7"
                                         << "ap1-memory"
                                         << "V2J32";
        QTest::newRow("J24: 16-bit memory") << "V2J24S4"
                                            << "mem16"
                                            << "V2J26";
        QTest::newRow("J22: DP register") << "V2J22S4"
                                          << "dp-register"
                                          << "V2J24";
    }
    void oldFirmware() {
        QFETCH(QString, firmware);
        QFETCH(QString, operation);
        QFETCH(QString, needed);
        BoardRig rig("STLINK-V2", firmware.toStdString());
        auto p = rig.open();
        QVERIFY2(p, p ? "" : p.error().describe().c_str());
        QVERIFY((*p)->attach());
        const auto tripsBefore = (*p)->counters().roundTrips;
        Error e;
        if (operation == "ap1-register")
            e = (*p)->readAp(1, 0x00).error();
        else if (operation == "ap1-memory")
            e = (*p)->readMemory(1, kTestBoardRam, 4).error();
        else if (operation == "mem16")
            e = (*p)->readMemory(0, kTestBoardRam, 2, AccessWidth::Bits16).error();
        else
            e = (*p)->readDp(0x4).error();
        QCOMPARE(q(e.code), QStringLiteral("probe.firmware-too-old"));
        QVERIFY2(q(e.message).contains(needed), e.message.c_str());
        QVERIFY2(q(e.message).contains(firmware), e.message.c_str());
        checkReadable(e);
        // Refused before anything went to the probe.
        QCOMPARE((*p)->counters().roundTrips, tripsBefore);
    }
    void oldFirmwareStillReadsAp0() {
        // V2J24 has no multi-AP: memory goes to AP0 with the firmware's CSW.
        BoardRig rig("STLINK-V2", "V2J24S4");
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        QVERIFY(!(*p)->capabilities().multiAp);
        auto idcode = (*p)->read32(0, rig.board.config().idcodeAddress);
        QVERIFY2(idcode, idcode ? "" : idcode.error().describe().c_str());
        QCOMPARE(*idcode, rig.board.config().idcodeValue);
    }

    // ---- no target ----
    void noTarget_data() {
        QTest::addColumn<double>("volts");
        QTest::addColumn<bool>("boardPresent");
        QTest::addColumn<QString>("says");
        QTest::newRow("unpowered") << 0.0 << true << "not powered";
        QTest::newRow("nothing on the cable") << 0.0 << false << "not powered";
        QTest::newRow("powered, no SWD answer") << 3.3 << true << "SWDIO";
    }
    void noTarget() {
        QFETCH(double, volts);
        QFETCH(bool, boardPresent);
        QFETCH(QString, says);
        TestBoardConfig config;
        config.voltage = volts;
        BoardRig rig("STLINK-V3SET", {}, config);
        rig.board.dp().setResponding(false);
        if (!boardPresent)
            rig.virtualProbe->attachTarget(nullptr);
        auto p = rig.open();
        QVERIFY(p);
        auto r = (*p)->attach();
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.no-target"));
        QVERIFY2(q(r.error().message).contains(says), r.error().message.c_str());
        QVERIFY2(q(r.error().message).contains(QString::number(volts, 'f', 2) + " V"),
                 r.error().message.c_str());
        checkReadable(r.error());
        QVERIFY(!(*p)->attached());
    }

    // ---- faults ----
    void waitStormBeyondBudget() {
        BoardRig rig;
        StlinkProbeOptions options;
        options.waitBudget = 200ms;
        auto p = rig.open(options);
        QVERIFY(p);
        QVERIFY((*p)->attach());
        QElapsedTimer wall;
        wall.start();
        const auto labStart = rig.clock->now();
        rig.virtualProbe->setFaultPlan({.apWaits = 1'000'000});
        auto r = (*p)->readMemory(1, kTestBoardRam, 64);
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.wait"));
        QVERIFY2(q(r.error().message).contains("WAIT"), r.error().message.c_str());
        QVERIFY(q(evidence(r.error(), "ST-LINK status")).contains("SWD_AP_WAIT"));
        checkReadable(r.error());
        const auto labElapsed = rig.clock->now() - labStart;
        QVERIFY(labElapsed >= 200ms);
        QVERIFY(labElapsed < 2s);
        QVERIFY(wall.elapsed() < 5000);
        QVERIFY((*p)->counters().waitRetries > 0);
        // The storm over, the session goes on.
        rig.virtualProbe->setFaultPlan({});
        QVERIFY((*p)->readMemory(1, kTestBoardRam, 64));
    }
    void shortWaitStormAbsorbed() {
        BoardRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        const Bytes data = pattern(16, 3);
        QVERIFY((*p)->writeMemory(1, kTestBoardRam, data));
        // More WAITs than the firmware retries: the first command reports SWD_AP_WAIT, the
        // driver's retry gets through.
        rig.virtualProbe->setFaultPlan({.apWaits = 40});
        auto r = (*p)->readMemory(1, kTestBoardRam, 16);
        QVERIFY2(r, r ? "" : r.error().describe().c_str());
        QCOMPARE(*r, data);
        QVERIFY((*p)->counters().waitRetries >= 1);
    }
    void faults_data() {
        QTest::addColumn<bool>("injected");
        QTest::addColumn<quint32>("address");
        QTest::newRow("injected AP FAULT") << true << kTestBoardRam + 0x40;
        QTest::newRow("unmapped address") << false << 0x60000010u;
    }
    void faults() {
        QFETCH(bool, injected);
        QFETCH(quint32, address);
        BoardRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        if (injected)
            rig.virtualProbe->setFaultPlan({.apFaults = 3});
        auto r = (*p)->readMemory(1, address, 32);
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.fault"));
        QVERIFY2(q(r.error().message).contains("FAULT"), r.error().message.c_str());
        QVERIFY(!evidence(r.error(), "fault address").empty());
        if (!injected)
            QCOMPARE(q(evidence(r.error(), "fault address")), QString::asprintf("0x%08X", address));
        checkReadable(r.error());
        // Sticky flags cleared: the next access works.
        rig.virtualProbe->setFaultPlan({});
        auto ok = (*p)->read32(1, kTestBoardRam);
        QVERIFY2(ok, ok ? "" : ok.error().describe().c_str());
    }
    void shortReply() {
        BoardRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        rig.virtualProbe->setFaultPlan({.shortReplies = 1, .shortReplyLength = 1});
        auto r = (*p)->readDp(0x4);
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.bad-reply"));
        QVERIFY2(q(r.error().message).contains("1 bytes instead of 8"), r.error().message.c_str());
        checkReadable(r.error());
        QVERIFY((*p)->readDp(0x4));
    }
    void silence() {
        BoardRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        QElapsedTimer wall;
        wall.start();
        rig.virtualProbe->setFaultPlan({.silentReplies = 1});
        auto r = (*p)->readAp(1, 0x00);
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.timeout"));
        QVERIFY2(q(r.error().message).contains("did not answer"), r.error().message.c_str());
        checkReadable(r.error());
        QVERIFY(wall.elapsed() < 2000);
    }
    void disconnectMidTransfer() {
        auto rig = std::make_shared<BoardRig>();
        auto v = rig->virtualProbe;
        auto link = std::make_unique<HookedLink>(linkTo(v), 0, [v] {
            sim::stlink::FaultPlan plan;
            plan.disconnected = true;
            v->setFaultPlan(plan);
        });
        HookedLink* hooked = link.get();
        auto p = StlinkProbe::open(std::move(link), ProbeInfo{}, rig->clock);
        QVERIFY(p);
        QVERIFY((*p)->attach());
        // Pull the cable eight exchanges into an 8 KiB read (two per 1 KiB block).
        const auto start = (*p)->counters().roundTrips;
        hooked->setHookAt(start + 8);
        auto r = (*p)->readMemory(1, kTestBoardRam, 8192);
        QVERIFY(!r);
        QCOMPARE((*p)->counters().roundTrips, start + 8);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.disconnected"));
        QVERIFY2(q(r.error().message).contains("went away"), r.error().message.c_str());
        checkReadable(r.error());
        // Every later call says the same, quickly.
        QCOMPARE(q((*p)->readDp(0).error().code), QStringLiteral("probe.disconnected"));
    }
    void dpStopsAnswering() {
        BoardRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        rig.board.dp().setResponding(false);
        auto r = (*p)->read32(1, kTestBoardRam);
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.dp-error"));
        checkReadable(r.error());
    }

    // ---- real lab STM32 boards ----
    void labBoards_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QString>("part");
        QTest::addColumn<quint32>("sram");
        QTest::newRow("H563 V3E") << "h563-open-healthy"
                                  << ""
                                  << "V3J15M7B5S1"
                                  << "STM32H563ZI" << 0x20000000u;
        QTest::newRow("H563 V2 J46") << "h563-open-healthy"
                                     << "STLINK-V2"
                                     << "V2J46S7"
                                     << "STLINK-V2" << 0x20000000u;
        QTest::newRow("H7S7 V3SET") << "h7s78-open-healthy"
                                    << ""
                                    << "V3J17M10B6S1"
                                    << "STM32H7S7L8H6H" << 0u;
        QTest::newRow("H7S7 V2-1 J37") << "h7s78-open-healthy"
                                       << "STLINK-V2-1"
                                       << "V2J37M26"
                                       << "STM32H7S7L8H6H" << 0u;
    }
    void labBoards() {
        QFETCH(QString, scenario);
        QFETCH(QString, model);
        QFETCH(QString, firmware);
        QFETCH(QString, part);
        QFETCH(quint32, sram);
        auto rig = LabRig::create(scenario.toStdString(), model.toStdString(),
                                  model.isEmpty() ? std::string() : firmware.toStdString());
        QVERIFY2(rig, rig ? "" : rig.error().describe().c_str());
        auto catalog = device::sharedCatalog();
        QVERIFY(catalog);
        auto resolved = (*catalog)->resolvePart((*rig)->instance->scenario().chip);
        QVERIFY(resolved);
        const device::Family& family = *resolved->family;

        auto p = (*rig)->open();
        QVERIFY2(p, p ? "" : p.error().describe().c_str());
        QCOMPARE(q((*p)->info().firmware), firmware);
        auto dpidr = (*p)->attach();
        QVERIFY2(dpidr, dpidr ? "" : dpidr.error().describe().c_str());
        QCOMPARE(*dpidr, family.dpidr);
        auto volts = (*p)->targetVoltage();
        QVERIFY(volts && qAbs(*volts - 3.3) < 0.01);

        // DBGMCU IDCODE through AP1 (CPU address) and AP0 (debug APB address).
        auto viaAp1 = (*p)->read32(1, family.dbgmcu.ap1Base);
        QVERIFY2(viaAp1, viaAp1 ? "" : viaAp1.error().describe().c_str());
        QVERIFY(family.hasDevId(static_cast<std::uint16_t>(*viaAp1 & 0xFFF)));
        auto viaAp0 = (*p)->read32(0, family.dbgmcu.ap0Base);
        QVERIFY2(viaAp0, viaAp0 ? "" : viaAp0.error().describe().c_str());
        QCOMPARE(*viaAp0, *viaAp1);

        // SRAM round trip at the first SRAM region of the family.
        std::uint32_t ram = sram;
        for (const auto& region : family.memory)
            if (ram == 0 && region.kind == "sram")
                ram = region.base;
        QVERIFY(ram != 0);
        const Bytes data = pattern(7000, 9);
        QVERIFY((*p)->writeMemory(1, ram + 0x3FC, data));
        auto back = (*p)->readMemory(1, ram + 0x3FC, data.size());
        QVERIFY2(back, back ? "" : back.error().describe().c_str());
        QCOMPARE(*back, data);
        auto bytes = (*p)->readMemory(1, ram + 0x3FD, 5, AccessWidth::Bits8);
        QVERIFY(bytes);
        QCOMPARE(*bytes, Bytes(data.begin() + 1, data.begin() + 6));

        QCOMPARE((*p)->counters().roundTrips, (*rig)->instance->probe()->counters().roundTrips);
        qInfo("%s: %llu round trips, %.3f ms lab time", qPrintable(QString(QTest::currentDataTag())),
              static_cast<unsigned long long>((*p)->counters().roundTrips),
              toMilliseconds((*rig)->clock->now() - Clock::TimePoint{}));
        QVERIFY((*p)->detach());
    }
};

QTEST_GUILESS_MAIN(TestStlinkProbe)
#include "test_stlink_probe.moc"
