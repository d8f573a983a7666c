#!/usr/bin/env bash
# Builds orjson 3.13.0 from its PyPI sdist and runs its own test suite (pytest) on it.
#
#   consumers/orjson.sh [--reference] [PYTHON]      PYTHON: default python3 (3.10+)
#
# Default (pyffi) mode: the sdist's `pyo3-ffi` dependency line is pointed at this
# checkout (`package = "pyffi"`), its build script's pyo3-build-config moved from 0.29 to
# 0.30 (see below), and it is built with `cargo build --release`, since maturin
# only recognises crates named pyo3/pyo3-ffi; the package is laid out by hand (orjson's
# pysrc/orjson + the cdylib named with the interpreter's EXT_SUFFIX).
# --reference: the unmodified sdist built by maturin against the real pyo3-ffi; its
# counts are recorded in consumers/orjson-expected.tsv, which the pyffi mode must match.
#
# Prints `orjson PYTHON: P passed, F failed, S skipped`; exits non-zero on a compile
# error, a failed test, or counts that differ from the recorded reference.
# Everything downloaded or built goes to ${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/consumers/orjson
# (target dirs per mode and interpreter, so a second run is incremental).
# Free-threaded interpreters: orjson's build script refuses them unless
# ORJSON_BUILD_FREETHREADED=1 is in the environment.
set -euo pipefail

ORJSON_VERSION=3.13.0
ORJSON_SHA256=d1de5eb04485110c5da4c657e49168995d55e076b1ce60f1a042e254f4186c4f
# The dependency lines of the sdist's Cargo.toml that the pyffi mode replaces.
PYO3_FFI_LINE='pyo3-ffi = { version = "0.29", default-features = false }'
BUILD_CONFIG_LINE='pyo3-build-config = { version = "0.29" }'

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
expected_tsv=$here/orjson-expected.tsv
cache=${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/consumers/orjson

die() { printf 'orjson.sh: error: %s\n' "$*" >&2; exit 2; }
say() { printf '[orjson] %s\n' "$*" >&2; }
usage() { die "usage: consumers/orjson.sh [--reference] [PYTHON]"; }

mode=pyffi
py=python3
while [ $# -gt 0 ]; do
  case $1 in
    --reference) mode=reference ;;
    -h | --help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) usage ;;
    *) [ "$py" = python3 ] || usage; py=$1 ;;
  esac
  shift
done

command -v "$py" >/dev/null 2>&1 || die "no interpreter '$py': pass the path of a python3 executable"
pyinfo=$("$py" -c '
import hashlib, os, sys, sysconfig
# The version with its ABI flags (3.11d, 3.13t): the key of a row of orjson-expected.tsv.
print(sys.implementation.name, "%d.%d%s" % (*sys.version_info[:2], getattr(sys, "abiflags", "")),
      sysconfig.get_config_var("EXT_SUFFIX"),
      hashlib.md5(os.path.realpath(sys.executable).encode()).hexdigest()[:8], sys.executable)
' 2>/dev/null) || die "'$py' does not run as a Python 3 interpreter: pass the path of a python3 executable"
read -r impl pyver ext_suffix pyhash pyexe <<<"$pyinfo"
case $pyver in 3.[0-9] | 3.[0-9][!0-9]* | 2.*) die "orjson $ORJSON_VERSION needs Python >= 3.10; '$py' is $pyver" ;; esac
pykey=$impl-$pyver-$pyhash
label="orjson $py"

# One run at a time per cache: the sdist, the venvs and the target dirs are shared.
mkdir -p "$cache/logs"
exec 9>"$cache/lock"
flock -n 9 || { say "waiting for another consumers/orjson.sh run on $cache"; flock 9; }

if [ $mode = pyffi ]; then
  # A build per checkout: the path dependency names this checkout.
  ckid=$(printf '%s' "$repo" | md5sum | cut -c1-12)
  tag=pyffi-$ckid
else
  tag=reference
fi
src=$cache/src/$tag/orjson-$ORJSON_VERSION
target=$cache/target/$tag/$pykey
site=$cache/site/$tag/$pykey
venv=$cache/venv/$pykey
logs=$cache/logs
log=$logs/$tag.$pykey
t_start=$SECONDS

# --- the sdist --------------------------------------------------------------------------
sdist=$cache/dist/orjson-$ORJSON_VERSION.tar.gz
if [ ! -f "$sdist" ]; then
  say "downloading the orjson $ORJSON_VERSION sdist"
  # --no-binary orjson rather than :all:, which would also build the metadata step's
  # maturin from source (minutes of compiling); the file fetched is the same sdist.
  "$py" -m pip download -q --no-binary orjson --no-deps "orjson==$ORJSON_VERSION" \
    -d "$cache/dist" >"$logs/download.log" 2>&1 ||
    die "pip download of orjson==$ORJSON_VERSION failed (PyPI reachable?): see $logs/download.log"
fi
echo "$ORJSON_SHA256  $sdist" | sha256sum -c --quiet - >/dev/null 2>&1 ||
  die "$sdist is not the orjson $ORJSON_VERSION sdist (sha256 differs): delete it and rerun"

# Unpacked once per mode; kept so that cargo's freshness checks see unchanged files.
if [ ! -f "$src/Cargo.toml" ]; then
  rm -rf "$src.tmp" && mkdir -p "$src.tmp"
  tar -xzf "$sdist" -C "$src.tmp"
  rm -rf "$src" && mv "$src.tmp/orjson-$ORJSON_VERSION" "$src" && rm -rf "$src.tmp"
fi

# write_if_changed FILE: stdin to FILE, leaving FILE (and its mtime) alone if unchanged.
write_if_changed() {
  local tmp=$1.new
  cat >"$tmp"
  if cmp -s "$tmp" "$1"; then rm -f "$tmp"; else mv "$tmp" "$1"; fi
}

if [ $mode = pyffi ]; then
  orig=$src/Cargo.toml.sdist
  [ -f "$orig" ] || cp -p "$src/Cargo.toml" "$orig"
  for line in "$PYO3_FFI_LINE" "$BUILD_CONFIG_LINE"; do
    [ "$(grep -cxF "$line" "$orig")" = 1 ] || die "the sdist's Cargo.toml has no line '$line': $orig"
  done
  # The change: pyo3-ffi is this checkout. And orjson's build script reads the
  # interpreter config that pyffi exports (DEP_PYTHON_PYO3_CONFIG) with pyo3-build-config's
  # get(), so the reader must be the writer's version, 0.30 (pyffi is pyo3-ffi 0.30.1):
  # 0.29.3 cannot parse 0.30's `target_abi=CPython-gil_enabled-3.11-debug` of debug builds.
  awk -v ffi="$PYO3_FFI_LINE" -v bc="$BUILD_CONFIG_LINE" \
    -v ffi_new="pyo3-ffi = { path = \"$repo\", package = \"pyffi\" }" \
    -v bc_new='pyo3-build-config = { version = "0.30" }' \
    '$0 == ffi { print ffi_new; next } $0 == bc { print bc_new; next } { print }' "$orig" |
    write_if_changed "$src/Cargo.toml"
  # Strictly needed too: the sdist replaces crates.io by its vendored crates
  # (include/cargo), which lack pyffi's build dependency pyo3-build-config 0.30.1 and its
  # own dependencies. Without the replacement, cargo takes the same locked versions of
  # orjson's other crates from crates.io, and adds pyffi's to Cargo.lock.
  [ -f "$src/.cargo/config.toml" ] && mv "$src/.cargo/config.toml" "$src/.cargo/config.toml.vendored"
fi

# --- the test venv: orjson's test/requirements.txt -------------------------------------
reqs=$src/test/requirements.txt
stamp=$venv/.orjson-test-requirements
if ! cmp -s "$reqs" "$stamp" 2>/dev/null; then
  say "test venv $venv: installing test/requirements.txt"
  rm -rf "$venv"
  "$py" -m venv "$venv" >"$logs/venv.$pykey.log" 2>&1 || die "'$py' -m venv failed: see $logs/venv.$pykey.log"
  : >"$venv/.orjson-not-installed"
  # One requirement at a time: an optional one that cannot be installed only skips its tests.
  while IFS= read -r req; do
    [ -n "${req// /}" ] || continue
    if ! "$venv/bin/python" -m pip install -q "$req" >>"$logs/venv.$pykey.log" 2>&1; then
      echo "${req%%[;<>= ]*}" >>"$venv/.orjson-not-installed"
    fi
  done <"$reqs"
  grep -qx pytest "$venv/.orjson-not-installed" && die "pytest did not install into $venv: see $logs/venv.$pykey.log"
  cp "$reqs" "$stamp"
fi
# What the suite imports optionally; absent ones skip their tests (a marker in
# requirements.txt excludes some on some Pythons, pip may have failed on others; pandas
# the suite tries but requirements.txt does not name).
missing=$("$venv/bin/python" -c '
import importlib.util as u, sys
reqs = open(sys.argv[1]).read()
mods = {"faker": "faker", "numpy": "numpy", "pendulum": "pendulum", "psutil": "psutil",
        "python-dateutil": "dateutil", "pytz": "pytz", "pandas": "pandas"}
print(" ".join(k + ("" if k in reqs else " (not in requirements.txt)")
               for k, m in mods.items() if u.find_spec(m) is None))' "$reqs")
failed_pip=$(tr '\n' ' ' <"$venv/.orjson-not-installed")
[ -z "$missing" ] || say "optional test dependencies absent (their tests skip): $missing${failed_pip:+; pip failed on: $failed_pip}"

# --- the build --------------------------------------------------------------------------
mkdir -p "$target"
t_build=$SECONDS
build_ok=1
if [ $mode = pyffi ]; then
  say "cargo build --release (orjson on pyffi at $repo) for $pyexe"
  # What maturin would set for a pyo3-ffi cdylib: the interpreter, no libpython link,
  # and --strip (the sdist's recommended `maturin build --release --strip`). orjson's
  # pyproject enables no feature and sets no RUSTFLAGS; it builds on stable (>= 1.95).
  (cd "$src" && env PYO3_PYTHON="$pyexe" PYO3_BUILD_EXTENSION_MODULE=1 \
    CARGO_PROFILE_RELEASE_STRIP=symbols nice -n 10 \
    cargo build --release --lib -j 2 --target-dir "$target") >"$log.build.log" 2>&1 || build_ok=0
  so=$target/release/liborjson.so
  if [ $build_ok = 1 ]; then
    rm -rf "$site.tmp" && mkdir -p "$site.tmp/orjson"
    cp "$src"/pysrc/orjson/* "$site.tmp/orjson/"
    cp "$so" "$site.tmp/orjson/orjson$ext_suffix"
    rm -rf "$site" && mv "$site.tmp" "$site"
  fi
else
  maturin=$cache/tools/bin/maturin
  if [ ! -x "$maturin" ]; then
    say "installing maturin (the sdist's build-system requires: maturin>=1,<2) into $cache/tools"
    { "$py" -m venv "$cache/tools" && "$cache/tools/bin/python" -m pip install -q 'maturin>=1,<2'; } \
      >"$logs/tools.log" 2>&1 || die "could not install maturin: see $logs/tools.log"
  fi
  say "maturin build --release --strip (unmodified sdist, real pyo3-ffi) for $pyexe"
  wheels=$target/wheels
  rm -rf "$wheels"
  (cd "$src" && nice -n 10 "$maturin" build --release --strip --interpreter "$pyexe" \
    --out "$wheels" --target-dir "$target" -j 2) >"$log.build.log" 2>&1 || build_ok=0
  if [ $build_ok = 1 ]; then
    whl=$(ls "$wheels"/orjson-*.whl)
    rm -rf "$site.tmp" && mkdir -p "$site.tmp"
    "$py" -m zipfile -e "$whl" "$site.tmp"
    rm -rf "$site" && mv "$site.tmp" "$site"
  fi
fi
build_s=$((SECONDS - t_build))
if [ $build_ok = 0 ]; then
  say "build failed after ${build_s}s; the errors (full log: $log.build.log):"
  grep -E -A14 '^error' "$log.build.log" | head -n 80 >&2 || tail -n 40 "$log.build.log" >&2
  echo "$label: compile error ($mode mode; $log.build.log)"
  exit 1
fi
say "built in ${build_s}s: $(cd "$site" && ls orjson/*.so)"
# A module for `import`, not a program: it must not link libpython (the interpreter
# that imports it provides the symbols), as maturin's wheel does not.
if ! command -v readelf >/dev/null; then
  say "no readelf (binutils): not checked that the module does not link libpython"
elif readelf -d "$site"/orjson/orjson*.so | grep -q 'NEEDED.*libpython'; then
  echo "$label: the built module links libpython ($site/orjson)"
  exit 1
fi

# --- the tests --------------------------------------------------------------------------
t_test=$SECONDS
xml=$log.junit.xml
rm -f "$xml"
# From the sdist's root, where pyproject.toml's [tool.pytest] applies and no orjson
# package shadows the one under test (orjson's sources are in pysrc/).
where=$(cd "$src" && PYTHONPATH=$site "$venv/bin/python" -c 'import orjson.orjson as m; print(m.__file__)')
[[ $where == "$site"/* ]] || { echo "$label: imported orjson from $where, not $site"; exit 1; }
rc=0
(cd "$src" && PYTHONPATH=$site timeout --kill-after=30 1800 "$venv/bin/python" -m pytest test \
  -p no:cacheprovider -rfEs --junitxml="$xml") >"$log.pytest.log" 2>&1 || rc=$?
test_s=$((SECONDS - t_test))
[ -s "$xml" ] || { tail -n 30 "$log.pytest.log" >&2; echo "$label: pytest wrote no report (exit $rc; $log.pytest.log)"; exit 1; }
read -r passed failed skipped < <("$py" -c '
import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
s = r if r.tag == "testsuite" else r.find("testsuite")
n, f, e, k = (int(s.get(a, 0)) for a in ("tests", "failures", "errors", "skipped"))
print(n - f - e - k, f + e, k)' "$xml")
tail -n 1 "$log.pytest.log" | sed 's/^/[orjson] pytest: /' >&2
if [ "$failed" != 0 ]; then
  grep -E '^(FAILED|ERROR) ' "$log.pytest.log" | head -n 40 >&2 || true
fi
say "tests ${test_s}s, whole run $((SECONDS - t_start))s; logs: $log.*"

# --- the reference counts ---------------------------------------------------------------
# consumers/orjson-expected.tsv: python, passed, failed, skipped of the reference build
# (with the optional test dependencies this machine installs).
row="$impl-$pyver	$passed	$failed	$skipped"
recorded=$(awk -F'\t' -v k="$impl-$pyver" '$1 == k { print; exit }' "$expected_tsv" 2>/dev/null || true)
echo "$label: $passed passed, $failed failed, $skipped skipped"
status=0
[ "$failed" = 0 ] && [ "$rc" = 0 ] || status=1
if [ -z "$recorded" ]; then
  if [ $mode = reference ] && [ $status = 0 ]; then
    [ -f "$expected_tsv" ] || printf '# orjson %s test suite, reference build (consumers/orjson.sh --reference PYTHON)\npython\tpassed\tfailed\tskipped\n' \
      "$ORJSON_VERSION" >"$expected_tsv"
    printf '%s\n' "$row" >>"$expected_tsv"
    say "recorded in $expected_tsv: $row"
  elif [ $mode = pyffi ]; then
    say "no reference counts for $impl-$pyver in $expected_tsv: run consumers/orjson.sh --reference $py"
    status=1
  fi
elif [ "$recorded" != "$row" ]; then
  say "counts differ from the reference in $expected_tsv: expected '$(tr '\t' ' ' <<<"$recorded")', got '$(tr '\t' ' ' <<<"$row")'"
  [ $mode = pyffi ] || say "if the reference itself changed, delete the $impl-$pyver row and rerun --reference"
  status=1
fi
exit $status
