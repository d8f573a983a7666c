#!/usr/bin/env bash
# Runs the differential tests (difftest/) with their C shims built under gcc's
# UndefinedBehaviorSanitizer, on one interpreter: every C macro and static inline that
# pyffi stands for then runs on the whole input corpus with undefined behaviour
# (signed overflow, out-of-range shifts, misaligned or out-of-bounds access, ...)
# stopping the run. A canary first checks that the flags really catch a signed overflow.
#
#   tests/ubsan.sh PYTHON [abi3-py3X]       e.g. a pyenv python3.11
#
# CARGO_TARGET_DIR as for cargo (a separate one: the C flags rebuild the shims).
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-}
[ -n "$py" ] || { echo "error: usage: tests/ubsan.sh PYTHON [abi3-py3X]" >&2; exit 2; }
flags="-fsanitize=undefined -fno-sanitize-recover=undefined"

canary=$(mktemp -d)
trap 'rm -rf "$canary"' EXIT
cat > "$canary/c.c" <<'EOF'
#include <limits.h>
int main(void) { volatile int x = INT_MAX; int y = x + 1; return y > 0; }
EOF
# shellcheck disable=SC2086
cc $flags -o "$canary/c" "$canary/c.c"
if "$canary/c" 2>"$canary/err" || ! grep -q 'runtime error' "$canary/err"; then
  echo "error: UBSan did not stop a signed overflow: check gcc's libubsan" >&2
  exit 1
fi
echo "ubsan canary: signed overflow reported"

# cc (the crate) adds CFLAGS to the shims' compile; the test binary links libubsan.
CFLAGS="$flags" RUSTFLAGS="${RUSTFLAGS:-} -Clink-arg=-lubsan" \
  UBSAN_OPTIONS=print_stacktrace=1 bash difftest/run.sh "$py" ${2:+"$2"}
