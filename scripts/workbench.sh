#!/usr/bin/env bash
# One command: install the dependencies, build, and start the workbench on the virtual lab
# (the default when no probe is attached). Extra arguments go to rescue-workbench.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
exec build/release/app/rescue-workbench "$@"
