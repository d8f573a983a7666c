#!/usr/bin/env bash
# Lays out the CPython headers the generator reads, one folder per minor version,
# in a cache outside the checkout: pyenv's for 3.7-3.13, Debian sid's packages for 3.14/3.15.
set -euo pipefail
cache=${PYFFI_HEADERS:-/var/cache/pyffi/headers}
mkdir -p "$cache"
pyenv_root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
for v in 7 8 9 10 11 12 13; do
  src=$(ls -d "$pyenv_root"/versions/3.$v.*/include/python3.$v* 2>/dev/null | head -n1 || true)
  [ -n "$src" ] || { echo "error: pyenv CPython 3.$v is missing; install it under $pyenv_root/versions" >&2; exit 1; }
  rm -rf "$cache/3.$v"; mkdir -p "$cache/3.$v"; ln -s "$src" "$cache/3.$v/include"
done
# Exact versions: the sid snapshot is frozen, and apt is pinned never to install from sid.
for spec in "14 3.14.10-1" "15 3.15.2-1"; do
  set -- $spec; v=$1
  [ -f "$cache/3.$v/stamp" ] && grep -qx "$2" "$cache/3.$v/stamp" && continue
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get -o Acquire::Check-Valid-Until=false download -qq "libpython3.$v-dev=$2" >/dev/null 2>&1) || {
    echo "error: cannot download libpython3.$v-dev; add Debian sid to apt's sources (deb, with Check-Valid-Until false) and run apt-get update" >&2; exit 1; }
  rm -rf "$cache/3.$v"; mkdir -p "$cache/3.$v/root"
  dpkg -x "$tmp"/*.deb "$cache/3.$v/root"
  ln -s root/usr/include/python3.$v "$cache/3.$v/include"
  echo "$2" > "$cache/3.$v/stamp"; rm -rf "$tmp"
done
# PyPy: the -dev package has the headers, the interpreter package the generated pypy_decl.h.
for spec in "3.9 7.3.11+dfsg-2+deb12u3" "3.11 8.0.1+dfsg-1"; do
  set -- $spec
  dir="$cache/pypy$1"
  [ -f "$dir/stamp" ] && continue
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get -o Acquire::Check-Valid-Until=false download -qq "pypy3-dev=$2" "pypy3=$2" >/dev/null 2>&1) || {
    echo "error: cannot download pypy3-dev/pypy3 $2; add Debian sid to apt's sources and run apt-get update" >&2; exit 1; }
  rm -rf "$dir"; mkdir -p "$dir/root"
  for d in "$tmp"/*.deb; do dpkg -x "$d" "$dir/root"; done
  ln -s "root/usr/include/pypy$1" "$dir/include"
  touch "$dir/stamp"; rm -rf "$tmp"
done
echo "$cache"
