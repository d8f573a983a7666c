# shellcheck shell=bash disable=SC2034
# Shared paths and helpers of matrix/provision.sh and matrix/chroot-run.sh (sourced, not run).

# Everything the project caches lives under one root: PYFFI_CACHE_ROOT=/tmp/x moves it all.
PYFFI_CACHE_ROOT=${PYFFI_CACHE_ROOT:-/var/cache/pyffi}
export PYFFI_CACHE_ROOT
PYFFI_CACHE=${PYFFI_CACHE:-$PYFFI_CACHE_ROOT/interpreters}
# The header sets the generator and the layout checks read (gen/fetch-headers.sh).
PYFFI_HEADERS=${PYFFI_HEADERS:-$PYFFI_CACHE_ROOT/headers}
export PYFFI_HEADERS
SID_ROOT=$PYFFI_CACHE/sid-root          # debootstrap'd Debian sid: CPython 3.14/3.15 (+dbg), PyPy 3.11
STAMPS=$PYFFI_CACHE/stamps
LOGS=$PYFFI_CACHE/logs
MIRROR=http://deb.debian.org/debian
# The snapshot the mirror serves is frozen: its Release files are past Valid-Until.
APT_OPTS=(-o Acquire::Check-Valid-Until=false)

say() { printf '[matrix] %s\n' "$*" >&2; }
die() { printf '[matrix] error: %s\n' "$*" >&2; exit 1; }

pyenv_root() {
  if command -v pyenv >/dev/null 2>&1; then pyenv root; else echo "${PYENV_ROOT:-$HOME/.pyenv}"; fi
}

# Newest installed pyenv CPython 3.<minor>: prints its python3.<minor> path, or nothing.
pyenv_python() {
  local minor=$1 d
  d=$(ls -d "$(pyenv_root)"/versions/3."$minor".[0-9]* 2>/dev/null | grep -E "/3\.$minor\.[0-9]+$" | sort -V | tail -n1 || true)
  [ -n "$d" ] && [ -x "$d/bin/python3.$minor" ] && echo "$d/bin/python3.$minor"
}

# Mounts found at or below a path in THIS mount namespace (empty if none).
mounts_under() {
  awk -v p="$1" '$2 == p || index($2, p "/") == 1 { print $2 }' /proc/self/mounts
}
