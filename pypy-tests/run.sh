#!/usr/bin/env bash
# Runs the embedding tests that pypy-tests/build.rs collects (the compat layer's) on a
# PyPy, which cannot embed: builds them as an extension module, imports it and runs them.
#
#   pypy-tests/run.sh PYPY
#
# One `test NAME ... ok|FAILED` line per test, then `pypy-tests: N passed, M failed`;
# the exit status is 1 when any failed. CARGO_TARGET_DIR as the caller sets it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: pypy-tests/run.sh PYPY" >&2; exit 2; }
py=$1
impl=$("$py" -c 'import platform; print(platform.python_implementation())' 2>/dev/null) ||
  { echo "error: cannot run $py: give a PyPy interpreter's path" >&2; exit 2; }
[ "$impl" = PyPy ] || { echo "error: $py is $impl, not PyPy: CPython runs these tests with cargo test" >&2; exit 2; }
cd "$here/.."
PYO3_PYTHON=$py cargo build -q -p pyffi-pypy-tests
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
suffix=$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
cp "${CARGO_TARGET_DIR:-target}/debug/libpyffi_pypy_tests.so" "$dir/pyffi_pypy_tests$suffix"
(cd "$dir" && "$py" -c 'import sys, pyffi_pypy_tests as m; sys.exit(1 if m.run() else 0)')
