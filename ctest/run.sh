#!/usr/bin/env bash
# Runs the layout and constant checks for several configurations.
#
#   ctest/run.sh [VARIANT...]      (no argument: the whole matrix below)
#
# VARIANT:
#   py3.X          the pyenv CPython 3.X (its own headers)
#   py3.X-abi3     the same, built with pyffi's abi3-py3X feature
#   h3.X[t][d]     headers only, from $PYFFI_HEADERS/3.X: no interpreter;
#                  t = free-threaded (Py_GIL_DISABLED), d = debug (Py_DEBUG)
#   h3.X-abi3      headers only, abi3-py3X
#   h3.Xt-abi3t    headers only, free-threaded stable ABI (abi3t-py3X)
#
# abi3-py3X declarations describe 3.X's limited API, so each is checked
# against 3.X's headers.
#
# Environment: PYENV_ROOT (default /root/.pyenv), PYFFI_HEADERS (default
# $PYFFI_CACHE_ROOT/headers, root default /var/cache/pyffi), CARGO_TARGET_DIR, CTEST_LOG_DIR (per-variant
# logs; default a temporary directory).
set -u
here=$(cd "$(dirname "$0")" && pwd)
pyenv_root=${PYENV_ROOT:-/root/.pyenv}
headers=${PYFFI_HEADERS:-${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/headers}
logs=${CTEST_LOG_DIR:-$(mktemp -d)}
mkdir -p "$logs"

if [ $# -eq 0 ]; then
    set -- py3.7 py3.8 py3.9 py3.10 py3.11 py3.12 py3.13 \
        py3.7-abi3 py3.8-abi3 py3.9-abi3 py3.10-abi3 py3.11-abi3 py3.12-abi3 py3.13-abi3 \
        h3.14 h3.14t h3.15 h3.15t h3.13t h3.7d h3.13d h3.14-abi3 h3.15-abi3 h3.15t-abi3t
fi

pyenv_python() { # 3.X -> path of the newest pyenv 3.X.Y
    local v
    v=$(ls -d "$pyenv_root"/versions/"$1".* 2>/dev/null | sort -V | tail -1)
    [ -n "$v" ] && echo "$v/bin/python$1"
}

passed=0
failed=0
summary=()
for variant in "$@"; do
    env_args=()
    features=()
    case $variant in
        py3.*)
            spec=${variant#py}
            minor=${spec%%-*}
            py=$(pyenv_python "$minor") || true
            if [ -z "$py" ]; then
                summary+=("$variant: no pyenv CPython $minor")
                failed=$((failed + 1))
                continue
            fi
            env_args+=(PYO3_PYTHON="$py")
            ;;
        h3.*)
            spec=${variant#h}
            base=${spec%%-*}
            minor=$(echo "$base" | grep -o '^3\.[0-9]*')
            flags=$(echo "${base#"$minor"}")
            dir=$headers/$minor
            if [ ! -d "$dir/include" ]; then
                summary+=("$variant: no headers in $dir")
                failed=$((failed + 1))
                continue
            fi
            inc=$dir/include
            [ -d "$dir/root/usr/include" ] && inc=$inc:$dir/root/usr/include
            build_flags=()
            case $flags in *t*) build_flags+=(Py_GIL_DISABLED) ;; esac
            case $flags in *d*) build_flags+=(Py_DEBUG) ;; esac
            config=$logs/$variant.pyo3-config
            {
                echo "implementation=CPython"
                echo "version=$minor"
                echo "shared=true"
                echo "pointer_width=64"
                echo "build_flags=$(IFS=,; echo "${build_flags[*]:-}")"
                echo "suppress_build_script_link_lines=true"
            } > "$config"
            env_args+=(PYO3_CONFIG_FILE="$config" PYFFI_CTEST_INCLUDE="$inc")
            ;;
        *)
            echo "unknown variant $variant" >&2
            exit 2
            ;;
    esac
    case $spec in
        *-abi3) features+=(--features "abi3-py${minor/./}") ;;
        *-abi3t) features+=(--features "abi3t-py${minor/./}") ;;
    esac
    log=$logs/$variant.log
    env "${env_args[@]}" nice -n 5 cargo test --manifest-path "$here/Cargo.toml" "${features[@]}" --test layout >"$log" 2>&1
    rc=$?
    line=$(grep -E '^layout: [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
    if [ $rc -eq 0 ]; then
        passed=$((passed + 1))
        summary+=("$variant: ok (${line#layout: })")
    else
        failed=$((failed + 1))
        if [ -n "$line" ]; then
            summary+=("$variant: FAILED (${line#layout: })")
        else
            summary+=("$variant: FAILED (did not run, see $log)")
        fi
        grep -E '^FAILED ' "$log" | sed "s/^/    $variant: /"
    fi
done
printf '%s\n' "${summary[@]}"
echo "logs: $logs"
echo "ctest-matrix: $passed passed, $failed failed"
[ $failed -eq 0 ]
