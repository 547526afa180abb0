#!/bin/sh
# Runs `msgfmt --check --statistics` on every po/*.po: syntax, header,
# plural forms and printf-format agreement between msgid and msgstr.
#   usage: check-po.sh PO_DIR
set -u
po_dir=${1:?usage: check-po.sh PO_DIR}

command -v msgfmt >/dev/null 2>&1 || {
  echo "FAIL: msgfmt not found (Debian package: gettext)"
  exit 1
}

status=0
count=0
for po in "$po_dir"/*.po; do
  [ -e "$po" ] || continue
  count=$((count + 1))
  printf '%s: ' "$(basename "$po")"
  if ! msgfmt --check --statistics -o /dev/null "$po" 2>&1; then
    echo "FAIL: msgfmt --check rejects $po"
    status=1
  fi
done

if [ "$count" -eq 0 ]; then
  echo "FAIL: no .po files in $po_dir"
  exit 1
fi
echo "checked $count po file(s) with msgfmt --check"
exit $status
