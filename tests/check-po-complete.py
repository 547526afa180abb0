#!/usr/bin/env python3
"""Fail on any untranslated or fuzzy message in a PO file.

    check-po-complete.py PO_FILE [--sources SRCDIR]

Without --sources the PO file is checked as it is.  With --sources, a fresh
template is first extracted from SRCDIR/po/POTFILES.in (xgettext with the
same keywords as meson's 'glib' preset) and merged into a temporary copy of
the PO file (msgmerge), so a message that was added to the code but never
reached the PO file counts as untranslated too.  The PO file itself is never
modified.  The header entry (msgid "") is ignored; obsolete (#~) entries too,
as msgfmt drops them.

Python 3 standard library only.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

# The keyword set of meson's i18n.gettext(preset: 'glib').
XGETTEXT_GLIB_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
]


def unquote(s):
    """Decode one C-style quoted PO string ("...")."""
    s = s.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"':
        raise ValueError('not a quoted string: %r' % s)
    out = []
    i = 1
    escapes = {'n': '\n', 't': '\t', 'r': '\r', '"': '"', '\\': '\\',
               'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}
    while i < len(s) - 1:
        c = s[i]
        if c == '\\' and i + 1 < len(s) - 1:
            out.append(escapes.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


class Entry:
    def __init__(self, line):
        self.line = line          # line number of the first line of the entry
        self.flags = set()
        self.obsolete = False
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}          # index (0 for singular) -> text


def parse_po(path):
    """Return the list of entries of a PO file; raises ValueError on junk."""
    entries = []
    entry = None
    field = None                  # (name, index) the continuation lines extend

    def finish():
        nonlocal entry, field
        if entry is not None and entry.msgid is not None:
            entries.append(entry)
        entry = None
        field = None

    with open(path, encoding='utf-8') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            stripped = line.strip()
            if not stripped:
                finish()
                continue
            obsolete = False
            if stripped.startswith('#~'):
                obsolete = True
                stripped = stripped[2:].strip()
                if not stripped:
                    continue
            elif stripped.startswith('#'):
                # A comment after a complete entry starts the next entry.
                if entry is not None and entry.msgstr:
                    finish()
                if entry is None:
                    entry = Entry(lineno)
                if stripped.startswith('#,'):
                    entry.flags.update(
                        fl.strip() for fl in stripped[2:].split(',') if fl.strip())
                continue

            if entry is None or (stripped.startswith(('msgid ', 'msgctxt '))
                                 and entry.msgstr):
                finish()
                entry = Entry(lineno)
            entry.obsolete = entry.obsolete or obsolete

            try:
                if stripped.startswith('"'):
                    if field is None:
                        raise ValueError('string without a keyword')
                    name, index = field
                    text = unquote(stripped)
                    if name == 'msgstr':
                        entry.msgstr[index] += text
                    else:
                        setattr(entry, name, getattr(entry, name) + text)
                elif stripped.startswith('msgctxt '):
                    entry.msgctxt = unquote(stripped[8:])
                    field = ('msgctxt', None)
                elif stripped.startswith('msgid_plural '):
                    entry.msgid_plural = unquote(stripped[13:])
                    field = ('msgid_plural', None)
                elif stripped.startswith('msgid '):
                    entry.msgid = unquote(stripped[6:])
                    field = ('msgid', None)
                elif stripped.startswith('msgstr['):
                    close = stripped.index(']')
                    index = int(stripped[7:close])
                    entry.msgstr[index] = unquote(stripped[close + 1:])
                    field = ('msgstr', index)
                elif stripped.startswith('msgstr '):
                    entry.msgstr[0] = unquote(stripped[7:])
                    field = ('msgstr', 0)
                else:
                    raise ValueError('unexpected line')
            except ValueError as e:
                raise ValueError('%s:%d: %s' % (path, lineno, e))
    finish()
    return entries


def describe(entry):
    text = entry.msgid.replace('\n', '\\n')
    if len(text) > 70:
        text = text[:67] + '...'
    if entry.msgctxt is not None:
        return '[%s] "%s"' % (entry.msgctxt, text)
    return '"%s"' % text


def check(path, shown_name):
    entries = parse_po(path)
    problems = []
    checked = 0
    for e in entries:
        if e.obsolete:
            continue
        if e.msgid == '' and e.msgctxt is None:
            continue              # the header
        checked += 1
        if 'fuzzy' in e.flags:
            problems.append('%s:%d: fuzzy: %s' % (shown_name, e.line, describe(e)))
        elif not e.msgstr or any(v == '' for v in e.msgstr.values()):
            problems.append('%s:%d: untranslated: %s' % (shown_name, e.line, describe(e)))
    return checked, problems


def merged_copy(po, srcdir, tmp):
    """Extract a fresh template from the sources and merge it into a copy."""
    for tool in ('xgettext', 'msgmerge'):
        if shutil.which(tool) is None:
            sys.exit('FAIL: %s not found (Debian package: gettext)' % tool)
    potfiles = os.path.join(srcdir, 'po', 'POTFILES.in')
    listed = []
    with open(potfiles, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                listed.append(line)
    print('%s lists %d file(s)' % (os.path.relpath(potfiles, srcdir), len(listed)))
    if not listed:
        return po                 # nothing to extract: check the file as is
    pot = os.path.join(tmp, 'samenspel.pot')
    subprocess.run(['xgettext', '--package-name=samenspel', '--msgid-bugs-address=https://github.com/samenspel/samenspel/issues',
                    '--directory', srcdir, '--files-from', potfiles,
                    '--output', pot, '--force-po'] + XGETTEXT_GLIB_ARGS,
                   check=True)
    merged = os.path.join(tmp, os.path.basename(po))
    subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching',
                    '--output-file', merged, po, pot], check=True)
    return merged


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('po')
    ap.add_argument('--sources', metavar='SRCDIR',
                    help='merge a template extracted from SRCDIR/po/POTFILES.in first')
    args = ap.parse_args()

    name = os.path.basename(args.po)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.po
        if args.sources:
            path = merged_copy(args.po, args.sources, tmp)
            print('checking %s merged with a template extracted from the sources' % name)
        else:
            print('checking %s as it is' % name)
        try:
            checked, problems = check(path, name)
        except ValueError as e:
            sys.exit('FAIL: cannot parse: %s' % e)

    for p in problems:
        print(p)
    if problems:
        print('FAIL: %d of %d message(s) in %s are untranslated or fuzzy'
              % (len(problems), checked, name))
        return 1
    print('%s: all %d message(s) translated, none fuzzy' % (name, checked))
    return 0


if __name__ == '__main__':
    sys.exit(main())
