#!/usr/bin/env bash
# Runs every test group that applies on every interpreter matrix/provision.sh provides,
# then prints a table (interpreter x group) and a last line `N passed, M failed`.
#
#   matrix/run.sh [NAME...]     NAME: cpython-3.12, pypy-3.11, ..., debug-headers,
#                               abi3-wheels, cross or maturin (default: all of them)
#
# Groups:
#   build-script   the build script's bad-input tests, also through a dependent crate
#                  (tests/dependent_errors.rs; once, on the default interpreter)
#   embed          the embedding tests (cargo test), built for and run on the interpreter;
#                  on PyPy, which cannot embed, the compat layer's from an extension
#                  module (pypy-tests/run.sh)
#   leaks          the debug builds (3.11d, 3.14d, 3.15d): the embedding tests with their
#                  figures (tests/leaks.sh): each test runs twice and the second run must
#                  leave sys.gettotalrefcount() as it found it (tests/common; the embed
#                  group fails on a leak too, this cell also fails if nothing was checked)
#   ft-stress      3.13t: tests/ft_stress.rs 5 times in a row (tests/ft_stress.sh --quick;
#                  8 threads; the full 100 runs: bash tests/ft_stress.sh PYTHON3.13T)
#   asan           3.11 and 3.13t: the inline layer's embedding tests under AddressSanitizer
#                  and its canary (tests/asan.sh --quick; the full run, every embedding
#                  test file: bash tests/asan.sh PYTHON)
#   ubsan          3.11 and 3.13t: the differential tests with their C shims under gcc's
#                  UndefinedBehaviorSanitizer, after a canary (tests/ubsan.sh PYTHON)
#   layout         sizes, offsets, constants and symbols against its headers (ctest);
#                  also for the debug builds of 3.7-3.10, 3.12, 3.13 (cpython-3.X-dbg-h
#                  rows: pyenv's headers with Py_DEBUG, as no such interpreter is here)
#   layout-abi3    the same with Py_LIMITED_API at its own version's abi3 floor
#                  (abi3t for the free-threaded 3.15 headers)
#   difftest       every inline function against the C macro or static inline function it
#                  stands for, on the same inputs (difftest/: shims generated from src/,
#                  compiled against the interpreter's headers); on every CPython embed
#                  row, and each row 3.X (not t, not -dbg) also runs the abi3 floor
#                  3.(X-1) on itself (row cpython-3.X+abi3-py3(X-1)); on PyPy from an
#                  extension module (difftest/pypy.rs). Seconds per row after the build.
#   examples       string-sum, limited37 and embed built for it, with their tests (quick:
#                  3.7, 3.15, the debug builds, 3.13t and PyPy 3.11; every row in the full run)
#   header-names   every public name of its headers is in pyffi, omitted with a reason
#                  (gen/omissions.tsv) or pending (gen/inventory-pending.tsv): one cargo
#                  check per configuration (tests/header_names.py), for its own version and,
#                  on a GIL release row, that version's abi3 floor; no interpreter needed
#                  (quick: 3.7, 3.10, 3.15, 3.15d, 3.13t, 3.15t and PyPy 3.11; every row in
#                  the full run)
#   abi3-wheels    string-sum (cp310-abi3) and limited37 (cp37-abi3) built once, on 3.11,
#                  installed unchanged and tested on each CPython 3.7-3.15 and PyPy 3.11
#   pyo3-types     every item of pyo3-ffi 0.30.1 against pyffi's, type by type, in each of
#                  its CPython and stable-ABI configurations (gen/pyo3_types.py; once, no
#                  interpreter needed); PyPy's and GraalPy's are reported, not failed
#   pyo3           pyo3 0.30.1's own test suite on pyffi (consumers/pyo3.sh): on 3.13, and
#                  with abi3-py39 on 3.11 (row cpython-3.11+abi3-py39); with
#                  PYFFI_MATRIX_FULL=1 also on 3.11, 3.9 and 3.14
#   orjson         orjson 3.13.0's own test suite built on pyffi (consumers/orjson.sh): on
#                  3.11; with PYFFI_MATRIX_FULL=1 on every CPython 3.10+ (not the debug
#                  or free-threaded builds: no reference for them)
#   cross          string-sum cross-compiled from each lib dir of tests/cross.sh with no
#                  Python on PATH, imported by that interpreter, cfgs compared with
#                  pyo3-ffi 0.30.1's (one cell per lib dir; rows named as its cases)
#   maturin        string-sum and pyo3-hello built by maturin 1.16.0 (matrix/maturin.sh): on
#                  3.11 also develop, sdist, pip install . and the abi3 wheels (row
#                  maturin-build), then on 3.7, 3.12, 3.15, 3.11d, 3.13t and PyPy 3.11 (with
#                  PYFFI_MATRIX_FULL=1 on every interpreter), with those abi3 wheels on 3.9+
#
# Builds go to $PYFFI_CACHE/targets/CHECKOUT/NAME (one target dir per checkout and
# interpreter, reused by the next run). Logs: $PYFFI_CACHE/matrix-logs/NAME.GROUP.log.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
. "$here/lib.sh"

# One set of target dirs per checkout: cargo judges freshness by file times relative to
# the package, so two checkouts sharing a target dir can each see the other's build as fresh.
targets=$PYFFI_CACHE/targets/$(printf '%s' "$repo" | md5sum | cut -c1-12)
export PYFFI_TARGETS=$targets
# A full set is about 16 GB and every fresh clone makes a new one, so keep this checkout's
# set and the most recently used other one (the CI clone's, say) and delete the rest.
mkdir -p "$targets" && touch "$targets"
# shellcheck disable=SC2012
ls -1dt "$PYFFI_CACHE"/targets/*/ 2>/dev/null | grep -vxF "$targets/" | tail -n +2 |
  while read -r old; do say "removing the target dirs of another checkout: $old"; rm -rf "$old"; done
free_kb=$(df -Pk "$PYFFI_CACHE" | awk 'NR == 2 { print $4 }')
((free_kb > 20 * 1024 * 1024)) || say "warning: only $((free_kb / 1024 / 1024)) GB free under $PYFFI_CACHE; a full run needs about 16 GB"
logs=$PYFFI_CACHE/matrix-logs
work=$PYFFI_CACHE/matrix-work
mkdir -p "$targets" "$logs"
rm -rf "$work" "$logs"/*.log
mkdir -p "$work"

GROUPS_ORDER=(build-script pyo3-types embed leaks ft-stress asan ubsan layout layout-abi3 difftest examples header-names abi3-wheels cross pyo3 orjson maturin)
full=${PYFFI_MATRIX_FULL:-0}
declare -A result
names=()
notes=()
failures=()
passed=0
failed=0

# record NAME GROUP LOG COMMAND...: runs COMMAND with output to LOG, records pass/FAIL.
record() {
  local name=$1 group=$2 log=$3 t0=$SECONDS
  shift 3
  printf '[matrix] %-18s %-12s ... ' "$name" "$group" >&2
  local rc=0
  # A hung test must not hang the matrix: each cell gets at most 20 minutes.
  timeout --kill-after=30 1200 bash -c '"$@"' record "$@" >"$log" 2>&1 || rc=$?
  if [ $rc = 0 ]; then
    result[$name.$group]=pass
    passed=$((passed + 1))
    printf 'pass (%ss)\n' "$((SECONDS - t0))" >&2
  elif [ $rc = 3 ] && grep -q '^n/a: ' "$log"; then
    # Not applicable, and the log says why (a line starting "n/a: ").
    result[$name.$group]=n/a
    notes+=("$name $group: $(grep -m1 '^n/a: ' "$log" | cut -c6-)")
    printf 'n/a\n' >&2
  else
    result[$name.$group]=FAIL
    failed=$((failed + 1))
    failures+=("$name $group: $log")
    printf 'FAIL (%ss; %s)\n' "$((SECONDS - t0))" "$log" >&2
    tail -n 15 "$log" | sed 's/^/    /' >&2
  fi
}

# in_env RUN CMD...: CMD on the host, or inside the sid chroot for chroot:... interpreters.
in_env() {
  local run=$1
  shift
  if [[ $run == chroot:* ]]; then
    "$here/chroot-run.sh" -C "$repo" -B "$PYFFI_CACHE" -- "$@"
  else
    (cd "$repo" && "$@")
  fi
}

minor_of() { local m=${1#*-3.}; echo "${m%%[!0-9]*}"; }

# The embedding tests: every test binary but the build script's (run once, with its
# errors through a dependent) and the pyo3-ffi name check (compile-time, per configuration).
embed_tests() { # run python target
  local t tests=()
  for t in "$repo"/tests/*.rs; do
    t=$(basename "$t" .rs)
    case $t in build_script | dependent_errors | pyo3_names) ;; *) tests+=(--test "$t") ;; esac
  done
  in_env "$1" env PYO3_PYTHON="$2" CARGO_TARGET_DIR="$3" cargo test "${tests[@]}"
}

layout() { # run python target [cargo args...]
  local run=$1 py=$2 target=$3
  shift 3
  in_env "$run" env PYO3_PYTHON="$py" CARGO_TARGET_DIR="$target" \
    cargo test -p pyffi-ctest --test layout "$@"
}

headers_layout() { # variant target: ctest/run.sh's headers-only variants
  env CARGO_TARGET_DIR="$2" CTEST_LOG_DIR="$logs/ctest-$1" bash "$repo/ctest/run.sh" "$1"
}

# A debug build of a version with no debug interpreter here: its headers with Py_DEBUG.
debug_headers() { # minor
  local d=$work/headers/3.$1 inc
  inc=$(ls -d "$(pyenv_root)"/versions/3."$1".*/include/python3."$1"* | sort -V | tail -n 1)
  mkdir -p "$d" && ln -sfn "$inc" "$d/include"
  env PYFFI_HEADERS="$work/headers" CARGO_TARGET_DIR="$targets/debug-headers" \
    CTEST_LOG_DIR="$logs/ctest-3.$1d" bash "$repo/ctest/run.sh" "h3.$1d"
}

difftest() { # run python target [abi3-py3X]
  in_env "$1" env CARGO_TARGET_DIR="$3" bash difftest/run.sh "$2" ${4:+"$4"}
}

# The header-names configurations of a row: cpython-3.12 -> 3.12 abi3-py312,
# cpython-3.13t -> 3.13t, cpython-3.15t -> 3.15t abi3t-py315, cpython-3.13-dbg -> 3.13d,
# pypy-3.11 -> pypy3.11.
header_names() { # name
  local name=$1 m
  m=$(minor_of "$name")
  case $name in
    pypy-*) set -- "pypy3.$m" ;;
    *-dbg) set -- "3.${m}d" ;;
    *t) set -- "3.${m}t"; [ "$m" -ge 15 ] && set -- "$@" "abi3t-py3$m" ;;
    *) set -- "3.$m" "abi3-py3$m" ;;
  esac
  env HEADER_NAMES_WORK="$targets/header-names" python3 "$repo/tests/header_names.py" "$@"
}

examples() { # run python target
  in_env "$1" env CARGO_TARGET_DIR="$3/ext" EMBED_TARGET_DIR="$3/embed" TMPDIR="$work" bash examples/run.sh "$2"
}


# pyo3's and orjson's own test suites on pyffi, where the matrix runs them (see the top).
consumers() { # name minor run
  local name=$1 minor=$2 run=$3 pyo3=0
  case $name in *-dbg | *t) return 0 ;; esac
  # Quick: 3.13, and 3.11 with abi3-py39; the full run adds 3.11 itself, 3.9 and 3.14
  # (each cell builds and runs the whole suite: about five minutes).
  case $minor in 11 | 13) pyo3=1 ;; 9 | 14) pyo3=$full ;; esac
  if [ "$pyo3" = 1 ]; then
    if [ "$minor" != 11 ] || [ "$full" = 1 ]; then
      record "$name" pyo3 "$logs/$name.pyo3.log" bash "$repo/consumers/pyo3.sh" "$name"
    fi
    if [ "$minor" = 11 ]; then
      record "$name+abi3-py39" pyo3 "$logs/$name+abi3-py39.pyo3.log" \
        bash "$repo/consumers/pyo3.sh" --features full,abi3-py39 "$name"
      names+=("$name+abi3-py39")
    fi
  fi
  # orjson on 3.11; in the full run on every CPython 3.10+ (sid's inside the chroot, with
  # orjson's cache bound in).
  if [ "$minor" = 11 ] || { [ "$full" = 1 ] && [ "$minor" -ge 10 ]; }; then
    if [[ $run == chroot:* ]]; then
      local oc=$PYFFI_CACHE_ROOT/consumers/orjson
      mkdir -p "$oc"
      record "$name" orjson "$logs/$name.orjson.log" \
        "$here/chroot-run.sh" -C "$repo" -B "$oc" -- bash consumers/orjson.sh "${run#chroot:}"
    else
      record "$name" orjson "$logs/$name.orjson.log" bash "$repo/consumers/orjson.sh" "$run"
    fi
  fi
}

# quick_rows GROUP NAME: whether this run takes GROUP on row NAME. The full run takes every
# row; the quick one (CI) takes, for the groups that cost half a minute a row and vary
# least between neighbouring versions, the oldest and newest CPython, each debug build
# (their leak checks), the free-threaded builds and PyPy. tests/run.sh, which CI runs
# first, has already run the examples on its python3 and header-names on 3.13 and abi3-py37.
quick_rows() {
  # Every group on the rows named on the command line.
  [ "$full" = 1 ] || [ -n "${want// /}" ] && return 0
  local rows
  case $1 in
    examples) rows=" cpython-3.7 cpython-3.15 cpython-3.11-dbg cpython-3.14-dbg cpython-3.15-dbg cpython-3.13t pypy-3.11 " ;;
    header-names) rows=" cpython-3.7 cpython-3.10 cpython-3.15 cpython-3.15-dbg cpython-3.13t cpython-3.15t pypy-3.11 " ;;
    *) return 0 ;;
  esac
  [[ $rows == *" $2 "* ]]
}

one() { # name run mode
  local name=$1 run=$2 mode=$3 py target minor
  py=${run#chroot:}
  target=$targets/$name
  minor=$(minor_of "$name")
  names+=("$name")
  case $mode in
    embed)
      record "$name" embed "$logs/$name.embed.log" embed_tests "$run" "$py" "$target"
      # Reusing the embed group's build: no rebuild, seconds each.
      case $name in
        *-dbg) record "$name" leaks "$logs/$name.leaks.log" \
          in_env "$run" env CARGO_TARGET_DIR="$target" bash tests/leaks.sh "$py" ;;
        *t) record "$name" ft-stress "$logs/$name.ft-stress.log" \
          in_env "$run" env CARGO_TARGET_DIR="$target" bash tests/ft_stress.sh --quick "$py" ;;
      esac
      # Nightly, with its own target dir (the sanitizer's flags rebuild everything).
      case $name in
        cpython-3.11 | cpython-3.13t) record "$name" asan "$logs/$name.asan.log" \
          in_env "$run" env CARGO_TARGET_DIR="$target-asan" bash tests/asan.sh --quick "$py" ;;
      esac
      case $name in
        cpython-3.11 | cpython-3.13t) record "$name" ubsan "$logs/$name.ubsan.log" \
          in_env "$run" env CARGO_TARGET_DIR="$target-ubsan" bash tests/ubsan.sh "$py" ;;
      esac
      consumers "$name" "$minor" "$run"
      record "$name" layout "$logs/$name.layout.log" layout "$run" "$py" "$target"
      # No stable ABI for free-threaded builds before 3.15, nor for debug builds.
      case $name in
        *t | *-dbg) ;;
        *) record "$name" layout-abi3 "$logs/$name.layout-abi3.log" layout "$run" "$py" "$target" --features "abi3-py3$minor" ;;
      esac
      record "$name" difftest "$logs/$name.difftest.log" difftest "$run" "$py" "$target"
      case $name in
        *t | *-dbg | cpython-3.7) ;;
        *)
          local floor=abi3-py3$((minor - 1))
          record "$name+$floor" difftest "$logs/$name+$floor.difftest.log" difftest "$run" "$py" "$target" "$floor"
          names+=("$name+$floor")
          ;;
      esac
      quick_rows examples "$name" && record "$name" examples "$logs/$name.examples.log" examples "$run" "$py" "$target"
      quick_rows header-names "$name" && record "$name" header-names "$logs/$name.header-names.log" header_names "$name"
      ;;
    ext)
      record "$name" embed "$logs/$name.embed.log" \
        in_env "$run" env CARGO_TARGET_DIR="$target" bash pypy-tests/run.sh "$py"
      record "$name" difftest "$logs/$name.difftest.log" difftest "$run" "$py" "$target"
      record "$name" layout "$logs/$name.layout.log" layout "$run" "$py" "$target"
      quick_rows examples "$name" && record "$name" examples "$logs/$name.examples.log" examples "$run" "$py" "$target"
      quick_rows header-names "$name" && record "$name" header-names "$logs/$name.header-names.log" header_names "$name"
      ;;
    headers)
      record "$name" layout "$logs/$name.layout.log" headers_layout "h3.${minor}t" "$target"
      [ "$minor" -ge 15 ] && record "$name" layout-abi3 "$logs/$name.layout-abi3.log" \
        headers_layout "h3.${minor}t-abi3t" "$target"
      quick_rows header-names "$name" && record "$name" header-names "$logs/$name.header-names.log" header_names "$name"
      ;;
  esac
}

# For record's `bash -c`: the helpers and their paths.
export -f in_env minor_of embed_tests layout headers_layout debug_headers difftest examples header_names pyenv_root
export here repo targets logs work PYFFI_CACHE

rows=$("$here/provision.sh" --list) || die "interpreters missing: run matrix/provision.sh first"
want=" $* "

# PYFFI_MATRIX_AFTER_TESTS=1 (.ci/run, right after tests/run.sh): that run's cargo test
# has just run these two, and its examples/maturin.sh --all the maturin-build row's first half.
after_tests=${PYFFI_MATRIX_AFTER_TESTS:-0}
if [ "$after_tests" = 1 ]; then
  record default build-script "$logs/build-script.log" \
    bash -c 'echo "n/a: tests/run.sh ran build_script and dependent_errors just before"; exit 3'
else
  record default build-script "$logs/build-script.log" \
    env CARGO_TARGET_DIR="$targets/default" cargo test --manifest-path "$repo/Cargo.toml" --test build_script --test dependent_errors
fi
# Every configuration must match pyo3-ffi, but for the header-proven differences.
record default pyo3-types "$logs/pyo3-types.log" bash -c 'python3 "$repo/gen/pyo3_types.py" --self-test \
  && python3 "$repo/gen/pyo3_types.py" --all'
names+=(default)
# pyo3 cannot run its suite on PyPy (no embedding) nor on GraalPy (not here): it must
# compile there, its library and its tests.
if [ $# -eq 0 ] || [[ $want == *" pypy-3.11 "* ]]; then
  record pypy-3.11 pyo3 "$logs/pypy-3.11.pyo3.log" bash "$repo/consumers/pyo3.sh" --compile-only pypy-3.11
fi
if [ $# -eq 0 ] || [[ $want == *" graalpy-3.12 "* ]]; then
  record graalpy-3.12 pyo3 "$logs/graalpy-3.12.pyo3.log" bash "$repo/consumers/pyo3.sh" --compile-only graalpy-3.12
  names+=(graalpy-3.12)
fi
while IFS=$'\t' read -r name run mode; do
  [ $# -eq 0 ] || [[ $want == *" $name "* ]] || continue
  one "$name" "$run" "$mode"
done <<<"$rows"

if [ $# -eq 0 ] || [[ $want == *" debug-headers "* ]]; then
  for m in 7 8 9 10 12 13; do
    record "cpython-3.$m-dbg-h" layout "$logs/cpython-3.$m-dbg-h.layout.log" debug_headers "$m"
    names+=("cpython-3.$m-dbg-h")
  done
fi

if [ $# -eq 0 ] || [[ $want == *" abi3-wheels "* ]]; then
  # Built once on 3.11 and tested there and on each other interpreter, one cell each.
  record abi3-build abi3-wheels "$logs/abi3-build.log" bash "$here/abi3-wheels.sh" build "$work/wheels"
  names+=(abi3-build)
  while IFS=$'\t' read -r name run mode; do
    case $name in cpython-3.[0-9] | cpython-3.1[0-9] | pypy-3.11) ;; *) continue ;; esac
    record "$name" abi3-wheels "$logs/$name.abi3-wheels.log" \
      bash "$here/abi3-wheels.sh" test "$work/wheels" "$name" "$run"
  done <<<"$rows"
fi

if [ $# -eq 0 ] || [[ $want == *" cross "* ]]; then
  # One target dir for the cells: only pyffi and string-sum rebuild per lib dir.
  for c in $(bash "$repo/tests/cross.sh" --list); do
    record "$c" cross "$logs/$c.cross.log" \
      env CROSS_TARGET_DIR="$targets/cross" bash "$repo/tests/cross.sh" "$c"
  done
fi

if [ $# -eq 0 ] || [[ $want == *" maturin "* ]]; then
  record maturin-build maturin "$logs/maturin-build.log" env MATURIN_WHEELS_ONLY="$after_tests" \
    bash "$here/maturin.sh" build "$work/maturin-wheels"
  names+=(maturin-build)
  # Each cell builds pyo3-hello (all of pyo3) anew: CI takes one interpreter of each kind
  # (oldest, a middle and the newest CPython, debug, free-threaded, PyPy); the full run
  # takes them all.
  quick_maturin=" cpython-3.7 cpython-3.12 cpython-3.15 cpython-3.11-dbg cpython-3.13t pypy-3.11 "
  while IFS=$'\t' read -r name run mode; do
    [ "$mode" = headers ] && continue
    [ "$full" = 1 ] || [[ $quick_maturin == *" $name "* ]] || continue
    record "$name" maturin "$logs/$name.maturin.log" \
      bash "$here/maturin.sh" test "$work/maturin-wheels" "$name" "$run"
  done <<<"$rows"
fi

# The table.
printf '\n%-22s' interpreter
for g in "${GROUPS_ORDER[@]}"; do printf ' %-12s' "$g"; done
printf '\n'
declare -A seen
for n in "${names[@]}" $(printf '%s\n' "${!result[@]}" | sed 's/\.[^.]*$//' | sort -u); do
  [ -n "${seen[$n]:-}" ] && continue
  seen[$n]=1
  printf '%-22s' "$n"
  for g in "${GROUPS_ORDER[@]}"; do printf ' %-12s' "${result[$n.$g]:--}"; done
  printf '\n'
done
[ ${#notes[@]} = 0 ] || printf 'n/a: %s\n' "${notes[@]}"
echo "logs: $logs"
# The failed cells again, last: a CI report that keeps only the end still names them.
for f in "${failures[@]}"; do
  printf 'FAIL %s\n' "$f"
  tail -n 4 "${f##*: }" | cut -c1-300 | sed 's/^/    /'
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
