#!/usr/bin/env bash
# Runs the differential tests on one interpreter: builds pyffi and the shims for it
# and compares every inline function with C's (difftest/tests/diff.rs), embedding
# CPython, or on PyPy from an extension module (difftest/pypy.rs).
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
if [ "$("$py" -c 'import platform; print(platform.python_implementation())')" != PyPy ]; then
  PYO3_PYTHON=$py cargo test -q -p pyffi-difftest --test diff "${features[@]}"
  exit
fi
# PyPy cannot embed: build the comparison as an extension module (difftest/pypy.rs), import
# it under the name its suffix asks for, and exit with its status.
PYO3_PYTHON=$py cargo build -q -p pyffi-difftest --example pyffi_difftest_pypy "${features[@]}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
suffix=$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
cp "${CARGO_TARGET_DIR:-target}/debug/examples/libpyffi_difftest_pypy.so" "$dir/pyffi_difftest_pypy$suffix"
(cd "$dir" && "$py" -c 'import sys, pyffi_difftest_pypy as m; sys.exit(m.compare())')
