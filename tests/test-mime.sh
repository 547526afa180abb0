#!/bin/sh
# Is a .samenspel file detected as application/x-samenspel, and is the app
# registered for it?  Everything happens in private XDG data directories
# built here, so neither the system nor an earlier install can make the
# test pass:
#   neg/  freedesktop.org.xml only                 (control: must NOT detect)
#   pos/  freedesktop.org.xml + our MIME XML + our desktop file
#
#   usage: test-mime.sh MIME_XML DESKTOP_FILE SAMPLE_FILE [BINARY_DIR]
# BINARY_DIR goes first on PATH, as GIO ignores a desktop file whose Exec
# program cannot be found.
set -u
mime_xml=${1:?usage}
desktop_file=${2:?usage}
sample=${3:?usage}
bin_dir=${4:-}
expected=application/x-samenspel
app_id=io.github.samenspel.Samenspel

fail () { echo "FAIL: $*"; exit 1; }

for tool in update-mime-database update-desktop-database gio; do
  command -v $tool >/dev/null 2>&1 ||
    fail "$tool not found (Debian packages: shared-mime-info, desktop-file-utils, libglib2.0-bin)"
done

# The base MIME database: JSON and its parents come from freedesktop.org.xml.
fdo=
for dir in $(echo "${XDG_DATA_DIRS:-/usr/local/share:/usr/share}:/usr/share" | tr ':' ' '); do
  if [ -f "$dir/mime/packages/freedesktop.org.xml" ]; then
    fdo=$dir/mime/packages/freedesktop.org.xml
    break
  fi
done
[ -n "$fdo" ] || fail "freedesktop.org.xml not found (Debian package: shared-mime-info)"

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/neg/mime/packages" "$tmp/pos/mime/packages" \
         "$tmp/pos/applications" "$tmp/home" "$tmp/config"
cp "$fdo" "$tmp/neg/mime/packages/"
cp "$fdo" "$tmp/pos/mime/packages/"
cp "$mime_xml" "$tmp/pos/mime/packages/$app_id.xml"
cp "$desktop_file" "$tmp/pos/applications/$app_id.desktop"
# (XDG_DATA_DIRS set only to silence the "not in the search path" notes.)
XDG_DATA_DIRS="$tmp/neg" update-mime-database "$tmp/neg/mime" ||
  fail "update-mime-database (control) failed"
XDG_DATA_DIRS="$tmp/pos" update-mime-database "$tmp/pos/mime" ||
  fail "update-mime-database rejected $mime_xml"
# GIO 2.74 finds the handlers of a type through mimeinfo.cache, as written
# by gnome.post_install on a real install.
update-desktop-database "$tmp/pos/applications" ||
  fail "update-desktop-database rejected $desktop_file"

content_type () {
  # $1: data dir, $2: file
  env XDG_DATA_HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" \
      XDG_DATA_DIRS="$1" LC_ALL=C.UTF-8 \
      gio info -a standard::content-type "$2" |
    sed -n 's/^ *standard::content-type: *//p'
}

echo "check: gio info -a standard::content-type (private XDG_DATA_DIRS)"
got=$(content_type "$tmp/pos" "$sample")
echo "  with our MIME XML:    $got"
[ "$got" = "$expected" ] || fail "$sample detected as '$got', expected $expected"

got=$(content_type "$tmp/neg" "$sample")
echo "  without it (control): $got"
[ -n "$got" ] || fail "gio reported no content type in the control check"
[ "$got" != "$expected" ] || fail "control check detected $expected without our MIME XML"

echo "check: sub-class, comment and icon in the compiled database"
grep -qx "$expected application/json" "$tmp/pos/mime/subclasses" ||
  fail "$expected is not a sub-class of application/json"
grep -q "<comment>Samenspel project</comment>" "$tmp/pos/mime/application/x-samenspel.xml" ||
  fail "no English comment for $expected"
grep -qx "$expected:$app_id-application-x-samenspel" "$tmp/pos/mime/icons" ||
  fail "$expected has not got its own icon"

echo "check: gio mime $expected lists $app_id.desktop"
apps=$(env XDG_DATA_HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" \
           XDG_DATA_DIRS="$tmp/pos" LC_ALL=C.UTF-8 \
           PATH="${bin_dir:+$bin_dir:}$PATH" \
           gio mime "$expected")
echo "$apps" | sed 's/^/  /'
echo "$apps" | grep -q "^Default application for .*: $app_id.desktop\$" ||
  fail "$app_id.desktop is not the default application for $expected"

echo "PASS: $sample is $expected and opens with $app_id"
