// The GUI in German, French, Japanese and Simplified Chinese: every committed .ts file is
// current with the code (no string the code lost, none it gained), complete (lrelease and
// the file itself report nothing unfinished), and keeps what a translation must not break
// (the %1 arguments, the HTML tags, the one keyboard accelerator). Then the language choice
// (--lang, the menu, the system's languages) and what a person sees once one is installed:
// translated menus, translated error titles over the exact English message, the menu's
// choice saved for the next start.

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <set>

#include "core/common/error.h"
#include "core/common/error_catalogue.h"
#include "ui/app_identity.h"
#include "ui/engine_bridge.h"
#include "ui/error_text.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "workbench_test_support.h"

using namespace rescue;
using testsupport::quietEngine;
using testsupport::workbenchSettings;

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja"),
                             QStringLiteral("zh_CN")};

QString tsPath(const QString& code) {
    return QStringLiteral(RESCUE_SOURCE_DIR "/translations/rescue_%1.ts").arg(code);
}

struct TsMessage {
    QString context, source, comment, translation, type;
    bool numerus = false;
    QStringList numerusForms;
    QString key() const { return context + QChar(0x1F) + source + QChar(0x1F) + comment; }
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translation = xml.readElementText();
                out.append(m);
            } else {
                while (xml.readNextStartElement())
                    m.numerusForms << xml.readElementText();
                out.append(m);
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

// What a translation must carry over from its source text.
std::multiset<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    std::multiset<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove(QLatin1Char('L')));
    return out;
}

std::multiset<QString> htmlTags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z0-9]+)[^>]*>"));
    std::multiset<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out.insert((match.captured(0).startsWith(QLatin1String("</")) ? QStringLiteral("/") : QString()) +
                   match.captured(1).toLower());
    }
    return out;
}

// "&File" has one accelerator; "&&" is a literal ampersand; "&amp;" was decoded by the reader.
int accelerators(QString text) {
    text.replace(QLatin1String("&&"), QString());
    static const QRegularExpression re(QStringLiteral("&[^ ]"));
    return static_cast<int>(text.count(re));
}

QString runTool(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                int* exitCode) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        *exitCode = -1;
        return QStringLiteral("%1 did not finish in 120 s").arg(program);
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll());
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void init() { workbenchSettings().clear(); }
    void cleanup() { ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

    void tsFileIsCurrentWithTheCode_data() { languageRows(); }
    void tsFileIsCurrentWithTheCode() {
        QFETCH(QString, code);
        QString error;
        const auto committed = readTs(tsPath(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString copy = scratch.filePath(QStringLiteral("rescue_%1.ts").arg(code));
        QVERIFY(QFile::copy(tsPath(code), copy));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LUPDATE"), QStringLiteral(RESCUE_LUPDATE));
        int exitCode = 0;
        const QString output =
            runTool(QStringLiteral(RESCUE_SOURCE_DIR "/translations/update.sh"), {copy}, env, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
        const auto updated = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSet<QString> before, after;
        for (const auto& m : committed)
            before.insert(m.key());
        for (const auto& m : updated)
            after.insert(m.key());
        QStringList gone, added;
        for (const auto& m : committed)
            if (!after.contains(m.key()))
                gone << m.context + QStringLiteral(": ") + m.source;
        for (const auto& m : updated)
            if (!before.contains(m.key()))
                added << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(gone.isEmpty() && added.isEmpty(),
                 qPrintable(QStringLiteral("translations/rescue_%1.ts is behind the code; run "
                                           "translations/update.sh and translate.\nNo longer in the code "
                                           "(%2):\n  %3\nNew in the code (%4):\n  %5")
                                .arg(code)
                                .arg(gone.size())
                                .arg(gone.mid(0, 20).join(QStringLiteral("\n  ")))
                                .arg(added.size())
                                .arg(added.mid(0, 20).join(QStringLiteral("\n  ")))));
        // The catalogue's titles and fixes are in there, so error titles can be translated.
        QVERIFY(before.size() > 2 * static_cast<int>(errorCatalogue().size()));
    }

    void everyEntryIsTranslated_data() { languageRows(); }
    void everyEntryIsTranslated() {
        QFETCH(QString, code);
        QString error;
        const auto messages = readTs(tsPath(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList bad;
        for (const auto& m : messages) {
            const bool empty = m.numerus
                                   ? std::any_of(m.numerusForms.begin(), m.numerusForms.end(),
                                                 [](const QString& f) { return f.trimmed().isEmpty(); }) ||
                                         m.numerusForms.isEmpty()
                                   : m.translation.trimmed().isEmpty();
            if (!m.type.isEmpty() || empty)
                bad << QStringLiteral("%1 [%2]: %3")
                           .arg(m.context, m.type.isEmpty() ? QStringLiteral("empty") : m.type,
                                m.source.left(80));
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 unfinished or obsolete entries:\n  %2")
                                               .arg(bad.size())
                                               .arg(bad.mid(0, 20).join(QStringLiteral("\n  ")))));
        // And as lrelease itself reports it.
        QTemporaryDir scratch;
        int exitCode = 0;
        const QString output =
            runTool(QStringLiteral(RESCUE_LRELEASE),
                    {tsPath(code), QStringLiteral("-qm"), scratch.filePath(QStringLiteral("x.qm"))},
                    QProcessEnvironment::systemEnvironment(), &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String(" 0 unfinished")), qPrintable(output));
    }

    void translationKeepsArgumentsTagsAndAccelerator_data() { languageRows(); }
    void translationKeepsArgumentsTagsAndAccelerator() {
        QFETCH(QString, code);
        QString error;
        const auto messages = readTs(tsPath(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList bad;
        for (const auto& m : messages) {
            const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
            for (const QString& t : forms) {
                if (t.isEmpty())
                    continue;  // reported by everyEntryIsTranslated
                QStringList why;
                auto sourcePlaceholders = placeholders(m.source);
                auto translationPlaceholders = placeholders(t);
                if (m.numerus) {  // a plural form may leave the count to the words ("one item")
                    sourcePlaceholders.erase(QStringLiteral("%n"));
                    translationPlaceholders.erase(QStringLiteral("%n"));
                }
                if (sourcePlaceholders != translationPlaceholders)
                    why << QStringLiteral("arguments");
                if (htmlTags(m.source) != htmlTags(t))
                    why << QStringLiteral("HTML tags");
                if (accelerators(m.source) != accelerators(t))
                    why << QStringLiteral("accelerator");
                if (!why.isEmpty())
                    bad << QStringLiteral("%1 (%2): \"%3\" -> \"%4\"")
                               .arg(m.context, why.join(QStringLiteral(", ")), m.source.left(70), t.left(70));
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 translations break their source:\n  %2")
                                               .arg(bad.size())
                                               .arg(bad.mid(0, 25).join(QStringLiteral("\n  ")))));
    }

    void languageIsChosen_data() {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList none;
        QTest::newRow("English system") << QString() << QString() << QStringList{"en-US"} << "en";
        QTest::newRow("German system") << QString() << QString() << QStringList{"de-DE", "de"} << "de";
        QTest::newRow("Austrian German") << QString() << QString() << QStringList{"de-AT"} << "de";
        QTest::newRow("Canadian French") << QString() << QString() << QStringList{"fr-CA"} << "fr";
        QTest::newRow("Japanese") << QString() << QString() << QStringList{"ja-JP"} << "ja";
        QTest::newRow("Simplified Chinese script")
            << QString() << QString() << QStringList{"zh-Hans-CN"} << "zh_CN";
        QTest::newRow("Chinese, China") << QString() << QString() << QStringList{"zh-CN"} << "zh_CN";
        QTest::newRow("Singapore Chinese") << QString() << QString() << QStringList{"zh-SG"} << "zh_CN";
        QTest::newRow("Traditional Chinese is not offered simplified")
            << QString() << QString() << QStringList{"zh-TW"} << "en";
        QTest::newRow("first language we have wins")
            << QString() << QString() << QStringList{"pt-BR", "fr-FR", "de-DE"} << "fr";
        QTest::newRow("nothing we have") << QString() << QString() << QStringList{"pt-BR", "ko"} << "en";
        QTest::newRow("saved choice over the system") << QString() << "ja" << QStringList{"de-DE"} << "ja";
        QTest::newRow("--lang over the saved choice") << "zh_CN"
                                                      << "ja" << QStringList{"de-DE"} << "zh_CN";
        QTest::newRow("--lang en over a German system") << "en" << QString() << QStringList{"de-DE"} << "en";
        QTest::newRow("unknown --lang falls to the saved one") << "xx"
                                                               << "fr" << none << "fr";
    }
    void languageIsChosen() {
        QFETCH(QString, requested);
        QFETCH(QString, saved);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(ui::resolveLanguage(requested, saved, system), expected);
    }

    void everyLanguageIsCompiledIn() {
        QStringList codes;
        for (const auto& l : ui::availableLanguages())
            codes << l.code;
        QCOMPARE(codes, (QStringList{"en", "de", "fr", "ja", "zh_CN"}));
        QVERIFY(!ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("xx")));
    }

    void menusSpeakTheInstalledLanguage_data() { languageRows(); }
    void menusSpeakTheInstalledLanguage() {
        QFETCH(QString, code);
        QVERIFY(ui::installLanguage(*QCoreApplication::instance(), code));
        QCOMPARE(ui::currentLanguage(), code);
        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        const QStringList english{"&File", "&View", "&Tools", "&Help"};
        QStringList titles;
        for (QAction* a : window.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles.size(), english.size());
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(titles[i] != english[i], qPrintable(titles[i]));
            QCOMPARE(accelerators(titles[i]), 1);  // still reachable with Alt
        }
    }

    void errorTitleTranslatedOverTheExactMessage() {
        const Error e =
            makeError("da.chip-open", "The chip answers as Open (0x0000000A).", "Connect normally.");
        // English: the message and hint as the core wrote them.
        auto shown = ui::shownError(e);
        QCOMPARE(shown.headline, QString::fromStdString(e.message));
        QVERIFY(shown.detail.isEmpty());
        QCOMPARE(shown.advice, QString::fromStdString(e.hint));
        const ErrorCatalogueEntry* entry = findErrorEntry(e.code);
        QVERIFY(entry);
        QVERIFY(ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("fr")));
        shown = ui::shownError(e);
        QCOMPARE(shown.headline, QCoreApplication::translate("ErrorCatalogue", entry->title.data()));
        QVERIFY(shown.headline != QLatin1String(entry->title.data()));
        QCOMPARE(shown.detail, QString::fromStdString(e.message));  // the values stay exact
        QCOMPARE(shown.advice, QCoreApplication::translate("ErrorCatalogue", entry->fix.data()));
        QVERIFY(ui::shownErrorHtml(e).contains(shown.headline.toHtmlEscaped()));
        // A code the catalogue does not know still says what happened.
        const Error unknown = makeError("x.unknown", "Something specific.", "Do this.");
        QCOMPARE(ui::shownErrorText(unknown), QStringLiteral("Something specific. Do this."));
    }

    void languageMenuSavesTheChoice() {
        ui::EngineBridge bridge(quietEngine());
        ui::MainWindow window(bridge);
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        for (QAction* a : menu->actions())
            if (!a->isSeparator())
                names << a->objectName();
        QCOMPARE(names, (QStringList{"language_system", "language_en", "language_de", "language_fr",
                                     "language_ja", "language_zh_CN"}));
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("language_system"))->isChecked());
        menu->findChild<QAction*>(QStringLiteral("language_ja"))->trigger();
        QCOMPARE(workbenchSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QCOMPARE(ui::savedLanguageChoice(), QStringLiteral("ja"));
        // The next window shows the saved choice; "System language" forgets it.
        ui::MainWindow next(bridge);
        auto* nextMenu = next.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(nextMenu->findChild<QAction*>(QStringLiteral("language_ja"))->isChecked());
        nextMenu->findChild<QAction*>(QStringLiteral("language_system"))->trigger();
        QVERIFY(ui::savedLanguageChoice().isEmpty());
    }

private:
    void languageRows() {
        QTest::addColumn<QString>("code");
        for (const QString& code : kLanguages)
            QTest::newRow(qPrintable(code)) << code;
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
