// rescue-workbench: the GUI. Everything lives in rescue-ui; this only wires the application.

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include "core/common/version.h"
#include "ui/app_identity.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/icon_resources.h"
#include "ui/main_window.h"
#include "ui/self_test.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(rescue::ui::kOrganisationName));
    QApplication::setApplicationName(QString::fromLatin1(rescue::ui::kApplicationName));
    const auto version = rescue::version();
    QApplication::setApplicationVersion(
        QString::fromUtf8(version.data(), static_cast<qsizetype>(version.size())));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Rescue Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("rescue-workbench"));
    rescue::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rescue-workbench.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Rescue Workbench: recovers STM32H5 and STM32H7RS boards."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption probeOption(
        QStringLiteral("probe"),
        QApplication::translate("main",
                                "Connect to this probe once it is listed (usb, stlink:SERIAL, "
                                "stlink-tcp://HOST:PORT[/SERIAL] or lab:NAME)."),
        QStringLiteral("URI"));
    parser.addOption(probeOption);
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QApplication::translate("main",
                                "Start, find the device catalog and the lab's boards, say what was "
                                "found and quit (exit status 0 when the installation is complete)."));
    parser.addOption(selfTestOption);
    parser.process(app);

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
