#!/usr/bin/env python3
"""Every file with translatable strings must be listed in po/POTFILES.in,
and every listed file must exist; otherwise xgettext never sees its strings
and the Dutch desktop shows English.

    check-potfiles.py SRCDIR

Looks at src/ (C: _(), N_(), C_(), NC_(), ngettext-style calls; GtkBuilder:
translatable="yes") and at the desktop, metainfo, MIME and GSettings files in
data/.  Python 3 standard library only.
"""

import os
import re
import sys

C_MARK = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|g_dngettext|g_dpgettext2|ngettext)\s*\(\s*"')
UI_MARK = re.compile(r'translatable\s*=\s*"(?:yes|true)"')
DATA_SUFFIXES = ('.desktop.in', '.metainfo.xml.in', '.mime.xml.in', '.gschema.xml')


def translatable_files(srcdir):
    found = set()
    for top in ('src', 'data'):
        for root, dirs, files in os.walk(os.path.join(srcdir, top)):
            dirs.sort()
            for name in files:
                path = os.path.join(root, name)
                rel = os.path.relpath(path, srcdir).replace(os.sep, '/')
                if name.endswith(DATA_SUFFIXES):
                    found.add(rel)
                    continue
                if name.endswith(('.c', '.h')):
                    pattern = C_MARK
                elif name.endswith('.ui'):
                    pattern = UI_MARK
                else:
                    continue
                with open(path, encoding='utf-8', errors='replace') as f:
                    if pattern.search(f.read()):
                        found.add(rel)
    return found


def listed_files(srcdir):
    listed = []
    with open(os.path.join(srcdir, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                listed.append(line)
    return listed


def skipped_files(srcdir):
    path = os.path.join(srcdir, 'po', 'POTFILES.skip')
    if not os.path.exists(path):
        return set()
    with open(path, encoding='utf-8') as f:
        return {l.strip() for l in f if l.strip() and not l.startswith('#')}


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: check-potfiles.py SRCDIR')
    srcdir = sys.argv[1]
    listed = listed_files(srcdir)
    found = translatable_files(srcdir)
    skipped = skipped_files(srcdir)

    problems = []
    for rel in listed:
        if not os.path.isfile(os.path.join(srcdir, rel)):
            problems.append('po/POTFILES.in lists %s, which does not exist' % rel)
    for rel in sorted(found - set(listed) - skipped):
        problems.append('%s has translatable strings but is not in po/POTFILES.in' % rel)

    print('%d file(s) with translatable strings, %d listed in po/POTFILES.in'
          % (len(found), len(listed)))
    for p in problems:
        print('FAIL: ' + p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
