#!/usr/bin/env bash
# Runs the differential tests on one interpreter: builds pyffi and the shims for it
# and compares every inline function with C's (difftest/tests/diff.rs).
#
#   difftest/run.sh PYTHON [FEATURE]     FEATURE: an abi3 floor, e.g. abi3-py37
#
# The last line is the summary: `difftest [cfgs]: N functions shimmed ..., M mismatches`.
# CARGO_TARGET_DIR as the caller sets it; DIFFTEST_VERBOSE=1 lists every function.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: difftest/run.sh PYTHON [abi3-py3X]" >&2; exit 2; }
py=$1
features=()
[ $# -ge 2 ] && features=(--features "$2")
"$py" -c 'import sys' 2>/dev/null || { echo "error: cannot run $py: give an interpreter's path" >&2; exit 2; }
cd "$here/.."
PYO3_PYTHON=$py cargo test -q -p pyffi-difftest --test diff "${features[@]}"
