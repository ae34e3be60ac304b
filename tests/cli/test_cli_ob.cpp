// `rescue ob read|check|write` and `rescue erase` end to end on lab boards: the second field
// report (Open -> TZ-Closed refused; two steps without DA need the phrase), the first report's
// write protection (mass erase names WRP and the sectors, the offered fix works, erase then
// succeeds), JSON export/import and bad input.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {

bool hasFinding(const QJsonObject& j, const QString& code, const QString& grade) {
    for (const auto& f : j.value("findings").toArray())
        if (f.toObject().value("code").toString() == code && f.toObject().value("grade").toString() == grade)
            return true;
    return false;
}

}  // namespace

class TestCliOb : public QObject {
    Q_OBJECT

private slots:
    void init() {
        for (const char* board : {"h533-open-tz", "h7s78-open-wrp-all", "h563-open-healthy"})
            QCOMPARE(runRescue({"lab", "reset", board}).exitCode, 0);
    }

    void readShowsFieldsAndCost() {
        const CliRun r = runRescue({"--json", "ob", "read", "--probe", "lab:h533-open-tz"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value("family").toString(), QString("stm32h52x-h53x"));
        QString tzen, state;
        for (const auto& f : j.value("fields").toArray()) {
            if (f.toObject().value("name") == "TZEN")
                tzen = f.toObject().value("display").toString();
            if (f.toObject().value("name") == "PRODUCT_STATE")
                state = f.toObject().value("display").toString();
        }
        QCOMPARE(state, QString("0xED Open"));
        QVERIFY(tzen.startsWith("0xB4"));
        QVERIFY(j.value("round_trips").toInt() > 0);
        QVERIFY(j.value("lab_time_ms").toDouble() > 0);
    }

    void secondFieldReport() {
        // One step: refused with the two-step path, nothing written.
        CliRun r = runRescue(
            {"--json", "ob", "write", "--probe", "lab:h533-open-tz", "--set", "PRODUCT_STATE=0xC6"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(hasFinding(r.json(), "ob.open-jump", "refused"));
        r = runRescue({"--json", "ob", "read", "--probe", "lab:h533-open-tz"});
        QVERIFY(r.out.contains("0xED Open"));

        // Step one, as ST's scripts write it.
        r = runRescue(
            {"--json", "ob", "write", "--probe", "lab:h533-open-tz", "--set", "-ob PRODUCT_STATE=0x17"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(hasFinding(r.json(), "ob.provisioning", "risky"));

        // Step two without DA: the discovery says none is provisioned; the phrase is required.
        r = runRescue(
            {"--json", "ob", "check", "--probe", "lab:h533-open-tz", "--set", "PRODUCT_STATE=0xC6"});
        QCOMPARE(r.exitCode, 4);
        QJsonObject j = r.json();
        QVERIFY(hasFinding(j, "ob.close-without-da", "irreversible"));
        QCOMPARE(j.value("da_provisioning").toObject().value("status").toString(),
                 QString("not-provisioned"));
        const QString phrase = j.value("confirmations_required").toArray().at(0).toString();
        QVERIFY(phrase.startsWith("close ") && phrase.endsWith(" without DA"));

        r = runRescue({"ob", "write", "--probe", "lab:h533-open-tz", "--set", "PRODUCT_STATE=0xC6",
                       "--confirm", "close it"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(runRescue({"ob", "read", "--probe", "lab:h533-open-tz"}).out.contains("0x17 Provisioning"));

        r = runRescue({"--json", "ob", "write", "--probe", "lab:h533-open-tz", "--set", "PRODUCT_STATE=0xC6",
                       "--confirm", phrase});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(runRescue({"ob", "read", "--probe", "lab:h533-open-tz"}).out.contains("0xC6 TZ-Closed"));
    }

    // The second step with a DA configuration provisioned (certificates, TZEN 0xB4): risky, no
    // phrase, and the chip lands in TZ-Closed.
    void closingWithDaProvisioned() {
        QTemporaryDir dir;
        const QString path = dir.filePath("h533-provisioning-da.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"name": "h533-provisioning-da", "description": "Provisioning with DA",
            "chip": "STM32H533RE", "probe": {"model": "STLINK-V2", "firmware": "V2J46S7", "nrst_wired": true},
            "lifecycle": "provisioning", "option_bytes": {"TZEN": "0xB4"},
            "da": {"method": "certificate", "permissions": "0x00005077",
                   "root_public_key": "%1/resources/credentials/h5/Keys/key_1_root_pub.pem"}})")
                    .arg(RESCUE_SOURCE_DIR)
                    .toUtf8());
        f.close();
        const QString uri = "lab:" + path;
        const CliRun r = runRescue({"--json", "ob", "write", "--probe", uri, "--set", "PRODUCT_STATE=0xC6"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value("da_provisioning").toObject().value("status").toString(), QString("provisioned"));
        QVERIFY(hasFinding(j, "ob.close", "risky"));
        QVERIFY(j.value("confirmations_required").toArray().isEmpty());
        QVERIFY(runRescue({"ob", "read", "--probe", uri}).out.contains("0xC6 TZ-Closed"));
        (void)runRescue({"lab", "reset", path});
    }

    void provisioningToOpenIsARegression() {
        QCOMPARE(
            runRescue({"ob", "write", "--probe", "lab:h533-open-tz", "--set", "PRODUCT_STATE=0x17"}).exitCode,
            0);
        const CliRun r = runRescue(
            {"--json", "ob", "check", "--probe", "lab:h533-open-tz", "--set", "PRODUCT_STATE=Open"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(hasFinding(r.json(), "ob.regression-not-ob", "refused"));
        QVERIFY(r.out.contains("--permission full-regression"));
    }

    void firstFieldReportWrp() {
        CliRun r = runRescue({"--json", "erase", "--probe", "lab:h7s78-open-wrp-all", "--mass"});
        QCOMPARE(r.exitCode, 1);
        QJsonObject j = r.json();
        const QString message = j.value("error").toObject().value("message").toString();
        QVERIFY2(message.contains("write protection") && message.contains("sector(s) 0-7"),
                 qPrintable(r.out));
        const QString fix = j.value("offer").toObject().value("command").toString();
        QCOMPARE(fix, QString("rescue ob write --probe lab:h7s78-open-wrp-all --set WRPS=0xFF"));

        QStringList args = fix.split(' ');
        args.removeFirst();
        QCOMPARE(runRescue(args).exitCode, 0);
        r = runRescue({"erase", "--probe", "lab:h7s78-open-wrp-all", "--mass"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("erased"));
    }

    void protectingEverythingIsFlagged() {
        const CliRun r =
            runRescue({"--json", "ob", "check", "--probe", "lab:h563-open-healthy", "--set", "WRPSGn1=0"});
        QCOMPARE(r.exitCode, 0);  // risky is shown, not blocked
        QVERIFY(hasFinding(r.json(), "ob.wrp-all", "risky"));
        QVERIFY(r.out.contains("no erase or programming will succeed"));
    }

    void exportImportRoundTrip() {
        QTemporaryDir dir;
        const QString file = dir.filePath("h563.json");
        QCOMPARE(runRescue({"ob", "read", "--probe", "lab:h563-open-healthy", "--export", file}).exitCode, 0);
        const CliRun r =
            runRescue({"--json", "ob", "check", "--probe", "lab:h563-open-healthy", "--import", file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value("changes").toArray().isEmpty());
    }

    void badInput_data() {
        QTest::addColumn<QString>("content");  // empty: use --set below
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << ""
                                       << "WRPSG1X=0"
                                       << "not an option-byte field";
        QTest::newRow("out of range") << ""
                                      << "SWAP_BANK=2"
                                      << "does not fit";
        QTest::newRow("bad code") << ""
                                  << "TZEN=0x12"
                                  << "TZEN";
        QTest::newRow("malformed json") << "{\"family\": "
                                        << ""
                                        << "not valid JSON";
        QTest::newRow("not an export") << "{\"family\": \"stm32h56x-h57x\"}"
                                       << ""
                                       << "format";
        QTest::newRow("unknown register") << "{\"format\":\"rescue-option-bytes\",\"family\":\"stm32h56x-"
                                             "h57x\",\"registers\":{\"OPTSR9\":\"0x0\"}}"
                                          << ""
                                          << "OPTSR9";
        QTest::newRow("unknown field in file") << "{\"format\":\"rescue-option-bytes\",\"family\":"
                                                  "\"stm32h56x-h57x\",\"fields\":{\"TZENN\":\"0xB4\"}}"
                                               << ""
                                               << "TZENN";
        QTest::newRow("field value out of range") << "{\"format\":\"rescue-option-bytes\",\"family\":"
                                                     "\"stm32h56x-h57x\",\"fields\":{\"SWAP_BANK\":\"7\"}}"
                                                  << ""
                                                  << "SWAP_BANK";
    }
    void badInput() {
        QFETCH(QString, content);
        QFETCH(QString, set);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QStringList args{"--json", "ob", "check", "--probe", "lab:h563-open-healthy"};
        if (set.isEmpty()) {
            const QString file = dir.filePath("bad.json");
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content.toUtf8());
            f.close();
            args << "--import" << file;
        } else {
            args << "--set" << set;
        }
        const CliRun r = runRescue(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void eraseNeedsOneKind() {
        QCOMPARE(runRescue({"erase", "--probe", "lab:h563-open-healthy"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOb)
#include "test_cli_ob.moc"
