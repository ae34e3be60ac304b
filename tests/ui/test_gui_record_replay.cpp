// Record and replay in the workbench window, as a support engineer uses them: File > Record
// session… records a Connect to a lab board (the status bar says so), File > Open
// recording… lists the file as replay:FILE in the devices, Connect replays it to the same
// identity and the log dock steps through the replayed calls.

#include <filesystem>

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include "core/sim/lab/lab_store.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/log_model.h"
#include "ui/main_window.h"
#include "ui/probe_list_model.h"
#include "workbench_test_support.h"

using namespace rescue;
using testsupport::quietEngine;

namespace {

constexpr int kTimeoutMs = 60000;

// Every log line as "CHANNEL text".
QStringList logLines(const ui::LogModel& model) {
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines << model.data(model.index(row, ui::LogModel::ChannelColumn)).toString() + " " +
                     model.data(model.index(row, ui::LogModel::TextColumn)).toString();
    return lines;
}

bool connectTo(ui::DevicePanel& panel, const QString& uri) {
    if (!QTest::qWaitFor([&] { return panel.probes()->rowOfUri(uri) >= 0; }, kTimeoutMs))
        return false;
    if (!panel.selectUri(uri))
        return false;
    panel.connectSelected();
    return QTest::qWaitFor([&] { return !panel.busy() && panel.targetSummary().startsWith("connected"); },
                           kTimeoutMs);
}

}  // namespace

class TestGuiRecordReplay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY2(!qgetenv("XDG_DATA_HOME").isEmpty(), "CTest sets XDG_DATA_HOME to a scratch folder");
        std::error_code ignored;
        std::filesystem::remove_all(sim::lab::LabStore::defaultDirectory(), ignored);
    }

    void recordThenReplayAConnect() {
        QTemporaryDir dir;
        const QString file = dir.filePath("session.jsonl");
        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        window.show();
        auto& panel = *window.devicePanel();

        QVERIFY(!window.startRecording(file).has_value());
        QVERIFY(window.recordAction()->isChecked());
        QVERIFY(window.recordingStatus()->isVisible());
        QVERIFY(window.recordingStatus()->text().contains("session.jsonl"));
        QVERIFY(connectTo(panel, "lab:h563-open-healthy"));
        const QStringList recordedIdentity = panel.identityLines();
        window.stopRecording();
        QVERIFY(!window.recordingStatus()->isVisible());
        QVERIFY(QFileInfo(file).size() > 500);

        // A file that is not a recording is refused with the line named; nothing is listed.
        const QString junk = dir.filePath("junk.jsonl");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        const auto refused = window.openRecording(junk);
        QVERIFY(refused.has_value());
        QCOMPARE(refused->code, std::string("replay.bad-recording"));
        QVERIFY(refused->message.find("Line 1") != std::string::npos);

        QVERIFY(!window.openRecording(file).has_value());
        const QString uri = "replay:" + file;
        QVERIFY(QTest::qWaitFor([&] { return panel.selectedUri() == uri; }, kTimeoutMs));
        const int row = panel.probes()->rowOfUri(uri);
        QCOMPARE(
            panel.probes()->data(panel.probes()->index(row), ui::ProbeListModel::TransportRole).toString(),
            QStringLiteral("replay"));
        QCOMPARE(panel.probes()->data(panel.probes()->index(row), ui::ProbeListModel::GroupRole).toString(),
                 QStringLiteral("Recordings"));
        QVERIFY(connectTo(panel, uri));
        QCOMPARE(panel.identityLines(), recordedIdentity);

        auto* log = window.logModel();
        QVERIFY(QTest::qWaitFor(
            [&] { return logLines(*log).filter(QRegularExpression("^REPLAY #\\d+/\\d+ ")).size() > 5; },
            kTimeoutMs));
        const QStringList lines = logLines(*log);
        QVERIFY2(!lines
                      .filter(QRegularExpression(
                          "^REPLAY Replaying session 1 of .*session.jsonl: \\d+ recorded calls"))
                      .isEmpty(),
                 qPrintable(lines.join('\n')));
        QVERIFY2(!lines.filter(QRegularExpression("^REPLAY #1/\\d+ targetVoltage\\(\\) -> ok")).isEmpty() ||
                     !lines.filter(QRegularExpression("^REPLAY #1/\\d+ ")).isEmpty(),
                 qPrintable(lines.join('\n')));
        QVERIFY(!lines.filter(QRegularExpression("^RECORD Recording lab:h563-open-healthy to ")).isEmpty());
    }
};

QTEST_MAIN(TestGuiRecordReplay)
#include "test_gui_record_replay.moc"
