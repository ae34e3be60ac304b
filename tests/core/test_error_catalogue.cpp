// The error catalogue against the code and the user guide: every code the sources create has
// an entry and every entry a code the sources create (so the GUI can translate any error a
// person meets, and `rescue errors CODE` explains it); the entries read as the table wants
// them; and docs/user-guide.md carries exactly the table `rescue errors --markdown` prints.

#include <algorithm>
#include <vector>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>
#include <set>
#include <string>

#include "core/common/error_catalogue.h"

using namespace rescue;

namespace {

struct SourceFile {
    QString path;  // from the repository's root: "core/auth/da_session.cpp"
    QString text;
};

// Every .cpp and .h of core/, app/ and ui/ but the catalogue itself, read once.
const std::vector<SourceFile>& sources() {
    static const std::vector<SourceFile> files = [] {
        std::vector<SourceFile> out;
        const QDir root(QStringLiteral(RESCUE_SOURCE_DIR));
        for (const char* room : {"core", "app", "ui"}) {
            QDirIterator it(root.filePath(QLatin1String(room)),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                if (path.endsWith(QLatin1String("error_catalogue.cpp")) || !f.open(QIODevice::ReadOnly))
                    continue;
                out.push_back({root.relativeFilePath(path), QString::fromUtf8(f.readAll())});
            }
        }
        return out;
    }();
    return files;
}

// Codes as the sources write them: the first argument of makeError, an Error{...} or one of
// the helpers that take a code first, and dotted literals that a table of codes holds.
std::set<std::string> codesInSources(QStringList* where) {
    static const QRegularExpression created(QStringLiteral(
        R"re((?:makeError|Error\s*\{|Error\s*\(|error\s*\(|fail\s*\(|[A-Za-z]+Error\s*\()\s*"([a-z][a-z0-9_]*(?:\.[a-z0-9_-]+)+)")re"));
    std::set<std::string> codes;
    for (const SourceFile& file : sources())
        for (auto m = created.globalMatch(file.text); m.hasNext();) {
            const auto match = m.next();
            if (codes.insert(match.captured(1).toStdString()).second)
                *where << match.captured(1) + QStringLiteral(" in ") + file.path;
        }
    return codes;
}

bool appearsInSources(const std::string& code) {
    const QString needle = QLatin1Char('"') + QString::fromStdString(code) + QLatin1Char('"');
    return std::any_of(sources().begin(), sources().end(),
                       [&](const SourceFile& file) { return file.text.contains(needle); });
}

}  // namespace

class TestErrorCatalogue : public QObject {
    Q_OBJECT
private slots:
    void entriesAreSortedAndUnique() {
        const auto entries = errorCatalogue();
        QVERIFY(entries.size() > 100);
        for (std::size_t i = 1; i < entries.size(); ++i)
            QVERIFY2(entries[i - 1].code < entries[i].code,
                     qPrintable(QStringLiteral("%1 before %2")
                                    .arg(QLatin1String(entries[i - 1].code.data()),
                                         QLatin1String(entries[i].code.data()))));
        for (const auto& e : entries)
            QCOMPARE(findErrorEntry(e.code), &e);
        QVERIFY(!findErrorEntry("no.such-code"));
        QVERIFY(!findErrorEntry(""));
    }

    void entriesReadAsTheTableWantsThem() {
        QStringList bad;
        for (const auto& e : errorCatalogue()) {
            const QString code = QString::fromUtf8(e.code.data(), static_cast<qsizetype>(e.code.size()));
            const auto check = [&](std::string_view text, const char* what, bool sentence) {
                const QString t = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
                if (t.trimmed().isEmpty())
                    bad << code + QStringLiteral(": empty ") + QLatin1String(what);
                else if (t.contains(QLatin1Char('|')) || t.contains(QLatin1Char('\n')))
                    bad << code + QStringLiteral(": '|' or a newline in the ") + QLatin1String(what);
                else if (sentence != t.endsWith(QLatin1Char('.')))
                    bad << code + QStringLiteral(": the ") + QLatin1String(what) +
                               (sentence ? QStringLiteral(" is a sentence; end it with a period")
                                         : QStringLiteral(" is a title; no final period"));
            };
            check(e.title, "title", false);
            check(e.cause, "cause", true);
            check(e.fix, "fix", true);
            if (e.title.size() > 70)
                bad << code + QStringLiteral(": title longer than 70 characters");
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void everyCodeTheSourcesCreateIsListed() {
        QStringList where;
        const auto codes = codesInSources(&where);
        QVERIFY2(codes.size() > 100, "the scan found the sources");
        QStringList missing;
        for (const QString& w : where)
            if (!findErrorEntry(w.section(QLatin1Char(' '), 0, 0).toStdString()))
                missing << w;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("codes with no catalogue entry (add them to "
                                                              "core/common/error_catalogue.cpp):\n  ") +
                                               missing.join(QStringLiteral("\n  "))));
    }

    void everyListedCodeIsInTheSources() {
        QStringList stale;
        for (const auto& e : errorCatalogue())
            if (!appearsInSources(std::string(e.code)))
                stale << QString::fromUtf8(e.code.data(), static_cast<qsizetype>(e.code.size()));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("catalogue entries no source creates:\n  ") +
                                             stale.join(QStringLiteral("\n  "))));
    }

    void userGuideCarriesTheTable() {
        QFile guide(QStringLiteral(RESCUE_SOURCE_DIR "/docs/user-guide.md"));
        QVERIFY2(guide.open(QIODevice::ReadOnly), "docs/user-guide.md");
        const std::string text = guide.readAll().toStdString();
        const std::string begin = "<!-- BEGIN troubleshooting table";
        const std::string end = "<!-- END troubleshooting table -->";
        const auto b = text.find(begin);
        const auto e = text.find(end);
        QVERIFY2(b != std::string::npos && e != std::string::npos && b < e, "the guide's table markers");
        const auto tableStart = text.find('\n', b) + 1;
        const std::string table = text.substr(tableStart, e - tableStart);
        const std::string expected = errorCatalogueMarkdown();
        QVERIFY2(table == expected,
                 "docs/user-guide.md's troubleshooting table differs from the catalogue: replace the "
                 "lines between its markers with the output of `rescue errors --markdown`");
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "test_error_catalogue.moc"
