#include <QtTest>

#include "cli/cli_runner.h"

class TestCliShell : public QObject {
    Q_OBJECT
private slots:
    void versionNamesTheProgram() {
        auto r = runRescue({"--version"});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QRegularExpression("^rescue \\d+\\.\\d+\\.\\d+\\s*$").match(r.out).hasMatch(), qPrintable(r.out));
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
