#pragma once
// The names QSettings files live under. The app sets them on QCoreApplication too; the
// widgets use them explicitly so tests and the app read and write the same settings file.

namespace rescue::ui {

inline constexpr char kOrganisationName[] = "RescueWorkbench";
inline constexpr char kApplicationName[] = "rescue-workbench";

}  // namespace rescue::ui
