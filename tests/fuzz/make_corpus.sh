#!/bin/sh
# Regenerates tests/fuzz/corpus/ from the project's own files (see make_corpus.cpp):
#   tests/fuzz/make_corpus.sh [BUILD_DIR]     (default build/release; any build of the tree)
# It builds only the generator. Seeds the generator does not write (minimised finds kept
# on purpose) are left alone; the generator's own files are rewritten.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}
ninja -C "$build" fuzz_make_corpus >/dev/null
RESCUE_RESOURCE_DIR="$root/resources" "$build/tests/fuzz/fuzz_make_corpus" "$here/corpus"
du -sh "$here/corpus"
