#!/usr/bin/env bash
# Configures (once) and builds one CMake preset: scripts/build.sh release|debug|asan-ubsan|tsan
set -euo pipefail
preset=${1:-release}
cd "$(dirname "$0")/.."
if [ ! -f "build/$preset/CMakeCache.txt" ]; then
  cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j "$(nproc)"
