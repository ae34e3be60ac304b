#pragma once
// Where the workbench keeps the user's data (journals, lab boards, remembered strategies)
// and where it finds its read-only resources (device catalog, scenarios, lab credentials).

#include <filesystem>

namespace rescue {

// $XDG_DATA_HOME/rescue-workbench, else ~/.local/share/rescue-workbench. Created on demand.
// Tests point XDG_DATA_HOME at a scratch folder so parallel runs never share state.
std::filesystem::path userDataDir();

// $RESCUE_RESOURCE_DIR if set; else <prefix>/share/rescue-workbench next to an installed
// executable; else the source tree's resources/ (running from a build tree).
std::filesystem::path resourceDir();

}  // namespace rescue
