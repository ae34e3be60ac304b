// LogModel and LogFilterProxy: model invariants while rows arrive in batches and filters
// change, which lines each filter lets through, the row cap, and the compact storage.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "ui/log_events.h"
#include "ui/log_filter_proxy.h"
#include "ui/log_model.h"

using namespace rescue;
using engine::LogLevel;
using rescue::test::logEvent;

namespace {

// The fixture every filter row is checked against.
ui::LogBatch sampleLines() {
    ui::LogBatch b;
    std::uint64_t seq = 1;
    b.push_back(logEvent(seq++, LogLevel::Debug, "SWD", "DP IDR read 0x6BA02477"));
    b.push_back(logEvent(seq++, LogLevel::Info, "PROBE", "ST-LINK V3 found, firmware V3J15M7"));
    b.push_back(logEvent(seq++, LogLevel::Info, "DA", "Discovery started"));
    b.push_back(logEvent(seq++, LogLevel::Warning, "DA", "Target did not answer the DISCOVERY request"));
    b.push_back(logEvent(seq++, LogLevel::Error, "OB", "Write refused: WRP covers every sector"));
    b.push_back(logEvent(seq++, LogLevel::Info, "WIZARD", "Press RESET now"));
    b.push_back(logEvent(seq++, LogLevel::Debug, "ENGINE", "job queued"));
    b.push_back(logEvent(seq++, LogLevel::Warning, "SWD", "AP WAIT, retrying"));
    b.push_back(logEvent(seq++, LogLevel::Info, "DA", "Größe of the certificate chain checked"));
    return b;
}

QStringList visibleTexts(const ui::LogFilterProxy& proxy) {
    QStringList out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out << proxy.index(r, ui::LogModel::TextColumn).data().toString();
    return out;
}

std::string generatedText(int i) {
    static const char* const words[] = {"target", "halted", "mailbox", "retry", "Target"};
    return "line " + std::to_string(i) + " " + words[i % 5] + " reached 0x" + std::to_string(i * 7);
}

}  // namespace

class TestLogModel : public QObject {
    Q_OBJECT
private slots:
    void testersHoldWhileAppendingAndFiltering() {
        ui::LogModel model;
        model.setMaximumRows(0);
        ui::LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        static const char* const channels[] = {"SWD", "DA", "OB", "PROBE"};
        std::vector<engine::Event> all;
        int next = 0;
        auto appendBatch = [&](int lines) {
            ui::LogBatch batch;
            for (int i = 0; i < lines; ++i, ++next) {
                batch.push_back(logEvent(static_cast<std::uint64_t>(next), static_cast<LogLevel>(next % 4),
                                         channels[next % 4], generatedText(next)));
                // A non-log event in the middle of a batch is not a row.
                if (i == lines / 2) {
                    engine::Event progress;
                    progress.payload = engine::Progress{0.5, "halfway"};
                    batch.push_back(progress);
                }
            }
            all.insert(all.end(), batch.begin(), batch.end());
            model.appendBatch(batch);
        };
        // Counts what the proxy should show, independently of the proxy's code.
        auto expectedVisible = [&](LogLevel min, const QSet<QString>& hidden, const QString& search) {
            int n = 0;
            for (const auto& e : all) {
                const auto* log = std::get_if<engine::LogLine>(&e.payload);
                if (!log || log->level < min || hidden.contains(QString::fromStdString(log->channel)))
                    continue;
                if (!QString::fromStdString(log->text).contains(search, Qt::CaseInsensitive))
                    continue;
                ++n;
            }
            return n;
        };

        appendBatch(250);
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(proxy.rowCount(), 250);

        proxy.setMinimumLevel(LogLevel::Warning);
        appendBatch(333);
        QCOMPARE(proxy.rowCount(), expectedVisible(LogLevel::Warning, {}, {}));

        proxy.setHiddenChannels({QStringLiteral("OB")});
        appendBatch(100);
        QCOMPARE(proxy.rowCount(), expectedVisible(LogLevel::Warning, {QStringLiteral("OB")}, {}));

        proxy.setSearchText(QStringLiteral("TARGET"));
        appendBatch(400);
        QCOMPARE(proxy.rowCount(),
                 expectedVisible(LogLevel::Warning, {QStringLiteral("OB")}, QStringLiteral("target")));

        proxy.setMinimumLevel(LogLevel::Debug);
        proxy.setHiddenChannels({});
        appendBatch(17);
        QCOMPARE(proxy.rowCount(), expectedVisible(LogLevel::Debug, {}, QStringLiteral("target")));

        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(model.rowCount(), 250 + 333 + 100 + 400 + 17);

        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
        appendBatch(5);
        QCOMPARE(proxy.rowCount(), 5);
    }

    void oneInsertionPerBatch() {
        ui::LogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        ui::LogBatch batch;
        for (int i = 0; i < 1000; ++i)
            batch.push_back(logEvent(static_cast<std::uint64_t>(i), LogLevel::Info, "DA", generatedText(i)));
        model.appendBatch(batch);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 999);
        model.appendBatch(batch);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1000);
        QCOMPARE(inserted.at(1).at(2).toInt(), 1999);

        // A batch with no log line inserts nothing.
        engine::Event state;
        state.payload = engine::StateChange{"engine", "idle", {}};
        model.appendBatch({state});
        QCOMPARE(inserted.count(), 2);
    }

    void pacedModelAnnouncesOncePerInterval() {
        ui::LogModel model;
        ui::LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNotifyInterval(std::chrono::milliseconds(40));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int batch = 0; batch < 5; ++batch) {
            ui::LogBatch lines;
            for (int i = 0; i < 100; ++i)
                lines.push_back(logEvent(static_cast<std::uint64_t>(batch * 100 + i), LogLevel::Info, "DA",
                                         generatedText(batch * 100 + i)));
            model.appendBatch(lines);
        }
        // Stored, not yet announced: views have not been told, so they see nothing.
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingRows(), qsizetype(500));
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 499);
        QCOMPARE(proxy.rowCount(), 500);
        QCOMPARE(model.pendingRows(), qsizetype(0));

        model.append(logEvent(1000, LogLevel::Info, "DA", "one more"));
        model.announcePending();  // at once, without waiting for the interval
        QCOMPARE(model.rowCount(), 501);
        QCOMPARE(inserted.count(), 2);
        QTest::qWait(80);
        QCOMPARE(inserted.count(), 2);  // the timer found nothing left to announce
    }

    void filterRows_data() {
        QTest::addColumn<int>("minimumLevel");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("visible");

        const QString swd1 = "DP IDR read 0x6BA02477", probe = "ST-LINK V3 found, firmware V3J15M7",
                      da1 = "Discovery started", da2 = "Target did not answer the DISCOVERY request",
                      ob = "Write refused: WRP covers every sector", wizard = "Press RESET now",
                      engineLine = "job queued", swd2 = "AP WAIT, retrying",
                      da3 = "Größe of the certificate chain checked";
        const int debug = int(LogLevel::Debug), info = int(LogLevel::Info), warning = int(LogLevel::Warning),
                  error = int(LogLevel::Error);

        QTest::newRow("everything") << debug << QStringList{} << QString()
                                    << QStringList{swd1, probe, da1, da2, ob, wizard, engineLine, swd2, da3};
        QTest::newRow("info and above")
            << info << QStringList{} << QString() << QStringList{probe, da1, da2, ob, wizard, swd2, da3};
        QTest::newRow("warnings and errors")
            << warning << QStringList{} << QString() << QStringList{da2, ob, swd2};
        QTest::newRow("errors only") << error << QStringList{} << QString() << QStringList{ob};
        QTest::newRow("hide SWD") << debug << QStringList{"SWD"} << QString()
                                  << QStringList{probe, da1, da2, ob, wizard, engineLine, da3};
        QTest::newRow("hide SWD and DA")
            << debug << QStringList{"SWD", "DA"} << QString() << QStringList{probe, ob, wizard, engineLine};
        QTest::newRow("hide a channel nobody used")
            << debug << QStringList{"LAB"} << QString()
            << QStringList{swd1, probe, da1, da2, ob, wizard, engineLine, swd2, da3};
        QTest::newRow("search ignores case")
            << debug << QStringList{} << "discovery" << QStringList{da1, da2};
        QTest::newRow("search upper case") << debug << QStringList{} << "WAIT" << QStringList{swd2};
        QTest::newRow("search with punctuation")
            << debug << QStringList{} << "refused: wrp" << QStringList{ob};
        QTest::newRow("search non-ASCII case") << debug << QStringList{} << "größe" << QStringList{da3};
        QTest::newRow("search non-ASCII upper") << debug << QStringList{} << "GRÖßE" << QStringList{da3};
        QTest::newRow("search no match") << debug << QStringList{} << "bootloader" << QStringList{};
        QTest::newRow("search and level") << warning << QStringList{} << "discovery" << QStringList{da2};
        QTest::newRow("all three") << info << QStringList{"OB"} << "re"
                                   << QStringList{probe, da2, wizard, swd2};
    }

    void filterRows() {
        QFETCH(int, minimumLevel);
        QFETCH(QStringList, hidden);
        QFETCH(QString, search);
        QFETCH(QStringList, visible);

        ui::LogModel model;
        ui::LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.appendBatch(sampleLines());
        proxy.setMinimumLevel(static_cast<LogLevel>(minimumLevel));
        proxy.setHiddenChannels(QSet<QString>(hidden.begin(), hidden.end()));
        proxy.setSearchText(search);
        QCOMPARE(visibleTexts(proxy), visible);

        // Filters set before the lines arrive give the same answer.
        ui::LogModel model2;
        ui::LogFilterProxy proxy2;
        proxy2.setSourceModel(&model2);
        proxy2.setMinimumLevel(static_cast<LogLevel>(minimumLevel));
        proxy2.setHiddenChannels(QSet<QString>(hidden.begin(), hidden.end()));
        proxy2.setSearchText(search);
        for (const auto& e : sampleLines())
            model2.append(e);
        QCOMPARE(visibleTexts(proxy2), visible);
    }

    void channelSeenLaterIsShown() {
        ui::LogModel model;
        ui::LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QSignalSpy added(&model, &ui::LogModel::channelAdded);
        proxy.setHiddenChannels({QStringLiteral("SWD")});
        model.append(logEvent(1, LogLevel::Info, "SWD", "hidden"));
        model.append(logEvent(2, LogLevel::Info, "LAB", "Board H533 loaded"));
        model.append(logEvent(3, LogLevel::Info, "SWD", "hidden again"));
        QCOMPARE(visibleTexts(proxy), QStringList{QStringLiteral("Board H533 loaded")});
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(1).at(0).toString(), QStringLiteral("LAB"));
        QCOMPARE(model.channelNames(), (QList<QString>{QStringLiteral("SWD"), QStringLiteral("LAB")}));
    }

    void runawayChannelNamesShareOneOverflowChannel() {
        ui::LogStore store;
        constexpr int kChannels = 70000;  // more than a 16-bit id can tell apart
        for (int i = 0; i < kChannels; ++i)
            store.append(
                logEvent(static_cast<std::uint64_t>(i), LogLevel::Info, "CH" + std::to_string(i), "x"));
        QCOMPARE(store.size(), std::size_t(kChannels));
        QCOMPARE(store.channelCount(), std::size_t(65536));
        QCOMPARE(std::string(store.channelName(store.line(0).channel)), std::string("CH0"));
        QCOMPARE(std::string(store.channelName(store.line(65534).channel)), std::string("CH65534"));
        QCOMPARE(std::string(store.channelName(store.line(65535).channel)), std::string("(other)"));
        QCOMPARE(std::string(store.channelName(store.line(kChannels - 1).channel)), std::string("(other)"));
        // A known channel still gets its own id after the overflow.
        store.append(logEvent(1, LogLevel::Info, "CH7", "again"));
        QCOMPARE(std::string(store.channelName(store.line(kChannels).channel)), std::string("CH7"));
    }

    void columnsAndRoles() {
        ui::LogModel model;
        model.append(logEvent(41, LogLevel::Warning, "SWD", "DHCSR says the core is locked up",
                              {{"DHCSR", "0x00030003"}, {"attempt", 2}}, 5));
        model.append(logEvent(42, LogLevel::Info, "DA", "no fields here"));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(ui::LogModel::TextColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Message"));
        const QModelIndex text = model.index(0, ui::LogModel::TextColumn);
        QCOMPARE(text.data().toString(), QStringLiteral("DHCSR says the core is locked up"));
        QCOMPARE(model.index(0, ui::LogModel::LevelColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(0, ui::LogModel::ChannelColumn).data().toString(), QStringLiteral("SWD"));
        QCOMPARE(text.data(ui::LogModel::LevelRole).toInt(), int(LogLevel::Warning));
        QCOMPARE(text.data(ui::LogModel::SequenceRole).toULongLong(), 41ull);
        QCOMPARE(text.data(ui::LogModel::JobRole).toULongLong(), 7ull);
        const auto fields =
            nlohmann::json::parse(text.data(ui::LogModel::FieldsRole).toString().toStdString());
        QCOMPARE(fields.at("DHCSR").get<std::string>(), std::string("0x00030003"));
        QCOMPARE(fields.at("attempt").get<int>(), 2);
        const QString tip = text.data(Qt::ToolTipRole).toString();
        const QStringList tipLines = tip.split(QLatin1Char('\n'));
        QCOMPARE(tipLines.size(), 4);
        QVERIFY2(tipLines[0].contains(QLatin1String("Warning  SWD  (job 7, session 1, event 41)")),
                 qPrintable(tip));
        QCOMPARE(tipLines[1], QStringLiteral("DHCSR says the core is locked up"));
        QCOMPARE(tipLines[2], QStringLiteral("DHCSR: 0x00030003"));
        QCOMPARE(tipLines[3], QStringLiteral("attempt: 2"));
        QVERIFY(model.index(1, 0).data(ui::LogModel::FieldsRole).toString().isEmpty());
        QCOMPARE(model.index(1, 0).data(ui::LogModel::DetailsRole).toString().count(QLatin1Char('\n')), 1);
    }

    void capDropsOldestLinesInBlocks() {
        ui::LogModel model;
        model.setMaximumRows(10000);
        ui::LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int next = 0;
        for (int batch = 0; batch < 5; ++batch) {
            ui::LogBatch lines;
            for (int i = 0; i < 3000; ++i, ++next)
                lines.push_back(
                    logEvent(static_cast<std::uint64_t>(next), LogLevel::Info, "DA", generatedText(next)));
            model.appendBatch(lines);
            QVERIFY(model.rowCount() <= 10000);
        }
        // 15000 lines arrived; the oldest whole blocks of 4096 went: 2 blocks, 8192 lines.
        QCOMPARE(model.rowCount(), 15000 - 2 * 4096);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(model.index(0, ui::LogModel::TextColumn).data().toString(),
                 QString::fromStdString(generatedText(8192)));
        QCOMPARE(model.index(model.rowCount() - 1, ui::LogModel::TextColumn).data().toString(),
                 QString::fromStdString(generatedText(14999)));

        // Lowering the cap trims at once; 0 lifts it.
        model.setMaximumRows(3000);
        QVERIFY(model.rowCount() <= 3000);
        QVERIFY(model.rowCount() > 3000 - 4096);
        model.setMaximumRows(0);
        QCOMPARE(model.maximumRows(), qsizetype(0));
    }

    void storageStaysCompact() {
        ui::LogModel model;
        model.setMaximumRows(0);
        constexpr int kLines = 50000;
        ui::LogBatch batch;
        for (int i = 0; i < kLines; ++i) {
            // A typical 60-character line.
            std::string text =
                "SWD read of 0xE000EDF0 returned 0x" + std::to_string(1000000 + i) + " after 3 retries";
            text.resize(60, '.');
            batch.push_back(
                logEvent(static_cast<std::uint64_t>(i), LogLevel::Info, i % 2 ? "SWD" : "DA", text));
            if (batch.size() == 4000) {
                model.appendBatch(batch);
                batch.clear();
            }
        }
        model.appendBatch(batch);
        QCOMPARE(model.rowCount(), kLines);
        const double perLine = double(model.store().bytesReserved()) / kLines;
        qInfo("stored line: %.1f bytes (60 characters of text)", perLine);
        QVERIFY2(perLine < 200.0, qPrintable(QString::number(perLine)));
        QVERIFY2(perLine >= 48.0 + 60.0, "the estimate counts the fixed fields and the text");
    }
};

QTEST_MAIN(TestLogModel)
#include "test_log_model.moc"
