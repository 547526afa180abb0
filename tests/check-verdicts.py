#!/usr/bin/env python3
"""check-verdicts.py SAMENSPEL DATA_DIR [--update]

Runs `samenspel --validate` on every project file of the test data: the
good files, the hostile corpus and the fuzz corpus (tests/data/fuzz/),
and compares each verdict, word for word, with tests/data/verdicts.txt.
The same file passes on Debian 12 (json-glib 1.6, GLib 2.74) and Debian 13
(json-glib 1.10, GLib 2.84): the loader gives the same verdict and the
same message on both.  --update writes the file anew (look at the diff).
"""
import os
import subprocess
import sys

samenspel, data = os.path.abspath(sys.argv[1]), sys.argv[2]
update = "--update" in sys.argv[3:]
expected_path = os.path.join(data, "verdicts.txt")

names = []
for sub in ("", "hostile", "fuzz"):
    folder = os.path.join(data, sub)
    if not os.path.isdir(folder):
        continue
    names += sorted(os.path.join(sub, n) if sub else n
                    for n in os.listdir(folder)
                    if os.path.isfile(os.path.join(folder, n))
                    and n not in ("expected.txt", "make-corpus.py", "verdicts.txt", "README"))

env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")
lines = []
for name in names:
    # One file a run: a verdict never depends on the files before it.
    r = subprocess.run([samenspel, "--validate", name], cwd=data, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    out = r.stdout.decode("utf-8", "backslashreplace").rstrip("\n")
    lines.append(f"{out} [exit {r.returncode}]")

if update:
    with open(expected_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} verdicts to {expected_path}")
    sys.exit(0)

with open(expected_path, encoding="utf-8") as f:
    expected = f.read().splitlines()
if lines == expected:
    print(f"{len(lines)} verdicts as expected")
    sys.exit(0)
import difflib
sys.stdout.writelines(l + "\n" for l in difflib.unified_diff(expected, lines, "verdicts.txt", "this run", lineterm=""))
sys.exit(1)
