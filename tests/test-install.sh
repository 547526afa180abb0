#!/bin/sh
# `meson install --destdir` into a temporary directory, then check that
# every file a desktop needs landed where it belongs.
#   usage: test-install.sh BUILD_DIR PREFIX BINDIR DATADIR LOCALEDIR
# (BINDIR, DATADIR and LOCALEDIR absolute, as meson reports them.)
set -u
build_dir=${1:?usage}
prefix=${2:?usage}
bindir=${3:?usage}
datadir=${4:?usage}
localedir=${5:?usage}
app_id=io.github.samenspel.Samenspel
meson=${MESON:-meson}

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

echo "check: $meson install -C $build_dir --destdir $tmp/dest --no-rebuild"
if ! "$meson" install -C "$build_dir" --destdir "$tmp/dest" --no-rebuild \
       >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"
  echo "FAIL: meson install failed"
  exit 1
fi

hicolor=$datadir/icons/hicolor
status=0
for f in \
  "$bindir/samenspel" \
  "$datadir/applications/$app_id.desktop" \
  "$datadir/metainfo/$app_id.metainfo.xml" \
  "$datadir/glib-2.0/schemas/$app_id.gschema.xml" \
  "$datadir/mime/packages/$app_id.xml" \
  "$hicolor/scalable/apps/$app_id.svg" \
  "$hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "$hicolor/scalable/mimetypes/application-x-samenspel.svg" \
  "$hicolor/scalable/mimetypes/$app_id-application-x-samenspel.svg" \
  "$localedir/nl/LC_MESSAGES/samenspel.mo"
do
  if [ -s "$tmp/dest$f" ]; then
    echo "  ok       $f"
  else
    echo "  MISSING  $f"
    status=1
  fi
done

if [ -e "$tmp/dest$bindir/samenspel" ] && [ ! -x "$tmp/dest$bindir/samenspel" ]; then
  echo "FAIL: $bindir/samenspel is not executable"
  status=1
fi

# gnome.post_install must leave DESTDIR alone: caches belong to the target
# system (or to flatpak), not to a staging directory.
for cache in "$datadir/glib-2.0/schemas/gschemas.compiled" \
             "$datadir/mime/mime.cache" \
             "$hicolor/icon-theme.cache"; do
  if [ -e "$tmp/dest$cache" ]; then
    echo "FAIL: a cache was written into DESTDIR: $cache"
    status=1
  fi
done

[ "$status" -eq 0 ] && echo "PASS: every expected file installed under $prefix"
exit $status
