// The option-byte editor against the virtual lab, as a person uses it: select a board in the
// Devices panel, Read, edit (a WRP cell, a drop-down, a lifecycle state), watch the findings
// and the pending diff, Apply (with the exact phrase where the change cannot be undone),
// Export/Import, and Erase with the WRP explanation and its one-button fix. Lab boards run in
// real time, as in the workbench; every test starts from the shipped scenarios.
//
// RESCUE_OB_SCREENSHOT=DIR: the editor is shown and saved as DIR/obgui-*.png (run the suite
// under Xvfb with QT_QPA_PLATFORM=xcb to see the real rendering).

#include <filesystem>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/sim/lab/lab_store.h"
#include "ui/app_identity.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/option_byte_panel.h"
#include "ui/optionbytes/field_groups.h"
#include "ui/optionbytes/lifecycle_diagram.h"
#include "ui/optionbytes/pending_diff_model.h"
#include "ui/optionbytes/phrase_dialog.h"
#include "ui/optionbytes/wrp_sector_map.h"
#include "ui/probe_list_model.h"
#include "workbench_test_support.h"

using namespace rescue;
using testsupport::quietEngine;

namespace {

constexpr int kListTimeoutMs = 30000;
constexpr int kJobTimeoutMs = 60000;

struct Bench {
    ui::EngineBridge bridge{quietEngine()};
    ui::DevicePanel devices{bridge};
    ui::OptionBytePanel ob{bridge, devices};
    QStringList asked;                 // the phrases the last Apply asked for
    std::optional<QStringList> typed;  // what the "person" types (nothing: Cancel)
    int confirmations = 0;

    Bench() {
        ob.setPhraseAsker([this](const std::vector<optionbytes::Finding>&, const QStringList& phrases) {
            asked = phrases;
            return typed;
        });
        ob.setConfirmer([this](const QString&, const QString&) {
            ++confirmations;
            return true;
        });
    }

    bool idle() {
        return QTest::qWaitFor([&] { return !ob.busy(); }, kJobTimeoutMs);
    }

    bool readFrom(const QString& uri) {
        if (!QTest::qWaitFor([&] { return devices.probes()->rowOfUri(uri) >= 0; }, kListTimeoutMs))
            return false;
        if (!devices.selectUri(uri))
            return false;
        ob.readButton()->click();
        return idle() && ob.hasTarget();
    }

    QString state() const { return ob.statusText(); }
    QString findings() const { return ob.findingLines().join(QLatin1Char('\n')); }
    QString context() const {
        return QStringLiteral("status: %1\nmessage: %2\nfindings:\n%3")
            .arg(ob.statusText(), ob.messageText(), findings());
    }

    void screenshot(const QString& name) {
        const QByteArray dir = qgetenv("RESCUE_OB_SCREENSHOT");
        if (dir.isEmpty())
            return;
        ob.resize(620, 980);
        ob.show();
        QTest::qWait(300);
        ob.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/obgui-%1.png").arg(name));
    }
};

}  // namespace

class TestOptionBytePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        const QByteArray data = qgetenv("XDG_DATA_HOME");
        QVERIFY2(!data.isEmpty(), "CTest sets XDG_DATA_HOME to a scratch folder");
        QVERIFY(QString::fromStdString(sim::lab::LabStore::defaultDirectory().string())
                    .startsWith(QString::fromLocal8Bit(data)));
    }

    void init() {
        std::error_code ignored;
        std::filesystem::remove_all(sim::lab::LabStore::defaultDirectory(), ignored);
        QSettings(QString::fromLatin1(ui::kOrganisationName), QString::fromLatin1(ui::kApplicationName))
            .clear();
    }

    // The first field report: every WRPS bit protects, erase says so, the offered fix clears
    // it and the erase then succeeds.
    void firstFieldReportWrp() {
        Bench b;
        QVERIFY(b.readFrom(QStringLiteral("lab:h7s78-open-wrp-all")));
        QVERIFY2(b.state().contains(QLatin1String("Open")), qPrintable(b.context()));
        QCOMPARE(b.ob.wrpMap()->cellCount(), 8);
        QCOMPARE(b.ob.wrpMap()->protectedCells(), 8);
        b.ob.tabs()->setCurrentIndex(1);
        b.screenshot(QStringLiteral("h7s78-open-wrp-all"));

        b.ob.eraseButton()->click();
        QVERIFY(b.idle());
        QCOMPARE(b.confirmations, 1);
        const QString refusal = b.ob.messageText();
        QVERIFY2(
            refusal.contains(QLatin1String("write protection")) && refusal.contains(QLatin1String("0-7")),
            qPrintable(refusal));
        QVERIFY(b.ob.wrpFixButton()->isVisible() || !b.ob.wrpFixButton()->isHidden());
        QVERIFY2(b.ob.wrpFixButton()->text().contains(QLatin1String("WRPS=0xFF")),
                 qPrintable(b.ob.wrpFixButton()->text()));
        b.screenshot(QStringLiteral("h7s78-erase-refused"));

        b.ob.wrpFixButton()->click();
        QVERIFY(b.idle());
        QVERIFY2(b.ob.messageText().contains(QLatin1String("Written and verified")), qPrintable(b.context()));
        QCOMPARE(b.ob.wrpMap()->protectedCells(), 0);
        QVERIFY(b.ob.wrpFixButton()->isHidden());

        b.ob.eraseButton()->click();
        QVERIFY(b.idle());
        QVERIFY2(b.ob.messageText().contains(QLatin1String("erased")), qPrintable(b.context()));
    }

    // A WRP cell is a pending change: the diff shows it, the findings grade it, Revert drops it.
    void wrpCellIsAPendingChange() {
        Bench b;
        QVERIFY(b.readFrom(QStringLiteral("lab:h563-open-healthy")));
        QVERIFY(b.ob.wrpMap()->protectedCells() == 0 && b.ob.wrpMap()->cellCount() > 0);
        QToolButton* cell = b.ob.wrpMap()->cell(QStringLiteral("WRPSGn1"), 0);
        QVERIFY(cell);
        cell->click();
        QTRY_COMPARE(b.ob.wrpMap()->protectedCells(), 1);
        QCOMPARE(b.ob.diffModel()->rowCount(), 1);
        QCOMPARE(b.ob.diffModel()->index(0, ui::PendingDiffModel::Field).data().toString(),
                 QStringLiteral("WRPSGn1"));
        QVERIFY(b.ob.applyButton()->isEnabled());
        QVERIFY2(b.findings().contains(QLatin1String("risky:")), qPrintable(b.context()));
        b.ob.tabs()->setCurrentIndex(1);
        b.screenshot(QStringLiteral("h563-open-healthy-pending"));
        b.ob.tabs()->setCurrentIndex(0);
        b.screenshot(QStringLiteral("h563-lifecycle"));
        b.ob.tabs()->setCurrentIndex(2);
        b.screenshot(QStringLiteral("h563-fields"));
        b.ob.revertButton()->click();
        QCOMPARE(b.ob.diffModel()->rowCount(), 0);
        QCOMPARE(b.ob.wrpMap()->protectedCells(), 0);
        QVERIFY(!b.ob.applyButton()->isEnabled());
    }

    // Open -> TZ-Closed in one step is refused, whichever way it is asked for.
    void openToTzClosedIsRefused_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<QString>("via");
        QTest::newRow("H533, drop-down") << "lab:h533-open-tz"
                                         << "combo";
        QTest::newRow("H563, lifecycle diagram") << "lab:h563-open-healthy"
                                                 << "diagram";
    }
    void openToTzClosedIsRefused() {
        QFETCH(QString, board);
        QFETCH(QString, via);
        Bench b;
        QVERIFY(b.readFrom(board));
        QCOMPARE(b.ob.lifecycle()->markOf(QStringLiteral("open")), QStringLiteral("current"));
        QCOMPARE(b.ob.lifecycle()->markOf(QStringLiteral("provisioning")), QStringLiteral("allowed"));
        QCOMPARE(b.ob.lifecycle()->markOf(QStringLiteral("tz-closed")), QStringLiteral("refused"));
        if (via == QLatin1String("combo")) {
            auto* combo = qobject_cast<QComboBox*>(b.ob.fields()->editor(QStringLiteral("PRODUCT_STATE")));
            QVERIFY(combo);
            const int index = combo->findData(0xC6u);
            QVERIFY(index >= 0);
            combo->setCurrentIndex(index);
            emit combo->activated(index);
        } else {
            b.ob.lifecycle()->stateButton(QStringLiteral("tz-closed"))->click();
        }
        QTRY_VERIFY2(b.findings().contains(QLatin1String("refused:")), qPrintable(b.context()));
        QVERIFY(!b.ob.applyButton()->isEnabled());
        QCOMPARE(b.ob.diffModel()->rowCount(), 1);
        b.ob.tabs()->setCurrentIndex(0);
        b.screenshot(QStringLiteral("tz-closed-refused-%1").arg(via));
    }

    // The second field report in two steps: Provisioning is written; closing without DA is
    // irreversible, Apply asks for the phrase, a wrong phrase writes nothing, the right one does.
    void closingWithoutDaWantsThePhrase() {
        Bench b;
        QVERIFY(b.readFrom(QStringLiteral("lab:h533-open-tz")));
        b.ob.lifecycle()->stateButton(QStringLiteral("provisioning"))->click();
        QVERIFY(b.ob.applyButton()->isEnabled());
        b.ob.applyButton()->click();
        QVERIFY(b.idle());
        QVERIFY2(b.ob.messageText().contains(QLatin1String("Written and verified")), qPrintable(b.context()));
        QVERIFY2(b.state().contains(QLatin1String("Provisioning")), qPrintable(b.context()));
        QVERIFY(b.asked.isEmpty());  // risky, not irreversible: no phrase

        b.ob.lifecycle()->stateButton(QStringLiteral("tz-closed"))->click();
        QVERIFY2(b.findings().contains(QLatin1String("irreversible:")), qPrintable(b.context()));
        QVERIFY(b.ob.applyButton()->isEnabled());

        if (!qEnvironmentVariableIsEmpty("RESCUE_OB_SCREENSHOT")) {
            QStringList phrases;
            for (const auto& p : b.ob.preview()->report.requiredPhrases())
                phrases << QString::fromStdString(p);
            ui::PhraseDialog dialog(b.ob.preview()->report.findings, phrases);
            dialog.resize(560, dialog.sizeHint().height());
            dialog.show();
            QTest::qWait(200);
            dialog.grab().save(qEnvironmentVariable("RESCUE_OB_SCREENSHOT") +
                               QStringLiteral("/obgui-phrase-dialog.png"));
        }
        b.typed = QStringList{QStringLiteral("close it")};
        b.ob.applyButton()->click();
        QVERIFY(b.idle());
        QCOMPARE(b.asked.size(), 1);
        const QString phrase = b.asked.first();
        QVERIFY2(phrase.startsWith(QLatin1String("close ")) && phrase.endsWith(QLatin1String(" without DA")),
                 qPrintable(phrase));
        QVERIFY2(b.ob.messageText().contains(QLatin1String("Nothing was written")), qPrintable(b.context()));
        // The discovery ran before the phrase was asked, and its answer is in the findings.
        QVERIFY2(b.findings().contains(QLatin1String("No Debug Authentication configuration is provisioned")),
                 qPrintable(b.context()));
        b.ob.readButton()->click();
        QVERIFY(b.idle());
        QVERIFY2(b.state().contains(QLatin1String("Provisioning")), qPrintable(b.context()));

        b.asked.clear();
        b.typed.reset();  // Cancel: nothing written either
        b.ob.lifecycle()->stateButton(QStringLiteral("tz-closed"))->click();
        b.ob.applyButton()->click();
        QVERIFY(b.idle());
        QVERIFY2(b.ob.messageText().contains(QLatin1String("cancelled")), qPrintable(b.context()));
        QVERIFY2(b.state().contains(QLatin1String("Provisioning")), qPrintable(b.context()));

        b.typed = QStringList{phrase};
        b.ob.applyButton()->click();
        QVERIFY(b.idle());
        QVERIFY2(b.ob.messageText().contains(QLatin1String("Written and verified")), qPrintable(b.context()));
        QVERIFY2(b.state().contains(QLatin1String("TZ-Closed")), qPrintable(b.context()));
    }

    // A hex field takes only what fits; too wide is said beside it and nothing is taken.
    void hexEntryIsValidated() {
        Bench b;
        QVERIFY(b.readFrom(QStringLiteral("lab:h563-open-healthy")));
        b.ob.tabs()->setCurrentIndex(2);
        QLineEdit* edit = nullptr;
        QString name;
        for (auto* e : b.ob.fields()->findChildren<QLineEdit*>()) {
            name = e->objectName().mid(int(qstrlen("obField_")));
            if (e->objectName().startsWith(QLatin1String("obField_")) && !e->isReadOnly() &&
                b.ob.target()->image.table().field(name.toStdString())->maxValue() < 0xFFFFFFFFu) {
                edit = e;
                break;
            }
        }
        QVERIFY(edit);
        edit->setText(QStringLiteral("0xFFFFFFFF"));
        emit edit->editingFinished();
        QVERIFY2(b.ob.fields()->messageOf(name).contains(QLatin1String("does not fit")),
                 qPrintable(b.ob.fields()->messageOf(name)));
        QCOMPARE(b.ob.diffModel()->rowCount(), 0);
    }

    // Export, then Import: nothing pending; a hand-edited field becomes one pending change.
    void exportImportRoundTrip() {
        Bench b;
        QVERIFY(b.readFrom(QStringLiteral("lab:h563-open-healthy")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("h563.json"));
        QVERIFY(b.ob.exportTo(file));
        QVERIFY(b.ob.importFrom(file));
        QCOMPARE(b.ob.diffModel()->rowCount(), 0);

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject fields = j.value(QLatin1String("fields")).toObject();
        fields.insert(QStringLiteral("SWAP_BANK"), QStringLiteral("1"));
        j.insert(QStringLiteral("fields"), fields);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(j).toJson());
        f.close();
        QVERIFY2(b.ob.importFrom(file), qPrintable(b.context()));
        QCOMPARE(b.ob.diffModel()->rowCount(), 1);
        QCOMPARE(b.ob.diffModel()->index(0, 0).data().toString(), QStringLiteral("SWAP_BANK"));
    }

    // A bad file is said inline and the pending change stays as it was.
    void badImportIsSaidInline_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << "{\"family\": "
                                   << "not valid JSON";
        QTest::newRow("another family") << "{\"format\":\"rescue-option-bytes\",\"version\":1,\"family\":"
                                           "\"stm32h7rs\"}"
                                        << "The file is for";
        QTest::newRow("unknown field") << "{\"format\":\"rescue-option-bytes\",\"family\":\"stm32h56x-h57x\","
                                          "\"fields\":{\"TZENN\":\"0xB4\"}}"
                                       << "TZENN";
    }
    void badImportIsSaidInline() {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        Bench b;
        QVERIFY(b.readFrom(QStringLiteral("lab:h563-open-healthy")));
        b.ob.wrpMap()->cell(QStringLiteral("WRPSGn1"), 1)->click();
        QTRY_COMPARE(b.ob.diffModel()->rowCount(), 1);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
        f.close();
        QVERIFY(!b.ob.importFrom(file));
        QVERIFY2(b.ob.messageText().contains(expected), qPrintable(b.ob.messageText()));
        QCOMPARE(b.ob.diffModel()->rowCount(), 1);  // nothing lost
    }

    void pendingDiffModelIsAModel() {
        ui::PendingDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(
            {{"TZEN", "0xC3 disabled", "0xB4 enabled", {}}, {"PRODUCT_STATE", {}, "0x17", "-psrss"}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QVERIFY(model.index(1, ui::PendingDiffModel::Current)
                    .data()
                    .toString()
                    .contains(QLatin1String("-psrss")));
        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestOptionBytePanel)
#include "test_option_byte_panel.moc"
