#!/usr/bin/env bash
# Runs every test of pyffi against the default interpreter (PYO3_PYTHON, else python3):
# the crate's own tests, the generator's, the layout/constant checks against the C
# headers, the pyo3-ffi name check, the pyo3-ffi alias check, the check that no public
# name is bindgen's, formatting and clippy, the import graph, and the examples built (by setuptools-rust, cargo and maturin) and
# tested from Python.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check and cargo clippy --all-targets (every member, warnings are errors)"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

step "imports: by name, no globs outside lib.rs and cpython/mod.rs, no cycles the headers lack"
python3 tests/import_graph.py

step "facts: every public item has its facts block; cargo doc (stable, nightly --cfg docsrs) warns nothing"
python3 tests/facts.py --doc

step "cargo test (build script, its errors through a dependent crate, embedding tests, pyo3-ffi names)"
cargo test --all-targets

step "pyo3-ffi/: the alias for maturin is the same package as pyffi"
python3 tests/pyo3_ffi_alias.py

step "pythoncapi-compat's backports: each in compat and called by a test (gen/backports.tsv)"
python3 tests/backports.py

step "no public name contains bindgen (gen/src/anon.rs replaces bindgen's inventions)"
python3 tests/no_bindgen_names.py

step "cargo test -p pyffi-gen (cfg synthesis)"
cargo test -p pyffi-gen

if [ -d ctest ]; then
  step "cargo test -p pyffi-ctest (layouts and constants against the C headers)"
  cargo test -p pyffi-ctest
fi

if [ -d ../shared/pyo3-ffi-0.30.1-api ] && [ -d "${PYFFI_HEADERS:-${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/headers}/3.15" ]; then
  step "pyo3-ffi names: tests/pyo3_names.rs is up to date"
  python3 gen/pyo3_names.py --check
else
  step "pyo3-ffi names: skipped regeneration check (needs ../shared and gen/fetch-headers.sh); tests/pyo3_names.rs ran above"
fi

if [ -d "${PYFFI_HEADERS:-${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/headers}/3.15" ]; then
  step "inline where C inlines: no call to an export where the headers' macro inlines it"
  python3 tests/inline_like_c.py

  step "header names: each is in pyffi, omitted with a reason or pending (quick: 3.13, abi3-py37; all: no --quick)"
  python3 tests/header_names.py --quick
fi

step "examples"
bash examples/run.sh

step "examples built by maturin (string-sum: also develop, abi3, sdist, pip install .; pyo3-hello)"
bash examples/maturin.sh --all
