// The support bundle (core/recovery/support_bundle.h) after real wizard runs on lab boards:
// every file is there, the outcome and the journal are in it, and no byte of the key or the
// password the person chose appears anywhere, raw, as hex or as base64.

#include <fstream>
#include <iterator>

#include <QByteArray>
#include <QTemporaryDir>
#include <QtTest>

#include "core/auth/certificate_chain.h"
#include "core/auth/password.h"
#include "core/device/catalog.h"
#include "core/engine/engine.h"
#include "core/recovery/support_bundle.h"
#include "core/recovery/wizard.h"
#include "core/sim/lab/lab_bench_probe.h"
#include "core/sim/lab/simulated_operator.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
namespace fs = std::filesystem;

namespace {

const fs::path kCredentials = fs::path(RESCUE_SOURCE_DIR) / "resources/credentials";

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// What must never be in a bundle: the secret itself and its common encodings.
QList<QByteArray> forms(const QByteArray& secret) {
    return {secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64()};
}

// The secret bytes behind the files: a PEM key's base64 body lines, a password's raw bytes.
QList<QByteArray> secretsOf(const QStringList& files) {
    QList<QByteArray> out;
    for (const QString& f : files) {
        const QByteArray text = QByteArray::fromStdString(readAll(f.toStdString()));
        if (text.contains("PRIVATE KEY")) {
            for (const QByteArray& line : text.split('\n'))
                if (!line.startsWith("-----") && line.trimmed().size() >= 16)
                    out << line.trimmed() << QByteArray::fromBase64(line.trimmed());
            continue;
        }
        auto pw = auth::loadPasswordFile(f.toStdString());
        if (pw) {
            const auto v = pw->password.view();
            out << forms(
                QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size())));
        }
    }
    return out;
}

}  // namespace

class TestSupportBundle : public QObject {
    Q_OBJECT
private slots:
    void bundleHasEverythingAndNoSecret_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("secretFiles");
        QTest::addColumn<bool>("recovered");
        const QString c = QString::fromStdString(kCredentials.string());
        QTest::newRow("H7S7 field report, certificate")
            << "h7s78-closed-nrst-unwired"
            << QStringList{c + "/h7rs/Keys/key_3_leaf.pem", c + "/h7rs/Certificates/cert_leaf_chain.b64"}
            << true;
        QTest::newRow("H503, password")
            << "h503-closed-password" << QStringList{c + "/h503/da_password.bin"} << true;
        QTest::newRow("H533 TZ-Closed without DA") << "h533-tzclosed-no-da" << QStringList{} << false;
    }

    void bundleHasEverythingAndNoSecret() {
        QFETCH(QString, scenario);
        QFETCH(QStringList, secretFiles);
        QFETCH(bool, recovered);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path root = dir.path().toStdString();

        auto sc = sim::loadScenarioByNameOrPath(scenario.toStdString());
        QVERIFY(sc);
        auto rig = testsupport::LabProbeRig::create(*sc);
        QVERIFY(rig);
        auto probe = sim::lab::withLabBench(std::move((*rig)->probe), (*rig)->board());
        engine::EngineOptions eo;
        eo.clock = (*rig)->clock;
        eo.journalDir = root / "journals";
        engine::Engine engine(eo);
        sim::lab::SimulatedOperator person(engine, *probe->labBench(), *(*rig)->clock, 7);

        recovery::WizardOptions options;
        options.memoryFile = root / "memory.json";
        for (const QString& f : secretFiles) {
            if (f.endsWith(QLatin1String(".pem"))) {
                auth::CertificateCredentials cred;
                cred.leafKey =
                    std::make_shared<auth::PrivateKey>(auth::PrivateKey::loadFile(f.toStdString()).value());
                cred.chain = auth::loadChainFile(secretFiles.at(1).toStdString()).value().chain;
                options.certificate = cred;
            } else if (f.endsWith(QLatin1String("password.bin"))) {
                options.password =
                    auth::PasswordCredentials{auth::loadPasswordFile(f.toStdString()).value().password};
            }
        }
        const auto session = engine.openSession("wizard");
        auto outcome =
            recovery::runWizardJob(engine, session, *probe, device::sharedCatalog().value(), options);
        QVERIFY2(outcome, outcome ? "" : outcome.error().describe().c_str());
        QCOMPARE(outcome->openAndErasable, recovered);

        recovery::SupportBundleInput in;
        in.outcome = &*outcome;
        in.journalFile = engine.journalPath();
        for (const QString& f : secretFiles)
            in.secretFiles.push_back(f.toStdString());
        const fs::path bundle = root / "bundle";
        auto written = recovery::writeSupportBundle(in, bundle);
        QVERIFY2(written, written ? "" : written.error().describe().c_str());
        for (const char* name : {"README.txt", "report.txt", "wizard.json", "identification.json",
                                 "option-bytes-before.json", "option-bytes-after.json", "journal.jsonl"})
            QVERIFY2(fs::is_regular_file(bundle / name), name);

        // What a support person reads: the report and the verdict, the journal of the run.
        const std::string report = readAll(bundle / "report.txt");
        QCOMPARE(report, recovery::reportText(*outcome));
        const auto wizard = nlohmann::json::parse(readAll(bundle / "wizard.json"));
        QCOMPARE(wizard.value("open_and_erasable", !recovered), recovered);
        const auto ident = nlohmann::json::parse(readAll(bundle / "identification.json"));
        QCOMPARE(ident["device"].get<std::string>(), outcome->diagnosis.facts.deviceName);
        const std::string journal = readAll(bundle / "journal.jsonl");
        QVERIFY(journal.find("WIZARD") != std::string::npos);

        const QList<QByteArray> secrets = secretsOf(secretFiles);
        QCOMPARE(secrets.isEmpty(), secretFiles.isEmpty());
        for (const auto& entry : fs::directory_iterator(bundle)) {
            const QByteArray text = QByteArray::fromStdString(readAll(entry.path()));
            for (const QByteArray& s : secrets)
                QVERIFY2(!text.contains(s),
                         qPrintable(QStringLiteral("%1 holds a secret (%2 bytes)")
                                        .arg(QString::fromStdString(entry.path().filename().string()))
                                        .arg(s.size())));
        }
    }

    // The second guard: a secret that slipped into the outcome's text is replaced, not shipped.
    void secretInTheOutcomeIsRedacted() {
        QTemporaryDir dir;
        const QString pwFile = QString::fromStdString((kCredentials / "h503/da_password.bin").string());
        auto pw = auth::loadPasswordFile(pwFile.toStdString());
        QVERIFY(pw);
        const auto v = pw->password.view();
        const std::string password(reinterpret_cast<const char*>(v.data()), v.size());
        recovery::WizardOutcome o;
        o.commands.push_back("STM32_Programmer_CLI -c port=SWD pwd=" + password);
        recovery::SupportBundleInput in;
        in.outcome = &o;
        in.secretFiles = {pwFile.toStdString()};
        const fs::path bundle = fs::path(dir.path().toStdString()) / "b";
        QVERIFY(recovery::writeSupportBundle(in, bundle));
        const std::string json = readAll(bundle / "wizard.json");
        QVERIFY(json.find(password) == std::string::npos);
        QVERIFY(json.find("[redacted]") != std::string::npos);
        QVERIFY(!fs::exists(bundle / "journal.jsonl"));  // no journal given, none written
    }

    void noOutcomeIsAnError() {
        QTemporaryDir dir;
        auto r = recovery::writeSupportBundle({}, fs::path(dir.path().toStdString()) / "b");
        QVERIFY(!r);
        QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("recovery.bundle-empty"));
    }
};

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "test_support_bundle.moc"
