#!/usr/bin/env bash
# Runs a command inside the Debian sid chroot that matrix/provision.sh builds.
#
#   matrix/chroot-run.sh [-C CHECKOUT] [-B HOSTDIR]... [--] CMD [ARG...]
#
# -C CHECKOUT  bind-mount CHECKOUT at the same path and run CMD there
# -B HOSTDIR   bind-mount another host directory at the same path (e.g. a CARGO_TARGET_DIR)
# The cargo and rustup homes of the host (CARGO_HOME, RUSTUP_HOME, default ~/.cargo,
# ~/.rustup) are bind-mounted at their own paths, so the host's cargo/rustc run inside.
#
# All mounts live in a private mount namespace (unshare): the host never sees them,
# they vanish with the namespace whatever happens, and the trap unmounts them anyway.
# The exit status is CMD's.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/lib.sh"

if [ "${_PYFFI_CHROOT_NS:-}" != 1 ]; then
  [ "$(id -u)" = 0 ] || die "chroot-run.sh needs root"
  [ -f "$STAMPS/sid-debootstrap" ] && [ -x "$SID_ROOT/bin/sh" ] \
    || die "no sid chroot at $SID_ROOT: run matrix/provision.sh first"
  export _PYFFI_CHROOT_NS=1
  exec unshare --mount --propagation private -- "$here/chroot-run.sh" "$@"
fi
unset _PYFFI_CHROOT_NS

checkout='' binds=()
while [ $# -gt 0 ]; do
  case $1 in
    -C) checkout=$(realpath "$2"); binds+=("$checkout"); shift 2 ;;
    -B) binds+=("$(realpath "$2")"); shift 2 ;;
    --) shift; break ;;
    -*) die "chroot-run.sh: unknown option $1" ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || die "usage: chroot-run.sh [-C CHECKOUT] [-B DIR]... [--] CMD [ARG...]"

cargo_home=${CARGO_HOME:-$HOME/.cargo}
rustup_home=${RUSTUP_HOME:-$HOME/.rustup}

mounted=()
cleanup() {
  local rc=$? i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -R "${mounted[i]}" 2>/dev/null || umount -R -l "${mounted[i]}" 2>/dev/null \
      || echo "[matrix] warning: could not unmount ${mounted[i]}" >&2
  done
  exit "$rc"
}
child=
# Bash runs a trap only once its foreground child ends: the command runs in the background
# (stdin kept) and the signal is passed on to it, so a kill stops it and unmounts at once.
on_signal() {
  [ -z "$child" ] || { kill -"$1" "$child" 2>/dev/null; wait "$child" 2>/dev/null; }
  exit "$2"
}
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM
trap 'on_signal HUP 129' HUP

mnt() { # mnt ARGS... TARGET: mounts and remembers TARGET for the trap
  local target=${!#}
  mkdir -p "$target"
  mount "$@"
  mounted+=("$target")
}
mnt -t proc proc "$SID_ROOT/proc"
mnt --rbind /sys "$SID_ROOT/sys"
mnt --rbind /dev "$SID_ROOT/dev"
for d in "$cargo_home" "$rustup_home"; do
  [ -d "$d" ] && mnt --rbind "$d" "$SID_ROOT$d"
done
for d in "${binds[@]}"; do
  [ -d "$d" ] || die "chroot-run.sh: $d is not a directory"
  [ "$d" != / ] || die "chroot-run.sh: refusing to bind /"
  mnt --rbind "$d" "$SID_ROOT$d"
done
# Name resolution and TLS trust for apt/pip inside: the host's files (its CA bundle may
# hold a local proxy's root), copied when they changed.
for f in /etc/resolv.conf /etc/ssl/certs/ca-certificates.crt; do
  [ -e "$f" ] || continue
  mkdir -p "$SID_ROOT$(dirname "$f")"
  cmp -s "$f" "$SID_ROOT$f" 2>/dev/null || { rm -f "$SID_ROOT$f"; cp -L "$f" "$SID_ROOT$f"; }
done

# The host's environment crosses, but for what would point at host-only files.
envs=()
while IFS= read -r name; do
  case $name in
    PATH | HOME | PWD | OLDPWD | SHLVL | _ | LD_PRELOAD | LD_LIBRARY_PATH | PYENV* | VIRTUAL_ENV | \
      PYTHONHOME | PYTHONPATH | CARGO_HOME | RUSTUP_HOME | BASH_FUNC_*) ;;
    *) envs+=("$name=${!name}") ;;
  esac
done < <(compgen -e)
envs+=(HOME=/root "CARGO_HOME=$cargo_home" "RUSTUP_HOME=$rustup_home"
  "PATH=$cargo_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
[ -n "${LANG:-}" ] || envs+=(LANG=C.UTF-8)

cwd=/root
if [ -n "$checkout" ]; then cwd=$checkout
else for d in "${binds[@]}"; do case $PWD/ in "$d"/*) cwd=$PWD ;; esac; done
fi

chroot "$SID_ROOT" /usr/bin/env -i "${envs[@]}" /bin/sh -c 'cd "$0" && exec "$@"' "$cwd" "$@" <&0 &
child=$!
rc=0
wait "$child" || rc=$?
child=
exit "$rc"
