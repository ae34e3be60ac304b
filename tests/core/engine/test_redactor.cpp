// Redaction: a private key and a password, in every form a log line could carry them, never
// reach a delivered event or the journal; the words around them do.
//
// The key below was generated for this test with `openssl genpkey -algorithm EC -pkeyopt
// ec_paramgen_curve:P-256`; it protects nothing. Failure messages never print a secret.

#include <QtTest>

#include <fstream>

#include "core/engine/engine.h"
#include "core/engine/redactor.h"
#include "event_recorder.h"

using namespace rescue;
using namespace rescue::engine;
using rescue::engine::test::CollectedEvents;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

const char* kTestKeyPem =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgv9V7nqFasvTWWIiO\n"
    "b79PyyZjjoiWPdU2fNdeXYmGL5WhRANCAAS3H2V+N41Lpuk9/HZ90aYO7pWONsGT\n"
    "lqSbUdU22teFjcb/jYZdNQDpiMxOs8rwvRm2184ChUazphglclO3LpqX\n"
    "-----END PRIVATE KEY-----\n";
const char* kPassword = "Tr0ub4dor&3-horse";  // 17 bytes: the last LE word is padded

QByteArray pemBody(const QByteArray& pem) {
    QByteArray body;
    for (const auto& line : pem.split('\n'))
        if (!line.startsWith("-----"))
            body += line.trimmed();
    return body;
}

QByteArray derOf(const QByteArray& pem) {
    return QByteArray::fromBase64(pemBody(pem));
}

// The private scalar of a PKCS#8 P-256 key: the OCTET STRING after ECPrivateKey's version.
QByteArray scalarOf(const QByteArray& pem) {
    QByteArray der = derOf(pem);
    int at = der.indexOf(QByteArray::fromHex("0201010420"));
    return at < 0 ? QByteArray() : der.mid(at + 5, 32);
}

// The DA mailbox form: 32-bit little-endian words, zero-padded, printed as numbers.
QString leWords(const QByteArray& secret, bool upper) {
    QStringList words;
    for (int at = 0; at < secret.size(); at += 4) {
        quint32 w = 0;
        for (int i = 0; i < 4 && at + i < secret.size(); ++i)
            w |= quint32(quint8(secret[at + i])) << (8 * i);
        QString hex = QString("%1").arg(w, 8, 16, QChar('0'));
        words << "0x" + (upper ? hex.toUpper() : hex);
    }
    return words.join(' ');
}

QByteArray spacedHex(const QByteArray& secret, char separator, bool upper) {
    QByteArray hex = secret.toHex(separator);
    return upper ? hex.toUpper() : hex;
}

// `secret` inside a longer base64 text, starting `lead` bytes into it.
QByteArray embeddedBase64(const QByteArray& secret, int lead) {
    return (QByteArray(lead, '\x11') + secret + QByteArray("\x22\x33\x44", 3)).toBase64();
}

QByteArray mixedCaseHex(const QByteArray& secret) {
    QByteArray hex = secret.toHex();
    for (int i = 0; i < hex.size(); i += 2)
        hex[i] = char(QChar::toUpper(uint(hex[i])));
    return hex;
}

// Every form of a secret a test writes, with the name it is reported under.
QList<QPair<QString, QByteArray>> formsOf(const QByteArray& secret) {
    return {
        {"raw", secret},
        {"hex", secret.toHex()},
        {"HEX", secret.toHex().toUpper()},
        {"MiXeD hex", mixedCaseHex(secret)},
        {"hex with spaces", spacedHex(secret, ' ', false)},
        {"HEX with colons", spacedHex(secret, ':', true)},
        {"base64", secret.toBase64()},
        {"base64url", secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {"base64 inside base64 (+1)", embeddedBase64(secret, 1)},
        {"base64 inside base64 (+2)", embeddedBase64(secret, 2)},
        {"LE words", leWords(secret, true).toLatin1()},
        {"le words", leWords(secret, false).toLatin1()},
    };
}

// Does `haystack` still hold `form` (hex forms in any case)? Used on journal bytes and
// on delivered events alike.
bool leaks(const QByteArray& haystack, const QString& formName, const QByteArray& form) {
    if (formName.contains("LE words", Qt::CaseInsensitive)) {
        // Each word alone is what travels; any one surviving is a leak.
        for (const auto& word : form.split(' '))
            if (haystack.toLower().contains(word.mid(2).toLower()))
                return true;
        return false;
    }
    if (formName.contains("hex", Qt::CaseInsensitive))
        return haystack.toLower().contains(form.toLower());
    if (formName.contains("base64 inside"))
        return haystack.contains(form.mid(4, form.size() - 12));  // the part the secret fixes
    return haystack.contains(form);
}

std::string text(const QByteArray& bytes) {
    return bytes.toStdString();
}

}  // namespace

class TestRedactor : public QObject {
    Q_OBJECT
private slots:
    void redactsEveryForm_data() {
        QTest::addColumn<QString>("registered");  // what the test registers
        QTest::addColumn<QString>("formName");
        QTest::addColumn<QByteArray>("form");
        const QByteArray pem(kTestKeyPem);
        const QByteArray scalar = scalarOf(pem);
        QVERIFY(scalar.size() == 32);
        for (const auto& [name, form] : formsOf(kPassword))
            QTest::addRow("password, %s", qPrintable(name)) << "password" << name << form;
        for (const auto& [name, form] : formsOf(scalar))
            QTest::addRow("key scalar registered, %s", qPrintable(name)) << "scalar" << name << form;
        // Only the PEM text registered: the redactor derives the body, DER and scalar itself.
        QTest::addRow("PEM registered, whole PEM") << "pem"
                                                   << "raw" << pem;
        QTest::addRow("PEM registered, one body line") << "pem"
                                                       << "raw" << pem.split('\n')[2];
        QTest::addRow("PEM registered, body rewrapped") << "pem"
                                                        << "raw" << pemBody(pem);
        for (const auto& [name, form] : formsOf(derOf(pem)))
            if (name != "raw")
                QTest::addRow("PEM registered, DER %s", qPrintable(name)) << "pem" << name << form;
        for (const auto& [name, form] : formsOf(scalar))
            if (name != "raw")
                QTest::addRow("PEM registered, scalar %s", qPrintable(name)) << "pem" << name << form;
    }
    void redactsEveryForm() {
        QFETCH(QString, registered);
        QFETCH(QString, formName);
        QFETCH(QByteArray, form);
        Redactor redactor;
        if (registered == "password")
            redactor.add(std::string_view(kPassword));
        else if (registered == "scalar")
            redactor.add(text(scalarOf(kTestKeyPem)));
        else
            redactor.add(std::string_view(kTestKeyPem));
        QCOMPARE(redactor.size(), std::size_t(1));
        QVERIFY(leaks("before " + form + " after", formName, form));  // the check itself works
        QByteArray out = QByteArray::fromStdString(redactor.redact(text("before " + form + " after")));
        QVERIFY2(!leaks(out, formName, form), "a form of the secret survived redaction");
        QVERIFY(out.startsWith("before "));
        QVERIFY(out.endsWith(" after"));
        QVERIFY(out.contains("[redacted]"));
    }

    void leavesOtherTextAlone() {
        Redactor redactor;
        redactor.add(std::string_view(kPassword));
        const std::string plain = "DHCSR = 0x00030003, DPIDR 0x6BA02477, the board answered.";
        QCOMPARE(redactor.redact(plain), plain);
        Redactor empty;
        QCOMPARE(empty.redact(plain), plain);
    }

    void shortSecretsAndOverlaps() {
        Redactor redactor;
        redactor.add(std::string_view("abc"));
        QCOMPARE(redactor.redact("xabcx abcabc"), std::string("x[redacted]x [redacted]"));
        redactor.add(std::string_view("bcd"));
        QCOMPARE(redactor.redact("-abcd-"), std::string("-[redacted]-"));  // overlapping secrets: one mask
        QCOMPARE(redactor.add(std::string_view()), Redactor::Handle(0));
    }

    void removingForgets() {
        Redactor redactor;
        auto handle = redactor.add(std::string_view(kPassword));
        const std::string line = std::string("pw=") + kPassword;
        QCOMPARE(redactor.redact(line), std::string("pw=[redacted]"));
        QVERIFY(redactor.remove(handle));
        QVERIFY(!redactor.remove(handle));
        QCOMPARE(redactor.size(), std::size_t(0));
        QCOMPARE(redactor.redact(line), line);
        {
            ScopedSecret scoped(redactor, std::string_view(kPassword));
            QCOMPARE(redactor.redact(line), std::string("pw=[redacted]"));
        }
        QCOMPARE(redactor.redact(line), line);
        redactor.add(std::string_view("one secret"));
        redactor.add(std::string_view("two secret"));
        redactor.clear();
        QCOMPARE(redactor.size(), std::size_t(0));
    }

    void keysThatNameSecrets_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("password") << "password" << true;
        QTest::newRow("adminPassword") << "adminPassword" << true;
        QTest::newRow("private_key") << "private_key" << true;
        QTest::newRow("Private-Key") << "Private-Key" << true;
        QTest::newRow("passphrase") << "passphrase" << true;
        QTest::newRow("client_secret") << "client_secret" << true;
        QTest::newRow("passwd") << "passwd" << true;
        QTest::newRow("private_key_file") << "private_key_file" << false;
        QTest::newRow("password_path") << "password_path" << false;
        QTest::newRow("public_key") << "public_key" << false;
        QTest::newRow("key") << "key" << false;
        QTest::newRow("dpidr") << "dpidr" << false;
    }
    void keysThatNameSecrets() {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(Redactor::namesSecret(key.toStdString()), secret);
        Redactor redactor;
        json in{{key.toStdString(), {{"nested", 42}}}, {"other", "visible"}};
        json out = redactor.redactJson(in);
        QCOMPARE(out[key.toStdString()] == json("[redacted]"), secret);
        QCOMPARE(out.value("other", ""), std::string("visible"));
    }

    void jsonIsRedactedThroughout() {
        Redactor redactor;
        redactor.add(std::string_view(kPassword));
        const std::string pw = kPassword;
        json in{{"list", {"a", "x" + pw + "x", {{"deep", pw}}}},
                {pw, "the key itself"},
                {"count", 3},
                {"flag", true},
                {"nothing", nullptr},
                {"password", 1234}};
        std::string out = redactor.redactJson(in).dump();
        QVERIFY2(out.find(pw) == std::string::npos, "the password survived in JSON");
        json o = json::parse(out);
        QCOMPARE(o["list"][0], json("a"));
        QCOMPARE(o["list"][1], json("x[redacted]x"));
        QCOMPARE(o["list"][2]["deep"], json("[redacted]"));
        QCOMPARE(o["[redacted]"], json("the key itself"));
        QCOMPARE(o["count"], json(3));
        QCOMPARE(o["flag"], json(true));
        QVERIFY(o["nothing"].is_null());
        QCOMPARE(o["password"], json("[redacted]"));
    }

    void realKeyFromSt() {
        // One of ST's published example keys: registering its PEM text also hides its scalar.
        const QString path = QStringLiteral(RESCUE_TESTDATA_DIR) + "/st-da-h5/Keys/key_3_leaf.pem";
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("ST's DA test data is not available (RESCUE_TESTDATA_DIR)");
        QByteArray pem = file.readAll();
        QByteArray scalar = scalarOf(pem);
        QCOMPARE(scalar.size(), 32);
        Redactor redactor;
        redactor.add(text(pem));
        for (const auto& [name, form] : formsOf(scalar)) {
            QByteArray out = QByteArray::fromStdString(redactor.redact(text("k=" + form + ";")));
            QVERIFY2(!leaks(out, name, form), qPrintable("the scalar survived as " + name));
        }
    }

    void engineNeverDeliversOrJournalsASecret() {
        QTemporaryDir dir;
        const QByteArray pem(kTestKeyPem);
        const QByteArray scalar = scalarOf(pem);
        const QByteArray password(kPassword);
        // Every form of both secrets, joined into one text per secret.
        QList<QPair<QString, QByteArray>> forms;
        for (const auto& f : formsOf(password))
            forms.append({"password " + f.first, f.second});
        for (const auto& f : formsOf(scalar))
            forms.append({"scalar " + f.first, f.second});
        forms.append({"PEM raw", pem});
        forms.append({"PEM body line raw", pem.split('\n')[1]});
        QByteArray everything;
        for (const auto& f : forms)
            everything += " <" + f.second + "> ";

        CollectedEvents collected;
        std::filesystem::path journal;
        std::optional<JobEnded> finished, failed;
        {
            EngineOptions o;
            o.journalDir = dir.path().toStdString();
            Engine engine(o);
            engine.addListener(collected.listener());
            journal = engine.journalPath();
            engine.redactor().add(text(password));
            engine.redactor().add(text(pem));  // the scalar is derived from it
            const std::string all = text(everything);
            auto session = engine.openSession("probe A");
            auto job = engine.submit(session, "leaky", [all, password](JobContext& ctx) -> JobResult {
                if (!ctx.redactor())
                    return makeError("test.no-redactor", "The job context has no redactor.");
                ctx.info(channel::Da, "marker-text" + all + "marker-text-end");
                ctx.log(LogLevel::Debug, channel::Da, "marker-fields",
                        {{"marker-field", all},
                         {"nested", {{"list", {all, "marker-nested"}}}},
                         {"password", "anything"},
                         {text(password.toHex()) + "-as-key", "marker-key"}});
                ctx.progress(0.5, "marker-step" + all);
                ctx.state("target", "authenticating", "marker-state" + all);
                Prompt p;
                p.kind = "confirm";
                p.title = "marker-title" + all;
                p.question = "marker-question" + all;
                p.choices = {{"ok", "marker-label" + all}};
                p.defaultChoice = "ok";
                p.deadline = 1ms;
                p.details = {{"phrase", "marker-details" + all}};
                ctx.ask(p);
                return json{{"marker-result", all}};
            });
            finished = engine.wait(job, 5s);
            auto failing = engine.submit(session, "leaky failure", [all](JobContext&) -> JobResult {
                Error e = makeError("da.refused", "marker-error" + all, "marker-hint" + all);
                e.with("password words", all);
                return e;
            });
            failed = engine.wait(failing, 5s);
        }
        QVERIFY(finished && failed);
        QVERIFY(finished->outcome == JobOutcome::Finished);

        std::ifstream in(journal, std::ios::binary);
        QByteArray journalBytes = QByteArray::fromStdString(
            std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
        QVERIFY(!journalBytes.isEmpty());
        QByteArray delivered;
        for (const auto& e : collected.events)
            delivered += QByteArray::fromStdString(toJsonLine(e)) + "\n";
        QByteArray waited =
            QByteArray::fromStdString(finished->result.dump(-1, ' ', false, json::error_handler_t::replace) +
                                      failed->error->describe());

        // JSON text escapes the PEM's newlines: look for its lines one by one.
        for (const auto& [where, bytes] : {std::pair{"journal", journalBytes},
                                           std::pair{"delivered", delivered}, std::pair{"wait()", waited}})
            for (const auto& [formName, form] : forms)
                for (const auto& piece : form.split('\n'))
                    if (piece.size() >= 8 && !piece.startsWith("-----"))
                        QVERIFY2(!leaks(bytes, formName, piece),
                                 qPrintable(QString("%1 holds the %2 form").arg(where, formName)));
        for (const char* marker :
             {"marker-text", "marker-text-end", "marker-fields", "marker-field", "marker-nested",
              "marker-key", "marker-step", "marker-state", "marker-title", "marker-question", "marker-label",
              "marker-details", "marker-result", "marker-error", "marker-hint"}) {
            QVERIFY2(journalBytes.contains(marker), marker);
            QVERIFY2(delivered.contains(marker), marker);
        }
        QVERIFY(journalBytes.contains("\"password\":\"[redacted]\""));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "test_redactor.moc"
