#!/usr/bin/env bash
# Runs the embedding tests under AddressSanitizer (nightly rustc's -Zsanitizer=address)
# on one interpreter, then checks that ASan is really watching: tests/asan_canary.rs
# reads past a Python object and must be stopped with a heap-buffer-overflow report.
#
#   tests/asan.sh [--quick] PYTHON      e.g. a pyenv python3.11, or python3.13t
#
# The interpreter is not instrumented: what is checked is pyffi's side (every inline
# function's loads and stores, the tests' own), against allocations that ASan bounds.
# On a GIL build PYTHONMALLOC=malloc sends the interpreter's objects through malloc, so
# an access past an object is caught. A free-threaded build accepts only mimalloc, whose
# heaps ASan cannot bound: there objects are not bounded, only malloc'd memory (the raw
# domain, Rust's own) and the stack are; the canary checks the raw domain. Leak
# detection is off: an embedded interpreter is never finalized, and CPython keeps
# allocations for the process's life by design. --quick (CI, matrix group asan) runs
# the test files of the inline layer only (object, refcount_loop, typechecks,
# containers, strings, numbers) on 3.11; the full run is every embedding test file:
#   bash tests/asan.sh /root/.pyenv/versions/3.11.7/bin/python3.11
#   bash tests/asan.sh /var/cache/pyffi/interpreters/cpython-3.13t/bin/python3.13t
# CARGO_TARGET_DIR as for cargo (a separate one: the flags rebuild everything).
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
if [ "${1:-}" = --quick ]; then quick=1; shift; fi
py=${1:-}
[ -n "$py" ] || { echo "error: usage: tests/asan.sh [--quick] PYTHON" >&2; exit 2; }
"$py" -c '' 2>/dev/null || { echo "error: cannot run $py: pass a CPython executable" >&2; exit 2; }
cargo +nightly --version >/dev/null 2>&1 || { echo "error: no nightly toolchain: rustup toolchain install nightly" >&2; exit 2; }
host=$(rustc +nightly -vV | sed -n 's/^host: //p')

tests=()
if [ $quick = 1 ]; then
  for t in object refcount_loop typechecks containers strings numbers; do tests+=(--test "$t"); done
else
  for t in tests/*.rs; do
    t=$(basename "$t" .rs)
    # Not embedding tests: the build script's, and the compile-time name check.
    case $t in build_script | dependent_errors | pyo3_names | asan_canary) ;; *) tests+=(--test "$t") ;; esac
  done
fi

# --target keeps the sanitizer off the build scripts, which run on the host uninstrumented.
export RUSTFLAGS="-Zsanitizer=address -Cforce-frame-pointers=yes"
export RUSTDOCFLAGS=$RUSTFLAGS
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0
export PYO3_PYTHON=$py
if "$py" -c 'import sys, sysconfig; sys.exit(sysconfig.get_config_var("Py_GIL_DISABLED") != 1)'; then
  kind="free-threaded (mimalloc: objects not bounded)"
else
  kind=GIL
  export PYTHONMALLOC=malloc
fi
echo "asan: $("$py" -c 'import sys; print(sys.version.split()[0])') $kind, PYTHONMALLOC=${PYTHONMALLOC:-default} ASAN_OPTIONS=$ASAN_OPTIONS"
cargo +nightly test --target "$host" "${tests[@]}"

# The canary: ASan must report the read past the allocation.
out=$(cargo +nightly test --target "$host" --test asan_canary -- --ignored 2>&1) && {
  printf '%s\n' "$out"
  echo "asan: FAILED: the canary's read past an allocation was not reported: ASan is not active"
  exit 1
}
grep -q 'ERROR: AddressSanitizer: heap-buffer-overflow' <<<"$out" || {
  printf '%s\n' "$out"
  echo "asan: FAILED: the canary failed without an AddressSanitizer report"
  exit 1
}
echo "asan: the canary's read past an allocation was reported (heap-buffer-overflow), as it must be"
echo "asan: passed (${#tests[@]} arguments: ${tests[*]})"
