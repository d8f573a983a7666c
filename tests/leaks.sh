#!/usr/bin/env bash
# The refcount-leak check of a debug build, with its figures: runs the embedding tests
# with PYFFI_REFTOTAL_LOG set to a file, so that tests/common appends, for each checked closure, how
# much the first run moved sys.gettotalrefcount() (the caches it fills, see
# tests/common/mod.rs) and how much the second run did (must be 0). Fails if a second
# run moved it (but the deliberate leak of tests/leak_check.rs), if nothing was checked
# (the check did not run: not a debug build, or it broke) or if a test failed.
#
#   tests/leaks.sh PYTHON        PYTHON: a debug CPython (python3.11d, python3.14d, ...)
#
# Matrix group `leaks` (the debug rows; it reuses the embed group's build). CARGO_TARGET_DIR
# as for cargo.
set -uo pipefail
cd "$(dirname "$0")/.."
py=${1:-}
[ -n "$py" ] || { echo "error: usage: tests/leaks.sh PYTHON (a debug build: python3.11d)" >&2; exit 2; }
"$py" -c 'import sys; sys.exit(not hasattr(sys, "gettotalrefcount"))' 2>/dev/null || {
  echo "error: $py is not a debug build (no sys.gettotalrefcount): pass python3.11d or another -dbg interpreter" >&2
  exit 2
}
tests=()
for t in tests/*.rs; do
  t=$(basename "$t" .rs)
  case $t in build_script | dependent_errors | pyo3_names) ;; *) tests+=(--test "$t") ;; esac
done
log=$(mktemp)
figures=$(mktemp)
trap 'rm -f "$log" "$figures"' EXIT
PYFFI_REFTOTAL_LOG=$figures PYO3_PYTHON=$py cargo test --no-fail-fast "${tests[@]}" >"$log" 2>&1
rc=$?
grep -E '^test result|^error' "$log"
checked=$(grep -c '^reftotal ' "$figures")
moved=$(grep '^reftotal ' "$figures" | grep -v 'second run +0$' | grep -v '^reftotal a_reference_leaked_on_each_run_fails_the_check:')
deliberate=$(grep -c '^reftotal a_reference_leaked_on_each_run_fails_the_check: .*second run +1$' "$figures")
first=$(grep '^reftotal ' "$figures" | grep -v '^reftotal a_reference_leaked' \
  | sed 's/.*first run \([-+][0-9]*\),.*/\1/' | awk '{ s += $1 } END { print s + 0 }')
echo "leaks: $checked closures checked; first runs moved the total by $first in all (caches); second runs by 0 in all but: ${moved:-none}"
[ "$rc" = 0 ] || { echo "leaks: FAILED: cargo test failed (exit $rc)"; tail -n 40 "$log"; exit 1; }
[ "$checked" -gt 0 ] || { echo "leaks: FAILED: no closure was checked"; exit 1; }
[ -z "$moved" ] || { echo "leaks: FAILED: a second run moved the total"; exit 1; }
[ "$deliberate" = 1 ] || { echo "leaks: FAILED: the deliberate leak was not seen as +1"; exit 1; }
echo "leaks: passed"
