#!/usr/bin/env bash
# Builds the examples against this checkout of pyffi and runs their tests.
#
#   examples/run.sh [PYTHON]        string-sum, limited37 and embed for PYTHON
#                                   (default python3), in a fresh venv; PyPy:
#                                   the two extension modules only
#   examples/run.sh --abi3-matrix   builds each stable-ABI wheel once and tests
#                                   that same wheel on several interpreters:
#                                   string-sum (abi3-py310) on 3.10-3.13,
#                                   limited37 (abi3-py37) on 3.7-3.13
#
# Needs cargo and a python3 with venv; setuptools-rust and pytest come from
# PyPI into temporary venvs. Every step runs even after a failure; the exit
# status is non-zero if any failed.
#
# Environment:
#   MATRIX_BUILD_MINOR      minor version that builds the matrix wheels (11)
#   STRING_SUM_MINORS       minors string-sum's abi3 wheel is tested on ("10 11 12 13")
#   LIMITED37_MINORS        minors limited37's wheel is tested on ("7 8 9 10 11 12 13")
#   EMBED_TARGET_DIR        cargo target dir for the embed program (examples/embed/target)
#   KEEP_TMP=1              keep the temporary venvs and wheels
#
# Interpreters for the matrix are looked up as $PYENV_ROOT/versions/3.X.*/bin/python3.X
# (newest patch release), then as python3.X on PATH.

set -u -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pyffi-examples.XXXXXX")
if [ "${KEEP_TMP:-}" = 1 ]; then
    echo "keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi

# shellcheck source=examples/steps.sh
. "$here/steps.sh"

# The real executable behind a name (pyenv shims are scripts).
executable_of() {
    "$1" -c 'import sys; print(sys.executable)'
}

version_of() {
    "$1" -c 'import platform; print(platform.python_version())'
}

# find_python MINOR: the newest 3.MINOR.* under pyenv, else python3.MINOR on PATH.
find_python() {
    local minor=$1 root=${PYENV_ROOT:-$HOME/.pyenv} found
    found=$(ls -d "$root"/versions/3."$minor".*/bin/python3."$minor" 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$found" ]; then
        found=$(command -v python3."$minor" || true)
    fi
    [ -n "$found" ] && echo "$found"
}

# make_venv PYTHON DIR [PACKAGES...]: a fresh venv with PACKAGES from PyPI.
make_venv() {
    local python=$1 dir=$2
    shift 2
    run "$python" -m venv "$dir"
    run "$dir/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
}

# The setuptools-rust project of an example: its directory, or for a maturin
# project (string-sum) its setuptools/ subdirectory.
setuptools_dir() {
    if [ -f "$here/$1/setup.py" ]; then echo "$here/$1"; else echo "$here/$1/setuptools"; fi
}

# The setuptools build/ dir keeps old extension files, which would end up in
# the next wheel next to the new one.
clean_build() {
    local dir
    dir=$(setuptools_dir "$1")
    run rm -rf "$dir/build" "$dir"/*.egg-info
}

# --- plain mode ------------------------------------------------------------

build_packages=("setuptools>=62.4" setuptools-rust wheel pytest)

install_and_test() {
    local venv=$1 example=$2
    clean_build "$example"
    # The venv already has the build requirements; no second download.
    run "$venv/bin/python" -m pip install --no-build-isolation --no-cache-dir --disable-pip-version-check "$(setuptools_dir "$example")"
    pytest_in "$venv" "$here/$example/tests"
}

# expect_status STATUS COMMAND...: the command must exit with STATUS.
expect_status() {
    local want=$1 got=0
    shift
    run "$@" || got=$?
    echo "exit status $got (expected $want)"
    [ "$got" -eq "$want" ]
}

embed_test() {
    local python=$1 venv=$2 minor target bin
    minor=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    target=${EMBED_TARGET_DIR:-$here/embed/target}
    run env PYO3_PYTHON="$python" CARGO_TARGET_DIR="$target" \
        cargo build --manifest-path "$here/embed/Cargo.toml"
    bin=$target/debug/embed
    expect_status 0 "$bin"
    expect_status 0 "$bin" -c 'print("hello from embedded Python")'
    expect_status 3 "$bin" -c 'raise SystemExit(3)'
    expect_status 1 "$bin" -c '1 / 0'
    # Its tests run the program in a child: no leak check in this interpreter (see
    # pytest-plugins/pyffi_reftotal.py).
    pytest_in "$venv" "$here/embed/tests" EMBED_BIN="$bin" EMBED_PYTHON_VERSION="$minor" PYFFI_REFTOTAL=0
}

plain() {
    local python
    python=$(executable_of "$1") || {
        echo "error: cannot run $1"
        exit 1
    }
    local label="Python $(version_of "$python")"
    local venv=$tmp/venv
    echo "interpreter: $python ($label)"
    step "venv for $label with ${build_packages[*]}" make_venv "$python" "$venv" "${build_packages[@]}"
    step "string-sum: build, install, test on $label" install_and_test "$venv" string-sum
    # No stable ABI for PyPy, nor for free-threaded builds before 3.15.
    if "$python" -c 'import sys, sysconfig; sys.exit(not (sys.implementation.name == "pypy" or sysconfig.get_config_var("Py_GIL_DISABLED") and sys.version_info < (3, 15)))'; then
        echo "note: limited37 skipped: $label has no stable ABI"
    else
        step "limited37: build, install, test on $label" install_and_test "$venv" limited37
    fi
    # PyPy cannot be embedded: its extension modules are all it runs.
    if [ "$("$python" -c 'import sys; print(sys.implementation.name)')" = pypy ]; then
        echo "note: embed skipped: PyPy cannot be embedded"
    else
        step "embed: build against $label, run, test" embed_test "$python" "$venv"
    fi
}

# --- abi3 matrix -------------------------------------------------------------

# build_wheel VENV EXAMPLE TAG [VAR=VALUE...]: one wheel into $tmp/wheels/EXAMPLE,
# whose name must carry TAG (e.g. cp310-abi3).
build_wheel() {
    local venv=$1 example=$2 tag=$3 wheel
    shift 3
    clean_build "$example"
    run env "$@" "$venv/bin/python" -m pip wheel --no-build-isolation --no-cache-dir --no-deps \
        --disable-pip-version-check -w "$tmp/wheels/$example" "$(setuptools_dir "$example")"
    wheel=$(ls "$tmp/wheels/$example"/*.whl)
    echo "built $wheel"
    case $(basename "$wheel") in
    *-"$tag"-*) ;;
    *)
        echo "error: expected a $tag wheel"
        return 1
        ;;
    esac
}

# test_wheel MINOR EXAMPLE [VAR=VALUE...]: installs the one wheel built for
# EXAMPLE into a fresh venv of Python 3.MINOR and runs the example's tests.
test_wheel() {
    local minor=$1 example=$2 python venv
    shift 2
    python=$(find_python "$minor") || {
        echo "error: no Python 3.$minor found"
        return 1
    }
    venv=$tmp/venv-$example-3.$minor
    make_venv "$python" "$venv" pytest
    run "$venv/bin/python" -m pip install --disable-pip-version-check "$tmp/wheels/$example"/*.whl
    pytest_in "$venv" "$here/$example/tests" "$@"
}

matrix() {
    local builder venv=$tmp/build-venv minor
    builder=$(find_python "${MATRIX_BUILD_MINOR:-11}") || {
        echo "error: no Python 3.${MATRIX_BUILD_MINOR:-11} found to build the wheels"
        exit 1
    }
    local label="Python $(version_of "$builder")"
    echo "building on $builder ($label)"
    step "venv for $label with ${build_packages[*]}" make_venv "$builder" "$venv" "${build_packages[@]}"
    step "string-sum: build the abi3-py310 wheel on $label" \
        build_wheel "$venv" string-sum cp310-abi3 STRING_SUM_ABI3=py310
    step "limited37: build the abi3-py37 wheel on $label" \
        build_wheel "$venv" limited37 cp37-abi3
    for minor in ${STRING_SUM_MINORS:-10 11 12 13}; do
        step "string-sum: the cp310-abi3 wheel on Python 3.$minor" \
            test_wheel "$minor" string-sum STRING_SUM_ABI3=py310
    done
    for minor in ${LIMITED37_MINORS:-7 8 9 10 11 12 13}; do
        step "limited37: the cp37-abi3 wheel on Python 3.$minor" test_wheel "$minor" limited37
    done
}

# --- main --------------------------------------------------------------------

for tool in cargo; do
    command -v "$tool" >/dev/null || {
        echo "error: $tool not found on PATH"
        exit 1
    }
done

case ${1:-} in
-h | --help)
    sed -n '2,/^$/s/^# \{0,1\}//p' "$0"
    exit 0
    ;;
--abi3-matrix) matrix ;;
*) plain "${1:-python3}" ;;
esac

finish examples
