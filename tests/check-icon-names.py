#!/usr/bin/env python3
"""check-icon-names.py SOURCE_ROOT

Every "*-symbolic" icon the app names in src/ (C and .ui) exists in the
installed Adwaita or hicolor theme, or among the app's own icons: icon
themes drop names between releases (Adwaita 48 on Debian 13 has no
emblem-important-symbolic), and GTK then draws a broken image.
"""
import os
import re
import sys

root = sys.argv[1]
names = set()
for folder in ("src",):
    for dirpath, _, files in os.walk(os.path.join(root, folder)):
        for f in files:
            if f.endswith((".c", ".ui")):
                with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
                    names |= set(re.findall(r"[\">]([a-z][a-z0-9-]*-symbolic)[\"<]", fh.read()))

have = set()
for theme in ("/usr/share/icons/Adwaita", "/usr/share/icons/hicolor", os.path.join(root, "data", "icons")):
    for dirpath, _, files in os.walk(theme):
        for f in files:
            have.add(os.path.splitext(f)[0])

missing = sorted(n for n in names if n not in have)
for n in missing:
    print(f"icon not in the installed themes: {n}")
print(f"{len(names)} icon names, {len(missing)} missing")
sys.exit(1 if missing else 0)
