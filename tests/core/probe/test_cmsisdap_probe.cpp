// The CMSIS-DAP driver against the lab's virtual CMSIS-DAP (the same bytes as a real probe)
// on a TestBoard, at both packet sizes: DAP_Info read at open, attach (line reset, DPIDR,
// power-up), memory at every width and across 1 KiB bounds, DP/AP registers with SELECT
// banking, WAIT storms absorbed or reported, FAULT with sticky errors cleared, nothing on
// the cable, nRESET through DAP_SWJ_Pins, value match that hits and one that times out, and
// every probe misbehaviour (short, silent, pulled cable) ending in a clear error.

#include <QtTest>

#include "cmsisdap_test_rig.h"

using namespace rescue;
using namespace rescue::probe;
using namespace rescue::probe::cmsisdap;
using namespace rescue::testsupport;
using namespace std::chrono_literals;

namespace {

constexpr std::uint32_t kRam = 0x20000000;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::string evidence(const Error& e, std::string_view name) {
    for (const auto& ev : e.evidence)
        if (ev.name == name)
            return ev.value;
    return {};
}

Bytes pattern(std::size_t n, std::uint8_t seed) {
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i)
        b[i] = static_cast<std::uint8_t>((i * 7 + seed + (i >> 8)) & 0xFF);
    return b;
}

sim::stlink::FaultPlan apWaits(unsigned n) {
    sim::stlink::FaultPlan plan;
    plan.apWaits = n;
    return plan;
}
sim::stlink::FaultPlan apFaults(unsigned n) {
    sim::stlink::FaultPlan plan;
    plan.apFaults = n;
    return plan;
}

void addPacketSizes() {
    QTest::addColumn<int>("packetSize");
    QTest::newRow("64 B (full speed)") << 64;
    QTest::newRow("512 B (high speed)") << 512;
}

}  // namespace

class TestCmsisDapProbe : public QObject {
    Q_OBJECT

private slots:
    void openReadsInfo_data() { addPacketSizes(); }
    void openReadsInfo() {
        QFETCH(int, packetSize);
        DapRig rig(static_cast<std::uint16_t>(packetSize));
        auto p = rig.open();
        QVERIFY2(p, p ? "" : p.error().describe().c_str());
        QCOMPARE(int((*p)->dapInfo().packetSize), packetSize);
        QCOMPARE(int((*p)->dapInfo().packetCount), 4);
        QVERIFY((*p)->dapInfo().swd());
        QCOMPARE(q((*p)->info().serial), QStringLiteral("DAPTEST0001"));
        QCOMPARE(q((*p)->info().model), QStringLiteral("Virtual CMSIS-DAP"));
        QCOMPARE(q((*p)->info().firmware), QStringLiteral("2.1.2"));
        QCOMPARE(q((*p)->info().transport), QStringLiteral("cmsis-dap"));
        QVERIFY(!(*p)->targetVoltage());  // no standard command: an honest error
    }

    void attachAndIdentify_data() { addPacketSizes(); }
    void attachAndIdentify() {
        QFETCH(int, packetSize);
        DapRig rig(static_cast<std::uint16_t>(packetSize));
        auto p = rig.open();
        QVERIFY(p);
        auto dpidr = (*p)->attach();
        QVERIFY2(dpidr, dpidr ? "" : dpidr.error().describe().c_str());
        QCOMPARE(*dpidr, rig.board.config().dpidr);
        // Powered up: both ACKs in CTRL/STAT.
        auto ctrl = (*p)->readDp(0x4);
        QVERIFY(ctrl);
        QCOMPARE(*ctrl & 0xA0000000u, 0xA0000000u);
        auto idr = (*p)->readAp(1, 0xFC);  // bank 0xF: the driver selects it
        QVERIFY(idr);
        QVERIFY(*idr != 0);
        auto csw = (*p)->readAp(1, 0x00);  // and back to bank 0
        QVERIFY(csw);
        auto idcode = (*p)->read32(0, rig.board.config().idcodeAddress);
        QVERIFY2(idcode, idcode ? "" : idcode.error().describe().c_str());
        QCOMPARE(*idcode, rig.board.config().idcodeValue);
        QVERIFY((*p)->detach());
    }

    void memoryRoundTrips_data() {
        QTest::addColumn<int>("packetSize");
        QTest::addColumn<int>("width");
        QTest::addColumn<quint32>("offset");
        QTest::addColumn<int>("length");
        for (int ps : {64, 512}) {
            const QByteArray n = QByteArray::number(ps) + " B ";
            QTest::newRow(n + "one word") << ps << 4 << 0x0u << 4;
            QTest::newRow(n + "words across a 1 KiB bound") << ps << 4 << 0x3F0u << 64;
            QTest::newRow(n + "3 KiB of words") << ps << 4 << 0x1000u << 3072;
            QTest::newRow(n + "halfwords, odd lane") << ps << 2 << 0x802u << 14;
            QTest::newRow(n + "bytes across a bound") << ps << 1 << 0x3FDu << 7;
        }
    }
    void memoryRoundTrips() {
        QFETCH(int, packetSize);
        QFETCH(int, width);
        QFETCH(quint32, offset);
        QFETCH(int, length);
        DapRig rig(static_cast<std::uint16_t>(packetSize));
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        const auto w = static_cast<AccessWidth>(width);
        const Bytes data = pattern(static_cast<std::size_t>(length), static_cast<std::uint8_t>(offset));
        QVERIFY((*p)->writeMemory(1, kRam + offset, Bytes(static_cast<std::size_t>(length) + 8, 0xEE),
                                  AccessWidth::Bits8) ||
                true);
        Status wrote = (*p)->writeMemory(1, kRam + offset, data, w);
        QVERIFY2(wrote, wrote ? "" : wrote.error().describe().c_str());
        auto back = (*p)->readMemory(1, kRam + offset, data.size(), w);
        QVERIFY2(back, back ? "" : back.error().describe().c_str());
        QCOMPARE(*back, data);
        // Read back 32-bit too, from the aligned word: the bytes landed where they belong.
        const std::uint32_t aligned = (kRam + offset) & ~3u;
        auto words = (*p)->readMemory(1, aligned, ((offset & 3) + data.size() + 3) & ~std::size_t{3});
        QVERIFY(words);
        QCOMPARE(Bytes(words->begin() + (offset & 3),
                       words->begin() + (offset & 3) + static_cast<long>(data.size())),
                 data);
    }

    void bigReadsNeedFewerPacketsAtHighSpeed() {
        std::uint64_t trips[2] = {};
        int i = 0;
        for (int ps : {64, 512}) {
            DapRig rig(static_cast<std::uint16_t>(ps));
            auto p = rig.open();
            QVERIFY(p);
            QVERIFY((*p)->attach());
            const auto before = (*p)->counters().roundTrips;
            QVERIFY((*p)->readMemory(1, kRam, 4096));
            trips[i++] = (*p)->counters().roundTrips - before;
        }
        // 1024 words: 15 a packet at 64 B, 127 at 512 B.
        QVERIFY2(trips[0] >= 60, qPrintable(QString::number(trips[0])));
        QVERIFY2(trips[1] <= 12, qPrintable(QString::number(trips[1])));
    }

    void waitStormAbsorbed() {
        DapRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        const Bytes data = pattern(64, 1);
        QVERIFY((*p)->writeMemory(1, kRam, data));
        rig.dap->setFaultPlan(apWaits(100));  // more than the probe's 64 retries
        auto r = (*p)->readMemory(1, kRam, 64);
        QVERIFY2(r, r ? "" : r.error().describe().c_str());
        QCOMPARE(*r, data);
        QVERIFY((*p)->counters().waitRetries >= 1);
        QVERIFY(rig.dap->counters().waitRetries >= 64);
    }

    void waitStormBeyondBudget() {
        DapRig rig;
        CmsisDapOptions options;
        options.waitBudget = 200ms;
        auto p = rig.open(options);
        QVERIFY(p);
        QVERIFY((*p)->attach());
        QElapsedTimer wall;
        wall.start();
        const auto start = rig.clock->now();
        rig.dap->setFaultPlan(apWaits(1'000'000));
        auto r = (*p)->readMemory(1, kRam, 16);
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.wait"));
        QVERIFY(q(evidence(r.error(), "DAP_Transfer response")).contains("WAIT"));
        QVERIFY(rig.clock->now() - start >= 200ms);
        QVERIFY(rig.clock->now() - start < 5s);
        QVERIFY(wall.elapsed() < 10000);
        rig.dap->setFaultPlan({});
        QVERIFY((*p)->readMemory(1, kRam, 16));
    }

    void faults_data() {
        QTest::addColumn<bool>("injected");
        QTest::addColumn<quint32>("address");
        QTest::newRow("injected AP FAULT") << true << kRam + 0x40;
        QTest::newRow("unmapped address") << false << 0x60000010u;
    }
    void faults() {
        QFETCH(bool, injected);
        QFETCH(quint32, address);
        DapRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        if (injected)
            rig.dap->setFaultPlan(apFaults(1));
        auto r = (*p)->readMemory(1, address, 32);
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.fault"));
        QVERIFY(r.error().message.ends_with('.'));
        QVERIFY(!evidence(r.error(), "fault address").empty());
        rig.dap->setFaultPlan({});
        // The driver cleared the sticky error with DAP_WriteABORT: the next access works.
        auto ctrl = (*p)->readDp(0x4);
        QVERIFY(ctrl);
        QCOMPARE(*ctrl & 0x20u, 0u);  // STICKYERR clear
        auto ok = (*p)->read32(1, kRam);
        QVERIFY2(ok, ok ? "" : ok.error().describe().c_str());
    }

    void nothingOnTheCable() {
        DapRig rig;
        rig.dap->attachTarget(nullptr);
        auto p = rig.open();
        QVERIFY(p);
        auto r = (*p)->attach();
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), QStringLiteral("probe.no-target"));
        QVERIFY(!r.error().hint.empty());
    }

    void nresetDrivesTheBoard() {
        DapRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        QVERIFY((*p)->driveNrst(NrstDrive::Low));
        QVERIFY(rig.dap->nresetAsserted());
        QVERIFY(rig.board.nrstLow());
        QCOMPARE(int(*(*p)->lastPins() & 0x80), 0);
        QVERIFY((*p)->driveNrst(NrstDrive::High));
        QVERIFY(!rig.board.nrstLow());
        QCOMPARE(int(*(*p)->lastPins() & 0x80), 0x80);
        const unsigned before = rig.board.probeNrstAssertions();
        QVERIFY((*p)->driveNrst(NrstDrive::Pulse));
        QCOMPARE(rig.board.probeNrstAssertions(), before + 1);
        QVERIFY((*p)->attach());  // the board reset: attach again works
    }

    void valueMatchHit_data() { addPacketSizes(); }
    void valueMatchHit() {
        QFETCH(int, packetSize);
        DapRig rig(static_cast<std::uint16_t>(packetSize));
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        QVERIFY((*p)->write32(1, kRam + 8, 0x00000003));
        // A mailbox-like handshake: 8 words, each "wait for bit 0, write, read".
        std::vector<MemoryStep> steps;
        for (std::uint32_t i = 0; i < 8; ++i) {
            steps.push_back({MemoryStep::Kind::WaitUntil, 1, kRam + 8, 1, 1});
            steps.push_back({MemoryStep::Kind::Write, 1, kRam, 0x1000 + i});
            steps.push_back({MemoryStep::Kind::Read, 1, kRam + 8});
        }
        const auto before = (*p)->counters().roundTrips;
        auto words = (*p)->runMemorySteps(steps, 100ms);
        QVERIFY2(words, words ? "" : words.error().describe().c_str());
        QCOMPARE(words->size(), std::size_t{8});
        QCOMPARE((*words)[7], 0x00000003u);
        auto last = (*p)->read32(1, kRam);
        QVERIFY(last);
        QCOMPARE(*last, 0x1007u);
        // 24 steps in one or two packets (plus a TransferConfigure), not 24 round trips.
        const auto trips = (*p)->counters().roundTrips - before;
        QVERIFY2(trips <= (packetSize == 64 ? 6u : 2u), qPrintable(QString::number(trips)));
        QVERIFY(rig.dap->counters().matchReads >= 8);
    }

    void valueMatchTimeout_data() { addPacketSizes(); }
    void valueMatchTimeout() {
        QFETCH(int, packetSize);
        DapRig rig(static_cast<std::uint16_t>(packetSize));
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        QVERIFY((*p)->write32(1, kRam + 4, 0x12345670));
        const std::vector<MemoryStep> steps{{MemoryStep::Kind::Write, 1, kRam, 7},
                                            {MemoryStep::Kind::WaitUntil, 1, kRam + 4, 1, 1},
                                            {MemoryStep::Kind::Write, 1, kRam, 9}};
        const auto start = rig.clock->now();
        const auto before = (*p)->counters().roundTrips;
        auto words = (*p)->runMemorySteps(steps, 300ms);
        QVERIFY(!words);
        QCOMPARE(q(words.error().code), QStringLiteral("probe.match-timeout"));
        QCOMPARE(q(evidence(words.error(), "step")), QStringLiteral("1"));
        QCOMPARE(q(evidence(words.error(), "last value")), QStringLiteral("0x12345670"));
        QVERIFY(q(evidence(words.error(), "DAP_Transfer response")).contains("0x11"));  // OK + mismatch
        const auto waited = rig.clock->now() - start;
        QVERIFY(waited >= 300ms);
        QVERIFY(waited < 1s);
        // The probe polled: a few packets of up to 100 ms each, not a round trip per poll.
        const auto trips = (*p)->counters().roundTrips - before;
        QVERIFY2(trips <= 8, qPrintable(QString::number(trips)));
        QVERIFY(rig.dap->counters().matchReads > 1000);
        auto kept = (*p)->read32(1, kRam);
        QVERIFY(kept);
        QCOMPARE(*kept, 7u);  // the write after the wait never ran
    }

    void misbehaviour_data() {
        QTest::addColumn<QString>("knob");
        QTest::addColumn<QString>("code");
        QTest::newRow("short reply") << "short"
                                     << "probe.bad-reply";
        QTest::newRow("silent reply") << "silent"
                                      << "probe.timeout";
        QTest::newRow("pulled cable") << "disconnected"
                                      << "probe.disconnected";
    }
    void misbehaviour() {
        QFETCH(QString, knob);
        QFETCH(QString, code);
        DapRig rig;
        auto p = rig.open();
        QVERIFY(p);
        QVERIFY((*p)->attach());
        sim::stlink::FaultPlan plan;
        if (knob == "short")
            plan.shortReplies = 1;
        else if (knob == "silent")
            plan.silentReplies = 1;
        else
            plan.disconnected = true;
        rig.dap->setFaultPlan(plan);
        QElapsedTimer wall;
        wall.start();
        auto r = (*p)->readMemory(1, kRam, 64);
        QVERIFY(!r);
        QCOMPARE(q(r.error().code), code);
        QVERIFY(r.error().message.ends_with('.'));
        QVERIFY(!r.error().hint.empty());
        QVERIFY(wall.elapsed() < 5000);
        if (knob != "disconnected") {
            // One bad packet does not end the session.
            auto again = (*p)->readMemory(1, kRam, 64);
            QVERIFY2(again, again ? "" : again.error().describe().c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestCmsisDapProbe)
#include "test_cmsisdap_probe.moc"
