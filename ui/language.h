#pragma once
// Which language the GUI speaks. Our translations are compiled into the executable
// (:/i18n/rescue_<code>.qm, from translations/*.ts), so the build tree, the tests and an
// installed copy behave the same; Qt's own strings (dialog buttons, the wizard's Back/Next)
// come from Qt's qtbase_<code>.qm where the system has them (qt6-translations-l10n).
//
// The choice: --lang on the command line, else the View > Language menu's saved choice, else
// the first of the system's UI languages we have, else English. The CLI stays English.

#include <QList>
#include <QString>

class QCoreApplication;

namespace rescue::ui {

struct UiLanguage {
    QString code;        // "en", "de", "fr", "ja", "zh_CN"
    QString nativeName;  // "English", "Deutsch", "Français", "日本語", "简体中文"
};

// English first, then every compiled-in translation.
QList<UiLanguage> availableLanguages();

// The saved menu choice: empty means "follow the system".
QString savedLanguageChoice();
void saveLanguageChoice(const QString& code);

// The language to use: `requested` (from --lang) if we have it, else the saved choice, else
// the system's first UI language we have, else "en". `systemLanguages` is
// QLocale::system().uiLanguages() in the app; tests pass their own.
QString resolveLanguage(const QString& requested, const QString& saved, const QStringList& systemLanguages);

// Installs the translators for `code` on the application (removing earlier ones) and makes
// it QLocale's default. False when `code` is neither English nor a compiled-in translation.
bool installLanguage(QCoreApplication& app, const QString& code);

// The language installLanguage() last put in place ("en" before any call).
QString currentLanguage();

}  // namespace rescue::ui
