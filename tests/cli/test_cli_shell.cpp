#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli/cli_runner.h"

class TestCliShell : public QObject {
    Q_OBJECT
private slots:
    void versionNamesTheProgram() {
        auto r = runRescue({"--version"});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QRegularExpression("^rescue \\d+\\.\\d+\\.\\d+\\s*$").match(r.out).hasMatch(),
                 qPrintable(r.out));
    }

    void helpDocumentsCommandsAndExitCodes() {
        auto r = runRescue({"--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char* word : {"probes", "connect", "lab", "da", "ob", "erase", "wizard", "--json"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
        for (const char* code : {"0  done", "1  the operation or the target said no", "2  usage",
                                 "3  probe or connection error", "4  refused by the validator"})
            QVERIFY2(r.out.contains(QLatin1String(code)), code);
    }

    // `rescue errors CODE` explains the code an error printed in brackets; --json gives the
    // same entry to scripts; the whole catalogue is there without a code.
    void errorsExplainsACode() {
        auto r = runRescue({"errors", "da.chip-open"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("da.chip-open  "), qPrintable(r.out));
        QVERIFY(r.out.contains("cause: "));
        QVERIFY(r.out.contains("fix: "));
        auto j = runRescue({"--json", "errors", "probe.timeout"});
        QCOMPARE(j.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(j.out.toUtf8()).object();
        const auto entry = doc.value("errors").toArray().at(0).toObject();
        QCOMPARE(entry.value("code").toString(), QStringLiteral("probe.timeout"));
        QVERIFY(!entry.value("fix").toString().isEmpty());
        auto all = runRescue({"errors"});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.count(QStringLiteral("\n  cause: ")) > 300);
        auto table = runRescue({"errors", "--markdown"});
        QVERIFY(table.out.startsWith("| Message | Code | Cause | Fix |"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("unknown option") << QStringList{"--frobnicate"};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        auto r = runRescue(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("error: "));
        QVERIFY(r.out.isEmpty());
    }

    void usageErrorInJsonIsOneObject() {
        auto r = runRescue({"--json", "frobnicate"});
        QCOMPARE(r.exitCode, 2);
        auto json = r.json();
        QCOMPARE(json.value("ok").toBool(true), false);
        QCOMPARE(json.value("exit_code").toInt(), 2);
        QCOMPARE(json.value("error").toObject().value("code").toString(), QStringLiteral("cli.usage"));
    }
};

QTEST_GUILESS_MAIN(TestCliShell)
#include "test_cli_shell.moc"
