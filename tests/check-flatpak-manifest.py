#!/usr/bin/env python3
"""Check the Flatpak manifest.

    check-flatpak-manifest.py MANIFEST

Always: the file is JSON and holds what issue 5 asks for (GNOME runtime,
the sandbox limited to exactly four finish-args, the app as a meson module
built from the source folder).  When flatpak-builder is installed it must
also accept the manifest (`flatpak-builder --show-manifest`) without a
warning, as it only warns about unknown or misspelt properties.
Python 3 standard library only.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

APP_ID = 'io.github.samenspel.Samenspel'
FINISH_ARGS = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']


def key_checks(m):
    errors = []

    def expect(key, value):
        if m.get(key) != value:
            errors.append('%s is %r, expected %r' % (key, m.get(key), value))

    expect('id', APP_ID)
    expect('runtime', 'org.gnome.Platform')
    expect('sdk', 'org.gnome.Sdk')
    expect('command', 'samenspel')
    version = m.get('runtime-version')
    if not (isinstance(version, str) and version.isdigit() and int(version) >= 47):
        errors.append('runtime-version %r is not a GNOME release >= 47' % version)
    if sorted(m.get('finish-args', [])) != sorted(FINISH_ARGS):
        errors.append('finish-args %r, expected exactly %r' % (m.get('finish-args'), FINISH_ARGS))

    modules = m.get('modules', [])
    app = [mod for mod in modules if isinstance(mod, dict) and mod.get('name') == 'samenspel']
    if len(app) != 1:
        errors.append('expected one module named samenspel, found %d' % len(app))
    else:
        mod = app[0]
        if mod.get('buildsystem') != 'meson':
            errors.append('samenspel module buildsystem is %r, expected meson' % mod.get('buildsystem'))
        if '-Dbenchmarks=false' not in mod.get('config-opts', []):
            errors.append('samenspel module does not pass -Dbenchmarks=false')
        if not any(s.get('type') == 'dir' and s.get('path') == '..' for s in mod.get('sources', [])):
            errors.append('samenspel module is not built from the source folder (dir "..")')
    if modules and app and modules[-1] is not app[0]:
        errors.append('the samenspel module must come last')
    return errors


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: check-flatpak-manifest.py MANIFEST')
    path = sys.argv[1]

    print('check: JSON parse and key checks (python3 json)')
    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print('FAIL: %s: %s' % (path, e))
        return 1
    errors = key_checks(manifest)
    for e in errors:
        print('FAIL: ' + e)
    if errors:
        return 1
    print('  ok')

    builder = shutil.which('flatpak-builder')
    if builder is None:
        print('check: flatpak-builder --show-manifest NOT RUN: flatpak-builder is not '
              'installed (Debian package: flatpak-builder); only the JSON checks ran')
        return 0
    print('check: %s --show-manifest' % builder)
    # In a scratch directory: flatpak-builder leaves a .flatpak-builder
    # state directory wherever it runs.
    with tempfile.TemporaryDirectory() as scratch:
        r = subprocess.run([builder, '--show-manifest', os.path.abspath(path)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True, cwd=scratch)
    if r.returncode != 0:
        print(r.stderr)
        print('FAIL: flatpak-builder rejects the manifest (exit %d)' % r.returncode)
        return 1
    if r.stderr.strip():
        print(r.stderr)
        print('FAIL: flatpak-builder warns about the manifest')
        return 1
    shown = json.loads(r.stdout)
    if shown.get('id') != APP_ID:
        print('FAIL: flatpak-builder read app id %r' % shown.get('id'))
        return 1
    print('  ok')
    print('PASS: %s' % path)
    return 0


if __name__ == '__main__':
    sys.exit(main())
