#!/bin/bash
# Runs libFuzzer targets already built in the asan-ubsan build (builds nothing):
#   tests/fuzz/run.sh TARGET|all SECONDS [MAX_RUNS]
# TARGET is the part after fuzz_ (certificate, stlink_reply, ...). Each target starts from
# its committed corpus and regressions, plus ST's and Arm's sample files from
# ../shared/testdata when they are there (never copied into the repository); new inputs go
# to a scratch corpus. Prints per target: executions, exec/s, coverage (cov/ft, libFuzzer's
# final figures), corpus size and crashes. Crash, leak and timeout inputs are kept under
# $BUILD/fuzz-artifacts/TARGET/; move each one to tests/fuzz/regressions/TARGET/ with its fix.
#
# Environment: RESCUE_FUZZ_BUILD (default build/asan-ubsan), RESCUE_FUZZ_KEEP=1 keeps the
# scratch corpora (printed), RESCUE_FUZZ_ARGS adds libFuzzer flags.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${RESCUE_FUZZ_BUILD:-$root/build/asan-ubsan}
testdata=$root/../shared/testdata

if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET|all SECONDS [MAX_RUNS]" >&2
    exit 2
fi
what=$1
seconds=$2
runs=${3:-}

if [ "$what" = all ]; then
    targets=$(cd "$here/corpus" && ls)
else
    targets=$what
fi

# ST's and Arm's files that fit a target as they are (the others need harness knobs).
testdata_seeds() {
    [ -d "$testdata" ] || return 0
    case $1 in
        certificate) find "$testdata" \( -name '*.b64' -o -name '*.cert' -o -path '*chains*' \) -type f ;;
        keys) find "$testdata" -name '*.pem' -type f ;;
        obk_file) find "$testdata" -name '*.obk' -type f ;;
        password) find "$testdata" -name '*password*.bin' -type f ;;
        da_config_xml) find "$testdata" -name '*.xml' -type f ;;
    esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp}
export RESCUE_RESOURCE_DIR=$root/resources

status=0
printf '%-20s %12s %9s %7s %7s %7s %8s %7s\n' target execs exec/s cov ft corpus crashes seconds
for t in $targets; do
    exe=$build/tests/fuzz/fuzz_$t
    if [ ! -x "$exe" ]; then
        echo "$t: $exe is not built (configure the asan-ubsan preset, ninja fuzz_$t)" >&2
        status=1
        continue
    fi
    work=$(mktemp -d "${TMPDIR:-/tmp}/rescue-fuzz-$t.XXXXXX")
    mkdir -p "$work/corpus" "$work/testdata"
    testdata_seeds "$t" | while read -r f; do
        cp "$f" "$work/testdata/$(echo "$f" | sed "s|$testdata/||; s|/|_|g")"
    done
    artifacts=$build/fuzz-artifacts/$t
    mkdir -p "$artifacts"
    before=$(ls "$artifacts" | wc -l)
    log=$work/log.txt
    start=$(date +%s)
    # shellcheck disable=SC2086
    "$exe" -max_total_time="$seconds" ${runs:+-runs=$runs} -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" ${RESCUE_FUZZ_ARGS:-} \
        "$work/corpus" "$here/corpus/$t" "$here/regressions/$t" "$work/testdata" >"$log" 2>&1
    rc=$?
    elapsed=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    corp=$(echo "$last" | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
    crashes=$(( $(ls "$artifacts" | wc -l) - before ))
    printf '%-20s %12s %9s %7s %7s %7s %8s %7s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
        "${corp:-?}" "$crashes" "$elapsed"
    if [ $rc -ne 0 ] || [ "$crashes" -ne 0 ]; then
        status=1
        echo "  $t failed (exit $rc): log $log, inputs in $artifacts" >&2
        grep -E 'ERROR|SUMMARY|invariant|Assertion|runtime error' "$log" | head -5 | sed 's/^/  /' >&2
        continue
    fi
    if [ "${RESCUE_FUZZ_KEEP:-0}" = 1 ]; then
        echo "  scratch corpus: $work/corpus" >&2
    else
        rm -rf "$work"
    fi
done
exit $status
