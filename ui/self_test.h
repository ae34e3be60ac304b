#pragma once
// rescue-workbench --self-test: the check a packager or a person runs after installing. It
// starts the real main window, waits for the first probe scan and says what the workbench
// found: its resources (device catalog, lab scenarios), the lab's boards and any probes.
// An incomplete installation (no catalog, no scenarios) fails with a sentence naming what is
// missing and where it was looked for.

#include <chrono>

#include <QTextStream>

namespace rescue::ui {

class MainWindow;

// Runs the event loop until the first scan ends or `timeout` passes. Returns the process's
// exit status: 0 when the catalog and the lab's boards were found, 1 otherwise.
int runSelfTest(MainWindow& window, QTextStream& out, std::chrono::milliseconds timeout);

}  // namespace rescue::ui
