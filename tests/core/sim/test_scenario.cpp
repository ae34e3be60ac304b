#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/sim/scenario.h"

using namespace rescue;
using nlohmann::json;

namespace {
// A public key file is only checked for existence by the loader; the chip model parses it.
void touch(const std::filesystem::path& p) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p) << "-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n";
}
}  // namespace

class TestScenario : public QObject {
    Q_OBJECT
private slots:
    void issueExampleLoadsAsIs() {
        QTemporaryDir dir;
        const std::filesystem::path base = dir.path().toStdString();
        touch(base / "keys/root_pub.pem");
        std::ofstream(base / "example.json") << R"({"name": "example", "chip": "STM32H7S7L8",
 "probe": {"model": "STLINK-V3SET", "firmware": "V3J17M10B6S1", "nrst_wired": false},
 "lifecycle": "closed",
 "da": {"method": "certificate", "root_public_key": "keys/root_pub.pem",
        "permissions": "0x80000000000000000000000000004007"},
 "option_bytes": {"WRPS": "0x00"}})";
        auto sc = sim::loadScenarioFile(base / "example.json");
        QVERIFY2(sc.ok(), sc.ok() ? "" : sc.error().message.c_str());
        QCOMPARE(QString::fromStdString(sc->name), QStringLiteral("example"));
        QCOMPARE(QString::fromStdString(sc->chip), QStringLiteral("STM32H7S7L8"));
        QCOMPARE(QString::fromStdString(sc->probe.model), QStringLiteral("STLINK-V3SET"));
        QCOMPARE(QString::fromStdString(sc->probe.firmware), QStringLiteral("V3J17M10B6S1"));
        QCOMPARE(sc->probe.nrstWired, false);
        QCOMPARE(QString::fromStdString(sc->lifecycle), QStringLiteral("closed"));
        QVERIFY(sc->da.has_value());
        QCOMPARE(sc->da->method, sim::DaMethod::Certificate);
        QCOMPARE(sc->da->rootPublicKey, base / "keys/root_pub.pem");
        QCOMPARE(QString::fromStdString(sc->da->permissions),
                 QStringLiteral("0x80000000000000000000000000004007"));
        QCOMPARE(sc->optionBytes.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(sc->optionBytes.at("WRPS").get<std::string>()), QStringLiteral("0x00"));
        QVERIFY(!sc->seed.has_value());
    }

    void shippedScenariosAllLoad() {
        // The two field reports and the boards the later issues rely on, by name.
        const QStringList expected = {"h7s78-closed-nrst-unwired", "h533-open-tz", "h533-provisioning-no-da",
                                      "h533-tzclosed-no-da",       "h563-closed-da", "h503-closed-password",
                                      "h7s78-open-healthy",        "h563-open-healthy",
                                      "h7s78-open-nrst-unwired",   "h7s78-open-wrp-all"};
        QStringList names;
        for (const auto& listing : sim::listShippedScenarios()) {
            auto sc = sim::loadScenarioFile(listing.file);
            QVERIFY2(sc.ok(), sc.ok() ? "" : sc.error().message.c_str());
            names << QString::fromStdString(sc->name);
            QVERIFY2(!sc->description.empty(), sc->name.c_str());
            QCOMPARE(listing.file.stem().string(), sc->name);
        }
        for (const auto& name : expected)
            QVERIFY2(names.contains(name), qPrintable(name));
        auto byName = sim::loadScenarioByNameOrPath("h7s78-closed-nrst-unwired");
        QVERIFY(byName.ok());
        QCOMPARE(byName->probe.nrstWired, false);
        QVERIFY(byName->da.has_value());
    }

    void documentedExampleLoads() {
        auto sc = sim::loadScenarioByNameOrPath(RESCUE_SOURCE_DIR "/docs/examples/scenario/example.json");
        QVERIFY2(sc.ok(), sc.ok() ? "" : sc.error().message.c_str());
        QCOMPARE(QString::fromStdString(sc->name), QStringLiteral("example"));
    }

    void passwordMethodAndSeed() {
        QTemporaryDir dir;
        const std::filesystem::path base = dir.path().toStdString();
        std::ofstream(base / "pw.bin") << "0123456789012345";
        json j = {{"name", "pw"}, {"chip", "STM32H503RB"}, {"lifecycle", "0x72"}, {"seed", 42},
                  {"da", {{"method", "password"}, {"password_file", "pw.bin"}}}};
        auto sc = sim::parseScenario(j, base, "pw.json");
        QVERIFY(sc.ok());
        QCOMPARE(sc->da->method, sim::DaMethod::Password);
        QCOMPARE(sc->da->passwordFile, base / "pw.bin");
        QCOMPARE(sc->seed.value(), std::uint64_t(42));
        QCOMPARE(sc->probe.nrstWired, true);  // the default: a correctly wired board
    }

    void badScenariosNameTheFieldAndExpectation_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an object") << "[1]" << "" << "must be a JSON object";
        QTest::newRow("no name") << R"({"chip":"STM32H563ZI"})" << "\"name\"" << "is required";
        QTest::newRow("no chip") << R"({"name":"x"})" << "\"chip\"" << "is required";
        QTest::newRow("unknown field") << R"({"name":"x","chip":"STM32H563ZI","colour":"red"})" << "\"colour\""
                                       << "is not a scenario field";
        QTest::newRow("probe model") << R"({"name":"x","chip":"STM32H563ZI","probe":{"model":"JLINK"}})"
                                     << "\"probe.model\"" << "must be one of";
        QTest::newRow("nrst type") << R"({"name":"x","chip":"STM32H563ZI","probe":{"nrst_wired":"no"}})"
                                   << "\"probe.nrst_wired\"" << "must be true or false";
        QTest::newRow("da method") << R"({"name":"x","chip":"STM32H563ZI","da":{"method":"magic"}})"
                                   << "\"da.method\"" << "must be \"certificate\" or \"password\"";
        QTest::newRow("missing key file")
            << R"({"name":"x","chip":"STM32H563ZI","da":{"method":"certificate","root_public_key":"nope.pem","permissions":"0x1"}})"
            << "\"da.root_public_key\"" << "does not exist";
        QTest::newRow("cert without mask")
            << R"({"name":"x","chip":"STM32H563ZI","da":{"method":"certificate","root_public_key":"k.pem"}})"
            << "\"da.permissions\"" << "is required";
        QTest::newRow("password without file") << R"({"name":"x","chip":"STM32H563ZI","da":{"method":"password"}})"
                                               << "\"da.password_file\"" << "is required";
        QTest::newRow("option byte value") << R"({"name":"x","chip":"STM32H563ZI","option_bytes":{"TZEN":[1]}})"
                                           << "\"option_bytes.TZEN\"" << "must be a number or a string";
        QTest::newRow("seed") << R"({"name":"x","chip":"STM32H563ZI","seed":-1})" << "\"seed\""
                              << "non-negative integer";
        QTest::newRow("lifecycle type") << R"({"name":"x","chip":"STM32H563ZI","lifecycle":17})"
                                        << "\"lifecycle\"" << "must be a state name";
    }
    void badScenariosNameTheFieldAndExpectation() {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::filesystem::path base = dir.path().toStdString();
        std::ofstream(base / "k.pem") << "x";
        std::ofstream(base / "bad.json") << text.toStdString();
        auto sc = sim::loadScenarioFile(base / "bad.json");
        QVERIFY(!sc.ok());
        const QString message = QString::fromStdString(sc.error().message);
        QVERIFY2(message.contains("bad.json"), qPrintable(message));
        QVERIFY2(message.contains(field), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void malformedJsonAndMissingFile() {
        QTemporaryDir dir;
        const std::filesystem::path base = dir.path().toStdString();
        std::ofstream(base / "broken.json") << R"({"name": "x",)";
        auto broken = sim::loadScenarioFile(base / "broken.json");
        QVERIFY(!broken.ok());
        QVERIFY(QString::fromStdString(broken.error().message).contains("not valid JSON"));
        auto missing = sim::loadScenarioFile(base / "missing.json");
        QVERIFY(!missing.ok());
        QCOMPARE(QString::fromStdString(missing.error().code), QStringLiteral("scenario.unreadable"));
    }

    void nameOrPathRule() {
        auto unknown = sim::loadScenarioByNameOrPath("no-such-board");
        QVERIFY(!unknown.ok());
        QCOMPARE(QString::fromStdString(unknown.error().code), QStringLiteral("scenario.unknown"));
        // Anything with a slash or .json suffix is a path, even when it names nothing.
        auto path = sim::loadScenarioByNameOrPath("no-such-board.json");
        QCOMPARE(QString::fromStdString(path.error().code), QStringLiteral("scenario.unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "test_scenario.moc"
