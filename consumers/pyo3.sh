#!/usr/bin/env bash
# Runs pyo3 0.30.1's own test suite (library unit tests, every tests/*.rs, doctests) with
# pyffi as its pyo3-ffi, or with the real pyo3-ffi (--reference), on one interpreter of
# the matrix, and compares the counts with consumers/pyo3-expected.tsv.
#
#   consumers/pyo3.sh [--reference] [--features LIST] [--quick] INTERPRETER
#   consumers/pyo3.sh [--reference] [--features LIST] --compile-only pypy-3.11|graalpy-3.12
#
# INTERPRETER  a name from `matrix/provision.sh --list` (cpython-3.11, cpython-3.14, ...)
# --reference  the published pyo3, unmodified, on the real pyo3-ffi 0.30.1
# --features   pyo3's cargo features (default: full)
# --quick      lib and tests/*.rs only, no doctests (they are rebuilt on every run: ~30 s)
# --compile-only  for an implementation that cannot embed or is not here: type-checks pyo3's
#              library and tests (cargo check) against a PYO3_CONFIG_FILE for it
#
# pyo3 is copied from the cargo registry to $PYFFI_CACHE_ROOT/consumers/pyo3-0.30.1-{pyffi,
# reference} (default /var/cache/pyffi); in the pyffi copy the only change is the pyo3-ffi
# dependency, which points at this checkout (checked by a diff on every run). One target
# dir per (ffi, interpreter, features) under .../consumers/targets makes the next run
# incremental. Logs: .../consumers/logs. Prints `pyo3 INTERPRETER FEATURES: P passed,
# F failed, I ignored`; exits 1 on a compile failure or counts that differ from expected
# (2 on bad input). PYO3_PART_TIMEOUT (default 1800 s) bounds each of lib, tests, doc.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

PYO3_VERSION=0.30.1
cache=${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/consumers
expected_tsv=$here/pyo3-expected.tsv

say() { printf '[pyo3] %s\n' "$*" >&2; }
die() { printf '[pyo3] error: %s\n' "$*" >&2; exit 2; }
usage="usage: consumers/pyo3.sh [--reference] [--features LIST] [--quick] INTERPRETER"

ffi=pyffi features=full quick=0 interp= compile_only=0
while [ $# -gt 0 ]; do
  case $1 in
    --reference) ffi=reference; shift ;;
    --features)
      [ $# -ge 2 ] && [ -n "$2" ] || die "--features needs a comma-separated list ($usage)"
      features=$2; shift 2 ;;
    --features=*) features=${1#--features=}; shift ;;
    --quick) quick=1; shift ;;
    --compile-only) compile_only=1; shift ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 ($usage)" ;;
    *) [ -z "$interp" ] || die "one interpreter only, got $interp and $1 ($usage)"; interp=$1; shift ;;
  esac
done
[ -n "$interp" ] || die "no interpreter given ($usage); names: matrix/provision.sh --list"

# ---------------------------------------------------------------- the interpreter
# The configurations --compile-only knows, as pyo3-build-config's config file spells them.
declare -A compile_impl=([pypy-3.11]="PyPy 3.11" [graalpy-3.12]="GraalVM 3.12")
run= py=
if [ $compile_only = 1 ]; then
  [ -n "${compile_impl[$interp]:-}" ] || die "--compile-only knows ${!compile_impl[*]}, not '$interp'"
  read -r impl version <<<"${compile_impl[$interp]}"
else
  # --list prints what is provisioned and exits 1 when something else is missing: its
  # rows are used either way.
  rows=$("$repo/matrix/provision.sh" --list 2>/dev/null || true)
  row=$(awk -F'\t' -v n="$interp" '$1 == n' <<<"$rows")
  if [ -z "$row" ]; then
    known=$(cut -f1 <<<"$rows" | tr '\n' ' ')
    die "unknown or unprovisioned interpreter '$interp' (provisioned: ${known% }; run matrix/provision.sh for the rest)"
  fi
  IFS=$'\t' read -r _ run mode <<<"$row"
  [ "$mode" = embed ] || die "$interp cannot run pyo3's tests (mode '$mode': they embed the interpreter); pick a CPython, or --compile-only"
  py=${run#chroot:}
fi

# in_env CMD...: CMD on the host, or inside the sid chroot for chroot:... interpreters.
in_env() {
  if [[ $run == chroot:* ]]; then
    "$repo/matrix/chroot-run.sh" -C "$repo" -B "$cache" -- "$@"
  else
    "$@"
  fi
}

# The machine is shared: everything below (cargo, rustc, the tests) runs niced.
[ "$(nice)" -ge 10 ] || renice -n 10 -p $$ >/dev/null

# ---------------------------------------------------------------- pyo3 from the registry
cargo_home=${CARGO_HOME:-$HOME/.cargo}
find_registry_copy() {
  local d
  for d in "$cargo_home"/registry/src/*/pyo3-$PYO3_VERSION; do
    [ -f "$d/Cargo.toml" ] && [ -f "$d/.cargo-ok" ] && { echo "$d"; return; }
  done
  return 0
}
src=$(find_registry_copy)
if [ -z "$src" ]; then
  # A scratch crate that depends on it: cargo fetch downloads and unpacks it (and its
  # dependencies) into the registry, as a build would.
  say "pyo3 $PYO3_VERSION is not in $cargo_home/registry: fetching it"
  scratch=$(mktemp -d)
  mkdir -p "$scratch/src" && : >"$scratch/src/lib.rs"
  printf '[package]\nname = "fetch-pyo3"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\npyo3 = "=%s"\n' \
    "$PYO3_VERSION" >"$scratch/Cargo.toml"
  (cd "$scratch" && cargo fetch -q) >"$scratch/fetch.log" 2>&1 \
    || die "could not fetch pyo3 $PYO3_VERSION from crates.io: $(grep -m1 'error' "$scratch/fetch.log" || tail -n1 "$scratch/fetch.log")"
  rm -rf "$scratch"
  src=$(find_registry_copy)
  [ -n "$src" ] || die "cargo fetch ran but pyo3-$PYO3_VERSION is not under $cargo_home/registry/src"
fi

copy=$cache/pyo3-$PYO3_VERSION-$ffi
mkdir -p "$cache/logs" "$cache/targets"
# One run per copy at a time: the pyffi copy's manifest names the checkout it builds.
exec 9>"$copy.lock"
flock -n 9 || { say "waiting for another run on $copy"; flock 9; }

# The copy is the registry's, file for file, but for Cargo.toml (patched below) and
# Cargo.lock (which cargo rewrites for the new dependency). Anything else differing means
# the copy was edited: it is made anew.
if [ -d "$copy" ] && ! diff -rq -x Cargo.toml -x Cargo.lock "$src" "$copy" >/dev/null 2>&1; then
  say "$copy differs from the registry copy: copying it again"
  rm -rf "$copy"
fi
[ -d "$copy" ] || { cp -a "$src" "$copy.tmp" && mv "$copy.tmp" "$copy"; }

# The patch: in the [dependencies.pyo3-ffi] table, `version = "=0.30.1"` becomes a path to
# this checkout under pyffi's package name. Written only when it changes, so that an
# unchanged manifest keeps its time stamp.
manifest=$(mktemp)
if [ "$ffi" = pyffi ]; then
  awk -v repo="$repo" '
    /^\[/ { table = $0 }
    table == "[dependencies.pyo3-ffi]" && /^version = / { print "path = \"" repo "\""; print "package = \"pyffi\""; done = 1; next }
    { print }
    END { if (!done) exit 1 }' "$src/Cargo.toml" >"$manifest" \
    || die "no 'version = ' line in [dependencies.pyo3-ffi] of $src/Cargo.toml: not the published pyo3 $PYO3_VERSION?"
else
  cp "$src/Cargo.toml" "$manifest"
fi
cmp -s "$manifest" "$copy/Cargo.toml" || cp "$manifest" "$copy/Cargo.toml"
rm -f "$manifest"

# The proof that nothing else changed: the whole diff against the registry copy.
want_diff=
if [ "$ffi" = pyffi ]; then
  n=$(awk '/^\[/ { t = $0 } t == "[dependencies.pyo3-ffi]" && /^version = / { print NR; exit }' "$src/Cargo.toml")
  want_diff=$(printf '%s\n' "${n}c${n},$((n + 1))" "< version = \"=$PYO3_VERSION\"" '---' \
    "> path = \"$repo\"" '> package = "pyffi"')
fi
got_diff=$(diff -r -x Cargo.lock "$src" "$copy" | sed '/^diff -r /d' || true)
[ "$got_diff" = "$want_diff" ] || {
  printf '%s\n' "$got_diff" | head -n 20 >&2
  die "$copy differs from $src by more than the pyo3-ffi dependency line (diff above)"
}

# ---------------------------------------------------------------- the build and the tests
feature_key=$(tr ',' '+' <<<"$features")
target=$cache/targets/$ffi-$interp-$feature_key
log_base=$cache/logs/$ffi-$interp-$feature_key
mkdir -p "$target"
rm -f "$log_base".*.log
# cargo hashes a path dependency outside the workspace by its absolute path, so a checkout
# at a new path is a new pyffi and rebuilds it and pyo3 anyway; the old path's builds are
# dropped so that fresh CI clones do not fill the disk.
if [ "$ffi" = pyffi ] && [ -f "$target/checkout" ] && [ "$(cat "$target/checkout")" != "$repo" ]; then
  say "checkout moved from $(cat "$target/checkout"): dropping the old pyffi and pyo3 builds"
  cargo clean -q --manifest-path "$copy/Cargo.toml" --target-dir "$target" -p pyffi -p pyo3 || true
fi
[ "$ffi" = pyffi ] && printf '%s\n' "$repo" >"$target/checkout"

if [ $compile_only = 1 ]; then
  config=$target/pyo3-config.txt
  printf '%s\n' "implementation=$impl" "version=$version" shared=true pointer_width=64 build_flags= \
    suppress_build_script_link_lines=true >"$config"
  log=$log_base.check.log
  # The library and every tests/*.rs whose required features are on. Not the library's
  # own unit tests: one builds a PyASCIIObject with a u32 `state`, which PyPy's header
  # makes a struct of bytes (gen/pyo3-types-differences.md).
  tests=()
  while read -r name; do tests+=(--test "$name"); done < <(cargo metadata -q --no-deps --format-version 1 \
    --manifest-path "$copy/Cargo.toml" | python3 -c '
import json, sys
pkg = json.load(sys.stdin)["packages"][0]
on, todo = set(), sys.argv[1].split(",")
while todo:  # the features the list turns on, transitively
    f = todo.pop()
    if f not in on and f in pkg["features"]:
        on.add(f)
        todo += pkg["features"][f]
for t in pkg["targets"]:
    if t["kind"] == ["test"] and set(t.get("required-features", [])) <= on:
        print(t["name"])' "$features")
  say "$ffi $interp --features $features: cargo check of the library and ${#tests[@]} test targets (log: $log)"
  if PYO3_CONFIG_FILE=$config CARGO_TARGET_DIR=$target cargo check -j2 --manifest-path "$copy/Cargo.toml" \
    --features "$features" --lib "${tests[@]}" >"$log" 2>&1; then
    echo "pyo3 $interp $features (compile only): compiles"
    exit 0
  fi
  say "errors: $(grep -cE '^error(\[E[0-9]+\])?:' "$log"); first: $(grep -m1 -A1 -E '^error' "$log" | paste -sd' ' | tr -s ' ')"
  echo "pyo3 $interp $features (compile only): does not compile"
  exit 1
fi

# The library directory for the loader, as pyo3's CI does (pyenv and Debian can ship the
# same libpython SONAME).
libdir=$(in_env "$py" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")') \
  || die "$py does not run"

parts=(lib tests doc)
[ $quick = 1 ] && parts=(lib tests)
# --tests also runs the lib's unit tests (`--test '*'` refuses the targets whose
# required-features are off): the tests part skips the lib's result when counting.
declare -A part_args=([lib]="--lib" [tests]="--tests" [doc]="--doc")

passed=0 failed=0 ignored=0 broken=() failures=() crashed=() timed_out=() timing=()
for part in "${parts[@]}"; do
  log=$log_base.$part.log
  say "$ffi $interp --features $features: $part (log: $log)"
  t0=$SECONDS rc=0
  # shellcheck disable=SC2086 # part_args holds words
  # A hung test must not hang CI: each part gets $PYO3_PART_TIMEOUT seconds (a cold lib
  # part, which builds every dependency, took 5.5 minutes here under load).
  in_env timeout --kill-after=30 "${PYO3_PART_TIMEOUT:-1800}" env PYO3_PYTHON="$py" CARGO_TARGET_DIR="$target" \
    LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
    cargo test -j2 --no-fail-fast --manifest-path "$copy/Cargo.toml" --features "$features" \
    ${part_args[$part]} >"$log" 2>&1 || rc=$?
  dt=$((SECONDS - t0))
  [ $rc != 124 ] || { say "$part timed out after ${PYO3_PART_TIMEOUT:-1800}s"; timed_out+=("$part"); }
  read -r p f i < <(awk -v part="$part" '
    /^ *Running / { skip = (part == "tests" && $2 == "unittests" && $3 == "src/lib.rs") }
    /^test result: / && !skip {
      for (k = 1; k <= NF; k++) { if ($(k+1) ~ /^passed/) p += $k; if ($(k+1) ~ /^failed/) f += $k; if ($(k+1) ~ /^ignored/) i += $k }
    } END { print p + 0, f + 0, i + 0 }' "$log")
  passed=$((passed + p)) failed=$((failed + f)) ignored=$((ignored + i))
  timing+=("$part ${dt}s ($p/$f/$i)")
  while IFS= read -r l; do broken+=("$l"); done < <(grep -oE '^error: could not compile `[^`]+`( \([^)]*\))?' "$log" | sed 's/^error: could not compile //; s/`//g' || true)
  # A test binary that dies (a signal) prints no result line: cargo names it at the end.
  while IFS= read -r l; do crashed+=("$part: $l"); done < <(sed -n '/^error: [0-9]* targets\{0,1\} failed:/,$p' "$log" | grep -oE '^ +`--[^`]*`' | sed 's/^ *`//; s/`$//' || true)
  while IFS= read -r l; do failures+=("$l"); done < <(grep -E '^test .* \.\.\. FAILED$' "$log" | sed 's/^test //; s/ \.\.\. FAILED$//' || true)
  if [ $rc != 0 ] && [ "$p$f$i" = 000 ] && [ ${#broken[@]} = 0 ]; then
    die "cargo test ($part) failed before running any test: $(grep -m1 '^error' "$log" || tail -n1 "$log") (log: $log)"
  fi
  # Without the library no other part can build: do not spend minutes to repeat its errors.
  if printf '%s\n' "${broken[@]}" | grep -qx 'pyo3 (lib)'; then
    [ "$part" = doc ] || say "pyo3's library did not compile: the remaining parts are skipped"
    break
  fi
done

# cargo rewrote Cargo.lock for the new dependency: every other package must keep the
# version the published lock pins, so that both runs build the same dependencies.
lock_pairs() { awk '/^name = / { n = $3 } /^version = / { print n, $3 }' "$1" | tr -d '"' | sort; }
moved=$(comm -23 <(lock_pairs "$src/Cargo.lock" | grep -v '^pyo3-ffi ') <(lock_pairs "$copy/Cargo.lock") | paste -sd' ')
[ -z "$moved" ] || { say "Cargo.lock of $copy no longer pins: $moved"; status_lock=1; }

say "parts, time (passed/failed/ignored): $(printf '%s\n' "${timing[@]}" | paste -sd',' | sed 's/,/, /g')"
[ ${#failures[@]} = 0 ] || { say "failed tests:"; printf '  %s\n' "${failures[@]}" >&2; }
[ ${#crashed[@]} = 0 ] || say "test targets that failed (tests failed, or the binary died): ${crashed[*]}"
scope=all
[ $quick = 1 ] && scope=quick
label=$features
[ $quick = 1 ] && label="$features (quick)"
echo "pyo3 $interp $label: $passed passed, $failed failed, $ignored ignored"

status=${status_lock:-0}
[ ${#timed_out[@]} = 0 ] || status=1
if [ ${#broken[@]} != 0 ]; then
  say "did not compile: $(printf '%s\n' "${broken[@]}" | sort -u | paste -sd',' | sed 's/,/, /g')"
  # The errors of the first part that had any: how many of each code, and where the first is.
  elog=
  for part in "${parts[@]}"; do
    [ -z "$elog" ] && grep -q '^error' "$log_base.$part.log" 2>/dev/null && elog=$log_base.$part.log
  done
  [ -z "$elog" ] || say "errors in $(basename "$elog"): $(grep -v '^error: could not compile' "$elog" | grep -oE '^error(\[E[0-9]+\])?' | sed 's/^error\[\{0,1\}//; s/\]$//; s/^$/other/' \
    | sort | uniq -c | sort -rn | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }'); first: $(grep -m1 -A1 -E '^error' "$elog" | paste -sd' ' | tr -s ' ')"
  status=1
fi
want=$(awk -F'\t' -v i="$interp" -v f="$features" -v s="$scope" \
  '!/^#/ && $1 == i && $2 == f && $3 == s { print $4, $5, $6 }' "$expected_tsv")
if [ -z "$want" ]; then
  say "no expected counts for '$interp $features $scope' in $expected_tsv; the row would be:"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$interp" "$features" "$scope" "$passed" "$failed" "$ignored" \
    "measured $(date +%F) with ${ffi/pyffi/pyffi (not the reference!)}" >&2
  status=1
elif [ "$want" != "$passed $failed $ignored" ]; then
  read -r wp wf wi <<<"$want"
  say "expected $wp passed, $wf failed, $wi ignored (the reference); got $passed passed, $failed failed, $ignored ignored"
  status=1
fi
exit $status
