#!/usr/bin/env bash
# The stable ABI for real: wheels built once, then installed unchanged on other interpreters.
#
#   matrix/abi3-wheels.sh build DIR            on pyenv CPython 3.11: DIR/string-sum/*.whl
#                                              (abi3-py310) and DIR/limited37/*.whl (abi3-py37)
#   matrix/abi3-wheels.sh test DIR NAME RUN    installs the wheels NAME can load into a fresh
#                                              venv of RUN (a python, or chroot:/usr/bin/X)
#                                              and runs the examples' tests against them
#
# test exits 3 (not applicable) for an interpreter that loads no abi3 module at all,
# after showing that it does not.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
. "$here/lib.sh"

pip_quiet=(--quiet --disable-pip-version-check)

build() {
  local dir=$1 py venv src
  py=$(pyenv_python 11) || die "no pyenv CPython 3.11 to build the wheels"
  venv=$dir/build-venv
  rm -rf "$dir" && mkdir -p "$dir"
  "$py" -m venv "$venv"
  "$venv/bin/python" -m pip install "${pip_quiet[@]}" "setuptools>=62.4" setuptools-rust wheel
  export CARGO_TARGET_DIR=${PYFFI_TARGETS:-$PYFFI_CACHE/targets}/abi3-build
  for spec in "string-sum cp310-abi3 STRING_SUM_ABI3=py310" "limited37 cp37-abi3"; do
    set -- $spec
    # setuptools-rust: the example's directory, or its setuptools/ (string-sum is a maturin project).
    src=$repo/examples/$1
    [ -f "$src/setup.py" ] || src=$src/setuptools
    rm -rf "$src/build" "$src"/*.egg-info
    env "${@:3}" "$venv/bin/python" -m pip wheel --no-build-isolation --no-deps "${pip_quiet[@]}" \
      -w "$dir/$1" "$src"
    ls "$dir/$1"/*-"$2"-*.whl || die "no $2 wheel for $1"
  done
}

# py RUN ARGS...: runs the interpreter, in the chroot if need be (DIR is under the cache).
py() {
  local run=$1
  shift
  if [[ $run == chroot:* ]]; then
    # Bound, not -C: the command runs in the caller's directory.
    "$here/chroot-run.sh" -B "$repo" -B "$PYFFI_CACHE" -- "${run#chroot:}" "$@"
  else
    "$run" "$@"
  fi
}

test_on() {
  local dir=$1 name=$2 run=$3 venv minor impl examples=()
  impl=$(py "$run" -c 'import sys; print(sys.implementation.name)')
  minor=$(py "$run" -c 'import sys; print(sys.version_info[1])')
  if [ "$impl" = pypy ]; then
    # PyPy has no stable ABI: it must not find an .abi3.so module on its path.
    py "$run" -c 'import importlib.machinery as m; print("extension suffixes:", m.EXTENSION_SUFFIXES)'
    if py "$run" -c 'import importlib.machinery as m, sys; sys.exit(".abi3.so" in m.EXTENSION_SUFFIXES)'; then
      echo "n/a: PyPy 3.$minor loads no .abi3.so module (its extension suffixes are above), so no abi3 wheel can run on it"
      exit 3
    fi
  fi
  examples=(limited37)
  [ "$minor" -ge 10 ] && examples+=(string-sum)
  venv=$PYFFI_CACHE/matrix-work/venv-abi3-$name
  vpy=$venv/bin/python
  [[ $run == chroot:* ]] && vpy=chroot:$vpy
  rm -rf "$venv"
  py "$run" -m venv "$venv"
  py "$vpy" -m pip install "${pip_quiet[@]}" pytest
  for ex in "${examples[@]}"; do
    py "$vpy" -m pip install "${pip_quiet[@]}" "$dir/$ex"/*.whl
    # From outside the source tree, so that only the installed module can be imported.
    cd "$PYFFI_CACHE/matrix-work"
    py "$vpy" -c "import ${ex//-/_} as m; print(m.__file__)"
    STRING_SUM_ABI3=py310 py "$vpy" -m pytest -p no:cacheprovider -q "$repo/examples/$ex/tests"
  done
}

case ${1:-} in
  build) build "$2" ;;
  test) test_on "$2" "$3" "$4" ;;
  *) die "usage: abi3-wheels.sh build DIR | test DIR NAME RUN" ;;
esac
