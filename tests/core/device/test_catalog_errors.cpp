// Malformed catalog files: each defect gives one Error whose message names the file and the
// JSON path, with a stable code. The shipped files are copied to a scratch folder and one
// value is broken per row.

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/device/catalog.h"

using namespace rescue;
using namespace rescue::device;
namespace fs = std::filesystem;

namespace {

fs::path shippedDir() {
    return fs::path(RESCUE_SOURCE_DIR) / "resources" / "devices";
}

// "/optionBytes/fields/@TZEN/lsb" -> "/optionBytes/fields/23/lsb": rows name fields, not indexes.
std::string resolvePointer(const nlohmann::json& doc, const std::string& pattern) {
    std::string out;
    const nlohmann::json* node = &doc;
    std::size_t pos = 1;
    while (pos <= pattern.size() && pos > 0) {
        std::size_t next = pattern.find('/', pos);
        std::string token = pattern.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
        if (!token.empty() && token[0] == '@' && node->is_array()) {
            for (std::size_t i = 0; i < node->size(); ++i)
                if ((*node)[i].value("name", "") == token.substr(1) ||
                    (*node)[i].value("id", "") == token.substr(1)) {
                    token = std::to_string(i);
                    break;
                }
        }
        out += "/" + token;
        if (node->is_object() && node->contains(token))
            node = &(*node)[token];
        else if (node->is_array() && !token.empty() && std::isdigit(static_cast<unsigned char>(token[0])) &&
                 std::stoul(token) < node->size())
            node = &(*node)[std::stoul(token)];
        if (next == std::string::npos)
            break;
        pos = next + 1;
    }
    return out;
}

}  // namespace

class TestCatalogErrors : public QObject {
    Q_OBJECT

private slots:
    void shippedCatalogLoads() {
        auto loaded = loadCatalog(shippedDir());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().describe().c_str());
    }

    void malformedRow_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("action");  // remove | set | raw
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");  // JSON text for set, file text for raw
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("inMessage");
        QTest::addColumn<QString>("errorAt");  // where the error points when not at the edit itself

        const QString h56 = "stm32h56x_h57x.json";
        QTest::newRow("missing field") << h56 << "remove"
                                       << "/optionBytes/fields/@TZEN/lsb"
                                       << ""
                                       << "catalog.missing-field"
                                       << "\"lsb\" is missing" << QString("");
        QTest::newRow("wrong type") << h56 << "set"
                                    << "/optionBytes/fields/@SWAP_BANK/width"
                                    << "\"one\""
                                    << "catalog.wrong-type"
                                    << "expected an unsigned integer" << QString("");
        QTest::newRow("bad hex") << h56 << "set"
                                 << "/devIds/0"
                                 << "\"0x48Z\""
                                 << "catalog.bad-hex"
                                 << "0x48Z" << QString("");
        QTest::newRow("hex too wide") << h56 << "set"
                                      << "/flashRegisters/base"
                                      << "\"0x140022000\""
                                      << "catalog.bad-hex"
                                      << "at most 32 bits" << QString("");
        QTest::newRow("overlapping fields") << h56 << "set"
                                            << "/optionBytes/fields/@BORH_EN/lsb"
                                            << "1"
                                            << "catalog.overlapping-fields"
                                            << "overlaps field \"BOR_LEV\"" << QString("");
        QTest::newRow("overlap by width")
            << h56 << "set"
            << "/optionBytes/fields/@PRODUCT_STATE/width"
            << "9"
            << "catalog.overlapping-fields"
            << "register OPTSR" << QString("/optionBytes/fields/@IO_VDD_HSLV/lsb");
        QTest::newRow("aggregate does not cover its parts")
            << "stm32h7rs.json"
            << "set"
            << "/optionBytes/fields/@WRPS/lsb"
            << "1"
            << "catalog.overlapping-fields"
            << "WRPS" << QString("/optionBytes/fields/@WRPS/aggregateOf");
        QTest::newRow("unknown family in a part") << "parts.json"
                                                  << "set"
                                                  << "/lines/3/family"
                                                  << "\"stm32h999\""
                                                  << "catalog.unknown-family"
                                                  << "stm32h999" << QString("");
        QTest::newRow("unknown flash code in a part") << "parts.json"
                                                      << "set"
                                                      << "/lines/0/flashCodes/0"
                                                      << "\"Q\""
                                                      << "catalog.unknown-reference"
                                                      << "\"Q\"" << QString("");
        QTest::newRow("flash too big for family") << "parts.json"
                                                  << "set"
                                                  << "/lines/0/flashCodes/0"
                                                  << "\"I\""
                                                  << "catalog.out-of-range"
                                                  << "2048 KB" << QString("");
        QTest::newRow("unknown register") << h56 << "set"
                                          << "/optionBytes/fields/@TZEN/register"
                                          << "\"OPTSR9\""
                                          << "catalog.unknown-reference"
                                          << "OPTSR9" << QString("");
        QTest::newRow("misspelt key") << h56 << "set"
                                      << "/optionBytes/fields/@TZEN/frozenInn"
                                      << "[]"
                                      << "catalog.unknown-key"
                                      << "frozenInn" << QString("/optionBytes/fields/@TZEN");
        QTest::newRow("frozen in an unknown state") << h56 << "set"
                                                    << "/optionBytes/fields/@WRPSGn1/frozenIn"
                                                    << "[\"sealed\"]"
                                                    << "catalog.unknown-reference"
                                                    << "sealed" << QString("");
        QTest::newRow("transition to an unknown state") << h56 << "set"
                                                        << "/lifecycle/transitions/0/to"
                                                        << "\"sealed\""
                                                        << "catalog.unknown-reference"
                                                        << "sealed" << QString("");
        QTest::newRow("unknown evidence level") << h56 << "set"
                                                << "/lifecycle/transitions/0/evidence"
                                                << "\"rumour\""
                                                << "catalog.wrong-type"
                                                << "rumour" << QString("");
        QTest::newRow("state code not a field value") << h56 << "set"
                                                      << "/lifecycle/states/@open/code"
                                                      << "\"0xEE\""
                                                      << "catalog.unknown-reference"
                                                      << "0xEE" << QString("");
        QTest::newRow("reset wider than field") << h56 << "set"
                                                << "/optionBytes/fields/@BOR_LEV/reset"
                                                << "\"0x7\""
                                                << "catalog.out-of-range"
                                                << "does not fit 2 bit" << QString("");
        QTest::newRow("code reset not listed") << h56 << "set"
                                               << "/optionBytes/fields/@PRODUCT_STATE/reset"
                                               << "\"0x12\""
                                               << "catalog.out-of-range"
                                               << "not one of the field's codes" << QString("");
        QTest::newRow("duplicate DEV_ID") << "stm32h7rs.json"
                                          << "set"
                                          << "/devIds/0"
                                          << "\"0x484\""
                                          << "catalog.duplicate"
                                          << "stm32h56x_h57x.json" << QString("");
        QTest::newRow("duplicate field name") << h56 << "set"
                                              << "/optionBytes/fields/@TZEN/aliases"
                                              << "[\"SWAP_BANK\"]"
                                              << "catalog.duplicate"
                                              << "SWAP_BANK" << QString("");
        QTest::newRow("field line not in parts.json") << "stm32h7rs.json"
                                                      << "set"
                                                      << "/optionBytes/fields/@IROT_SELECT/lines"
                                                      << "[\"STM32H7Z9\"]"
                                                      << "catalog.unknown-reference"
                                                      << "STM32H7Z9" << QString("");
        QTest::newRow("no full-regression permission")
            << "stm32h503.json"
            << "set"
            << "/debugAuthentication/permissions/0/name"
            << "\"regress\""
            << "catalog.missing-field"
            << "full-regression" << QString("/debugAuthentication/permissions");
        QTest::newRow("ACK bits equal") << "stm32h7rs.json"
                                        << "set"
                                        << "/debugAuthentication/ack/devAckBit"
                                        << "0"
                                        << "catalog.overlapping-fields"
                                        << "HOST_ACK" << QString("");
        QTest::newRow("missing DBGMCU mailbox register") << "stm32h7rs.json"
                                                         << "remove"
                                                         << "/dbgmcu/registers/DBG_AUTH_ACK"
                                                         << ""
                                                         << "catalog.missing-field"
                                                         << "DBG_AUTH_ACK" << QString("");
        QTest::newRow("unknown schema") << h56 << "set"
                                        << "/schema"
                                        << "\"rescue.device-family/9\""
                                        << "catalog.wrong-type"
                                        << "rescue.device-family/1" << QString("");
        QTest::newRow("not JSON") << h56 << "raw"
                                  << ""
                                  << "{ \"schema\": \"rescue.device-family/1\", "
                                  << "catalog.parse-error"
                                  << "not valid JSON" << QString("");
    }
    void malformedRow() {
        QFETCH(QString, file);
        QFETCH(QString, action);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, inMessage);
        QFETCH(QString, errorAt);

        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        fs::path dir(scratch.path().toStdString());
        for (const auto& entry : fs::directory_iterator(shippedDir()))
            fs::copy_file(entry.path(), dir / entry.path().filename());

        fs::path target = dir / file.toStdString();
        std::string resolved;
        if (action == "raw") {
            std::ofstream(target, std::ios::trunc) << value.toStdString();
        } else {
            nlohmann::json doc = nlohmann::json::parse(std::ifstream(target));
            resolved = resolvePointer(doc, pointer.toStdString());
            nlohmann::json::json_pointer ptr(resolved);
            if (action == "remove") {
                QVERIFY2(doc.contains(ptr), resolved.c_str());
                doc.at(ptr.parent_pointer()).erase(ptr.back());
            } else {
                doc[ptr] = nlohmann::json::parse(value.toStdString());
            }
            std::ofstream(target, std::ios::trunc) << doc.dump(2);
        }

        auto loaded = loadCatalog(dir);
        QVERIFY2(!loaded.ok(), "a malformed catalog loaded");
        const Error& e = loaded.error();
        QCOMPARE(QString::fromStdString(e.code), code);
        QString message = QString::fromStdString(e.message);
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(inMessage), qPrintable(message));
        if (action != "raw") {
            // The path points at the broken value or the object missing it.
            std::string where = action == "remove" ? resolved.substr(0, resolved.rfind('/')) : resolved;
            if (!errorAt.isEmpty()) {
                nlohmann::json doc = nlohmann::json::parse(std::ifstream(shippedDir() / file.toStdString()));
                where = resolvePointer(doc, errorAt.toStdString());
            }
            QVERIFY2(message.contains(QString::fromStdString(where)),
                     qPrintable(message + " / " + QString::fromStdString(where)));
            bool hasPathEvidence = std::any_of(e.evidence.begin(), e.evidence.end(),
                                               [](const Evidence& ev) { return ev.name == "json path"; });
            QVERIFY(hasPathEvidence);
        }
        QVERIFY(!e.hint.empty());
    }

    void missingFolder() {
        auto loaded = loadCatalog("/nonexistent/rescue/devices");
        QVERIFY(!loaded);
        QCOMPARE(QString::fromStdString(loaded.error().code), QStringLiteral("catalog.missing"));
    }

    void folderWithoutPartTable() {
        QTemporaryDir scratch;
        fs::path dir(scratch.path().toStdString());
        fs::copy_file(shippedDir() / "stm32h7rs.json", dir / "stm32h7rs.json");
        auto loaded = loadCatalog(dir);
        QVERIFY(!loaded);
        QVERIFY(QString::fromStdString(loaded.error().message).contains("parts.json"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogErrors)
#include "test_catalog_errors.moc"
