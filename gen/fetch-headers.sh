#!/usr/bin/env bash
# Lays out the CPython and PyPy headers the generator and the layout checks read, one
# folder per version, in a cache outside the checkout ($PYFFI_HEADERS, default
# $PYFFI_CACHE_ROOT/headers, the root by default /var/cache/pyffi): pyenv's for 3.7-3.13,
# the exact Debian packages below for 3.14, 3.15 and PyPy. Idempotent; prints the path.
#
# The packages are fetched with a private apt configuration that knows only Debian sid:
# the host's sources, lists and dpkg status are neither read nor touched, nothing is
# installed, and the packages are only unpacked.
set -euo pipefail
cache=${PYFFI_HEADERS:-${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/headers}
mirror=${PYFFI_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$cache"
pyenv_root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
for v in 7 8 9 10 11 12 13; do
  src=$(ls -d "$pyenv_root"/versions/3.$v.*/include/python3.$v* 2>/dev/null | sort -V | tail -n1 || true)
  [ -n "$src" ] || { echo "error: pyenv CPython 3.$v is missing; install it with: pyenv install 3.$v" >&2; exit 1; }
  [ "$(readlink "$cache/3.$v/include" 2>/dev/null)" = "$src" ] && continue
  rm -rf "$cache/3.$v"; mkdir -p "$cache/3.$v"; ln -s "$src" "$cache/3.$v/include"
done

apt_dir=$cache/.apt
sid_apt() {
  mkdir -p "$apt_dir/etc/sources.list.d" "$apt_dir/etc/preferences.d" "$apt_dir/lists/partial" \
    "$apt_dir/cache/archives/partial"
  [ -f "$apt_dir/status" ] || : >"$apt_dir/status"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s sid main\n' "$mirror" \
    >"$apt_dir/etc/sources.list"
  # The mirror's snapshot is frozen: its Release files are past Valid-Until.
  apt-get -o Acquire::Check-Valid-Until=false -o "Dir::Etc::sourcelist=$apt_dir/etc/sources.list" \
    -o "Dir::Etc::sourceparts=$apt_dir/etc/sources.list.d" -o "Dir::Etc::preferences=$apt_dir/etc/preferences" \
    -o "Dir::Etc::preferencesparts=$apt_dir/etc/preferences.d" -o "Dir::State::lists=$apt_dir/lists" \
    -o "Dir::State::status=$apt_dir/status" -o "Dir::Cache=$apt_dir/cache" -o APT::Sandbox::User=root "$@"
}
updated=0
# fetch DIR PKG=VERSION...: downloads the packages and unpacks them into DIR/root.
fetch() {
  local dir=$1 tmp d
  shift
  if [ $updated = 0 ]; then
    sid_apt update -qq >/dev/null 2>&1 || { echo "error: apt cannot read Debian sid from $mirror (set PYFFI_MIRROR to a Debian mirror)" >&2; exit 1; }
    updated=1
  fi
  tmp=$(mktemp -d)
  (cd "$tmp" && sid_apt download -qq "$@" >/dev/null 2>&1) || {
    rm -rf "$tmp"; echo "error: cannot download $* from Debian sid at $mirror" >&2; exit 1; }
  rm -rf "$dir"; mkdir -p "$dir/root"
  for d in "$tmp"/*.deb; do dpkg -x "$d" "$dir/root"; done
  rm -rf "$tmp"
}

# Exact versions: the sid snapshot is frozen, and the generator's output depends on them.
for spec in "14 3.14.10-1" "15 3.15.2-1"; do
  set -- $spec
  dir=$cache/3.$1
  [ -f "$dir/stamp" ] && grep -qx "$2" "$dir/stamp" && continue
  fetch "$dir" "libpython3.$1-dev=$2"
  ln -s "root/usr/include/python3.$1" "$dir/include"
  echo "$2" >"$dir/stamp"
done
# PyPy: the -dev package has the headers, the interpreter package the generated pypy_decl.h.
for spec in "3.9 7.3.11+dfsg-2+deb12u3" "3.11 8.0.1+dfsg-1"; do
  set -- $spec
  dir=$cache/pypy$1
  [ -f "$dir/stamp" ] && grep -qx "$2" "$dir/stamp" && continue
  if [ "$1" = 3.9 ]; then
    # bookworm's version, which sid no longer has: from the host's own apt.
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get -o Acquire::Check-Valid-Until=false download -qq "pypy3-dev=$2" "pypy3=$2" >/dev/null 2>&1) || {
      rm -rf "$tmp"; echo "error: cannot download pypy3-dev/pypy3 $2 from Debian 12 (run apt-get update)" >&2; exit 1; }
    rm -rf "$dir"; mkdir -p "$dir/root"
    for d in "$tmp"/*.deb; do dpkg -x "$d" "$dir/root"; done
    rm -rf "$tmp"
  else
    fetch "$dir" "pypy3-dev=$2" "pypy3=$2"
  fi
  ln -s "root/usr/include/pypy$1" "$dir/include"
  echo "$2" >"$dir/stamp"
done
rm -rf "$apt_dir"
echo "$cache"
