// EngineBridge with the real engine: a job's log lines and its JobEnded reach the GUI thread
// in order, bursts are coalesced into few deliveries, the engine state follows the jobs, and
// the bridge can go away while a job is still logging.

#include <atomic>

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include "core/engine/engine.h"
#include "ui/engine_bridge.h"
#include "ui/engine_status_widget.h"
#include "workbench_test_support.h"

#include <QLabel>
#include <QToolButton>

using namespace rescue;
using testsupport::quietEngine;
using namespace std::chrono_literals;

namespace {

engine::JobFunction logLines(int count, std::string channel = "ENGINE") {
    return [count, channel](engine::JobContext& ctx) -> engine::JobResult {
        for (int i = 0; i < count; ++i)
            ctx.log(engine::LogLevel::Info, channel, "line " + std::to_string(i));
        return nlohmann::json{{"logged", count}};
    };
}

}  // namespace

class TestEngineBridge : public QObject {
    Q_OBJECT
private slots:
    void deliversLinesThenJobEndedInOrderOnTheGuiThread() {
        ui::EngineBridge bridge(quietEngine());
        const auto session = bridge.openSession(QStringLiteral("bench"));

        QStringList seen;  // what arrived, in arrival order
        bool allOnGuiThread = true;
        quint64 ourJob = 0;
        connect(&bridge, &ui::EngineBridge::jobStarted, this, [&](quint64 job, const engine::JobStarted& s) {
            allOnGuiThread &= QThread::currentThread() == thread();
            if (job == ourJob)
                seen << QStringLiteral("started ") + QString::fromStdString(s.name);
        });
        connect(&bridge, &ui::EngineBridge::logLines, this, [&](const ui::LogBatch& batch) {
            allOnGuiThread &= QThread::currentThread() == thread();
            for (const auto& e : batch) {
                if (e.job == ourJob)
                    seen << QString::fromStdString(std::get<engine::LogLine>(e.payload).text);
            }
        });
        QSignalSpy ended(&bridge, &ui::EngineBridge::jobEnded);
        connect(&bridge, &ui::EngineBridge::jobEnded, this, [&](quint64 job, const engine::JobEnded& e) {
            allOnGuiThread &= QThread::currentThread() == thread();
            if (job == ourJob)
                seen << QStringLiteral("ended ") +
                            QString::fromStdString(std::string(engine::toString(e.outcome)));
        });

        ourJob = bridge.submit(session, QStringLiteral("count to 500"), logLines(500));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);

        QStringList expected{QStringLiteral("started count to 500")};
        for (int i = 0; i < 500; ++i)
            expected << QStringLiteral("line %1").arg(i);
        expected << QStringLiteral("ended ") +
                        QString::fromStdString(std::string(engine::toString(engine::JobOutcome::Finished)));
        QCOMPARE(seen, expected);
        QVERIFY(allOnGuiThread);
        QCOMPARE(ended.at(0).at(0).toULongLong(), ourJob);
        const auto result = ended.at(0).at(1).value<engine::JobEnded>();
        QVERIFY(result.outcome == engine::JobOutcome::Finished);
        QCOMPARE(result.result.at("logged").get<int>(), 500);
    }

    void failedJobArrivesWithItsError() {
        ui::EngineBridge bridge(quietEngine());
        const auto session = bridge.openSession(QStringLiteral("s"));
        QSignalSpy ended(&bridge, &ui::EngineBridge::jobEnded);
        bridge.submit(session, QStringLiteral("fails"), [](engine::JobContext& ctx) -> engine::JobResult {
            ctx.error(engine::channel::Swd, "no ACK from the target");
            return makeError("swd.no-ack", "The target did not acknowledge the SWD request.");
        });
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        const auto result = ended.at(0).at(1).value<engine::JobEnded>();
        QVERIFY(result.outcome == engine::JobOutcome::Failed);
        QVERIFY(result.error.has_value());
        QCOMPARE(QString::fromStdString(result.error->code), QStringLiteral("swd.no-ack"));
    }

    void burstIsCoalescedIntoFewDeliveries() {
        ui::EngineBridge bridge(quietEngine());
        const auto session = bridge.openSession(QStringLiteral("s"));
        constexpr int kLines = 50000;
        int received = 0;
        connect(&bridge, &ui::EngineBridge::logLines, this,
                [&](const ui::LogBatch& b) { received += static_cast<int>(b.size()); });
        QSignalSpy ended(&bridge, &ui::EngineBridge::jobEnded);
        bridge.submit(session, QStringLiteral("burst"), logLines(kLines));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
        QCOMPARE(received, kLines);
        const auto stats = bridge.statistics();
        qInfo("%d lines arrived in %llu deliveries and %llu batches", kLines, stats.drains, stats.logBatches);
        // One queued delivery per line would be 50,000; the inbox gathers them instead.
        QVERIFY2(stats.drains < kLines / 20, qPrintable(QString::number(stats.drains)));
        QVERIFY(stats.eventsReceived >= quint64(kLines));
    }

    void deliveryBudgetSplitsLargeInboxes() {
        ui::EngineBridge bridge(quietEngine());
        bridge.setMaximumBatchSize(100);
        const auto session = bridge.openSession(QStringLiteral("s"));
        QList<int> sizes;
        connect(&bridge, &ui::EngineBridge::logLines, this,
                [&](const ui::LogBatch& b) { sizes << static_cast<int>(b.size()); });
        QSignalSpy ended(&bridge, &ui::EngineBridge::jobEnded);
        // Wait for the whole job before the event loop runs, so one inbox holds every line.
        const auto job = bridge.submit(session, QStringLiteral("burst"), logLines(1000));
        QVERIFY(bridge.engine().wait(job, 10s).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        int total = 0;
        for (int s : sizes) {
            QVERIFY(s <= 100);
            total += s;
        }
        QCOMPARE(total, 1000);
    }

    void engineStateFollowsJobs() {
        ui::EngineBridge bridge(quietEngine());
        const auto session = bridge.openSession(QStringLiteral("s"));
        QCOMPARE(bridge.engineState(), QStringLiteral("idle"));
        std::atomic<bool> release{false};
        const auto job = bridge.submit(session, QStringLiteral("waits for the test"),
                                       [&release](engine::JobContext& ctx) -> engine::JobResult {
                                           while (!release && !ctx.cancelled())
                                               ctx.clock().sleepFor(2ms, ctx.stopToken());
                                           return nlohmann::json();
                                       });
        QTRY_COMPARE_WITH_TIMEOUT(bridge.engineState(), QStringLiteral("busy"), 10000);
        QVERIFY(bridge.runningJobCount() == 1);
        release = true;
        QTRY_COMPARE_WITH_TIMEOUT(bridge.engineState(), QStringLiteral("idle"), 10000);
        QCOMPARE(bridge.runningJobCount(), 0);
        QVERIFY(bridge.engine().wait(job, 1s).has_value());
    }

    // The status bar while a job works: its step by name (translated where the job marked it),
    // and a Cancel that ends the job; while a step must finish on the chip, Cancel waits.
    void statusBarShowsTheStepAndCancels() {
        ui::EngineBridge bridge(quietEngine());
        ui::EngineStatusWidget status(bridge);
        status.show();
        auto* cancel = status.findChild<QToolButton*>(QStringLiteral("cancelJob"));
        QVERIFY(cancel);
        QVERIFY(cancel->isHidden());
        const auto session = bridge.openSession(QStringLiteral("s"));
        std::atomic<bool> mustFinish{true};
        std::atomic<bool> sawCancel{false};
        const auto job = bridge.submit(session, QStringLiteral("long work"),
                                       [&](engine::JobContext& ctx) -> engine::JobResult {
                                           ctx.progress(-1.0, "Programming the option bytes", false);
                                           while (mustFinish)
                                               ctx.clock().sleepFor(2ms);
                                           ctx.progress(0.5, "Reading the option bytes");
                                           while (!ctx.cancelled())
                                               ctx.clock().sleepFor(2ms, ctx.stopToken());
                                           sawCancel = true;
                                           return makeError("engine.cancelled", "Cancelled.");
                                       });
        QTRY_COMPARE_WITH_TIMEOUT(status.stepText(), QStringLiteral("Programming the option bytes"), 10000);
        QVERIFY(cancel->isVisible());
        QVERIFY(!cancel->isEnabled());  // the chip finishes this step whatever the host does
        mustFinish = false;
        QTRY_COMPARE_WITH_TIMEOUT(status.stepText(), QStringLiteral("Reading the option bytes"), 10000);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel.load(), 10000);
        QVERIFY(bridge.engine().wait(job, 10s).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isHidden(), 10000);
        QVERIFY(status.stepText().isEmpty());
    }

    void bridgeCanGoAwayWhileAJobLogs() {
        engine::Engine engine(quietEngine());
        const auto session = engine.openSession("s");
        auto* bridge = new ui::EngineBridge(engine);
        std::atomic<int> logged{0};
        const auto job =
            engine.submit(session, "endless", [&logged](engine::JobContext& ctx) -> engine::JobResult {
                while (!ctx.cancelled()) {
                    ctx.info(engine::channel::Engine, "still logging");
                    ++logged;
                }
                return nlohmann::json();
            });
        QTRY_VERIFY_WITH_TIMEOUT(logged.load() > 1000, 10000);
        QCoreApplication::processEvents();
        delete bridge;  // while the worker keeps calling listeners
        const int before = logged.load();
        QTRY_VERIFY_WITH_TIMEOUT(logged.load() > before + 1000, 10000);
        QVERIFY(engine.cancel(job));
        const auto ended = engine.wait(job, 10s);
        QVERIFY(ended.has_value());
        QCoreApplication::processEvents();  // a drain posted before the delete must not run
    }
};

QTEST_MAIN(TestEngineBridge)
#include "test_engine_bridge.moc"
