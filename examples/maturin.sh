#!/usr/bin/env bash
# Builds the maturin examples for one interpreter with maturin, installs each wheel
# into a fresh venv of it and runs the example's tests.
#
#   examples/maturin.sh [--all] [--abi3-wheels DIR] [PYTHON]     PYTHON: default python3
#
# For PYTHON: string-sum (the raw API on the pyo3-ffi alias) and pyo3-hello (pyo3 0.30.1
# patched onto pyffi; CPython 3.9+ and PyPy 3.11, what pyo3 0.30 supports; on PyPy 3.9
# its build is known to fail, see pyo3_hello_on_old_pypy) are built with `maturin build`;
# each wheel's tag and extension file name must be the interpreter's (cp311-cp311,
# cp313-cp313t, pp39-pypy39_pp73, ...). `cargo tree` must show
# pyo3 on the alias, with no unused-patch warning.
#
# --all adds, for string-sum: `maturin develop` (sum_as_string(5, 20) == "25"; a second
# develop compiles nothing), the abi3-py310 wheel (cp310-abi3, string_sum.abi3.so; CPython
# 3.10+ with the GIL only), `maturin sdist` and a wheel built from that sdist, and
# `pip install ./examples/string-sum` (maturin as the PEP 517 backend); for pyo3-hello, the
# patch pointed at this checkout's HEAD by git, `maturin sdist`, and a wheel from the sdist.
#
# --abi3-wheels DIR installs each wheel in DIR built elsewhere (string_sum-*-cp310-abi3-*,
# pyo3_hello-*-cp39-abi3-*) whose floor PYTHON meets into a fresh venv and runs its tests.
#
# maturin is pinned: $MATURIN if set, else maturin 1.16.0 from PyPI in a venv at
# ${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/maturin/1.16.0, made on first use with python3.
# `examples/maturin.sh --install-maturin` only does that, and prints maturin's path. CARGO_TARGET_DIR is honoured
# (default: each example's target/). KEEP_TMP=1 keeps the temporary venvs and wheels.
# Every step ends in PASS: or FAIL:; the last line is `maturin examples: N passed, M failed`.

set -u -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
MATURIN_VERSION=1.16.0
maturin_home=${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/maturin/$MATURIN_VERSION
pip_quiet=(--quiet --disable-pip-version-check)

die() { echo "error: $*" >&2; exit 2; }
# shellcheck source=examples/steps.sh
. "$here/steps.sh"
install_maturin() {
    if [ -x "$maturin_home/bin/maturin" ] \
        && [ "$("$maturin_home/bin/maturin" --version)" = "maturin $MATURIN_VERSION" ]; then
        return 0
    fi
    command -v python3 >/dev/null || die "python3 not found on PATH: needed to install maturin"
    rm -rf "$maturin_home"
    mkdir -p "$(dirname "$maturin_home")"
    run python3 -m venv "$maturin_home" || die "cannot create a venv at $maturin_home"
    run "$maturin_home/bin/python" -m pip install "${pip_quiet[@]}" "maturin==$MATURIN_VERSION" \
        || die "cannot install maturin $MATURIN_VERSION from PyPI"
}

# --- what the interpreter expects -------------------------------------------------

# Prints "impl minor tag ext_suffix gil": tag is the wheel's python-abi tag for this
# interpreter, gil 0 on a free-threaded build.
describe() {
    "$python" -c '
import sys, sysconfig
minor = sys.version_info[1]
if sys.implementation.name == "pypy":
    tag = "pp3%d-%s" % (minor, sysconfig.get_config_var("SOABI").replace("-", "_"))
else:
    tag = "cp3%d-cp3%d%s" % (minor, minor, sys.abiflags)
gil = 0 if sysconfig.get_config_var("Py_GIL_DISABLED") else 1
print(sys.implementation.name, minor, tag, sysconfig.get_config_var("EXT_SUFFIX"), gil)'
}

# --- the steps -------------------------------------------------------------------

# fresh_venv DIR [PACKAGES...]: a new venv of PYTHON with pytest and PACKAGES.
fresh_venv() {
    local dir=$1
    shift
    rm -rf "$dir"
    run "$python" -m venv "$dir"
    run "$dir/bin/python" -m pip install "${pip_quiet[@]}" pytest "$@"
}

# check_wheel WHEEL TAG MODULE FILE: the wheel's tag and the extension file inside it.
check_wheel() {
    local wheel=$1 tag=$2 module=$3 file=$4 name
    name=$(basename "$wheel")
    echo "wheel: $name"
    case $name in
        *-"$tag"-*) ;;
        *) echo "error: expected a $tag wheel"; return 1 ;;
    esac
    "$python" -c '
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
want = sys.argv[2]
print("extension:", " ".join(n for n in names if n.endswith(".so")))
sys.exit(0 if want in names else "error: no %s in the wheel" % want)' "$wheel" "$module/$file"
}

# build_and_test EXAMPLE MODULE TAG FILE [MATURIN ARGS...] [-- VAR=VALUE...]
build_and_test() {
    local example=$1 module=$2 tag=$3 file=$4 out wheel venv
    shift 4
    local args=() envs=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
    [ $# -gt 0 ] && shift && envs=("$@")
    out=$tmp/wheels/$example-$tag
    rm -rf "$out"
    run "$maturin" build -i "$python" -m "$here/$example/Cargo.toml" -o "$out" "${args[@]}"
    wheel=$(ls "$out"/*.whl)
    check_wheel "$wheel" "$tag" "$module" "$file"
    venv=$tmp/venv-$example-$tag
    fresh_venv "$venv"
    run "$venv/bin/python" -m pip install "${pip_quiet[@]}" "$wheel"
    pytest_in "$venv" "$here/$example/tests" "${envs[@]}"
}

# pyo3 0.30 supports PyPy 3.11 and newer, and does not compile on pyffi's PyPy 3.9
# declarations: there, that failure is expected and reported; any other failure, or
# failing tests once pyo3 compiles, fails the step.
pyo3_hello_on_old_pypy() {
    local log=$tmp/pyo3-hello-pypy.log status=0
    # In the background: `set -e` is off for anything on the left of `||`.
    (
        set -e
        build_and_test "$@"
    ) >"$log" 2>&1 &
    wait $! || status=$?
    cat "$log"
    if [ "$status" -eq 0 ]; then
        echo "note: pyo3-hello now builds and passes on PyPy 3.$minor: drop the expected failure in $0"
    elif grep -q 'error: could not compile `pyo3` (lib)' "$log" \
        && ! grep -q 'error: could not compile `\(pyo3-ffi\|pyo3-hello\|pyo3-macros\)' "$log"; then
        echo "known failure: pyo3 0.30.1 does not compile on pyffi's PyPy 3.$minor declarations" \
            "($(grep -c '^error\[E' "$log") errors, above)"
    else
        return "$status"
    fi
}

# pyo3 must depend on the alias in this checkout, and the patch must be used.
pyo3_on_pyffi() {
    local tree errors
    errors=$tmp/cargo-tree.err
    echo "+ cargo tree -i pyo3-ffi -e normal --manifest-path $here/pyo3-hello/Cargo.toml"
    tree=$(cargo tree -i pyo3-ffi -e normal --manifest-path "$here/pyo3-hello/Cargo.toml" 2>"$errors")
    cat "$errors"
    echo "$tree"
    if grep -qi 'patch' "$errors"; then
        echo "error: cargo warns about the [patch.crates-io] section"
        return 1
    fi
    case $tree in
        "pyo3-ffi v0.30.1+pyffi."*" ($repo/pyo3-ffi)"$'\n'"└── pyo3 v0.30.1"$'\n'*) ;;
        *) echo "error: pyo3 is not on $repo/pyo3-ffi"; return 1 ;;
    esac
}

# maturin develop, twice: the module works, and the second run compiles nothing.
develop() {
    local venv=$tmp/venv-develop log=$tmp/develop-2.log
    fresh_venv "$venv"
    (cd "$here/string-sum" && run env VIRTUAL_ENV="$venv" PATH="$venv/bin:$PATH" "$maturin" develop)
    (cd "$tmp" && run "$venv/bin/python" -c 'import string_sum; r = string_sum.sum_as_string(5, 20); print(repr(r)); assert r == "25"')
    pytest_in "$venv" "$here/string-sum/tests"
    (cd "$here/string-sum" && run env VIRTUAL_ENV="$venv" PATH="$venv/bin:$PATH" "$maturin" develop) 2>&1 | tee "$log"
    if grep -E '^ *Compiling ' "$log"; then
        echo "error: the second maturin develop compiled again (above)"
        return 1
    fi
}

# The sdist, then a wheel from it by pip with maturin as the build backend.
sdist() {
    local venv=$tmp/venv-sdist sdist
    rm -rf "$tmp/sdist" "$tmp/sdist-wheel"
    run "$maturin" sdist -m "$here/string-sum/Cargo.toml" -o "$tmp/sdist"
    sdist=$(ls "$tmp/sdist"/string_sum-*.tar.gz)
    fresh_venv "$venv" "maturin==$MATURIN_VERSION"
    # The backend runs `maturin` from PATH.
    run env PATH="$venv/bin:$PATH" "$venv/bin/python" -m pip wheel "${pip_quiet[@]}" --no-build-isolation --no-deps -w "$tmp/sdist-wheel" "$sdist"
    check_wheel "$(ls "$tmp/sdist-wheel"/*.whl)" "$tag" string_sum "string_sum$ext_suffix"
    run "$venv/bin/python" -m pip install "${pip_quiet[@]}" "$tmp/sdist-wheel"/*.whl
    pytest_in "$venv" "$here/string-sum/tests"
}

# pyo3-hello patched with a git source (this checkout's HEAD) instead of a path, which
# is what an sdist needs: `maturin sdist` of a copy, then a wheel from that sdist.
git_patch_sdist() {
    local copy=$tmp/pyo3-hello-git venv=$tmp/venv-git-sdist rev sdist
    rev=$(git -C "$repo" rev-parse HEAD)
    rm -rf "$copy" "$tmp/git-sdist" "$tmp/git-sdist-wheel"
    mkdir -p "$copy"
    cp -r "$here/pyo3-hello"/{Cargo.toml,pyproject.toml,src,tests} "$copy/"
    sed -i "s|^pyo3-ffi = { path = \"../../pyo3-ffi\" }\$|pyo3-ffi = { git = \"file://$repo\", rev = \"$rev\" }|" "$copy/Cargo.toml"
    grep -n "^pyo3-ffi = { git = " "$copy/Cargo.toml"
    run "$maturin" sdist -m "$copy/Cargo.toml" -o "$tmp/git-sdist"
    sdist=$(ls "$tmp/git-sdist"/pyo3_hello-*.tar.gz)
    fresh_venv "$venv" "maturin==$MATURIN_VERSION"
    run env PATH="$venv/bin:$PATH" "$venv/bin/python" -m pip wheel "${pip_quiet[@]}" --no-build-isolation --no-deps -w "$tmp/git-sdist-wheel" "$sdist"
    check_wheel "$(ls "$tmp/git-sdist-wheel"/*.whl)" "$tag" pyo3_hello "pyo3_hello$ext_suffix"
    run "$venv/bin/python" -m pip install "${pip_quiet[@]}" "$tmp/git-sdist-wheel"/*.whl
    pytest_in "$venv" "$here/pyo3-hello/tests"
}

# pip install ./examples/string-sum: pyproject.toml names maturin as the backend.
pip_install() {
    local venv=$tmp/venv-pip
    fresh_venv "$venv" "maturin==$MATURIN_VERSION"
    run env PATH="$venv/bin:$PATH" "$venv/bin/python" -m pip install "${pip_quiet[@]}" --no-build-isolation "$here/string-sum"
    pytest_in "$venv" "$here/string-sum/tests"
}

# abi3_wheel WHEEL EXAMPLE VAR=VALUE: a stable-ABI wheel built elsewhere, tested here.
abi3_wheel() {
    local wheel=$1 example=$2 venv=$tmp/venv-abi3-$2
    fresh_venv "$venv"
    run "$venv/bin/python" -m pip install "${pip_quiet[@]}" "$wheel"
    pytest_in "$venv" "$here/$example/tests" "$3"
}

# --- main --------------------------------------------------------------------------

usage="usage: examples/maturin.sh [--all] [--abi3-wheels DIR] [PYTHON]"
all=0 abi3_dir=
while [ $# -gt 0 ]; do
    case $1 in
        -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
        --install-maturin) install_maturin >&2; echo "$maturin_home/bin/maturin"; exit 0 ;;
        --all) all=1; shift ;;
        --abi3-wheels)
            [ $# -ge 2 ] && [ -d "$2" ] || die "--abi3-wheels needs a directory of wheels ($usage)"
            abi3_dir=$(cd "$2" && pwd); shift 2 ;;
        -*) die "unknown option $1 ($usage)" ;;
        *) break ;;
    esac
done
[ $# -le 1 ] || die "one interpreter only ($usage)"
command -v cargo >/dev/null || die "cargo not found on PATH"
python=$("${1:-python3}" -c 'import sys; print(sys.executable)') || die "cannot run ${1:-python3}"
if [ -n "${MATURIN:-}" ]; then
    maturin=$MATURIN
else
    install_maturin
    maturin=$maturin_home/bin/maturin
fi
read -r impl minor tag ext_suffix gil < <(describe) || die "cannot ask $python for its tags"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pyffi-maturin.XXXXXX")
if [ "${KEEP_TMP:-}" = 1 ]; then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
echo "interpreter: $python ($impl 3.$minor, wheel tag $tag); $("$maturin" --version)"

step "string-sum: maturin build, install, test ($tag)" \
    build_and_test string-sum string_sum "$tag" "string_sum$ext_suffix"
if [ "$impl" = cpython ] && [ "$minor" -lt 9 ]; then
    echo "note: pyo3-hello skipped: pyo3 0.30 supports CPython 3.9 and newer"
else
    step "pyo3-hello: cargo tree shows pyo3 on pyffi's alias" pyo3_on_pyffi
    if [ "$impl" = pypy ] && [ "$minor" -lt 11 ]; then
        step "pyo3-hello: maturin build on PyPy 3.$minor, known not to compile ($tag)" \
            pyo3_hello_on_old_pypy pyo3-hello pyo3_hello "$tag" "pyo3_hello$ext_suffix"
    else
        step "pyo3-hello: maturin build, install, test ($tag)" \
            build_and_test pyo3-hello pyo3_hello "$tag" "pyo3_hello$ext_suffix"
    fi
fi
if [ "$all" = 1 ]; then
    step "string-sum: maturin develop, twice" develop
    if [ "$impl" = cpython ] && [ "$minor" -ge 10 ] && [ "$gil" = 1 ]; then
        step "string-sum: maturin build --features abi3-py310" \
            build_and_test string-sum string_sum cp310-abi3 string_sum.abi3.so --features abi3-py310 -- STRING_SUM_ABI3=py310
    else
        echo "note: the abi3-py310 wheel skipped: $python has no stable ABI of 3.10+"
    fi
    step "string-sum: maturin sdist, and a wheel from it" sdist
    step "string-sum: pip install . (maturin backend)" pip_install
    if [ "$impl" = cpython ] && [ "$minor" -ge 9 ] && git -C "$repo" rev-parse HEAD >/dev/null 2>&1; then
        step "pyo3-hello: [patch] from git, maturin sdist, a wheel from it" git_patch_sdist
    else
        echo "note: the git-patch sdist skipped: needs CPython 3.9+ and a git checkout"
    fi
fi
if [ -n "$abi3_dir" ]; then
    for spec in "string-sum string_sum 10 STRING_SUM_ABI3=py310" "pyo3-hello pyo3_hello 9 PYO3_HELLO_ABI3=py39"; do
        set -- $spec
        wheel=$(ls "$abi3_dir"/"$2"-*-cp3"$3"-abi3-*.whl 2>/dev/null | head -n 1)
        if [ -z "$wheel" ]; then
            step "$1: a cp3$3-abi3 wheel in $abi3_dir" false
        elif [ "$impl" = cpython ] && [ "$gil" = 1 ] && [ "$minor" -ge "$3" ]; then
            step "$1: the cp3$3-abi3 wheel built elsewhere ($(basename "$wheel"))" abi3_wheel "$wheel" "$1" "$4"
        else
            echo "note: $(basename "$wheel") not tried: $impl 3.$minor (gil $gil) is not CPython 3.$3+ with the GIL"
        fi
    done
fi

finish "maturin examples"
