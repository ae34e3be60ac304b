// Option-byte JSON files (`rescue ob read --export`, `ob check --import`): an export imports
// back to the same image, and a file that is not one is refused with the error that says
// why, never with an exception (the fuzzer's find: {"format": 1} threw from json::value()).

#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/optionbytes/catalog_fixture.h"
#include "core/optionbytes/ob_json.h"

using namespace rescue;
using namespace rescue::optionbytes;

class TestObJson : public QObject {
    Q_OBJECT
private slots:
    void exportImports() {
        const auto part = test::part("STM32H533RE");
        OptionByteImage image = OptionByteImage::blank(part.family);
        QVERIFY(image.setField("TZEN", 0xB4).ok());
        const std::string text = exportJson(image, &part).dump(2);
        auto imported = importJson(text, *test::shippedCatalog());
        QVERIFY2(imported.ok(), imported ? "" : imported.error().describe().c_str());
        QVERIFY(imported->image == image);
        QVERIFY(imported->part.has_value());
        QCOMPARE(QString::fromStdString(imported->part->partNumber), QString::fromStdString(part.partNumber));
    }

    // A chip may hold a code the catalog does not list (NSBOOT_LOCK = 0x7C): its export
    // restates it as a field, and the file must import as read (the fuzzer's second find).
    void unlistedCodeAsReadImports() {
        const auto part = test::part("STM32H563ZI");
        OptionByteImage image = OptionByteImage::blank(part.family);
        const auto nsbootr = image.registers().at("NSBOOTR");
        QVERIFY(image.setRegister("NSBOOTR", (nsbootr & ~0xFFu) | 0x7Cu).ok());
        QCOMPARE(image.field("NSBOOT_LOCK").valueOr(0), 0x7Cu);
        const std::string text = exportJson(image, &part).dump(2);
        auto imported = importJson(text, *test::shippedCatalog());
        QVERIFY2(imported.ok(), imported ? "" : imported.error().describe().c_str());
        QVERIFY(imported->image == image);

        // Asking for that code as a change (the registers say otherwise) is still refused.
        auto edited = nlohmann::json::parse(text);
        edited["registers"]["NSBOOTR"] = "0x080000C3";
        auto refused = importJson(edited.dump(), *test::shippedCatalog());
        QVERIFY(!refused.ok());
        QCOMPARE(QString::fromStdString(refused.error().code), QStringLiteral("optionbytes.invalid-code"));
    }

    void refused_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "optionbytes.json-malformed";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "optionbytes.json-malformed";
        QTest::newRow("no format") << QByteArray("{\"family\": \"stm32h7rs\"}") << "optionbytes.json-format";
        QTest::newRow("format is a number (threw)")
            << QByteArray("{\"format\": 1}") << "optionbytes.json-format";
        QTest::newRow("format is null (threw)")
            << QByteArray("{\"format\": null}") << "optionbytes.json-format";
        QTest::newRow("another format")
            << QByteArray("{\"format\": \"rescue-journal\", \"family\": \"stm32h7rs\"}")
            << "optionbytes.json-format";
        QTest::newRow("family not a string")
            << QByteArray("{\"format\": \"rescue-option-bytes\", \"family\": 7}")
            << "optionbytes.json-family";
        QTest::newRow("register value not 32-bit")
            << QByteArray(
                   "{\"format\": \"rescue-option-bytes\", \"family\": \"stm32h52x-h53x\", "
                   "\"registers\": {\"OPTSR\": \"0x1FFFFFFFF\"}}")
            << "optionbytes.json-value";
    }
    void refused() {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto imported = importJson(text.toStdString(), *test::shippedCatalog());
        QVERIFY(!imported.ok());
        QCOMPARE(QString::fromStdString(imported.error().code), code);
        QVERIFY(!imported.error().message.empty());
    }
};

QTEST_GUILESS_MAIN(TestObJson)
#include "test_ob_json.moc"
