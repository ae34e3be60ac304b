#include "ui/self_test.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include "core/common/paths.h"
#include "core/device/catalog.h"
#include "ui/device_panel.h"
#include "ui/main_window.h"
#include "ui/probe_list_model.h"

namespace rescue::ui {

namespace {

QString pathText(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

}  // namespace

int runSelfTest(MainWindow& window, QTextStream& out, std::chrono::milliseconds timeout) {
    out << "rescue-workbench " << QCoreApplication::applicationVersion() << '\n';
    out << "resources: " << pathText(resourceDir()) << '\n';
    bool complete = true;

    const auto catalog = device::sharedCatalog();
    if (catalog) {
        out << "device catalog: " << (*catalog)->families().size() << " families\n";
    } else {
        out << "device catalog: " << QString::fromStdString(catalog.error().describe()) << '\n';
        complete = false;
    }

    // The first scan lists the lab's boards (read from the shipped scenarios) and any probe.
    DevicePanel& panel = *window.devicePanel();
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&panel, &DevicePanel::scanFinished, &loop, &QEventLoop::quit);
    deadline.start(timeout);
    loop.exec();
    if (!deadline.isActive()) {
        out << "probe scan: no answer within " << timeout.count() << " ms\n";
        return 1;
    }

    const ProbeListModel& probes = *panel.probes();
    int labBoards = 0;
    for (int row = 0; row < probes.rowCount(); ++row)
        if (probes.index(row).data(ProbeListModel::TransportRole).toString() == QLatin1String("lab"))
            ++labBoards;
    out << "lab boards: " << labBoards << '\n';
    out << "probes: " << probes.rowCount() - labBoards << '\n';
    if (labBoards == 0) {
        out << "no lab scenario found under " << pathText(resourceDir() / "scenarios") << '\n';
        complete = false;
    }
    out << (complete ? "self-test passed" : "self-test FAILED: the installation is incomplete") << '\n';
    return complete ? 0 : 1;
}

}  // namespace rescue::ui
