// rescue: the command-line front end of Rescue Workbench. English only, no Qt.
#include "app/cli/cli_app.h"

int main(int argc, char** argv) { return rescue::cli::run(argc, argv); }
