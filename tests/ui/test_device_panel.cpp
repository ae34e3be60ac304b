// The device panel against the virtual lab, as a person uses it: the lab's boards are listed,
// selecting one and pressing Connect identifies the target on the engine's worker, the NRST
// verdict and a closed chip's blocker are shown, and Connect waits while a connection runs.
// Lab boards run in real time here (SteadyClock), as in the workbench.

#include <filesystem>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QtTest>

#include "core/sim/lab/lab_store.h"
#include "ui/app_identity.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/probe_list_model.h"
#include "workbench_test_support.h"

using namespace rescue;
using testsupport::quietEngine;

namespace {

constexpr int kListTimeoutMs = 30000;
constexpr int kConnectTimeoutMs = 60000;

bool waitForBoard(ui::DevicePanel& panel, const QString& uri) {
    return QTest::qWaitFor([&] { return panel.probes()->rowOfUri(uri) >= 0; }, kListTimeoutMs);
}

}  // namespace

class TestDevicePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Every board starts from its scenario: the lab store lives under the scratch
        // XDG_DATA_HOME CTest sets, and is emptied here (what `rescue lab reset` does).
        const QByteArray data = qgetenv("XDG_DATA_HOME");
        QVERIFY2(!data.isEmpty(), "CTest sets XDG_DATA_HOME to a scratch folder");
        const std::filesystem::path store = sim::lab::LabStore::defaultDirectory();
        QVERIFY2(QString::fromStdString(store.string()).startsWith(QString::fromLocal8Bit(data)),
                 store.c_str());
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        QVERIFY2(!config.isEmpty(), "CTest sets XDG_CONFIG_HOME to a scratch folder");
        std::error_code ignored;
        std::filesystem::remove_all(store, ignored);
    }

    // ST-LINK servers added by one test are remembered in the settings; start without them.
    void init() {
        QSettings(QString::fromLatin1(ui::kOrganisationName), QString::fromLatin1(ui::kApplicationName))
            .clear();
    }

    void listsTheLabBoards() {
        ui::EngineBridge bridge(quietEngine());
        ui::DevicePanel panel(bridge);
        panel.show();
        QVERIFY(waitForBoard(panel, QStringLiteral("lab:h563-open-healthy")));
        const QStringList boards{
            QStringLiteral("lab:h563-open-healthy"), QStringLiteral("lab:h7s78-open-healthy"),
            QStringLiteral("lab:h7s78-open-nrst-unwired"), QStringLiteral("lab:h563-closed-da")};
        for (const QString& uri : boards)
            QVERIFY2(panel.probes()->rowOfUri(uri) >= 0, qPrintable(uri));
        const int row = panel.probes()->rowOfUri(boards[0]);
        QCOMPARE(panel.probes()->index(row).data(ui::ProbeListModel::GroupRole).toString(),
                 QStringLiteral("Lab"));

        auto* status = panel.findChild<QLabel*>(QStringLiteral("probeStatus"));
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QLatin1String("virtual lab board")), qPrintable(status->text()));

        // Nothing selected: nothing to connect to.
        QVERIFY(panel.selectedUri().isEmpty());
        QVERIFY(!panel.connectButton()->isEnabled());
        // The defaults that work on H5 and H7RS: normal mode, the core on AP1.
        QCOMPARE(panel.connectModeBox()->currentData().toString(), QStringLiteral("normal"));
        QCOMPARE(panel.apBox()->value(), 1);
        QCOMPARE(panel.apBox()->minimum(), 0);
        QCOMPARE(panel.apBox()->maximum(), 1);
    }

    void connectsToALabBoard_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("identityHas");  // in one identification line; empty: not checked
        QTest::addColumn<QString>("nrstVerdict");
        QTest::addColumn<QString>("nrstHas");
        QTest::addColumn<QString>("blockerHas");  // empty: no blocker shown
        QTest::addColumn<QString>("summaryHas");

        QTest::newRow("h563 healthy") << "lab:h563-open-healthy"
                                      << "normal"
                                      << "DEV_ID 0x484"
                                      << "wired"
                                      << "NRST is wired"
                                      << ""
                                      << "connected STM32H56x/H57x";
        QTest::newRow("h7s78 healthy") << "lab:h7s78-open-healthy"
                                       << "normal"
                                       << "DEV_ID 0x485"
                                       << "wired"
                                       << "NRST is wired"
                                       << ""
                                       << "connected STM32H7";
        QTest::newRow("h7s78 NRST unwired") << "lab:h7s78-open-nrst-unwired"
                                            << "normal"
                                            << "DEV_ID 0x485"
                                            << "not-wired"
                                            << "NRST is not connected to the probe"
                                            << ""
                                            << "connected STM32H7";
        QTest::newRow("h563 hot plug") << "lab:h563-open-healthy"
                                       << "hot-plug"
                                       << "DEV_ID 0x484"
                                       << "not-checked"
                                       << "not checked"
                                       << ""
                                       << "connected STM32H56x/H57x";
        QTest::newRow("h563 closed") << "lab:h563-closed-da"
                                     << "normal"
                                     << ""
                                     << "not-checked"
                                     << ""
                                     << "AP1"
                                     << "out of reach";
    }

    void connectsToALabBoard() {
        QFETCH(QString, board);
        QFETCH(QString, mode);
        QFETCH(QString, identityHas);
        QFETCH(QString, nrstVerdict);
        QFETCH(QString, nrstHas);
        QFETCH(QString, blockerHas);
        QFETCH(QString, summaryHas);

        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::DevicePanel& panel = *window.devicePanel();
        QVERIFY(waitForBoard(panel, board));

        QVERIFY(panel.selectUri(board));
        QCOMPARE(panel.selectedUri(), board);
        const int modeIndex = panel.connectModeBox()->findData(mode);
        QVERIFY(modeIndex >= 0);
        panel.connectModeBox()->setCurrentIndex(modeIndex);
        QVERIFY(panel.connectButton()->isEnabled());
        QSignalSpy ended(&bridge, &ui::EngineBridge::jobEnded);
        QTest::mouseClick(panel.connectButton(), Qt::LeftButton);

        // While the connection runs, Connect cannot be pressed again and says what it does.
        QVERIFY(panel.busy());
        QVERIFY(!panel.connectButton()->isEnabled());
        QVERIFY2(panel.connectButton()->text().contains(QLatin1String("Connecting")),
                 qPrintable(panel.connectButton()->text()));

        QTRY_VERIFY_WITH_TIMEOUT(!panel.busy(), kConnectTimeoutMs);
        QVERIFY(panel.connectButton()->isEnabled());
        const QString lines = panel.identityLines().join(QLatin1Char('\n'));
        if (!identityHas.isEmpty())
            QVERIFY2(lines.contains(identityHas),
                     qPrintable(lines + QLatin1Char('\n') + panel.blockerText()));
        QVERIFY2(lines.contains(QLatin1String("DPIDR: 0x")),
                 qPrintable(lines + QLatin1Char('\n') + panel.blockerText()));
        QCOMPARE(panel.nrstVerdict(), nrstVerdict);
        auto* nrstBox = panel.findChild<QLabel*>(QStringLiteral("nrstVerdict"));
        QVERIFY(nrstBox && nrstBox->isVisible());
        QVERIFY2(panel.nrstText().contains(nrstHas), qPrintable(panel.nrstText()));

        auto* blockerBox = panel.findChild<QLabel*>(QStringLiteral("blockerLabel"));
        QVERIFY(blockerBox);
        if (blockerHas.isEmpty()) {
            QVERIFY2(!blockerBox->isVisible(), qPrintable(panel.blockerText()));
        } else {
            QVERIFY(blockerBox->isVisible());
            QVERIFY2(panel.blockerText().contains(blockerHas), qPrintable(panel.blockerText()));
            // The warning style, so it is not read as a line among others.
            QVERIFY(!blockerBox->styleSheet().isEmpty());
        }

        QVERIFY2(panel.targetSummary().contains(summaryHas), qPrintable(panel.targetSummary()));
        QVERIFY2(window.targetStatus()->text().contains(summaryHas),
                 qPrintable(window.targetStatus()->text()));

        // Selecting another probe and coming back shows the same identification again.
        const QString other = board == QLatin1String("lab:h7s78-open-healthy")
                                  ? QStringLiteral("lab:h563-open-healthy")
                                  : QStringLiteral("lab:h7s78-open-healthy");
        QVERIFY(panel.selectUri(other));
        QVERIFY(!panel.identityLines().join(QLatin1Char('\n')).contains(QLatin1String("DPIDR")));
        QVERIFY(panel.selectUri(board));
        QCOMPARE(panel.identityLines().join(QLatin1Char('\n')), lines);
    }

    void rescansAreCoalescedAndKeepTheSelection() {
        ui::EngineBridge bridge(quietEngine());
        ui::DevicePanel panel(bridge);
        QSignalSpy scans(&panel, &ui::DevicePanel::scanFinished);
        // The first scan is still running (its end is delivered by the event loop): a burst of
        // requests, as a hub full of probes plugged at once gives, becomes one more scan.
        panel.rescan();
        panel.rescan();
        panel.rescan();
        QTRY_COMPARE_WITH_TIMEOUT(scans.count(), 2, kListTimeoutMs);
        QTest::qWait(300);
        QCOMPARE(scans.count(), 2);

        const QString board = QStringLiteral("lab:h7s78-open-healthy");
        QVERIFY(panel.selectUri(board));
        QTest::mouseClick(panel.rescanButton(), Qt::LeftButton);
        QVERIFY(!panel.rescanButton()->isEnabled());  // one scan at a time
        QTRY_COMPARE_WITH_TIMEOUT(scans.count(), 3, kListTimeoutMs);
        QVERIFY(panel.rescanButton()->isEnabled());
        QCOMPARE(panel.selectedUri(), board);
        QVERIFY(panel.connectButton()->isEnabled());
    }

    void theAccessPortChoiceReachesTheTarget() {
        ui::EngineBridge bridge(quietEngine());
        ui::DevicePanel panel(bridge);
        panel.show();
        QVERIFY(waitForBoard(panel, QStringLiteral("lab:h563-open-healthy")));
        QVERIFY(panel.selectUri(QStringLiteral("lab:h563-open-healthy")));
        panel.apBox()->setValue(0);
        panel.connectSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.busy(), kConnectTimeoutMs);
        const QString lines = panel.identityLines().join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QLatin1String("core on AP0")), qPrintable(lines + panel.blockerText()));
    }

    void aBadServerAddressIsRefused_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("host and port") << "127.0.0.1:7184" << true;
        QTest::newRow("name and port") << "localhost:7184" << true;
        QTest::newRow("no port") << "127.0.0.1" << false;
        QTest::newRow("port zero") << "127.0.0.1:0" << false;
        QTest::newRow("port too big") << "127.0.0.1:70000" << false;
        QTest::newRow("a URI") << "stlink-tcp://127.0.0.1:7184" << false;
    }

    void aBadServerAddressIsRefused() {
        QFETCH(QString, address);
        QFETCH(bool, accepted);
        ui::EngineBridge bridge(quietEngine());
        ui::DevicePanel panel(bridge);
        panel.show();
        QCOMPARE(panel.addStlinkServer(address), accepted);
        QCOMPARE(panel.stlinkServers().contains(address), accepted);
        auto* message = panel.findChild<QLabel*>(QStringLiteral("stlinkServerMessage"));
        QVERIFY(message);
        QCOMPARE(message->isVisible(), !accepted);
        if (!accepted)
            QVERIFY2(message->text().contains(QLatin1String("HOST:PORT")), qPrintable(message->text()));

        // An accepted server is asked again after a restart.
        ui::DevicePanel next(bridge);
        QCOMPARE(next.stlinkServers().contains(address), accepted);
    }

    void anUnreachableServerIsReportedBesideTheList() {
        ui::EngineBridge bridge(quietEngine());
        ui::DevicePanel panel(bridge);
        panel.show();
        QVERIFY(waitForBoard(panel, QStringLiteral("lab:h563-open-healthy")));
        QSignalSpy scans(&panel, &ui::DevicePanel::scanFinished);
        // Port 1 on the loopback: nothing listens there, the connection is refused at once.
        QVERIFY(panel.addStlinkServer(QStringLiteral("127.0.0.1:1")));
        auto* problems = panel.findChild<QLabel*>(QStringLiteral("probeProblems"));
        QVERIFY(problems);
        QTRY_VERIFY_WITH_TIMEOUT(problems->text().contains(QLatin1String("127.0.0.1:1")), kListTimeoutMs);
        QVERIFY(problems->isVisible());
        // The lab is still listed beside the problem.
        QVERIFY(panel.probes()->rowOfUri(QStringLiteral("lab:h563-open-healthy")) >= 0);
    }
};

QTEST_MAIN(TestDevicePanel)
#include "test_device_panel.moc"
