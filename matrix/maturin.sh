#!/usr/bin/env bash
# The maturin group of the matrix: the maturin examples (string-sum on the pyo3-ffi alias,
# pyo3-hello: pyo3 patched onto pyffi) built by maturin 1.16.0 on each interpreter.
#
#   matrix/maturin.sh build DIR            on pyenv CPython 3.11: examples/maturin.sh --all
#                                          (develop, sdist, pip install ., abi3), then the
#                                          stable-ABI wheels into DIR: string-sum cp310-abi3,
#                                          pyo3-hello cp39-abi3
#   matrix/maturin.sh test DIR NAME RUN    examples/maturin.sh for RUN (a python, or
#                                          chroot:/usr/bin/X: run in the sid chroot), with
#                                          DIR's abi3 wheels on the plain CPythons (cpython-3.X)
#
# maturin comes from PyPI into $PYFFI_CACHE_ROOT/maturin (examples/maturin.sh
# --install-maturin, on the host, then bound into the chroot). Cargo target dirs:
# $PYFFI_TARGETS/NAME/maturin, reused by the next run.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
. "$here/lib.sh"

targets=${PYFFI_TARGETS:-$PYFFI_CACHE/targets}
work=$PYFFI_CACHE/matrix-work
mkdir -p "$work"

build() {
  local dir=$1 py
  py=$(pyenv_python 11) || die "no pyenv CPython 3.11 to build the wheels"
  rm -rf "$dir" && mkdir -p "$dir"
  local maturin
  maturin=$(bash "$repo/examples/maturin.sh" --install-maturin)
  export CARGO_TARGET_DIR=$targets/maturin-build TMPDIR=$work MATURIN=$maturin
  # MATURIN_WHEELS_ONLY=1: just the wheels (tests/run.sh has run --all on 3.11 already).
  [ "${MATURIN_WHEELS_ONLY:-0}" = 1 ] || bash "$repo/examples/maturin.sh" --all "$py"
  "$maturin" build -i "$py" -m "$repo/examples/string-sum/Cargo.toml" -o "$dir" --features abi3-py310
  "$maturin" build -i "$py" -m "$repo/examples/pyo3-hello/Cargo.toml" -o "$dir" --features abi3-py39
  ls "$dir"/string_sum-*-cp310-abi3-*.whl "$dir"/pyo3_hello-*-cp39-abi3-*.whl
}

test_on() {
  local dir=$1 name=$2 run=$3 args=()
  [[ $name =~ ^cpython-3\.[0-9]+$ ]] && args=(--abi3-wheels "$dir")
  local maturin
  maturin=$(bash "$repo/examples/maturin.sh" --install-maturin)
  local envs=(CARGO_TARGET_DIR="$targets/$name/maturin" TMPDIR="$work" MATURIN="$maturin")
  if [[ $run == chroot:* ]]; then
    "$here/chroot-run.sh" -C "$repo" -B "$PYFFI_CACHE" -B "$PYFFI_CACHE_ROOT/maturin" -- \
      env "${envs[@]}" bash examples/maturin.sh "${args[@]}" "${run#chroot:}"
  else
    env "${envs[@]}" bash "$repo/examples/maturin.sh" "${args[@]}" "$run"
  fi
}

case ${1:-} in
  build) [ $# = 2 ] || die "usage: maturin.sh build DIR"; build "$2" ;;
  test) [ $# = 4 ] || die "usage: maturin.sh test DIR NAME RUN"; test_on "$2" "$3" "$4" ;;
  *) die "usage: maturin.sh build DIR | test DIR NAME RUN" ;;
esac
