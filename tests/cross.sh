#!/usr/bin/env bash
# The cross-compiling path, for real: examples/string-sum built for another interpreter
# from its lib dir alone (PYO3_CROSS_LIB_DIR: its libpython and _sysconfigdata*.py), with
# a PATH that has no Python at all, then imported and called by that interpreter.
#
#   tests/cross.sh [CASE...]      CASE: cpython-3.8, cpython-3.12, cpython-3.12+abi3-py310,
#                                 cpython-3.11-dbg, cpython-3.13t (default: all of them)
#   tests/cross.sh --list         prints the cases, one a line (matrix/run.sh's cells)
#
# Each case, one line `pass CASE` / `FAIL CASE: why` (and a last `N passed, M failed`):
#  1. build: `cargo build` of string-sum with `env -i` and PATH=a dir of symlinks to
#     cargo, rustc, cc, ld, as, ar only (`command -v python3` fails there), the target
#     the host triple (PYO3_CROSS_LIB_DIR is what makes pyo3-build-config treat it as
#     cross, no PYO3_CROSS or --target needed);
#  2. import: the target interpreter imports the built module and calls it (and, for
#     the debug and free-threaded builds, checks that it is one: sys.gettotalrefcount,
#     the GIL still disabled after the import);
#  3. cfgs: the Python cfgs pyffi's build script emitted (target/debug/build/pyo3-ffi-*/
#     output; string-sum depends on pyffi's alias, pyo3-ffi/) against those pyo3-ffi
#     0.30.1's build script emits from the same PYO3_CROSS_* input (a scratch crate on it,
#     from the local registry, --offline), from Py_3_9 on (where pyo3-ffi starts), and
#     the pyo3 config each hands its dependents (DEP_PYTHON_PYO3_CONFIG). pyo3-build-config
#     0.30.1 runs a host Python to read _sysconfigdata*.py, so pyo3-ffi gets the default
#     python3 on PATH; UNSAFE_PYO3_SKIP_VERSION_CHECK=1 lets it describe 3.13t, which
#     pyo3-ffi refuses to build for. It cannot describe 3.8 at all (it panics below 3.9),
#     so cpython-3.8 is built and imported, not compared.
#
# Builds go to ${CROSS_TARGET_DIR:-${TMPDIR:-/tmp}/pyffi-cross} (one target dir shared
# by the cases, reused by the next run). Needs pyenv's 3.8 and 3.12, Debian's
# python3.11-dbg and matrix/provision.sh's 3.13t.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
. "$repo/matrix/lib.sh"

work=${CROSS_TARGET_DIR:-${TMPDIR:-/tmp}/pyffi-cross}
mkdir -p "$work"
minor_of() { local m=${1#*-3.}; echo "${m%%[!0-9]*}"; }
pyenv_dir() { dirname "$(dirname "$(pyenv_python "$1")")"; }

# case name -> "lib dir|python|features|extra env (NAME=VALUE, space-separated)"
declare -A CASES=(
  [cpython-3.8]="$(pyenv_dir 8)/lib|$(pyenv_python 8)||"
  [cpython-3.12]="$(pyenv_dir 12)/lib|$(pyenv_python 12)||"
  [cpython-3.12+abi3-py310]="$(pyenv_dir 12)/lib|$(pyenv_python 12)|abi3-py310|"
  # Debian's lib dir holds the release and the debug build's sysconfigdata: name one.
  [cpython-3.11-dbg]="/usr/lib/python3.11|/usr/bin/python3.11d||_PYTHON_SYSCONFIGDATA_NAME=_sysconfigdata_d_x86_64-linux-gnu"
  [cpython-3.13t]="$PYFFI_CACHE/cpython-3.13t/lib|$PYFFI_CACHE/cpython-3.13t/bin/python3.13t||"
)
ORDER=(cpython-3.8 cpython-3.12 cpython-3.12+abi3-py310 cpython-3.11-dbg cpython-3.13t)
if [ "${1:-}" = --list ]; then
  printf '%s\n' "${ORDER[@]}"
  exit 0
fi
[ $# -gt 0 ] && ORDER=("$@")

# A PATH with the toolchain and the C linker only.
nopy=$work/no-python-bin
rm -rf "$nopy" && mkdir -p "$nopy"
toolchain=$(dirname "$(rustup which cargo 2>/dev/null || command -v cargo)")
for tool in cargo rustc; do ln -s "$toolchain/$tool" "$nopy/$tool"; done
for tool in cc gcc ld as ar; do ln -s "$(command -v "$tool")" "$nopy/$tool"; done
if PATH=$nopy command -v python3 >/dev/null || PATH=$nopy command -v python >/dev/null; then
  echo "error: $nopy has a python" >&2
  exit 2
fi

# pyo3-ffi 0.30.1, with string-sum's feature names.
oracle=$work/pyo3-ffi-oracle
mkdir -p "$oracle/src"
: >"$oracle/src/lib.rs"
cat >"$oracle/Cargo.toml.new" <<'EOF'
[package]
name = "pyo3-ffi-oracle"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
pyo3-ffi = { version = "=0.30.1", features = ["extension-module"] }

[features]
abi3-py310 = ["pyo3-ffi/abi3-py310"]

[workspace]
EOF
cmp -s "$oracle/Cargo.toml.new" "$oracle/Cargo.toml" || mv "$oracle/Cargo.toml.new" "$oracle/Cargo.toml"
rm -f "$oracle/Cargo.toml.new"

# The build-script output under TARGET written after STAMP (each build reruns the
# script: PYO3_ENVIRONMENT_SIGNATURE for pyffi's, PYO3_PRINT_CONFIG for pyo3-ffi's).
script_output() { # target stamp
  find "$1"/debug/build -path '*/pyo3-ffi-*/output' -newer "$2" -exec grep -l '^cargo:rustc-cfg=' {} + | head -n 1
}
python_cfgs() { # output: the Python cfgs from Py_3_9 on, sorted
  sed -n 's/^cargo:rustc-cfg=//p' "$1" |
    grep -E '^(Py_|py_sys_config=|PyPy$|GraalPy$)' | grep -vxE 'Py_3_[78]' | sort -V
}
pyo3_config() { # output: DEP_PYTHON_PYO3_CONFIG decoded, build_flags sorted
  local line
  sed -n 's/^cargo:PYO3_CONFIG=//p' "$1" | xxd -r -p | while IFS= read -r line; do
    case $line in
      build_flags=*) echo "build_flags=$(echo "${line#build_flags=}" | tr ',' '\n' | sort | paste -sd, -)" ;;
      *) echo "$line" ;;
    esac
  done
}

passed=0
failed=0
fail() { printf 'FAIL %s: %s\n' "$1" "$2"; failed=$((failed + 1)); }

for name in "${ORDER[@]}"; do
  spec=${CASES[$name]:-}
  [ -n "$spec" ] || { fail "$name" "no such case (cases: ${!CASES[*]})"; continue; }
  IFS='|' read -r libdir python features extra <<<"$spec"
  log=$work/$name.log
  : >"$log"
  if [ ! -d "$libdir" ] || [ ! -x "$python" ]; then
    fail "$name" "needs $libdir and $python"
    continue
  fi
  # shellcheck disable=SC2206
  inputs=(PYO3_CROSS_LIB_DIR="$libdir" $extra)
  feature_args=()
  [ -n "$features" ] && feature_args=(--features "$features")

  stamp=$work/$name.stamp
  touch "$stamp"
  sleep 1 # file times: the outputs below must be newer than the stamp
  rerun=$$-$SECONDS-$name

  # 1. Build, with no Python anywhere on PATH.
  if ! env -i PYO3_ENVIRONMENT_SIGNATURE="$rerun" HOME="$HOME" PATH="$nopy" CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}" \
    CARGO_TARGET_DIR="$work/target" "${inputs[@]}" \
    cargo build --offline --manifest-path "$repo/examples/string-sum/Cargo.toml" \
    "${feature_args[@]}" >>"$log" 2>&1; then
    fail "$name" "build failed: $(grep -m1 -E '^ *error' "$log")"
    continue
  fi
  ours=$(script_output "$work/target" "$stamp")

  # 2. Import and call it with the target interpreter.
  mod=$work/$name/module
  rm -rf "$mod" && mkdir -p "$mod"
  cp "$work/target/debug/libstring_sum.so" "$mod/string_sum.so"
  check='import sys, string_sum
assert string_sum.sum_as_string(5, 20) == "25", string_sum.sum_as_string(5, 20)
if sys.argv[1].endswith("-dbg"):
    assert hasattr(sys, "gettotalrefcount"), "not a debug build"
if sys.argv[1].endswith("t"):
    assert not sys._is_gil_enabled(), "the import enabled the GIL"
print(sys.argv[1], sys.version.split()[0], sys.abiflags, string_sum.sum_as_string(5, 20))'
  if ! env -i PYTHONPATH="$mod" "$python" -c "$check" "$name" >>"$log" 2>&1; then
    fail "$name" "import failed: $(tail -n 1 "$log")"
    continue
  fi

  # 3. The cfgs and config pyo3-ffi 0.30.1 derives from the same input.
  case $name in
    cpython-3.[78] | cpython-3.[78][!0-9]*)
      # pyo3-build-config asserts a version >= 3.9 even with the check skipped.
      printf 'pass %s: cfgs %s(not compared: pyo3-ffi 0.30.1 cannot describe 3.%s)\n' "$name" \
        "$(sed -n 's/^cargo:rustc-cfg=//p' "$ours" | tr '\n' ' ')" "$(minor_of "$name")"
      passed=$((passed + 1))
      continue
      ;;
  esac
  if ! env -i PYO3_PRINT_CONFIG="0-$rerun" HOME="$HOME" PATH="$PATH" CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}" \
    CARGO_TARGET_DIR="$work/oracle-target" UNSAFE_PYO3_SKIP_VERSION_CHECK=1 "${inputs[@]}" \
    cargo check --offline --manifest-path "$oracle/Cargo.toml" "${feature_args[@]}" >>"$log" 2>&1; then
    fail "$name" "pyo3-ffi 0.30.1's build failed: $(grep -m1 -E '^ *error' "$log")"
    continue
  fi
  theirs=$(script_output "$work/oracle-target" "$stamp")
  if [ -z "$ours" ] || [ -z "$theirs" ]; then
    fail "$name" "no build-script output found (pyffi: ${ours:-none}, pyo3-ffi: ${theirs:-none})"
    continue
  fi
  cfg_diff=$(diff <(python_cfgs "$ours") <(python_cfgs "$theirs"))
  config_diff=$(diff <(pyo3_config "$ours") <(pyo3_config "$theirs"))
  {
    echo "pyffi cfgs: $(sed -n 's/^cargo:rustc-cfg=//p' "$ours" | tr '\n' ' ')"
    echo "pyo3-ffi cfgs: $(sed -n 's/^cargo:rustc-cfg=//p' "$theirs" | tr '\n' ' ')"
    echo "pyffi config:"; pyo3_config "$ours"
    echo "pyo3-ffi config:"; pyo3_config "$theirs"
  } >>"$log"
  if [ -n "$cfg_diff" ]; then
    fail "$name" "cfgs differ (< pyffi, > pyo3-ffi): $(echo "$cfg_diff" | grep '^[<>]' | tr '\n' ' ')"
    continue
  fi
  if [ -n "$config_diff" ]; then
    fail "$name" "DEP_PYTHON_PYO3_CONFIG differs (< pyffi, > pyo3-ffi): $(echo "$config_diff" | grep '^[<>]' | tr '\n' ' ')"
    continue
  fi
  printf 'pass %s: cfgs %s\n' "$name" "$(python_cfgs "$ours" | tr '\n' ' ')"
  passed=$((passed + 1))
done
echo "$passed passed, $failed failed (logs: $work/CASE.log)"
[ "$failed" -eq 0 ]
