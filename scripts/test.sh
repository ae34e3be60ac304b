#!/usr/bin/env bash
# One command: install the dependencies, build, and run the whole test suite twice: the
# release build, then the ASan+UBSan build. Fails on the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
start=$SECONDS
for preset in release asan-ubsan; do
  echo "=== $preset: build"
  scripts/build.sh "$preset"
  echo "=== $preset: test"
  ctest --preset "$preset"
done
echo "=== all suites passed in $((SECONDS - start)) s"
