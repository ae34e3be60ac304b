// DebugProbe::runMemorySteps, the batched word API the DA mailbox link runs its handshake
// through, on the ST-LINK driver (the base implementation) and on the CMSIS-DAP driver
// (value match), the same contract for both: reads come back in order, writes land, a WaitUntil that matches
// moves on, one that never matches fails with probe.match-timeout naming the step and the last value read,
// after the poll timeout in lab time, and a bus fault names the step it happened on.

#include <QtTest>

#include "cmsisdap_test_rig.h"
#include "core/probe/debug_probe.h"
#include "stlink_test_rig.h"

using namespace rescue;
using namespace rescue::probe;
using namespace rescue::testsupport;
using namespace std::chrono_literals;

namespace {

constexpr std::uint32_t kRam = 0x20000000;
constexpr std::uint32_t kUnmapped = 0x60000010;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::string evidence(const Error& e, std::string_view name) {
    for (const auto& ev : e.evidence)
        if (ev.name == name)
            return ev.value;
    return {};
}

using Kind = MemoryStep::Kind;

// Either driver on a TestBoard, on a VirtualClock.
struct AnyRig {
    explicit AnyRig(const QString& driver) {
        if (driver == "cmsis-dap") {
            dap = std::make_unique<DapRig>();
            clock = dap->clock;
            auto p = dap->open();
            if (p)
                probe = std::move(*p);
        } else {
            stlink = std::make_unique<BoardRig>();
            clock = stlink->clock;
            auto p = stlink->open();
            if (p)
                probe = std::move(*p);
        }
        if (probe && !probe->attach())
            probe.reset();
    }
    std::unique_ptr<BoardRig> stlink;
    std::unique_ptr<DapRig> dap;
    std::shared_ptr<VirtualClock> clock;
    std::unique_ptr<DebugProbe> probe;
};

void addDrivers() {
    QTest::addColumn<QString>("driver");
    QTest::newRow("ST-LINK") << "stlink";
    QTest::newRow("CMSIS-DAP") << "cmsis-dap";
}

}  // namespace

class TestMemorySteps : public QObject {
    Q_OBJECT

private slots:
    void readsAndWritesInOrder_data() { addDrivers(); }
    void readsAndWritesInOrder() {
        QFETCH(QString, driver);
        AnyRig rig(driver);
        auto* p = &rig.probe;
        QVERIFY(*p);
        const std::vector<MemoryStep> steps{
            {Kind::Write, 1, kRam, 0x11111111},
            {Kind::Write, 1, kRam + 4, 0x22222222},
            {Kind::Read, 1, kRam + 4},
            {Kind::WaitUntil, 1, kRam, 0x00001111, 0x0000FFFF},
            {Kind::Read, 1, kRam},
        };
        auto words = (*p)->runMemorySteps(steps, 10ms);
        QVERIFY2(words, words ? "" : words.error().describe().c_str());
        QCOMPARE(words->size(), std::size_t{2});
        QCOMPARE((*words)[0], 0x22222222u);
        QCOMPARE((*words)[1], 0x11111111u);
        auto back = (*p)->read32(1, kRam + 4);
        QVERIFY(back);
        QCOMPARE(*back, 0x22222222u);
    }

    void emptyBatch_data() { addDrivers(); }
    void emptyBatch() {
        QFETCH(QString, driver);
        AnyRig rig(driver);
        auto* p = &rig.probe;
        QVERIFY(*p);
        const auto before = (*p)->counters().roundTrips;
        auto words = (*p)->runMemorySteps({}, 10ms);
        QVERIFY(words);
        QVERIFY(words->empty());
        QCOMPARE((*p)->counters().roundTrips, before);
    }

    void matchTimeout_data() {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<quint32>("value");
        QTest::addColumn<quint32>("mask");
        for (const char* d : {"stlink", "cmsis-dap"}) {
            QTest::addRow("%s, bit never set", d) << d << 0x00000002u << 0x00000002u;
            QTest::addRow("%s, whole word differs", d) << d << 0xCAFEF00Du << 0xFFFFFFFFu;
        }
    }
    void matchTimeout() {
        QFETCH(QString, driver);
        QFETCH(quint32, value);
        QFETCH(quint32, mask);
        AnyRig rig(driver);
        auto* p = &rig.probe;
        QVERIFY(*p);
        QVERIFY((*p)->write32(1, kRam, 0x12345671));
        const std::vector<MemoryStep> steps{
            {Kind::Read, 1, kRam}, {Kind::WaitUntil, 1, kRam, value, mask}, {Kind::Write, 1, kRam, 0}};
        const auto start = rig.clock->now();
        auto words = (*p)->runMemorySteps(steps, 50ms);
        QVERIFY(!words);
        QCOMPARE(q(words.error().code), QStringLiteral("probe.match-timeout"));
        QCOMPARE(q(evidence(words.error(), "step")), QStringLiteral("1"));
        QCOMPARE(q(evidence(words.error(), "last value")), QStringLiteral("0x12345671"));
        QVERIFY(words.error().message.ends_with('.'));
        QVERIFY(!words.error().hint.empty());
        const auto waited = rig.clock->now() - start;
        QVERIFY(waited >= 50ms);
        QVERIFY(waited < 1s);
        // The write after the failed wait never ran.
        auto kept = (*p)->read32(1, kRam);
        QVERIFY(kept);
        QCOMPARE(*kept, 0x12345671u);
    }

    void faultNamesItsStep_data() {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("kind");
        for (const char* d : {"stlink", "cmsis-dap"}) {
            QTest::addRow("%s, read", d) << d << int(Kind::Read);
            QTest::addRow("%s, write", d) << d << int(Kind::Write);
            QTest::addRow("%s, wait", d) << d << int(Kind::WaitUntil);
        }
    }
    void faultNamesItsStep() {
        QFETCH(QString, driver);
        QFETCH(int, kind);
        AnyRig rig(driver);
        auto* p = &rig.probe;
        QVERIFY(*p);
        const std::vector<MemoryStep> steps{
            {Kind::Write, 1, kRam, 1}, {Kind::Read, 1, kRam}, {static_cast<Kind>(kind), 1, kUnmapped, 0, 0}};
        auto words = (*p)->runMemorySteps(steps, 10ms);
        QVERIFY(!words);
        QCOMPARE(q(words.error().code), QStringLiteral("probe.fault"));
        QCOMPARE(q(evidence(words.error(), "step")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySteps)
#include "test_memory_steps.moc"
