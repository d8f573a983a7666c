#!/usr/bin/env bash
# Regenerates every declaration in src/ from the CPython and PyPy headers, then the
# pyo3-ffi name check. For a new CPython release: add it to gen/src/configs.rs and
# gen/fetch-headers.sh, then run this.
set -euo pipefail
cd "$(dirname "$0")/.."
# bindgen loads libclang.so itself (libclang-cpp.so, which other packages bring, is not it).
if ! ls /usr/lib/llvm-*/lib/libclang.so* /usr/lib/llvm-*/lib/libclang-[0-9]*.so* >/dev/null 2>&1; then
  echo "installing libclang (bindgen needs it)"
  apt-get update -qq && apt-get install -y -qq libclang-dev >/dev/null
fi
# The newest headers come from Debian sid packages, fetched with a private apt
# configuration (gen/fetch-headers.sh): the host's apt sources are not touched.
headers=$(bash gen/fetch-headers.sh)
# Names for the parameters the headers leave unnamed come from gen/param-names.tsv, checked
# in; gen/param_names.py (see its top) rebuilds it from CPython's docs and sources.
# The versions whose headers define each name, for the facts lines (gen/header-versions.tsv).
PYFFI_HEADERS=$headers python3 gen/header_versions.py
cargo run -p pyffi-gen --release -- "$headers"
if [ -d ../shared/pyo3-ffi-0.30.1-api ]; then
  python3 gen/pyo3_names.py || echo "note: some pyo3-ffi names of fully covered headers are missing (see above)"
fi
