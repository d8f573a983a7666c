#!/usr/bin/env bash
# The benchmark of issue 11: one METH_FASTCALL module written in C (c/benchmod.c) and in
# Rust (rust/module.rs) on pyffi and on pyo3-ffi 0.30.1, counted with callgrind.
#
#   bash bench/run.sh            every build mode, the clang build of the C, the clean-build
#                                timing; writes bench/RESULTS.md
#   bash bench/run.sh --quick    CPython 3.11, default build, C and pyffi only; exits 1 when
#                                a pyffi function calls out of the module where C does not
#   bash bench/run.sh --modes 'gil-3.11 abi3-py310'   only these modes (no RESULTS.md)
#   bash bench/run.sh --compile  only the clean-build timing, its table on stdout (no
#                                RESULTS.md); BENCH_COMPILE_RUNS runs each (default 3)
#
# BENCH_WORK (default /tmp/t-bench-run) holds the builds and the callgrind dumps.
# CARGO_BUILD_JOBS defaults to 1. Needs valgrind (installed from Debian's packages when
# missing) and, for the full run, clang and root for the sid chroot (matrix/chroot-run.sh).
set -euo pipefail
bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
. "$repo/matrix/lib.sh"
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1}
work=${BENCH_WORK:-/tmp/t-bench-run}
APT=(apt-get -o Acquire::Check-Valid-Until=false)

log() { printf '[bench] %s\n' "$*" >&2; }

ALL_MODES="gil-3.9 gil-3.11 gil-3.13 gil-3.14 ft-3.13t abi3-py37 abi3-py39 abi3-py310 abi3-py312 debug-3.11d"

# mode_python MODE: the interpreter a mode runs on (inside the chroot for 3.14).
mode_python() {
  case $1 in
    gil-3.14) echo /usr/bin/python3.14 ;;
    gil-3.*) pyenv_python "${1#gil-3.}" ;;
    ft-3.13t) echo "$PYFFI_CACHE/cpython-3.13t/bin/python3.13t" ;;
    abi3-*) pyenv_python 13 ;;
    debug-3.11d) echo /usr/bin/python3.11-dbg ;;
    *) die "unknown mode $1" ;;
  esac
}

# limited_hex MODE: the C module's Py_LIMITED_API, empty outside abi3.
limited_hex() {
  case $1 in abi3-py3*) printf '0x03%02X0000' "${1#abi3-py3}" ;; esac
}

ensure_tools() {
  local need=()
  command -v valgrind >/dev/null || need+=(valgrind)
  [ "${quick:-0}" = 1 ] || command -v clang >/dev/null || need+=(clang)
  [ ${#need[@]} -eq 0 ] && return
  log "installing ${need[*]} from Debian"
  "${APT[@]}" install -y "${need[@]}" >"$work/apt.log" 2>&1 \
    || { "${APT[@]}" update >>"$work/apt.log" 2>&1 && "${APT[@]}" install -y "${need[@]}" >>"$work/apt.log" 2>&1; } \
    || die "apt-get install ${need[*]} failed: see $work/apt.log"
}

# measure MODE VARIANT SO PYTHON: runs driver.py under callgrind, one dump per call.
measure() {
  local mode=$1 variant=$2 so=$3 py=$4 out=$work/$1 dumps syms
  dumps=$out/cg-$variant
  rm -rf "$dumps" && mkdir -p "$dumps"
  syms=$(nm -D --defined-only "$so" | awk '$3 ~ /^bench_/ { print $3 }')
  # --toggle-collect takes a glob: a split-off part (bench_x.cold) would toggle it twice.
  if nm "$so" | awk '{ print $NF }' | grep -E '^bench_' | grep -qv -E '^bench_[a-z0-9_]+$'; then
    die "$so has split bench_ functions: $(nm "$so" | grep -E ' bench_.*[.]' | tr '\n' ' ')"
  fi
  local args=()
  for s in $syms; do args+=("--dump-after=$s"); done
  # Callgrind applies one option per function: the glob toggles, the exact names dump.
  "${VALGRIND:-valgrind}" --tool=callgrind --collect-atstart=no --toggle-collect='bench_*' "${args[@]}" \
    --compress-strings=no --compress-pos=no --callgrind-out-file="$dumps/out" \
    "$py" "$bench/driver.py" "$so" "$out/$variant.results.json" 2>"$dumps/valgrind.log" \
    || die "callgrind failed for $mode/$variant: see $dumps/valgrind.log"
  "${ANALYZE_PY:-python3}" "$bench/analyze.py" "$so" "$dumps/out" "$out/$variant.results.json" "$out/$variant.json"
  nm -C --defined-only "$so" | grep -E ' [tTwW] ' | grep -E '(^|[ <&(])(pyffi|pyo3_ffi)::' \
    | awk '{ $1 = ""; $2 = ""; print substr($0, 3) }' >"$out/$variant.nm" || true
}

# build_rust MODE VARIANT PYTHON: prints the path of the built module.
build_rust() {
  local mode=$1 variant=$2 py=$3 feats=()
  case $mode in abi3-*) feats=(--features "$mode") ;; esac
  local target=$work/target/$mode-$variant
  (cd "$bench/rust/$variant" && PYO3_PYTHON=$py CARGO_TARGET_DIR=$target \
    cargo build --release --offline --quiet "${feats[@]}") >&2 || return 1
  cp "$target/release/libbenchmod.so" "$work/$mode/$variant.so"
  echo "$work/$mode/$variant.so"
}

build_c() { # build_c MODE VARIANT COMPILER PYTHON [FLAGS...]
  local mode=$1 variant=$2 cc=$3 py=$4 inc hex
  shift 4
  inc=$("$py" -c 'import sysconfig; p = sysconfig.get_paths(); print(p["include"] + " " + p["platinclude"])')
  hex=$(limited_hex "$mode")
  local defs=(-DNDEBUG)
  [ -z "$hex" ] || defs+=("-DPy_LIMITED_API=$hex")
  local incs=()
  for d in $inc; do incs+=("-I$d"); done
  "$cc" -O2 "$@" "${defs[@]}" -fPIC -shared "${incs[@]}" "$bench/c/benchmod.c" -o "$work/$mode/$variant.so"
  echo "$work/$mode/$variant.so"
}

# one MODE: builds and measures every variant of one mode into $work/MODE/*.json.
one() {
  local mode=$1 py so
  py=$(mode_python "$mode")
  [ -n "$py" ] && [ -x "$py" ] || die "$mode: no interpreter ($py)"
  rm -rf "${work:?}/$mode" && mkdir -p "$work/$mode"
  "$py" -c 'import sys; print(sys.version.split()[0])' >"$work/$mode/version"
  so=$(build_c "$mode" c gcc "$py") && measure "$mode" c "$so" "$py"
  if [ "${quick:-0}" != 1 ]; then
    # clang-nsa: without C's type-based alias analysis, which Rust does not have.
    if command -v clang >/dev/null; then
      so=$(build_c "$mode" clang clang "$py" -fno-plt) && measure "$mode" clang "$so" "$py"
      so=$(build_c "$mode" clang-nsa clang "$py" -fno-plt -fno-strict-aliasing) && measure "$mode" clang-nsa "$so" "$py"
    elif [ -f "$work/prebuilt/$mode-clang.so" ]; then
      local v
      for v in clang clang-nsa; do
        cp "$work/prebuilt/$mode-$v.so" "$work/$mode/$v.so"
        measure "$mode" "$v" "$work/$mode/$v.so" "$py"
      done
    else
      echo "no clang in this environment" >"$work/$mode/clang.skipped"
    fi
  fi
  so=$(build_rust "$mode" pyffi "$py") || die "$mode: the pyffi module does not build"
  measure "$mode" pyffi "$so" "$py"
  [ "${quick:-0}" = 1 ] && return
  case $mode in
    ft-*) echo "pyo3-ffi 0.30.1 does not build for free-threaded 3.13" >"$work/$mode/pyo3-ffi.skipped" ;;
    abi3-py37) echo "pyo3-ffi 0.30.1 has no abi3-py37 feature" >"$work/$mode/pyo3-ffi.skipped" ;;
    *) if so=$(build_rust "$mode" pyo3-ffi "$py" 2>"$work/$mode/pyo3-ffi.build.log"); then
         measure "$mode" pyo3-ffi "$so" "$py"
       else
         { echo "pyo3-ffi 0.30.1: the module does not build:"; tail -5 "$work/$mode/pyo3-ffi.build.log"; } \
           >"$work/$mode/pyo3-ffi.skipped"
       fi ;;
  esac
}

# The 3.14 mode runs in the sid chroot: the host's valgrind crosses (its tools are static).
one_in_chroot() {
  local mode=$1
  [ "$(id -u)" = 0 ] && [ -x "$SID_ROOT/usr/bin/python3.14" ] || {
    mkdir -p "$work/$mode"; echo "no sid chroot (or not root): run matrix/provision.sh" >"$work/$mode/skipped"; return 0; }
  # Debian's /usr/bin/valgrind is a shell wrapper around valgrind.bin.
  local vg
  vg=$(command -v valgrind)
  [ ! -x "$vg.bin" ] || vg=$vg.bin
  mkdir -p "$work/vg" && cp "$vg" "$work/vg/valgrind"
  # The chroot has no clang: the host's compiles the C against the chroot's headers.
  if command -v clang >/dev/null; then
    local minor=${mode#gil-}
    mkdir -p "$work/prebuilt"
    clang -O2 -fno-plt -DNDEBUG -fPIC -shared -I"$SID_ROOT/usr/include/python$minor" \
      -idirafter "$SID_ROOT/usr/include" "$bench/c/benchmod.c" -o "$work/prebuilt/$mode-clang.so"
    clang -O2 -fno-plt -fno-strict-aliasing -DNDEBUG -fPIC -shared -I"$SID_ROOT/usr/include/python$minor" \
      -idirafter "$SID_ROOT/usr/include" "$bench/c/benchmod.c" -o "$work/prebuilt/$mode-clang-nsa.so"
  fi
  "$repo/matrix/chroot-run.sh" -C "$repo" -B "$work" -B /usr/libexec/valgrind -- \
    env BENCH_WORK="$work" VALGRIND="$work/vg/valgrind" VALGRIND_LIB=/usr/libexec/valgrind \
    ANALYZE_PY=/usr/bin/python3.14 quick="${quick:-0}" bash "$bench/run.sh" --one "$mode"
}

# compile_time: a clean release build of a crate that depends only on the FFI crate, on
# pyffi and on pyo3-ffi, alternately, RUNS times; the units come from cargo --timings.
compile_time() {
  local runs=${BENCH_COMPILE_RUNS:-3} py i v
  py=$(pyenv_python 11)
  rm -rf "$work/compile" && mkdir -p "$work/compile"
  for ((i = 1; i <= runs; i++)); do
    for v in pyffi pyo3-ffi; do
      local t=$work/compile/target-$v
      rm -rf "$t"
      (cd "$bench/compile/$v" && PYO3_PYTHON=$py CARGO_TARGET_DIR=$t \
        cargo build --release --offline --quiet --timings) >/dev/null 2>&1 || die "clean build of compile/$v failed"
      cp "$t/cargo-timings/cargo-timing.html" "$work/compile/$v.$i.html"
    done
  done
}

quick=0 modes='' sub=''
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1; shift ;;
    --modes) modes=$2; shift 2 ;;
    --one) sub=$2; shift 2 ;;
    --compile) sub=compile; shift ;;
    *) die "usage: bench/run.sh [--quick | --compile | --modes 'MODE...']" ;;
  esac
done
mkdir -p "$work"
if [ "$sub" = compile ]; then
  compile_time
  python3 "$bench/report.py" --compile "$work"
  exit
fi
if [ -n "$sub" ]; then one "$sub"; exit; fi

ensure_tools
if [ "$quick" = 1 ]; then
  one gil-3.11
  "${ANALYZE_PY:-python3}" "$bench/report.py" --quick "$work" gil-3.11
  exit
fi
for mode in ${modes:-$ALL_MODES}; do
  log "mode $mode"
  case $mode in
    gil-3.14) one_in_chroot "$mode" ;;
    *) ( one "$mode" ) || { mkdir -p "$work/$mode"; echo "the run failed (see the log above)" >"$work/$mode/failed.skipped"; } ;;
  esac
done
if [ -z "$modes" ]; then
  log "clean-build timing"
  compile_time
  python3 "$bench/report.py" "$work" $ALL_MODES >"$bench/RESULTS.md"
  python3 "$bench/report.py" --readme "$repo/README.md" "$bench/RESULTS.md"
  log "wrote bench/RESULTS.md and its first table into README.md"
else
  python3 "$bench/report.py" "$work" $modes
fi
