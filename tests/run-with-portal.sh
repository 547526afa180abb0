#!/bin/sh
# run-with-portal.sh portal|bare TEST [ARGS...]
#
# Runs TEST on a private D-Bus session bus with a private XDG environment
# where the default mail program is a recorder: a script that appends
# every URI it is opened with to $SAM_TEST_MAILTO_LOG (and a folder
# "file manager" that records to $SAM_TEST_FOLDER_LOG).
#
#   portal  the standard session bus configuration: Debian's
#           xdg-desktop-portal and xdg-desktop-portal-gtk are started on
#           demand (XDG_CURRENT_DESKTOP=GNOME selects the GTK backend,
#           whose Email implementation opens the mailto: handler)
#   bare    a bus that can start no service at all: no portal
#
# Needs a display for the GTK portal backend; without one, it re-runs
# itself under xvfb-run.
set -eu

mode=$1
shift

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$mode" "$@"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/samenspel-portal-XXXXXX")
cleanup () {
  # The document portal may have mounted its FUSE file system here.
  fusermount3 -u -z "$tmp/runtime/doc" 2>/dev/null || fusermount -u -z "$tmp/runtime/doc" 2>/dev/null || true
  rm -rf "$tmp" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

export XDG_CONFIG_HOME="$tmp/config"
export XDG_DATA_HOME="$tmp/data"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
export XDG_CURRENT_DESKTOP=GNOME
export SAM_TEST_BUS="$mode"
export SAM_TEST_MAILTO_LOG="$tmp/mailto.log"
export SAM_TEST_FOLDER_LOG="$tmp/folder.log"
export SAM_TEST_TMP="$tmp"
# The portal's GTK backend must not wait for an accessibility bus.
export NO_AT_BRIDGE=1 GTK_A11Y=none
# The test's G_DEBUG=fatal-warnings is for the test, not for the portal
# services the bus starts (they warn about missing session services).
test_g_debug="${G_DEBUG:-}"
unset G_DEBUG
unset DBUS_SESSION_BUS_ADDRESS GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION MAILER || true

mkdir -p -m 700 "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME/applications" "$XDG_CACHE_HOME" "$tmp/bin" "$tmp/services"

cat > "$tmp/bin/record-mailto" <<SCRIPT
#!/bin/sh
printf '%s\n' "\$@" >> "$SAM_TEST_MAILTO_LOG.part"
mv "$SAM_TEST_MAILTO_LOG.part" "$SAM_TEST_MAILTO_LOG"
SCRIPT
# Both recorders write a whole file and rename it into place: the test
# reads a log as soon as it exists, so it must never see one half-written.
cat > "$tmp/bin/record-folder" <<SCRIPT
#!/bin/sh
printf '%s\n' "\$@" >> "$SAM_TEST_FOLDER_LOG.part"
mv "$SAM_TEST_FOLDER_LOG.part" "$SAM_TEST_FOLDER_LOG"
SCRIPT
chmod +x "$tmp/bin/record-mailto" "$tmp/bin/record-folder"

cat > "$XDG_DATA_HOME/applications/samenspel-test-mailto.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Recording mail program
Exec=$tmp/bin/record-mailto %u
MimeType=x-scheme-handler/mailto;
NoDisplay=true
DESKTOP
cat > "$XDG_DATA_HOME/applications/samenspel-test-folder.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Recording file manager
Exec=$tmp/bin/record-folder %u
MimeType=inode/directory;
NoDisplay=true
DESKTOP
cat > "$XDG_CONFIG_HOME/mimeapps.list" <<LIST
[Default Applications]
x-scheme-handler/mailto=samenspel-test-mailto.desktop
inode/directory=samenspel-test-folder.desktop
LIST
update-desktop-database "$XDG_DATA_HOME/applications" 2>/dev/null || true

case "$mode" in
  portal)
    status=0
    dbus-run-session -- env G_DEBUG="$test_g_debug" "$@" || status=$?
    ;;
  bare)
    cat > "$tmp/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=$tmp</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$tmp/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    status=0
    dbus-run-session --config-file="$tmp/bus.conf" -- env G_DEBUG="$test_g_debug" "$@" || status=$?
    ;;
  *)
    echo "usage: $0 portal|bare TEST [ARGS...]" >&2
    exit 2
    ;;
esac
exit $status
