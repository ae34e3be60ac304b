// What leaves the log view: export to text and to JSON lines (the journal's format) of the
// rows the filter shows, and Ctrl+C copying the selected rows as text lines.

#include <cstdlib>
#include <ctime>

#include <QClipboard>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/log_events.h"
#include "ui/log_export.h"
#include "ui/log_filter_proxy.h"
#include "ui/log_model.h"
#include "ui/log_view.h"

using namespace rescue;
using engine::LogLevel;
using rescue::test::logEvent;

namespace {

ui::LogBatch exportLines() {
    return {
        logEvent(10, LogLevel::Debug, "SWD", "DP IDR read 0x6BA02477", {}, 0),
        logEvent(11, LogLevel::Info, "DA", "Discovery answered: SDA version 1.0",
                 {{"psa_lifecycle", "0x3000"}}, 123),
        logEvent(12, LogLevel::Warning, "WIZARD", "Press and release RESET when asked", {}, 1500),
        logEvent(13, LogLevel::Error, "OB", "Write refused: \"WRP\" covers every sector", {}, 61001),
        logEvent(14, LogLevel::Info, "DA", "Größe: certificate chain of 2 checked", {}, 3600000),
    };
}

QStringList readLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("<cannot open %1>").arg(path)};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    return lines;
}

}  // namespace

class TestLogExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Text exports show local time; pin it so the expected lines are literal.
        qputenv("TZ", "UTC");
        tzset();
    }

    void exportText_data() {
        QTest::addColumn<int>("minimumLevel");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        const QString l10 = "2024-05-01 12:00:00.000  DEBUG  SWD       DP IDR read 0x6BA02477";
        const QString l11 =
            "2024-05-01 12:00:00.123  INFO   DA        Discovery answered: SDA version 1.0  "
            "{\"psa_lifecycle\":\"0x3000\"}";
        const QString l12 = "2024-05-01 12:00:01.500  WARN   WIZARD    Press and release RESET when asked";
        const QString l13 =
            "2024-05-01 12:01:01.001  ERROR  OB        Write refused: \"WRP\" covers every sector";
        const QString l14 = "2024-05-01 13:00:00.000  INFO   DA        Größe: certificate chain of 2 checked";
        QTest::newRow("all") << int(LogLevel::Debug) << QString() << QStringList{l10, l11, l12, l13, l14, ""};
        QTest::newRow("warnings") << int(LogLevel::Warning) << QString() << QStringList{l12, l13, ""};
        QTest::newRow("search") << int(LogLevel::Debug) << "CERTIFICATE" << QStringList{l14, ""};
        QTest::newRow("nothing visible") << int(LogLevel::Debug) << "no such text" << QStringList{""};
    }

    void exportText() {
        QFETCH(int, minimumLevel);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        ui::LogModel model;
        model.appendBatch(exportLines());
        ui::LogView view(&model);
        view.proxy()->setMinimumLevel(static_cast<LogLevel>(minimumLevel));
        view.proxy()->setSearchText(search);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QString error;
        QVERIFY2(view.exportVisibleRows(path, ui::LogView::ExportFormat::Text, &error), qPrintable(error));
        QCOMPARE(readLines(path), expected);
    }

    void exportJsonLinesRoundTrips() {
        ui::LogModel model;
        const ui::LogBatch lines = exportLines();
        model.appendBatch(lines);
        ui::LogView view(&model);
        view.proxy()->setMinimumLevel(LogLevel::Info);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        QString error;
        QVERIFY2(view.exportVisibleRows(path, ui::LogView::ExportFormat::JsonLines, &error),
                 qPrintable(error));

        QStringList jsonLines = readLines(path);
        QCOMPARE(jsonLines.size(), 5);  // four visible lines and the final newline
        QCOMPARE(jsonLines.takeLast(), QString());
        for (int i = 0; i < jsonLines.size(); ++i) {
            const auto json = nlohmann::json::parse(jsonLines[i].toStdString(), nullptr, false);
            QVERIFY2(json.is_object(), qPrintable(jsonLines[i]));
            const auto parsed = engine::parseEvent(json);
            QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
            // Everything the engine sent survives: sequence, job, both times, level, fields.
            QVERIFY2(*parsed == lines[static_cast<std::size_t>(i) + 1], qPrintable(jsonLines[i]));
        }
        // One object per line, as the journal writes them: the same bytes.
        QCOMPARE(jsonLines.first().toStdString(), engine::toJsonLine(lines[1]));
    }

    void exportToAnUnwritablePlaceSaysWhere() {
        ui::LogModel model;
        model.appendBatch(exportLines());
        ui::LogView view(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/log.txt"));
        QString error;
        QVERIFY(!view.exportVisibleRows(path, ui::LogView::ExportFormat::Text, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void ctrlCCopiesSelectedRowsAsText() {
        ui::LogModel model;
        model.appendBatch(exportLines());
        ui::LogView view(&model);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView* table = view.table();
        table->setFocus();
        table->selectionModel()->select(table->model()->index(3, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::keySequence(table, QKeySequence::Copy);
        // View order, not selection order.
        QCOMPARE(
            QApplication::clipboard()->text(),
            QStringLiteral("2024-05-01 12:00:00.123  INFO   DA        Discovery answered: SDA version 1.0  "
                           "{\"psa_lifecycle\":\"0x3000\"}\n"
                           "2024-05-01 12:01:01.001  ERROR  OB        Write refused: \"WRP\" covers every "
                           "sector"));

        // Copy follows the filter: the selected row is mapped back to its own line.
        view.proxy()->setMinimumLevel(LogLevel::Error);
        table->selectAll();
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(
            QApplication::clipboard()->text(),
            QStringLiteral("2024-05-01 12:01:01.001  ERROR  OB        Write refused: \"WRP\" covers every "
                           "sector"));
    }

    void nothingSelectedLeavesClipboardAlone() {
        ui::LogModel model;
        model.appendBatch(exportLines());
        ui::LogView view(&model);
        QApplication::clipboard()->setText(QStringLiteral("kept"));
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("kept"));
    }
};

QTEST_MAIN(TestLogExport)
#include "test_log_export.moc"
