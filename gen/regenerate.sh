#!/usr/bin/env bash
# Regenerates every declaration in src/ from the CPython and PyPy headers, then the
# pyo3-ffi name check. For a new CPython release: add it to gen/src/configs.rs and
# gen/fetch-headers.sh, then run this.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1; then
  echo "installing libclang (bindgen needs it)"
  apt-get update -qq && apt-get install -y -qq libclang-dev >/dev/null
fi
# The newest headers come from Debian sid: apt needs its index (never its packages on the host).
if ! apt-cache policy libpython3.15-dev 2>/dev/null | grep -q Candidate; then
  echo "adding Debian sid to apt's sources, pinned so that nothing installs from it"
  cat > /etc/apt/sources.list.d/pyffi-sid.sources <<'SRC'
Types: deb deb-src
URIs: http://deb.debian.org/debian
Suites: sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  printf 'Package: *\nPin: release a=unstable\nPin-Priority: -1\n' > /etc/apt/preferences.d/pyffi-sid
  apt-get -o Acquire::Check-Valid-Until=false update -qq
fi
headers=$(bash gen/fetch-headers.sh)
cargo run -p pyffi-gen --release -- "$headers"
if [ -d ../shared/pyo3-ffi-0.30.1-api ]; then
  python3 gen/pyo3_names.py || echo "note: some pyo3-ffi names of fully covered headers are missing (see above)"
fi
