// The window on the offscreen platform: its docks, toolbar wizard action and status bar, the
// honest empty states, engine lines reaching the log dock, and the layout surviving a
// restart through QSettings (in the scratch XDG_CONFIG_HOME CTest sets).

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

#include "ui/app_identity.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/engine_status_widget.h"
#include "ui/log_filter_proxy.h"
#include "ui/log_model.h"
#include "ui/log_view.h"
#include "ui/main_window.h"
#include "workbench_test_support.h"

using namespace rescue;
using testsupport::quietEngine;
using testsupport::workbenchSettings;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Never read or write a real user's settings.
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        QVERIFY2(!config.isEmpty(), "CTest sets XDG_CONFIG_HOME to a scratch folder");
        QVERIFY2(workbenchSettings().fileName().startsWith(QString::fromLocal8Bit(config)),
                 qPrintable(workbenchSettings().fileName()));
    }

    void init() { workbenchSettings().clear(); }

    void docksToolbarAndStatusBar() {
        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList expectedDocks{QStringLiteral("devicesDock"), QStringLiteral("logDock"),
                                        QStringLiteral("optionBytesDock")};
        for (const QString& name : expectedDocks) {
            auto* dock = window.findChild<QDockWidget*>(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY2(dock->isVisible(), qPrintable(name));
            QVERIFY(!dock->windowTitle().isEmpty());
        }
        QCOMPARE(window.dockWidgetArea(window.deviceDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.logDock()), Qt::BottomDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.optionByteDock()), Qt::RightDockWidgetArea);

        auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        QVERIFY(toolBar->isVisible());
        QAction* wizard = window.wizardAction();
        QVERIFY(toolBar->actions().contains(wizard));
        // No probe selected: the wizard cannot run and says why.
        QVERIFY(!wizard->isEnabled());
        QVERIFY2(wizard->toolTip().contains(QLatin1String("select one in the device panel")),
                 qPrintable(wizard->toolTip()));

        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.engineStatus()->isVisible());
        // The device panel's first probe scan may still be running.
        QTRY_COMPARE_WITH_TIMEOUT(window.engineStatus()->text(), QStringLiteral("Engine: idle"), 20000);
        QVERIFY(window.targetStatus()->isVisible());
        QCOMPARE(window.targetStatus()->text(), QStringLiteral("Target: not connected"));
    }

    void emptyStatesSayWhatIsMissing() {
        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // No target yet; the probe list fills from the first scan, the lab's boards at least.
        auto* probes = window.deviceDock()->findChild<QListView*>(QStringLiteral("probeList"));
        QVERIFY(probes);
        QTRY_VERIFY_WITH_TIMEOUT(probes->model()->rowCount() > 0, 20000);
        auto* probeStatus = window.deviceDock()->findChild<QLabel*>(QStringLiteral("probeStatus"));
        QVERIFY(probeStatus && probeStatus->isVisible());
        QVERIFY2(probeStatus->text().contains(QLatin1String("virtual lab board")),
                 qPrintable(probeStatus->text()));
        QCOMPARE(window.targetStatus()->text(), QStringLiteral("Target: not connected"));

        auto* obStatus = window.optionByteDock()->findChild<QLabel*>(QStringLiteral("optionByteStatus"));
        QVERIFY(obStatus && obStatus->isVisible());
        // The option-byte editor shows nothing it has not read: it asks for a probe and Read.
        QVERIFY2(
            obStatus->text().startsWith(QLatin1String("Select a probe in the Devices panel and press Read")),
            qPrintable(obStatus->text()));
        auto* obApply = window.optionByteDock()->findChild<QPushButton*>(QStringLiteral("obApply"));
        QVERIFY(obApply && !obApply->isEnabled());

        QCOMPARE(window.logModel()->rowCount(), 0);
    }

    void engineLinesReachTheLogDockAndTheStatusBar() {
        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto session = bridge.openSession(QStringLiteral("s"));
        // The window's own probe scans end jobs on the same bridge: count only ours.
        QSignalSpy ended(&bridge, &ui::EngineBridge::jobEnded);
        const engine::JobId ourJob = bridge.submit(
            session, QStringLiteral("three lines"), [](engine::JobContext& ctx) -> engine::JobResult {
                ctx.info(engine::channel::Probe, "ST-LINK/V3 opened");
                ctx.warning(engine::channel::Da, "discovery timed out, retrying");
                ctx.info(engine::channel::Da, "discovery answered");
                return nlohmann::json();
            });
        auto ourJobEnded = [&ended, ourJob] {
            for (const auto& args : ended)
                if (args.at(0).toULongLong() == ourJob)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ourJobEnded(), 10000);
        const QStringList ours{QStringLiteral("ST-LINK/V3 opened"),
                               QStringLiteral("discovery timed out, retrying"),
                               QStringLiteral("discovery answered")};
        // What the visible table shows, through the proxy.
        auto shownTexts = [&window] {
            QStringList texts;
            const QAbstractItemModel* shown = window.logView()->proxy();
            for (int r = 0; r < shown->rowCount(); ++r)
                texts << shown->index(r, ui::LogModel::TextColumn).data().toString();
            return texts;
        };
        // The live log announces new rows on a short timer, so they appear a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(shownTexts().contains(ours[2]), 5000);
        const QStringList texts = shownTexts();
        for (const QString& line : ours)
            QVERIFY2(texts.contains(line), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.indexOf(ours[0]) < texts.indexOf(ours[1]));
        QVERIFY(texts.indexOf(ours[1]) < texts.indexOf(ours[2]));
        QTRY_COMPARE(window.engineStatus()->text(), QStringLiteral("Engine: idle"));
    }

    void layoutIsRememberedAcrossRestarts() {
        ui::EngineBridge bridge(quietEngine());
        QList<int> splitterSizes;
        QSize savedSize;
        {
            ui::MainWindow first(bridge);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.optionByteDock()->hide();
            first.addDockWidget(Qt::TopDockWidgetArea, first.deviceDock());
            QCoreApplication::processEvents();  // let the new dock layout settle first
            // Small, yet tall enough for the device dock's controls above the log.
            first.resize(800, 660);
            QCoreApplication::processEvents();
            // The docks' minimum sizes may round the request up a little; whatever it became is
            // what must come back, and it is not the 1280x800 a fresh window gets.
            savedSize = first.size();
            QVERIFY2(std::abs(savedSize.width() - 800) <= 20 && std::abs(savedSize.height() - 660) <= 20,
                     qPrintable(QStringLiteral("%1x%2").arg(savedSize.width()).arg(savedSize.height())));
            auto* level = first.logView()->findChild<QComboBox*>(QStringLiteral("logLevelFilter"));
            QVERIFY(level);
            level->setCurrentIndex(2);  // warnings and errors
            auto* splitter = first.logView()->findChild<QSplitter*>(QStringLiteral("logSplitter"));
            QVERIFY(splitter);
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            QVERIFY(total > 60);
            splitter->setSizes({total - 40, 40});
            splitterSizes = splitter->sizes();
            QVERIFY(first.close());  // closing saves
        }
        QVERIFY(workbenchSettings().contains(QStringLiteral("mainWindow/geometry")));
        QVERIFY(workbenchSettings().contains(QStringLiteral("mainWindow/state")));

        ui::MainWindow second(bridge);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), savedSize);
        QVERIFY(!second.optionByteDock()->isVisible());
        QCOMPARE(second.dockWidgetArea(second.deviceDock()), Qt::TopDockWidgetArea);
        QVERIFY(second.logDock()->isVisible());
        QVERIFY(second.logView()->proxy()->minimumLevel() == engine::LogLevel::Warning);
        auto* splitter = second.logView()->findChild<QSplitter*>(QStringLiteral("logSplitter"));
        QTRY_COMPARE(splitter->sizes(), splitterSizes);
    }

    void unreadableSettingsFallBackToTheDefaultLayout() {
        {
            QSettings settings = workbenchSettings();
            settings.setValue(QStringLiteral("mainWindow/geometry"), QByteArray("not a geometry"));
            settings.setValue(QStringLiteral("mainWindow/state"), QByteArray("garbage"));
            settings.setValue(QStringLiteral("mainWindow/logView"), QByteArray("\x01\x02"));
        }
        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        QVERIFY(!window.restoreSettings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.deviceDock()->isVisible());
        QVERIFY(window.logDock()->isVisible());
        QVERIFY(window.optionByteDock()->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
