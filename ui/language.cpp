#include "ui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "ui/app_identity.h"

namespace rescue::ui {
namespace {

const char kLanguageKey[] = "ui/language";
const char kEnglish[] = "en";

QString& current() {
    static QString code = QString::fromLatin1(kEnglish);
    return code;
}

// Fixed names, in the language itself, so the menu reads the same whatever is chosen.
QString nativeNameOf(const QString& code) {
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QLocale(code).nativeLanguageName();
}

QStringList compiledCodes() {
    QStringList codes;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("rescue_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        codes << file.mid(7, file.size() - 7 - 3);  // rescue_<code>.qm
    return codes;
}

// "de-AT" -> "de"; "zh-Hans-CN", "zh-CN", "zh_SG" -> "zh_CN" (Simplified Chinese); "ja-JP" -> "ja".
QString matchSystemLanguage(QString name, const QStringList& have) {
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (have.contains(name))
        return name;
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    if (language == QLatin1String("zh")) {
        const bool traditional = name.contains(QLatin1String("Hant")) ||
                                 name.endsWith(QLatin1String("_TW")) || name.endsWith(QLatin1String("_HK")) ||
                                 name.endsWith(QLatin1String("_MO"));
        return !traditional && have.contains(QStringLiteral("zh_CN")) ? QStringLiteral("zh_CN") : QString();
    }
    return have.contains(language) ? language : QString();
}

}  // namespace

QList<UiLanguage> availableLanguages() {
    QList<UiLanguage> out{{QString::fromLatin1(kEnglish), nativeNameOf(QString::fromLatin1(kEnglish))}};
    for (const QString& code : compiledCodes())
        out.append({code, nativeNameOf(code)});
    return out;
}

QString savedLanguageChoice() {
    QSettings settings(QString::fromLatin1(kOrganisationName), QString::fromLatin1(kApplicationName));
    return settings.value(kLanguageKey).toString();
}

void saveLanguageChoice(const QString& code) {
    QSettings settings(QString::fromLatin1(kOrganisationName), QString::fromLatin1(kApplicationName));
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QString resolveLanguage(const QString& requested, const QString& saved, const QStringList& systemLanguages) {
    QStringList have = compiledCodes();
    have.prepend(QString::fromLatin1(kEnglish));
    for (const QString& choice : {requested, saved}) {
        if (!choice.isEmpty())
            if (const QString match = matchSystemLanguage(choice, have); !match.isEmpty())
                return match;
    }
    for (const QString& system : systemLanguages)
        if (const QString match = matchSystemLanguage(system, have); !match.isEmpty())
            return match;
    return QString::fromLatin1(kEnglish);
}

bool installLanguage(QCoreApplication& app, const QString& code) {
    // Owned here and reused: QCoreApplication keeps plain pointers to installed translators.
    static QTranslator ours;
    static QTranslator qts;
    const bool english = code == QLatin1String(kEnglish);
    if (!english && !compiledCodes().contains(code))
        return false;
    app.removeTranslator(&ours);
    app.removeTranslator(&qts);
    if (!english) {
        if (!ours.load(QStringLiteral(":/i18n/rescue_%1.qm").arg(code)))
            return false;
        app.installTranslator(&ours);
        // Optional: without qt6-translations-l10n, Qt's own buttons stay English.
        if (qts.load(QStringLiteral("qtbase_%1").arg(code),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(&qts);
    }
    // Dates and numbers follow the language too (where a %L argument asks for it).
    QLocale::setDefault(english ? QLocale::system() : QLocale(code));
    current() = code;
    return true;
}

QString currentLanguage() {
    return current();
}

}  // namespace rescue::ui
