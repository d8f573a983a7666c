# Sourced by the example scripts (examples/run.sh, examples/maturin.sh): printed
# commands, steps that record PASS/FAIL and keep going, and the summary line.
# The caller sets $tmp (a scratch directory) before calling pytest_in.

passed=0
failed=0
failures=()

say() { printf '\n==> %s\n' "$*"; }

# Prints a command, then runs it.
run() {
    printf '+'
    printf ' %q' "$@"
    printf '\n'
    "$@"
}

# step NAME FUNCTION ARGS...: runs the function in a subshell that stops at
# its first failing command, and records the outcome.
step() {
    local name=$1 status
    shift
    say "$name"
    (
        set -e
        "$@"
    )
    status=$?
    if [ "$status" -eq 0 ]; then
        passed=$((passed + 1))
        echo "PASS: $name"
    else
        failed=$((failed + 1))
        failures+=("$name")
        echo "FAIL: $name (status $status)"
    fi
}

# The leak check of the examples' tests on debug builds (pytest-plugins/pyffi_reftotal.py).
pytest_plugins=$(cd "$(dirname "${BASH_SOURCE[0]}")/pytest-plugins" && pwd)

# pytest_in VENV TESTS [VAR=VALUE...]: from $tmp, so that only the installed module
# can be imported, not the source tree.
pytest_in() {
    local venv=$1 tests=$2
    shift 2
    (cd "$tmp" && run env PYTHONPATH="$pytest_plugins${PYTHONPATH:+:$PYTHONPATH}" "$@" \
        "$venv/bin/python" -m pytest -p no:cacheprovider -p pyffi_reftotal -q "$tests")
}

# finish LABEL: the failed steps, `LABEL: N passed, M failed`, and the exit status.
finish() {
    echo
    [ "$failed" -eq 0 ] || printf 'failed: %s\n' "${failures[@]}"
    echo "$1: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
