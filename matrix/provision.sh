#!/usr/bin/env bash
# Provisions every interpreter of the test matrix, idempotently, in a cache outside the
# checkout ($PYFFI_CACHE, default $PYFFI_CACHE_ROOT/interpreters; the root, under which
# everything the project caches lives, is /var/cache/pyffi by default). Needs root and Debian 12.
#
#   matrix/provision.sh            provision what is missing (a second run does nothing)
#   matrix/provision.sh --list     print the interpreters: name<TAB>python<TAB>mode
#   matrix/provision.sh --verify   run every interpreter (and compile against the header sets)
#
# --list columns: name (cpython-3.14-dbg, cpython-3.13t, pypy-3.11...); how to run its
# python: a host path, or chroot:/usr/bin/X for the sid chroot (run it with
# matrix/chroot-run.sh); mode: embed (embedding and extensions), ext (extensions only,
# PyPy) or headers (no interpreter: column 2 is an include dir, to be compiled with
# -DPy_GIL_DISABLED=1). Only what is provisioned is listed; a missing one is named on
# stderr and the exit status is 1.
#
# Sources: pyenv (3.7-3.13, already in the image, verified only); bookworm packages on the
# host (PyPy 3.9, python3.11-dbg, debootstrap, build deps); a debootstrap'd sid chroot
# for sid's packages, which need sid's glibc (3.14, 3.15, their -dbg, PyPy 3.11); upstream
# CPython 3.13.15 (the orig tarball of sid's python3.13 3.13.15-1 source) built with
# --disable-gil on the host; crates.io for pyo3-ffi 0.30.1 (into cargo's own cache).
# Nothing from sid is ever installed on the host: sid is only reached through
# debootstrap and a private apt configuration used for one source download.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/lib.sh"

PY313T_SRC_VERSION=3.13.15-1
PY313T_PREFIX=$PYFFI_CACHE/cpython-3.13t
PY313T_CONFIGURE=(--disable-gil --enable-shared --with-ensurepip=install --disable-test-modules
  "--prefix=$PY313T_PREFIX" "LDFLAGS=-Wl,-rpath,$PY313T_PREFIX/lib")

HOST_PKGS=(debootstrap pypy3 pypy3-dev pypy3-venv python3.11-dbg libpython3.11-dbg python3.11-dev
  # build dependencies of CPython 3.13t
  build-essential pkg-config xz-utils libssl-dev zlib1g-dev libffi-dev libbz2-dev liblzma-dev
  libsqlite3-dev libreadline-dev libncurses-dev uuid-dev)

SID_PKGS=(python3.14-dev python3.15-dev python3.14-dbg python3.15-dbg
  libpython3.14-dev libpython3.15-dev libpython3.14-dbg libpython3.15-dbg
  python3.14-venv python3.15-venv python3-venv python3-pip python3-pytest
  pypy3 pypy3-dev pypy3-venv gcc libc6-dev pkg-config ca-certificates)
sid_key=$(printf '%s\n' "${SID_PKGS[@]}" | sha256sum | cut -c1-12)
py313t_key=$PY313T_SRC_VERSION-$(printf '%s\n' "${PY313T_CONFIGURE[@]}" | sha256sum | cut -c1-12)

# ---------------------------------------------------------------- the interpreters
# Prints name<TAB>python<TAB>mode<TAB>present(1|0) for each interpreter of the matrix.
rows() {
  local m p sid=0
  for m in 7 8 9 10 11 12 13; do
    p=$(pyenv_python "$m" || true)
    printf 'cpython-3.%s\t%s\tembed\t%s\n' "$m" "${p:-$(pyenv_root)/versions/3.$m.?/bin/python3.$m}" "$([ -n "$p" ] && echo 1 || echo 0)"
  done
  printf 'cpython-3.11-dbg\t/usr/bin/python3.11d\tembed\t%s\n' \
    "$([ -x /usr/bin/python3.11d ] && [ -e /usr/lib/x86_64-linux-gnu/libpython3.11d.so ] && echo 1 || echo 0)"
  printf 'cpython-3.13t\t%s\tembed\t%s\n' "$PY313T_PREFIX/bin/python3.13t" \
    "$([ -f "$STAMPS/cpython-3.13t.$py313t_key" ] && [ -x "$PY313T_PREFIX/bin/python3.13t" ] && echo 1 || echo 0)"
  [ -f "$STAMPS/sid-packages.$sid_key" ] && sid=1
  for m in 14 15; do
    printf 'cpython-3.%s\tchroot:/usr/bin/python3.%s\tembed\t%s\n' "$m" "$m" "$([ $sid = 1 ] && [ -x "$SID_ROOT/usr/bin/python3.$m" ] && echo 1 || echo 0)"
    printf 'cpython-3.%s-dbg\tchroot:/usr/bin/python3.%sd\tembed\t%s\n' "$m" "$m" "$([ $sid = 1 ] && [ -x "$SID_ROOT/usr/bin/python3.${m}d" ] && echo 1 || echo 0)"
    p=$PYFFI_CACHE/headers/cpython-3.${m}t/include
    printf 'cpython-3.%st\t%s\theaders\t%s\n' "$m" "$p" "$(ls "$STAMPS"/headers-3."$m"t.* >/dev/null 2>&1 && [ -f "$p/Python.h" ] \
      && [ -f "$PYFFI_HEADERS/3.$m/include/Python.h" ] && echo 1 || echo 0)"
  done
  printf 'pypy-3.9\t/usr/bin/pypy3\text\t%s\n' "$([ -x /usr/bin/pypy3 ] && [ -f /usr/include/pypy3.9/Python.h ] && echo 1 || echo 0)"
  printf 'pypy-3.11\tchroot:/usr/bin/pypy3\text\t%s\n' \
    "$([ $sid = 1 ] && { [ -e "$SID_ROOT/usr/bin/pypy3" ] || [ -L "$SID_ROOT/usr/bin/pypy3" ]; } && echo 1 || echo 0)"
}

cmd_list() {
  local name run mode present rc=0
  while IFS=$'\t' read -r name run mode present; do
    if [ "$present" = 1 ]; then printf '%s\t%s\t%s\n' "$name" "$run" "$mode"
    else say "missing: $name (run matrix/provision.sh)"; rc=1; fi
  done < <(rows)
  return $rc
}

# Checks an interpreter is the one its name says: argv = impl minor dbg(0|1) ft(0|1).
VERIFY_PY='
import sys, sysconfig
impl, minor, dbg, ft = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4] == "1"
assert sys.implementation.name == impl, sys.implementation.name
assert sys.version_info[:2] == (3, minor), sys.version_info
assert hasattr(sys, "gettotalrefcount") == dbg, "debug build mismatch"
gil_off = sysconfig.get_config_var("Py_GIL_DISABLED") == 1
assert gil_off == ft, "Py_GIL_DISABLED mismatch"
if ft:
    assert not sys._is_gil_enabled(), "the GIL is enabled"
print(" ".join(sys.version.split()))
'

verify_one() { # name run mode
  local name=$1 run=$2 mode=$3 impl=cpython minor dbg=0 ft=0 out
  case $name in pypy-*) impl=pypy ;; esac
  minor=${name#*-3.}; minor=${minor%%[!0-9]*}
  case $name in *-dbg) dbg=1 ;; *t) ft=1 ;; esac
  if [ "$mode" = headers ]; then
    out=$(printf '#include <Python.h>\n#if PY_MINOR_VERSION != %s || !Py_GIL_DISABLED\n#error wrong headers\n#endif\n' "$minor" \
      | gcc -fsyntax-only -DPy_GIL_DISABLED=1 -I"$run" -x c - 2>&1) || { printf '%s\n' "$out" >&2; return 1; }
    out="headers compile with -DPy_GIL_DISABLED=1 ($(grep -m1 '#define PY_VERSION ' "$run/patchlevel.h" | awk '{print $3}'))"
  elif [[ $run == chroot:* ]]; then
    out=$("$here/chroot-run.sh" "${run#chroot:}" -c "$VERIFY_PY" "$impl" "$minor" "$dbg" "$ft" 2>&1) || { printf '%s\n' "$out" >&2; return 1; }
  else
    out=$("$run" -c "$VERIFY_PY" "$impl" "$minor" "$dbg" "$ft" 2>&1) || { printf '%s\n' "$out" >&2; return 1; }
  fi
  printf '%-18s ok   %s\n' "$name" "$out"
}

cmd_verify() {
  local name run mode present pass=0 fail=0
  while IFS=$'\t' read -r name run mode present; do
    if [ "$present" = 1 ] && verify_one "$name" "$run" "$mode"; then pass=$((pass + 1))
    else printf '%-18s FAIL %s\n' "$name" "$([ "$present" = 1 ] || echo 'not provisioned')"; fail=$((fail + 1)); fi
  done < <(rows)
  echo "$pass passed, $fail failed"
  [ "$fail" = 0 ]
}

# ---------------------------------------------------------------- provisioning steps
# Each step prints nothing on success but its result word (cached|done) in STEP_RESULT.
STEP_RESULT=""
SUMMARY=()

run_step() { # name function
  local name=$1 t0=$SECONDS dt
  say "step $name ..."
  STEP_RESULT="done"
  "$2"
  dt=$((SECONDS - t0))
  say "step $name: $STEP_RESULT in ${dt}s"
  SUMMARY+=("$(printf '%-16s %-7s %5ss' "$name" "$STEP_RESULT" "$dt")")
}

# logged NAME CMD...: CMD's output goes to $LOGS/NAME.log; on failure its tail is shown.
logged() {
  local log=$LOGS/$1.log; shift
  printf '\n$ %s\n' "$*" >>"$log"
  "$@" >>"$log" 2>&1 || {
    local rc=$?
    tail -n 40 "$log" >&2
    die "failed (exit $rc): $* (log: $log)"
  }
}

step_pyenv() {
  local m missing=()
  for m in 7 8 9 10 11 12 13; do pyenv_python "$m" >/dev/null || missing+=("3.$m"); done
  [ ${#missing[@]} = 0 ] || die "pyenv CPython ${missing[*]} missing under $(pyenv_root)/versions (install with: pyenv install 3.X)"
  STEP_RESULT=checked
}

# Installs HOST_PKGS that are not installed, from bookworm only.
step_host_packages() {
  local p missing=() bad
  for p in "${HOST_PKGS[@]}"; do
    [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null)" = "ii " ] || missing+=("$p")
  done
  if [ ${#missing[@]} = 0 ]; then STEP_RESULT=cached; return; fi
  say "installing on the host: ${missing[*]}"
  logged host-packages apt-get "${APT_OPTS[@]}" update
  # Refuse anything that would come from elsewhere than Debian 12 (e.g. a sid source
  # someone added to the host's apt without a pin).
  bad=$(apt-get "${APT_OPTS[@]}" -s install --no-install-recommends "${missing[@]}" 2>&1 \
    | grep '^Inst ' | grep -Ev '\(\S+ Debian(-Security)?:12[./]' || true)
  [ -z "$bad" ] || die "refusing: apt would install from outside bookworm:"$'\n'"$bad"
  DEBIAN_FRONTEND=noninteractive logged host-packages \
    apt-get "${APT_OPTS[@]}" install -y --no-install-recommends "${missing[@]}"
}

step_sid_chroot() {
  if [ -f "$STAMPS/sid-debootstrap" ] && [ -x "$SID_ROOT/bin/sh" ]; then STEP_RESULT=cached; return; fi
  local d
  for d in "$SID_ROOT" "$SID_ROOT.partial"; do
    [ -z "$(mounts_under "$d")" ] || die "something is mounted under $d; refusing to delete it"
    rm -rf "$d"
  done
  rm -f "$STAMPS"/sid-*
  # debootstrap mounts /proc etc. in the target: a private namespace drops them even if it dies.
  logged sid-chroot unshare --mount --propagation private -- \
    debootstrap --variant=minbase sid "$SID_ROOT.partial" "$MIRROR"
  d=$SID_ROOT.partial
  printf 'deb %s sid main\n' "$MIRROR" >"$d/etc/apt/sources.list"
  printf '%s\n' 'Acquire::Check-Valid-Until "false";' 'APT::Install-Recommends "false";' \
    'APT::Install-Suggests "false";' >"$d/etc/apt/apt.conf.d/99pyffi"
  printf '#!/bin/sh\nexit 101\n' >"$d/usr/sbin/policy-rc.d"; chmod +x "$d/usr/sbin/policy-rc.d"
  mv "$d" "$SID_ROOT"
  touch "$STAMPS/sid-debootstrap"
}

step_sid_packages() {
  if [ -f "$STAMPS/sid-packages.$sid_key" ]; then STEP_RESULT=cached; return; fi
  rm -f "$STAMPS"/sid-packages.*
  logged sid-packages "$here/chroot-run.sh" dpkg --configure -a # after an interrupted run
  logged sid-packages "$here/chroot-run.sh" apt-get update
  logged sid-packages "$here/chroot-run.sh" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${SID_PKGS[@]}"
  logged sid-packages "$here/chroot-run.sh" apt-get clean
  local p
  for p in python3.14 python3.14d python3.15 python3.15d pypy3; do
    logged sid-packages "$here/chroot-run.sh" "/usr/bin/$p" -c 'import sys; print(sys.version)'
  done
  dpkg-query --admindir="$SID_ROOT/var/lib/dpkg" -W "${SID_PKGS[@]}" >"$PYFFI_CACHE/sid-versions.txt"
  touch "$STAMPS/sid-packages.$sid_key"
}

# 3.14t/3.15t: no free-threaded build can be made here, so their header sets: sid's
# (GIL) headers, self-contained (the multiarch pyconfig.h put in place of its wrapper),
# to be compiled with -DPy_GIL_DISABLED=1.
step_ft_headers() {
  local m ver dst n=0
  for m in 14 15; do
    ver=$(dpkg-query --admindir="$SID_ROOT/var/lib/dpkg" -W -f='${Version}' "libpython3.$m-dev")
    dst=$PYFFI_CACHE/headers/cpython-3.${m}t/include
    [ -f "$STAMPS/headers-3.${m}t.$ver" ] && [ -f "$dst/Python.h" ] && continue
    rm -f "$STAMPS/headers-3.${m}t".*
    rm -rf "$dst"; mkdir -p "$(dirname "$dst")"
    cp -a "$SID_ROOT/usr/include/python3.$m" "$dst"
    rm -f "$dst/pyconfig.h"
    cp "$SID_ROOT/usr/include/x86_64-linux-gnu/python3.$m/pyconfig.h" "$dst/pyconfig.h"
    verify_one "cpython-3.${m}t" "$dst" headers >&2
    echo "libpython3.$m-dev $ver" >"$(dirname "$dst")/SOURCE"
    touch "$STAMPS/headers-3.${m}t.$ver"; n=$((n + 1))
  done
  [ $n -gt 0 ] || STEP_RESULT=cached
}

# apt-get with a private configuration that knows only sid's and experimental's deb-src:
# the host's sources, lists and dpkg status are neither read nor touched.
apt_src() {
  local d=$PYFFI_CACHE/apt-src
  mkdir -p "$d/etc/sources.list.d" "$d/etc/preferences.d" "$d/lists/partial" "$d/cache/archives/partial"
  [ -f "$d/status" ] || : >"$d/status"
  printf 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' \
    "$MIRROR" sid "$MIRROR" experimental >"$d/etc/sources.list"
  apt-get "${APT_OPTS[@]}" -o "Dir::Etc::sourcelist=$d/etc/sources.list" \
    -o "Dir::Etc::sourceparts=$d/etc/sources.list.d" -o "Dir::Etc::preferences=$d/etc/preferences" \
    -o "Dir::Etc::preferencesparts=$d/etc/preferences.d" -o "Dir::State::lists=$d/lists" \
    -o "Dir::State::status=$d/status" -o "Dir::Cache=$d/cache" -o APT::Sandbox::User=root "$@"
}

step_py313t_source() {
  local upstream=${PY313T_SRC_VERSION%-*} tarball
  tarball=$PYFFI_CACHE/src/python3.13_$upstream.orig.tar.xz
  if [ -f "$tarball" ]; then STEP_RESULT=cached; return; fi
  mkdir -p "$PYFFI_CACHE/src/dl"
  logged py313t-source apt_src update
  # apt checks each file against the signed Sources index.
  (cd "$PYFFI_CACHE/src/dl" && logged py313t-source apt_src source --download-only "python3.13=$PY313T_SRC_VERSION")
  mv "$PYFFI_CACHE/src/dl/python3.13_$upstream.orig.tar.xz" "$tarball"
  rm -rf "$PYFFI_CACHE/src/dl" "$PYFFI_CACHE/apt-src"
}

# Upstream CPython (the orig tarball, without Debian's patches), free-threaded, shared.
step_py313t_build() {
  local py=$PY313T_PREFIX/bin/python3.13t b=$PYFFI_CACHE/build/cpython-3.13t
  if [ -f "$STAMPS/cpython-3.13t.$py313t_key" ] && [ -x "$py" ]; then STEP_RESULT=cached; return; fi
  rm -f "$STAMPS"/cpython-3.13t.*
  rm -rf "$b" "$PY313T_PREFIX"; mkdir -p "$b"
  tar -xJf "$PYFFI_CACHE/src/python3.13_${PY313T_SRC_VERSION%-*}.orig.tar.xz" -C "$b" --strip-components=1
  (cd "$b" && logged py313t-build ./configure "${PY313T_CONFIGURE[@]}" \
    && logged py313t-build make -j"$(nproc)" && logged py313t-build make install)
  logged py313t-build "$py" -c "$VERIFY_PY" cpython 13 0 1
  logged py313t-build "$py" -c 'import ssl, zlib, ctypes, bz2, lzma, sqlite3, readline, uuid'
  logged py313t-build "$py" -m pip --version
  [ -e "$PY313T_PREFIX/lib/libpython3.13t.so" ] || die "no libpython3.13t.so in $PY313T_PREFIX/lib"
  rm -rf "$PYFFI_CACHE/build"
  touch "$STAMPS/cpython-3.13t.$py313t_key"
}

# The header sets of every version and of PyPy (gen/fetch-headers.sh), which the
# headers-only layout checks read.
step_header_sets() {
  local out
  out=$(bash "$here/../gen/fetch-headers.sh" 2>&1) || { printf '%s\n' "$out" >&2; die "gen/fetch-headers.sh failed"; }
}

# Cargo's cache: the checks against pyo3-ffi 0.30.1 (tests/build_script.rs's oracle,
# tests/cross.sh, the benchmark) build it with --offline, so its crates are fetched here,
# with the workspace's own.
step_crates() {
  local dir=$PYFFI_CACHE/crates
  mkdir -p "$dir/src"
  : >"$dir/src/lib.rs"
  cat >"$dir/Cargo.toml" <<'TOML'
[package]
name = "pyffi-fetch"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
pyo3-ffi = "=0.30.1"

[workspace]
TOML
  if cargo fetch --offline --manifest-path "$dir/Cargo.toml" >/dev/null 2>&1 \
    && cargo fetch --offline --manifest-path "$here/../Cargo.toml" >/dev/null 2>&1; then
    STEP_RESULT=cached
    return
  fi
  logged crates cargo fetch --manifest-path "$dir/Cargo.toml"
  logged crates cargo fetch --manifest-path "$here/../Cargo.toml"
}

cmd_provision() {
  [ "$(id -u)" = 0 ] || die "provision.sh needs root"
  grep -q '^VERSION_CODENAME=bookworm' /etc/os-release || die "this host is not Debian 12 (bookworm)"
  mkdir -p "$PYFFI_CACHE" "$STAMPS" "$LOGS"
  exec 9>"$PYFFI_CACHE/.lock"
  flock -n 9 || { say "waiting for another provision.sh ..."; flock 9; }
  renice -n 19 -p $$ >/dev/null 2>&1 || true
  local t0=$SECONDS
  say "cache: $PYFFI_CACHE (logs in $LOGS)"
  run_step pyenv step_pyenv
  run_step crates step_crates
  run_step host-packages step_host_packages
  run_step sid-chroot step_sid_chroot
  run_step sid-packages step_sid_packages
  run_step ft-headers step_ft_headers
  run_step header-sets step_header_sets
  run_step py313t-source step_py313t_source
  run_step py313t-build step_py313t_build
  say "summary (total $((SECONDS - t0))s):"
  printf '  %s\n' "${SUMMARY[@]}" >&2
  say "disk: $(du -sh "$PYFFI_CACHE" 2>/dev/null | cut -f1) in $PYFFI_CACHE"
  cmd_list
}

case ${1:-} in
  "") cmd_provision ;;
  --list) cmd_list ;;
  --verify) cmd_verify ;;
  -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' ;;
  *) die "unknown argument $1 (see --help)" ;;
esac
