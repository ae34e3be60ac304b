// rescue-workbench: the GUI. Everything lives in rescue-ui; this only wires the application.

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

#include "core/common/version.h"
#include "ui/app_identity.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/icon_resources.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/self_test.h"

namespace {

// "--lang de" or "--lang=de", before QCommandLineParser has run.
QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return {};
}

QString availableLanguageCodes() {
    QStringList codes;
    for (const auto& language : rescue::ui::availableLanguages())
        codes << language.code;
    return codes.join(QLatin1String(", "));
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(rescue::ui::kOrganisationName));
    QApplication::setApplicationName(QString::fromLatin1(rescue::ui::kApplicationName));
    const auto version = rescue::version();
    QApplication::setApplicationVersion(
        QString::fromUtf8(version.data(), static_cast<qsizetype>(version.size())));
    QApplication::setDesktopFileName(QStringLiteral("rescue-workbench"));
    rescue::ui::initResources();
    // The language comes first so that even --help speaks it; --lang is read ahead of the
    // parser for that reason (the parser still declares it, for --help and error checking).
    const QString requestedLanguage = languageArgument(app.arguments());
    const QString language = rescue::ui::resolveLanguage(requestedLanguage, rescue::ui::savedLanguageChoice(),
                                                         QLocale::system().uiLanguages());
    rescue::ui::installLanguage(app, language);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Rescue Workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rescue-workbench.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Rescue Workbench: recovers STM32H5 and STM32H7RS boards."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption probeOption(
        QStringLiteral("probe"),
        QApplication::translate(
            "main",
            "Connect to this probe once it is listed (usb, stlink:SERIAL, cmsis-dap[:SERIAL], "
            "stlink-tcp://HOST:PORT[/SERIAL], lab:NAME or replay:FILE)."),
        QStringLiteral("URI"));
    parser.addOption(probeOption);
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QApplication::translate("main",
                                "Start, find the device catalog and the lab's boards, say what was "
                                "found and quit (exit status 0 when the installation is complete)."));
    parser.addOption(selfTestOption);
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Use this language for this run: en, de, fr, ja or zh_CN (View > Language "
                                "saves a choice)."),
        QStringLiteral("CODE"));
    parser.addOption(languageOption);
    parser.process(app);
    // A --lang we have no translation for is said, not quietly replaced by the saved or the
    // desktop's language (resolved alone, it falls back to English).
    if (!requestedLanguage.isEmpty() && !requestedLanguage.startsWith(QLatin1String("en")) &&
        rescue::ui::resolveLanguage(requestedLanguage, {}, {}) == QLatin1String("en")) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "rescue-workbench: no translation for %1; "
                                                       "the languages are %2.")
                                   .arg(requestedLanguage, availableLanguageCodes())
                            << Qt::endl;
        return 2;
    }

    // The engine journals every event under the user's data folder (userDataDir()/journals).
    rescue::ui::EngineBridge bridge{rescue::engine::EngineOptions{}};
    rescue::ui::MainWindow window(bridge);
    if (parser.isSet(probeOption))
        window.devicePanel()->connectWhenListed(parser.value(probeOption));
    window.show();
    if (parser.isSet(selfTestOption)) {
        QTextStream out(stdout);
        return rescue::ui::runSelfTest(window, out, std::chrono::seconds(30));
    }
    return QApplication::exec();
}
