#pragma once
// What the GUI suites share: an engine that keeps no journal (the suites are about what a
// person sees, and leave no files), and the settings file the workbench reads and writes
// (CTest points XDG_CONFIG_HOME at a scratch folder, so a suite never touches a real user's).

#include <QSettings>
#include <QString>

#include "core/engine/engine.h"
#include "ui/app_identity.h"

namespace rescue::testsupport {

inline engine::EngineOptions quietEngine() {
    engine::EngineOptions options;
    options.journal = false;
    return options;
}

inline QSettings workbenchSettings() {
    return QSettings(QString::fromLatin1(ui::kOrganisationName), QString::fromLatin1(ui::kApplicationName));
}

}  // namespace rescue::testsupport
