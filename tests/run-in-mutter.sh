#!/bin/sh
# run-in-mutter.sh: run a command inside a headless GNOME compositor with
# real (virtual) monitors, so GTK sees more than Xvfb's single screen.
#
#   tests/run-in-mutter.sh [--x11] 1920x1080 1024x768 -- COMMAND [ARG...]
#
# Each WxH (or WxH@R) before "--" becomes one virtual monitor, in order.
# The command runs as a Wayland client (GDK_BACKEND=wayland); with --x11
# (or SAM_MUTTER_X11=1) mutter starts Xwayland too and the command runs
# with GDK_BACKEND=x11, seeing the monitors as RandR outputs.
# Exits with the command's own status; fails (never skips) when mutter or
# dbus-run-session is missing, since build-aux/test installs them.
#
# Debian packages: mutter, dbus (dbus-run-session); xwayland for the X11 run.

set -u

monitors=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case "$1" in
    --x11) SAM_MUTTER_X11=1 ;;
    *x*) monitors="$monitors --virtual-monitor $1" ;;
    *) echo "run-in-mutter: not a monitor size: $1" >&2; exit 2 ;;
  esac
  shift
done
if [ $# -lt 2 ] || [ "$1" != "--" ] || [ -z "$monitors" ]; then
  echo "usage: $0 WxH [WxH...] -- COMMAND [ARG...]" >&2
  exit 2
fi
shift

tools="mutter dbus-run-session"
[ "${SAM_MUTTER_X11:-0}" = 1 ] && tools="$tools Xwayland"
for tool in $tools; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-in-mutter: '$tool' is not installed (Debian: apt-get install mutter dbus xwayland)" >&2
    exit 1
  fi
done

# A private runtime dir: the Wayland socket goes there, and a shared one
# (or none) makes mutter refuse to start.
runtime=$(mktemp -d "${TMPDIR:-/tmp}/sam-mutter.XXXXXX") || exit 1
chmod 700 "$runtime"
status_file="$runtime/status"
trap 'rm -rf "$runtime"' EXIT

# The test's environment (G_DEBUG=fatal-warnings above all) is for the
# test, not for mutter, whose harmless warnings (no colord, no session
# manager) would abort it.  Save it and restore it inside.
test_g_debug="${G_DEBUG-}"
test_gsettings_backend="${GSETTINGS_BACKEND-}"

if [ "${SAM_MUTTER_X11:-0}" = 1 ]; then
  x11_flag=""
  backend=x11
else
  x11_flag="--no-x11"
  backend=wayland
fi

# The command's standard output (TAP for meson) is kept apart from
# mutter's chatter (which goes to standard error) in a file: mutter starts
# its command with only the standard descriptors.
out_file="$runtime/stdout"
env -u G_DEBUG -u DISPLAY -u WAYLAND_DISPLAY -u GDK_BACKEND \
    XDG_RUNTIME_DIR="$runtime" GSETTINGS_BACKEND=memory \
    SAM_TEST_G_DEBUG="$test_g_debug" SAM_TEST_GSETTINGS_BACKEND="$test_gsettings_backend" \
    SAM_STATUS_FILE="$status_file" SAM_OUT_FILE="$out_file" SAM_GDK_BACKEND="$backend" \
  dbus-run-session -- \
  mutter --headless --wayland $x11_flag $monitors -- \
  sh -c '
    export GDK_BACKEND="$SAM_GDK_BACKEND"
    if [ -n "$SAM_TEST_G_DEBUG" ]; then export G_DEBUG="$SAM_TEST_G_DEBUG"; fi
    if [ -n "$SAM_TEST_GSETTINGS_BACKEND" ]; then export GSETTINGS_BACKEND="$SAM_TEST_GSETTINGS_BACKEND"; fi
    unset SAM_TEST_G_DEBUG SAM_TEST_GSETTINGS_BACKEND SAM_GDK_BACKEND
    "$@" > "$SAM_OUT_FILE"
    echo $? > "$SAM_STATUS_FILE"
  ' run-in-mutter "$@" 1>&2
mutter_status=$?
[ -f "$out_file" ] && cat "$out_file"

if [ ! -s "$status_file" ]; then
  echo "run-in-mutter: the command did not run to its end (mutter exited with $mutter_status)" >&2
  exit 1
fi
exit "$(cat "$status_file")"
