#include <QtTest>

#include <thread>

#include "core/common/bytes.h"
#include "core/common/clock.h"
#include "core/common/result.h"

using namespace rescue;

class TestCommon : public QObject {
    Q_OBJECT
private slots:
    void hexRoundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "0a1bff" << "0a1bff" << true;
        QTest::newRow("prefix-upper") << "0x0A1BFF" << "0a1bff" << true;
        QTest::newRow("separators") << "0a:1b ff" << "0a1bff" << true;
        QTest::newRow("odd digits") << "abc" << "" << false;
        QTest::newRow("not hex") << "zz" << "" << false;
    }
    void hexRoundTrip() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(bool, valid);
        auto bytes = fromHex(text.toStdString());
        QCOMPARE(bytes.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromStdString(toHex(*bytes)), canonical);
    }
    void littleEndian() {
        Bytes b;
        appendLe32(b, 0xE0042000u);
        appendLe16(b, 0x0485);
        QCOMPARE(b.size(), std::size_t(6));
        QCOMPARE(b[0], std::uint8_t(0x00));
        QCOMPARE(b[3], std::uint8_t(0xE0));
        QCOMPARE(readLe32(b, 0), 0xE0042000u);
        QCOMPARE(readLe16(b, 4), std::uint16_t(0x0485));
        QCOMPARE(QString::fromStdString(hex32(0x485)), QStringLiteral("0x00000485"));
    }
    void virtualClockAdvancesOnlyWhenSleeping() {
        VirtualClock clock;
        auto t0 = clock.now();
        QVERIFY(clock.sleepFor(std::chrono::milliseconds(250)));
        QCOMPARE(clock.now() - t0, Clock::Duration(std::chrono::milliseconds(250)));
        std::stop_source stop;
        stop.request_stop();
        QVERIFY(!clock.sleepFor(std::chrono::seconds(1), stop.get_token()));
        QCOMPARE(clock.now() - t0, Clock::Duration(std::chrono::milliseconds(250)));
    }
    void steadyClockSleepIsInterruptedByStop() {
        SteadyClock clock;
        std::stop_source stop;
        std::jthread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            stop.request_stop();
        });
        auto t0 = clock.now();
        QVERIFY(!clock.sleepFor(std::chrono::seconds(30), stop.get_token()));
        QVERIFY(clock.now() - t0 < std::chrono::seconds(10));
    }
    void resultCarriesErrorOrValue() {
        Result<int> good = 7;
        QVERIFY(good.ok());
        QCOMPARE(*good, 7);
        Result<int> bad = makeError("probe.timeout", "The probe did not answer within 1000 ms.",
                                    "Check the USB cable.");
        QVERIFY(!bad.ok());
        QCOMPARE(QString::fromStdString(bad.error().code), QStringLiteral("probe.timeout"));
        QCOMPARE(bad.valueOr(3), 3);
        QVERIFY(QString::fromStdString(bad.error().describe()).contains("hint: Check the USB cable."));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "test_common.moc"
